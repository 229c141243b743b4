"""English for the UI: the walk-through's follow-ups (late hand addition, emergency mark,
the office's problems, the second medium in the set-up).

One table of `tools/translations_en.py`, which merges them (a later entry wins).
"""

FOLLOWUPS = {
    # -- hand addition during late entry, emergency exit in the row -----------------------
    "%s ajouté(e) en salle, entré(e) en retard à %s — à vérifier.":
        "%s added in the room, came in late at %s — to be verified.",
    "sortie d'urgence": "emergency exit",
}
