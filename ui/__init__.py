"""The app's Qt layer: start-up (`launcher`, `options`, `app`), the bridge that turns the
domain's changes into Qt signals, and its parts: `room/` (the main window), `dialogs/`,
`setup/` (start screen, wizard) and `widgets/`. Imports the domain; the domain never imports it.
"""
