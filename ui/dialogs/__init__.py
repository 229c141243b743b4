"""One module per dialog of the room: check-in, hand addition, exit and hand-in, incident,
record entries, start correction, procès-verbal and closing.

May import the domain's public modules, `ui.bridge` and `ui.widgets`; never `ui.room`.
"""
