<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>ActingInvigilator</name>
    <message>
        <location filename="../../ui/room/acting.py" line="50" />
        <source>Changer de surveillant qui saisit</source>
        <translation>Switch the acting invigilator</translation>
    </message>
    <message>
        <location filename="../../ui/room/acting.py" line="65" />
        <source>Saisie : %s</source>
        <translation>Acting: %s</translation>
    </message>
    <message>
        <location filename="../../ui/room/acting.py" line="70" />
        <source>Chaque enregistrement porte ce nom. %s : passer au surveillant suivant.</source>
        <translation>Every record carries this name. %s: hand over to the next invigilator.</translation>
    </message>
    <message>
        <location filename="../../ui/room/acting.py" line="77" />
        <source>Un seul surveillant dans cette salle.</source>
        <translation>Only one invigilator in this room.</translation>
    </message>
    <message>
        <location filename="../../ui/room/acting.py" line="88" />
        <source>%s saisit désormais (%s pour changer).</source>
        <translation>%s is now acting (%s to switch).</translation>
    </message>
</context>
<context>
    <name>ActingLabel</name>
    <message>
        <location filename="../../ui/room/acting.py" line="37" />
        <source>Surveillant qui saisit</source>
        <translation>Acting invigilator</translation>
    </message>
</context>
<context>
    <name>AddendumDialog</name>
    <message>
        <location filename="../../ui/dialogs/closing_cases.py" line="80" />
        <source>Ajout postérieur à la signature</source>
        <translation>Addendum after signature</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/closing_cases.py" line="82" />
        <source>Le procès-verbal est signé : ce texte s'y ajoute comme « ajout postérieur à la signature », que les signatures ne couvrent pas.</source>
        <translation>The report is signed: this text is added to it as an “addendum after signature”, which the signatures do not cover.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/closing_cases.py" line="88" />
        <source>&amp;Texte de l'ajout :</source>
        <translation>&amp;Text of the addendum:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/closing_cases.py" line="88" />
        <source>Texte de l'ajout</source>
        <translation>Text of the addendum</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/closing_cases.py" line="89" />
        <source>Par exemple : une calculatrice oubliée trouvée après le départ des candidats.</source>
        <translation>For example: a calculator left behind, found after the candidates left.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/closing_cases.py" line="91" />
        <source>&amp;Enregistrer l'ajout (Ctrl+Entrée)</source>
        <translation>&amp;Record the addendum (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/closing_cases.py" line="96" />
        <source>Ajout postérieur à la signature enregistré.</source>
        <translation>Addendum after signature recorded.</translation>
    </message>
</context>
<context>
    <name>AdditionDialog</name>
    <message>
        <location filename="../../ui/dialogs/addition.py" line="51" />
        <location filename="../../ui/dialogs/addition.py" line="52" />
        <source>Ajout manuscrit d'un candidat</source>
        <translation>Hand addition of a candidate</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/addition.py" line="57" />
        <source>Le candidat sera marqué « %s » : le service des examens vérifiera son inscription.</source>
        <translation>The candidate will be marked “%s”: the exam office will check the enrolment.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/addition.py" line="65" />
        <source>absent(e) de la liste, inscription à vérifier</source>
        <translation>missing from the list, enrolment to be checked</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/addition.py" line="67" />
        <source>&amp;N° d'auditeur :</source>
        <translation>Student &amp;number:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/addition.py" line="67" />
        <source>Numéro d'auditeur</source>
        <translation>Student number</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/addition.py" line="68" />
        <source>N&amp;om :</source>
        <translation>Last na&amp;me:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/addition.py" line="68" />
        <source>Nom</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/addition.py" line="69" />
        <source>&amp;Prénom :</source>
        <translation>&amp;First name:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/addition.py" line="69" />
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/addition.py" line="70" />
        <source>&amp;Motif de l'ajout :</source>
        <translation>&amp;Reason for the addition:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/addition.py" line="70" />
        <source>Motif de l'ajout</source>
        <translation>Reason for the addition</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/addition.py" line="88" />
        <source>L'a&amp;ccueillir dans cette salle (décision de la salle)</source>
        <translation>Admi&amp;t them in this room (the room's decision)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/addition.py" line="90" />
        <source>Accueillir dans cette salle</source>
        <translation>Admit in this room</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/addition.py" line="92" />
        <source>Motif de la décision</source>
        <translation>Reason for the decision</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/addition.py" line="93" />
        <source>ex. envoyé(e) par le service des examens</source>
        <translation>e.g. sent by the exam office</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/addition.py" line="96" />
        <source>Motif de la &amp;décision :</source>
        <translation>Reason for the &amp;decision:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/addition.py" line="103" />
        <source>Signature du candidat (émargement)</source>
        <translation>Candidate's signature (check-in)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/addition.py" line="105" />
        <source>&amp;Ajouter et faire émarger</source>
        <translation>&amp;Add and check in</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/addition.py" line="106" />
        <source>Ajouter et faire émarger</source>
        <translation>Add and check in</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/addition.py" line="107" />
        <source>Enregistrer le &amp;refus</source>
        <translation>Record the &amp;refusal</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/addition.py" line="108" />
        <source>Enregistrer le refus d'entrée</source>
        <translation>Record the entry refusal</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/addition.py" line="109" />
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/addition.py" line="110" />
        <source>Annuler l'ajout</source>
        <translation>Cancel the addition</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/addition.py" line="175" />
        <source>%s a déjà émargé à %s.</source>
        <translation>%s already checked in at %s.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/addition.py" line="179" />
        <source>Ce numéro est celui de %s, sur la liste de cette salle : Entrée ouvre son émargement ordinaire, avec ce qui est déjà saisi.</source>
        <translation>This number is %s's, on this room's list: Enter opens their ordinary check-in, with what is already entered.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/addition.py" line="184" />
        <source>%s (%s) est attendu(e) en salle %s : indiquez-lui sa salle, ou décidez de l'accueillir ici, avec le motif.</source>
        <translation>%s (%s) is expected in room %s: tell them their room, or decide to admit them here, with the reason.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/addition.py" line="199" />
        <source>%s a déjà émargé à %s : rien n'a été enregistré.</source>
        <translation>%s already checked in at %s: nothing was recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/addition.py" line="224" />
        <source>Indiquez le numéro d'auditeur.</source>
        <translation>Enter the student number.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/addition.py" line="226" />
        <source>Indiquez le nom et le prénom.</source>
        <translation>Enter the last name and the first name.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/addition.py" line="233" />
        <source>Attendu(e) dans une autre salle : cochez « L'accueillir dans cette salle » pour en décider, ou indiquez-lui sa salle.</source>
        <translation>Expected in another room: tick “Admit them in this room” to decide so, or tell them their room.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/addition.py" line="236" />
        <source>Indiquez le motif de la décision de l'accueillir ici.</source>
        <translation>Give the reason for admitting them here.</translation>
    </message>
    <message>
        <source>La signature est vide : faites signer le candidat.</source>
        <translation>The signature is empty: have the candidate sign.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/addition.py" line="264" />
        <source>Refus enregistré. %s</source>
        <translation>Refusal recorded. %s</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/addition.py" line="276" />
        <source>%s ajouté(e) en salle, entré(e) en retard à %s — à vérifier.</source>
        <translation>%s added in the room, came in late at %s — to be verified.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/addition.py" line="279" />
        <source>%s ajouté(e) en salle, a émargé à %s — à vérifier.</source>
        <translation>%s added in the room, checked in at %s — to be verified.</translation>
    </message>
    <message>
        <source>%s ajouté(e) en salle et émargé(e) — à vérifier.</source>
        <translation type="vanished">%s added in the room and checked in — to be verified.</translation>
    </message>
</context>
<context>
    <name>AlertLabel</name>
    <message>
        <location filename="../../ui/widgets/alert_label.py" line="34" />
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="90" />
        <source>Erreur inattendue. Ce qui est affiché comme fait est déjà enregistré.</source>
        <translation>Unexpected error. What the screen shows as done is already saved.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="111" />
        <source>Impossible d'ouvrir la session %s.</source>
        <translation>Cannot open the session %s.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="116" />
        <source>Le fichier de session %s est endommagé : l'application ne peut pas le lire.</source>
        <translation>The session file %s is damaged: the app cannot read it.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="121" />
        <source>Que faire :
• ne le modifiez pas et ne le copiez pas par-dessus un autre : remettez-le tel quel au service des examens, qui peut en vérifier le contenu ;
• pour continuer, ouvrez la copie de la session (clé USB, « Enregistrer une copie sous… ») depuis l'écran d'accueil, ou créez une nouvelle session et notez l'incident au procès-verbal.</source>
        <translation>What to do:
• do not change it and do not copy it over another file: hand it as it is to the exam office, which can check what it holds;
• to go on, open the session's copy (USB stick, “Save a copy as…”) from the start screen, or create a new session and note the incident in the report.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="131" />
        <source>Détail technique : %s</source>
        <translation>Technical detail: %s</translation>
    </message>
</context>
<context>
    <name>CandidatePicker</name>
    <message>
        <location filename="../../ui/widgets/record_widgets.py" line="109" />
        <source>Nom, prénom, numéro ou place…</source>
        <translation>Name, number or seat…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_widgets.py" line="110" />
        <source>Rechercher un candidat</source>
        <translation>Search for a candidate</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_widgets.py" line="114" />
        <source>Candidats de la salle</source>
        <translation>Candidates in the room</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_widgets.py" line="116" />
        <source>Espace coche ou décoche le candidat mis en cause.</source>
        <translation>Space ticks or unticks the candidate involved.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_widgets.py" line="122" />
        <source>Candidats mis en cause</source>
        <translation>Candidates involved</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_widgets.py" line="132" />
        <source>place</source>
        <translation>seat</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_widgets.py" line="166" />
        <source>Afficher aussi les candidats qui ne sont plus dans la salle (%d)</source>
        <translation>Also show the candidates no longer in the room (%d)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_widgets.py" line="168" />
        <source>Afficher aussi les candidats qui n'ont pas composé (%d)</source>
        <translation>Also show the candidates who did not sit (%d)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_widgets.py" line="235" />
        <source>Mis en cause (%d) : %s</source>
        <translation>Involved (%d): %s</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_widgets.py" line="237" />
        <source>Aucun candidat mis en cause.</source>
        <translation>No candidate involved.</translation>
    </message>
</context>
<context>
    <name>CandidateTableModel</name>
    <message>
        <location filename="../../ui/widgets/labels.py" line="138" />
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="139" />
        <source>Nom</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="140" />
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="141" />
        <source>N° d'auditeur</source>
        <translation>Student no.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="142" />
        <source>Place</source>
        <translation>Seat</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="143" />
        <source>Aménagements</source>
        <translation>Accommodations</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="144" />
        <source>Entrée</source>
        <translation>Entry</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="145" />
        <source>Remise</source>
        <translation>Hand-in</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="146" />
        <source>Inscription</source>
        <translation>Enrolment</translation>
    </message>
    <message>
        <location filename="../../ui/room/candidate_model.py" line="378" />
        <source> (en retard)</source>
        <translation> (late)</translation>
    </message>
    <message>
        <location filename="../../ui/room/candidate_model.py" line="380" />
        <source> (copie blanche)</source>
        <translation> (blank paper)</translation>
    </message>
    <message>
        <location filename="../../ui/room/candidate_model.py" line="383" />
        <source>sans pièce d'identité</source>
        <translation>no ID document</translation>
    </message>
    <message>
        <source>sortie d'urgence</source>
        <translation type="vanished">emergency exit</translation>
    </message>
    <message>
        <location filename="../../ui/room/candidate_model.py" line="388" />
        <source>urgence</source>
        <translation>emergency</translation>
    </message>
    <message>
        <location filename="../../ui/room/candidate_model.py" line="392" />
        <source>incident</source>
        <translation>incident</translation>
    </message>
    <message>
        <location filename="../../ui/room/candidate_model.py" line="392" />
        <source>%d incidents</source>
        <translation>%d incidents</translation>
    </message>
    <message>
        <location filename="../../ui/room/candidate_model.py" line="450" />
        <source>attendu(e) en salle %s — à vérifier</source>
        <translation>expected in room %s — to be verified</translation>
    </message>
    <message>
        <location filename="../../ui/room/candidate_model.py" line="458" />
        <source>Motif de l'ajout : %s</source>
        <translation>Reason for the addition: %s</translation>
    </message>
    <message>
        <location filename="../../ui/room/candidate_model.py" line="461" />
        <source>attendu(e) en salle %s</source>
        <translation>expected in room %s</translation>
    </message>
    <message>
        <location filename="../../ui/room/candidate_model.py" line="463" />
        <source>Pièce d'identité : %s</source>
        <translation>ID document: %s</translation>
    </message>
    <message>
        <location filename="../../ui/room/candidate_model.py" line="465" />
        <source>Retard : %s</source>
        <translation>Late: %s</translation>
    </message>
    <message>
        <location filename="../../ui/room/candidate_model.py" line="467" />
        <source>Sortie d'urgence : %s</source>
        <translation>Emergency exit: %s</translation>
    </message>
    <message>
        <location filename="../../ui/room/candidate_model.py" line="470" />
        <source>Incident à %s : %s</source>
        <translation>Incident at %s: %s</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <location filename="../../ui/dialogs/checkin.py" line="67" />
        <source>Émargement — %s</source>
        <translation>Check-in — %s</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkin.py" line="68" />
        <source>Émargement du candidat</source>
        <translation>Candidate check-in</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkin.py" line="79" />
        <source>Nom du candidat</source>
        <translation>Candidate's name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkin.py" line="82" />
        <source>N° d'auditeur</source>
        <translation>Student no.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkin.py" line="83" />
        <source>Place</source>
        <translation>Seat</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkin.py" line="84" />
        <source>Aménagements</source>
        <translation>Accommodations</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkin.py" line="87" />
        <source>Date de naissance</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkin.py" line="89" />
        <source>%s :</source>
        <translation>%s:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkin.py" line="96" />
        <source>Photo du candidat</source>
        <translation>Candidate's photo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkin.py" line="108" />
        <source>pas de
photo</source>
        <translation>no
photo</translation>
    </message>
    <message>
        <source>Justificatif de retard d'un organisme de transport présenté</source>
        <translation>Delay certificate from a transport operator shown</translation>
    </message>
    <message>
        <source>Justificatif de transport présenté</source>
        <translation>Transport certificate shown</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkin.py" line="120" />
        <source>Signature du candidat (émargement)</source>
        <translation>Candidate's signature (check-in)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkin.py" line="124" />
        <source>&amp;Valider l'émargement</source>
        <translation>&amp;Confirm check-in</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkin.py" line="125" />
        <source>Valider l'émargement</source>
        <translation>Confirm check-in</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkin.py" line="126" />
        <source>Enregistrer le &amp;refus d'entrée</source>
        <translation>Record the entry &amp;refusal</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkin.py" line="127" />
        <source>Enregistrer le refus d'entrée</source>
        <translation>Record the entry refusal</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkin.py" line="128" />
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkin.py" line="129" />
        <source>Annuler l'émargement</source>
        <translation>Cancel the check-in</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkin.py" line="156" />
        <source>temps majoré +%d min</source>
        <translation>extra time +%d min</translation>
    </message>
    <message>
        <source>Entrée en retard : %s.</source>
        <translation>Late entry: %s.</translation>
    </message>
    <message>
        <source>ENTRÉE REFUSÉE : %s.</source>
        <translation>ENTRY REFUSED: %s.</translation>
    </message>
    <message>
        <source>La signature est vide : faites signer le candidat.</source>
        <translation>The signature is empty: have the candidate sign.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkin.py" line="188" />
        <source>%s a émargé à %s.</source>
        <translation>%s checked in at %s.</translation>
    </message>
    <message>
        <source>Refus enregistré. %s</source>
        <translation>Refusal recorded. %s</translation>
    </message>
</context>
<context>
    <name>ClockBand</name>
    <message>
        <location filename="../../ui/room/clock_band.py" line="88" />
        <source>Horloge de l'épreuve</source>
        <translation>Exam clock</translation>
    </message>
    <message>
        <location filename="../../ui/room/clock_band.py" line="104" />
        <source>Heure actuelle</source>
        <translation>Current time</translation>
    </message>
    <message>
        <location filename="../../ui/room/clock_band.py" line="116" />
        <source>Début</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/room/clock_band.py" line="116" />
        <source>Heure de début</source>
        <translation>Start time</translation>
    </message>
    <message>
        <location filename="../../ui/room/clock_band.py" line="117" />
        <source>Fin</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../ui/room/clock_band.py" line="117" />
        <source>Heure de fin</source>
        <translation>End time</translation>
    </message>
    <message>
        <location filename="../../ui/room/clock_band.py" line="118" />
        <location filename="../../ui/room/clock_band.py" line="272" />
        <location filename="../../ui/room/clock_band.py" line="273" />
        <source>Temps restant</source>
        <translation>Time left</translation>
    </message>
    <message>
        <location filename="../../ui/room/clock_band.py" line="134" />
        <source>Interruptions</source>
        <translation>Interruptions</translation>
    </message>
    <message>
        <location filename="../../ui/room/clock_band.py" line="155" />
        <source>Phase de l'épreuve</source>
        <translation>Exam phase</translation>
    </message>
    <message>
        <location filename="../../ui/room/clock_band.py" line="226" />
        <source>(%s d'interruption)</source>
        <translation>(%s of interruption)</translation>
    </message>
    <message>
        <location filename="../../ui/room/clock_band.py" line="233" />
        <source> (prévu)</source>
        <translation> (planned)</translation>
    </message>
    <message>
        <location filename="../../ui/room/clock_band.py" line="272" />
        <location filename="../../ui/room/clock_band.py" line="273" />
        <source>Scellée à</source>
        <translation>Sealed at</translation>
    </message>
    <message>
        <location filename="../../ui/room/clock_band.py" line="285" />
        <source>État final de la session</source>
        <translation>Final state of the session</translation>
    </message>
    <message>
        <location filename="../../ui/room/clock_band.py" line="297" />
        <source>Présents %d · Absents %d · Copies rendues %d · Incidents %d</source>
        <translation>Present %d · Absent %d · Papers handed in %d · Incidents %d</translation>
    </message>
    <message>
        <location filename="../../ui/room/clock_band.py" line="300" />
        <source>Empreinte finale :</source>
        <translation>Final hash:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="155" />
        <source>avant le début de l'épreuve</source>
        <translation>before the start</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="156" />
        <source>début prévu dépassé</source>
        <translation>planned start passed</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="157" />
        <source>épreuve en cours</source>
        <translation>exam in progress</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="158" />
        <source>dernières minutes</source>
        <translation>last minutes</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="159" />
        <source>épreuve interrompue</source>
        <translation>exam interrupted</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="160" />
        <source>temps majoré en cours</source>
        <translation>extra time in progress</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="161" />
        <source>épreuve terminée</source>
        <translation>exam over</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="162" />
        <source>fin de l'entrée des retardataires</source>
        <translation>late entry closes</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="163" />
        <source>fin de l'entrée sur justificatif de transport</source>
        <translation>entry with transport certificate closes</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="164" />
        <source>sorties autorisées</source>
        <translation>leaving allowed</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="165" />
        <source>sorties temporaires autorisées</source>
        <translation>temporary exits allowed</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="166" />
        <source>sorties définitives autorisées</source>
        <translation>final exits allowed</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="167" />
        <source>fin de l'épreuve</source>
        <translation>end of the exam</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="168" />
        <source>à venir</source>
        <translation>coming</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="169" />
        <source>entrée possible</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="170" />
        <source>sur justificatif</source>
        <translation>with certificate</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="171" />
        <source>fermée</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="172" />
        <source>ouvertes</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="173" />
        <source>en cours</source>
        <translation>running</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="174" />
        <source>terminée</source>
        <translation>over</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="175" />
        <source>terminé</source>
        <translation>over</translation>
    </message>
</context>
<context>
    <name>ClosingDialog</name>
    <message>
        <location filename="../../ui/dialogs/pv.py" line="33" />
        <source>Inscrits</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pv.py" line="34" />
        <source>Présents</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pv.py" line="35" />
        <source>Absents</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pv.py" line="36" />
        <source>dont refusés à l'entrée</source>
        <translation>of whom refused entry</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pv.py" line="37" />
        <source>Copies ramassées</source>
        <translation>Papers collected</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pv.py" line="38" />
        <source>Partis sans rendre leur copie</source>
        <translation>Left without handing in</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pv.py" line="39" />
        <source>dont copies blanches</source>
        <translation>of which blank</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pv.py" line="40" />
        <source>Intercalaires</source>
        <translation>Sheets</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pv.py" line="41" />
        <source>Retards admis</source>
        <translation>Late admitted</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pv.py" line="42" />
        <source>Entrées refusées</source>
        <translation>Entries refused</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pv.py" line="43" />
        <source>Ajoutés en salle (à vérifier)</source>
        <translation>Added in the room (to be checked)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pv.py" line="44" />
        <source>Entrées sans pièce d'identité</source>
        <translation>Entries without an ID document</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pv.py" line="45" />
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pv.py" line="93" />
        <source>Clôture de la salle — procès-verbal</source>
        <translation>Closing the room — exam report</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pv.py" line="94" />
        <source>Clôture de la salle</source>
        <translation>Closing the room</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pv.py" line="99" />
        <source>salle %s</source>
        <translation>room %s</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pv.py" line="105" />
        <source>Ce que le procès-verbal indique</source>
        <translation>What the exam report states</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pv.py" line="111" />
        <source>Observations et errata</source>
        <translation>Observations and errata</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pv.py" line="129" />
        <source>Enregistrer un &amp;refus de rendre la copie…</source>
        <translation>Record a &amp;refusal to hand in…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pv.py" line="132" />
        <source>Relire le &amp;journal…</source>
        <translation>Review the &amp;record…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pv.py" line="133" />
        <source>Relire le journal du procès-verbal</source>
        <translation>Review the exam report record</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pv.py" line="144" />
        <source>Signature du procès-verbal par les surveillants</source>
        <translation>The invigilators sign the exam report</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pv.py" line="150" />
        <source>Signature du surveillant : %s</source>
        <translation>Invigilator's signature: %s</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pv.py" line="157" />
        <source>Session scellée</source>
        <translation>Session sealed</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pv.py" line="171" />
        <source>&amp;Signer le procès-verbal</source>
        <translation>&amp;Sign the exam report</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pv.py" line="173" />
        <source>S&amp;celler la session…</source>
        <translation>S&amp;eal the session…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pv.py" line="174" />
        <location filename="../../ui/dialogs/pv.py" line="388" />
        <source>Sceller la session</source>
        <translation>Seal the session</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pv.py" line="176" />
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pv.py" line="216" />
        <source>Dernière étape, le scellement : Entrée ou « Sceller la session… » ouvre une confirmation.</source>
        <translation>Last step, the seal: Enter or “Seal the session…” opens a confirmation.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pv.py" line="239" />
        <source>Session scellée à %s : lecture seule. Empreinte finale (SHA-256), à reporter et à comparer avec celle que le service des examens obtient du fichier :</source>
        <translation>Session sealed at %s: read-only. Final hash (SHA-256), to write down and compare with the one the exam office gets from the file:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pv.py" line="256" />
        <source>&amp;Ouvrir le PDF</source>
        <translation>&amp;Open the PDF</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pv.py" line="257" />
        <source>Enregistrer une &amp;copie du PDF…</source>
        <translation>Save a &amp;copy of the PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pv.py" line="258" />
        <source>&amp;Imprimer…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pv.py" line="281" />
        <source>Production du procès-verbal (PDF)…</source>
        <translation>Producing the procès-verbal (PDF)…</translation>
    </message>
    <message>
        <source>Procès-verbal, feuille d'émargement et PV de fraude enregistrés : %s</source>
        <translation type="vanished">Procès-verbal, attendance sheet and fraud reports saved: %s</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pv.py" line="301" />
        <source>Aucune visionneuse de PDF n'a pu l'ouvrir : %s</source>
        <translation>No PDF viewer could open it: %s</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pv.py" line="325" />
        <source>%d candidat(s) n'ont pas rendu leur copie : %s. Faites-les remettre (F9), ou enregistrez leur refus de rendre la copie avant de signer.</source>
        <translation>%d candidate(s) have not handed in: %s. Collect their papers (F9), or record their refusal to hand in before signing.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pv.py" line="358" />
        <source>Signature trop courte : %s.</source>
        <translation>Signature too short: %s.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pv.py" line="393" />
        <source>&amp;Sceller la session</source>
        <translation>&amp;Seal the session</translation>
    </message>
    <message>
        <source>Non</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pv.py" line="417" />
        <source>Session scellée à %s : lecture seule. Empreinte finale : %s</source>
        <translation>Session sealed at %s: read-only. Final hash: %s</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pv.py" line="211" />
        <source>Procès-verbal signé à %s par %s.</source>
        <translation>Exam report signed at %s by %s.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pv.py" line="230" />
        <source>Faites d'abord signer le procès-verbal.</source>
        <translation>Have the exam report signed first.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pv.py" line="288" />
        <source>Documents de la salle enregistrés (PDF) : %s</source>
        <translation>The room's documents saved (PDF): %s</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pv.py" line="331" />
        <source>%d candidat(s) composent encore (fin de leur temps : %s au plus tard) : %s. Le procès-verbal se signe quand leur copie est rendue.</source>
        <translation>%d candidate(s) still writing (their time ends at %s at the latest): %s. The report is signed once their papers are handed in.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pv.py" line="362" />
        <source>Signature manquante : %s.</source>
        <translation>Missing signature: %s.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pv.py" line="389" />
        <source>Sceller la session maintenant ?

Elle devient en lecture seule : plus aucune entrée, sortie, remise de copie, incident ni observation ne pourra être enregistré. Le fichier reste lisible et se remet tel quel au service des examens.</source>
        <translation>Seal the session now?

It becomes read-only: no entry, exit, hand-in, incident or observation can be recorded any more. The file stays readable and goes as it is to the exam office.</translation>
    </message>
    <message>
        <source>Session scellée à %s : lecture seule. Empreinte finale %s…</source>
        <translation>Session sealed at %s: read-only. Final hash %s…</translation>
    </message>
</context>
<context>
    <name>CorrectStartDialog</name>
    <message>
        <location filename="../../ui/dialogs/correct_start.py" line="30" />
        <source>Corriger l'heure de début</source>
        <translation>Correct the start time</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correct_start.py" line="36" />
        <source>Heure de début réelle</source>
        <translation>Actual start time</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correct_start.py" line="38" />
        <source>Motif de la correction</source>
        <translation>Reason for the correction</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correct_start.py" line="39" />
        <source>Heure de début réelle :</source>
        <translation>Actual start time:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correct_start.py" line="40" />
        <source>Motif (obligatoire) :</source>
        <translation>Reason (required):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correct_start.py" line="45" />
        <source>Décisions modifiées par cette correction</source>
        <translation>Decisions changed by this correction</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correct_start.py" line="84" />
        <source>⚠ Cette heure change des décisions déjà enregistrées :</source>
        <translation>⚠ This time changes decisions already recorded:</translation>
    </message>
</context>
<context>
    <name>Countersign</name>
    <message>
        <location filename="../../ui/dialogs/incident.py" line="75" />
        <source>Contreseing de %s</source>
        <translation>Countersignature of %s</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident.py" line="76" />
        <location filename="../../ui/dialogs/incident.py" line="77" />
        <source>%s refuse de contresigner</source>
        <translation>%s refuses to countersign</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/setup/fields.py" line="150" />
        <source>jj/mm/aaaa</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/setup/fields.py" line="174" />
        <source>%s — loin d'aujourd'hui : vérifiez l'année</source>
        <translation>%s — far from today: check the year</translation>
    </message>
</context>
<context>
    <name>DomainText</name>
    <message>
        <location filename="../../ui/widgets/domain_text.py" line="22" />
        <source>La session est scellée depuis %(at)s : plus rien ne peut y être écrit.</source>
        <translation>The session is sealed since %(at)s: nothing more can be written to it.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/domain_text.py" line="24" />
        <source>%(name)s (%(student_id)s) est attendu(e) en salle %(room)s.</source>
        <translation>%(name)s (%(student_id)s) is expected in room %(room)s.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/domain_text.py" line="26" />
        <source>Numéro %(student_id)s inconnu dans cette salle : ajout manuscrit possible.</source>
        <translation>Number %(student_id)s is not known in this room: a hand addition is possible.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/domain_text.py" line="28" />
        <source>%(name)s a déjà émargé à %(at)s.</source>
        <translation>%(name)s already checked in at %(at)s.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/domain_text.py" line="29" />
        <source>Le numéro %(student_id)s est déjà sur la liste (%(name)s) : faites-le émarger.</source>
        <translation>Number %(student_id)s is already on the list (%(name)s): check them in.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/domain_text.py" line="32" />
        <source>%(name)s (%(student_id)s) est attendu(e) en salle %(room)s : l'accueillir ici demande une décision motivée.</source>
        <translation>%(name)s (%(student_id)s) is expected in room %(room)s: admitting them here needs a decision with its reason.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/domain_text.py" line="35" />
        <source>Indiquez la pièce d'identité présentée.</source>
        <translation>Say which ID document was shown.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/domain_text.py" line="36" />
        <source>Précisez la pièce d'identité présentée.</source>
        <translation>Name the ID document shown.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/domain_text.py" line="37" />
        <source>Sans pièce d'identité : indiquez ce qui a été décidé et pourquoi.</source>
        <translation>No ID document: say what was decided and why.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/domain_text.py" line="39" />
        <source>L'épreuve a déjà commencé.</source>
        <translation>The exam has already started.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/domain_text.py" line="40" />
        <source>L'épreuve n'a pas commencé.</source>
        <translation>The exam has not started.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/domain_text.py" line="41" />
        <source>Renseignez l'épreuve (durée) avant de la commencer.</source>
        <translation>Fill in the exam (duration) before starting it.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/domain_text.py" line="43" />
        <source>L'heure de début corrigée ne peut pas être dans le futur.</source>
        <translation>The corrected start time cannot be in the future.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/domain_text.py" line="45" />
        <source>%(name)s n'est pas dans la salle.</source>
        <translation>%(name)s is not in the room.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/domain_text.py" line="46" />
        <source>%(name)s n'est pas sorti(e).</source>
        <translation>%(name)s is not out.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/domain_text.py" line="47" />
        <source>L'épreuve est déjà interrompue.</source>
        <translation>The exam is already interrupted.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/domain_text.py" line="48" />
        <source>L'épreuve n'est pas interrompue.</source>
        <translation>The exam is not interrupted.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/domain_text.py" line="49" />
        <source>Faites signer le procès-verbal avant de sceller.</source>
        <translation>Have the report signed before sealing.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/domain_text.py" line="51" />
        <source>Des candidats n'ont pas rendu leur copie.</source>
        <translation>Some candidates have not handed in their paper.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/domain_text.py" line="54" />
        <source>Indiquez qui accompagne le candidat : un surveillant présent, ou une personne extérieure nommée.</source>
        <translation>Say who accompanies the candidate: an invigilator present, or a named person from outside.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/domain_text.py" line="57" />
        <source>%(escort)s n'est pas un surveillant de la salle : choisissez un surveillant présent, ou indiquez une personne extérieure.</source>
        <translation>%(escort)s is not an invigilator of this room: choose an invigilator present, or name a person from outside.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/domain_text.py" line="60" />
        <source>Hors urgence, un candidat sort accompagné d'un surveillant.</source>
        <translation>Outside an emergency, a candidate leaves accompanied by an invigilator.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/domain_text.py" line="62" />
        <source>%(escort)s accompagne déjà un candidat hors de la salle.</source>
        <translation>%(escort)s is already accompanying a candidate outside the room.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/domain_text.py" line="64" />
        <source>%(escort)s est le dernier surveillant dans la salle et ne peut pas la quitter : indiquez une personne extérieure pour accompagner le candidat.</source>
        <translation>%(escort)s is the last invigilator in the room and cannot leave it: name a person from outside to accompany the candidate.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/domain_text.py" line="67" />
        <source>Le procès-verbal est signé : seul un ajout postérieur à la signature ou le scellé peuvent encore être enregistrés.</source>
        <translation>The report is signed: only an addendum after signature or the seal can still be recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/domain_text.py" line="70" />
        <source>Le procès-verbal n'est pas signé : enregistrez une observation.</source>
        <translation>The report is not signed: record an observation.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/domain_text.py" line="72" />
        <source>L'épreuve n'a pas commencé : pour sceller, indiquez pourquoi l'épreuve est non tenue (Procès-verbal › Épreuve non tenue).</source>
        <translation>The exam has not started: to seal, say why the exam was not held (Report › Exam not held).</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/domain_text.py" line="75" />
        <source>L'heure de début ne peut être déplacée que de %(minutes)s min au plus.</source>
        <translation>The start time can be moved by %(minutes)s min at most.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/domain_text.py" line="77" />
        <source>Surveillant indiqué deux fois : %(names)s.</source>
        <translation>Invigilator entered twice: %(names)s.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/domain_text.py" line="80" />
        <source>Le dossier %(folder)s n'existe pas (support débranché ?).</source>
        <translation>The folder %(folder)s does not exist (medium unplugged?).</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/domain_text.py" line="82" />
        <source>Le second support doit être un autre dossier que celui du fichier.</source>
        <translation>The second medium must be another folder than the session file's.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/domain_text.py" line="85" />
        <source>Le dossier %(folder)s n'existe pas : impossible d'y écrire %(name)s.</source>
        <translation>The folder %(folder)s does not exist: %(name)s cannot be written there.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/domain_text.py" line="87" />
        <source>%(path)s est un dossier : indiquez un nom de fichier PDF.</source>
        <translation>%(path)s is a folder: give a PDF file name.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/domain_text.py" line="89" />
        <source>Impossible d'écrire dans %(folder)s : %(reason)s.</source>
        <translation>Cannot write in %(folder)s: %(reason)s.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/domain_text.py" line="91" />
        <source>Impossible d'écrire %(path)s : %(reason)s.</source>
        <translation>Cannot write %(path)s: %(reason)s.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/domain_text.py" line="93" />
        <source>Le fichier de session %(name)s est utilisé par un autre programme.</source>
        <translation>The session file %(name)s is in use by another program.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/domain_text.py" line="95" />
        <source>Le fichier de session %(name)s est en lecture seule : impossible d'y écrire.</source>
        <translation>The session file %(name)s is read-only: nothing can be written to it.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/domain_text.py" line="98" />
        <source>Impossible d'ouvrir ou de créer %(path)s : dossier inexistant ou protégé en écriture.</source>
        <translation>Cannot open or create %(path)s: the folder does not exist or is write-protected.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/domain_text.py" line="103" />
        <source>%(name)s : %(decision)s.</source>
        <translation>%(name)s: %(decision)s.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/domain_text.py" line="104" />
        <source>%(decision)s.</source>
        <translation>%(decision)s.</translation>
    </message>
</context>
<context>
    <name>DurationDialog</name>
    <message>
        <location filename="../../ui/dialogs/closing_cases.py" line="130" />
        <source>Modifier la durée de l'épreuve</source>
        <translation>Change the exam's duration</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/closing_cases.py" line="137" />
        <source>Nouvelle durée en minutes</source>
        <translation>New duration in minutes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/closing_cases.py" line="139" />
        <source>Motif de la modification</source>
        <translation>Reason for the change</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/closing_cases.py" line="141" />
        <source>Par exemple : sujet distribué avec 15 min de retard</source>
        <translation>For example: papers handed out 15 min late</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/closing_cases.py" line="143" />
        <source>&amp;Nouvelle durée :</source>
        <translation>&amp;New duration:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/closing_cases.py" line="144" />
        <source>&amp;Motif (obligatoire) :</source>
        <translation>&amp;Reason (required):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/closing_cases.py" line="146" />
        <source>&amp;Enregistrer la nouvelle durée (Ctrl+Entrée)</source>
        <translation>&amp;Record the new duration (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/closing_cases.py" line="156" />
        <source>Durée de l'épreuve : %d min, enregistrée avec son motif.</source>
        <translation>Exam duration: %d min, recorded with its reason.</translation>
    </message>
</context>
<context>
    <name>EmergencyDepartureDialog</name>
    <message>
        <location filename="../../ui/dialogs/closing_cases.py" line="29" />
        <source>Sortie d'urgence sans retour</source>
        <translation>Emergency departure, not coming back</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/closing_cases.py" line="37" />
        <source>Accompagné(e) par</source>
        <translation>Accompanied by</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/closing_cases.py" line="41" />
        <source>&amp;Accompagné(e) par :</source>
        <translation>&amp;Escorted by:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/closing_cases.py" line="42" />
        <source>Copie &amp;remise</source>
        <translation>Paper &amp;handed in</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/closing_cases.py" line="43" />
        <source>Copie &amp;non remise</source>
        <translation>Paper &amp;not handed in</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/closing_cases.py" line="47" />
        <source>Feuilles intercalaires</source>
        <translation>Extra sheets</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/closing_cases.py" line="49" />
        <source>&amp;Feuilles intercalaires :</source>
        <translation>Extra &amp;sheets:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/closing_cases.py" line="52" />
        <source>&amp;Ce qui s'est passé (obligatoire) :</source>
        <translation>&amp;What happened (required):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/closing_cases.py" line="52" />
        <source>Note de la sortie d'urgence</source>
        <translation>Note on the emergency exit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/closing_cases.py" line="53" />
        <source>Par exemple : malaise, évacué(e) par les pompiers à 10:12.</source>
        <translation>For example: fainted, taken out by the fire brigade at 10:12.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/closing_cases.py" line="56" />
        <source>&amp;Enregistrer la sortie d'urgence (Ctrl+Entrée)</source>
        <translation>&amp;Record the emergency exit (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/closing_cases.py" line="70" />
        <source>%s : sortie d'urgence enregistrée (copie %s).</source>
        <translation>%s: emergency exit recorded (paper %s).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/closing_cases.py" line="72" />
        <source>remise</source>
        <translation>handed in</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/closing_cases.py" line="72" />
        <source>non remise</source>
        <translation>not handed in</translation>
    </message>
</context>
<context>
    <name>EntryRefusal</name>
    <message>
        <location filename="../../ui/bridge.py" line="76" />
        <source>Refus enregistré. %s</source>
        <translation>Refusal recorded. %s</translation>
    </message>
</context>
<context>
    <name>ErratumDialog</name>
    <message>
        <location filename="../../ui/dialogs/record.py" line="111" />
        <source>Erratum</source>
        <translation>Erratum</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record.py" line="113" />
        <source>Une information sur le sujet transmise à la salle (par l'enseignant ou le service des examens) : notez-la telle qu'elle a été annoncée.</source>
        <translation>Information about the subject passed to the room (by the teacher or the exam office): write it down as it was announced.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record.py" line="119" />
        <source>&amp;Erratum annoncé :</source>
        <translation>&amp;Erratum announced:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record.py" line="119" />
        <source>Texte de l'erratum</source>
        <translation>Text of the erratum</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record.py" line="120" />
        <source>Par exemple : exercice 2, lire « tableau trié » au lieu de « tableau ».</source>
        <translation>For example: exercise 2, read “sorted array” instead of “array”.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record.py" line="122" />
        <source>&amp;Enregistrer l'erratum (Ctrl+Entrée)</source>
        <translation>&amp;Record the erratum (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record.py" line="127" />
        <source>Erratum enregistré au procès-verbal.</source>
        <translation>Erratum recorded in the exam report.</translation>
    </message>
</context>
<context>
    <name>ExamPage</name>
    <message>
        <location filename="../../ui/setup/wizard.py" line="50" />
        <source>2. L'épreuve</source>
        <translation>2. The exam</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="51" />
        <source>Vérifiez ce que la liste a prérempli et complétez.</source>
        <translation>Check what the list prefilled and complete it.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="68" />
        <source>présent(e) dans la salle pendant la première heure</source>
        <translation>in the room during the first hour</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="72" />
        <source>aucun</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="74" />
        <source>Code de l'&amp;UE :</source>
        <translation>&amp;Course code:</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="74" />
        <source>Code de l'UE</source>
        <translation>Course code</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="75" />
        <source>&amp;Intitulé :</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="75" />
        <source>Intitulé de l'UE</source>
        <translation>Course title</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="76" />
        <source>&amp;Centre :</source>
        <translation>C&amp;entre:</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="76" />
        <source>Centre organisateur</source>
        <translation>Organising centre</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="77" />
        <source>&amp;Session :</source>
        <translation>&amp;Session:</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="77" />
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="78" />
        <source>&amp;Date :</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="78" />
        <source>Date de l'épreuve</source>
        <translation>Exam date</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="79" />
        <source>&amp;Heure de début :</source>
        <translation>Start &amp;time:</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="79" />
        <source>Heure de début prévue</source>
        <translation>Planned start time</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="80" />
        <source>Du&amp;rée :</source>
        <translation>D&amp;uration:</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="80" />
        <source>Durée de l'épreuve</source>
        <translation>Exam duration</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="81" />
        <source>Sa&amp;lle :</source>
        <translation>R&amp;oom:</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="81" />
        <source>Salle</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="82" />
        <source>&amp;Enseignant responsable :</source>
        <translation>Responsible &amp;teacher:</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="82" />
        <source>Enseignant responsable</source>
        <translation>Responsible teacher</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="83" />
        <source>Enseignant présent la première heure</source>
        <translation>Teacher present during the first hour</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="84" />
        <source>&amp;Téléphone de l'enseignant :</source>
        <translation>Teacher's &amp;phone:</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="84" />
        <source>Téléphone de l'enseignant</source>
        <translation>Teacher's phone</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="85" />
        <source>Documents et matériel &amp;autorisés :</source>
        <translation>&amp;Authorised documents and equipment:</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="85" />
        <source>Documents et matériel autorisés</source>
        <translation>Authorised documents and equipment</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="158" />
        <source>L'enseignant n'est pas dans la salle : indiquez son téléphone.</source>
        <translation>The teacher is not in the room: give their phone number.</translation>
    </message>
</context>
<context>
    <name>ExitDialog</name>
    <message>
        <location filename="../../ui/dialogs/handin.py" line="159" />
        <location filename="../../ui/dialogs/handin.py" line="160" />
        <source>Sortie temporaire</source>
        <translation>Temporary exit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handin.py" line="167" />
        <source>Un surveillant présent ; en urgence, ou le nom d'une personne extérieure</source>
        <translation>An invigilator present; in an emergency, or the name of a person from outside</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handin.py" line="169" />
        <source>Surveillant qui accompagne</source>
        <translation>Escorting invigilator</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handin.py" line="170" />
        <source>&amp;Accompagné(e) par :</source>
        <translation>&amp;Escorted by:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handin.py" line="171" />
        <source>&amp;Enregistrer la sortie</source>
        <translation>&amp;Record the exit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handin.py" line="176" />
        <source>%s est sorti(e) temporairement.</source>
        <translation>%s left the room temporarily.</translation>
    </message>
</context>
<context>
    <name>FinalHash</name>
    <message>
        <location filename="../../ui/dialogs/pv.py" line="64" />
        <source>Empreinte finale</source>
        <translation>Final hash</translation>
    </message>
</context>
<context>
    <name>HandInDialog</name>
    <message>
        <location filename="../../ui/dialogs/handin.py" line="194" />
        <location filename="../../ui/dialogs/handin.py" line="195" />
        <source>Remise de la copie</source>
        <translation>Hand-in of the paper</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handin.py" line="199" />
        <source>Nombre d'intercalaires</source>
        <translation>Number of sheets</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handin.py" line="200" />
        <source>Copie &amp;blanche</source>
        <translation>&amp;Blank paper</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handin.py" line="201" />
        <source>Copie blanche</source>
        <translation>Blank paper</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handin.py" line="202" />
        <source>&amp;Intercalaires :</source>
        <translation>&amp;Sheets:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handin.py" line="205" />
        <source>Signature du candidat (remise de copie)</source>
        <translation>Candidate's signature (hand-in)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handin.py" line="207" />
        <source>&amp;Valider la remise</source>
        <translation>&amp;Confirm the hand-in</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handin.py" line="223" />
        <source>Copie blanche rendue : %s</source>
        <translation>Blank paper handed in: %s</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handin.py" line="225" />
        <source>Copie rendue : %s (%d intercalaire).</source>
        <translation>Paper handed in: %s (%d sheet).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handin.py" line="226" />
        <source>Copie rendue : %s (%d intercalaires).</source>
        <translation>Paper handed in: %s (%d sheets).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handin.py" line="256" />
        <source>Nombre d'intercalaires inhabituel</source>
        <translation>Unusual number of sheets</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handin.py" line="257" />
        <source>%d intercalaires pour une seule copie : est-ce bien le nombre compté ?</source>
        <translation>%d sheets for a single paper: is that the number you counted?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handin.py" line="261" />
        <source>&amp;Corriger le nombre</source>
        <translation>&amp;Correct the number</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handin.py" line="260" />
        <source>C&amp;onfirmer %d intercalaires</source>
        <translation>C&amp;onfirm %d sheets</translation>
    </message>
    <message>
        <source>Copie de %s rendue.</source>
        <translation>%s handed in the paper.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handin.py" line="231" />
        <source>La signature de remise est vide.</source>
        <translation>The hand-in signature is empty.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../ui/dialogs/help.py" line="25" />
        <source>&amp;Aide de la salle…</source>
        <translation>Room &amp;help…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help.py" line="27" />
        <source>A&amp;ide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help_dialog.py" line="24" />
        <source>Aide — Invigilator</source>
        <translation>Help — Invigilator</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help_dialog.py" line="25" />
        <location filename="../../ui/dialogs/help_dialog.py" line="29" />
        <source>Aide</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help_dialog.py" line="33" />
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help_dialog.py" line="41" />
        <source>Les touches</source>
        <translation>The keys</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help_dialog.py" line="42" />
        <source>Les règles de cette épreuve</source>
        <translation>The rules of this exam</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help_dialog.py" line="43" />
        <source>Si l’ordinateur tombe en panne</source>
        <translation>If the laptop fails</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help_dialog.py" line="49" />
        <source>Lecteur de carte, ou nom tapé, puis Entrée</source>
        <translation>Card reader, or a typed name, then Enter</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help_dialog.py" line="50" />
        <source>trouver le candidat et ouvrir son émargement</source>
        <translation>find the candidate and open their check-in</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help_dialog.py" line="51" />
        <source>↑ ↓ dans la zone de recherche</source>
        <translation>↑ ↓ in the search box</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help_dialog.py" line="51" />
        <source>choisir parmi plusieurs candidats</source>
        <translation>choose among several candidates</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help_dialog.py" line="52" />
        <source>Échap</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help_dialog.py" line="52" />
        <source>fermer une fenêtre sans rien enregistrer</source>
        <translation>close a window without recording anything</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help_dialog.py" line="69" />
        <source>La salle n’est pas encore préparée (F2).</source>
        <translation>The room is not set up yet (F2).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help_dialog.py" line="74" />
        <source>Début %s, fin %s (durée %d min).</source>
        <translation>Start %s, end %s (duration %d min).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help_dialog.py" line="76" />
        <source>Début prévu %s, fin prévue %s (durée %d min).</source>
        <translation>Planned start %s, planned end %s (duration %d min).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help_dialog.py" line="79" />
        <source>(%s d'interruption)</source>
        <translation>(%s of interruption)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help_dialog.py" line="82" />
        <source>Pièce d'identité originale et valide, puis signature, à l'entrée.</source>
        <translation>An original, valid ID, then the signature, on entry.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help_dialog.py" line="85" />
        <source>Retardataires admis jusqu'à %s, sans temps supplémentaire.</source>
        <translation>Late arrivals admitted until %s, with no extra time.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help_dialog.py" line="89" />
        <source>Jusqu'à %s : seulement avec un justificatif de retard d'un organisme de transport, et si aucun candidat n'est encore sorti.</source>
        <translation>Until %s: only with a delay certificate from a transport operator, and if no candidate has left yet.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help_dialog.py" line="95" />
        <source>Aucune sortie avant %s, sauf urgence (note obligatoire). Ensuite : sorties temporaires une à la fois, accompagnées ; avec un seul surveillant, toute sortie est définitive.</source>
        <translation>No exit before %s, except in an emergency (a note is required). Then: temporary exits one at a time, accompanied; with a single invigilator, every exit is final.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help_dialog.py" line="100" />
        <source>Temps majoré (+%d min) : fin à %s.</source>
        <translation>Extra time (+%d min): ends at %s.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help_dialog.py" line="102" />
        <source>À la fin, chacun rend sa copie, même blanche, et signe. Une fraude : la faire cesser sans interrompre le candidat, saisir, rapport (Ctrl+I).</source>
        <translation>At the end, everyone hands in their paper, even blank, and signs. Fraud: stop it without interrupting the candidate, seize, report (Ctrl+I).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help_dialog.py" line="110" />
        <source>Rien n'est perdu : chaque action affichée est déjà enregistrée dans le fichier de session.</source>
        <translation>Nothing is lost: every action shown is already saved in the session file.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help_dialog.py" line="112" />
        <source>Continuez sur papier : la feuille d'émargement de secours imprimée à la préparation (F2, étape 5), les heures notées à la main (entrées, sorties, remises, incidents).</source>
        <translation>Go on on paper: the spare attendance sheet printed during the set-up (F2, step 5), times written by hand (entries, exits, hand-ins, incidents).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help_dialog.py" line="117" />
        <source>Sur un autre ordinateur : ouvrez la copie continue du second support (clé USB choisie à la préparation, F2, étape 4, ou depuis le menu Fichier), ou une copie enregistrée (Fichier › Enregistrer une copie sous…, Ctrl+S).</source>
        <translation>On another laptop: open the second medium's continuous copy (the USB stick chosen during the set-up, F2, step 4, or from the File menu), or a saved copy (File › Save a copy as…, Ctrl+S).</translation>
    </message>
    <message>
        <source>Continuez sur papier : la feuille d'émargement de secours imprimée à la préparation (F2, étape 4), les heures notées à la main (entrées, sorties, remises, incidents).</source>
        <translation>Go on on paper: the spare attendance sheet printed during the set-up (F2, step 4), times written by hand (entries, exits, hand-ins, incidents).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help_dialog.py" line="115" />
        <source>Si l'ordinateur repart : rouvrez la session depuis l'écran d'accueil ; notez l'interruption au procès-verbal (Ctrl+O).</source>
        <translation>If the laptop starts again: reopen the session from the start screen; note the interruption in the report (Ctrl+O).</translation>
    </message>
    <message>
        <source>Sur un autre ordinateur : ouvrez la copie de la session (clé USB : Fichier › Enregistrer une copie sous…, Ctrl+S, à faire au début et de temps en temps).</source>
        <translation>On another laptop: open the session's copy (USB stick: File › Save a copy as…, Ctrl+S, done at the start and now and then).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help_dialog.py" line="120" />
        <source>Un fichier endommagé ne se répare pas en salle : remettez-le tel quel au service des examens, avec les feuilles papier.</source>
        <translation>A damaged file is not repaired in the room: hand it as it is to the exam office, with the paper sheets.</translation>
    </message>
</context>
<context>
    <name>IdCheck</name>
    <message>
        <source>Pièce d'identité présentée</source>
        <translation>ID document shown</translation>
    </message>
    <message>
        <source>Pièce originale et valide (ni photocopie, ni copie numérique)</source>
        <translation>Valid original (not a photocopy, not a digital copy)</translation>
    </message>
    <message>
        <source>Pièce originale vérifiée</source>
        <translation>Original document checked</translation>
    </message>
    <message>
        <source>&amp;Pièce d'identité :</source>
        <translation>&amp;ID document:</translation>
    </message>
    <message>
        <source>Une photocopie ou une copie numérique ne prouve pas l'identité : demandez la pièce originale.</source>
        <translation>A photocopy or a digital copy does not prove identity: ask for the original.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialog_parts.py" line="56" />
        <source>carte d'identité</source>
        <translation>identity card</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialog_parts.py" line="57" />
        <source>passeport</source>
        <translation>passport</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialog_parts.py" line="58" />
        <source>titre de séjour</source>
        <translation>residence permit</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialog_parts.py" line="59" />
        <source>permis de conduire</source>
        <translation>driving licence</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialog_parts.py" line="60" />
        <source>autre (préciser)</source>
        <translation>other (specify)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialog_parts.py" line="61" />
        <source>sans pièce d'identité</source>
        <translation>no ID document</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialog_parts.py" line="89" />
        <source>Pièce originale vue
(touches 1 à 6) :</source>
        <translation>Original ID seen
(keys 1 to 6):</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialog_parts.py" line="102" />
        <source>Précision sur la pièce d'identité</source>
        <translation>About the ID document</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialog_parts.py" line="144" />
        <source>Quelle pièce ? (ex. carte d'étudiant avec photo)</source>
        <translation>Which document? (e.g. student card with a photo)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialog_parts.py" line="149" />
        <source>Décision et motif (ex. identité confirmée par l'enseignant)</source>
        <translation>Decision and reason (e.g. identity confirmed by the teacher)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialog_parts.py" line="152" />
        <source>Sans pièce d'identité originale (le règlement en exige une) : le candidat compose par décision de la salle, signalé au service des examens et noté au procès-verbal. Indiquez la décision et son motif.</source>
        <translation>No original ID document (the regulation requires one): the candidate sits by the room's decision, flagged for the exam office and noted in the report. Give the decision and its reason.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialog_parts.py" line="165" />
        <source>Précisez la pièce d'identité présentée.</source>
        <translation>Name the ID document shown.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialog_parts.py" line="167" />
        <source>Sans pièce d'identité : indiquez ce qui a été décidé et pourquoi.</source>
        <translation>No ID document: say what was decided and why.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialog_parts.py" line="181" />
        <source>&amp;Valider — sans pièce d'identité</source>
        <translation>&amp;Confirm — no ID document</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialog_parts.py" line="183" />
        <source>&amp;Valider — autre pièce</source>
        <translation>&amp;Confirm — other document</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialog_parts.py" line="184" />
        <source>&amp;Valider — original vu : %s</source>
        <translation>&amp;Confirm — original seen: %s</translation>
    </message>
    <message>
        <source>&amp;Valider — %s originale vue</source>
        <translation type="vanished">&amp;Confirm — original %s seen</translation>
    </message>
</context>
<context>
    <name>ImportText</name>
    <message>
        <location filename="../../ui/widgets/import_text.py" line="39" />
        <source>fichier introuvable : %(path)s</source>
        <translation>file not found: %(path)s</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_text.py" line="40" />
        <source>%(path)s est un dossier, pas un fichier de liste</source>
        <translation>%(path)s is a folder, not a list file</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_text.py" line="42" />
        <source>%(path)s n'est pas un fichier ordinaire (un tube, un périphérique…) : choisissez le fichier de la liste</source>
        <translation>%(path)s is not a regular file (a pipe, a device…): choose the list's file</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_text.py" line="45" />
        <source>fichier trop volumineux pour une liste de candidats (&gt; %(megabytes)s Mo)</source>
        <translation>file too large for a candidate list (&gt; %(megabytes)s MB)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_text.py" line="47" />
        <source>lecture impossible de %(path)s : %(reason)s</source>
        <translation>cannot read %(path)s: %(reason)s</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_text.py" line="48" />
        <source>le fichier est vide</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_text.py" line="49" />
        <source>le fichier est vide (aucune ligne remplie)</source>
        <translation>the file is empty (no line filled in)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_text.py" line="50" />
        <source>le fichier est un texte (CSV), sans feuilles : la feuille « %(sheet)s » ne s'applique pas</source>
        <translation>the file is text (CSV), without sheets: the sheet “%(sheet)s” does not apply</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_text.py" line="53" />
        <source>le fichier n'est ni un texte (CSV) ni un tableur reconnu (contenu binaire)</source>
        <translation>the file is neither text (CSV) nor a known spreadsheet (binary content)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_text.py" line="56" />
        <source>texte illisible en %(encoding)s (octet %(byte)s inattendu) : le fichier est peut-être tronqué ou n'est pas un texte</source>
        <translation>text unreadable as %(encoding)s (unexpected byte %(byte)s): the file may be truncated or may not be text</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_text.py" line="59" />
        <source>caractère de contrôle U+%(code_point)s inattendu : le fichier est peut-être binaire ou endommagé</source>
        <translation>unexpected control character U+%(code_point)s: the file may be binary or damaged</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_text.py" line="62" />
        <source>guillemet ouvert jamais fermé : les lignes suivantes seraient fusionnées</source>
        <translation>a quote opened and never closed: the lines after it would be merged</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_text.py" line="64" />
        <source>guillemet mal placé : un champ entre guillemets doit être suivi du séparateur</source>
        <translation>misplaced quote: a quoted field must be followed by the delimiter</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_text.py" line="67" />
        <source>champ démesurément long (guillemet jamais fermé ?)</source>
        <translation>field far too long (a quote never closed?)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_text.py" line="69" />
        <source>ligne CSV illisible (%(detail)s)</source>
        <translation>unreadable CSV line (%(detail)s)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_text.py" line="70" />
        <source>classeur illisible : le fichier est tronqué, endommagé ou d'un format inconnu</source>
        <translation>unreadable workbook: the file is truncated, damaged or of an unknown format</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_text.py" line="73" />
        <source>le classeur est protégé par un mot de passe : enregistrez-le sans mot de passe puis importez-le à nouveau</source>
        <translation>the workbook is protected by a password: save it without a password, then import it again</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_text.py" line="76" />
        <source>le classeur ne contient aucune feuille visible</source>
        <translation>the workbook has no visible sheet</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_text.py" line="78" />
        <source>feuille « %(sheet)s » introuvable ; feuilles du classeur : %(sheets)s</source>
        <translation>sheet “%(sheet)s” not found; the workbook's sheets: %(sheets)s</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_text.py" line="80" />
        <source>la feuille « %(sheet)s » compte plus de %(max_rows)s lignes</source>
        <translation>the sheet “%(sheet)s” has more than %(max_rows)s rows</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_text.py" line="82" />
        <source>le classeur a une cellule remplie très loin du tableau (jusqu'à la ligne %(row)s) : supprimez les lignes et colonnes inutiles puis enregistrez à nouveau</source>
        <translation>the workbook has a filled cell far away from the table (down to row %(row)s): delete the unused rows and columns, then save again</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_text.py" line="85" />
        <source>colonne %(field)s introuvable (en-têtes reconnus : %(examples)s) ; en-tête lu : %(header)s</source>
        <translation>no %(field)s column (headers recognised: %(examples)s); header read: %(header)s</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_text.py" line="88" />
        <source>champ inconnu dans la correspondance : %(key)s</source>
        <translation>unknown field in the column mapping: %(key)s</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_text.py" line="90" />
        <source>colonne %(index)s hors du tableau pour %(field)s</source>
        <translation>column %(index)s is outside the table for %(field)s</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_text.py" line="92" />
        <source>la même colonne ne peut être à la fois %(field)s et %(other_field)s</source>
        <translation>the same column cannot be both %(field)s and %(other_field)s</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_text.py" line="94" />
        <source>aucune colonne choisie pour %(field)s</source>
        <translation>no column chosen for %(field)s</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_text.py" line="95" />
        <source>aucun candidat : la liste s'arrête à l'en-tête (ligne %(header_line)s)</source>
        <translation>no candidates: the list stops at the header (line %(header_line)s)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_text.py" line="97" />
        <source>salle « %(room)s » absente : la liste est celle de la salle « %(listed_room)s »</source>
        <translation>room “%(room)s” not in the list: the list is for room “%(listed_room)s”</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_text.py" line="100" />
        <source>salle manquante alors que la liste compte plusieurs salles</source>
        <translation>room missing, while the list has several rooms</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_text.py" line="102" />
        <source>la liste compte plusieurs salles (%(rooms)s) : choisissez la salle à importer</source>
        <translation>the list has several rooms (%(rooms)s): choose the room to import</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_text.py" line="105" />
        <source>salle « %(room)s » absente de la liste ; salles trouvées : %(rooms)s</source>
        <translation>room “%(room)s” not in the list; rooms found: %(rooms)s</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_text.py" line="107" />
        <source>%(count)s champs alors que l'en-tête en a %(header_count)s (séparateur dans un nom sans guillemets ?)</source>
        <translation>%(count)s fields while the header has %(header_count)s (a delimiter in a name without quotes?)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_text.py" line="110" />
        <source>retour à la ligne au milieu du champ (guillemet mal fermé ?)</source>
        <translation>line break inside the field (a quote badly closed?)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_text.py" line="112" />
        <source>tabulation au milieu du champ</source>
        <translation>tab inside the field</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_text.py" line="113" />
        <source>caractère de contrôle U+%(code_point)s inattendu</source>
        <translation>unexpected control character U+%(code_point)s</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_text.py" line="115" />
        <source>numéro d'étudiant manquant</source>
        <translation>student number missing</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_text.py" line="116" />
        <source>nom manquant</source>
        <translation>last name missing</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_text.py" line="117" />
        <source>numéro « %(value)s » en notation scientifique (Excel) : mettez la colonne au format Texte ou Nombre sans décimale, puis exportez à nouveau</source>
        <translation>number “%(value)s” in scientific notation (Excel): format the column as Text, or as Number without decimals, then export again</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_text.py" line="120" />
        <source>numéro %(student_id)s en double (déjà ligne %(first_line)s)</source>
        <translation>number %(student_id)s appears twice (already on line %(first_line)s)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_text.py" line="122" />
        <source>date de naissance illisible : « %(value)s » (attendu JJ/MM/AAAA)</source>
        <translation>unreadable date of birth: “%(value)s” (expected DD/MM/YYYY)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_text.py" line="124" />
        <source>valeur « %(value)s » non reconnue : attendu oui/non, « tiers-temps » ou un nombre de minutes</source>
        <translation>value “%(value)s” not recognised: expected yes/no, “tiers-temps” (a third more time) or a number of minutes</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_text.py" line="127" />
        <source>temps majoré sans durée dans « %(value)s » : écrivez « tiers-temps » ou un nombre de minutes</source>
        <translation>extra time without a length in “%(value)s”: write “tiers-temps” (a third more time) or a number of minutes</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_text.py" line="130" />
        <source>temps supplémentaire de %(minutes)s min improbable</source>
        <translation>implausible extra time of %(minutes)s min</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_text.py" line="132" />
        <source>« %(value)s » contredit l'aménagement « %(accommodations)s »</source>
        <translation>“%(value)s” contradicts the accommodation “%(accommodations)s”</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_text.py" line="138" />
        <source>CSV, %(encoding)s, séparateur %(delimiter)s</source>
        <translation>CSV, %(encoding)s, %(delimiter)s delimiter</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_text.py" line="139" />
        <source>%(kind)s, feuille « %(sheet)s »</source>
        <translation>%(kind)s, sheet “%(sheet)s”</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_text.py" line="142" />
        <source>point-virgule</source>
        <translation>semicolon</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_text.py" line="143" />
        <source>tabulation</source>
        <translation>tab</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_text.py" line="144" />
        <source>virgule</source>
        <translation>comma</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_text.py" line="145" />
        <source>barre verticale</source>
        <translation>vertical bar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_text.py" line="149" />
        <source>ligne %(line)s</source>
        <translation>line %(line)s</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_text.py" line="150" />
        <source>colonne « %(column)s »</source>
        <translation>column “%(column)s”</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_text.py" line="151" />
        <source>colonne %(number)s</source>
        <translation>column %(number)s</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_text.py" line="152" />
        <source>%(where)s : %(message)s</source>
        <translation>%(where)s: %(message)s</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_text.py" line="153" />
        <source>« %(name)s »</source>
        <translation>“%(name)s”</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_text.py" line="154" />
        <source>Impossible d'importer la liste ; rien n'a été importé.</source>
        <translation>Cannot import the list; nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_text.py" line="155" />
        <source>Impossible d'importer la liste « %(name)s » ; rien n'a été importé.</source>
        <translation>Cannot import the list “%(name)s”; nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_text.py" line="158" />
        <source> %(count)s problèmes :</source>
        <translation> %(count)s problems:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_text.py" line="159" />
        <source>  … et %(count)s autres problèmes.</source>
        <translation>  … and %(count)s more problems.</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <location filename="../../ui/dialogs/incident.py" line="39" />
        <source>Fraude ou tentative de fraude</source>
        <translation>Fraud or attempted fraud</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident.py" line="40" />
        <source>Refus de rendre la copie</source>
        <translation>Refusal to hand in the paper</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident.py" line="41" />
        <source>Malaise</source>
        <translation>Feeling unwell</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident.py" line="42" />
        <source>Perturbation</source>
        <translation>Disturbance</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident.py" line="43" />
        <source>Autre incident</source>
        <translation>Other incident</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident.py" line="48" />
        <source>Communication</source>
        <translation>Communication</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident.py" line="49" />
        <source>Document ou matériel non autorisé</source>
        <translation>Unauthorised document or equipment</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident.py" line="50" />
        <source>Substitution de personne</source>
        <translation>Impersonation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident.py" line="51" />
        <source>Autre</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident.py" line="54" />
        <source>saisis</source>
        <translation>seized</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident.py" line="55" />
        <source>photographiés</source>
        <translation>photographed</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident.py" line="56" />
        <source>rendus à la fin de l'épreuve</source>
        <translation>returned at the end of the exam</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident.py" line="104" />
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident.py" line="105" />
        <source>Enregistrer un incident</source>
        <translation>Record an incident</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident.py" line="130" />
        <source>Catégorie de l'incident</source>
        <translation>Incident category</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident.py" line="131" />
        <source>&amp;Catégorie :</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident.py" line="133" />
        <source>Candidats &amp;mis en cause :</source>
        <translation>Candidates &amp;involved:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident.py" line="139" />
        <source>Description de l'incident</source>
        <translation>Description of the incident</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident.py" line="141" />
        <source>Ce qui s'est passé, à quelle heure, ce qui a été fait.</source>
        <translation>What happened, when, and what was done.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident.py" line="146" />
        <source>&amp;Description :</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident.py" line="148" />
        <source>Documents ou matériel saisis</source>
        <translation>Documents or equipment seized</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident.py" line="149" />
        <source>Rien de saisi : laisser vide</source>
        <translation>Nothing seized: leave empty</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident.py" line="150" />
        <source>Documents ou matériel &amp;saisis :</source>
        <translation>Documents or equipment &amp;seized:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident.py" line="158" />
        <source>Signatures du rapport de fraude</source>
        <translation>Signatures of the fraud report</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident.py" line="161" />
        <source>Signature du ou des surveillants présents</source>
        <translation>Signature of the invigilator(s) present</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident.py" line="168" />
        <source>Surveillant(e) : %s</source>
        <translation>Invigilator: %s</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident.py" line="171" />
        <source>Contreseing des candidats mis en cause</source>
        <translation>Countersignature of the candidates involved</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident.py" line="174" />
        <source>Cochez à gauche les candidats mis en cause.</source>
        <translation>Tick the candidates involved on the left.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident.py" line="186" />
        <source>&amp;Enregistrer l'incident (Ctrl+Entrée)</source>
        <translation>&amp;Record the incident (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident.py" line="187" />
        <source>Enregistrer l'incident</source>
        <translation>Record the incident</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident.py" line="189" />
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident.py" line="190" />
        <source>Annuler l'incident</source>
        <translation>Cancel the incident</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident.py" line="239" />
        <source>— non précisée —</source>
        <translation>— not stated —</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident.py" line="242" />
        <source>Nature de la fraude</source>
        <translation>Nature of the fraud</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident.py" line="243" />
        <source>&amp;Nature :</source>
        <translation>&amp;Nature:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident.py" line="248" />
        <source>Objets saisis : %s</source>
        <translation>Seized items: %s</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident.py" line="252" />
        <source>Objets :</source>
        <translation>Items:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident.py" line="254" />
        <source>— non précisé —</source>
        <translation>— not stated —</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident.py" line="257" />
        <source>Objets saisis par</source>
        <translation>Items seized by</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident.py" line="258" />
        <source>Saisis &amp;par :</source>
        <translation>Seized &amp;by:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident.py" line="260" />
        <source>Autre mesure prise</source>
        <translation>Other measure taken</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident.py" line="261" />
        <source>Le candidat poursuit l'épreuve ; autre mesure ?</source>
        <translation>The candidate continues the exam; any other measure?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident.py" line="262" />
        <source>A&amp;utre mesure :</source>
        <translation>Ot&amp;her measure:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident.py" line="303" />
        <source>Fraude (4.6.2) : faites cesser la fraude sans interrompre le candidat, qui poursuit l'épreuve. N'écrivez rien sur sa copie. Saisissez les documents ou le matériel. Le rapport est signé par les surveillants et contresigné par le candidat ; s'il refuse, cochez-le. Informez le responsable de l'organisation des examens.</source>
        <translation>Fraud (4.6.2): stop the fraud without interrupting the candidate, who continues the exam. Write nothing on their paper. Seize the documents or equipment. The report is signed by the invigilators and countersigned by the candidate; if they refuse, tick it. Inform the head of exam organisation.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident.py" line="311" />
        <source>Refus de rendre la copie (4.4) : à la fin de leur temps de composition, cochez les candidats encore présents qui refusent de la rendre. L'incident est transmis au service des examens.</source>
        <translation>Refusal to hand in the paper (4.4): at the end of their writing time, tick the candidates still in the room who refuse to hand it in. The incident is forwarded to the exam office.</translation>
    </message>
    <message>
        <source>Refus de rendre la copie (4.4) : cochez les candidats encore présents qui refusent de la rendre. L'incident est transmis au service des examens.</source>
        <translation>Refusal to hand in (4.4): tick the candidates still present who refuse to hand in their paper. The incident goes to the exam office.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident.py" line="351" />
        <source>Cochez le ou les candidats qui refusent de rendre leur copie.</source>
        <translation>Tick the candidate(s) who refuse to hand in their paper.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident.py" line="360" />
        <source>Signature trop courte : %s.</source>
        <translation>Signature too short: %s.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident.py" line="362" />
        <source>Le rapport de fraude doit être signé par au moins un surveillant.</source>
        <translation>The fraud report must be signed by at least one invigilator.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident.py" line="368" />
        <source>%s : faites contresigner le rapport, ou cochez « refuse de contresigner ».</source>
        <translation>%s: have the report countersigned, or tick “refuses to countersign”.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident.py" line="410" />
        <source>Incident enregistré à %s : %s — %s.</source>
        <translation>Incident recorded at %s: %s — %s.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident.py" line="412" />
        <source>Incident enregistré à %s : %s.</source>
        <translation>Incident recorded at %s: %s.</translation>
    </message>
</context>
<context>
    <name>InstructionsPage</name>
    <message>
        <source>4. Consignes</source>
        <translation>4. Instructions</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="233" />
        <source>5. Consignes</source>
        <translation>5. Instructions</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="235" />
        <source>Le surveillant responsable lit les consignes à voix haute avant le début.</source>
        <translation>The lead invigilator reads the instructions aloud before the start.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="240" />
        <source>Résumé de la salle</source>
        <translation>Room summary</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="245" />
        <source>Consignes à lire</source>
        <translation>Instructions to read</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="247" />
        <source>Consignes &amp;lues</source>
        <translation>Instructions &amp;read</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="248" />
        <source>Consignes lues</source>
        <translation>Instructions read</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="256" />
        <source>Imprimer la feuille d'émargement de &amp;secours (PDF)…</source>
        <translation>Print the &amp;fallback attendance sheet (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="258" />
        <location filename="../../ui/setup/wizard.py" line="271" />
        <source>Feuille d'émargement vierge</source>
        <translation>Blank attendance sheet</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="282" />
        <source>Feuille d'émargement vierge enregistrée : %s (à imprimer avant l'épreuve).</source>
        <translation>Blank attendance sheet saved: %s (print it before the exam).</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="299" />
        <source>Aucune sortie pendant la première heure, sauf urgence.</source>
        <translation>No one leaves the room during the first hour, except in an emergency.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="302" />
        <source>Aucune sortie avant %s de composition, sauf urgence.</source>
        <translation>No one leaves the room before %s into the exam, except in an emergency.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="304" />
        <source>Aucune communication entre candidats.</source>
        <translation>No communication between candidates.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="305" />
        <source>Aucun document ni appareil non autorisé : téléphones éteints, rangés dans un sac fermé posé au sol.</source>
        <translation>No unauthorised documents or devices: phones switched off, in a closed bag on the floor.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="307" />
        <source>Le sujet et les brouillons restent dans la salle.</source>
        <translation>The exam paper and the drafts stay in the room.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="309" />
        <source>Inscrivez nom, prénom et numéro d'auditeur sur chaque copie ; rendez votre copie, même blanche, et signez à la remise.</source>
        <translation>Write your last name, first name and student number on every paper; hand in your paper, even blank, and sign when you hand it in.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="319" />
        <source>%d candidats sur la liste · surveillants : %s · autorisé : %s</source>
        <translation>%d candidates on the list · invigilators: %s · authorised: %s</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="328" />
        <location filename="../../ui/setup/wizard.py" line="339" />
        <source>Consignes lues à %s.</source>
        <translation>Instructions read at %s.</translation>
    </message>
</context>
<context>
    <name>InvigilatorsPage</name>
    <message>
        <location filename="../../ui/setup/wizard.py" line="174" />
        <source>3. Surveillants</source>
        <translation>3. Invigilators</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="175" />
        <source>Un nom par ligne ; choisissez le surveillant responsable.</source>
        <translation>One name per line; choose the lead invigilator.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="179" />
        <source>Surveillants présents</source>
        <translation>Invigilators present</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="182" />
        <source>Surveillant responsable</source>
        <translation>Lead invigilator</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="183" />
        <source>&amp;Surveillants présents :</source>
        <translation>&amp;Invigilators present:</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="184" />
        <source>&amp;Responsable :</source>
        <translation>&amp;Lead:</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/widgets/labels.py" line="20" />
        <source>ajouté(e) en salle — à vérifier</source>
        <translation>added in the room — to be verified</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="26" />
        <source>attendu(e)</source>
        <translation>expected</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="27" />
        <source>présent(e)</source>
        <translation>present</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="28" />
        <source>sorti(e) temporairement</source>
        <translation>out temporarily</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="29" />
        <source>copie rendue</source>
        <translation>paper handed in</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="30" />
        <source>parti(e) sans rendre sa copie</source>
        <translation>left without handing in</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="31" />
        <source>entrée refusée</source>
        <translation>entry refused</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="32" />
        <source>absent(e)</source>
        <translation>absent</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="33" />
        <source>sortie d'urgence — copie remise</source>
        <translation>emergency exit — paper handed in</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="34" />
        <source>sortie d'urgence — copie non remise</source>
        <translation>emergency exit — paper not handed in</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="37" />
        <source>carte d'identité</source>
        <translation>identity card</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="38" />
        <source>passeport</source>
        <translation>passport</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="39" />
        <source>titre de séjour</source>
        <translation>residence permit</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="40" />
        <source>permis de conduire</source>
        <translation>driving licence</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="41" />
        <source>autre</source>
        <translation>other</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="42" />
        <source>sans pièce d'identité</source>
        <translation>no ID document</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="45" />
        <source>arrivée avant le début de l'épreuve</source>
        <translation>arrived before the start of the exam</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="46" />
        <source>retard admis (dans la limite du tiers de la durée et d'une heure)</source>
        <translation>late arrival admitted (within a third of the duration and one hour)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="48" />
        <source>retard de plus d'une heure admis sur justificatif d'un organisme de transport</source>
        <translation>more than one hour late, admitted on a transport operator's certificate</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="51" />
        <source>retard de plus d'une heure : admission uniquement sur justificatif d'un organisme de transport</source>
        <translation>more than one hour late: admission only on a transport operator's certificate</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="54" />
        <source>retard de plus d'une heure refusé : un candidat est déjà sorti de la salle</source>
        <translation>more than one hour late, refused: a candidate has already left the room</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="64" />
        <source>un seul surveillant dans la salle : toute sortie est définitive, pas de sortie temporaire</source>
        <translation>only one invigilator in the room: every exit is final, no temporary exit</translation>
    </message>
    <message>
        <source>retard de plus d'une heure refusé : un candidat a déjà quitté définitivement la salle</source>
        <translation type="vanished">more than one hour late, refused: a candidate has already left the room for good</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="57" />
        <source>retard supérieur au tiers de la durée de l'épreuve</source>
        <translation>later than a third of the exam's duration</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="59" />
        <source>sortie autorisée</source>
        <translation>exit allowed</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="60" />
        <source>sortie d'urgence (à justifier par une note)</source>
        <translation>emergency exit (to be justified by a note)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="62" />
        <source>aucune sortie pendant la première partie de l'épreuve</source>
        <translation>no exit during the first part of the exam</translation>
    </message>
    <message>
        <source>un seul surveillant présent : toute sortie est définitive, pas de sortie temporaire</source>
        <translation type="vanished">only one invigilator present: every exit is final, no temporary exit</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="68" />
        <source>un autre candidat est déjà sorti : les sorties se font une par une</source>
        <translation>another candidate is already out: exits are one at a time</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="78" />
        <source>fin du temps majoré (+%d min)</source>
        <translation>end of extra time (+%d min)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="124" />
        <source> ; sorties autorisées à partir de %s</source>
        <translation>; exits allowed from %s</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="126" />
        <source> ; autorisé à partir de %s</source>
        <translation>; allowed from %s</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="187" />
        <source>tiers-temps</source>
        <translation>extra third time</translation>
    </message>
</context>
<context>
    <name>LateEntryCheck</name>
    <message>
        <source>Justificatif de retard d'un organisme de transport présenté</source>
        <translation>Delay certificate from a transport operator shown</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialog_parts.py" line="266" />
        <source>Le candidat présente-t-il un justificatif de retard d'un organisme de transport ?</source>
        <translation>Does the candidate show a delay certificate from a transport operator?</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialog_parts.py" line="273" />
        <source>Oui, &amp;justificatif présenté</source>
        <translation>Yes, &amp;certificate shown</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialog_parts.py" line="274" />
        <source>Justificatif de transport présenté</source>
        <translation>Transport certificate shown</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialog_parts.py" line="275" />
        <source>Non, pa&amp;s de justificatif</source>
        <translation>No, n&amp;o certificate</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialog_parts.py" line="276" />
        <source>Pas de justificatif de transport</source>
        <translation>No transport certificate</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialog_parts.py" line="325" />
        <source>Répondez d'abord : justificatif de transport présenté ou non ?</source>
        <translation>Answer first: transport certificate shown or not?</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialog_parts.py" line="339" />
        <source>ENTRÉE POSSIBLE UNIQUEMENT SUR JUSTIFICATIF DE TRANSPORT : retard de plus d'une heure, demandez au candidat son justificatif.</source>
        <translation>ENTRY ONLY WITH A TRANSPORT CERTIFICATE: more than one hour late, ask the candidate for the certificate.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialog_parts.py" line="345" />
        <source>Entrée en retard : %s.</source>
        <translation>Late entry: %s.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialog_parts.py" line="349" />
        <source>ENTRÉE REFUSÉE : %s.</source>
        <translation>ENTRY REFUSED: %s.</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../ui/widgets/import_text.py" line="25" />
        <source>N° étudiant</source>
        <translation>Student no.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_text.py" line="26" />
        <source>Nom</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_text.py" line="27" />
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_text.py" line="28" />
        <source>Tiers-temps / temps majoré</source>
        <translation>Extra time</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_text.py" line="29" />
        <source>Aménagements</source>
        <translation>Accommodations</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_text.py" line="30" />
        <source>Place</source>
        <translation>Seat</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_text.py" line="31" />
        <source>Salle</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_text.py" line="32" />
        <source>Date de naissance</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_text.py" line="33" />
        <source>Courriel</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_text.py" line="34" />
        <source>Code UE</source>
        <translation>Course code</translation>
    </message>
    <message>
        <location filename="../../ui/setup/list_page.py" line="60" />
        <source>1. Liste des candidats</source>
        <translation>1. Candidate list</translation>
    </message>
    <message>
        <location filename="../../ui/setup/list_page.py" line="62" />
        <source>Importez la liste transmise par le service des examens (CSV, XLSX, XLS, ODS).</source>
        <translation>Import the list sent by the exam office (CSV, XLSX, XLS, ODS).</translation>
    </message>
    <message>
        <location filename="../../ui/setup/list_page.py" line="68" />
        <source>Fichier de la liste</source>
        <translation>List file</translation>
    </message>
    <message>
        <location filename="../../ui/setup/list_page.py" line="69" />
        <source>&amp;Choisir le fichier…</source>
        <translation>&amp;Choose the file…</translation>
    </message>
    <message>
        <location filename="../../ui/setup/list_page.py" line="70" />
        <source>Choisir le fichier de la liste</source>
        <translation>Choose the list file</translation>
    </message>
    <message>
        <location filename="../../ui/setup/list_page.py" line="76" />
        <source>Liste actuelle</source>
        <translation>Current list</translation>
    </message>
    <message>
        <location filename="../../ui/setup/list_page.py" line="81" />
        <source>Feuille du classeur</source>
        <translation>Workbook sheet</translation>
    </message>
    <message>
        <location filename="../../ui/setup/list_page.py" line="84" />
        <source>Salle à importer</source>
        <translation>Room to import</translation>
    </message>
    <message>
        <location filename="../../ui/setup/list_page.py" line="86" />
        <source>Feuille :</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <location filename="../../ui/setup/list_page.py" line="87" />
        <source>Salle :</source>
        <translation>Room:</translation>
    </message>
    <message>
        <location filename="../../ui/setup/list_page.py" line="94" />
        <source>Aperçu de la liste</source>
        <translation>List preview</translation>
    </message>
    <message>
        <location filename="../../ui/setup/list_page.py" line="101" />
        <location filename="../../ui/setup/list_page.py" line="134" />
        <source>Dossier des photos</source>
        <translation>Photo folder</translation>
    </message>
    <message>
        <location filename="../../ui/setup/list_page.py" line="102" />
        <source>Dossier des &amp;photos…</source>
        <translation>&amp;Photo folder…</translation>
    </message>
    <message>
        <location filename="../../ui/setup/list_page.py" line="103" />
        <source>Choisir le dossier des photos</source>
        <translation>Choose the photo folder</translation>
    </message>
    <message>
        <location filename="../../ui/setup/list_page.py" line="105" />
        <source>Photos (facultatif) :</source>
        <translation>Photos (optional):</translation>
    </message>
    <message>
        <location filename="../../ui/setup/list_page.py" line="119" />
        <source>Liste importée : %s (%d candidats, salle %s).</source>
        <translation>List imported: %s (%d candidates, room %s).</translation>
    </message>
    <message>
        <location filename="../../ui/setup/list_page.py" line="123" />
        <source>Aucune liste importée pour l'instant.</source>
        <translation>No list imported yet.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/list_page.py" line="127" />
        <source>Liste des candidats</source>
        <translation>Candidate list</translation>
    </message>
    <message>
        <location filename="../../ui/setup/list_page.py" line="128" />
        <source>Listes (*.csv *.tsv *.txt *.xlsx *.xls *.ods);;Tous les fichiers (*)</source>
        <translation>Lists (*.csv *.tsv *.txt *.xlsx *.xls *.ods);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/setup/list_page.py" line="151" />
        <source>Impossible de lire %s : %s</source>
        <translation>Cannot read %s: %s</translation>
    </message>
    <message>
        <location filename="../../ui/setup/list_page.py" line="162" />
        <source>(toute la liste)</source>
        <translation>(whole list)</translation>
    </message>
    <message>
        <location filename="../../ui/setup/list_page.py" line="207" />
        <source>1 problème dans la liste</source>
        <translation>1 problem in the list</translation>
    </message>
    <message>
        <location filename="../../ui/setup/list_page.py" line="208" />
        <source>%d problèmes dans la liste</source>
        <translation>%d problems in the list</translation>
    </message>
    <message>
        <location filename="../../ui/setup/list_page.py" line="209" />
        <source> : rien ne sera importé tant qu'il en reste (numéros de ligne du fichier, marqués ⚠ dans l'aperçu).</source>
        <translation>: nothing will be imported while any remain (line numbers of the file, marked ⚠ in the preview).</translation>
    </message>
    <message>
        <location filename="../../ui/setup/list_page.py" line="213" />
        <source>… et %d autre(s).</source>
        <translation>… and %d more.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/list_page.py" line="221" />
        <source>Vérifiez la correspondance des colonnes.</source>
        <translation>Check the column mapping.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/list_page.py" line="222" />
        <source>Liste lue.</source>
        <translation>List read.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/list_page.py" line="279" />
        <source>Colonne pour %s</source>
        <translation>Column for %s</translation>
    </message>
    <message>
        <location filename="../../ui/setup/list_page.py" line="281" />
        <source>%s :</source>
        <translation>%s:</translation>
    </message>
    <message>
        <location filename="../../ui/setup/list_page.py" line="305" />
        <source>Aucune liste importée : choisissez le fichier de la liste. Sans liste, chaque candidat devra être ajouté à la main ; Suivant de nouveau pour continuer ainsi.</source>
        <translation>No list imported: choose the list's file. Without a list, every candidate must be added by hand; Next again to go on that way.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/list_page.py" line="331" />
        <source>%d candidats importés.</source>
        <translation>%d candidates imported.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="182" />
        <source>— aucune —</source>
        <translation>— none —</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/room/main_window.py" line="85" />
        <source>Fenêtre principale de la salle</source>
        <translation>Room main window</translation>
    </message>
    <message>
        <location filename="../../ui/room/main_window.py" line="102" />
        <source>Filtrer par état</source>
        <translation>Filter by state</translation>
    </message>
    <message>
        <location filename="../../ui/room/main_window.py" line="104" />
        <source>Affic&amp;her :</source>
        <translation>S&amp;how:</translation>
    </message>
    <message>
        <location filename="../../ui/room/main_window.py" line="110" />
        <source>Conformité du fichier de session</source>
        <translation>Session file conformity</translation>
    </message>
    <message>
        <location filename="../../ui/room/main_window.py" line="113" />
        <source>Compteurs</source>
        <translation>Counters</translation>
    </message>
    <message>
        <location filename="../../ui/room/main_window.py" line="122" />
        <source>Ajout manuscrit (F8)</source>
        <translation>Hand addition (F8)</translation>
    </message>
    <message>
        <location filename="../../ui/room/main_window.py" line="123" />
        <source>Ajouter ce candidat à la main</source>
        <translation>Add this candidate by hand</translation>
    </message>
    <message>
        <location filename="../../ui/room/main_window.py" line="143" />
        <source>Liste des candidats</source>
        <translation>Candidate list</translation>
    </message>
    <message>
        <location filename="../../ui/room/main_window.py" line="243" />
        <source>Fichier de session NON CONFORME : %s. Ouvert en lecture seule ; remettez ce fichier tel quel au service des examens.</source>
        <translation>Session file NOT COMPLIANT: %s. Opened read-only; hand this file as it is to the exam office.</translation>
    </message>
    <message>
        <location filename="../../ui/room/main_window.py" line="541" />
        <source>  ·  Sorties d'urgence : %d</source>
        <translation>  ·  Emergency departures: %d</translation>
    </message>
    <message>
        <source>Ouvert en lecture seule : %s</source>
        <translation type="vanished">Opened read-only: %s</translation>
    </message>
    <message>
        <location filename="../../ui/room/main_window.py" line="276" />
        <source>Session scellée — lecture seule</source>
        <translation>Session sealed — read-only</translation>
    </message>
    <message>
        <location filename="../../ui/room/main_window.py" line="278" />
        <source>Fichier non conforme — lecture seule</source>
        <translation>Non-compliant file — read-only</translation>
    </message>
    <message>
        <location filename="../../ui/room/main_window.py" line="280" />
        <source>Fichier en lecture seule</source>
        <translation>Read-only file</translation>
    </message>
    <message>
        <location filename="../../ui/room/main_window.py" line="282" />
        <source>Vérification du fichier en cours</source>
        <translation>Verifying the file</translation>
    </message>
    <message>
        <location filename="../../ui/room/main_window.py" line="293" />
        <source>Fichier de session NON CONFORME</source>
        <translation>Session file NOT COMPLIANT</translation>
    </message>
    <message>
        <location filename="../../ui/room/main_window.py" line="294" />
        <source>Le fichier %s a été modifié en dehors de l'application : %s.

Il est ouvert en lecture seule : rien n'y sera plus écrit. Remettez-le tel quel au service des examens et ouvrez une nouvelle session pour continuer.</source>
        <translation>The file %s was modified outside the application: %s.

It is open read-only: nothing more will be written to it. Hand it as it is to the exam office and open a new session to carry on.</translation>
    </message>
    <message>
        <location filename="../../ui/room/main_window.py" line="333" />
        <source>Relecture du fichier impossible : %s</source>
        <translation>The file cannot be read again: %s</translation>
    </message>
    <message>
        <source>%s (%s) est attendu(e) en salle %s : indiquez-lui sa salle.</source>
        <translation>%s (%s) is expected in room %s: send them there.</translation>
    </message>
    <message>
        <location filename="../../ui/room/scan_answers.py" line="23" />
        <source>%s (%s) est attendu(e) en salle %s</source>
        <translation>%s (%s) is expected in room %s</translation>
    </message>
    <message>
        <location filename="../../ui/room/scan_answers.py" line="29" />
        <source> (et %d autre(s))</source>
        <translation> (and %d more)</translation>
    </message>
    <message>
        <location filename="../../ui/room/scan_answers.py" line="39" />
        <source> : indiquez-lui sa salle. L'accueillir ici : F8, décision motivée.</source>
        <translation>: tell them their room. To admit them here: F8, a decision with its reason.</translation>
    </message>
    <message>
        <location filename="../../ui/room/scan_answers.py" line="47" />
        <source>Numéro %s inconnu dans cette salle. Ajout manuscrit possible (F8).</source>
        <translation>Number %s is unknown in this room. Hand addition possible (F8).</translation>
    </message>
    <message>
        <location filename="../../ui/room/scan_answers.py" line="72" />
        <source>Aucun candidat de cette salle ne correspond à « %s » : %s.</source>
        <translation>No candidate of this room matches “%s”: %s.</translation>
    </message>
    <message>
        <location filename="../../ui/room/scan_answers.py" line="76" />
        <source> L'accueillir ici : F8, décision motivée.</source>
        <translation> To admit them here: F8, a decision with its reason.</translation>
    </message>
    <message>
        <location filename="../../ui/room/scan_answers.py" line="82" />
        <source>Aucun candidat ne correspond à « %s ». Ajout manuscrit possible (F8).</source>
        <translation>No candidate matches “%s”. Hand addition possible (F8).</translation>
    </message>
    <message>
        <location filename="../../ui/room/scan_answers.py" line="61" />
        <source>%d candidats correspondent : précisez, ou choisissez avec les flèches.</source>
        <translation>%d candidates match: type more, or choose with the arrow keys.</translation>
    </message>
    <message>
        <location filename="../../ui/room/main_window.py" line="406" />
        <source>%s a déjà émargé à %s (%s).</source>
        <translation>%s already checked in at %s (%s).</translation>
    </message>
    <message>
        <location filename="../../ui/room/main_window.py" line="536" />
        <source>Inscrits : %d  ·  Émargés : %d  ·  Dans la salle : %d  ·  Sortis : %d  ·  Copies rendues : %d  ·  Attendus : %d</source>
        <translation>Enrolled: %d  ·  Signed in: %d  ·  In the room: %d  ·  Out: %d  ·  Handed in: %d  ·  Expected: %d</translation>
    </message>
    <message>
        <location filename="../../ui/room/main_window.py" line="540" />
        <source>  ·  Sans copie : %d</source>
        <translation>  ·  Left without a paper: %d</translation>
    </message>
    <message>
        <source>  ·  Entrées refusées : %d</source>
        <translation>  ·  Entries refused: %d</translation>
    </message>
    <message>
        <location filename="../../ui/room/main_window.py" line="542" />
        <source>  ·  Absents : %d</source>
        <translation>  ·  Absent: %d</translation>
    </message>
    <message>
        <location filename="../../ui/room/main_window.py" line="543" />
        <source> (dont refusés à l'entrée : %d)</source>
        <translation> (of whom refused entry: %d)</translation>
    </message>
    <message>
        <location filename="../../ui/room/main_window.py" line="544" />
        <source>  ·  Ajoutés en salle : %d</source>
        <translation>  ·  Added in the room: %d</translation>
    </message>
    <message>
        <location filename="../../ui/room/main_window.py" line="569" />
        <source>Fermer la session</source>
        <translation>Close the session</translation>
    </message>
    <message>
        <location filename="../../ui/room/main_window.py" line="570" />
        <source>L'épreuve est en cours. Fermer la session maintenant ?

Tout ce qui est affiché est déjà enregistré : la session se rouvre depuis l'écran d'accueil.</source>
        <translation>The exam is running. Close the session now?

Everything shown is already saved: the session reopens from the start screen.</translation>
    </message>
    <message>
        <source>%s a déjà émargé(e) à %s (%s).</source>
        <translation type="vanished">%s already checked in at %s (%s).</translation>
    </message>
    <message>
        <location filename="../../ui/room/main_window.py" line="463" />
        <source>%s est revenu(e) dans la salle.</source>
        <translation>%s is back in the room.</translation>
    </message>
    <message>
        <source>Inscrits : %d   ·   Présents : %d   ·   Sortis : %d   ·   Copies rendues : %d   ·   Attendus : %d</source>
        <translation>Enrolled: %d   ·   Present: %d   ·   Out: %d   ·   Handed in: %d   ·   Expected: %d</translation>
    </message>
    <message>
        <source>   ·   Ajoutés en salle : %d</source>
        <translation>   ·   Added in the room: %d</translation>
    </message>
    <message>
        <location filename="../../ui/room/main_window.py" line="552" />
        <source>Invigilator — salle non préparée</source>
        <translation>Invigilator — room not set up</translation>
    </message>
    <message>
        <source>Copie enregistrée : %s</source>
        <translation>Copy saved: %s</translation>
    </message>
    <message>
        <source>Enregistrer une copie de la session</source>
        <translation>Save a copy of the session</translation>
    </message>
    <message>
        <source>Session (*.invigilator)</source>
        <translation>Session (*.invigilator)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="147" />
        <source>Tous les candidats</source>
        <translation>All candidates</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="148" />
        <source>Attendus</source>
        <translation>Expected</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="149" />
        <source>Présents dans la salle</source>
        <translation>Present in the room</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="150" />
        <source>Sortis temporairement</source>
        <translation>Temporarily out</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="151" />
        <source>Copies rendues</source>
        <translation>Handed in</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="152" />
        <source>Partis sans rendre leur copie</source>
        <translation>Left without handing in</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="153" />
        <source>Absents ou refusés</source>
        <translation>Absent or refused</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="154" />
        <source>Ajoutés en salle</source>
        <translation>Added in the room</translation>
    </message>
</context>
<context>
    <name>MirrorPage</name>
    <message>
        <location filename="../../ui/setup/mirror_page.py" line="31" />
        <source>4. Second support (facultatif)</source>
        <translation>4. Second medium (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/setup/mirror_page.py" line="33" />
        <source>Une clé USB garde une copie complète de la session, mise à jour après chaque enregistrement : si l'ordinateur tombe en panne, la copie s'ouvre sur un autre.</source>
        <translation>A USB stick keeps a whole copy of the session, updated after each record: if the computer fails, the copy opens on another one.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/mirror_page.py" line="39" />
        <source>Second support choisi</source>
        <translation>Second medium chosen</translation>
    </message>
    <message>
        <location filename="../../ui/setup/mirror_page.py" line="42" />
        <source>&amp;Choisir le dossier du second support…</source>
        <translation>&amp;Choose the second medium's folder…</translation>
    </message>
    <message>
        <location filename="../../ui/setup/mirror_page.py" line="43" />
        <source>Choisir le dossier du second support</source>
        <translation>Choose the second medium's folder</translation>
    </message>
    <message>
        <location filename="../../ui/setup/mirror_page.py" line="46" />
        <source>&amp;Arrêter la copie</source>
        <translation>S&amp;top the copy</translation>
    </message>
    <message>
        <location filename="../../ui/setup/mirror_page.py" line="47" />
        <source>Arrêter la copie sur le second support</source>
        <translation>Stop the copy on the second medium</translation>
    </message>
    <message>
        <location filename="../../ui/setup/mirror_page.py" line="57" />
        <source>Étape facultative : Suivant passe sans second support. Le choix se modifie aussi plus tard depuis le menu Fichier.</source>
        <translation>Optional step: Next goes on without a second medium. The choice can also be changed later from the File menu.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/mirror_page.py" line="75" />
        <source>Copie continue sur : %s</source>
        <translation>Continuous copy on: %s</translation>
    </message>
    <message>
        <location filename="../../ui/setup/mirror_page.py" line="77" />
        <source>Aucun second support : la session n'est que sur cet ordinateur.</source>
        <translation>No second medium: the session is only on this computer.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/mirror_page.py" line="86" />
        <source>Second support (clé USB) : dossier de la copie continue</source>
        <translation>Second medium (USB stick): folder of the continuous copy</translation>
    </message>
    <message>
        <location filename="../../ui/setup/mirror_page.py" line="103" />
        <source>Copie sur le second support arrêtée.</source>
        <translation>Copy on the second medium stopped.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/mirror_page.py" line="109" />
        <source>Le dossier est retenu, mais la copie n'a pas pu y être écrite : %s. Vérifiez la clé (branchée, non protégée en écriture) ; la copie sera retentée à chaque enregistrement.</source>
        <translation>The folder is kept, but the copy could not be written there: %s. Check the stick (plugged in, not write-protected); the copy will be tried again at each record.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/mirror_page.py" line="115" />
        <source>Copie continue de la session sur %s : après chaque enregistrement, la copie et son journal d'ancrage y sont mis à jour.</source>
        <translation>Continuous copy of the session on %s: after each record, the copy and its anchor journal are updated there.</translation>
    </message>
</context>
<context>
    <name>NamedPad</name>
    <message>
        <source>Signez ici avec le doigt, le stylet ou la souris : %s.</source>
        <translation>Sign here with a finger, a stylus or the mouse: %s.</translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <location filename="../../ui/setup/start_screen.py" line="38" />
        <source>Nouvelle session de salle</source>
        <translation>New room session</translation>
    </message>
    <message>
        <location filename="../../ui/setup/start_screen.py" line="41" />
        <source>Code de l'UE</source>
        <translation>Course code</translation>
    </message>
    <message>
        <location filename="../../ui/setup/start_screen.py" line="43" />
        <source>Salle</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../ui/setup/start_screen.py" line="47" />
        <source>Date de l'épreuve</source>
        <translation>Exam date</translation>
    </message>
    <message>
        <location filename="../../ui/setup/start_screen.py" line="49" />
        <source>Code de l'&amp;UE :</source>
        <translation>&amp;Course code:</translation>
    </message>
    <message>
        <location filename="../../ui/setup/start_screen.py" line="50" />
        <source>&amp;Date :</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../ui/setup/start_screen.py" line="51" />
        <source>&amp;Salle :</source>
        <translation>&amp;Room:</translation>
    </message>
    <message>
        <location filename="../../ui/setup/start_screen.py" line="57" />
        <source>Créer</source>
        <translation>Create</translation>
    </message>
    <message>
        <location filename="../../ui/setup/start_screen.py" line="58" />
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/setup/start_screen.py" line="65" />
        <source>Indiquez le code de l'UE et la salle.</source>
        <translation>Give the course code and the room.</translation>
    </message>
</context>
<context>
    <name>NotHeldDialog</name>
    <message>
        <location filename="../../ui/dialogs/closing_cases.py" line="104" />
        <source>Épreuve non tenue</source>
        <translation>Exam not held</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/closing_cases.py" line="106" />
        <source>L'épreuve n'a pas commencé. Sceller la session la ferme définitivement avec le motif ci-dessous : plus rien ne pourra y être enregistré.</source>
        <translation>The exam has not started. Sealing the session closes it for good with the reason below: nothing more can be recorded in it.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/closing_cases.py" line="112" />
        <source>&amp;Pourquoi l'épreuve n'a pas été tenue (obligatoire) :</source>
        <translation>&amp;Why the exam was not held (required):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/closing_cases.py" line="113" />
        <source>Motif de l'épreuve non tenue</source>
        <translation>Why the exam was not held</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/closing_cases.py" line="114" />
        <source>Par exemple : sujets non livrés, salle indisponible.</source>
        <translation>For example: papers not delivered, room unavailable.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/closing_cases.py" line="116" />
        <source>&amp;Sceller : épreuve non tenue (Ctrl+Entrée)</source>
        <translation>&amp;Seal: exam not held (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/closing_cases.py" line="121" />
        <source>Session scellée : épreuve non tenue.</source>
        <translation>Session sealed: exam not held.</translation>
    </message>
</context>
<context>
    <name>ObservationDialog</name>
    <message>
        <location filename="../../ui/dialogs/record.py" line="82" />
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record.py" line="86" />
        <source>Remarque d'un &amp;candidat</source>
        <translation>Remark by a &amp;candidate</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record.py" line="84" />
        <source>Observation d'un &amp;surveillant</source>
        <translation>Observation by an &amp;invigilator</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record.py" line="90" />
        <source>&amp;Texte pour le procès-verbal :</source>
        <translation>&amp;Text for the exam report:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record.py" line="90" />
        <source>Texte de l'observation</source>
        <translation>Text of the observation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record.py" line="91" />
        <source>Par exemple : un candidat signale une coquille dans l'exercice 2.</source>
        <translation>For example: a candidate reports a typo in exercise 2.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record.py" line="93" />
        <source>&amp;Enregistrer l'observation (Ctrl+Entrée)</source>
        <translation>&amp;Record the observation (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record.py" line="103" />
        <source>Observation enregistrée au procès-verbal.</source>
        <translation>Observation recorded in the exam report.</translation>
    </message>
</context>
<context>
    <name>OfficeTables</name>
    <message>
        <location filename="../../ui/office/views.py" line="26" />
        <source>Tous les candidats</source>
        <translation>All candidates</translation>
    </message>
    <message>
        <location filename="../../ui/office/views.py" line="27" />
        <source>Absents (session 2)</source>
        <translation>Absent (session 2)</translation>
    </message>
    <message>
        <location filename="../../ui/office/views.py" line="28" />
        <source>Ajouts manuscrits</source>
        <translation>Hand additions</translation>
    </message>
    <message>
        <location filename="../../ui/office/views.py" line="29" />
        <source>Avec un signalement</source>
        <translation>With a flag</translation>
    </message>
    <message>
        <location filename="../../ui/office/views.py" line="77" />
        <location filename="../../ui/office/views.py" line="130" />
        <location filename="../../ui/office/views.py" line="154" />
        <source>Salle</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../ui/office/views.py" line="77" />
        <location filename="../../ui/office/views.py" line="155" />
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/office/views.py" line="77" />
        <source>Inscrits</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <location filename="../../ui/office/views.py" line="77" />
        <source>Présents</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../ui/office/views.py" line="77" />
        <source>Absents</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../ui/office/views.py" line="77" />
        <source>Copies</source>
        <translation>Papers</translation>
    </message>
    <message>
        <location filename="../../ui/office/views.py" line="78" />
        <location filename="../../ui/office/views.py" line="158" />
        <source>Feuilles</source>
        <translation>Sheets</translation>
    </message>
    <message>
        <location filename="../../ui/office/views.py" line="78" />
        <source>Ajouts</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../ui/office/views.py" line="78" />
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../ui/office/views.py" line="78" />
        <source>Problèmes</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../ui/office/views.py" line="78" />
        <source>PV papier</source>
        <translation>Paper PV</translation>
    </message>
    <message>
        <location filename="../../ui/office/views.py" line="79" />
        <source>Fichier</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/office/views.py" line="80" />
        <source>Salles de l'épreuve</source>
        <translation>Rooms of the exam</translation>
    </message>
    <message>
        <location filename="../../ui/office/views.py" line="124" />
        <source>AUCUN FICHIER</source>
        <translation>NO FILE</translation>
    </message>
    <message>
        <location filename="../../ui/office/views.py" line="131" />
        <source>Problème</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../ui/office/views.py" line="132" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/office/views.py" line="133" />
        <source>Candidats</source>
        <translation>Candidates</translation>
    </message>
    <message>
        <location filename="../../ui/office/views.py" line="134" />
        <source>Détail</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/office/views.py" line="137" />
        <source>Problèmes de l'épreuve</source>
        <translation>Problems of the exam</translation>
    </message>
    <message>
        <location filename="../../ui/office/views.py" line="151" />
        <source>N° auditeur</source>
        <translation>Student no.</translation>
    </message>
    <message>
        <location filename="../../ui/office/views.py" line="152" />
        <source>Nom</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../ui/office/views.py" line="153" />
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../ui/office/views.py" line="156" />
        <source>Entrée</source>
        <translation>Entry</translation>
    </message>
    <message>
        <location filename="../../ui/office/views.py" line="157" />
        <source>Remise</source>
        <translation>Hand-in</translation>
    </message>
    <message>
        <location filename="../../ui/office/views.py" line="159" />
        <source>Code absence</source>
        <translation>Absence code</translation>
    </message>
    <message>
        <location filename="../../ui/office/views.py" line="160" />
        <source>Signalements</source>
        <translation>Flags</translation>
    </message>
    <message>
        <location filename="../../ui/office/views.py" line="163" />
        <source>Candidats de l'épreuve</source>
        <translation>Candidates of the exam</translation>
    </message>
</context>
<context>
    <name>OfficeText</name>
    <message>
        <location filename="../../ui/office/problem_text.py" line="25" />
        <source>fichier illisible</source>
        <translation>unreadable file</translation>
    </message>
    <message>
        <location filename="../../ui/office/problem_text.py" line="26" />
        <source>fichier NON CONFORME (chaîne rompue)</source>
        <translation>file NOT CONFORMING (broken chain)</translation>
    </message>
    <message>
        <location filename="../../ui/office/problem_text.py" line="27" />
        <source>empreinte différente du PV papier</source>
        <translation>hash differs from the paper PV</translation>
    </message>
    <message>
        <location filename="../../ui/office/problem_text.py" line="28" />
        <source>fichier en double</source>
        <translation>duplicate file</translation>
    </message>
    <message>
        <location filename="../../ui/office/problem_text.py" line="29" />
        <source>session non scellée</source>
        <translation>session not sealed</translation>
    </message>
    <message>
        <location filename="../../ui/office/problem_text.py" line="30" />
        <location filename="../../ui/office/problem_text.py" line="149" />
        <source>salle sans fichier</source>
        <translation>room without a file</translation>
    </message>
    <message>
        <location filename="../../ui/office/problem_text.py" line="31" />
        <source>copies reçues ≠ copies ramassées</source>
        <translation>papers received ≠ papers collected</translation>
    </message>
    <message>
        <location filename="../../ui/office/problem_text.py" line="32" />
        <source>présent(e) dans deux salles</source>
        <translation>present in two rooms</translation>
    </message>
    <message>
        <location filename="../../ui/office/problem_text.py" line="33" />
        <source>ajout manuscrit non trouvé — à régulariser</source>
        <translation>hand addition not found — to regularise</translation>
    </message>
    <message>
        <location filename="../../ui/office/problem_text.py" line="34" />
        <source>ajout manuscrit inscrit(e)</source>
        <translation>hand addition, enrolled</translation>
    </message>
    <message>
        <location filename="../../ui/office/problem_text.py" line="35" />
        <source>présent(e) sans copie remise</source>
        <translation>present, no paper handed in</translation>
    </message>
    <message>
        <location filename="../../ui/office/problem_text.py" line="36" />
        <source>copie sans émargement</source>
        <translation>paper without check-in</translation>
    </message>
    <message>
        <location filename="../../ui/office/problem_text.py" line="37" />
        <source>parti(e) sans rendre sa copie</source>
        <translation>left without handing in</translation>
    </message>
    <message>
        <location filename="../../ui/office/problem_text.py" line="38" />
        <source>retard refusé</source>
        <translation>late entry refused</translation>
    </message>
    <message>
        <location filename="../../ui/office/problem_text.py" line="39" />
        <source>sans pièce d'identité</source>
        <translation>no ID document</translation>
    </message>
    <message>
        <location filename="../../ui/office/problem_text.py" line="40" />
        <source>fraude (procès-verbal à transmettre)</source>
        <translation>fraud (report to forward)</translation>
    </message>
    <message>
        <location filename="../../ui/office/problem_text.py" line="41" />
        <source>interruption de l'épreuve</source>
        <translation>interruption of the exam</translation>
    </message>
    <message>
        <location filename="../../ui/office/problem_text.py" line="42" />
        <location filename="../../ui/office/problem_text.py" line="137" />
        <source>épreuve non tenue</source>
        <translation>exam not held</translation>
    </message>
    <message>
        <location filename="../../ui/office/problem_text.py" line="43" />
        <source>ajout postérieur à la signature du PV</source>
        <translation>addendum after the PV was signed</translation>
    </message>
    <message>
        <location filename="../../ui/office/problem_text.py" line="44" />
        <source>horloge de l'ordinateur déplacée</source>
        <translation>computer clock moved</translation>
    </message>
    <message>
        <location filename="../../ui/office/problem_text.py" line="48" />
        <source>%(verification)s ; %(reason)s</source>
        <translation>%(verification)s; %(reason)s</translation>
    </message>
    <message>
        <location filename="../../ui/office/problem_text.py" line="49" />
        <source>%(verification)s ; lu malgré tout : %(events)s événement(s), %(candidates)s candidat(s) — chiffres à vérifier sur le PV papier</source>
        <translation>%(verification)s; read all the same: %(events)s event(s), %(candidates)s candidate(s) — check the figures against the paper PV</translation>
    </message>
    <message>
        <location filename="../../ui/office/problem_text.py" line="52" />
        <source>%(verification)s ; chiffres de cette salle non fiables</source>
        <translation>%(verification)s; this room's figures cannot be relied on</translation>
    </message>
    <message>
        <location filename="../../ui/office/problem_text.py" line="54" />
        <source>%(verification)s ; premier événement en cause : n° %(seq)s ; chiffres de cette salle non fiables</source>
        <translation>%(verification)s; first event in question: no. %(seq)s; this room's figures cannot be relied on</translation>
    </message>
    <message>
        <location filename="../../ui/office/problem_text.py" line="57" />
        <source>session ni signée ni scellée : le fichier a pu être remis avant la fin</source>
        <translation>session neither signed nor sealed: the file may have been handed in before the end</translation>
    </message>
    <message>
        <location filename="../../ui/office/problem_text.py" line="59" />
        <source>procès-verbal signé mais session non scellée</source>
        <translation>PV signed but session not sealed</translation>
    </message>
    <message>
        <location filename="../../ui/office/problem_text.py" line="61" />
        <source>%(name)s : émargé(e) à %(at)s, aucune remise de copie enregistrée</source>
        <translation>%(name)s: checked in at %(at)s, no paper hand-in recorded</translation>
    </message>
    <message>
        <location filename="../../ui/office/problem_text.py" line="63" />
        <source>%(name)s : copie remise à %(at)s sans émargement</source>
        <translation>%(name)s: paper handed in at %(at)s without a check-in</translation>
    </message>
    <message>
        <location filename="../../ui/office/problem_text.py" line="65" />
        <source>%(name)s : parti(e) sans rendre sa copie</source>
        <translation>%(name)s: left without handing in the paper</translation>
    </message>
    <message>
        <location filename="../../ui/office/problem_text.py" line="67" />
        <source>%(name)s : parti(e) en urgence sans copie</source>
        <translation>%(name)s: left in an emergency without a paper</translation>
    </message>
    <message>
        <location filename="../../ui/office/problem_text.py" line="69" />
        <source>%(name)s : parti(e) en urgence sans copie (%(note)s)</source>
        <translation>%(name)s: left in an emergency without a paper (%(note)s)</translation>
    </message>
    <message>
        <location filename="../../ui/office/problem_text.py" line="71" />
        <source>%(name)s : entrée refusée (retard)</source>
        <translation>%(name)s: entry refused (late)</translation>
    </message>
    <message>
        <location filename="../../ui/office/problem_text.py" line="72" />
        <source>%(name)s : pièce d'identité présentée : %(document)s</source>
        <translation>%(name)s: ID document shown: %(document)s</translation>
    </message>
    <message>
        <location filename="../../ui/office/problem_text.py" line="74" />
        <source>%(name)s : pièce d'identité présentée : aucune</source>
        <translation>%(name)s: ID document shown: none</translation>
    </message>
    <message>
        <location filename="../../ui/office/problem_text.py" line="76" />
        <source>à %(at)s : %(description)s</source>
        <translation>at %(at)s: %(description)s</translation>
    </message>
    <message>
        <location filename="../../ui/office/problem_text.py" line="77" />
        <source> ; saisi : %(seized)s</source>
        <translation>; seized: %(seized)s</translation>
    </message>
    <message>
        <location filename="../../ui/office/problem_text.py" line="78" />
        <source> ; signé par %(names)s</source>
        <translation>; signed by %(names)s</translation>
    </message>
    <message>
        <location filename="../../ui/office/problem_text.py" line="79" />
        <source> ; refus de contresigner : %(names)s</source>
        <translation>; refused to countersign: %(names)s</translation>
    </message>
    <message>
        <location filename="../../ui/office/problem_text.py" line="81" />
        <source> ; procès-verbal de fraude (événement n° %(seq)s) à transmettre</source>
        <translation>; fraud report (event no. %(seq)s) to forward</translation>
    </message>
    <message>
        <location filename="../../ui/office/problem_text.py" line="83" />
        <source>épreuve non tenue : %(reason)s</source>
        <translation>exam not held: %(reason)s</translation>
    </message>
    <message>
        <location filename="../../ui/office/problem_text.py" line="84" />
        <source>à %(at)s : %(text)s</source>
        <translation>at %(at)s: %(text)s</translation>
    </message>
    <message>
        <location filename="../../ui/office/problem_text.py" line="85" />
        <source>à %(at)s : horloge déplacée de %(minutes)s min %(seconds)s s par rapport au journal</source>
        <translation>at %(at)s: clock moved by %(minutes)s min %(seconds)s s against the record</translation>
    </message>
    <message>
        <location filename="../../ui/office/problem_text.py" line="88" />
        <source>interruption à %(at)s, jamais reprise</source>
        <translation>interruption at %(at)s, never resumed</translation>
    </message>
    <message>
        <location filename="../../ui/office/problem_text.py" line="89" />
        <source>interruption de %(start)s à %(end)s (%(minutes)s min)</source>
        <translation>interruption from %(start)s to %(end)s (%(minutes)s min)</translation>
    </message>
    <message>
        <location filename="../../ui/office/problem_text.py" line="91" />
        <source>%(received)s copie(s) reçue(s) au service, %(collected)s ramassée(s) d'après le fichier</source>
        <translation>%(received)s paper(s) received at the office, %(collected)s collected according to the file</translation>
    </message>
    <message>
        <location filename="../../ui/office/problem_text.py" line="94" />
        <source>empreinte du PV papier %(paper_hash)s… ≠ empreinte finale du fichier %(file_hash)s… : le fichier n'est pas celui que les surveillants ont signé</source>
        <translation>paper PV hash %(paper_hash)s… ≠ the file's final hash %(file_hash)s…: the file is not the one the invigilators signed</translation>
    </message>
    <message>
        <location filename="../../ui/office/problem_text.py" line="97" />
        <source> (le code scanné est celui d'un autre PV : épreuve %(exam)s)</source>
        <translation> (the code scanned is another PV's: exam %(exam)s)</translation>
    </message>
    <message>
        <location filename="../../ui/office/problem_text.py" line="99" />
        <source> (le code scanné est celui d'un autre PV : date %(date)s)</source>
        <translation> (the code scanned is another PV's: date %(date)s)</translation>
    </message>
    <message>
        <location filename="../../ui/office/problem_text.py" line="101" />
        <source> (le code scanné est celui d'un autre PV : épreuve %(exam)s, date %(date)s)</source>
        <translation> (the code scanned is another PV's: exam %(exam)s, date %(date)s)</translation>
    </message>
    <message>
        <location filename="../../ui/office/problem_text.py" line="104" />
        <source>%(count)s copies identiques de la salle fusionnées : %(names)s</source>
        <translation>%(count)s identical copies of the room merged: %(names)s</translation>
    </message>
    <message>
        <location filename="../../ui/office/problem_text.py" line="106" />
        <source>CONFLIT : %(count)s fichiers différents pour la salle (copies de la même session prises à des moments différents) : </source>
        <translation>CONFLICT: %(count)s different files for the room (copies of the same session taken at different times): </translation>
    </message>
    <message>
        <location filename="../../ui/office/problem_text.py" line="109" />
        <source>CONFLIT : %(count)s fichiers différents pour la salle (sessions différentes) : </source>
        <translation>CONFLICT: %(count)s different files for the room (different sessions): </translation>
    </message>
    <message>
        <location filename="../../ui/office/problem_text.py" line="112" />
        <source>%(name)s (%(events)s événements, scellé, empreinte %(hash)s)</source>
        <translation>%(name)s (%(events)s events, sealed, hash %(hash)s)</translation>
    </message>
    <message>
        <location filename="../../ui/office/problem_text.py" line="114" />
        <source>%(name)s (%(events)s événements, non scellé, empreinte %(hash)s)</source>
        <translation>%(name)s (%(events)s events, not sealed, hash %(hash)s)</translation>
    </message>
    <message>
        <location filename="../../ui/office/problem_text.py" line="117" />
        <source>. Retenu : %(name)s</source>
        <translation>. Kept: %(name)s</translation>
    </message>
    <message>
        <location filename="../../ui/office/problem_text.py" line="118" />
        <source>%(name)s : inscrit(e)</source>
        <translation>%(name)s: enrolled</translation>
    </message>
    <message>
        <location filename="../../ui/office/problem_text.py" line="119" />
        <source>%(name)s : inscrit(e) en salle %(room)s</source>
        <translation>%(name)s: enrolled in room %(room)s</translation>
    </message>
    <message>
        <location filename="../../ui/office/problem_text.py" line="121" />
        <source>%(name)s : non trouvé(e) — à régulariser</source>
        <translation>%(name)s: not found — to regularise</translation>
    </message>
    <message>
        <location filename="../../ui/office/problem_text.py" line="123" />
        <source> ; motif : %(reason)s</source>
        <translation>; reason: %(reason)s</translation>
    </message>
    <message>
        <location filename="../../ui/office/problem_text.py" line="124" />
        <source>%(name)s a émargé dans plusieurs salles : %(rooms)s</source>
        <translation>%(name)s checked in in several rooms: %(rooms)s</translation>
    </message>
    <message>
        <location filename="../../ui/office/problem_text.py" line="126" />
        <source>salle %(room)s : %(count)s inscrit(s), aucun fichier de session reçu</source>
        <translation>room %(room)s: %(count)s enrolled, no session file received</translation>
    </message>
    <message>
        <location filename="../../ui/office/problem_text.py" line="134" />
        <source>illisible</source>
        <translation>unreadable</translation>
    </message>
    <message>
        <location filename="../../ui/office/problem_text.py" line="135" />
        <source>endommagée</source>
        <translation>damaged</translation>
    </message>
    <message>
        <location filename="../../ui/office/problem_text.py" line="136" />
        <source>NON CONFORME</source>
        <translation>NOT CONFORMING</translation>
    </message>
    <message>
        <location filename="../../ui/office/problem_text.py" line="138" />
        <source>non scellée</source>
        <translation>not sealed</translation>
    </message>
    <message>
        <location filename="../../ui/office/problem_text.py" line="139" />
        <source>scellée, intacte</source>
        <translation>sealed, intact</translation>
    </message>
    <message>
        <location filename="../../ui/office/problem_text.py" line="141" />
        <source>non rapproché du PV papier</source>
        <translation>not matched with the paper PV</translation>
    </message>
    <message>
        <location filename="../../ui/office/problem_text.py" line="142" />
        <source>conforme au PV papier</source>
        <translation>matches the paper PV</translation>
    </message>
    <message>
        <location filename="../../ui/office/problem_text.py" line="143" />
        <source>DIFFÉRENT du PV papier</source>
        <translation>DIFFERS from the paper PV</translation>
    </message>
    <message>
        <location filename="../../ui/office/problem_text.py" line="145" />
        <source>présent</source>
        <translation>present</translation>
    </message>
    <message>
        <location filename="../../ui/office/problem_text.py" line="146" />
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <location filename="../../ui/office/problem_text.py" line="147" />
        <source>entrée refusée</source>
        <translation>entry refused</translation>
    </message>
    <message>
        <location filename="../../ui/office/problem_text.py" line="148" />
        <source>ajouté(e)</source>
        <translation>added</translation>
    </message>
    <message>
        <location filename="../../ui/office/problem_text.py" line="151" />
        <source>fichier NON CONFORME</source>
        <translation>file NOT CONFORMING</translation>
    </message>
    <message>
        <location filename="../../ui/office/problem_text.py" line="152" />
        <source>salle non scellée</source>
        <translation>room not sealed</translation>
    </message>
    <message>
        <location filename="../../ui/office/problem_text.py" line="153" />
        <source>salle sans fichier de session</source>
        <translation>room without a session file</translation>
    </message>
    <message>
        <location filename="../../ui/office/problem_text.py" line="162" />
        <source>aucun fichier de session dans ce dossier</source>
        <translation>no session file in this folder</translation>
    </message>
    <message>
        <location filename="../../ui/office/problem_text.py" line="163" />
        <source>ni un fichier ni un dossier</source>
        <translation>neither a file nor a folder</translation>
    </message>
    <message>
        <location filename="../../ui/office/problem_text.py" line="164" />
        <source>fichier ou dossier introuvable</source>
        <translation>file or folder not found</translation>
    </message>
    <message>
        <location filename="../../ui/office/problem_text.py" line="165" />
        <source>pas un fichier de session</source>
        <translation>not a session file</translation>
    </message>
    <message>
        <location filename="../../ui/office/problem_text.py" line="166" />
        <source>lecture impossible (%(detail)s)</source>
        <translation>cannot be read (%(detail)s)</translation>
    </message>
    <message>
        <location filename="../../ui/office/problem_text.py" line="167" />
        <source>illisible : %(reason)s</source>
        <translation>unreadable: %(reason)s</translation>
    </message>
    <message>
        <location filename="../../ui/office/problem_text.py" line="168" />
        <source>illisible : épreuve non renseignée</source>
        <translation>unreadable: no exam recorded</translation>
    </message>
</context>
<context>
    <name>OfficeWindow</name>
    <message>
        <location filename="../../ui/office/office_window.py" line="62" />
        <source>Invigilator — bureau des examens</source>
        <translation>Invigilator — exam office</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="63" />
        <source>Bureau des examens</source>
        <translation>Exam office</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="94" />
        <source>Ajouter des &amp;fichiers…</source>
        <translation>Add &amp;files…</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="95" />
        <source>Ajouter un &amp;dossier…</source>
        <translation>Add a f&amp;older…</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="96" />
        <source>Liste des &amp;inscrits…</source>
        <translation>&amp;Enrolment list…</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="97" />
        <source>&amp;Vider</source>
        <translation>&amp;Clear</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="99" />
        <source>ou déposez ici les fichiers et dossiers reçus</source>
        <translation>or drop the files and folders received here</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="104" />
        <source>Lecture des fichiers</source>
        <translation>Reading the files</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="111" />
        <source>É&amp;preuve :</source>
        <translation>E&amp;xam:</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="113" />
        <source>Épreuve</source>
        <translation>Exam</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="119" />
        <source>Totaux de l'épreuve</source>
        <translation>Exam totals</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="136" />
        <source>Problèmes</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="142" />
        <source>Filtrer les candidats</source>
        <translation>Filter the candidates</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="144" />
        <source>Afficher :</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="150" />
        <source>Candidats</source>
        <translation>Candidates</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="157" />
        <source>Ouvrir le P&amp;DF de la salle</source>
        <translation>Open the room's P&amp;DF</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="160" />
        <source>Ouvrir la &amp;session (lecture seule)</source>
        <translation>Open the &amp;session (read-only)</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="163" />
        <source>Exporter &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="163" />
        <source>Exporter &amp;XLSX…</source>
        <translation>Export &amp;XLSX…</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="164" />
        <source>Exporter P&amp;DF…</source>
        <translation>Export P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="172" />
        <location filename="../../ui/office/office_window.py" line="411" />
        <source>PV papier :</source>
        <translation>Paper PV:</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="176" />
        <source>scannez le code du PV, ou tapez son empreinte (16 caractères au moins)</source>
        <translation>scan the PV's code, or type its hash (at least 16 characters)</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="178" />
        <source>Code ou empreinte du PV papier</source>
        <translation>Code or hash of the paper PV</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="182" />
        <source>Copies reçues :</source>
        <translation>Papers received:</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="186" />
        <source>Copies reçues</source>
        <translation>Papers received</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="189" />
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="220" />
        <source>Fichiers de session reçus</source>
        <translation>Session files received</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="221" />
        <source>Sessions (*.invigilator);;Tous les fichiers (*)</source>
        <translation>Sessions (*.invigilator);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="228" />
        <source>Dossier des fichiers reçus</source>
        <translation>Folder of the files received</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="249" />
        <source>Recherche des fichiers…</source>
        <translation>Looking for files…</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="269" />
        <source>Lecture %1 / %2 : %3</source>
        <translation>Reading %1 / %2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="296" />
        <source>%1 fichier(s) de session lu(s) ; %2 refusé(s) : %3</source>
        <translation>%1 session file(s) read; %2 refused: %3</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="302" />
        <source>%1 fichier(s) de session lu(s), sans rien y modifier.</source>
        <translation>%1 session file(s) read, nothing changed in them.</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="307" />
        <source>Liste des inscrits de toutes les salles</source>
        <translation>Enrolment list of every room</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="308" />
        <source>Listes (*.csv *.tsv *.txt *.xlsx *.xls *.ods);;Tous les fichiers (*)</source>
        <translation>Lists (*.csv *.tsv *.txt *.xlsx *.xls *.ods);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="327" />
        <source>Liste des inscrits : %1 candidat(s).</source>
        <translation>Enrolment list: %1 candidate(s).</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="365" />
        <source>Aucun fichier de session : ajoutez ceux des salles.</source>
        <translation>No session file: add the rooms' files.</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="369" />
        <source>%1 inscrits · %2 présents · %3 absents · %4 copies · %5 feuilles · %6 retards admis, %7 refusés · %8 ajouts manuscrits · %9 incidents</source>
        <translation>%1 enrolled · %2 present · %3 absent · %4 papers · %5 sheets · %6 late admitted, %7 refused · %8 hand additions · %9 incidents</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="381" />
        <source>Problèmes (%1)</source>
        <translation>Problems (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="409" />
        <source>PV papier de la salle %1 :</source>
        <translation>Paper PV of room %1:</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="428" />
        <source>Un export est en cours : réessayez ensuite.</source>
        <translation>An export is running: try again afterwards.</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="438" />
        <source>Code du PV refusé : %1</source>
        <translation>PV code refused: %1</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="445" />
        <source>Ce PV est celui de la salle %1 (%2) : aucun fichier reçu pour elle.</source>
        <translation>This PV is room %1's (%2): no file received for it.</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="450" />
        <source>Choisissez d'abord la salle dans le tableau.</source>
        <translation>First choose the room in the table.</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="470" />
        <source>Impossible d'enregistrer : %1</source>
        <translation>Cannot record: %1</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="483" />
        <source>Salle %1 : %2</source>
        <translation>Room %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="508" />
        <source>Aucun PDF à côté de %1 (attendu : %2.pdf).</source>
        <translation>No PDF beside %1 (expected: %2.pdf).</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="535" />
        <source>Ouvert depuis le bureau des examens : lecture seule.</source>
        <translation>Opened from the exam office: read-only.</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="552" />
        <source>Exporter</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="544" />
        <location filename="../../ui/office/office_window.py" line="565" />
        <source>Rien à exporter : ajoutez d'abord des fichiers.</source>
        <translation>Nothing to export: add files first.</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="569" />
        <source>Un export est déjà en cours.</source>
        <translation>An export is already running.</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="574" />
        <source>Export en cours : %1</source>
        <translation>Exporting: %1</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="587" />
        <source>Export impossible : %1</source>
        <translation>Export failed: %1</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="590" />
        <source>Export écrit : %1</source>
        <translation>Export written: %1</translation>
    </message>
</context>
<context>
    <name>PauseDialog</name>
    <message>
        <location filename="../../ui/dialogs/record.py" line="138" />
        <source>Interrompre l'épreuve</source>
        <translation>Interrupt the exam</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record.py" line="140" />
        <source>Pendant l'interruption, le temps de l'épreuve ne court plus : la fin, l'entrée des retardataires et les sorties sont décalées d'autant. Enregistrez la reprise dès que l'épreuve repart.</source>
        <translation>During the interruption the exam time stops: the end, late entry and exits move by as much. Record the resumption as soon as the exam restarts.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record.py" line="146" />
        <source>&amp;Motif de l'interruption :</source>
        <translation>&amp;Reason for the interruption:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record.py" line="150" />
        <source>Motif de l'interruption</source>
        <translation>Reason for the interruption</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record.py" line="154" />
        <source>&amp;Interrompre maintenant</source>
        <translation>&amp;Interrupt now</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record.py" line="163" />
        <source>Épreuve interrompue depuis %s. Enregistrez la reprise (Ctrl+P) dès qu'elle repart.</source>
        <translation>Exam interrupted since %s. Record the resumption (Ctrl+P) as soon as it restarts.</translation>
    </message>
</context>
<context>
    <name>PdfJob</name>
    <message>
        <location filename="../../ui/dialogs/pdf_export.py" line="43" />
        <source>Production du PDF</source>
        <translation>Producing the PDF</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pdf_export.py" line="62" />
        <source>Le PDF n'a pas pu être produit : %s</source>
        <translation>The PDF could not be produced: %s</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../../ui/room/projector.py" line="45" />
        <source>Invigilator — vue projecteur</source>
        <translation>Invigilator — projector view</translation>
    </message>
    <message>
        <location filename="../../ui/room/projector.py" line="46" />
        <source>Vue projecteur</source>
        <translation>Projector view</translation>
    </message>
    <message>
        <location filename="../../ui/room/projector.py" line="49" />
        <source>Épreuve</source>
        <translation>Exam</translation>
    </message>
    <message>
        <location filename="../../ui/room/projector.py" line="50" />
        <source>Heure actuelle</source>
        <translation>Current time</translation>
    </message>
    <message>
        <location filename="../../ui/room/projector.py" line="51" />
        <source>Début et fin</source>
        <translation>Start and end</translation>
    </message>
    <message>
        <location filename="../../ui/room/projector.py" line="52" />
        <source>Temps restant</source>
        <translation>Time left</translation>
    </message>
    <message>
        <location filename="../../ui/room/projector.py" line="53" />
        <source>Règles de la salle</source>
        <translation>Room rules</translation>
    </message>
    <message>
        <location filename="../../ui/room/projector.py" line="54" />
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../ui/room/projector.py" line="108" />
        <source> (prévu)</source>
        <translation> (planned)</translation>
    </message>
    <message>
        <location filename="../../ui/room/projector.py" line="111" />
        <source>Début %s   ·   Fin %s</source>
        <translation>Start %s   ·   End %s</translation>
    </message>
    <message>
        <location filename="../../ui/room/projector.py" line="115" />
        <location filename="../../ui/room/projector.py" line="134" />
        <source>(%s d'interruption)</source>
        <translation>(%s of interruption)</translation>
    </message>
    <message>
        <location filename="../../ui/room/projector.py" line="117" />
        <source>Session close et scellée à %s</source>
        <translation>Session closed and sealed at %s</translation>
    </message>
    <message>
        <location filename="../../ui/room/projector.py" line="120" />
        <source>Temps restant : %s</source>
        <translation>Time left: %s</translation>
    </message>
    <message>
        <location filename="../../ui/room/projector.py" line="127" />
        <source>Entrée des retardataires jusqu'à %s</source>
        <translation>Late arrivals admitted until %s</translation>
    </message>
    <message>
        <location filename="../../ui/room/projector.py" line="130" />
        <source>Sur justificatif de transport jusqu'à %s</source>
        <translation>With a transport certificate until %s</translation>
    </message>
    <message>
        <location filename="../../ui/room/projector.py" line="133" />
        <source>Sorties autorisées à partir de %s</source>
        <translation>Leaving allowed from %s</translation>
    </message>
    <message>
        <location filename="../../ui/room/projector.py" line="137" />
        <source>Fin du temps majoré (+%d min) : %s</source>
        <translation>Extra time (+%d min) ends: %s</translation>
    </message>
    <message>
        <location filename="../../ui/room/projector.py" line="143" />
        <source>Épreuve terminée. Merci, vous pouvez quitter la salle.</source>
        <translation>The exam is over. Thank you, you may leave the room.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="176" />
        <source>Installez-vous. Téléphones éteints, dans un sac fermé posé au sol.</source>
        <translation>Take your seat. Phones off, in a closed bag on the floor.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="177" />
        <source>Épreuve en cours. Aucune communication entre candidats.</source>
        <translation>Exam in progress. No communication between candidates.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="178" />
        <source>Dernières minutes : vérifiez nom, prénom et numéro sur chaque copie.</source>
        <translation>Last minutes: check your name and number on every paper.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="179" />
        <source>Épreuve interrompue. Restez à votre place.</source>
        <translation>Exam interrupted. Stay in your seat.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="180" />
        <source>Temps majoré en cours : les autres candidats ont rendu leur copie.</source>
        <translation>Extra time in progress: the other candidates have handed in.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="181" />
        <source>Épreuve terminée. Posez vos stylos et restez assis jusqu'au ramassage.</source>
        <translation>Exam over. Put your pens down and stay seated until papers are collected.</translation>
    </message>
</context>
<context>
    <name>Questions</name>
    <message>
        <location filename="../../ui/widgets/questions.py" line="32" />
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/questions.py" line="33" />
        <source>Non</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <location filename="../../ui/room/record_actions.py" line="39" />
        <source>&amp;Incident…</source>
        <translation>&amp;Incident…</translation>
    </message>
    <message>
        <location filename="../../ui/room/record_actions.py" line="42" />
        <source>&amp;Observation…</source>
        <translation>&amp;Observation…</translation>
    </message>
    <message>
        <location filename="../../ui/room/record_actions.py" line="44" />
        <source>&amp;Erratum…</source>
        <translation>&amp;Erratum…</translation>
    </message>
    <message>
        <location filename="../../ui/room/record_actions.py" line="45" />
        <location filename="../../ui/room/record_actions.py" line="97" />
        <source>I&amp;nterrompre l'épreuve…</source>
        <translation>I&amp;nterrupt the exam…</translation>
    </message>
    <message>
        <location filename="../../ui/room/record_actions.py" line="47" />
        <source>&amp;Journal du procès-verbal…</source>
        <translation>Exam report &amp;record…</translation>
    </message>
    <message>
        <location filename="../../ui/room/record_actions.py" line="50" />
        <source>&amp;Clôture, signature et scellement…</source>
        <translation>&amp;Closing, signature and seal…</translation>
    </message>
    <message>
        <location filename="../../ui/room/record_actions.py" line="53" />
        <source>&amp;Ajout postérieur à la signature…</source>
        <translation>&amp;Addendum after signature…</translation>
    </message>
    <message>
        <location filename="../../ui/room/record_actions.py" line="56" />
        <source>Épreuve &amp;non tenue : sceller…</source>
        <translation>Exam &amp;not held: seal…</translation>
    </message>
    <message>
        <location filename="../../ui/room/record_actions.py" line="58" />
        <source>&amp;Procès-verbal</source>
        <translation>Exam &amp;report</translation>
    </message>
    <message>
        <location filename="../../ui/room/record_actions.py" line="93" />
        <source>&amp;Reprendre l'épreuve</source>
        <translation>&amp;Resume the exam</translation>
    </message>
    <message>
        <location filename="../../ui/room/record_actions.py" line="94" />
        <source>‖ Épreuve interrompue depuis %s — Reprendre (%s)</source>
        <translation>‖ Exam interrupted since %s — Resume (%s)</translation>
    </message>
    <message>
        <source>⏸ Épreuve interrompue depuis %s — Reprendre (%s)</source>
        <translation type="vanished">⏸ Exam interrupted since %s — Resume (%s)</translation>
    </message>
    <message>
        <location filename="../../ui/room/record_actions.py" line="98" />
        <source>Interrompre l'épreuve (%s)</source>
        <translation>Interrupt the exam (%s)</translation>
    </message>
    <message>
        <location filename="../../ui/room/record_actions.py" line="149" />
        <source>Épreuve reprise à %s après %s d'interruption : fin de l'épreuve à %s.</source>
        <translation>Exam resumed at %s after a %s interruption: the exam ends at %s.</translation>
    </message>
</context>
<context>
    <name>RecordListDialog</name>
    <message>
        <location filename="../../ui/dialogs/record.py" line="171" />
        <source>Heure</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record.py" line="172" />
        <source>Nature</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record.py" line="173" />
        <source>Détail</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record.py" line="174" />
        <source>Candidats</source>
        <translation>Candidates</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record.py" line="175" />
        <source>Saisi par</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record.py" line="186" />
        <location filename="../../ui/dialogs/record.py" line="187" />
        <source>Journal du procès-verbal</source>
        <translation>Exam report record</translation>
    </message>
    <message>
        <source>Incidents, observations, errata, interruptions et refus enregistrés, dans l'ordre. Rien ne s'efface : une erreur se corrige par un nouvel enregistrement.</source>
        <translation>Incidents, observations, errata, interruptions and refusals recorded, in order. Nothing is erased: a mistake is corrected by a new record.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record.py" line="190" />
        <source>Incidents, observations, errata, sorties d'urgence, interruptions et refus enregistrés, dans l'ordre. Rien ne s'efface : une erreur se corrige par un nouvel enregistrement.</source>
        <translation>Incidents, observations, errata, emergency exits, interruptions and refusals recorded, in order. Nothing is erased: a mistake is corrected by a new record.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record.py" line="199" />
        <source>Ce qui a été enregistré</source>
        <translation>What was recorded</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record.py" line="217" />
        <source>Rien n'a encore été enregistré.</source>
        <translation>Nothing recorded yet.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record.py" line="221" />
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record.py" line="255" />
        <source>Saisi : %s</source>
        <translation>Seized: %s</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record.py" line="257" />
        <source>Signé par : %s</source>
        <translation>Signed by: %s</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record.py" line="260" />
        <source>Contresigné par : %s</source>
        <translation>Countersigned by: %s</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record.py" line="264" />
        <source>Refus de contresigner : %s</source>
        <translation>Refused to countersign: %s</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record.py" line="266" />
        <source>Incident — %s</source>
        <translation>Incident — %s</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record.py" line="270" />
        <source>Remarque d'un candidat</source>
        <translation>Remark by a candidate</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record.py" line="270" />
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record.py" line="273" />
        <source>Erratum</source>
        <translation>Erratum</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record.py" line="279" />
        <source>%s (arrivée %d min après le début)</source>
        <translation>%s (arrived %d min after the start)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record.py" line="280" />
        <source>Entrée refusée</source>
        <translation>Entry refused</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record.py" line="282" />
        <source>Action refusée</source>
        <translation>Action refused</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record.py" line="290" />
        <source>Interruption</source>
        <translation>Interruption</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record.py" line="293" />
        <source>Reprise</source>
        <translation>Resumption</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record.py" line="293" />
        <source>après %d min d'interruption</source>
        <translation>after %d min of interruption</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record.py" line="297" />
        <source>Sortie d'urgence</source>
        <translation>Emergency exit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record.py" line="299" />
        <source>Sortie d'urgence, copie remise</source>
        <translation>Emergency exit, paper handed in</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record.py" line="307" />
        <source>Procès-verbal signé</source>
        <translation>Exam report signed</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record.py" line="316" />
        <source>%s (personne extérieure)</source>
        <translation>%s (from outside)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record.py" line="320" />
        <source>Accompagné(e) par : %s</source>
        <translation>Accompanied by: %s</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record.py" line="327" />
        <source>Sortie d'urgence — copie remise</source>
        <translation>Emergency exit — paper handed in</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record.py" line="329" />
        <source>Sortie d'urgence — copie non remise</source>
        <translation>Emergency exit — paper not handed in</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record.py" line="333" />
        <source>Ajout postérieur à la signature</source>
        <translation>Addendum after signature</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record.py" line="336" />
        <source>Horloge de l'ordinateur modifiée</source>
        <translation>Computer clock changed</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record.py" line="337" />
        <source>écart de %+.0f min avec l'heure de la session, qui n'a pas changé</source>
        <translation>%+.0f min away from the session's time, which did not change</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record.py" line="341" />
        <source>Heure de début corrigée</source>
        <translation>Start time corrected</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record.py" line="344" />
        <source>Épreuve modifiée</source>
        <translation>Exam changed</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record.py" line="345" />
        <source>durée %s min — %s</source>
        <translation>duration %s min — %s</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record.py" line="348" />
        <source>Consignes lues après le début</source>
        <translation>Instructions read after the start</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record.py" line="349" />
        <source>%d min après le début</source>
        <translation>%d min after the start</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record.py" line="351" />
        <source>Épreuve non tenue</source>
        <translation>Exam not held</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record.py" line="360" />
        <source>Entrée sans pièce d'identité</source>
        <translation>Entry without an ID document</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record.py" line="363" />
        <source>Accueilli(e) ici, attendu(e) en salle %s</source>
        <translation>Admitted here, expected in room %s</translation>
    </message>
</context>
<context>
    <name>RoomActions</name>
    <message>
        <location filename="../../ui/room/room_actions.py" line="57" />
        <source>Émarger (Entrée)</source>
        <translation>Check in (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_actions.py" line="58" />
        <source>Sortie temporaire</source>
        <translation>Temporary exit</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_actions.py" line="59" />
        <source>Retour en salle</source>
        <translation>Back in the room</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_actions.py" line="60" />
        <source>Ajout manuscrit</source>
        <translation>Hand addition</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_actions.py" line="62" />
        <source>Sortie d'urgence sans retour…</source>
        <translation>Emergency departure, not coming back…</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_actions.py" line="65" />
        <source>Remise de copie</source>
        <translation>Hand-in</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_actions.py" line="67" />
        <location filename="../../ui/room/room_actions.py" line="136" />
        <source>Consignes lues</source>
        <translation>Instructions read</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_actions.py" line="69" />
        <location filename="../../ui/room/room_actions.py" line="284" />
        <source>Début de l'épreuve</source>
        <translation>Start of the exam</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_actions.py" line="71" />
        <source>Corriger l'heure de début…</source>
        <translation>Correct the start time…</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_actions.py" line="73" />
        <source>Préparation de la salle…</source>
        <translation>Room set-up…</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_actions.py" line="75" />
        <source>Modifier la durée de l'épreuve…</source>
        <translation>Change the exam's duration…</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_actions.py" line="78" />
        <source>Vue projecteur</source>
        <translation>Projector view</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_actions.py" line="81" />
        <source>Exporter le procès-verbal (PDF)…</source>
        <translation>Export the procès-verbal (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_actions.py" line="85" />
        <source>Enregistrer une copie sous…</source>
        <translation>Save a copy as…</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_actions.py" line="88" />
        <source>Copie continue sur un second support…</source>
        <translation>Continuous copy on a second medium…</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_actions.py" line="90" />
        <source>Fermer la session</source>
        <translation>Close the session</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_actions.py" line="98" />
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_actions.py" line="100" />
        <source>&amp;Salle</source>
        <translation>&amp;Room</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_actions.py" line="102" />
        <source>&amp;Candidats</source>
        <translation>&amp;Candidates</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_actions.py" line="105" />
        <source>&amp;Affichage</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_actions.py" line="136" />
        <source>Consignes lues à %s</source>
        <translation>Instructions read at %s</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_actions.py" line="158" />
        <source>L'horloge de l'ordinateur a été changée (écart de %+.0f min) : l'application garde l'heure de l'épreuve, aucune décision ne change ; c'est noté au journal.</source>
        <translation>The computer's clock was changed (%+.0f min away): the app keeps the exam's time, no decision changes; this is noted in the record.</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_actions.py" line="167" />
        <source>Enregistrement fait, mais %s. Vérifiez le support.</source>
        <translation>Recorded, but %s. Check the medium.</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_actions.py" line="189" />
        <source>Second support (clé USB) : dossier de la copie continue</source>
        <translation>Second medium (USB stick): folder of the continuous copy</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_actions.py" line="193" />
        <source>Copie continue de la session sur %s : après chaque enregistrement, la copie et son journal d'ancrage y sont mis à jour.</source>
        <translation>Continuous copy of the session on %s: after each record, the copy and its anchor journal are updated there.</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_actions.py" line="207" />
        <source>Copie enregistrée : %s</source>
        <translation>Copy saved: %s</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_actions.py" line="214" />
        <source>Enregistrer une copie de la session</source>
        <translation>Save a copy of the session</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_actions.py" line="215" />
        <source>Session (*.invigilator)</source>
        <translation>Session (*.invigilator)</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_actions.py" line="229" />
        <source>Exporter le procès-verbal (PDF)</source>
        <translation>Export the procès-verbal (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_actions.py" line="242" />
        <source>Procès-verbal enregistré : %s</source>
        <translation>Procès-verbal saved: %s</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_actions.py" line="245" />
        <source>Projet de procès-verbal enregistré (session non scellée) : %s</source>
        <translation>Draft procès-verbal saved (session not sealed): %s</translation>
    </message>
    <message>
        <source>Consignes lues (%s)</source>
        <translation type="vanished">Instructions read (%s)</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_actions.py" line="256" />
        <source>Lecture des consignes enregistrée à %s.</source>
        <translation>Reading of the instructions recorded at %s.</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_actions.py" line="267" />
        <source>Enregistrer le début de l'épreuve maintenant ?

Ensuite, toute entrée sera une entrée en retard, décidée par le règlement.
Candidats pas encore émargés : %d.</source>
        <translation>Record the start of the exam now?

After this, every entry is a late entry, decided by the regulation.
Candidates not yet checked in: %d.</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_actions.py" line="274" />
        <source>⚠ La lecture des consignes n'a pas été enregistrée.</source>
        <translation>⚠ The reading of the instructions has not been recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_actions.py" line="278" />
        <source>⚠ Aucun surveillant n'est indiqué (Préparation de la salle, F2).</source>
        <translation>⚠ No invigilator is named (Room set-up, F2).</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_actions.py" line="282" />
        <source>⚠ Aucune liste de candidats importée : chacun devra être ajouté à la main.</source>
        <translation>⚠ No candidate list imported: each candidate will have to be added by hand.</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_actions.py" line="293" />
        <source>Épreuve commencée à %s. Entrée des retardataires jusqu'à %s ; sorties à partir de %s.</source>
        <translation>Exam started at %s. Late arrivals until %s; leaving from %s.</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_actions.py" line="309" />
        <source>Heure de début corrigée : %s.</source>
        <translation>Start time corrected: %s.</translation>
    </message>
</context>
<context>
    <name>ScanBox</name>
    <message>
        <location filename="../../ui/room/scan_box.py" line="23" />
        <source>Scannez la carte ou tapez un numéro ou un nom, puis Entrée</source>
        <translation>Scan the card or type a number or a name, then Enter</translation>
    </message>
    <message>
        <location filename="../../ui/room/scan_box.py" line="25" />
        <source>Recherche et scan des candidats</source>
        <translation>Candidate search and scan</translation>
    </message>
    <message>
        <location filename="../../ui/room/scan_box.py" line="27" />
        <source>Numéro d'auditeur ou quelques lettres du nom ; Entrée pour émarger.</source>
        <translation>Student number or a few letters of the name; Enter to check in.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../ui/setup/wizard.py" line="346" />
        <location filename="../../ui/setup/wizard.py" line="347" />
        <location filename="../../ui/setup/wizard.py" line="394" />
        <source>Préparation de la salle</source>
        <translation>Room set-up</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="350" />
        <source>&amp;Suivant &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="351" />
        <source>&lt; &amp;Précédent</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="352" />
        <source>&amp;Terminer</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="353" />
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="395" />
        <source>Des modifications ne sont pas encore enregistrées dans la session.

Les enregistrer avant de fermer ?</source>
        <translation>Some changes are not saved in the session yet.

Save them before closing?</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="400" />
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="401" />
        <source>&amp;Ne pas enregistrer</source>
        <translation>&amp;Don't save</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="402" />
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Signature</name>
    <message>
        <location filename="../../ui/widgets/dialog_parts.py" line="523" />
        <source>La signature est vide : faites signer le candidat.</source>
        <translation>The signature is empty: have the candidate sign.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialog_parts.py" line="527" />
        <source>La signature est trop courte : faites signer le candidat.</source>
        <translation>The signature is too short: have the candidate sign.</translation>
    </message>
</context>
<context>
    <name>SignatureBox</name>
    <message>
        <source>Signez ici avec le doigt, le stylet ou la souris : %s.</source>
        <translation>Sign here with a finger, a stylus or the mouse: %s.</translation>
    </message>
    <message>
        <source>Effacer</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Effacer la signature de %s</source>
        <translation>Clear the signature of %s</translation>
    </message>
</context>
<context>
    <name>SignatureField</name>
    <message>
        <location filename="../../ui/widgets/dialog_parts.py" line="202" />
        <source>&amp;Effacer</source>
        <translation>C&amp;lear</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialog_parts.py" line="202" />
        <source>Effacer</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialog_parts.py" line="204" />
        <source>Effacer la signature : %s</source>
        <translation>Clear the signature: %s</translation>
    </message>
    <message>
        <source>Effacer la signature de %s</source>
        <translation>Clear the signature of %s</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialog_parts.py" line="206" />
        <source>Effacer la signature</source>
        <translation>Clear the signature</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialog_parts.py" line="210" />
        <source>Signez ici avec le doigt, le stylet ou la souris : %s.</source>
        <translation>Sign here with a finger, a stylus or the mouse: %s.</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../../ui/widgets/signature_pad.py" line="45" />
        <source>Zone de signature</source>
        <translation>Signature area</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/signature_pad.py" line="47" />
        <source>Le candidat signe ici avec le doigt, le stylet ou la souris.</source>
        <translation>The candidate signs here with a finger, a stylus or the mouse.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/signature_pad.py" line="35" />
        <source>Signature du candidat</source>
        <translation>Candidate's signature</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../ui/setup/start_screen.py" line="82" />
        <source>scellée</source>
        <translation>sealed</translation>
    </message>
    <message>
        <location filename="../../ui/setup/start_screen.py" line="83" />
        <source>PV signé</source>
        <translation>report signed</translation>
    </message>
    <message>
        <location filename="../../ui/setup/start_screen.py" line="84" />
        <source>épreuve commencée</source>
        <translation>exam started</translation>
    </message>
    <message>
        <location filename="../../ui/setup/start_screen.py" line="85" />
        <source>préparation</source>
        <translation>set-up</translation>
    </message>
    <message>
        <location filename="../../ui/setup/start_screen.py" line="86" />
        <source>illisible</source>
        <translation>unreadable</translation>
    </message>
    <message>
        <location filename="../../ui/setup/start_screen.py" line="107" />
        <source>Invigilator — sessions de salle</source>
        <translation>Invigilator — room sessions</translation>
    </message>
    <message>
        <location filename="../../ui/setup/start_screen.py" line="108" />
        <source>Écran d'accueil</source>
        <translation>Start screen</translation>
    </message>
    <message>
        <location filename="../../ui/setup/start_screen.py" line="110" />
        <source>Sessions de salle</source>
        <translation>Room sessions</translation>
    </message>
    <message>
        <location filename="../../ui/setup/start_screen.py" line="113" />
        <source>Dossier : %s</source>
        <translation>Folder: %s</translation>
    </message>
    <message>
        <location filename="../../ui/setup/start_screen.py" line="119" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/setup/start_screen.py" line="120" />
        <source>Épreuve</source>
        <translation>Exam</translation>
    </message>
    <message>
        <location filename="../../ui/setup/start_screen.py" line="121" />
        <source>Salle</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../ui/setup/start_screen.py" line="122" />
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/setup/start_screen.py" line="123" />
        <source>Fichier</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/setup/start_screen.py" line="126" />
        <source>Sessions récentes</source>
        <translation>Recent sessions</translation>
    </message>
    <message>
        <location filename="../../ui/setup/start_screen.py" line="144" />
        <source>&amp;Nouvelle session…</source>
        <translation>&amp;New session…</translation>
    </message>
    <message>
        <location filename="../../ui/setup/start_screen.py" line="145" />
        <source>&amp;Ouvrir la session choisie</source>
        <translation>&amp;Open the chosen session</translation>
    </message>
    <message>
        <location filename="../../ui/setup/start_screen.py" line="146" />
        <source>Ouvrir un &amp;fichier…</source>
        <translation>Open a &amp;file…</translation>
    </message>
    <message>
        <location filename="../../ui/setup/start_screen.py" line="147" />
        <source>Salle de &amp;démonstration</source>
        <translation>&amp;Demo room</translation>
    </message>
    <message>
        <location filename="../../ui/setup/start_screen.py" line="148" />
        <source>Bureau des &amp;examens</source>
        <translation>&amp;Exam office</translation>
    </message>
    <message>
        <location filename="../../ui/setup/start_screen.py" line="169" />
        <source>(démo) %s</source>
        <translation>(demo) %s</translation>
    </message>
    <message>
        <location filename="../../ui/setup/start_screen.py" line="203" />
        <source>Ouvrir une session</source>
        <translation>Open a session</translation>
    </message>
    <message>
        <location filename="../../ui/setup/start_screen.py" line="204" />
        <source>Sessions (*%s);;Tous les fichiers (*)</source>
        <translation>Sessions (*%s);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/setup/start_screen.py" line="241" />
        <source>Session existante</source>
        <translation>Existing session</translation>
    </message>
    <message>
        <location filename="../../ui/setup/start_screen.py" line="243" />
        <source>Une session existe déjà pour %s, salle %s, le %s (%s) : %s.</source>
        <translation>A session already exists for %s, room %s, on %s (%s): %s.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/start_screen.py" line="254" />
        <source>Après un redémarrage, rouvrez-la : tout ce qui y a été fait est enregistré. Une seconde session serait vide et le service des examens recevrait deux fichiers pour la salle.</source>
        <translation>After a restart, reopen it: everything done in it is saved. A second session would be empty and the exam office would receive two files for the room.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/start_screen.py" line="259" />
        <source>Ouvrir la session existante</source>
        <translation>Open the existing session</translation>
    </message>
    <message>
        <location filename="../../ui/setup/start_screen.py" line="261" />
        <source>Créer une seconde session</source>
        <translation>Create a second session</translation>
    </message>
    <message>
        <location filename="../../ui/setup/start_screen.py" line="263" />
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <location filename="../../ui/setup/fields.py" line="181" />
        <source>hh:mm</source>
        <translation>hh:mm</translation>
    </message>
</context>
<context>
    <name>TypedField</name>
    <message>
        <location filename="../../ui/setup/fields.py" line="103" />
        <source>Indiquez la date.</source>
        <translation>Enter the date.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/fields.py" line="104" />
        <source>Date illisible : tapez jour, mois et année, ex. 15/06/2026.</source>
        <translation>Unreadable date: type day, month and year, e.g. 15/06/2026.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/fields.py" line="107" />
        <source>Année illisible : tapez-la sur 4 chiffres.</source>
        <translation>Unreadable year: type it with 4 digits.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/fields.py" line="108" />
        <source>Cette date n'existe pas : %s.</source>
        <translation>This date does not exist: %s.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/fields.py" line="109" />
        <source>Indiquez l'heure.</source>
        <translation>Enter the time.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/fields.py" line="110" />
        <source>Heure illisible : tapez par exemple 9:30 ou 14h00.</source>
        <translation>Unreadable time: type for instance 9:30 or 14:00.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/fields.py" line="113" />
        <source>Cette heure n'existe pas : %s.</source>
        <translation>This time does not exist: %s.</translation>
    </message>
</context>
<context>
    <name>_CommandDialog</name>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>_LeaveDialog</name>
    <message>
        <location filename="../../ui/dialogs/handin.py" line="68" />
        <source>Sortie d'&amp;urgence (malaise…)</source>
        <translation>&amp;Emergency exit (feeling unwell…)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handin.py" line="69" />
        <source>Sortie d'urgence</source>
        <translation>Emergency exit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handin.py" line="71" />
        <source>Note justifiant l'urgence</source>
        <translation>Note justifying the emergency</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handin.py" line="72" />
        <source>Note obligatoire en cas d'urgence</source>
        <translation>Note required for an emergency</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handin.py" line="81" />
        <source>Note :</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handin.py" line="96" />
        <source>L'épreuve n'a pas commencé.</source>
        <translation>The exam has not started.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handin.py" line="118" />
        <source>Sortie d'urgence : autorisée à tout moment, mais le règlement exige de la justifier : décrivez l'urgence dans la note.</source>
        <translation>Emergency exit: allowed at any time, but the rules require it to be justified: describe the emergency in the note.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handin.py" line="107" />
        <source>Fin de l'épreuve pour ce candidat : remise de la copie.</source>
        <translation>End of the exam for this candidate: hand-in of the paper.</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../ui/widgets/dialog_parts.py" line="506" />
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>La signature est vide : faites signer le candidat.</source>
        <translation>The signature is empty: have the candidate sign.</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Non</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pdf_export.py" line="91" />
        <source>Production du procès-verbal (PDF)…</source>
        <translation>Producing the procès-verbal (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pdf_export.py" line="116" />
        <source>Production de la feuille d'émargement vierge (PDF)…</source>
        <translation>Producing the blank attendance sheet (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pdf_export.py" line="123" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pdf_export.py" line="139" />
        <source>Enregistrer une copie du PDF</source>
        <translation>Save a copy of the PDF</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pdf_export.py" line="146" />
        <source>Copie impossible : %s</source>
        <translation>Copy failed: %s</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pdf_export.py" line="147" />
        <source>Copie du PDF enregistrée : %s</source>
        <translation>Copy of the PDF saved: %s</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pdf_export.py" line="181" />
        <source>Impression impossible (%s) : ouvrez le PDF et imprimez-le depuis la visionneuse.</source>
        <translation>Printing failed (%s): open the PDF and print it from the viewer.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pdf_export.py" line="177" />
        <source>PDF envoyé à l'imprimante %s.</source>
        <translation>PDF sent to the printer %s.</translation>
    </message>
</context>
</TS>