"""The room session file: the SQLite store, the events and their hash chain, verification of
the whole file (its exact structure: `schema_check`), and the anchor journal kept outside it.

May import the domain's leaf modules (errors, model, text); never `room/`, `ui` or Qt.
"""
