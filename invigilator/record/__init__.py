"""The room session file: the SQLite store, the events and their hash chain, verification.

May import the domain's leaf modules (errors, model, text); never `room/`, `ui` or Qt.
"""
