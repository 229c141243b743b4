"""Small reusable widgets and texts shared by the window and the dialogs: signature pad,
alert line, questions, the ID check and signature field, candidate picker, status labels.

May import the domain's public modules and Qt; never `ui.room`, `ui.dialogs` or `ui.setup`.
"""
