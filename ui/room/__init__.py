"""The invigilator's main window and what lives in it: the candidate table's model, the clock
band, the scan box, the projector view and the window's menu actions.

May import the domain's public modules, `ui.bridge`, `ui.dialogs` and `ui.widgets`.
"""
