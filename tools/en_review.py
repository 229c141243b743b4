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
    # The instructions read aloud (set-up, last page): a line each, the exits' from the duration.
    "Aucune communication entre candidats.": "No communication between candidates.",
    "Aucun document ni appareil non autorisé : téléphones éteints, rangés dans un sac fermé "
    "posé au sol.":
        "No unauthorised documents or devices: phones switched off, in a closed bag on the floor.",
    "Le sujet et les brouillons restent dans la salle.":
        "The exam paper and the drafts stay in the room.",
    "Aucune sortie pendant la première heure, sauf urgence.":
        "No one leaves the room during the first hour, except in an emergency.",
    "Aucune sortie avant %s de composition, sauf urgence.":
        "No one leaves the room before %s into the exam, except in an emergency.",
    "Inscrivez nom, prénom et numéro d'auditeur sur chaque copie ; rendez votre copie, même "
    "blanche, et signez à la remise.":
        "Write your last name, first name and student number on every paper; hand in your "
        "paper, even blank, and sign when you hand it in.",
    # The start screen: where each sitting stands (invigilator.paths.session_phase).
    "scellée": "sealed", "PV signé": "report signed", "épreuve commencée": "exam started",
    "préparation": "set-up", "illisible": "unreadable",
    # The list's column mapping (set-up, first page): the importer's fields.
    "N° étudiant": "Student no.", "Tiers-temps / temps majoré": "Extra time",
    "Courriel": "Email", "Code UE": "Course code",
    # "Début de l'épreuve" on a room not set up.
    "⚠ Aucun surveillant n'est indiqué (Préparation de la salle, F2).":
        "⚠ No invigilator is named (Room set-up, F2).",
    "⚠ Aucune liste de candidats importée : chacun devra être ajouté à la main.":
        "⚠ No candidate list imported: each candidate will have to be added by hand.",
}  # fmt: skip
