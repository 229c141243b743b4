"""Fill resources/translations/invigilator_en.ts from the table below, then compile the .qm.

    .venv/bin/pyside6-lupdate $(find ui -name "*.py") -ts resources/translations/invigilator_en.ts
    .venv/bin/python tools/translations_en.py

New source texts without an entry stay "unfinished" (Qt then shows the French text).
Translators can also open the .ts file in Qt Linguist: this table is only a starting point.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "invigilator_en.ts"
QM = ROOT / "ui" / "invigilator_en.qm"
# Qt's own texts its French translation lacks (issue #11): a hand-made table, compiled here too.
QT_EXTRA_FR = ROOT / "resources" / "translations" / "qtbase_extra_fr.ts"

EN = {
    "Ajout manuscrit d'un candidat": "Hand addition of a candidate",
    "Le candidat sera marqué « %s » : le service des examens vérifiera son inscription.":
        "The candidate will be marked “%s”: the exam office will check the enrolment.",
    "absent(e) de la liste, inscription à vérifier": "missing from the list, enrolment to be checked",
    "&N° d'auditeur :": "Student &number:", "Numéro d'auditeur": "Student number",
    "N&om :": "Last na&me:", "Nom": "Last name", "&Prénom :": "&First name:", "Prénom": "First name",
    "&Motif de l'ajout :": "&Reason for the addition:", "Motif de l'ajout": "Reason for the addition",
    "Signature du candidat (émargement)": "Candidate's signature (check-in)",
    "&Ajouter et faire émarger": "&Add and check in", "Ajouter et faire émarger": "Add and check in",
    "Annuler": "Cancel",
    "La signature est vide : faites signer le candidat.": "The signature is empty: have the candidate sign.",
    "%s ajouté(e) en salle, a émargé à %s — à vérifier.": "%s added in the room, checked in at %s — to be verified.",
    "Message": "Message", "Émargement — %s": "Check-in — %s", "Émargement du candidat": "Candidate check-in",
    "Nom du candidat": "Candidate's name", "N° d'auditeur": "Student no.", "Place": "Seat",
    "Aménagements": "Accommodations", "Date de naissance": "Date of birth", "Photo du candidat": "Candidate's photo",
    "pas de\nphoto": "no\nphoto",
    "Justificatif de retard d'un organisme de transport présenté": "Delay certificate from a transport operator shown",
    "Justificatif de transport présenté": "Transport certificate shown",
    "&Valider l'émargement": "&Confirm check-in", "Valider l'émargement": "Confirm check-in",
    "Enregistrer le &refus d'entrée": "Record the entry &refusal", "Enregistrer le refus d'entrée": "Record the entry refusal",
    "Annuler l'émargement": "Cancel the check-in", "temps majoré +%d min": "extra time +%d min",
    "Entrée en retard : %s.": "Late entry: %s.", "ENTRÉE REFUSÉE : %s.": "ENTRY REFUSED: %s.",
    "%s a émargé à %s.": "%s checked in at %s.", "Refus enregistré. %s": "Refusal recorded. %s",
    "Horloge de l'épreuve": "Exam clock", "Heure actuelle": "Current time", "Début": "Start",
    "Heure de début": "Start time", "Fin": "End", "Heure de fin": "End time", "Temps restant": "Time left",
    "Phase de l'épreuve": "Exam phase", " (prévu)": " (planned)",
    "Corriger l'heure de début": "Correct the start time", "Heure de début réelle": "Actual start time",
    "Motif de la correction": "Reason for the correction", "Heure de début réelle :": "Actual start time:",
    "Motif (obligatoire) :": "Reason (required):", "2. L'épreuve": "2. The exam",
    "Vérifiez ce que la liste a prérempli et complétez.": "Check what the list prefilled and complete it.",
    "présent(e) dans la salle pendant la première heure": "in the room during the first hour",
    "aucun": "none", "Code de l'&UE :": "&Course code:", "Code de l'UE": "Course code",
    "&Intitulé :": "&Title:", "Intitulé de l'UE": "Course title", "&Centre :": "C&entre:",
    "Centre organisateur": "Organising centre", "&Session :": "&Session:", "Session": "Session",
    "&Date :": "&Date:", "Date de l'épreuve": "Exam date", "&Heure de début :": "Start &time:",
    "Heure de début prévue": "Planned start time", "Du&rée :": "D&uration:", "Durée de l'épreuve": "Exam duration",
    "Sa&lle :": "R&oom:", "Salle": "Room", "&Enseignant responsable :": "Responsible &teacher:",
    "Enseignant responsable": "Responsible teacher",
    "Enseignant présent la première heure": "Teacher present during the first hour",
    "&Téléphone de l'enseignant :": "Teacher's &phone:", "Téléphone de l'enseignant": "Teacher's phone",
    "Documents et matériel &autorisés :": "&Authorised documents and equipment:",
    "Documents et matériel autorisés": "Authorised documents and equipment",
    "L'enseignant n'est pas dans la salle : indiquez son téléphone.": "The teacher is not in the room: give their phone number.",
    "Sortie temporaire": "Temporary exit", "Surveillant qui accompagne": "Escorting invigilator",
    "&Accompagné(e) par :": "&Escorted by:", "&Enregistrer la sortie": "&Record the exit",
    "%s est sorti(e) temporairement.": "%s left the room temporarily.", "Remise de la copie": "Hand-in of the paper",
    "Nombre d'intercalaires": "Number of sheets", "Copie &blanche": "&Blank paper", "Copie blanche": "Blank paper",
    "&Intercalaires :": "&Sheets:", "Signature du candidat (remise de copie)": "Candidate's signature (hand-in)",
    "&Valider la remise": "&Confirm the hand-in", "Copie de %s rendue.": "%s handed in the paper.",
    "La signature de remise est vide.": "The hand-in signature is empty.",
    "Pièce d'identité présentée": "ID document shown",
    "Pièce originale et valide (ni photocopie, ni copie numérique)": "Valid original (not a photocopy, not a digital copy)",
    "Pièce originale vérifiée": "Original document checked", "&Pièce d'identité :": "&ID document:",
    "Une photocopie ou une copie numérique ne prouve pas l'identité : demandez la pièce originale.":
        "A photocopy or a digital copy does not prove identity: ask for the original.",
    "4. Consignes": "4. Instructions",
    "Le surveillant responsable lit les consignes à voix haute avant le début.": "The lead invigilator reads the instructions aloud before the start.",
    "Résumé de la salle": "Room summary", "Consignes à lire": "Instructions to read",
    "Consignes &lues": "Instructions &read", "Consignes lues": "Instructions read",
    "%d candidats sur la liste · surveillants : %s · autorisé : %s": "%d candidates on the list · invigilators: %s · authorised: %s",
    "Consignes lues à %s.": "Instructions read at %s.", "3. Surveillants": "3. Invigilators",
    "Un nom par ligne ; choisissez le surveillant responsable.": "One name per line; choose the lead invigilator.",
    "Surveillants présents": "Invigilators present", "Surveillant responsable": "Lead invigilator",
    "&Surveillants présents :": "&Invigilators present:", "&Responsable :": "&Lead:",
    "1. Liste des candidats": "1. Candidate list",
    "Importez la liste transmise par le service des examens (CSV, XLSX, XLS, ODS).": "Import the list sent by the exam office (CSV, XLSX, XLS, ODS).",
    "Fichier de la liste": "List file", "&Choisir le fichier…": "&Choose the file…",
    "Choisir le fichier de la liste": "Choose the list file", "Liste actuelle": "Current list",
    "Feuille du classeur": "Workbook sheet", "Salle à importer": "Room to import", "Feuille :": "Sheet:",
    "Salle :": "Room:", "Aperçu de la liste": "List preview", "Dossier des photos": "Photo folder",
    "Dossier des &photos…": "&Photo folder…", "Choisir le dossier des photos": "Choose the photo folder",
    "Photos (facultatif) :": "Photos (optional):",
    "Liste importée : %s (%d candidats, salle %s).": "List imported: %s (%d candidates, room %s).",
    "Aucune liste importée pour l'instant.": "No list imported yet.", "Liste des candidats": "Candidate list",
    "Listes (*.csv *.tsv *.txt *.xlsx *.xls *.ods);;Tous les fichiers (*)": "Lists (*.csv *.tsv *.txt *.xlsx *.xls *.ods);;All files (*)",
    "Impossible de lire %s : %s": "Cannot read %s: %s", "(toute la liste)": "(whole list)",
    "Vérifiez la correspondance des colonnes.": "Check the column mapping.", "Liste lue.": "List read.",
    "Colonne pour %s": "Column for %s", "%d candidats importés.": "%d candidates imported.",
    "Fenêtre principale de la salle": "Room main window", "Filtrer par état": "Filter by state",
    "Compteurs": "Counters", "Ajout manuscrit (F8)": "Hand addition (F8)",
    "Ajouter ce candidat à la main": "Add this candidate by hand",
    "%s (%s) est attendu(e) en salle %s : indiquez-lui sa salle.": "%s (%s) is expected in room %s: send them there.",
    "Numéro %s inconnu dans cette salle. Ajout manuscrit possible (F8).": "Number %s is unknown in this room. Hand addition possible (F8).",
    "Aucun candidat ne correspond à « %s ». Ajout manuscrit possible (F8).": "No candidate matches “%s”. Hand addition possible (F8).",
    "%d candidats correspondent : précisez, ou choisissez avec les flèches.": "%d candidates match: type more, or choose with the arrow keys.",
    "%s a déjà émargé à %s (%s).": "%s already checked in at %s (%s).",
    "%s est revenu(e) dans la salle.": "%s is back in the room.",
    "Inscrits : %d   ·   Présents : %d   ·   Sortis : %d   ·   Copies rendues : %d   ·   Attendus : %d":
        "Enrolled: %d   ·   Present: %d   ·   Out: %d   ·   Handed in: %d   ·   Expected: %d",
    "   ·   Ajoutés en salle : %d": "   ·   Added in the room: %d",
    "Invigilator — salle non préparée": "Invigilator — room not set up", "Copie enregistrée : %s": "Copy saved: %s",
    "Enregistrer une copie de la session": "Save a copy of the session", "Session (*.invigilator)": "Session (*.invigilator)",
    "Nouvelle session de salle": "New room session", "&Salle :": "&Room:", "Créer": "Create",
    "Indiquez le code de l'UE et la salle.": "Give the course code and the room.",
    "Invigilator — vue projecteur": "Invigilator — projector view", "Vue projecteur": "Projector view",
    "Épreuve": "Exam", "Début et fin": "Start and end", "Règles de la salle": "Room rules",
    "Début %s   ·   Fin %s": "Start %s   ·   End %s", "Temps restant : %s": "Time left: %s",
    "Entrée des retardataires jusqu'à %s": "Late arrivals admitted until %s",
    "Sur justificatif de transport jusqu'à %s": "With a transport certificate until %s",
    "Sorties autorisées à partir de %s": "Leaving allowed from %s",
    "Fin du temps majoré (+%d min) : %s": "Extra time (+%d min) ends: %s",
    "Émarger (Entrée)": "Check in (Enter)", "Retour en salle": "Back in the room", "Ajout manuscrit": "Hand addition",
    "Remise de copie": "Hand-in", "Début de l'épreuve": "Start of the exam",
    "Corriger l'heure de début…": "Correct the start time…", "Préparation de la salle…": "Room set-up…",
    "Enregistrer une copie sous…": "Save a copy as…", "Fermer la session": "Close the session",
    "&Fichier": "&File", "&Salle": "&Room", "&Candidats": "&Candidates", "&Affichage": "&View",
    "Consignes lues à %s": "Instructions read at %s",
    "Lecture des consignes enregistrée à %s.": "Reading of the instructions recorded at %s.",
    "Enregistrer le début de l'épreuve maintenant ?\n\nEnsuite, toute entrée sera une entrée en retard, décidée par le règlement.\nCandidats pas encore émargés : %d.":
        "Record the start of the exam now?\n\nAfter this, every entry is a late entry, decided by the regulation.\nCandidates not yet checked in: %d.",
    "⚠ La lecture des consignes n'a pas été enregistrée.": "⚠ The reading of the instructions has not been recorded.",
    "Épreuve commencée à %s. Entrée des retardataires jusqu'à %s ; sorties à partir de %s.":
        "Exam started at %s. Late arrivals until %s; leaving from %s.",
    "Heure de début corrigée : %s.": "Start time corrected: %s.",
    "Scannez la carte ou tapez un numéro ou un nom, puis Entrée": "Scan the card or type a number or a name, then Enter",
    "Recherche et scan des candidats": "Candidate search and scan",
    "Numéro d'auditeur ou quelques lettres du nom ; Entrée pour émarger.": "Student number or a few letters of the name; Enter to check in.",
    "Préparation de la salle": "Room set-up", "&Suivant >": "&Next >", "< &Précédent": "< &Back",
    "&Terminer": "&Finish", "Fermer": "Close", "&Effacer": "C&lear", "Effacer la signature": "Clear the signature",
    "Zone de signature": "Signature area",
    "Le candidat signe ici avec le doigt, le stylet ou la souris.": "The candidate signs here with a finger, a stylus or the mouse.",
    "Signature du candidat": "Candidate's signature", "Invigilator — sessions de salle": "Invigilator — room sessions",
    "Écran d'accueil": "Start screen", "Sessions de salle": "Room sessions", "Dossier : %s": "Folder: %s",
    "Date": "Date", "État": "State", "Fichier": "File", "Sessions récentes": "Recent sessions",
    "&Nouvelle session…": "&New session…", "&Ouvrir la session choisie": "&Open the chosen session",
    "Ouvrir un &fichier…": "Open a &file…", "Salle de &démonstration": "&Demo room", "Ouvrir une session": "Open a session",
    "Sessions (*%s);;Tous les fichiers (*)": "Sessions (*%s);;All files (*)",
    "Sortie d'&urgence (malaise…)": "&Emergency exit (feeling unwell…)", "Sortie d'urgence": "Emergency exit",
    "Note justifiant l'urgence": "Note justifying the emergency", "Note obligatoire en cas d'urgence": "Note required for an emergency",
    "Note :": "Note:", "L'épreuve n'a pas commencé.": "The exam has not started.",
    "Fin de l'épreuve pour ce candidat : remise de la copie.": "End of the exam for this candidate: hand-in of the paper.",
    "Oui": "Yes", "Non": "No",
    # ui/widgets/labels.py
    "Entrée": "Entry", "Remise": "Hand-in", "Tous les candidats": "All candidates", "Attendus": "Expected",
    "Présents dans la salle": "Present in the room", "Sortis temporairement": "Temporarily out",
    "Copies rendues": "Handed in", "Absents ou refusés": "Absent or refused", "Ajoutés en salle": "Added in the room",
    "avant le début de l'épreuve": "before the start", "épreuve en cours": "exam in progress",
    "dernières minutes": "last minutes", "épreuve interrompue": "exam interrupted",
    "temps majoré en cours": "extra time in progress", "épreuve terminée": "exam over",
    "fin de l'entrée des retardataires": "late entry closes",
    "fin de l'entrée sur justificatif de transport": "entry with transport certificate closes",
    "sorties autorisées": "leaving allowed", "sorties temporaires autorisées": "temporary exits allowed",
    "sorties définitives autorisées": "final exits allowed", "fin de l'épreuve": "end of the exam",
    "à venir": "coming", "entrée possible": "open", "sur justificatif": "with certificate", "fermée": "closed",
    "ouvertes": "open", "en cours": "running", "terminée": "over", "terminé": "over",
    "Installez-vous. Téléphones éteints, dans un sac fermé posé au sol.": "Take your seat. Phones off, in a closed bag on the floor.",
    "Épreuve en cours. Aucune communication entre candidats.": "Exam in progress. No communication between candidates.",
    "Dernières minutes : vérifiez nom, prénom et numéro sur chaque copie.": "Last minutes: check your name and number on every paper.",
    "Épreuve interrompue. Restez à votre place.": "Exam interrupted. Stay in your seat.",
    "Temps majoré en cours : les autres candidats ont rendu leur copie.": "Extra time in progress: the other candidates have handed in.",
    "Épreuve terminée. Posez vos stylos et restez assis jusqu'au ramassage.": "Exam over. Put your pens down and stay seated until papers are collected.",
    "— aucune —": "— none —",
    # ui/widgets/record_widgets.py, ui/dialogs/incident.py, ui/dialogs/record.py, ui/dialogs/pv.py, ui/room/record_actions.py
    "Nom, prénom, numéro ou place…": "Name, number or seat…", "Rechercher un candidat": "Search for a candidate",
    "Candidats de la salle": "Candidates in the room",
    "Espace coche ou décoche le candidat mis en cause.": "Space ticks or unticks the candidate involved.",
    "Candidats mis en cause": "Candidates involved", "Mis en cause (%d) : %s": "Involved (%d): %s",
    "Aucun candidat mis en cause.": "No candidate involved.",
    "Inscrits": "Enrolled", "Présents": "Present", "Absents": "Absent", "Copies ramassées": "Papers collected",
    "dont copies blanches": "of which blank", "Intercalaires": "Sheets", "Retards admis": "Late admitted",
    "Entrées refusées": "Entries refused", "Ajoutés en salle (à vérifier)": "Added in the room (to be checked)",
    "Incidents": "Incidents", "Clôture de la salle — procès-verbal": "Closing the room — exam report",
    "Clôture de la salle": "Closing the room", "salle %s": "room %s",
    "Ce que le procès-verbal indique": "What the exam report states", "Observations et errata": "Observations and errata",
    "Enregistrer un &refus de rendre la copie…": "Record a &refusal to hand in…",
    "Relire le &journal…": "Review the &record…", "Relire le journal du procès-verbal": "Review the exam report record",
    "Signature du procès-verbal par les surveillants": "The invigilators sign the exam report",
    "Signature du surveillant : %s": "Invigilator's signature: %s", "&Signer le procès-verbal": "&Sign the exam report",
    "S&celler la session…": "S&eal the session…", "Sceller la session": "Seal the session",
    "%d candidat(s) n'ont pas rendu leur copie : %s. Faites-les remettre (F9), ou enregistrez leur refus de rendre la copie avant de signer.":
        "%d candidate(s) have not handed in: %s. Collect their papers (F9), or record their refusal to hand in before signing.",
    "Procès-verbal signé à %s par %s.": "Exam report signed at %s by %s.",
    "Faites d'abord signer le procès-verbal.": "Have the exam report signed first.",
    "Signature manquante : %s.": "Missing signature: %s.",
    "Session scellée à %s : lecture seule. Empreinte finale %s…": "Session sealed at %s: read-only. Final hash %s…",
    "Sceller la session maintenant ?\n\nElle devient en lecture seule : plus aucune entrée, sortie, remise de copie, incident ni observation ne pourra être enregistré. Le fichier reste lisible et se remet tel quel au service des examens.":
        "Seal the session now?\n\nIt becomes read-only: no entry, exit, hand-in, incident or observation can be recorded any more. The file stays readable and goes as it is to the exam office.",
    "Contreseing de %s": "Countersignature of %s", "%s refuse de contresigner": "%s refuses to countersign",
    "Erratum": "Erratum",
    "Une information sur le sujet transmise à la salle (par l'enseignant ou le service des examens) : notez-la telle qu'elle a été annoncée.":
        "Information about the subject passed to the room (by the teacher or the exam office): write it down as it was announced.",
    "&Erratum annoncé :": "&Erratum announced:", "Texte de l'erratum": "Text of the erratum",
    "Par exemple : exercice 2, lire « tableau trié » au lieu de « tableau ».": "For example: exercise 2, read “sorted array” instead of “array”.",
    "&Enregistrer l'erratum (Ctrl+Entrée)": "&Record the erratum (Ctrl+Enter)",
    "Erratum enregistré au procès-verbal.": "Erratum recorded in the exam report.",
    "Fraude ou tentative de fraude": "Fraud or attempted fraud", "Refus de rendre la copie": "Refusal to hand in the paper",
    "Malaise": "Feeling unwell", "Perturbation": "Disturbance", "Autre incident": "Other incident", "Incident": "Incident",
    "Enregistrer un incident": "Record an incident", "Catégorie de l'incident": "Incident category",
    "&Catégorie :": "&Category:", "Candidats &mis en cause :": "Candidates &involved:",
    "Description de l'incident": "Description of the incident",
    "Ce qui s'est passé, à quelle heure, ce qui a été fait.": "What happened, when, and what was done.",
    "&Description :": "&Description:", "Documents ou matériel saisis": "Documents or equipment seized",
    "Rien de saisi : laisser vide": "Nothing seized: leave empty", "Documents ou matériel &saisis :": "Documents or equipment &seized:",
    "Signatures du rapport de fraude": "Signatures of the fraud report",
    "Signature du ou des surveillants présents": "Signature of the invigilator(s) present",
    "Surveillant(e) : %s": "Invigilator: %s", "Contreseing des candidats mis en cause": "Countersignature of the candidates involved",
    "Cochez à gauche les candidats mis en cause.": "Tick the candidates involved on the left.",
    "&Enregistrer l'incident (Ctrl+Entrée)": "&Record the incident (Ctrl+Enter)", "Enregistrer l'incident": "Record the incident",
    "Annuler l'incident": "Cancel the incident",
    "Fraude (4.6.2) : faites cesser la fraude sans interrompre le candidat, qui poursuit l'épreuve. N'écrivez rien sur sa copie. Saisissez les documents ou le matériel. Le rapport est signé par les surveillants et contresigné par le candidat ; s'il refuse, cochez-le. Informez le responsable de l'organisation des examens.":
        "Fraud (4.6.2): stop the fraud without interrupting the candidate, who continues the exam. Write nothing on their paper. Seize the documents or equipment. The report is signed by the invigilators and countersigned by the candidate; if they refuse, tick it. Inform the head of exam organisation.",
    "Refus de rendre la copie (4.4) : cochez les candidats encore présents qui refusent de la rendre. L'incident est transmis au service des examens.":
        "Refusal to hand in (4.4): tick the candidates still present who refuse to hand in their paper. The incident goes to the exam office.",
    "Cochez le ou les candidats qui refusent de rendre leur copie.": "Tick the candidate(s) who refuse to hand in their paper.",
    "Le rapport de fraude doit être signé par au moins un surveillant.": "The fraud report must be signed by at least one invigilator.",
    "%s : faites contresigner le rapport, ou cochez « refuse de contresigner ».": "%s: have the report countersigned, or tick “refuses to countersign”.",
    "Incident enregistré à %s : %s — %s.": "Incident recorded at %s: %s — %s.", "Incident enregistré à %s : %s.": "Incident recorded at %s: %s.",
    "Communication": "Communication", "Document ou matériel non autorisé": "Unauthorised document or equipment",
    "Substitution de personne": "Impersonation", "Autre": "Other",
    "saisis": "seized", "photographiés": "photographed", "rendus à la fin de l'épreuve": "returned at the end of the exam",
    "— non précisée —": "— not stated —", "— non précisé —": "— not stated —",
    "Nature de la fraude": "Nature of the fraud", "&Nature :": "&Nature:", "Objets saisis : %s": "Seized items: %s",
    "Objets :": "Items:", "Objets saisis par": "Items seized by", "Saisis &par :": "Seized &by:",
    "Autre mesure prise": "Other measure taken", "A&utre mesure :": "Ot&her measure:",
    "Le candidat poursuit l'épreuve ; autre mesure ?": "The candidate continues the exam; any other measure?",
    "Signez ici avec le doigt, le stylet ou la souris : %s.": "Sign here with a finger, a stylus or the mouse: %s.",
    "Observation": "Observation", "Remarque d'un &candidat": "Remark by a &candidate",
    "Observation d'un &surveillant": "Observation by an &invigilator", "&Texte pour le procès-verbal :": "&Text for the exam report:",
    "Texte de l'observation": "Text of the observation",
    "Par exemple : un candidat signale une coquille dans l'exercice 2.": "For example: a candidate reports a typo in exercise 2.",
    "&Enregistrer l'observation (Ctrl+Entrée)": "&Record the observation (Ctrl+Enter)",
    "Observation enregistrée au procès-verbal.": "Observation recorded in the exam report.",
    "Interrompre l'épreuve": "Interrupt the exam",
    "Pendant l'interruption, le temps de l'épreuve ne court plus : la fin, l'entrée des retardataires et les sorties sont décalées d'autant. Enregistrez la reprise dès que l'épreuve repart.":
        "During the interruption the exam time stops: the end, late entry and exits move by as much. Record the resumption as soon as the exam restarts.",
    "&Motif de l'interruption :": "&Reason for the interruption:", "Motif de l'interruption": "Reason for the interruption",
    "&Interrompre maintenant": "&Interrupt now",
    "Épreuve interrompue depuis %s. Enregistrez la reprise (Ctrl+P) dès qu'elle repart.": "Exam interrupted since %s. Record the resumption (Ctrl+P) as soon as it restarts.",
    "&Incident…": "&Incident…", "&Observation…": "&Observation…", "&Erratum…": "&Erratum…",
    "I&nterrompre l'épreuve…": "I&nterrupt the exam…", "&Journal du procès-verbal…": "Exam report &record…",
    "&Clôture, signature et scellement…": "&Closing, signature and seal…", "&Procès-verbal": "Exam &report",
    "&Reprendre l'épreuve": "&Resume the exam", "‖ Épreuve interrompue depuis %s — Reprendre (%s)": "‖ Exam interrupted since %s — Resume (%s)",
    "Interrompre l'épreuve (%s)": "Interrupt the exam (%s)",
    "Épreuve reprise à %s après %s d'interruption : fin de l'épreuve à %s.": "Exam resumed at %s after a %s interruption: the exam ends at %s.",
    "Heure": "Time", "Nature": "Kind", "Détail": "Details", "Candidats": "Candidates", "Saisi par": "Recorded by",
    "Journal du procès-verbal": "Exam report record",
    "Incidents, observations, errata, interruptions et refus enregistrés, dans l'ordre. Rien ne s'efface : une erreur se corrige par un nouvel enregistrement.":
        "Incidents, observations, errata, interruptions and refusals recorded, in order. Nothing is erased: a mistake is corrected by a new record.",
    "Ce qui a été enregistré": "What was recorded", "Rien n'a encore été enregistré.": "Nothing recorded yet.",
    "Saisi : %s": "Seized: %s", "Signé par : %s": "Signed by: %s", "Contresigné par : %s": "Countersigned by: %s",
    "Refus de contresigner : %s": "Refused to countersign: %s", "Incident — %s": "Incident — %s",
    "Remarque d'un candidat": "Remark by a candidate", "%s (arrivée %d min après le début)": "%s (arrived %d min after the start)",
    "Entrée refusée": "Entry refused", "Action refusée": "Action refused", "Interruption": "Interruption", "Reprise": "Resumption",
    "après %d min d'interruption": "after %d min of interruption", "Procès-verbal signé": "Exam report signed",
    "Effacer": "Clear", "Effacer la signature de %s": "Clear the signature of %s", "place": "seat",
    # the window's issue: focus, hand addition under the rules, read-only states, set-up
    "Affic&her :": "S&how:", "Conformité du fichier de session": "Session file conformity",
    "Fichier de session NON CONFORME : %s. Ouvert en lecture seule ; remettez ce fichier tel quel au service des examens.":
        "Session file NOT COMPLIANT: %s. Opened read-only; hand this file as it is to the exam office.",
    "Session scellée — lecture seule": "Session sealed — read-only",
    "Fichier non conforme — lecture seule": "Non-compliant file — read-only",
    "Fichier en lecture seule": "Read-only file",
    "Vérification du fichier en cours": "Verifying the file",
    "Fichier de session NON CONFORME": "Session file NOT COMPLIANT",
    "Le fichier %s a été modifié en dehors de l'application : %s.\n\nIl est ouvert en lecture seule : rien n'y sera plus écrit. Remettez-le tel quel au service des examens et ouvrez une nouvelle session pour continuer.":
        "The file %s was modified outside the application: %s.\n\nIt is open read-only: nothing more will be written to it. Hand it as it is to the exam office and open a new session to carry on.",
    "Enregistrer le &refus": "Record the &refusal", "Annuler l'ajout": "Cancel the addition",
    "Indiquez le numéro d'auditeur.": "Enter the student number.",
    "Indiquez le nom et le prénom.": "Enter the last name and the first name.",
    "Inscription": "Enrolment", "(démo) %s": "(demo) %s",
    "1 problème dans la liste": "1 problem in the list", "%d problèmes dans la liste": "%d problems in the list",
    " : rien ne sera importé tant qu'il en reste (numéros de ligne du fichier, marqués ⚠ dans l'aperçu).":
        ": nothing will be imported while any remain (line numbers of the file, marked ⚠ in the preview).",
    "… et %d autre(s).": "… and %d more.",
    "Des modifications ne sont pas encore enregistrées dans la session.\n\nLes enregistrer avant de fermer ?":
        "Some changes are not saved in the session yet.\n\nSave them before closing?",
    "&Enregistrer": "&Save", "&Ne pas enregistrer": "&Don't save",
    # The walk-through fixes (issue #4).
    "Session scellée": "Session sealed",
    "Dernière étape, le scellement : Entrée ou « Sceller la session… » ouvre une confirmation.":
        "Last step, the seal: Enter or “Seal the session…” opens a confirmation.",
    "Session scellée à %s : lecture seule. Empreinte finale (SHA-256), à reporter et à comparer avec celle que le service des examens obtient du fichier :":
        "Session sealed at %s: read-only. Final hash (SHA-256), to write down and compare with the one the exam office gets from the file:",
    "&Sceller la session": "&Seal the session",
    "Session scellée à %s : lecture seule. Empreinte finale : %s": "Session sealed at %s: read-only. Final hash: %s",
    "%d candidat(s) composent encore (fin de leur temps : %s au plus tard) : %s. Le procès-verbal se signe quand leur copie est rendue.":
        "%d candidate(s) still writing (their time ends at %s at the latest): %s. The report is signed once their papers are handed in.",
    "Empreinte finale": "Final hash",
    "Copie blanche rendue : %s": "Blank paper handed in: %s",
    "Copie rendue : %s (%d intercalaire).": "Paper handed in: %s (%d sheet).",
    "Copie rendue : %s (%d intercalaires).": "Paper handed in: %s (%d sheets).",
    "Nombre d'intercalaires inhabituel": "Unusual number of sheets",
    "%d intercalaires pour une seule copie : est-ce bien le nombre compté ?":
        "%d sheets for a single paper: is that the number you counted?",
    "&Corriger le nombre": "&Correct the number", "C&onfirmer %d intercalaires": "C&onfirm %d sheets",
    "Refus de rendre la copie (4.4) : à la fin de leur temps de composition, cochez les candidats encore présents qui refusent de la rendre. L'incident est transmis au service des examens.":
        "Refusal to hand in the paper (4.4): at the end of their writing time, tick the candidates still in the room who refuse to hand it in. The incident is forwarded to the exam office.",
    "Le candidat présente-t-il un justificatif de retard d'un organisme de transport ?":
        "Does the candidate show a delay certificate from a transport operator?",
    "Oui, &justificatif présenté": "Yes, &certificate shown", "Non, pa&s de justificatif": "No, n&o certificate",
    "Pas de justificatif de transport": "No transport certificate",
    "Répondez d'abord : justificatif de transport présenté ou non ?": "Answer first: transport certificate shown or not?",
    "ENTRÉE POSSIBLE UNIQUEMENT SUR JUSTIFICATIF DE TRANSPORT : retard de plus d'une heure, demandez au candidat son justificatif.":
        "ENTRY ONLY WITH A TRANSPORT CERTIFICATE: more than one hour late, ask the candidate for the certificate.",
    "Inscrits : %d  ·  Émargés : %d  ·  Dans la salle : %d  ·  Sortis : %d  ·  Copies rendues : %d  ·  Attendus : %d":
        "Enrolled: %d  ·  Signed in: %d  ·  In the room: %d  ·  Out: %d  ·  Handed in: %d  ·  Expected: %d",
    "  ·  Sans copie : %d": "  ·  Left without a paper: %d", "  ·  Ajoutés en salle : %d": "  ·  Added in the room: %d",
    "L'épreuve est en cours. Fermer la session maintenant ?\n\nTout ce qui est affiché est déjà enregistré : la session se rouvre depuis l'écran d'accueil.":
        "The exam is running. Close the session now?\n\nEverything shown is already saved: the session reopens from the start screen.",
    "Partis sans rendre leur copie": "Left without handing in",
    "Incidents, observations, errata, sorties d'urgence, interruptions et refus enregistrés, dans l'ordre. Rien ne s'efface : une erreur se corrige par un nouvel enregistrement.":
        "Incidents, observations, errata, emergency exits, interruptions and refusals recorded, in order. Nothing is erased: a mistake is corrected by a new record.",
    "Sortie d'urgence, copie remise": "Emergency exit, paper handed in",
    "Effacer la signature : %s": "Clear the signature: %s",
    "Sortie d'urgence : autorisée à tout moment, mais le règlement exige de la justifier : décrivez l'urgence dans la note.":
        "Emergency exit: allowed at any time, but the rules require it to be justified: describe the emergency in the note.",
    "La signature est trop courte : faites signer le candidat.": "The signature is too short: have the candidate sign.",
    "  ·  Entrées refusées : %d": "  ·  Entries refused: %d", "  ·  Absents : %d": "  ·  Absent: %d",
    "Relecture du fichier impossible : %s": "The file cannot be read again: %s",
    "Signature trop courte : %s.": "Signature too short: %s.",
    "Aucune liste importée : choisissez le fichier de la liste. Sans liste, chaque candidat devra être ajouté à la main ; Suivant de nouveau pour continuer ainsi.":
        "No list imported: choose the list's file. Without a list, every candidate must be added by hand; Next again to go on that way.",
    # Issue #9: the record holds.
    "Sortie d'urgence sans retour": "Emergency departure, not coming back",
    "Sortie d'urgence sans retour…": "Emergency departure, not coming back…",
    "Accompagné(e) par": "Accompanied by",
    "Copie &remise": "Paper &handed in", "Copie &non remise": "Paper &not handed in",
    "Feuilles intercalaires": "Extra sheets", "&Feuilles intercalaires :": "Extra &sheets:",
    "&Ce qui s'est passé (obligatoire) :": "&What happened (required):",
    "Note de la sortie d'urgence": "Note on the emergency exit",
    "Par exemple : malaise, évacué(e) par les pompiers à 10:12.":
        "For example: fainted, taken out by the fire brigade at 10:12.",
    "&Enregistrer la sortie d'urgence (Ctrl+Entrée)": "&Record the emergency exit (Ctrl+Enter)",
    "%s : sortie d'urgence enregistrée (copie %s).": "%s: emergency exit recorded (paper %s).",
    "remise": "handed in", "non remise": "not handed in",
    "Ajout postérieur à la signature": "Addendum after signature",
    "&Ajout postérieur à la signature…": "&Addendum after signature…",
    "Le procès-verbal est signé : ce texte s'y ajoute comme « ajout postérieur à la signature », que les signatures ne couvrent pas.":
        "The report is signed: this text is added to it as an “addendum after signature”, which the signatures do not cover.",
    "&Texte de l'ajout :": "&Text of the addendum:", "Texte de l'ajout": "Text of the addendum",
    "Par exemple : une calculatrice oubliée trouvée après le départ des candidats.":
        "For example: a calculator left behind, found after the candidates left.",
    "&Enregistrer l'ajout (Ctrl+Entrée)": "&Record the addendum (Ctrl+Enter)",
    "Ajout postérieur à la signature enregistré.": "Addendum after signature recorded.",
    "Épreuve non tenue": "Exam not held", "Épreuve &non tenue : sceller…": "Exam &not held: seal…",
    "L'épreuve n'a pas commencé. Sceller la session la ferme définitivement avec le motif ci-dessous : plus rien ne pourra y être enregistré.":
        "The exam has not started. Sealing the session closes it for good with the reason below: nothing more can be recorded in it.",
    "&Pourquoi l'épreuve n'a pas été tenue (obligatoire) :": "&Why the exam was not held (required):",
    "Motif de l'épreuve non tenue": "Why the exam was not held",
    "Par exemple : sujets non livrés, salle indisponible.":
        "For example: papers not delivered, room unavailable.",
    "&Sceller : épreuve non tenue (Ctrl+Entrée)": "&Seal: exam not held (Ctrl+Enter)",
    "Session scellée : épreuve non tenue.": "Session sealed: exam not held.",
    "Décisions modifiées par cette correction": "Decisions changed by this correction",
    "⚠ Cette heure change des décisions déjà enregistrées :":
        "⚠ This time changes decisions already recorded:",
    "Un surveillant présent ; en urgence, ou le nom d'une personne extérieure":
        "An invigilator present; in an emergency, or the name of a person from outside",
    "%s (personne extérieure)": "%s (from outside)", "Accompagné(e) par : %s": "Accompanied by: %s",
    "Sortie d'urgence — copie remise": "Emergency exit — paper handed in",
    "Sortie d'urgence — copie non remise": "Emergency exit — paper not handed in",
    "Horloge de l'ordinateur modifiée": "Computer clock changed",
    "écart de %+.0f min avec l'heure de la session, qui n'a pas changé":
        "%+.0f min away from the session's time, which did not change",
    "Heure de début corrigée": "Start time corrected", "Épreuve modifiée": "Exam changed",
    "durée %s min — %s": "duration %s min — %s",
    "Consignes lues après le début": "Instructions read after the start",
    "%d min après le début": "%d min after the start",
    "Copie continue sur un second support…": "Continuous copy on a second medium…",
    "Second support (clé USB) : dossier de la copie continue":
        "Second medium (USB stick): folder of the continuous copy",
    "Copie continue de la session sur %s : après chaque enregistrement, la copie et son journal d'ancrage y sont mis à jour.":
        "Continuous copy of the session on %s: after each record, the copy and its anchor journal are updated there.",
    "L'horloge de l'ordinateur a été changée (écart de %+.0f min) : l'application garde l'heure de l'épreuve, aucune décision ne change ; c'est noté au journal.":
        "The computer's clock was changed (%+.0f min away): the app keeps the exam's time, no decision changes; this is noted in the record.",
    "Enregistrement fait, mais %s. Vérifiez le support.": "Recorded, but %s. Check the medium.",
    "Modifier la durée de l'épreuve": "Change the exam's duration",
    "Modifier la durée de l'épreuve…": "Change the exam's duration…",
    "Nouvelle durée en minutes": "New duration in minutes", "Motif de la modification": "Reason for the change",
    "Par exemple : sujet distribué avec 15 min de retard": "For example: papers handed out 15 min late",
    "&Nouvelle durée :": "&New duration:", "&Motif (obligatoire) :": "&Reason (required):",
    "&Enregistrer la nouvelle durée (Ctrl+Entrée)": "&Record the new duration (Ctrl+Enter)",
    "Durée de l'épreuve : %d min, enregistrée avec son motif.": "Exam duration: %d min, recorded with its reason.",
    "Indiquez qui accompagne le candidat : un surveillant présent, ou une personne extérieure nommée.":
        "Say who accompanies the candidate: an invigilator present, or a named person from outside.",
    "%(escort)s n'est pas un surveillant de la salle : choisissez un surveillant présent, ou indiquez une personne extérieure.":
        "%(escort)s is not an invigilator of this room: choose an invigilator present, or name a person from outside.",
    "Hors urgence, un candidat sort accompagné d'un surveillant.":
        "Outside an emergency, a candidate leaves accompanied by an invigilator.",
    "%(escort)s accompagne déjà un candidat hors de la salle.":
        "%(escort)s is already accompanying a candidate outside the room.",
    "%(escort)s est le dernier surveillant dans la salle et ne peut pas la quitter : indiquez une personne extérieure pour accompagner le candidat.":
        "%(escort)s is the last invigilator in the room and cannot leave it: name a person from outside to accompany the candidate.",
    "Le procès-verbal est signé : seul un ajout postérieur à la signature ou le scellé peuvent encore être enregistrés.":
        "The report is signed: only an addendum after signature or the seal can still be recorded.",
    "Le procès-verbal n'est pas signé : enregistrez une observation.":
        "The report is not signed: record an observation.",
    "L'épreuve n'a pas commencé : pour sceller, indiquez pourquoi l'épreuve est non tenue (Procès-verbal › Épreuve non tenue).":
        "The exam has not started: to seal, say why the exam was not held (Report › Exam not held).",
    "L'heure de début ne peut être déplacée que de %(minutes)s min au plus.":
        "The start time can be moved by %(minutes)s min at most.",
    "Le dossier %(folder)s n'existe pas : impossible d'y écrire %(name)s.":
        "The folder %(folder)s does not exist: %(name)s cannot be written there.",
    "%(path)s est un dossier : indiquez un nom de fichier PDF.":
        "%(path)s is a folder: give a PDF file name.",
    "Impossible d'écrire dans %(folder)s : %(reason)s.": "Cannot write in %(folder)s: %(reason)s.",
    "Impossible d'écrire %(path)s : %(reason)s.": "Cannot write %(path)s: %(reason)s.",
    "  ·  Sorties d'urgence : %d": "  ·  Emergency departures: %d",
    # -- #11, the newcomer's walk: the start, the seal, the fields, the help --------------
    "Impossible d'ouvrir la session %s.": "Cannot open the session %s.",
    "Le fichier de session %s est endommagé : l'application ne peut pas le lire.":
        "The session file %s is damaged: the app cannot read it.",
    "Que faire :\n• ne le modifiez pas et ne le copiez pas par-dessus un autre : remettez-le tel quel au service des examens, qui peut en vérifier le contenu ;\n• pour continuer, ouvrez la copie de la session (clé USB, « Enregistrer une copie sous… ») depuis l'écran d'accueil, ou créez une nouvelle session et notez l'incident au procès-verbal.":
        "What to do:\n• do not change it and do not copy it over another file: hand it as it is to the exam office, which can check what it holds;\n• to go on, open the session's copy (USB stick, “Save a copy as…”) from the start screen, or create a new session and note the incident in the report.",
    "Détail technique : %s": "Technical detail: %s",
    "Interruptions": "Interruptions", "(%s d'interruption)": "(%s of interruption)",
    "Scellée à": "Sealed at", "État final de la session": "Final state of the session",
    "Présents %d · Absents %d · Copies rendues %d · Incidents %d":
        "Present %d · Absent %d · Papers handed in %d · Incidents %d",
    "Empreinte finale :": "Final hash:",
    "Session close et scellée à %s": "Session closed and sealed at %s",
    "Épreuve terminée. Merci, vous pouvez quitter la salle.": "The exam is over. Thank you, you may leave the room.",
    "jj/mm/aaaa": "dd/mm/yyyy", "hh:mm": "hh:mm",
    "%s — loin d'aujourd'hui : vérifiez l'année": "%s — far from today: check the year",
    "Indiquez la date.": "Enter the date.",
    "Date illisible : tapez jour, mois et année, ex. 15/06/2026.": "Unreadable date: type day, month and year, e.g. 15/06/2026.",
    "Année illisible : tapez-la sur 4 chiffres.": "Unreadable year: type it with 4 digits.",
    "Cette date n'existe pas : %s.": "This date does not exist: %s.",
    "Indiquez l'heure.": "Enter the time.",
    "Heure illisible : tapez par exemple 9:30 ou 14h00.": "Unreadable time: type for instance 9:30 or 14:00.",
    "Cette heure n'existe pas : %s.": "This time does not exist: %s.",
    "&Aide de la salle…": "Room &help…", "A&ide": "&Help", "Aide — Invigilator": "Help — Invigilator",
    "Aide": "Help", "Les touches": "The keys", "Les règles de cette épreuve": "The rules of this exam",
    "Si l’ordinateur tombe en panne": "If the laptop fails",
    "La salle n’est pas encore préparée (F2).": "The room is not set up yet (F2).",
    "Lecteur de carte, ou nom tapé, puis Entrée": "Card reader, or a typed name, then Enter",
    "trouver le candidat et ouvrir son émargement": "find the candidate and open their check-in",
    "↑ ↓ dans la zone de recherche": "↑ ↓ in the search box", "choisir parmi plusieurs candidats": "choose among several candidates",
    "Échap": "Esc", "fermer une fenêtre sans rien enregistrer": "close a window without recording anything",
    "Début prévu %s, fin prévue %s (durée %d min).": "Planned start %s, planned end %s (duration %d min).",
    "Début %s, fin %s (durée %d min).": "Start %s, end %s (duration %d min).",
    "Pièce d'identité originale et valide, puis signature, à l'entrée.": "An original, valid ID, then the signature, on entry.",
    "Retardataires admis jusqu'à %s, sans temps supplémentaire.": "Late arrivals admitted until %s, with no extra time.",
    "Jusqu'à %s : seulement avec un justificatif de retard d'un organisme de transport, et si aucun candidat n'est encore sorti.":
        "Until %s: only with a delay certificate from a transport operator, and if no candidate has left yet.",
    "Aucune sortie avant %s, sauf urgence (note obligatoire). Ensuite : sorties temporaires une à la fois, accompagnées ; avec un seul surveillant, toute sortie est définitive.":
        "No exit before %s, except in an emergency (a note is required). Then: temporary exits one at a time, accompanied; with a single invigilator, every exit is final.",
    "Temps majoré (+%d min) : fin à %s.": "Extra time (+%d min): ends at %s.",
    "À la fin, chacun rend sa copie, même blanche, et signe. Une fraude : la faire cesser sans interrompre le candidat, saisir, rapport (Ctrl+I).":
        "At the end, everyone hands in their paper, even blank, and signs. Fraud: stop it without interrupting the candidate, seize, report (Ctrl+I).",
    "Rien n'est perdu : chaque action affichée est déjà enregistrée dans le fichier de session.":
        "Nothing is lost: every action shown is already saved in the session file.",
    "Continuez sur papier : la feuille d'émargement de secours imprimée à la préparation (F2, étape 4), les heures notées à la main (entrées, sorties, remises, incidents).":
        "Go on on paper: the spare attendance sheet printed during the set-up (F2, step 4), times written by hand (entries, exits, hand-ins, incidents).",
    "Si l'ordinateur repart : rouvrez la session depuis l'écran d'accueil ; notez l'interruption au procès-verbal (Ctrl+O).":
        "If the laptop starts again: reopen the session from the start screen; note the interruption in the report (Ctrl+O).",
    "Sur un autre ordinateur : ouvrez la copie de la session (clé USB : Fichier › Enregistrer une copie sous…, Ctrl+S, à faire au début et de temps en temps).":
        "On another laptop: open the session's copy (USB stick: File › Save a copy as…, Ctrl+S, done at the start and now and then).",
    "Un fichier endommagé ne se répare pas en salle : remettez-le tel quel au service des examens, avec les feuilles papier.":
        "A damaged file is not repaired in the room: hand it as it is to the exam office, with the paper sheets.",
    # Issue #11: rooms, acting invigilator, ID check, counters, the domain's words.
    "%s (%s) est attendu(e) en salle %s": "%s (%s) is expected in room %s",
    " (et %d autre(s))": " (and %d more)",
    " : indiquez-lui sa salle. L'accueillir ici : F8, décision motivée.":
        ": tell them their room. To admit them here: F8, a decision with its reason.",
    "Aucun candidat de cette salle ne correspond à « %s » : %s.": "No candidate of this room matches “%s”: %s.",
    " L'accueillir ici : F8, décision motivée.": " To admit them here: F8, a decision with its reason.",
    " ; sorties autorisées à partir de %s": "; exits allowed from %s",
    " ; autorisé à partir de %s": "; allowed from %s",
    "Changer de surveillant qui saisit": "Switch the acting invigilator", "Saisie : %s": "Acting: %s",
    "Chaque enregistrement porte ce nom. %s : passer au surveillant suivant.":
        "Every record carries this name. %s: hand over to the next invigilator.",
    "Un seul surveillant dans cette salle.": "Only one invigilator in this room.",
    "%s saisit désormais (%s pour changer).": "%s is now acting (%s to switch).",
    "Surveillant qui saisit": "Acting invigilator",
    "L'a&ccueillir dans cette salle (décision de la salle)": "Admi&t them in this room (the room's decision)",
    "Accueillir dans cette salle": "Admit in this room", "Motif de la décision": "Reason for the decision",
    "ex. envoyé(e) par le service des examens": "e.g. sent by the exam office",
    "Motif de la &décision :": "Reason for the &decision:", "%s a déjà émargé à %s.": "%s already checked in at %s.",
    "Ce numéro est celui de %s, sur la liste de cette salle : Entrée ouvre son émargement ordinaire, avec ce qui est déjà saisi.":
        "This number is %s's, on this room's list: Enter opens their ordinary check-in, with what is already entered.",
    "%s (%s) est attendu(e) en salle %s : indiquez-lui sa salle, ou décidez de l'accueillir ici, avec le motif.":
        "%s (%s) is expected in room %s: tell them their room, or decide to admit them here, with the reason.",
    "%s a déjà émargé à %s : rien n'a été enregistré.": "%s already checked in at %s: nothing was recorded.",
    "Attendu(e) dans une autre salle : cochez « L'accueillir dans cette salle » pour en décider, ou indiquez-lui sa salle.":
        "Expected in another room: tick “Admit them in this room” to decide so, or tell them their room.",
    "Indiquez le motif de la décision de l'accueillir ici.": "Give the reason for admitting them here.",
    "Afficher aussi les candidats qui n'ont pas composé": "Also show the candidates who did not sit",
    "Afficher aussi les candidats qui n'ont pas composé (%d)": "Also show the candidates who did not sit (%d)",
    "Afficher aussi les candidats qui ne sont plus dans la salle (%d)": "Also show the candidates no longer in the room (%d)",
    " (en retard)": " (late)", " (copie blanche)": " (blank paper)", "incident": "incident", "%d incidents": "%d incidents",
    "Motif de l'ajout : %s": "Reason for the addition: %s", "Pièce d'identité : %s": "ID document: %s",
    "Retard : %s": "Late: %s", "Incident à %s : %s": "Incident at %s: %s",
    "La session est scellée depuis %(at)s : plus rien ne peut y être écrit.":
        "The session is sealed since %(at)s: nothing more can be written to it.",
    "%(name)s (%(student_id)s) est attendu(e) en salle %(room)s.": "%(name)s (%(student_id)s) is expected in room %(room)s.",
    "Numéro %(student_id)s inconnu dans cette salle : ajout manuscrit possible.":
        "Number %(student_id)s is not known in this room: a hand addition is possible.",
    "%(name)s a déjà émargé à %(at)s.": "%(name)s already checked in at %(at)s.",
    "Le numéro %(student_id)s est déjà sur la liste (%(name)s) : faites-le émarger.":
        "Number %(student_id)s is already on the list (%(name)s): check them in.",
    "%(name)s (%(student_id)s) est attendu(e) en salle %(room)s : l'accueillir ici demande une décision motivée.":
        "%(name)s (%(student_id)s) is expected in room %(room)s: admitting them here needs a decision with its reason.",
    "Indiquez la pièce d'identité présentée.": "Say which ID document was shown.",
    "Précisez la pièce d'identité présentée.": "Name the ID document shown.",
    "Sans pièce d'identité : indiquez ce qui a été décidé et pourquoi.": "No ID document: say what was decided and why.",
    "L'épreuve a déjà commencé.": "The exam has already started.",
    "Renseignez l'épreuve (durée) avant de la commencer.": "Fill in the exam (duration) before starting it.",
    "L'heure de début corrigée ne peut pas être dans le futur.": "The corrected start time cannot be in the future.",
    "%(name)s n'est pas dans la salle.": "%(name)s is not in the room.", "%(name)s n'est pas sorti(e).": "%(name)s is not out.",
    "L'épreuve est déjà interrompue.": "The exam is already interrupted.",
    "L'épreuve n'est pas interrompue.": "The exam is not interrupted.",
    "Faites signer le procès-verbal avant de sceller.": "Have the report signed before sealing.",
    "Des candidats n'ont pas rendu leur copie.": "Some candidates have not handed in their paper.",
    "%(name)s : %(decision)s.": "%(name)s: %(decision)s.", "%(decision)s.": "%(decision)s.",
    "carte d'identité": "identity card", "passeport": "passport", "titre de séjour": "residence permit",
    "permis de conduire": "driving licence", "autre (préciser)": "other (specify)", "autre": "other",
    "sans pièce d'identité": "no ID document",
    "Pièce originale vue\n(touches 1 à 6) :": "Original ID seen\n(keys 1 to 6):",
    "Précision sur la pièce d'identité": "About the ID document",
    "Quelle pièce ? (ex. carte d'étudiant avec photo)": "Which document? (e.g. student card with a photo)",
    "Décision et motif (ex. identité confirmée par l'enseignant)": "Decision and reason (e.g. identity confirmed by the teacher)",
    "Sans pièce d'identité originale (le règlement en exige une) : le candidat compose par décision de la salle, signalé au service des examens et noté au procès-verbal. Indiquez la décision et son motif.":
        "No original ID document (the regulation requires one): the candidate sits by the room's decision, flagged for the exam office and noted in the report. Give the decision and its reason.",
    "&Valider — sans pièce d'identité": "&Confirm — no ID document", "&Valider — autre pièce": "&Confirm — other document",
    "&Valider — %s originale vue": "&Confirm — original %s seen",
    "ajouté(e) en salle — à vérifier": "added in the room — to be verified",
    "attendu(e)": "expected", "présent(e)": "present", "sorti(e) temporairement": "out temporarily",
    "copie rendue": "paper handed in",
    "sortie d'urgence — copie remise": "emergency exit — paper handed in",
    "sortie d'urgence — copie non remise": "emergency exit — paper not handed in", "parti(e) sans rendre sa copie": "left without handing in",
    "entrée refusée": "entry refused", "absent(e)": "absent",
    "arrivée avant le début de l'épreuve": "arrived before the start of the exam",
    "retard admis (dans la limite du tiers de la durée et d'une heure)":
        "late arrival admitted (within a third of the duration and one hour)",
    "retard de plus d'une heure admis sur justificatif d'un organisme de transport":
        "more than one hour late, admitted on a transport operator's certificate",
    "retard de plus d'une heure : admission uniquement sur justificatif d'un organisme de transport":
        "more than one hour late: admission only on a transport operator's certificate",
    "retard de plus d'une heure refusé : un candidat est déjà sorti de la salle":
        "more than one hour late, refused: a candidate has already left the room",
    "retard supérieur au tiers de la durée de l'épreuve": "later than a third of the exam's duration",
    "sortie autorisée": "exit allowed", "sortie d'urgence (à justifier par une note)": "emergency exit (to be justified by a note)",
    "aucune sortie pendant la première partie de l'épreuve": "no exit during the first part of the exam",
    "un seul surveillant dans la salle : toute sortie est définitive, pas de sortie temporaire":
        "only one invigilator in the room: every exit is final, no temporary exit",
    "un autre candidat est déjà sorti : les sorties se font une par une":
        "another candidate is already out: exits are one at a time",
    "fin du temps majoré (+%d min)": "end of extra time (+%d min)", "tiers-temps": "extra third time",
    " (dont refusés à l'entrée : %d)": " (of whom refused entry: %d)",
    "Entrée sans pièce d'identité": "Entry without an ID document",
    "dont refusés à l'entrée": "of whom refused entry",
    "Erreur inattendue. Ce qui est affiché comme fait est déjà enregistré.":
        "Unexpected error. What the screen shows as done is already saved.", "Entrées sans pièce d'identité": "Entries without an ID document", "%s :": "%s:",
    "attendu(e) en salle %s": "expected in room %s",
    "attendu(e) en salle %s — à vérifier": "expected in room %s — to be verified",
    "Accueilli(e) ici, attendu(e) en salle %s": "Admitted here, expected in room %s",
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

# The exam office's view (#12), apart from the table above so that branches merge cleanly.
EN_OFFICE = {
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
EN.update({k: v for k, v in EN_OFFICE.items() if k not in EN})


def main() -> int:
    tree = ET.parse(TS)
    missing = 0
    for message in tree.iter("message"):
        source = message.find("source").text or ""
        translation = message.find("translation")
        if source in EN:
            translation.text = EN[source]
            translation.attrib.pop("type", None)
        else:
            missing += 1
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    lrelease = str(Path(sys.executable).parent / "pyside6-lrelease")
    subprocess.run([lrelease, str(TS), "-qm", str(QM)], check=True)
    extra_qm = ROOT / "ui" / "qtbase_extra_fr.qm"
    subprocess.run([lrelease, str(QT_EXTRA_FR), "-qm", str(extra_qm)], check=True)
    print(f"{QM.name} written; {missing} text(s) left untranslated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
