"""The room session: its commands, the state folded from the log, exits, record entries,
the timeline of milestones, search and the summary.

May import `record/`, `rules` and the leaf modules; never `ui` or Qt.
"""
