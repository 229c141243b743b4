"""English for the UI: the newcomer's walk-through of issue #11 (rooms, acting invigilator, ID check, help).

One table of `tools/translations_en.py`, which merges them (a later entry wins).
"""

WALK = {
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
    "&Valider — original vu : %s": "&Confirm — original seen: %s",
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
}  # fmt: skip
