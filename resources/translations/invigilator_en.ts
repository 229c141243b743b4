<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>AdditionDialog</name>
    <message>
        <location filename="../../ui/dialogs/addition.py" line="48" />
        <location filename="../../ui/dialogs/addition.py" line="49" />
        <source>Ajout manuscrit d'un candidat</source>
        <translation>Hand addition of a candidate</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/addition.py" line="54" />
        <source>Le candidat sera marqué « %s » : le service des examens vérifiera son inscription.</source>
        <translation>The candidate will be marked “%s”: the exam office will check the enrolment.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/addition.py" line="62" />
        <source>absent(e) de la liste, inscription à vérifier</source>
        <translation>missing from the list, enrolment to be checked</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/addition.py" line="64" />
        <source>&amp;N° d'auditeur :</source>
        <translation>Student &amp;number:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/addition.py" line="64" />
        <source>Numéro d'auditeur</source>
        <translation>Student number</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/addition.py" line="65" />
        <source>N&amp;om :</source>
        <translation>Last na&amp;me:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/addition.py" line="65" />
        <source>Nom</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/addition.py" line="66" />
        <source>&amp;Prénom :</source>
        <translation>&amp;First name:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/addition.py" line="66" />
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/addition.py" line="67" />
        <source>&amp;Motif de l'ajout :</source>
        <translation>&amp;Reason for the addition:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/addition.py" line="67" />
        <source>Motif de l'ajout</source>
        <translation>Reason for the addition</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/addition.py" line="82" />
        <source>Signature du candidat (émargement)</source>
        <translation>Candidate's signature (check-in)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/addition.py" line="87" />
        <source>&amp;Ajouter et faire émarger</source>
        <translation>&amp;Add and check in</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/addition.py" line="88" />
        <source>Ajouter et faire émarger</source>
        <translation>Add and check in</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/addition.py" line="89" />
        <source>Enregistrer le &amp;refus</source>
        <translation>Record the &amp;refusal</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/addition.py" line="90" />
        <source>Enregistrer le refus d'entrée</source>
        <translation>Record the entry refusal</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/addition.py" line="91" />
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/addition.py" line="92" />
        <source>Annuler l'ajout</source>
        <translation>Cancel the addition</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/addition.py" line="154" />
        <source>Indiquez le numéro d'auditeur.</source>
        <translation>Enter the student number.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/addition.py" line="156" />
        <source>Indiquez le nom et le prénom.</source>
        <translation>Enter the last name and the first name.</translation>
    </message>
    <message>
        <source>La signature est vide : faites signer le candidat.</source>
        <translation>The signature is empty: have the candidate sign.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/addition.py" line="175" />
        <source>Refus enregistré. %s</source>
        <translation>Refusal recorded. %s</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/addition.py" line="185" />
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
        <location filename="../../ui/widgets/alert_label.py" line="28" />
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>CandidatePicker</name>
    <message>
        <location filename="../../ui/widgets/record_widgets.py" line="89" />
        <source>Nom, prénom, numéro ou place…</source>
        <translation>Name, number or seat…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_widgets.py" line="90" />
        <source>Rechercher un candidat</source>
        <translation>Search for a candidate</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_widgets.py" line="93" />
        <source>Candidats de la salle</source>
        <translation>Candidates in the room</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_widgets.py" line="95" />
        <source>Espace coche ou décoche le candidat mis en cause.</source>
        <translation>Space ticks or unticks the candidate involved.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_widgets.py" line="100" />
        <source>Candidats mis en cause</source>
        <translation>Candidates involved</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_widgets.py" line="109" />
        <source>place</source>
        <translation>seat</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_widgets.py" line="188" />
        <source>Mis en cause (%d) : %s</source>
        <translation>Involved (%d): %s</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_widgets.py" line="190" />
        <source>Aucun candidat mis en cause.</source>
        <translation>No candidate involved.</translation>
    </message>
</context>
<context>
    <name>CandidateTableModel</name>
    <message>
        <location filename="../../ui/widgets/labels.py" line="17" />
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="18" />
        <source>Nom</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="19" />
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="20" />
        <source>N° d'auditeur</source>
        <translation>Student no.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="21" />
        <source>Place</source>
        <translation>Seat</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="22" />
        <source>Aménagements</source>
        <translation>Accommodations</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="23" />
        <source>Entrée</source>
        <translation>Entry</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="24" />
        <source>Remise</source>
        <translation>Hand-in</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="25" />
        <source>Inscription</source>
        <translation>Enrolment</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <location filename="../../ui/dialogs/checkin.py" line="69" />
        <source>Émargement — %s</source>
        <translation>Check-in — %s</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkin.py" line="70" />
        <source>Émargement du candidat</source>
        <translation>Candidate check-in</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkin.py" line="81" />
        <source>Nom du candidat</source>
        <translation>Candidate's name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkin.py" line="84" />
        <source>N° d'auditeur</source>
        <translation>Student no.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkin.py" line="85" />
        <source>Place</source>
        <translation>Seat</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkin.py" line="86" />
        <source>Aménagements</source>
        <translation>Accommodations</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkin.py" line="89" />
        <source>Date de naissance</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkin.py" line="98" />
        <source>Photo du candidat</source>
        <translation>Candidate's photo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkin.py" line="110" />
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
        <location filename="../../ui/dialogs/checkin.py" line="128" />
        <source>Signature du candidat (émargement)</source>
        <translation>Candidate's signature (check-in)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkin.py" line="134" />
        <source>&amp;Valider l'émargement</source>
        <translation>&amp;Confirm check-in</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkin.py" line="135" />
        <source>Valider l'émargement</source>
        <translation>Confirm check-in</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkin.py" line="136" />
        <source>Enregistrer le &amp;refus d'entrée</source>
        <translation>Record the entry &amp;refusal</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkin.py" line="137" />
        <source>Enregistrer le refus d'entrée</source>
        <translation>Record the entry refusal</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkin.py" line="138" />
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkin.py" line="139" />
        <source>Annuler l'émargement</source>
        <translation>Cancel the check-in</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkin.py" line="167" />
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
        <location filename="../../ui/dialogs/checkin.py" line="198" />
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
        <location filename="../../ui/room/clock_band.py" line="38" />
        <source>Horloge de l'épreuve</source>
        <translation>Exam clock</translation>
    </message>
    <message>
        <location filename="../../ui/room/clock_band.py" line="47" />
        <source>Heure actuelle</source>
        <translation>Current time</translation>
    </message>
    <message>
        <location filename="../../ui/room/clock_band.py" line="58" />
        <source>Début</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/room/clock_band.py" line="58" />
        <source>Heure de début</source>
        <translation>Start time</translation>
    </message>
    <message>
        <location filename="../../ui/room/clock_band.py" line="59" />
        <source>Fin</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../ui/room/clock_band.py" line="59" />
        <source>Heure de fin</source>
        <translation>End time</translation>
    </message>
    <message>
        <location filename="../../ui/room/clock_band.py" line="60" />
        <source>Temps restant</source>
        <translation>Time left</translation>
    </message>
    <message>
        <location filename="../../ui/room/clock_band.py" line="86" />
        <source>Phase de l'épreuve</source>
        <translation>Exam phase</translation>
    </message>
    <message>
        <location filename="../../ui/room/clock_band.py" line="97" />
        <source> (prévu)</source>
        <translation> (planned)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="34" />
        <source>avant le début de l'épreuve</source>
        <translation>before the start</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="35" />
        <source>épreuve en cours</source>
        <translation>exam in progress</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="36" />
        <source>dernières minutes</source>
        <translation>last minutes</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="37" />
        <source>épreuve interrompue</source>
        <translation>exam interrupted</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="38" />
        <source>temps majoré en cours</source>
        <translation>extra time in progress</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="39" />
        <source>épreuve terminée</source>
        <translation>exam over</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="40" />
        <source>fin de l'entrée des retardataires</source>
        <translation>late entry closes</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="41" />
        <source>fin de l'entrée sur justificatif de transport</source>
        <translation>entry with transport certificate closes</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="42" />
        <source>sorties autorisées</source>
        <translation>leaving allowed</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="43" />
        <source>sorties temporaires autorisées</source>
        <translation>temporary exits allowed</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="44" />
        <source>sorties définitives autorisées</source>
        <translation>final exits allowed</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="45" />
        <source>fin de l'épreuve</source>
        <translation>end of the exam</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="46" />
        <source>à venir</source>
        <translation>coming</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="47" />
        <source>entrée possible</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="48" />
        <source>sur justificatif</source>
        <translation>with certificate</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="49" />
        <source>fermée</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="50" />
        <source>ouvertes</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="51" />
        <source>en cours</source>
        <translation>running</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="52" />
        <source>terminée</source>
        <translation>over</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="53" />
        <source>terminé</source>
        <translation>over</translation>
    </message>
</context>
<context>
    <name>ClosingDialog</name>
    <message>
        <location filename="../../ui/dialogs/pv.py" line="32" />
        <source>Inscrits</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pv.py" line="33" />
        <source>Présents</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pv.py" line="34" />
        <source>Absents</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pv.py" line="35" />
        <source>Copies ramassées</source>
        <translation>Papers collected</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pv.py" line="36" />
        <source>Partis sans rendre leur copie</source>
        <translation>Left without handing in</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pv.py" line="37" />
        <source>dont copies blanches</source>
        <translation>of which blank</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pv.py" line="38" />
        <source>Intercalaires</source>
        <translation>Sheets</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pv.py" line="39" />
        <source>Retards admis</source>
        <translation>Late admitted</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pv.py" line="40" />
        <source>Entrées refusées</source>
        <translation>Entries refused</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pv.py" line="41" />
        <source>Ajoutés en salle (à vérifier)</source>
        <translation>Added in the room (to be checked)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pv.py" line="42" />
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pv.py" line="90" />
        <source>Clôture de la salle — procès-verbal</source>
        <translation>Closing the room — exam report</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pv.py" line="91" />
        <source>Clôture de la salle</source>
        <translation>Closing the room</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pv.py" line="96" />
        <source>salle %s</source>
        <translation>room %s</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pv.py" line="101" />
        <source>Ce que le procès-verbal indique</source>
        <translation>What the exam report states</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pv.py" line="107" />
        <source>Observations et errata</source>
        <translation>Observations and errata</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pv.py" line="125" />
        <source>Enregistrer un &amp;refus de rendre la copie…</source>
        <translation>Record a &amp;refusal to hand in…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pv.py" line="128" />
        <source>Relire le &amp;journal…</source>
        <translation>Review the &amp;record…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pv.py" line="129" />
        <source>Relire le journal du procès-verbal</source>
        <translation>Review the exam report record</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pv.py" line="140" />
        <source>Signature du procès-verbal par les surveillants</source>
        <translation>The invigilators sign the exam report</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pv.py" line="146" />
        <source>Signature du surveillant : %s</source>
        <translation>Invigilator's signature: %s</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pv.py" line="153" />
        <source>Session scellée</source>
        <translation>Session sealed</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pv.py" line="166" />
        <source>&amp;Signer le procès-verbal</source>
        <translation>&amp;Sign the exam report</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pv.py" line="168" />
        <source>S&amp;celler la session…</source>
        <translation>S&amp;eal the session…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pv.py" line="169" />
        <location filename="../../ui/dialogs/pv.py" line="312" />
        <source>Sceller la session</source>
        <translation>Seal the session</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pv.py" line="171" />
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pv.py" line="211" />
        <source>Dernière étape, le scellement : Entrée ou « Sceller la session… » ouvre une confirmation.</source>
        <translation>Last step, the seal: Enter or “Seal the session…” opens a confirmation.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pv.py" line="234" />
        <source>Session scellée à %s : lecture seule. Empreinte finale (SHA-256), à reporter et à comparer avec celle que le service des examens obtient du fichier :</source>
        <translation>Session sealed at %s: read-only. Final hash (SHA-256), to write down and compare with the one the exam office gets from the file:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pv.py" line="249" />
        <source>%d candidat(s) n'ont pas rendu leur copie : %s. Faites-les remettre (F9), ou enregistrez leur refus de rendre la copie avant de signer.</source>
        <translation>%d candidate(s) have not handed in: %s. Collect their papers (F9), or record their refusal to hand in before signing.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pv.py" line="282" />
        <source>Signature trop courte : %s.</source>
        <translation>Signature too short: %s.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pv.py" line="317" />
        <source>&amp;Sceller la session</source>
        <translation>&amp;Seal the session</translation>
    </message>
    <message>
        <source>Non</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pv.py" line="340" />
        <source>Session scellée à %s : lecture seule. Empreinte finale : %s</source>
        <translation>Session sealed at %s: read-only. Final hash: %s</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pv.py" line="206" />
        <source>Procès-verbal signé à %s par %s.</source>
        <translation>Exam report signed at %s by %s.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pv.py" line="225" />
        <source>Faites d'abord signer le procès-verbal.</source>
        <translation>Have the exam report signed first.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pv.py" line="255" />
        <source>%d candidat(s) composent encore (fin de leur temps : %s au plus tard) : %s. Le procès-verbal se signe quand leur copie est rendue.</source>
        <translation>%d candidate(s) still writing (their time ends at %s at the latest): %s. The report is signed once their papers are handed in.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pv.py" line="286" />
        <source>Signature manquante : %s.</source>
        <translation>Missing signature: %s.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pv.py" line="313" />
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
        <location filename="../../ui/dialogs/correct_start.py" line="14" />
        <source>Corriger l'heure de début</source>
        <translation>Correct the start time</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correct_start.py" line="20" />
        <source>Heure de début réelle</source>
        <translation>Actual start time</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correct_start.py" line="22" />
        <source>Motif de la correction</source>
        <translation>Reason for the correction</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correct_start.py" line="23" />
        <source>Heure de début réelle :</source>
        <translation>Actual start time:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correct_start.py" line="24" />
        <source>Motif (obligatoire) :</source>
        <translation>Reason (required):</translation>
    </message>
</context>
<context>
    <name>Countersign</name>
    <message>
        <location filename="../../ui/dialogs/incident.py" line="49" />
        <source>Contreseing de %s</source>
        <translation>Countersignature of %s</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident.py" line="50" />
        <location filename="../../ui/dialogs/incident.py" line="51" />
        <source>%s refuse de contresigner</source>
        <translation>%s refuses to countersign</translation>
    </message>
</context>
<context>
    <name>EntryRefusal</name>
    <message>
        <location filename="../../ui/bridge.py" line="71" />
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
        <location filename="../../ui/setup/wizard.py" line="48" />
        <source>2. L'épreuve</source>
        <translation>2. The exam</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="49" />
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
        <location filename="../../ui/setup/wizard.py" line="153" />
        <source>L'enseignant n'est pas dans la salle : indiquez son téléphone.</source>
        <translation>The teacher is not in the room: give their phone number.</translation>
    </message>
</context>
<context>
    <name>ExitDialog</name>
    <message>
        <location filename="../../ui/dialogs/handin.py" line="142" />
        <location filename="../../ui/dialogs/handin.py" line="143" />
        <source>Sortie temporaire</source>
        <translation>Temporary exit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handin.py" line="146" />
        <source>Surveillant qui accompagne</source>
        <translation>Escorting invigilator</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handin.py" line="147" />
        <source>&amp;Accompagné(e) par :</source>
        <translation>&amp;Escorted by:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handin.py" line="148" />
        <source>&amp;Enregistrer la sortie</source>
        <translation>&amp;Record the exit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handin.py" line="153" />
        <source>%s est sorti(e) temporairement.</source>
        <translation>%s left the room temporarily.</translation>
    </message>
</context>
<context>
    <name>FinalHash</name>
    <message>
        <location filename="../../ui/dialogs/pv.py" line="61" />
        <source>Empreinte finale</source>
        <translation>Final hash</translation>
    </message>
</context>
<context>
    <name>HandInDialog</name>
    <message>
        <location filename="../../ui/dialogs/handin.py" line="170" />
        <location filename="../../ui/dialogs/handin.py" line="171" />
        <source>Remise de la copie</source>
        <translation>Hand-in of the paper</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handin.py" line="175" />
        <source>Nombre d'intercalaires</source>
        <translation>Number of sheets</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handin.py" line="176" />
        <source>Copie &amp;blanche</source>
        <translation>&amp;Blank paper</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handin.py" line="177" />
        <source>Copie blanche</source>
        <translation>Blank paper</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handin.py" line="178" />
        <source>&amp;Intercalaires :</source>
        <translation>&amp;Sheets:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handin.py" line="180" />
        <source>Signature du candidat (remise de copie)</source>
        <translation>Candidate's signature (hand-in)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handin.py" line="182" />
        <source>&amp;Valider la remise</source>
        <translation>&amp;Confirm the hand-in</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handin.py" line="192" />
        <source>Copie blanche rendue : %s</source>
        <translation>Blank paper handed in: %s</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handin.py" line="194" />
        <source>Copie rendue : %s (%d intercalaire).</source>
        <translation>Paper handed in: %s (%d sheet).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handin.py" line="195" />
        <source>Copie rendue : %s (%d intercalaires).</source>
        <translation>Paper handed in: %s (%d sheets).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handin.py" line="225" />
        <source>Nombre d'intercalaires inhabituel</source>
        <translation>Unusual number of sheets</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handin.py" line="226" />
        <source>%d intercalaires pour une seule copie : est-ce bien le nombre compté ?</source>
        <translation>%d sheets for a single paper: is that the number you counted?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handin.py" line="230" />
        <source>&amp;Corriger le nombre</source>
        <translation>&amp;Correct the number</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handin.py" line="229" />
        <source>C&amp;onfirmer %d intercalaires</source>
        <translation>C&amp;onfirm %d sheets</translation>
    </message>
    <message>
        <source>Copie de %s rendue.</source>
        <translation>%s handed in the paper.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handin.py" line="200" />
        <source>La signature de remise est vide.</source>
        <translation>The hand-in signature is empty.</translation>
    </message>
</context>
<context>
    <name>IdCheck</name>
    <message>
        <location filename="../../ui/widgets/dialog_parts.py" line="49" />
        <source>Pièce d'identité présentée</source>
        <translation>ID document shown</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialog_parts.py" line="51" />
        <source>Pièce originale et valide (ni photocopie, ni copie numérique)</source>
        <translation>Valid original (not a photocopy, not a digital copy)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialog_parts.py" line="54" />
        <source>Pièce originale vérifiée</source>
        <translation>Original document checked</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialog_parts.py" line="55" />
        <source>&amp;Pièce d'identité :</source>
        <translation>&amp;ID document:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialog_parts.py" line="63" />
        <source>Une photocopie ou une copie numérique ne prouve pas l'identité : demandez la pièce originale.</source>
        <translation>A photocopy or a digital copy does not prove identity: ask for the original.</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <location filename="../../ui/dialogs/incident.py" line="31" />
        <source>Fraude ou tentative de fraude</source>
        <translation>Fraud or attempted fraud</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident.py" line="32" />
        <source>Refus de rendre la copie</source>
        <translation>Refusal to hand in the paper</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident.py" line="33" />
        <source>Malaise</source>
        <translation>Feeling unwell</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident.py" line="34" />
        <source>Perturbation</source>
        <translation>Disturbance</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident.py" line="35" />
        <source>Autre incident</source>
        <translation>Other incident</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident.py" line="78" />
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident.py" line="79" />
        <source>Enregistrer un incident</source>
        <translation>Record an incident</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident.py" line="94" />
        <source>Catégorie de l'incident</source>
        <translation>Incident category</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident.py" line="95" />
        <source>&amp;Catégorie :</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident.py" line="97" />
        <source>Candidats &amp;mis en cause :</source>
        <translation>Candidates &amp;involved:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident.py" line="101" />
        <source>Description de l'incident</source>
        <translation>Description of the incident</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident.py" line="103" />
        <source>Ce qui s'est passé, à quelle heure, ce qui a été fait.</source>
        <translation>What happened, when, and what was done.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident.py" line="106" />
        <source>&amp;Description :</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident.py" line="108" />
        <source>Documents ou matériel saisis</source>
        <translation>Documents or equipment seized</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident.py" line="109" />
        <source>Rien de saisi : laisser vide</source>
        <translation>Nothing seized: leave empty</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident.py" line="110" />
        <source>Documents ou matériel &amp;saisis :</source>
        <translation>Documents or equipment &amp;seized:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident.py" line="116" />
        <source>Signatures du rapport de fraude</source>
        <translation>Signatures of the fraud report</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident.py" line="120" />
        <source>Signature du ou des surveillants présents</source>
        <translation>Signature of the invigilator(s) present</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident.py" line="126" />
        <source>Surveillant(e) : %s</source>
        <translation>Invigilator: %s</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident.py" line="130" />
        <source>Contreseing des candidats mis en cause</source>
        <translation>Countersignature of the candidates involved</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident.py" line="133" />
        <source>Cochez à gauche les candidats mis en cause.</source>
        <translation>Tick the candidates involved on the left.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident.py" line="145" />
        <source>&amp;Enregistrer l'incident (Ctrl+Entrée)</source>
        <translation>&amp;Record the incident (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident.py" line="146" />
        <source>Enregistrer l'incident</source>
        <translation>Record the incident</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident.py" line="148" />
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident.py" line="149" />
        <source>Annuler l'incident</source>
        <translation>Cancel the incident</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident.py" line="201" />
        <source>Fraude (4.6.2) : faites cesser la fraude sans interrompre le candidat, qui poursuit l'épreuve. N'écrivez rien sur sa copie. Saisissez les documents ou le matériel. Le rapport est signé par les surveillants et contresigné par le candidat ; s'il refuse, cochez-le. Informez le responsable de l'organisation des examens.</source>
        <translation>Fraud (4.6.2): stop the fraud without interrupting the candidate, who continues the exam. Write nothing on their paper. Seize the documents or equipment. The report is signed by the invigilators and countersigned by the candidate; if they refuse, tick it. Inform the head of exam organisation.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident.py" line="209" />
        <source>Refus de rendre la copie (4.4) : à la fin de leur temps de composition, cochez les candidats encore présents qui refusent de la rendre. L'incident est transmis au service des examens.</source>
        <translation>Refusal to hand in the paper (4.4): at the end of their writing time, tick the candidates still in the room who refuse to hand it in. The incident is forwarded to the exam office.</translation>
    </message>
    <message>
        <source>Refus de rendre la copie (4.4) : cochez les candidats encore présents qui refusent de la rendre. L'incident est transmis au service des examens.</source>
        <translation>Refusal to hand in (4.4): tick the candidates still present who refuse to hand in their paper. The incident goes to the exam office.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident.py" line="235" />
        <source>Cochez le ou les candidats qui refusent de rendre leur copie.</source>
        <translation>Tick the candidate(s) who refuse to hand in their paper.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident.py" line="244" />
        <source>Signature trop courte : %s.</source>
        <translation>Signature too short: %s.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident.py" line="246" />
        <source>Le rapport de fraude doit être signé par au moins un surveillant.</source>
        <translation>The fraud report must be signed by at least one invigilator.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident.py" line="252" />
        <source>%s : faites contresigner le rapport, ou cochez « refuse de contresigner ».</source>
        <translation>%s: have the report countersigned, or tick “refuses to countersign”.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident.py" line="289" />
        <source>Incident enregistré à %s : %s — %s.</source>
        <translation>Incident recorded at %s: %s — %s.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident.py" line="291" />
        <source>Incident enregistré à %s : %s.</source>
        <translation>Incident recorded at %s: %s.</translation>
    </message>
</context>
<context>
    <name>InstructionsPage</name>
    <message>
        <location filename="../../ui/setup/wizard.py" line="228" />
        <source>4. Consignes</source>
        <translation>4. Instructions</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="230" />
        <source>Le surveillant responsable lit les consignes à voix haute avant le début.</source>
        <translation>The lead invigilator reads the instructions aloud before the start.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="235" />
        <source>Résumé de la salle</source>
        <translation>Room summary</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="240" />
        <source>Consignes à lire</source>
        <translation>Instructions to read</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="242" />
        <source>Consignes &amp;lues</source>
        <translation>Instructions &amp;read</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="243" />
        <source>Consignes lues</source>
        <translation>Instructions read</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="259" />
        <source>%d candidats sur la liste · surveillants : %s · autorisé : %s</source>
        <translation>%d candidates on the list · invigilators: %s · authorised: %s</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="264" />
        <location filename="../../ui/setup/wizard.py" line="275" />
        <source>Consignes lues à %s.</source>
        <translation>Instructions read at %s.</translation>
    </message>
</context>
<context>
    <name>InvigilatorsPage</name>
    <message>
        <location filename="../../ui/setup/wizard.py" line="169" />
        <source>3. Surveillants</source>
        <translation>3. Invigilators</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="170" />
        <source>Un nom par ligne ; choisissez le surveillant responsable.</source>
        <translation>One name per line; choose the lead invigilator.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="174" />
        <source>Surveillants présents</source>
        <translation>Invigilators present</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="177" />
        <source>Surveillant responsable</source>
        <translation>Lead invigilator</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="178" />
        <source>&amp;Surveillants présents :</source>
        <translation>&amp;Invigilators present:</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="179" />
        <source>&amp;Responsable :</source>
        <translation>&amp;Lead:</translation>
    </message>
</context>
<context>
    <name>LateEntryCheck</name>
    <message>
        <source>Justificatif de retard d'un organisme de transport présenté</source>
        <translation>Delay certificate from a transport operator shown</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialog_parts.py" line="151" />
        <source>Le candidat présente-t-il un justificatif de retard d'un organisme de transport ?</source>
        <translation>Does the candidate show a delay certificate from a transport operator?</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialog_parts.py" line="158" />
        <source>Oui, &amp;justificatif présenté</source>
        <translation>Yes, &amp;certificate shown</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialog_parts.py" line="159" />
        <source>Justificatif de transport présenté</source>
        <translation>Transport certificate shown</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialog_parts.py" line="160" />
        <source>Non, pa&amp;s de justificatif</source>
        <translation>No, n&amp;o certificate</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialog_parts.py" line="161" />
        <source>Pas de justificatif de transport</source>
        <translation>No transport certificate</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialog_parts.py" line="210" />
        <source>Répondez d'abord : justificatif de transport présenté ou non ?</source>
        <translation>Answer first: transport certificate shown or not?</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialog_parts.py" line="224" />
        <source>ENTRÉE POSSIBLE UNIQUEMENT SUR JUSTIFICATIF DE TRANSPORT : retard de plus d'une heure, demandez au candidat son justificatif.</source>
        <translation>ENTRY ONLY WITH A TRANSPORT CERTIFICATE: more than one hour late, ask the candidate for the certificate.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialog_parts.py" line="229" />
        <source>Entrée en retard : %s.</source>
        <translation>Late entry: %s.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialog_parts.py" line="231" />
        <source>ENTRÉE REFUSÉE : %s.</source>
        <translation>ENTRY REFUSED: %s.</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../ui/setup/list_page.py" line="52" />
        <source>1. Liste des candidats</source>
        <translation>1. Candidate list</translation>
    </message>
    <message>
        <location filename="../../ui/setup/list_page.py" line="54" />
        <source>Importez la liste transmise par le service des examens (CSV, XLSX, XLS, ODS).</source>
        <translation>Import the list sent by the exam office (CSV, XLSX, XLS, ODS).</translation>
    </message>
    <message>
        <location filename="../../ui/setup/list_page.py" line="60" />
        <source>Fichier de la liste</source>
        <translation>List file</translation>
    </message>
    <message>
        <location filename="../../ui/setup/list_page.py" line="61" />
        <source>&amp;Choisir le fichier…</source>
        <translation>&amp;Choose the file…</translation>
    </message>
    <message>
        <location filename="../../ui/setup/list_page.py" line="62" />
        <source>Choisir le fichier de la liste</source>
        <translation>Choose the list file</translation>
    </message>
    <message>
        <location filename="../../ui/setup/list_page.py" line="68" />
        <source>Liste actuelle</source>
        <translation>Current list</translation>
    </message>
    <message>
        <location filename="../../ui/setup/list_page.py" line="73" />
        <source>Feuille du classeur</source>
        <translation>Workbook sheet</translation>
    </message>
    <message>
        <location filename="../../ui/setup/list_page.py" line="76" />
        <source>Salle à importer</source>
        <translation>Room to import</translation>
    </message>
    <message>
        <location filename="../../ui/setup/list_page.py" line="78" />
        <source>Feuille :</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <location filename="../../ui/setup/list_page.py" line="79" />
        <source>Salle :</source>
        <translation>Room:</translation>
    </message>
    <message>
        <location filename="../../ui/setup/list_page.py" line="86" />
        <source>Aperçu de la liste</source>
        <translation>List preview</translation>
    </message>
    <message>
        <location filename="../../ui/setup/list_page.py" line="93" />
        <location filename="../../ui/setup/list_page.py" line="126" />
        <source>Dossier des photos</source>
        <translation>Photo folder</translation>
    </message>
    <message>
        <location filename="../../ui/setup/list_page.py" line="94" />
        <source>Dossier des &amp;photos…</source>
        <translation>&amp;Photo folder…</translation>
    </message>
    <message>
        <location filename="../../ui/setup/list_page.py" line="95" />
        <source>Choisir le dossier des photos</source>
        <translation>Choose the photo folder</translation>
    </message>
    <message>
        <location filename="../../ui/setup/list_page.py" line="97" />
        <source>Photos (facultatif) :</source>
        <translation>Photos (optional):</translation>
    </message>
    <message>
        <location filename="../../ui/setup/list_page.py" line="111" />
        <source>Liste importée : %s (%d candidats, salle %s).</source>
        <translation>List imported: %s (%d candidates, room %s).</translation>
    </message>
    <message>
        <location filename="../../ui/setup/list_page.py" line="115" />
        <source>Aucune liste importée pour l'instant.</source>
        <translation>No list imported yet.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/list_page.py" line="119" />
        <source>Liste des candidats</source>
        <translation>Candidate list</translation>
    </message>
    <message>
        <location filename="../../ui/setup/list_page.py" line="120" />
        <source>Listes (*.csv *.tsv *.txt *.xlsx *.xls *.ods);;Tous les fichiers (*)</source>
        <translation>Lists (*.csv *.tsv *.txt *.xlsx *.xls *.ods);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/setup/list_page.py" line="143" />
        <source>Impossible de lire %s : %s</source>
        <translation>Cannot read %s: %s</translation>
    </message>
    <message>
        <location filename="../../ui/setup/list_page.py" line="154" />
        <source>(toute la liste)</source>
        <translation>(whole list)</translation>
    </message>
    <message>
        <location filename="../../ui/setup/list_page.py" line="199" />
        <source>1 problème dans la liste</source>
        <translation>1 problem in the list</translation>
    </message>
    <message>
        <location filename="../../ui/setup/list_page.py" line="200" />
        <source>%d problèmes dans la liste</source>
        <translation>%d problems in the list</translation>
    </message>
    <message>
        <location filename="../../ui/setup/list_page.py" line="201" />
        <source> : rien ne sera importé tant qu'il en reste (numéros de ligne du fichier, marqués ⚠ dans l'aperçu).</source>
        <translation>: nothing will be imported while any remain (line numbers of the file, marked ⚠ in the preview).</translation>
    </message>
    <message>
        <location filename="../../ui/setup/list_page.py" line="205" />
        <source>… et %d autre(s).</source>
        <translation>… and %d more.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/list_page.py" line="211" />
        <source>Vérifiez la correspondance des colonnes.</source>
        <translation>Check the column mapping.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/list_page.py" line="212" />
        <source>Liste lue.</source>
        <translation>List read.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/list_page.py" line="268" />
        <source>Colonne pour %s</source>
        <translation>Column for %s</translation>
    </message>
    <message>
        <location filename="../../ui/setup/list_page.py" line="312" />
        <source>%d candidats importés.</source>
        <translation>%d candidates imported.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="60" />
        <source>— aucune —</source>
        <translation>— none —</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/room/main_window.py" line="72" />
        <source>Fenêtre principale de la salle</source>
        <translation>Room main window</translation>
    </message>
    <message>
        <location filename="../../ui/room/main_window.py" line="88" />
        <source>Filtrer par état</source>
        <translation>Filter by state</translation>
    </message>
    <message>
        <location filename="../../ui/room/main_window.py" line="90" />
        <source>Affic&amp;her :</source>
        <translation>S&amp;how:</translation>
    </message>
    <message>
        <location filename="../../ui/room/main_window.py" line="96" />
        <source>Conformité du fichier de session</source>
        <translation>Session file conformity</translation>
    </message>
    <message>
        <location filename="../../ui/room/main_window.py" line="99" />
        <source>Compteurs</source>
        <translation>Counters</translation>
    </message>
    <message>
        <location filename="../../ui/room/main_window.py" line="107" />
        <source>Ajout manuscrit (F8)</source>
        <translation>Hand addition (F8)</translation>
    </message>
    <message>
        <location filename="../../ui/room/main_window.py" line="108" />
        <source>Ajouter ce candidat à la main</source>
        <translation>Add this candidate by hand</translation>
    </message>
    <message>
        <location filename="../../ui/room/main_window.py" line="128" />
        <source>Liste des candidats</source>
        <translation>Candidate list</translation>
    </message>
    <message>
        <location filename="../../ui/room/main_window.py" line="231" />
        <source>Fichier de session NON CONFORME : %s. Ouvert en lecture seule ; remettez ce fichier tel quel au service des examens.</source>
        <translation>Session file NOT COMPLIANT: %s. Opened read-only; hand this file as it is to the exam office.</translation>
    </message>
    <message>
        <source>Ouvert en lecture seule : %s</source>
        <translation type="vanished">Opened read-only: %s</translation>
    </message>
    <message>
        <location filename="../../ui/room/main_window.py" line="262" />
        <source>Session scellée — lecture seule</source>
        <translation>Session sealed — read-only</translation>
    </message>
    <message>
        <location filename="../../ui/room/main_window.py" line="264" />
        <source>Fichier non conforme — lecture seule</source>
        <translation>Non-compliant file — read-only</translation>
    </message>
    <message>
        <location filename="../../ui/room/main_window.py" line="266" />
        <source>Fichier en lecture seule</source>
        <translation>Read-only file</translation>
    </message>
    <message>
        <location filename="../../ui/room/main_window.py" line="268" />
        <source>Vérification du fichier en cours</source>
        <translation>Verifying the file</translation>
    </message>
    <message>
        <location filename="../../ui/room/main_window.py" line="279" />
        <source>Fichier de session NON CONFORME</source>
        <translation>Session file NOT COMPLIANT</translation>
    </message>
    <message>
        <location filename="../../ui/room/main_window.py" line="280" />
        <source>Le fichier %s a été modifié en dehors de l'application : %s.

Il est ouvert en lecture seule : rien n'y sera plus écrit. Remettez-le tel quel au service des examens et ouvrez une nouvelle session pour continuer.</source>
        <translation>The file %s was modified outside the application: %s.

It is open read-only: nothing more will be written to it. Hand it as it is to the exam office and open a new session to carry on.</translation>
    </message>
    <message>
        <location filename="../../ui/room/main_window.py" line="319" />
        <source>Relecture du fichier impossible : %s</source>
        <translation>The file cannot be read again: %s</translation>
    </message>
    <message>
        <location filename="../../ui/room/main_window.py" line="374" />
        <source>%s (%s) est attendu(e) en salle %s : indiquez-lui sa salle.</source>
        <translation>%s (%s) is expected in room %s: send them there.</translation>
    </message>
    <message>
        <location filename="../../ui/room/main_window.py" line="381" />
        <source>Numéro %s inconnu dans cette salle. Ajout manuscrit possible (F8).</source>
        <translation>Number %s is unknown in this room. Hand addition possible (F8).</translation>
    </message>
    <message>
        <location filename="../../ui/room/main_window.py" line="391" />
        <source>Aucun candidat ne correspond à « %s ». Ajout manuscrit possible (F8).</source>
        <translation>No candidate matches “%s”. Hand addition possible (F8).</translation>
    </message>
    <message>
        <location filename="../../ui/room/main_window.py" line="398" />
        <source>%d candidats correspondent : précisez, ou choisissez avec les flèches.</source>
        <translation>%d candidates match: type more, or choose with the arrow keys.</translation>
    </message>
    <message>
        <location filename="../../ui/room/main_window.py" line="410" />
        <source>%s a déjà émargé à %s (%s).</source>
        <translation>%s already checked in at %s (%s).</translation>
    </message>
    <message>
        <location filename="../../ui/room/main_window.py" line="529" />
        <source>Inscrits : %d  ·  Émargés : %d  ·  Dans la salle : %d  ·  Sortis : %d  ·  Copies rendues : %d  ·  Attendus : %d</source>
        <translation>Enrolled: %d  ·  Signed in: %d  ·  In the room: %d  ·  Out: %d  ·  Handed in: %d  ·  Expected: %d</translation>
    </message>
    <message>
        <location filename="../../ui/room/main_window.py" line="533" />
        <source>  ·  Sans copie : %d</source>
        <translation>  ·  Left without a paper: %d</translation>
    </message>
    <message>
        <location filename="../../ui/room/main_window.py" line="535" />
        <source>  ·  Entrées refusées : %d</source>
        <translation>  ·  Entries refused: %d</translation>
    </message>
    <message>
        <location filename="../../ui/room/main_window.py" line="537" />
        <source>  ·  Absents : %d</source>
        <translation>  ·  Absent: %d</translation>
    </message>
    <message>
        <location filename="../../ui/room/main_window.py" line="539" />
        <source>  ·  Ajoutés en salle : %d</source>
        <translation>  ·  Added in the room: %d</translation>
    </message>
    <message>
        <location filename="../../ui/room/main_window.py" line="560" />
        <source>Fermer la session</source>
        <translation>Close the session</translation>
    </message>
    <message>
        <location filename="../../ui/room/main_window.py" line="561" />
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
        <location filename="../../ui/room/main_window.py" line="458" />
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
        <location filename="../../ui/room/main_window.py" line="545" />
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
        <location filename="../../ui/widgets/labels.py" line="26" />
        <source>Tous les candidats</source>
        <translation>All candidates</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="27" />
        <source>Attendus</source>
        <translation>Expected</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="28" />
        <source>Présents dans la salle</source>
        <translation>Present in the room</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="29" />
        <source>Sortis temporairement</source>
        <translation>Temporarily out</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="30" />
        <source>Copies rendues</source>
        <translation>Handed in</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="31" />
        <source>Partis sans rendre leur copie</source>
        <translation>Left without handing in</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="32" />
        <source>Absents ou refusés</source>
        <translation>Absent or refused</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="33" />
        <source>Ajoutés en salle</source>
        <translation>Added in the room</translation>
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
        <location filename="../../ui/setup/start_screen.py" line="37" />
        <source>Nouvelle session de salle</source>
        <translation>New room session</translation>
    </message>
    <message>
        <location filename="../../ui/setup/start_screen.py" line="40" />
        <source>Code de l'UE</source>
        <translation>Course code</translation>
    </message>
    <message>
        <location filename="../../ui/setup/start_screen.py" line="42" />
        <source>Salle</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../ui/setup/start_screen.py" line="46" />
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
        <location filename="../../ui/office/views.py" line="25" />
        <source>Tous les candidats</source>
        <translation>All candidates</translation>
    </message>
    <message>
        <location filename="../../ui/office/views.py" line="26" />
        <source>Absents (session 2)</source>
        <translation>Absent (session 2)</translation>
    </message>
    <message>
        <location filename="../../ui/office/views.py" line="27" />
        <source>Ajouts manuscrits</source>
        <translation>Hand additions</translation>
    </message>
    <message>
        <location filename="../../ui/office/views.py" line="28" />
        <source>Avec un signalement</source>
        <translation>With a flag</translation>
    </message>
    <message>
        <location filename="../../ui/office/views.py" line="76" />
        <location filename="../../ui/office/views.py" line="129" />
        <location filename="../../ui/office/views.py" line="153" />
        <source>Salle</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../ui/office/views.py" line="76" />
        <location filename="../../ui/office/views.py" line="154" />
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/office/views.py" line="76" />
        <source>Inscrits</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <location filename="../../ui/office/views.py" line="76" />
        <source>Présents</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../ui/office/views.py" line="76" />
        <source>Absents</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../ui/office/views.py" line="76" />
        <source>Copies</source>
        <translation>Papers</translation>
    </message>
    <message>
        <location filename="../../ui/office/views.py" line="77" />
        <location filename="../../ui/office/views.py" line="157" />
        <source>Feuilles</source>
        <translation>Sheets</translation>
    </message>
    <message>
        <location filename="../../ui/office/views.py" line="77" />
        <source>Ajouts</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../ui/office/views.py" line="77" />
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../ui/office/views.py" line="77" />
        <source>Problèmes</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../ui/office/views.py" line="77" />
        <source>PV papier</source>
        <translation>Paper PV</translation>
    </message>
    <message>
        <location filename="../../ui/office/views.py" line="78" />
        <source>Fichier</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/office/views.py" line="79" />
        <source>Salles de l'épreuve</source>
        <translation>Rooms of the exam</translation>
    </message>
    <message>
        <location filename="../../ui/office/views.py" line="123" />
        <source>AUCUN FICHIER</source>
        <translation>NO FILE</translation>
    </message>
    <message>
        <location filename="../../ui/office/views.py" line="130" />
        <source>Problème</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../ui/office/views.py" line="131" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/office/views.py" line="132" />
        <source>Candidats</source>
        <translation>Candidates</translation>
    </message>
    <message>
        <location filename="../../ui/office/views.py" line="133" />
        <source>Détail</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/office/views.py" line="136" />
        <source>Problèmes de l'épreuve</source>
        <translation>Problems of the exam</translation>
    </message>
    <message>
        <location filename="../../ui/office/views.py" line="150" />
        <source>N° auditeur</source>
        <translation>Student no.</translation>
    </message>
    <message>
        <location filename="../../ui/office/views.py" line="151" />
        <source>Nom</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../ui/office/views.py" line="152" />
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../ui/office/views.py" line="155" />
        <source>Entrée</source>
        <translation>Entry</translation>
    </message>
    <message>
        <location filename="../../ui/office/views.py" line="156" />
        <source>Remise</source>
        <translation>Hand-in</translation>
    </message>
    <message>
        <location filename="../../ui/office/views.py" line="158" />
        <source>Code absence</source>
        <translation>Absence code</translation>
    </message>
    <message>
        <location filename="../../ui/office/views.py" line="159" />
        <source>Signalements</source>
        <translation>Flags</translation>
    </message>
    <message>
        <location filename="../../ui/office/views.py" line="162" />
        <source>Candidats de l'épreuve</source>
        <translation>Candidates of the exam</translation>
    </message>
</context>
<context>
    <name>OfficeWindow</name>
    <message>
        <location filename="../../ui/office/office_window.py" line="60" />
        <source>Invigilator — bureau des examens</source>
        <translation>Invigilator — exam office</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="61" />
        <source>Bureau des examens</source>
        <translation>Exam office</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="90" />
        <source>Ajouter des &amp;fichiers…</source>
        <translation>Add &amp;files…</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="91" />
        <source>Ajouter un &amp;dossier…</source>
        <translation>Add a f&amp;older…</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="92" />
        <source>Liste des &amp;inscrits…</source>
        <translation>&amp;Enrolment list…</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="93" />
        <source>&amp;Vider</source>
        <translation>&amp;Clear</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="95" />
        <source>ou déposez ici les fichiers et dossiers reçus</source>
        <translation>or drop the files and folders received here</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="100" />
        <source>Lecture des fichiers</source>
        <translation>Reading the files</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="107" />
        <source>É&amp;preuve :</source>
        <translation>E&amp;xam:</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="109" />
        <source>Épreuve</source>
        <translation>Exam</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="115" />
        <source>Totaux de l'épreuve</source>
        <translation>Exam totals</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="132" />
        <source>Problèmes</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="138" />
        <source>Filtrer les candidats</source>
        <translation>Filter the candidates</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="140" />
        <source>Afficher :</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="146" />
        <source>Candidats</source>
        <translation>Candidates</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="153" />
        <source>Ouvrir le P&amp;DF de la salle</source>
        <translation>Open the room's P&amp;DF</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="156" />
        <source>Ouvrir la &amp;session (lecture seule)</source>
        <translation>Open the &amp;session (read-only)</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="159" />
        <source>Exporter &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="159" />
        <source>Exporter &amp;XLSX…</source>
        <translation>Export &amp;XLSX…</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="160" />
        <source>Exporter P&amp;DF…</source>
        <translation>Export P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="168" />
        <location filename="../../ui/office/office_window.py" line="377" />
        <source>PV papier :</source>
        <translation>Paper PV:</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="172" />
        <source>scannez le code du PV, ou tapez son empreinte (16 caractères au moins)</source>
        <translation>scan the PV's code, or type its hash (at least 16 characters)</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="174" />
        <source>Code ou empreinte du PV papier</source>
        <translation>Code or hash of the paper PV</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="178" />
        <source>Copies reçues :</source>
        <translation>Papers received:</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="182" />
        <source>Copies reçues</source>
        <translation>Papers received</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="185" />
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="213" />
        <source>Fichiers de session reçus</source>
        <translation>Session files received</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="214" />
        <source>Sessions (*.invigilator);;Tous les fichiers (*)</source>
        <translation>Sessions (*.invigilator);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="220" />
        <source>Dossier des fichiers reçus</source>
        <translation>Folder of the files received</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="238" />
        <source>Recherche des fichiers…</source>
        <translation>Looking for files…</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="246" />
        <source>Lecture %1 / %2 : %3</source>
        <translation>Reading %1 / %2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="264" />
        <source>%1 fichier(s) de session lu(s) ; %2 refusé(s) : %3</source>
        <translation>%1 session file(s) read; %2 refused: %3</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="270" />
        <source>%1 fichier(s) de session lu(s), sans rien y modifier.</source>
        <translation>%1 session file(s) read, nothing changed in them.</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="276" />
        <source>Liste des inscrits de toutes les salles</source>
        <translation>Enrolment list of every room</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="277" />
        <source>Listes (*.csv *.tsv *.txt *.xlsx *.xls *.ods);;Tous les fichiers (*)</source>
        <translation>Lists (*.csv *.tsv *.txt *.xlsx *.xls *.ods);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="293" />
        <source>Liste des inscrits : %1 candidat(s).</source>
        <translation>Enrolment list: %1 candidate(s).</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="331" />
        <source>Aucun fichier de session : ajoutez ceux des salles.</source>
        <translation>No session file: add the rooms' files.</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="335" />
        <source>%1 inscrits · %2 présents · %3 absents · %4 copies · %5 feuilles · %6 retards admis, %7 refusés · %8 ajouts manuscrits · %9 incidents</source>
        <translation>%1 enrolled · %2 present · %3 absent · %4 papers · %5 sheets · %6 late admitted, %7 refused · %8 hand additions · %9 incidents</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="347" />
        <source>Problèmes (%1)</source>
        <translation>Problems (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="375" />
        <source>PV papier de la salle %1 :</source>
        <translation>Paper PV of room %1:</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="394" />
        <source>Un export est en cours : réessayez ensuite.</source>
        <translation>An export is running: try again afterwards.</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="404" />
        <source>Code du PV refusé : %1</source>
        <translation>PV code refused: %1</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="411" />
        <source>Ce PV est celui de la salle %1 (%2) : aucun fichier reçu pour elle.</source>
        <translation>This PV is room %1's (%2): no file received for it.</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="416" />
        <source>Choisissez d'abord la salle dans le tableau.</source>
        <translation>First choose the room in the table.</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="436" />
        <source>Impossible d'enregistrer : %1</source>
        <translation>Cannot record: %1</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="449" />
        <source>Salle %1 : %2</source>
        <translation>Room %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="474" />
        <source>Aucun PDF à côté de %1 (attendu : %2.pdf).</source>
        <translation>No PDF beside %1 (expected: %2.pdf).</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="501" />
        <source>Ouvert depuis le bureau des examens : lecture seule.</source>
        <translation>Opened from the exam office: read-only.</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="512" />
        <source>Exporter</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="523" />
        <source>Rien à exporter : ajoutez d'abord des fichiers.</source>
        <translation>Nothing to export: add files first.</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="527" />
        <source>Un export est déjà en cours.</source>
        <translation>An export is already running.</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="532" />
        <source>Export en cours : %1</source>
        <translation>Exporting: %1</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="545" />
        <source>Export impossible : %1</source>
        <translation>Export failed: %1</translation>
    </message>
    <message>
        <location filename="../../ui/office/office_window.py" line="548" />
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
    <name>ProjectorWindow</name>
    <message>
        <location filename="../../ui/room/projector.py" line="44" />
        <source>Invigilator — vue projecteur</source>
        <translation>Invigilator — projector view</translation>
    </message>
    <message>
        <location filename="../../ui/room/projector.py" line="45" />
        <source>Vue projecteur</source>
        <translation>Projector view</translation>
    </message>
    <message>
        <location filename="../../ui/room/projector.py" line="48" />
        <source>Épreuve</source>
        <translation>Exam</translation>
    </message>
    <message>
        <location filename="../../ui/room/projector.py" line="49" />
        <source>Heure actuelle</source>
        <translation>Current time</translation>
    </message>
    <message>
        <location filename="../../ui/room/projector.py" line="50" />
        <source>Début et fin</source>
        <translation>Start and end</translation>
    </message>
    <message>
        <location filename="../../ui/room/projector.py" line="51" />
        <source>Temps restant</source>
        <translation>Time left</translation>
    </message>
    <message>
        <location filename="../../ui/room/projector.py" line="52" />
        <source>Règles de la salle</source>
        <translation>Room rules</translation>
    </message>
    <message>
        <location filename="../../ui/room/projector.py" line="53" />
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../ui/room/projector.py" line="106" />
        <source> (prévu)</source>
        <translation> (planned)</translation>
    </message>
    <message>
        <location filename="../../ui/room/projector.py" line="108" />
        <source>Début %s   ·   Fin %s</source>
        <translation>Start %s   ·   End %s</translation>
    </message>
    <message>
        <location filename="../../ui/room/projector.py" line="111" />
        <source>Temps restant : %s</source>
        <translation>Time left: %s</translation>
    </message>
    <message>
        <location filename="../../ui/room/projector.py" line="117" />
        <source>Entrée des retardataires jusqu'à %s</source>
        <translation>Late arrivals admitted until %s</translation>
    </message>
    <message>
        <location filename="../../ui/room/projector.py" line="120" />
        <source>Sur justificatif de transport jusqu'à %s</source>
        <translation>With a transport certificate until %s</translation>
    </message>
    <message>
        <location filename="../../ui/room/projector.py" line="123" />
        <source>Sorties autorisées à partir de %s</source>
        <translation>Leaving allowed from %s</translation>
    </message>
    <message>
        <location filename="../../ui/room/projector.py" line="125" />
        <source>Fin du temps majoré (+%d min) : %s</source>
        <translation>Extra time (+%d min) ends: %s</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="54" />
        <source>Installez-vous. Téléphones éteints, dans un sac fermé posé au sol.</source>
        <translation>Take your seat. Phones off, in a closed bag on the floor.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="55" />
        <source>Épreuve en cours. Aucune communication entre candidats.</source>
        <translation>Exam in progress. No communication between candidates.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="56" />
        <source>Dernières minutes : vérifiez nom, prénom et numéro sur chaque copie.</source>
        <translation>Last minutes: check your name and number on every paper.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="57" />
        <source>Épreuve interrompue. Restez à votre place.</source>
        <translation>Exam interrupted. Stay in your seat.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="58" />
        <source>Temps majoré en cours : les autres candidats ont rendu leur copie.</source>
        <translation>Extra time in progress: the other candidates have handed in.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/labels.py" line="59" />
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
        <location filename="../../ui/room/record_actions.py" line="87" />
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
        <location filename="../../ui/room/record_actions.py" line="52" />
        <source>&amp;Procès-verbal</source>
        <translation>Exam &amp;report</translation>
    </message>
    <message>
        <location filename="../../ui/room/record_actions.py" line="83" />
        <source>&amp;Reprendre l'épreuve</source>
        <translation>&amp;Resume the exam</translation>
    </message>
    <message>
        <location filename="../../ui/room/record_actions.py" line="84" />
        <source>⏸ Épreuve interrompue depuis %s — Reprendre (%s)</source>
        <translation>⏸ Exam interrupted since %s — Resume (%s)</translation>
    </message>
    <message>
        <location filename="../../ui/room/record_actions.py" line="88" />
        <source>Interrompre l'épreuve (%s)</source>
        <translation>Interrupt the exam (%s)</translation>
    </message>
    <message>
        <location filename="../../ui/room/record_actions.py" line="137" />
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
        <location filename="../../ui/dialogs/record.py" line="254" />
        <source>Saisi : %s</source>
        <translation>Seized: %s</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record.py" line="256" />
        <source>Signé par : %s</source>
        <translation>Signed by: %s</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record.py" line="259" />
        <source>Contresigné par : %s</source>
        <translation>Countersigned by: %s</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record.py" line="263" />
        <source>Refus de contresigner : %s</source>
        <translation>Refused to countersign: %s</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record.py" line="265" />
        <source>Incident — %s</source>
        <translation>Incident — %s</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record.py" line="269" />
        <source>Remarque d'un candidat</source>
        <translation>Remark by a candidate</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record.py" line="269" />
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record.py" line="272" />
        <source>Erratum</source>
        <translation>Erratum</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record.py" line="281" />
        <source>%s (arrivée %d min après le début)</source>
        <translation>%s (arrived %d min after the start)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record.py" line="282" />
        <source>Entrée refusée</source>
        <translation>Entry refused</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record.py" line="284" />
        <source>Action refusée</source>
        <translation>Action refused</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record.py" line="296" />
        <source>Interruption</source>
        <translation>Interruption</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record.py" line="299" />
        <source>Reprise</source>
        <translation>Resumption</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record.py" line="299" />
        <source>après %d min d'interruption</source>
        <translation>after %d min of interruption</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record.py" line="303" />
        <source>Sortie d'urgence</source>
        <translation>Emergency exit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record.py" line="305" />
        <source>Sortie d'urgence, copie remise</source>
        <translation>Emergency exit, paper handed in</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record.py" line="310" />
        <source>Procès-verbal signé</source>
        <translation>Exam report signed</translation>
    </message>
</context>
<context>
    <name>RoomActions</name>
    <message>
        <location filename="../../ui/room/room_actions.py" line="52" />
        <source>Émarger (Entrée)</source>
        <translation>Check in (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_actions.py" line="53" />
        <source>Sortie temporaire</source>
        <translation>Temporary exit</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_actions.py" line="54" />
        <source>Retour en salle</source>
        <translation>Back in the room</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_actions.py" line="55" />
        <source>Ajout manuscrit</source>
        <translation>Hand addition</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_actions.py" line="56" />
        <source>Remise de copie</source>
        <translation>Hand-in</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_actions.py" line="58" />
        <location filename="../../ui/room/room_actions.py" line="104" />
        <source>Consignes lues</source>
        <translation>Instructions read</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_actions.py" line="60" />
        <location filename="../../ui/room/room_actions.py" line="161" />
        <source>Début de l'épreuve</source>
        <translation>Start of the exam</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_actions.py" line="62" />
        <source>Corriger l'heure de début…</source>
        <translation>Correct the start time…</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_actions.py" line="64" />
        <source>Préparation de la salle…</source>
        <translation>Room set-up…</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_actions.py" line="66" />
        <source>Vue projecteur</source>
        <translation>Projector view</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_actions.py" line="69" />
        <source>Enregistrer une copie sous…</source>
        <translation>Save a copy as…</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_actions.py" line="71" />
        <source>Fermer la session</source>
        <translation>Close the session</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_actions.py" line="78" />
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_actions.py" line="80" />
        <source>&amp;Salle</source>
        <translation>&amp;Room</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_actions.py" line="82" />
        <source>&amp;Candidats</source>
        <translation>&amp;Candidates</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_actions.py" line="84" />
        <source>&amp;Affichage</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_actions.py" line="104" />
        <source>Consignes lues à %s</source>
        <translation>Instructions read at %s</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_actions.py" line="123" />
        <source>Copie enregistrée : %s</source>
        <translation>Copy saved: %s</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_actions.py" line="130" />
        <source>Enregistrer une copie de la session</source>
        <translation>Save a copy of the session</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_actions.py" line="131" />
        <source>Session (*.invigilator)</source>
        <translation>Session (*.invigilator)</translation>
    </message>
    <message>
        <source>Consignes lues (%s)</source>
        <translation type="vanished">Instructions read (%s)</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_actions.py" line="142" />
        <source>Lecture des consignes enregistrée à %s.</source>
        <translation>Reading of the instructions recorded at %s.</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_actions.py" line="153" />
        <source>Enregistrer le début de l'épreuve maintenant ?

Ensuite, toute entrée sera une entrée en retard, décidée par le règlement.
Candidats pas encore émargés : %d.</source>
        <translation>Record the start of the exam now?

After this, every entry is a late entry, decided by the regulation.
Candidates not yet checked in: %d.</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_actions.py" line="160" />
        <source>⚠ La lecture des consignes n'a pas été enregistrée.</source>
        <translation>⚠ The reading of the instructions has not been recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_actions.py" line="170" />
        <source>Épreuve commencée à %s. Entrée des retardataires jusqu'à %s ; sorties à partir de %s.</source>
        <translation>Exam started at %s. Late arrivals until %s; leaving from %s.</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_actions.py" line="185" />
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
        <location filename="../../ui/setup/wizard.py" line="282" />
        <location filename="../../ui/setup/wizard.py" line="283" />
        <location filename="../../ui/setup/wizard.py" line="326" />
        <source>Préparation de la salle</source>
        <translation>Room set-up</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="286" />
        <source>&amp;Suivant &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="287" />
        <source>&lt; &amp;Précédent</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="288" />
        <source>&amp;Terminer</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="289" />
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="327" />
        <source>Des modifications ne sont pas encore enregistrées dans la session.

Les enregistrer avant de fermer ?</source>
        <translation>Some changes are not saved in the session yet.

Save them before closing?</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="332" />
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="333" />
        <source>&amp;Ne pas enregistrer</source>
        <translation>&amp;Don't save</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="334" />
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Signature</name>
    <message>
        <location filename="../../ui/widgets/dialog_parts.py" line="378" />
        <source>La signature est vide : faites signer le candidat.</source>
        <translation>The signature is empty: have the candidate sign.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialog_parts.py" line="382" />
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
        <location filename="../../ui/widgets/dialog_parts.py" line="87" />
        <source>&amp;Effacer</source>
        <translation>C&amp;lear</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialog_parts.py" line="87" />
        <source>Effacer</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialog_parts.py" line="89" />
        <source>Effacer la signature : %s</source>
        <translation>Clear the signature: %s</translation>
    </message>
    <message>
        <source>Effacer la signature de %s</source>
        <translation>Clear the signature of %s</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialog_parts.py" line="91" />
        <source>Effacer la signature</source>
        <translation>Clear the signature</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialog_parts.py" line="95" />
        <source>Signez ici avec le doigt, le stylet ou la souris : %s.</source>
        <translation>Sign here with a finger, a stylus or the mouse: %s.</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../../ui/widgets/signature_pad.py" line="44" />
        <source>Zone de signature</source>
        <translation>Signature area</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/signature_pad.py" line="46" />
        <source>Le candidat signe ici avec le doigt, le stylet ou la souris.</source>
        <translation>The candidate signs here with a finger, a stylus or the mouse.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/signature_pad.py" line="34" />
        <source>Signature du candidat</source>
        <translation>Candidate's signature</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../ui/setup/start_screen.py" line="91" />
        <source>Invigilator — sessions de salle</source>
        <translation>Invigilator — room sessions</translation>
    </message>
    <message>
        <location filename="../../ui/setup/start_screen.py" line="92" />
        <source>Écran d'accueil</source>
        <translation>Start screen</translation>
    </message>
    <message>
        <location filename="../../ui/setup/start_screen.py" line="94" />
        <source>Sessions de salle</source>
        <translation>Room sessions</translation>
    </message>
    <message>
        <location filename="../../ui/setup/start_screen.py" line="97" />
        <source>Dossier : %s</source>
        <translation>Folder: %s</translation>
    </message>
    <message>
        <location filename="../../ui/setup/start_screen.py" line="103" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/setup/start_screen.py" line="104" />
        <source>Épreuve</source>
        <translation>Exam</translation>
    </message>
    <message>
        <location filename="../../ui/setup/start_screen.py" line="105" />
        <source>Salle</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../ui/setup/start_screen.py" line="106" />
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/setup/start_screen.py" line="107" />
        <source>Fichier</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/setup/start_screen.py" line="110" />
        <source>Sessions récentes</source>
        <translation>Recent sessions</translation>
    </message>
    <message>
        <location filename="../../ui/setup/start_screen.py" line="128" />
        <source>&amp;Nouvelle session…</source>
        <translation>&amp;New session…</translation>
    </message>
    <message>
        <location filename="../../ui/setup/start_screen.py" line="129" />
        <source>&amp;Ouvrir la session choisie</source>
        <translation>&amp;Open the chosen session</translation>
    </message>
    <message>
        <location filename="../../ui/setup/start_screen.py" line="130" />
        <source>Ouvrir un &amp;fichier…</source>
        <translation>Open a &amp;file…</translation>
    </message>
    <message>
        <location filename="../../ui/setup/start_screen.py" line="131" />
        <source>Salle de &amp;démonstration</source>
        <translation>&amp;Demo room</translation>
    </message>
    <message>
        <location filename="../../ui/setup/start_screen.py" line="132" />
        <source>Bureau des &amp;examens</source>
        <translation>&amp;Exam office</translation>
    </message>
    <message>
        <location filename="../../ui/setup/start_screen.py" line="152" />
        <source>(démo) %s</source>
        <translation>(demo) %s</translation>
    </message>
    <message>
        <location filename="../../ui/setup/start_screen.py" line="173" />
        <source>Ouvrir une session</source>
        <translation>Open a session</translation>
    </message>
    <message>
        <location filename="../../ui/setup/start_screen.py" line="174" />
        <source>Sessions (*%s);;Tous les fichiers (*)</source>
        <translation>Sessions (*%s);;All files (*)</translation>
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
        <location filename="../../ui/dialogs/handin.py" line="67" />
        <source>Sortie d'&amp;urgence (malaise…)</source>
        <translation>&amp;Emergency exit (feeling unwell…)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handin.py" line="68" />
        <source>Sortie d'urgence</source>
        <translation>Emergency exit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handin.py" line="70" />
        <source>Note justifiant l'urgence</source>
        <translation>Note justifying the emergency</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handin.py" line="71" />
        <source>Note obligatoire en cas d'urgence</source>
        <translation>Note required for an emergency</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handin.py" line="80" />
        <source>Note :</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handin.py" line="95" />
        <source>L'épreuve n'a pas commencé.</source>
        <translation>The exam has not started.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handin.py" line="102" />
        <source>Sortie d'urgence : autorisée à tout moment, mais le règlement exige de la justifier : décrivez l'urgence dans la note.</source>
        <translation>Emergency exit: allowed at any time, but the rules require it to be justified: describe the emergency in the note.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handin.py" line="110" />
        <source>Fin de l'épreuve pour ce candidat : remise de la copie.</source>
        <translation>End of the exam for this candidate: hand-in of the paper.</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../ui/widgets/dialog_parts.py" line="361" />
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
</context>
</TS>