"""The exam office: reconciling the session files of every room of an exam, read-only.

`files` finds and opens session files without ever writing to them; `rooms` reads one room's
file into plain values; `paper` reads what the office types or scans from the paper PVs;
`checks` holds each room's own checks and their stable codes; `reconcile` checks the rooms of
each exam against each other, the enrolment and the paper; `exports`, `pdf` and `output` write
the results; `command` is `invigilator reconcile`.
May import the domain (record, room, importing, pv_code); never Qt or `ui`.
"""
