"""English for the texts added after the review walk under Xvfb (a table, like en_walk.py)."""

REVIEW = {
    "Surveillant indiqué deux fois : %(names)s.": "Invigilator entered twice: %(names)s.",
    "Session existante": "Existing session",
    "Une session existe déjà pour %s, salle %s, le %s (%s) : %s.":
        "A session already exists for %s, room %s, on %s (%s): %s.",
    "Après un redémarrage, rouvrez-la : tout ce qui y a été fait est enregistré. Une seconde "
    "session serait vide et le service des examens recevrait deux fichiers pour la salle.":
        "After a restart, reopen it: everything done in it is saved. A second session would be "
        "empty and the exam office would receive two files for the room.",
    "Ouvrir la session existante": "Open the existing session",
    "Créer une seconde session": "Create a second session",
}  # fmt: skip
