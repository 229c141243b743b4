"""English for the UI: the PDF documents (#10) and the exam office's view (#12).

One table of `tools/translations_en.py`, which merges them (a later entry wins).
"""

DOCUMENTS = {
    # The documents (#10)
    "Exporter le procès-verbal (PDF)…": "Export the procès-verbal (PDF)…",
    "Exporter le procès-verbal (PDF)": "Export the procès-verbal (PDF)",
    "Procès-verbal enregistré : %s": "Procès-verbal saved: %s",
    "Projet de procès-verbal enregistré (session non scellée) : %s":
        "Draft procès-verbal saved (session not sealed): %s",
    "&Ouvrir le PDF": "&Open the PDF", "Enregistrer une &copie du PDF…": "Save a &copy of the PDF…",
    "&Imprimer…": "&Print…", "Production du procès-verbal (PDF)…": "Producing the procès-verbal (PDF)…",
    "Documents de la salle enregistrés (PDF) : %s":
        "The room's documents saved (PDF): %s",
    "Aucune visionneuse de PDF n'a pu l'ouvrir : %s": "No PDF viewer could open it: %s",
    "Imprimer la feuille d'émargement de &secours (PDF)…": "Print the &fallback attendance sheet (PDF)…",
    "Feuille d'émargement vierge": "Blank attendance sheet",
    "Feuille d'émargement vierge enregistrée : %s (à imprimer avant l'épreuve).":
        "Blank attendance sheet saved: %s (print it before the exam).",
    "Production du PDF": "Producing the PDF", "Le PDF n'a pas pu être produit : %s": "The PDF could not be produced: %s",
    "Production de la feuille d'émargement vierge (PDF)…": "Producing the blank attendance sheet (PDF)…",
    "PDF (*.pdf)": "PDF (*.pdf)", "Enregistrer une copie du PDF": "Save a copy of the PDF",
    "Copie impossible : %s": "Copy failed: %s", "Copie du PDF enregistrée : %s": "Copy of the PDF saved: %s",
    "Impression impossible (%s) : ouvrez le PDF et imprimez-le depuis la visionneuse.":
        "Printing failed (%s): open the PDF and print it from the viewer.",
    "PDF envoyé à l'imprimante %s.": "PDF sent to the printer %s.",
}  # fmt: skip

# The exam office's view: its entries never override the room's (same French, other context).
OFFICE = {
    "Tous les candidats": "All candidates", "Absents (session 2)": "Absent (session 2)",
    "Ajouts manuscrits": "Hand additions", "Avec un signalement": "With a flag",
    "Salle": "Room", "État": "State", "Inscrits": "Enrolled", "Présents": "Present",
    "Absents": "Absent", "Copies": "Papers", "Feuilles": "Sheets", "Ajouts": "Added",
    "Incidents": "Incidents", "Problèmes": "Problems", "PV papier": "Paper PV", "Fichier": "File",
    "Salles de l'épreuve": "Rooms of the exam", "AUCUN FICHIER": "NO FILE", "Problème": "Problem",
    "Code": "Code", "Candidats": "Candidates", "Détail": "Detail",
    "Problèmes de l'épreuve": "Problems of the exam", "N° auditeur": "Student no.",
    "Nom": "Last name", "Prénom": "First name", "Entrée": "Entry", "Remise": "Hand-in",
    "Code absence": "Absence code", "Signalements": "Flags",
    "Candidats de l'épreuve": "Candidates of the exam",
    "Invigilator — bureau des examens": "Invigilator — exam office",
    "Bureau des examens": "Exam office", "Bureau des &examens": "&Exam office",
    "Ajouter des &fichiers…": "Add &files…", "Ajouter un &dossier…": "Add a f&older…",
    "Liste des &inscrits…": "&Enrolment list…", "&Vider": "&Clear",
    "ou déposez ici les fichiers et dossiers reçus": "or drop the files and folders received here",
    "Lecture des fichiers": "Reading the files", "É&preuve :": "E&xam:", "Épreuve": "Exam",
    "Totaux de l'épreuve": "Exam totals", "Filtrer les candidats": "Filter the candidates",
    "Afficher :": "Show:", "Ouvrir le P&DF de la salle": "Open the room's P&DF",
    "Ouvrir la &session (lecture seule)": "Open the &session (read-only)",
    "Exporter &CSV…": "Export &CSV…", "Exporter &XLSX…": "Export &XLSX…",
    "Exporter P&DF…": "Export P&DF…", "PV papier :": "Paper PV:",
    "scannez le code du PV, ou tapez son empreinte (16 caractères au moins)":
        "scan the PV's code, or type its hash (at least 16 characters)",
    "Code ou empreinte du PV papier": "Code or hash of the paper PV",
    "Copies reçues :": "Papers received:", "Copies reçues": "Papers received",
    "&Enregistrer": "&Record", "Fichiers de session reçus": "Session files received",
    "Sessions (*.invigilator);;Tous les fichiers (*)": "Sessions (*.invigilator);;All files (*)",
    "Dossier des fichiers reçus": "Folder of the files received",
    "Recherche des fichiers…": "Looking for files…", "Lecture %1 / %2 : %3": "Reading %1 / %2: %3",
    "%1 fichier(s) de session lu(s) ; %2 refusé(s) : %3": "%1 session file(s) read; %2 refused: %3",
    "%1 fichier(s) de session lu(s), sans rien y modifier.": "%1 session file(s) read, nothing changed in them.",
    "Liste des inscrits de toutes les salles": "Enrolment list of every room",
    "Listes (*.csv *.tsv *.txt *.xlsx *.xls *.ods);;Tous les fichiers (*)":
        "Lists (*.csv *.tsv *.txt *.xlsx *.xls *.ods);;All files (*)",
    "Liste des inscrits : %1 candidat(s).": "Enrolment list: %1 candidate(s).",
    "Aucun fichier de session : ajoutez ceux des salles.": "No session file: add the rooms' files.",
    "%1 inscrits · %2 présents · %3 absents · %4 copies · %5 feuilles · %6 retards admis, %7 refusés · %8 ajouts manuscrits · %9 incidents":
        "%1 enrolled · %2 present · %3 absent · %4 papers · %5 sheets · %6 late admitted, %7 refused · %8 hand additions · %9 incidents",
    "Problèmes (%1)": "Problems (%1)", "PV papier de la salle %1 :": "Paper PV of room %1:",
    "Code du PV refusé : %1": "PV code refused: %1",
    "Ce PV est celui de la salle %1 (%2) : aucun fichier reçu pour elle.":
        "This PV is room %1's (%2): no file received for it.",
    "Choisissez d'abord la salle dans le tableau.": "First choose the room in the table.",
    "Impossible d'enregistrer : %1": "Cannot record: %1", "Salle %1 : %2": "Room %1: %2",
    "Aucun PDF à côté de %1 (attendu : %2.pdf).": "No PDF beside %1 (expected: %2.pdf).",
    "Ouvert depuis le bureau des examens : lecture seule.": "Opened from the exam office: read-only.",
    "Exporter": "Export", "Rien à exporter : ajoutez d'abord des fichiers.": "Nothing to export: add files first.",
    "Export écrit : %1": "Export written: %1",
    "Un export est déjà en cours.": "An export is already running.",
    "Export en cours : %1": "Exporting: %1", "Export impossible : %1": "Export failed: %1",
    "Un export est en cours : réessayez ensuite.": "An export is running: try again afterwards.",
}  # fmt: skip
