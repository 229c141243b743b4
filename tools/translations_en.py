"""Fill resources/translations/invigilator_en.ts from the table below, then compile the .qm.

    .venv/bin/pyside6-lupdate ui/*.py -ts resources/translations/invigilator_en.ts
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
    "%s ajouté(e) en salle et émargé(e) — à vérifier.": "%s added in the room and checked in — to be verified.",
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
    "%s a déjà émargé(e) à %s (%s).": "%s already checked in at %s (%s).",
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
    "Consignes lues (%s)": "Instructions read (%s)",
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
    # ui/labels.py
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
}  # fmt: skip


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
    subprocess.run(
        [str(Path(sys.executable).parent / "pyside6-lrelease"), str(TS), "-qm", str(QM)], check=True
    )
    print(f"{QM.name} written; {missing} text(s) left untranslated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
