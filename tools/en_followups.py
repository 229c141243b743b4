"""English for the UI: the walk-through's follow-ups (late hand addition, emergency mark,
the office's problems, the second medium in the set-up).

One table of `tools/translations_en.py`, which merges them (a later entry wins).
"""

FOLLOWUPS = {
    "début prévu dépassé": "planned start passed",
    # -- a session file that cannot be opened as it is (domain_text codes) -----------------
    "Le fichier de session %(name)s est utilisé par un autre programme.":
        "The session file %(name)s is in use by another program.",
    "Le fichier de session %(name)s est en lecture seule : impossible d'y écrire.":
        "The session file %(name)s is read-only: nothing can be written to it.",
    "Impossible d'ouvrir ou de créer %(path)s : dossier inexistant ou protégé en écriture.":
        "Cannot open or create %(path)s: the folder does not exist or is write-protected.",
    # -- hand addition during late entry, emergency exit in the row -----------------------
    "%s ajouté(e) en salle, entré(e) en retard à %s — à vérifier.":
        "%s added in the room, came in late at %s — to be verified.",
    "urgence": "emergency", "Sortie d'urgence : %s": "Emergency exit: %s",
    # -- the office's problems, room states and flags (ui/office/problem_text.py) ----------
    "fichier illisible": "unreadable file",
    "fichier NON CONFORME (chaîne rompue)": "file NOT CONFORMING (broken chain)",
    "empreinte différente du PV papier": "hash differs from the paper PV",
    "fichier en double": "duplicate file",
    "session non scellée": "session not sealed",
    "salle sans fichier": "room without a file",
    "copies reçues ≠ copies ramassées": "papers received ≠ papers collected",
    "présent(e) dans deux salles": "present in two rooms",
    "ajout manuscrit non trouvé — à régulariser": "hand addition not found — to regularise",
    "ajout manuscrit inscrit(e)": "hand addition, enrolled",
    "présent(e) sans copie remise": "present, no paper handed in",
    "copie sans émargement": "paper without check-in",
    "retard refusé": "late entry refused",
    "sans pièce d'identité": "no ID document",
    "fraude (procès-verbal à transmettre)": "fraud (report to forward)",
    "interruption de l'épreuve": "interruption of the exam",
    "épreuve non tenue": "exam not held",
    "ajout postérieur à la signature du PV": "addendum after the PV was signed",
    "horloge de l'ordinateur déplacée": "computer clock moved",
    "%(verification)s ; %(reason)s": "%(verification)s; %(reason)s",
    "%(verification)s ; lu malgré tout : %(events)s événement(s), %(candidates)s candidat(s) — chiffres à vérifier sur le PV papier":
        "%(verification)s; read all the same: %(events)s event(s), %(candidates)s candidate(s) — check the figures against the paper PV",
    "%(verification)s ; chiffres de cette salle non fiables":
        "%(verification)s; this room's figures cannot be relied on",
    "%(verification)s ; premier événement en cause : n° %(seq)s ; chiffres de cette salle non fiables":
        "%(verification)s; first event in question: no. %(seq)s; this room's figures cannot be relied on",
    "session ni signée ni scellée : le fichier a pu être remis avant la fin":
        "session neither signed nor sealed: the file may have been handed in before the end",
    "procès-verbal signé mais session non scellée": "PV signed but session not sealed",
    "%(name)s : émargé(e) à %(at)s, aucune remise de copie enregistrée":
        "%(name)s: checked in at %(at)s, no paper hand-in recorded",
    "%(name)s : copie remise à %(at)s sans émargement":
        "%(name)s: paper handed in at %(at)s without a check-in",
    "%(name)s : parti(e) sans rendre sa copie": "%(name)s: left without handing in the paper",
    "%(name)s : parti(e) en urgence sans copie": "%(name)s: left in an emergency without a paper",
    "%(name)s : parti(e) en urgence sans copie (%(note)s)":
        "%(name)s: left in an emergency without a paper (%(note)s)",
    "%(name)s : entrée refusée (retard)": "%(name)s: entry refused (late)",
    "%(name)s : pièce d'identité présentée : %(document)s": "%(name)s: ID document shown: %(document)s",
    "%(name)s : pièce d'identité présentée : aucune": "%(name)s: ID document shown: none",
    "à %(at)s : %(description)s": "at %(at)s: %(description)s",
    " ; saisi : %(seized)s": "; seized: %(seized)s",
    " ; signé par %(names)s": "; signed by %(names)s",
    " ; refus de contresigner : %(names)s": "; refused to countersign: %(names)s",
    " ; procès-verbal de fraude (événement n° %(seq)s) à transmettre":
        "; fraud report (event no. %(seq)s) to forward",
    "épreuve non tenue : %(reason)s": "exam not held: %(reason)s",
    "à %(at)s : %(text)s": "at %(at)s: %(text)s",
    "à %(at)s : horloge déplacée de %(minutes)s min %(seconds)s s par rapport au journal":
        "at %(at)s: clock moved by %(minutes)s min %(seconds)s s against the record",
    "interruption à %(at)s, jamais reprise": "interruption at %(at)s, never resumed",
    "interruption de %(start)s à %(end)s (%(minutes)s min)":
        "interruption from %(start)s to %(end)s (%(minutes)s min)",
    "%(received)s copie(s) reçue(s) au service, %(collected)s ramassée(s) d'après le fichier":
        "%(received)s paper(s) received at the office, %(collected)s collected according to the file",
    "empreinte du PV papier %(paper_hash)s… ≠ empreinte finale du fichier %(file_hash)s… : le fichier n'est pas celui que les surveillants ont signé":
        "paper PV hash %(paper_hash)s… ≠ the file's final hash %(file_hash)s…: the file is not the one the invigilators signed",
    " (le code scanné est celui d'un autre PV : épreuve %(exam)s)":
        " (the code scanned is another PV's: exam %(exam)s)",
    " (le code scanné est celui d'un autre PV : date %(date)s)":
        " (the code scanned is another PV's: date %(date)s)",
    " (le code scanné est celui d'un autre PV : épreuve %(exam)s, date %(date)s)":
        " (the code scanned is another PV's: exam %(exam)s, date %(date)s)",
    "%(count)s copies identiques de la salle fusionnées : %(names)s":
        "%(count)s identical copies of the room merged: %(names)s",
    "CONFLIT : %(count)s fichiers différents pour la salle (copies de la même session prises à des moments différents) : ":
        "CONFLICT: %(count)s different files for the room (copies of the same session taken at different times): ",
    "CONFLIT : %(count)s fichiers différents pour la salle (sessions différentes) : ":
        "CONFLICT: %(count)s different files for the room (different sessions): ",
    "%(name)s (%(events)s événements, scellé, empreinte %(hash)s)":
        "%(name)s (%(events)s events, sealed, hash %(hash)s)",
    "%(name)s (%(events)s événements, non scellé, empreinte %(hash)s)":
        "%(name)s (%(events)s events, not sealed, hash %(hash)s)",
    ". Retenu : %(name)s": ". Kept: %(name)s",
    "%(name)s : inscrit(e)": "%(name)s: enrolled",
    "%(name)s : inscrit(e) en salle %(room)s": "%(name)s: enrolled in room %(room)s",
    "%(name)s : non trouvé(e) — à régulariser": "%(name)s: not found — to regularise",
    " ; motif : %(reason)s": "; reason: %(reason)s",
    "%(name)s a émargé dans plusieurs salles : %(rooms)s": "%(name)s checked in in several rooms: %(rooms)s",
    "salle %(room)s : %(count)s inscrit(s), aucun fichier de session reçu":
        "room %(room)s: %(count)s enrolled, no session file received",
    "illisible": "unreadable", "endommagée": "damaged", "NON CONFORME": "NOT CONFORMING",
    "non scellée": "not sealed", "scellée, intacte": "sealed, intact",
    "non rapproché du PV papier": "not matched with the paper PV",
    "conforme au PV papier": "matches the paper PV", "DIFFÉRENT du PV papier": "DIFFERS from the paper PV",
    "présent": "present", "absent": "absent", "entrée refusée": "entry refused", "ajouté(e)": "added",
    "fichier NON CONFORME": "file NOT CONFORMING", "salle non scellée": "room not sealed",
    "salle sans fichier de session": "room without a session file",
    # -- the second medium in the set-up wizard (ui/setup/mirror_page.py) ---------------
    "4. Second support (facultatif)": "4. Second medium (optional)",
    "5. Consignes": "5. Instructions",
    "Une clé USB garde une copie complète de la session, mise à jour après chaque enregistrement : si l'ordinateur tombe en panne, la copie s'ouvre sur un autre.":
        "A USB stick keeps a whole copy of the session, updated after each record: if the computer fails, the copy opens on another one.",
    "Second support choisi": "Second medium chosen",
    "&Choisir le dossier du second support…": "&Choose the second medium's folder…",
    "Choisir le dossier du second support": "Choose the second medium's folder",
    "&Arrêter la copie": "S&top the copy",
    "Arrêter la copie sur le second support": "Stop the copy on the second medium",
    "Étape facultative : Suivant passe sans second support. Le choix se modifie aussi plus tard depuis le menu Fichier.":
        "Optional step: Next goes on without a second medium. The choice can also be changed later from the File menu.",
    "Copie continue sur : %s": "Continuous copy on: %s",
    "Aucun second support : la session n'est que sur cet ordinateur.":
        "No second medium: the session is only on this computer.",
    "Copie sur le second support arrêtée.": "Copy on the second medium stopped.",
    "Le dossier est retenu, mais la copie n'a pas pu y être écrite : %s. Vérifiez la clé (branchée, non protégée en écriture) ; la copie sera retentée à chaque enregistrement.":
        "The folder is kept, but the copy could not be written there: %s. Check the stick (plugged in, not write-protected); the copy will be tried again at each record.",
    "Le dossier %(folder)s n'existe pas (support débranché ?).":
        "The folder %(folder)s does not exist (medium unplugged?).",
    "Le second support doit être un autre dossier que celui du fichier.":
        "The second medium must be another folder than the session file's.",
    "aucun fichier de session dans ce dossier": "no session file in this folder",
    "ni un fichier ni un dossier": "neither a file nor a folder",
    "fichier ou dossier introuvable": "file or folder not found",
    "pas un fichier de session": "not a session file",
    "lecture impossible (%(detail)s)": "cannot be read (%(detail)s)",
    "illisible : %(reason)s": "unreadable: %(reason)s",
    "illisible : épreuve non renseignée": "unreadable: no exam recorded",
    # -- the help's "when the laptop fails", with the wizard's new step --------------------
    "Continuez sur papier : la feuille d'émargement de secours imprimée à la préparation (F2, étape 5), les heures notées à la main (entrées, sorties, remises, incidents).":
        "Go on on paper: the spare attendance sheet printed during the set-up (F2, step 5), times written by hand (entries, exits, hand-ins, incidents).",
    "Sur un autre ordinateur : ouvrez la copie continue du second support (clé USB choisie à la préparation, F2, étape 4, ou depuis le menu Fichier), ou une copie enregistrée (Fichier › Enregistrer une copie sous…, Ctrl+S).":
        "On another laptop: open the second medium's continuous copy (the USB stick chosen during the set-up, F2, step 4, or from the File menu), or a saved copy (File › Save a copy as…, Ctrl+S).",
}
