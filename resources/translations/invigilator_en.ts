<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>AdditionDialog</name>
    <message>
        <location filename="../../ui/addition_dialog.py" line="33" />
        <location filename="../../ui/addition_dialog.py" line="34" />
        <source>Ajout manuscrit d'un candidat</source>
        <translation>Hand addition of a candidate</translation>
    </message>
    <message>
        <location filename="../../ui/addition_dialog.py" line="39" />
        <source>Le candidat sera marqué « %s » : le service des examens vérifiera son inscription.</source>
        <translation>The candidate will be marked “%s”: the exam office will check the enrolment.</translation>
    </message>
    <message>
        <location filename="../../ui/addition_dialog.py" line="47" />
        <source>absent(e) de la liste, inscription à vérifier</source>
        <translation>missing from the list, enrolment to be checked</translation>
    </message>
    <message>
        <location filename="../../ui/addition_dialog.py" line="49" />
        <source>&amp;N° d'auditeur :</source>
        <translation>Student &amp;number:</translation>
    </message>
    <message>
        <location filename="../../ui/addition_dialog.py" line="49" />
        <source>Numéro d'auditeur</source>
        <translation>Student number</translation>
    </message>
    <message>
        <location filename="../../ui/addition_dialog.py" line="50" />
        <source>N&amp;om :</source>
        <translation>Last na&amp;me:</translation>
    </message>
    <message>
        <location filename="../../ui/addition_dialog.py" line="50" />
        <source>Nom</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../ui/addition_dialog.py" line="51" />
        <source>&amp;Prénom :</source>
        <translation>&amp;First name:</translation>
    </message>
    <message>
        <location filename="../../ui/addition_dialog.py" line="51" />
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../ui/addition_dialog.py" line="52" />
        <source>&amp;Motif de l'ajout :</source>
        <translation>&amp;Reason for the addition:</translation>
    </message>
    <message>
        <location filename="../../ui/addition_dialog.py" line="52" />
        <source>Motif de l'ajout</source>
        <translation>Reason for the addition</translation>
    </message>
    <message>
        <location filename="../../ui/addition_dialog.py" line="61" />
        <source>Signature du candidat (émargement)</source>
        <translation>Candidate's signature (check-in)</translation>
    </message>
    <message>
        <location filename="../../ui/addition_dialog.py" line="66" />
        <source>&amp;Ajouter et faire émarger</source>
        <translation>&amp;Add and check in</translation>
    </message>
    <message>
        <location filename="../../ui/addition_dialog.py" line="67" />
        <source>Ajouter et faire émarger</source>
        <translation>Add and check in</translation>
    </message>
    <message>
        <location filename="../../ui/addition_dialog.py" line="69" />
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/addition_dialog.py" line="92" />
        <source>La signature est vide : faites signer le candidat.</source>
        <translation>The signature is empty: have the candidate sign.</translation>
    </message>
    <message>
        <location filename="../../ui/addition_dialog.py" line="116" />
        <source>%s ajouté(e) en salle et émargé(e) — à vérifier.</source>
        <translation>%s added in the room and checked in — to be verified.</translation>
    </message>
</context>
<context>
    <name>AlertLabel</name>
    <message>
        <location filename="../../ui/widgets.py" line="36" />
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>CandidateTableModel</name>
    <message>
        <location filename="../../ui/labels.py" line="13" />
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="14" />
        <source>Nom</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="15" />
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="16" />
        <source>N° d'auditeur</source>
        <translation>Student no.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="17" />
        <source>Place</source>
        <translation>Seat</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="18" />
        <source>Aménagements</source>
        <translation>Accommodations</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="19" />
        <source>Entrée</source>
        <translation>Entry</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="20" />
        <source>Remise</source>
        <translation>Hand-in</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <location filename="../../ui/checkin_dialog.py" line="62" />
        <source>Émargement — %s</source>
        <translation>Check-in — %s</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_dialog.py" line="63" />
        <source>Émargement du candidat</source>
        <translation>Candidate check-in</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_dialog.py" line="71" />
        <source>Nom du candidat</source>
        <translation>Candidate's name</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_dialog.py" line="74" />
        <source>N° d'auditeur</source>
        <translation>Student no.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_dialog.py" line="75" />
        <source>Place</source>
        <translation>Seat</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_dialog.py" line="76" />
        <source>Aménagements</source>
        <translation>Accommodations</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_dialog.py" line="79" />
        <source>Date de naissance</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_dialog.py" line="88" />
        <source>Photo du candidat</source>
        <translation>Candidate's photo</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_dialog.py" line="100" />
        <source>pas de
photo</source>
        <translation>no
photo</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_dialog.py" line="111" />
        <source>Justificatif de retard d'un organisme de transport présenté</source>
        <translation>Delay certificate from a transport operator shown</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_dialog.py" line="113" />
        <source>Justificatif de transport présenté</source>
        <translation>Transport certificate shown</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_dialog.py" line="122" />
        <source>Signature du candidat (émargement)</source>
        <translation>Candidate's signature (check-in)</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_dialog.py" line="128" />
        <source>&amp;Valider l'émargement</source>
        <translation>&amp;Confirm check-in</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_dialog.py" line="129" />
        <source>Valider l'émargement</source>
        <translation>Confirm check-in</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_dialog.py" line="131" />
        <source>Enregistrer le &amp;refus d'entrée</source>
        <translation>Record the entry &amp;refusal</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_dialog.py" line="132" />
        <source>Enregistrer le refus d'entrée</source>
        <translation>Record the entry refusal</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_dialog.py" line="133" />
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_dialog.py" line="134" />
        <source>Annuler l'émargement</source>
        <translation>Cancel the check-in</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_dialog.py" line="162" />
        <source>temps majoré +%d min</source>
        <translation>extra time +%d min</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_dialog.py" line="180" />
        <source>Entrée en retard : %s.</source>
        <translation>Late entry: %s.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_dialog.py" line="182" />
        <source>ENTRÉE REFUSÉE : %s.</source>
        <translation>ENTRY REFUSED: %s.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_dialog.py" line="201" />
        <source>La signature est vide : faites signer le candidat.</source>
        <translation>The signature is empty: have the candidate sign.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_dialog.py" line="224" />
        <source>%s a émargé à %s.</source>
        <translation>%s checked in at %s.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_dialog.py" line="238" />
        <source>Refus enregistré. %s</source>
        <translation>Refusal recorded. %s</translation>
    </message>
</context>
<context>
    <name>ClockBand</name>
    <message>
        <location filename="../../ui/clock_band.py" line="27" />
        <source>Horloge de l'épreuve</source>
        <translation>Exam clock</translation>
    </message>
    <message>
        <location filename="../../ui/clock_band.py" line="34" />
        <source>Heure actuelle</source>
        <translation>Current time</translation>
    </message>
    <message>
        <location filename="../../ui/clock_band.py" line="45" />
        <source>Début</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/clock_band.py" line="45" />
        <source>Heure de début</source>
        <translation>Start time</translation>
    </message>
    <message>
        <location filename="../../ui/clock_band.py" line="46" />
        <source>Fin</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../ui/clock_band.py" line="46" />
        <source>Heure de fin</source>
        <translation>End time</translation>
    </message>
    <message>
        <location filename="../../ui/clock_band.py" line="47" />
        <source>Temps restant</source>
        <translation>Time left</translation>
    </message>
    <message>
        <location filename="../../ui/clock_band.py" line="66" />
        <source>Phase de l'épreuve</source>
        <translation>Exam phase</translation>
    </message>
    <message>
        <location filename="../../ui/clock_band.py" line="74" />
        <source> (prévu)</source>
        <translation> (planned)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28" />
        <source>avant le début de l'épreuve</source>
        <translation>before the start</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="29" />
        <source>épreuve en cours</source>
        <translation>exam in progress</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="30" />
        <source>dernières minutes</source>
        <translation>last minutes</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="31" />
        <source>épreuve interrompue</source>
        <translation>exam interrupted</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32" />
        <source>temps majoré en cours</source>
        <translation>extra time in progress</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33" />
        <source>épreuve terminée</source>
        <translation>exam over</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34" />
        <source>fin de l'entrée des retardataires</source>
        <translation>late entry closes</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="35" />
        <source>fin de l'entrée sur justificatif de transport</source>
        <translation>entry with transport certificate closes</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36" />
        <source>sorties autorisées</source>
        <translation>leaving allowed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37" />
        <source>sorties temporaires autorisées</source>
        <translation>temporary exits allowed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38" />
        <source>sorties définitives autorisées</source>
        <translation>final exits allowed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39" />
        <source>fin de l'épreuve</source>
        <translation>end of the exam</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="40" />
        <source>à venir</source>
        <translation>coming</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="41" />
        <source>entrée possible</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="42" />
        <source>sur justificatif</source>
        <translation>with certificate</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="43" />
        <source>fermée</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="44" />
        <source>ouvertes</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="45" />
        <source>en cours</source>
        <translation>running</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="46" />
        <source>terminée</source>
        <translation>over</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="47" />
        <source>terminé</source>
        <translation>over</translation>
    </message>
</context>
<context>
    <name>CorrectStartDialog</name>
    <message>
        <location filename="../../ui/room_actions.py" line="179" />
        <source>Corriger l'heure de début</source>
        <translation>Correct the start time</translation>
    </message>
    <message>
        <location filename="../../ui/room_actions.py" line="185" />
        <source>Heure de début réelle</source>
        <translation>Actual start time</translation>
    </message>
    <message>
        <location filename="../../ui/room_actions.py" line="187" />
        <source>Motif de la correction</source>
        <translation>Reason for the correction</translation>
    </message>
    <message>
        <location filename="../../ui/room_actions.py" line="188" />
        <source>Heure de début réelle :</source>
        <translation>Actual start time:</translation>
    </message>
    <message>
        <location filename="../../ui/room_actions.py" line="189" />
        <source>Motif (obligatoire) :</source>
        <translation>Reason (required):</translation>
    </message>
</context>
<context>
    <name>ExamPage</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="48" />
        <source>2. L'épreuve</source>
        <translation>2. The exam</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="49" />
        <source>Vérifiez ce que la liste a prérempli et complétez.</source>
        <translation>Check what the list prefilled and complete it.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="68" />
        <source>présent(e) dans la salle pendant la première heure</source>
        <translation>in the room during the first hour</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="72" />
        <source>aucun</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="74" />
        <source>Code de l'&amp;UE :</source>
        <translation>&amp;Course code:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="74" />
        <source>Code de l'UE</source>
        <translation>Course code</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="75" />
        <source>&amp;Intitulé :</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="75" />
        <source>Intitulé de l'UE</source>
        <translation>Course title</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="76" />
        <source>&amp;Centre :</source>
        <translation>C&amp;entre:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="76" />
        <source>Centre organisateur</source>
        <translation>Organising centre</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="77" />
        <source>&amp;Session :</source>
        <translation>&amp;Session:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="77" />
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="78" />
        <source>&amp;Date :</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="78" />
        <source>Date de l'épreuve</source>
        <translation>Exam date</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="79" />
        <source>&amp;Heure de début :</source>
        <translation>Start &amp;time:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="79" />
        <source>Heure de début prévue</source>
        <translation>Planned start time</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="80" />
        <source>Du&amp;rée :</source>
        <translation>D&amp;uration:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="80" />
        <source>Durée de l'épreuve</source>
        <translation>Exam duration</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="81" />
        <source>Sa&amp;lle :</source>
        <translation>R&amp;oom:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="81" />
        <source>Salle</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="82" />
        <source>&amp;Enseignant responsable :</source>
        <translation>Responsible &amp;teacher:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="82" />
        <source>Enseignant responsable</source>
        <translation>Responsible teacher</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="83" />
        <source>Enseignant présent la première heure</source>
        <translation>Teacher present during the first hour</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="84" />
        <source>&amp;Téléphone de l'enseignant :</source>
        <translation>Teacher's &amp;phone:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="84" />
        <source>Téléphone de l'enseignant</source>
        <translation>Teacher's phone</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="85" />
        <source>Documents et matériel &amp;autorisés :</source>
        <translation>&amp;Authorised documents and equipment:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="85" />
        <source>Documents et matériel autorisés</source>
        <translation>Authorised documents and equipment</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="145" />
        <source>L'enseignant n'est pas dans la salle : indiquez son téléphone.</source>
        <translation>The teacher is not in the room: give their phone number.</translation>
    </message>
</context>
<context>
    <name>ExitDialog</name>
    <message>
        <location filename="../../ui/handin_dialog.py" line="118" />
        <location filename="../../ui/handin_dialog.py" line="119" />
        <source>Sortie temporaire</source>
        <translation>Temporary exit</translation>
    </message>
    <message>
        <location filename="../../ui/handin_dialog.py" line="122" />
        <source>Surveillant qui accompagne</source>
        <translation>Escorting invigilator</translation>
    </message>
    <message>
        <location filename="../../ui/handin_dialog.py" line="123" />
        <source>&amp;Accompagné(e) par :</source>
        <translation>&amp;Escorted by:</translation>
    </message>
    <message>
        <location filename="../../ui/handin_dialog.py" line="124" />
        <source>&amp;Enregistrer la sortie</source>
        <translation>&amp;Record the exit</translation>
    </message>
    <message>
        <location filename="../../ui/handin_dialog.py" line="129" />
        <source>%s est sorti(e) temporairement.</source>
        <translation>%s left the room temporarily.</translation>
    </message>
</context>
<context>
    <name>HandInDialog</name>
    <message>
        <location filename="../../ui/handin_dialog.py" line="144" />
        <location filename="../../ui/handin_dialog.py" line="145" />
        <source>Remise de la copie</source>
        <translation>Hand-in of the paper</translation>
    </message>
    <message>
        <location filename="../../ui/handin_dialog.py" line="149" />
        <source>Nombre d'intercalaires</source>
        <translation>Number of sheets</translation>
    </message>
    <message>
        <location filename="../../ui/handin_dialog.py" line="150" />
        <source>Copie &amp;blanche</source>
        <translation>&amp;Blank paper</translation>
    </message>
    <message>
        <location filename="../../ui/handin_dialog.py" line="151" />
        <source>Copie blanche</source>
        <translation>Blank paper</translation>
    </message>
    <message>
        <location filename="../../ui/handin_dialog.py" line="152" />
        <source>&amp;Intercalaires :</source>
        <translation>&amp;Sheets:</translation>
    </message>
    <message>
        <location filename="../../ui/handin_dialog.py" line="154" />
        <source>Signature du candidat (remise de copie)</source>
        <translation>Candidate's signature (hand-in)</translation>
    </message>
    <message>
        <location filename="../../ui/handin_dialog.py" line="156" />
        <source>&amp;Valider la remise</source>
        <translation>&amp;Confirm the hand-in</translation>
    </message>
    <message>
        <location filename="../../ui/handin_dialog.py" line="161" />
        <source>Copie de %s rendue.</source>
        <translation>%s handed in the paper.</translation>
    </message>
    <message>
        <location filename="../../ui/handin_dialog.py" line="166" />
        <source>La signature de remise est vide.</source>
        <translation>The hand-in signature is empty.</translation>
    </message>
</context>
<context>
    <name>IdCheck</name>
    <message>
        <location filename="../../ui/widgets.py" line="66" />
        <source>Pièce d'identité présentée</source>
        <translation>ID document shown</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="68" />
        <source>Pièce originale et valide (ni photocopie, ni copie numérique)</source>
        <translation>Valid original (not a photocopy, not a digital copy)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="71" />
        <source>Pièce originale vérifiée</source>
        <translation>Original document checked</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="72" />
        <source>&amp;Pièce d'identité :</source>
        <translation>&amp;ID document:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="80" />
        <source>Une photocopie ou une copie numérique ne prouve pas l'identité : demandez la pièce originale.</source>
        <translation>A photocopy or a digital copy does not prove identity: ask for the original.</translation>
    </message>
</context>
<context>
    <name>InstructionsPage</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="207" />
        <source>4. Consignes</source>
        <translation>4. Instructions</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="209" />
        <source>Le surveillant responsable lit les consignes à voix haute avant le début.</source>
        <translation>The lead invigilator reads the instructions aloud before the start.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="214" />
        <source>Résumé de la salle</source>
        <translation>Room summary</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="219" />
        <source>Consignes à lire</source>
        <translation>Instructions to read</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="221" />
        <source>Consignes &amp;lues</source>
        <translation>Instructions &amp;read</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="222" />
        <source>Consignes lues</source>
        <translation>Instructions read</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="235" />
        <source>%d candidats sur la liste · surveillants : %s · autorisé : %s</source>
        <translation>%d candidates on the list · invigilators: %s · authorised: %s</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="240" />
        <location filename="../../ui/setup_wizard.py" line="251" />
        <source>Consignes lues à %s.</source>
        <translation>Instructions read at %s.</translation>
    </message>
</context>
<context>
    <name>InvigilatorsPage</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="160" />
        <source>3. Surveillants</source>
        <translation>3. Invigilators</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="161" />
        <source>Un nom par ligne ; choisissez le surveillant responsable.</source>
        <translation>One name per line; choose the lead invigilator.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="165" />
        <source>Surveillants présents</source>
        <translation>Invigilators present</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="168" />
        <source>Surveillant responsable</source>
        <translation>Lead invigilator</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="169" />
        <source>&amp;Surveillants présents :</source>
        <translation>&amp;Invigilators present:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="170" />
        <source>&amp;Responsable :</source>
        <translation>&amp;Lead:</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../ui/setup_list_page.py" line="36" />
        <source>1. Liste des candidats</source>
        <translation>1. Candidate list</translation>
    </message>
    <message>
        <location filename="../../ui/setup_list_page.py" line="38" />
        <source>Importez la liste transmise par le service des examens (CSV, XLSX, XLS, ODS).</source>
        <translation>Import the list sent by the exam office (CSV, XLSX, XLS, ODS).</translation>
    </message>
    <message>
        <location filename="../../ui/setup_list_page.py" line="44" />
        <source>Fichier de la liste</source>
        <translation>List file</translation>
    </message>
    <message>
        <location filename="../../ui/setup_list_page.py" line="45" />
        <source>&amp;Choisir le fichier…</source>
        <translation>&amp;Choose the file…</translation>
    </message>
    <message>
        <location filename="../../ui/setup_list_page.py" line="46" />
        <source>Choisir le fichier de la liste</source>
        <translation>Choose the list file</translation>
    </message>
    <message>
        <location filename="../../ui/setup_list_page.py" line="52" />
        <source>Liste actuelle</source>
        <translation>Current list</translation>
    </message>
    <message>
        <location filename="../../ui/setup_list_page.py" line="57" />
        <source>Feuille du classeur</source>
        <translation>Workbook sheet</translation>
    </message>
    <message>
        <location filename="../../ui/setup_list_page.py" line="60" />
        <source>Salle à importer</source>
        <translation>Room to import</translation>
    </message>
    <message>
        <location filename="../../ui/setup_list_page.py" line="61" />
        <source>Feuille :</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_list_page.py" line="62" />
        <source>Salle :</source>
        <translation>Room:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_list_page.py" line="69" />
        <source>Aperçu de la liste</source>
        <translation>List preview</translation>
    </message>
    <message>
        <location filename="../../ui/setup_list_page.py" line="76" />
        <location filename="../../ui/setup_list_page.py" line="106" />
        <source>Dossier des photos</source>
        <translation>Photo folder</translation>
    </message>
    <message>
        <location filename="../../ui/setup_list_page.py" line="77" />
        <source>Dossier des &amp;photos…</source>
        <translation>&amp;Photo folder…</translation>
    </message>
    <message>
        <location filename="../../ui/setup_list_page.py" line="78" />
        <source>Choisir le dossier des photos</source>
        <translation>Choose the photo folder</translation>
    </message>
    <message>
        <location filename="../../ui/setup_list_page.py" line="80" />
        <source>Photos (facultatif) :</source>
        <translation>Photos (optional):</translation>
    </message>
    <message>
        <location filename="../../ui/setup_list_page.py" line="91" />
        <source>Liste importée : %s (%d candidats, salle %s).</source>
        <translation>List imported: %s (%d candidates, room %s).</translation>
    </message>
    <message>
        <location filename="../../ui/setup_list_page.py" line="95" />
        <source>Aucune liste importée pour l'instant.</source>
        <translation>No list imported yet.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_list_page.py" line="99" />
        <source>Liste des candidats</source>
        <translation>Candidate list</translation>
    </message>
    <message>
        <location filename="../../ui/setup_list_page.py" line="100" />
        <source>Listes (*.csv *.tsv *.txt *.xlsx *.xls *.ods);;Tous les fichiers (*)</source>
        <translation>Lists (*.csv *.tsv *.txt *.xlsx *.xls *.ods);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/setup_list_page.py" line="123" />
        <source>Impossible de lire %s : %s</source>
        <translation>Cannot read %s: %s</translation>
    </message>
    <message>
        <location filename="../../ui/setup_list_page.py" line="134" />
        <source>(toute la liste)</source>
        <translation>(whole list)</translation>
    </message>
    <message>
        <location filename="../../ui/setup_list_page.py" line="150" />
        <source>Vérifiez la correspondance des colonnes.</source>
        <translation>Check the column mapping.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_list_page.py" line="151" />
        <source>Liste lue.</source>
        <translation>List read.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_list_page.py" line="168" />
        <source>Colonne pour %s</source>
        <translation>Column for %s</translation>
    </message>
    <message>
        <location filename="../../ui/setup_list_page.py" line="203" />
        <source>%d candidats importés.</source>
        <translation>%d candidates imported.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="54" />
        <source>— aucune —</source>
        <translation>— none —</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="56" />
        <source>Fenêtre principale de la salle</source>
        <translation>Room main window</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="72" />
        <source>Filtrer par état</source>
        <translation>Filter by state</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="77" />
        <source>Compteurs</source>
        <translation>Counters</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="83" />
        <source>Ajout manuscrit (F8)</source>
        <translation>Hand addition (F8)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="84" />
        <source>Ajouter ce candidat à la main</source>
        <translation>Add this candidate by hand</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="92" />
        <source>Liste des candidats</source>
        <translation>Candidate list</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="209" />
        <source>%s (%s) est attendu(e) en salle %s : indiquez-lui sa salle.</source>
        <translation>%s (%s) is expected in room %s: send them there.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="216" />
        <source>Numéro %s inconnu dans cette salle. Ajout manuscrit possible (F8).</source>
        <translation>Number %s is unknown in this room. Hand addition possible (F8).</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="226" />
        <source>Aucun candidat ne correspond à « %s ». Ajout manuscrit possible (F8).</source>
        <translation>No candidate matches “%s”. Hand addition possible (F8).</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="233" />
        <source>%d candidats correspondent : précisez, ou choisissez avec les flèches.</source>
        <translation>%d candidates match: type more, or choose with the arrow keys.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="245" />
        <source>%s a déjà émargé(e) à %s (%s).</source>
        <translation>%s already checked in at %s (%s).</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="278" />
        <source>%s est revenu(e) dans la salle.</source>
        <translation>%s is back in the room.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="349" />
        <source>Inscrits : %d   ·   Présents : %d   ·   Sortis : %d   ·   Copies rendues : %d   ·   Attendus : %d</source>
        <translation>Enrolled: %d   ·   Present: %d   ·   Out: %d   ·   Handed in: %d   ·   Expected: %d</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="353" />
        <source>   ·   Ajoutés en salle : %d</source>
        <translation>   ·   Added in the room: %d</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="359" />
        <source>Invigilator — salle non préparée</source>
        <translation>Invigilator — room not set up</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="373" />
        <source>Copie enregistrée : %s</source>
        <translation>Copy saved: %s</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="378" />
        <source>Enregistrer une copie de la session</source>
        <translation>Save a copy of the session</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="379" />
        <source>Session (*.invigilator)</source>
        <translation>Session (*.invigilator)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="21" />
        <source>Tous les candidats</source>
        <translation>All candidates</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="22" />
        <source>Attendus</source>
        <translation>Expected</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="23" />
        <source>Présents dans la salle</source>
        <translation>Present in the room</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="24" />
        <source>Sortis temporairement</source>
        <translation>Temporarily out</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="25" />
        <source>Copies rendues</source>
        <translation>Handed in</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="26" />
        <source>Absents ou refusés</source>
        <translation>Absent or refused</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27" />
        <source>Ajoutés en salle</source>
        <translation>Added in the room</translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <location filename="../../ui/start_screen.py" line="36" />
        <source>Nouvelle session de salle</source>
        <translation>New room session</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="39" />
        <source>Code de l'UE</source>
        <translation>Course code</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="41" />
        <source>Salle</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="45" />
        <source>Date de l'épreuve</source>
        <translation>Exam date</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="48" />
        <source>Code de l'&amp;UE :</source>
        <translation>&amp;Course code:</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="49" />
        <source>&amp;Date :</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="50" />
        <source>&amp;Salle :</source>
        <translation>&amp;Room:</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="56" />
        <source>Créer</source>
        <translation>Create</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="57" />
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="64" />
        <source>Indiquez le code de l'UE et la salle.</source>
        <translation>Give the course code and the room.</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../../ui/projector.py" line="29" />
        <source>Invigilator — vue projecteur</source>
        <translation>Invigilator — projector view</translation>
    </message>
    <message>
        <location filename="../../ui/projector.py" line="30" />
        <source>Vue projecteur</source>
        <translation>Projector view</translation>
    </message>
    <message>
        <location filename="../../ui/projector.py" line="33" />
        <source>Épreuve</source>
        <translation>Exam</translation>
    </message>
    <message>
        <location filename="../../ui/projector.py" line="34" />
        <source>Heure actuelle</source>
        <translation>Current time</translation>
    </message>
    <message>
        <location filename="../../ui/projector.py" line="35" />
        <source>Début et fin</source>
        <translation>Start and end</translation>
    </message>
    <message>
        <location filename="../../ui/projector.py" line="36" />
        <source>Temps restant</source>
        <translation>Time left</translation>
    </message>
    <message>
        <location filename="../../ui/projector.py" line="37" />
        <source>Règles de la salle</source>
        <translation>Room rules</translation>
    </message>
    <message>
        <location filename="../../ui/projector.py" line="38" />
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../ui/projector.py" line="59" />
        <source> (prévu)</source>
        <translation> (planned)</translation>
    </message>
    <message>
        <location filename="../../ui/projector.py" line="61" />
        <source>Début %s   ·   Fin %s</source>
        <translation>Start %s   ·   End %s</translation>
    </message>
    <message>
        <location filename="../../ui/projector.py" line="64" />
        <source>Temps restant : %s</source>
        <translation>Time left: %s</translation>
    </message>
    <message>
        <location filename="../../ui/projector.py" line="70" />
        <source>Entrée des retardataires jusqu'à %s</source>
        <translation>Late arrivals admitted until %s</translation>
    </message>
    <message>
        <location filename="../../ui/projector.py" line="73" />
        <source>Sur justificatif de transport jusqu'à %s</source>
        <translation>With a transport certificate until %s</translation>
    </message>
    <message>
        <location filename="../../ui/projector.py" line="76" />
        <source>Sorties autorisées à partir de %s</source>
        <translation>Leaving allowed from %s</translation>
    </message>
    <message>
        <location filename="../../ui/projector.py" line="78" />
        <source>Fin du temps majoré (+%d min) : %s</source>
        <translation>Extra time (+%d min) ends: %s</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="48" />
        <source>Installez-vous. Téléphones éteints, dans un sac fermé posé au sol.</source>
        <translation>Take your seat. Phones off, in a closed bag on the floor.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="49" />
        <source>Épreuve en cours. Aucune communication entre candidats.</source>
        <translation>Exam in progress. No communication between candidates.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="50" />
        <source>Dernières minutes : vérifiez nom, prénom et numéro sur chaque copie.</source>
        <translation>Last minutes: check your name and number on every paper.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51" />
        <source>Épreuve interrompue. Restez à votre place.</source>
        <translation>Exam interrupted. Stay in your seat.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52" />
        <source>Temps majoré en cours : les autres candidats ont rendu leur copie.</source>
        <translation>Extra time in progress: the other candidates have handed in.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="53" />
        <source>Épreuve terminée. Posez vos stylos et restez assis jusqu'au ramassage.</source>
        <translation>Exam over. Put your pens down and stay seated until papers are collected.</translation>
    </message>
</context>
<context>
    <name>RoomActions</name>
    <message>
        <location filename="../../ui/room_actions.py" line="44" />
        <source>Émarger (Entrée)</source>
        <translation>Check in (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/room_actions.py" line="45" />
        <source>Sortie temporaire</source>
        <translation>Temporary exit</translation>
    </message>
    <message>
        <location filename="../../ui/room_actions.py" line="46" />
        <source>Retour en salle</source>
        <translation>Back in the room</translation>
    </message>
    <message>
        <location filename="../../ui/room_actions.py" line="47" />
        <source>Ajout manuscrit</source>
        <translation>Hand addition</translation>
    </message>
    <message>
        <location filename="../../ui/room_actions.py" line="48" />
        <source>Remise de copie</source>
        <translation>Hand-in</translation>
    </message>
    <message>
        <location filename="../../ui/room_actions.py" line="50" />
        <location filename="../../ui/room_actions.py" line="92" />
        <source>Consignes lues</source>
        <translation>Instructions read</translation>
    </message>
    <message>
        <location filename="../../ui/room_actions.py" line="52" />
        <location filename="../../ui/room_actions.py" line="124" />
        <source>Début de l'épreuve</source>
        <translation>Start of the exam</translation>
    </message>
    <message>
        <location filename="../../ui/room_actions.py" line="54" />
        <source>Corriger l'heure de début…</source>
        <translation>Correct the start time…</translation>
    </message>
    <message>
        <location filename="../../ui/room_actions.py" line="56" />
        <source>Préparation de la salle…</source>
        <translation>Room set-up…</translation>
    </message>
    <message>
        <location filename="../../ui/room_actions.py" line="58" />
        <source>Vue projecteur</source>
        <translation>Projector view</translation>
    </message>
    <message>
        <location filename="../../ui/room_actions.py" line="61" />
        <source>Enregistrer une copie sous…</source>
        <translation>Save a copy as…</translation>
    </message>
    <message>
        <location filename="../../ui/room_actions.py" line="63" />
        <source>Fermer la session</source>
        <translation>Close the session</translation>
    </message>
    <message>
        <location filename="../../ui/room_actions.py" line="70" />
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/room_actions.py" line="72" />
        <source>&amp;Salle</source>
        <translation>&amp;Room</translation>
    </message>
    <message>
        <location filename="../../ui/room_actions.py" line="74" />
        <source>&amp;Candidats</source>
        <translation>&amp;Candidates</translation>
    </message>
    <message>
        <location filename="../../ui/room_actions.py" line="76" />
        <source>&amp;Affichage</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/room_actions.py" line="92" />
        <source>Consignes lues (%s)</source>
        <translation>Instructions read (%s)</translation>
    </message>
    <message>
        <location filename="../../ui/room_actions.py" line="105" />
        <source>Lecture des consignes enregistrée à %s.</source>
        <translation>Reading of the instructions recorded at %s.</translation>
    </message>
    <message>
        <location filename="../../ui/room_actions.py" line="116" />
        <source>Enregistrer le début de l'épreuve maintenant ?

Ensuite, toute entrée sera une entrée en retard, décidée par le règlement.
Candidats pas encore émargés : %d.</source>
        <translation>Record the start of the exam now?

After this, every entry is a late entry, decided by the regulation.
Candidates not yet checked in: %d.</translation>
    </message>
    <message>
        <location filename="../../ui/room_actions.py" line="123" />
        <source>⚠ La lecture des consignes n'a pas été enregistrée.</source>
        <translation>⚠ The reading of the instructions has not been recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/room_actions.py" line="133" />
        <source>Épreuve commencée à %s. Entrée des retardataires jusqu'à %s ; sorties à partir de %s.</source>
        <translation>Exam started at %s. Late arrivals until %s; leaving from %s.</translation>
    </message>
    <message>
        <location filename="../../ui/room_actions.py" line="146" />
        <source>Heure de début corrigée : %s.</source>
        <translation>Start time corrected: %s.</translation>
    </message>
</context>
<context>
    <name>ScanBox</name>
    <message>
        <location filename="../../ui/scan_box.py" line="18" />
        <source>Scannez la carte ou tapez un numéro ou un nom, puis Entrée</source>
        <translation>Scan the card or type a number or a name, then Enter</translation>
    </message>
    <message>
        <location filename="../../ui/scan_box.py" line="20" />
        <source>Recherche et scan des candidats</source>
        <translation>Candidate search and scan</translation>
    </message>
    <message>
        <location filename="../../ui/scan_box.py" line="22" />
        <source>Numéro d'auditeur ou quelques lettres du nom ; Entrée pour émarger.</source>
        <translation>Student number or a few letters of the name; Enter to check in.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="258" />
        <location filename="../../ui/setup_wizard.py" line="259" />
        <source>Préparation de la salle</source>
        <translation>Room set-up</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="262" />
        <source>&amp;Suivant &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="263" />
        <source>&lt; &amp;Précédent</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="264" />
        <source>&amp;Terminer</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="265" />
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>SignatureField</name>
    <message>
        <location filename="../../ui/widgets.py" line="103" />
        <source>&amp;Effacer</source>
        <translation>C&amp;lear</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="104" />
        <source>Effacer la signature</source>
        <translation>Clear the signature</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../../ui/signature_pad.py" line="41" />
        <source>Zone de signature</source>
        <translation>Signature area</translation>
    </message>
    <message>
        <location filename="../../ui/signature_pad.py" line="43" />
        <source>Le candidat signe ici avec le doigt, le stylet ou la souris.</source>
        <translation>The candidate signs here with a finger, a stylus or the mouse.</translation>
    </message>
    <message>
        <location filename="../../ui/signature_pad.py" line="161" />
        <source>Signature du candidat</source>
        <translation>Candidate's signature</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../ui/start_screen.py" line="84" />
        <source>Invigilator — sessions de salle</source>
        <translation>Invigilator — room sessions</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="85" />
        <source>Écran d'accueil</source>
        <translation>Start screen</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="87" />
        <source>Sessions de salle</source>
        <translation>Room sessions</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="90" />
        <source>Dossier : %s</source>
        <translation>Folder: %s</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="96" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="97" />
        <source>Épreuve</source>
        <translation>Exam</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="98" />
        <source>Salle</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="99" />
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="100" />
        <source>Fichier</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="103" />
        <source>Sessions récentes</source>
        <translation>Recent sessions</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="113" />
        <source>&amp;Nouvelle session…</source>
        <translation>&amp;New session…</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="114" />
        <source>&amp;Ouvrir la session choisie</source>
        <translation>&amp;Open the chosen session</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="115" />
        <source>Ouvrir un &amp;fichier…</source>
        <translation>Open a &amp;file…</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="116" />
        <source>Salle de &amp;démonstration</source>
        <translation>&amp;Demo room</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="147" />
        <source>Ouvrir une session</source>
        <translation>Open a session</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="148" />
        <source>Sessions (*%s);;Tous les fichiers (*)</source>
        <translation>Sessions (*%s);;All files (*)</translation>
    </message>
</context>
<context>
    <name>_LeaveDialog</name>
    <message>
        <location filename="../../ui/handin_dialog.py" line="48" />
        <source>Sortie d'&amp;urgence (malaise…)</source>
        <translation>&amp;Emergency exit (feeling unwell…)</translation>
    </message>
    <message>
        <location filename="../../ui/handin_dialog.py" line="49" />
        <source>Sortie d'urgence</source>
        <translation>Emergency exit</translation>
    </message>
    <message>
        <location filename="../../ui/handin_dialog.py" line="51" />
        <source>Note justifiant l'urgence</source>
        <translation>Note justifying the emergency</translation>
    </message>
    <message>
        <location filename="../../ui/handin_dialog.py" line="52" />
        <source>Note obligatoire en cas d'urgence</source>
        <translation>Note required for an emergency</translation>
    </message>
    <message>
        <location filename="../../ui/handin_dialog.py" line="56" />
        <source>Note :</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../../ui/handin_dialog.py" line="63" />
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/handin_dialog.py" line="74" />
        <source>L'épreuve n'a pas commencé.</source>
        <translation>The exam has not started.</translation>
    </message>
    <message>
        <location filename="../../ui/handin_dialog.py" line="79" />
        <source>Fin de l'épreuve pour ce candidat : remise de la copie.</source>
        <translation>End of the exam for this candidate: hand-in of the paper.</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../ui/main_window.py" line="394" />
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="395" />
        <source>Non</source>
        <translation>No</translation>
    </message>
</context>
</TS>