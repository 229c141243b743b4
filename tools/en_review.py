"""English for the texts added after the review walk under Xvfb (a table, like en_walk.py)."""

REVIEW = {
    "Surveillant indiqué deux fois : %(names)s.": "Invigilator entered twice: %(names)s.",
}  # fmt: skip
