"""The room session: its commands (entries, exits, record entries, corrections), the state
folded from the log, what is kept outside the file after each commit (safekeeping), the
timeline of milestones, search and the summary.

May import `record/`, `rules` and the leaf modules; never `ui` or Qt.
"""
