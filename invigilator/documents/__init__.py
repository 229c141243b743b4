"""The PDF documents of a sitting: procès-verbal, attendance sheet, fraud reports, blank sheet.

Pure Python and reportlab (platypus), never Qt. A session file is read through the room's
public API (`RoomSession` opened read-only, its state, `summarise`, `verify`), never written.
May import `invigilator.room`, `invigilator.record.verify`, `invigilator.importing` and the
leaf modules; nothing outside `invigilator.documents` imports its internals but `export`
and `command`.
"""
