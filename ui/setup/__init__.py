"""Before the exam: the start screen and the set-up wizard with its pages.

May import the domain's public modules and `ui.widgets`.
"""
