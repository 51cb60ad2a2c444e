<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name>ActionDialog</name>
        <message>
            <source>New action</source>
            <translation>Nouvelle action</translation>
        </message>
        <message>
            <source>Edit the action</source>
            <translation>Modifier l'action</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>For example: put up the CCTV sign at the entrance</source>
            <translation>Par exemple : poser le panneau vidéo à l'entrée</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Détail</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Priorité</translation>
        </message>
        <message>
            <source>Due on</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <source>In charge</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <source>To do</source>
            <translation>À faire</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Faite</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Abandonnée</translation>
        </message>
        <message>
            <source>&amp;Action:</source>
            <translation>&amp;Action :</translation>
        </message>
        <message>
            <source>De&amp;tail:</source>
            <translation>Dé&amp;tail :</translation>
        </message>
        <message>
            <source>&amp;Priority:</source>
            <translation>&amp;Priorité :</translation>
        </message>
        <message>
            <source>D&amp;ue on:</source>
            <translation>É&amp;chéance :</translation>
        </message>
        <message>
            <source>&amp;In charge:</source>
            <translation>&amp;Responsable :</translation>
        </message>
        <message>
            <source>&amp;State:</source>
            <translation>É&amp;tat :</translation>
        </message>
        <message>
            <source>Cannot save yet</source>
            <translation>Impossible d'enregistrer pour l'instant</translation>
        </message>
    </context>
    <context>
        <name>ActionPlanPanel</name>
        <message>
            <source>Show</source>
            <translation>Afficher</translation>
        </message>
        <message>
            <source>Open actions</source>
            <translation>Actions ouvertes</translation>
        </message>
        <message>
            <source>All, with those fixed and done</source>
            <translation>Toutes, y compris réglées et faites</translation>
        </message>
        <message>
            <source>Action plan</source>
            <translation>Plan d'action</translation>
        </message>
        <message>
            <source>Selected action</source>
            <translation>Action sélectionnée</translation>
        </message>
        <message>
            <source>&amp;Postpone…</source>
            <translation>Re&amp;porter…</translation>
        </message>
        <message>
            <source>&amp;Reopen</source>
            <translation>Rou&amp;vrir</translation>
        </message>
        <message>
            <source>&amp;New action…</source>
            <translation>&amp;Nouvelle action…</translation>
        </message>
        <message>
            <source>F&amp;ix it</source>
            <translation>Ré&amp;gler</translation>
        </message>
        <message>
            <source>N&amp;ot applicable…</source>
            <translation>Sans ob&amp;jet…</translation>
        </message>
        <message>
            <source>Edi&amp;t…</source>
            <translation>M&amp;odifier…</translation>
        </message>
        <message>
            <source>Mark &amp;done</source>
            <translation>Marquer fai&amp;te</translation>
        </message>
        <message>
            <source>De&amp;lete</source>
            <translation>&amp;Supprimer</translation>
        </message>
        <message>
            <source>Add your own action (Ctrl+Shift+N)</source>
            <translation>Ajouter votre propre action (Ctrl+Maj+N)</translation>
        </message>
        <message numerus="yes">
            <source>Open actions: %n — </source>
            <translation>
                <numerusform>Action ouverte : %n — </numerusform>
                <numerusform>Actions ouvertes : %n — </numerusform>
            </translation>
        </message>
        <message>
            <source>No open action: every gap the rules look for is dealt with.</source>
            <translation>Aucune action ouverte : tous les manques que cherchent les règles sont traités.</translation>
        </message>
        <message>
            <source>Go to: %1</source>
            <translation>Aller à : %1</translation>
        </message>
        <message>
            <source>Priority:</source>
            <translation>Priorité :</translation>
        </message>
        <message>
            <source>In charge:</source>
            <translation>Responsable :</translation>
        </message>
        <message>
            <source>Done on:</source>
            <translation>Faite le :</translation>
        </message>
        <message>
            <source>Rule:</source>
            <translation>Règle :</translation>
        </message>
        <message>
            <source>How to fix it:</source>
            <translation>Comment la régler :</translation>
        </message>
        <message>
            <source>Postponed:</source>
            <translation>Reportée :</translation>
        </message>
        <message>
            <source>Not applicable:</source>
            <translation>Sans objet :</translation>
        </message>
        <message>
            <source>Source:</source>
            <translation>Source :</translation>
        </message>
        <message>
            <source>postponement</source>
            <translation>report</translation>
        </message>
        <message>
            <source>action not applicable</source>
            <translation>action sans objet</translation>
        </message>
        <message>
            <source>action reopened</source>
            <translation>action rouverte</translation>
        </message>
        <message>
            <source>new action</source>
            <translation>nouvelle action</translation>
        </message>
        <message>
            <source>edit of an action</source>
            <translation>modification d'une action</translation>
        </message>
        <message>
            <source>action done</source>
            <translation>action faite</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Delete the action “%1”? You can undo this with Ctrl+Z.</source>
            <translation>Supprimer l'action « %1 » ? Vous pouvez l'annuler avec Ctrl+Z.</translation>
        </message>
        <message>
            <source>deletion of an action</source>
            <translation>suppression d'une action</translation>
        </message>
    </context>
    <context>
        <name>ChecklistView</name>
        <message>
            <source>Checklist</source>
            <translation>Liste de contrôle</translation>
        </message>
        <message>
            <source>Selected task</source>
            <translation>Tâche sélectionnée</translation>
        </message>
        <message>
            <source>Mar&amp;k as done…</source>
            <translation>&amp;Marquer faite…</translation>
        </message>
        <message>
            <source>Not appli&amp;cable…</source>
            <translation>Sans o&amp;bjet…</translation>
        </message>
        <message>
            <source>&amp;Back to to do</source>
            <translation>Remettre à fa&amp;ire</translation>
        </message>
        <message>
            <source>&amp;Go there</source>
            <translation>Y all&amp;er</translation>
        </message>
        <message>
            <source>&amp;Go to: %1</source>
            <translation>All&amp;er à : %1</translation>
        </message>
        <message>
            <source>The dossier checks this task by itself.</source>
            <translation>Le dossier coche cette tâche de lui-même.</translation>
        </message>
        <message>
            <source>Why:</source>
            <translation>Pourquoi :</translation>
        </message>
        <message>
            <source>Source:</source>
            <translation>Source :</translation>
        </message>
        <message>
            <source>task done</source>
            <translation>tâche faite</translation>
        </message>
        <message>
            <source>task not applicable</source>
            <translation>tâche sans objet</translation>
        </message>
        <message>
            <source>task back to do</source>
            <translation>tâche remise à faire</translation>
        </message>
    </context>
    <context>
        <name>CodeChecklist</name>
        <message>
            <source>Other (type and press Enter)</source>
            <translation>Autre (tapez puis Entrée)</translation>
        </message>
        <message>
            <source>Add another entry</source>
            <translation>Ajouter une autre entrée</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Ajouter</translation>
        </message>
        <message>
            <source>Add this entry</source>
            <translation>Ajouter cette entrée</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <source>Unexpected error</source>
            <translation>Erreur inattendue</translation>
        </message>
        <message>
            <source>Something went wrong inside the app. Your dossier is safe: every change is saved as one transaction, and the change in progress was cancelled.

If you report this problem, include the details below (they contain no personal data from your dossier).</source>
            <translation>Un problème est survenu dans l'application. Votre dossier est intact : chaque modification est enregistrée d'un seul bloc, et celle en cours a été annulée.

Si vous signalez ce problème, joignez les détails ci-dessous (ils ne contiennent aucune donnée personnelle de votre dossier).</translation>
        </message>
        <message>
            <source>Error details</source>
            <translation>Détails de l'erreur</translation>
        </message>
        <message>
            <source>Log file: %1</source>
            <translation>Journal : %1</translation>
        </message>
        <message>
            <source>&amp;Copy the details</source>
            <translation>&amp;Copier les détails</translation>
        </message>
    </context>
    <context>
        <name>DecisionDialog</name>
        <message>
            <source>Postpone the action</source>
            <translation>Reporter l'action</translation>
        </message>
        <message>
            <source>Action not applicable</source>
            <translation>Action sans objet</translation>
        </message>
        <message>
            <source>The action stays in the plan as postponed; when the date passes, it is open again.</source>
            <translation>L'action reste dans le plan comme reportée ; une fois la date passée, elle est de nouveau ouverte.</translation>
        </message>
        <message>
            <source>The action leaves the open plan. Say why the rule does not apply here: an inspector will read it.</source>
            <translation>L'action quitte le plan ouvert. Dites pourquoi la règle ne s'applique pas ici : un contrôleur le lira.</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Raison</translation>
        </message>
        <message>
            <source>Postponed until</source>
            <translation>Reportée jusqu'au</translation>
        </message>
        <message>
            <source>Decided by</source>
            <translation>Décidé par</translation>
        </message>
        <message>
            <source>&amp;Why:</source>
            <translation>&amp;Pourquoi :</translation>
        </message>
        <message>
            <source>&amp;Until:</source>
            <translation>&amp;Jusqu'au :</translation>
        </message>
        <message>
            <source>&amp;Decided by:</source>
            <translation>&amp;Décidé par :</translation>
        </message>
        <message>
            <source>Cannot save yet</source>
            <translation>Impossible d'enregistrer pour l'instant</translation>
        </message>
    </context>
    <context>
        <name>DpiaDialog</name>
        <message>
            <source>DPIA screening: %1</source>
            <translation>Examen AIPD : %1</translation>
        </message>
        <message>
            <source>The nine criteria: tick those this processing meets</source>
            <translation>Les neuf critères : cochez ceux que remplit ce traitement</translation>
        </message>
        <message>
            <source>The authority's lists</source>
            <translation>Les listes de la CNIL</translation>
        </message>
        <message>
            <source>Operation that always requires a DPIA</source>
            <translation>Opération qui demande toujours une AIPD</translation>
        </message>
        <message>
            <source>None of these</source>
            <translation>Aucune de celles-ci</translation>
        </message>
        <message>
            <source>Operation the authority exempts</source>
            <translation>Opération dispensée par la CNIL</translation>
        </message>
        <message>
            <source>Always requires a DPIA:</source>
            <translation>Demande toujours une AIPD :</translation>
        </message>
        <message>
            <source>Exempted by the authority:</source>
            <translation>Dispensée par la CNIL :</translation>
        </message>
        <message>
            <source>Result of the screening</source>
            <translation>Résultat de l'examen</translation>
        </message>
        <message>
            <source>Your conclusion</source>
            <translation>Votre conclusion</translation>
        </message>
        <message>
            <source>Not decided yet</source>
            <translation>Pas encore décidé</translation>
        </message>
        <message>
            <source>A DPIA was carried out</source>
            <translation>Une AIPD a été menée</translation>
        </message>
        <message>
            <source>No DPIA is needed</source>
            <translation>Aucune AIPD n'est nécessaire</translation>
        </message>
        <message>
            <source>Date of the DPIA</source>
            <translation>Date de l'AIPD</translation>
        </message>
        <message>
            <source>Reference of the DPIA</source>
            <translation>Référence de l'AIPD</translation>
        </message>
        <message>
            <source>File name or where the DPIA is kept</source>
            <translation>Nom du fichier ou lieu où l'AIPD est conservée</translation>
        </message>
        <message>
            <source>Why no DPIA is needed</source>
            <translation>Pourquoi aucune AIPD n'est nécessaire</translation>
        </message>
        <message>
            <source>Date of the DPIA:</source>
            <translation>Date de l'AIPD :</translation>
        </message>
        <message>
            <source>Reference:</source>
            <translation>Référence :</translation>
        </message>
        <message>
            <source>Why none is needed:</source>
            <translation>Pourquoi il n'en faut pas :</translation>
        </message>
        <message>
            <source>Screening</source>
            <translation>Examen</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Screened on</source>
            <translation>Examiné le</translation>
        </message>
        <message>
            <source>Screened by</source>
            <translation>Examiné par</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>Notes :</translation>
        </message>
        <message>
            <source>Screened on:</source>
            <translation>Examiné le :</translation>
        </message>
        <message>
            <source>Screened by:</source>
            <translation>Examiné par :</translation>
        </message>
        <message>
            <source>A DPIA is required: this operation is on a list of operations that always require one.</source>
            <translation>Une AIPD est requise : cette opération figure sur une liste des opérations qui en demandent toujours une.</translation>
        </message>
        <message numerus="yes">
            <source>A DPIA is in principle required: %n criteria met (%1 or more call for one).</source>
            <translation>
                <numerusform>Une AIPD est en principe requise : %n critère rempli (%1 ou plus en appellent une).</numerusform>
                <numerusform>Une AIPD est en principe requise : %n critères remplis (%1 ou plus en appellent une).</numerusform>
            </translation>
        </message>
        <message>
            <source>No DPIA is required: the authority exempts this operation.</source>
            <translation>Aucune AIPD n'est requise : la CNIL dispense cette opération.</translation>
        </message>
        <message numerus="yes">
            <source>No DPIA is required in principle: %n criteria met (fewer than %1).</source>
            <translation>
                <numerusform>Aucune AIPD n'est requise en principe : %n critère rempli (moins de %1).</numerusform>
                <numerusform>Aucune AIPD n'est requise en principe : %n critères remplis (moins de %1).</numerusform>
            </translation>
        </message>
        <message>
            <source>Settled by your conclusion.</source>
            <translation>Réglé par votre conclusion.</translation>
        </message>
        <message>
            <source>Record the DPIA in your conclusion (or, if the criteria alone call for it, why none is needed).</source>
            <translation>Notez l'AIPD dans votre conclusion (ou, si seuls les critères l'appellent, pourquoi il n'en faut pas).</translation>
        </message>
        <message>
            <source>Cannot save yet</source>
            <translation>Impossible d'enregistrer pour l'instant</translation>
        </message>
    </context>
    <context>
        <name>DpiaPanel</name>
        <message>
            <source>DPIA screening of each processing</source>
            <translation>Examen AIPD de chaque traitement</translation>
        </message>
        <message>
            <source>Screen the selected processing (Enter)</source>
            <translation>Examiner le traitement sélectionné (Entrée)</translation>
        </message>
        <message>
            <source>Sc&amp;reen…</source>
            <translation>E&amp;xaminer…</translation>
        </message>
        <message>
            <source>Re&amp;move the screening</source>
            <translation>Re&amp;tirer l'examen</translation>
        </message>
        <message>
            <source>The register is empty: add processing activities first (step 2).</source>
            <translation>Le registre est vide : ajoutez d'abord des traitements (étape 2).</translation>
        </message>
        <message>
            <source>Screened: %1 of %2 processing activities. DPIA required: %3 (still to record: %4).</source>
            <translation>Examinés : %1 traitements sur %2. AIPD requise : %3 (encore à noter : %4).</translation>
        </message>
        <message>
            <source>DPIA screening</source>
            <translation>Examen AIPD</translation>
        </message>
        <message>
            <source>screening removed</source>
            <translation>examen retiré</translation>
        </message>
    </context>
    <context>
        <name>DpiaTableModel</name>
        <message>
            <source>Not screened</source>
            <translation>Non examiné</translation>
        </message>
        <message>
            <source>DPIA required (on a list)</source>
            <translation>AIPD requise (sur une liste)</translation>
        </message>
        <message numerus="yes">
            <source>DPIA required (%n criteria)</source>
            <translation>
                <numerusform>AIPD requise (%n critère)</numerusform>
                <numerusform>AIPD requise (%n critères)</numerusform>
            </translation>
        </message>
        <message>
            <source>Not required (exempted)</source>
            <translation>Non requise (dispense)</translation>
        </message>
        <message numerus="yes">
            <source>Not required (%n criteria)</source>
            <translation>
                <numerusform>Non requise (%n critère)</numerusform>
                <numerusform>Non requise (%n critères)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Guide</name>
        <message>
            <source>High</source>
            <translation>Haute</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>Moyenne</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>Basse</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ouverte</translation>
        </message>
        <message>
            <source>Postponed</source>
            <translation>Reportée</translation>
        </message>
        <message>
            <source>Not applicable</source>
            <translation>Sans objet</translation>
        </message>
        <message>
            <source>Fixed</source>
            <translation>Réglée</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Faite</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Abandonnée</translation>
        </message>
        <message>
            <source>To do</source>
            <translation>À faire</translation>
        </message>
        <message>
            <source>Done (seen in the dossier)</source>
            <translation>Faite (vu dans le dossier)</translation>
        </message>
        <message>
            <source>Your own action</source>
            <translation>Votre propre action</translation>
        </message>
        <message>
            <source>Organisation form</source>
            <translation>Fiche de l'entreprise</translation>
        </message>
        <message>
            <source>Processing editor</source>
            <translation>Éditeur de traitement</translation>
        </message>
        <message>
            <source>DPIA screening</source>
            <translation>Examen AIPD</translation>
        </message>
        <message>
            <source>fixed %1</source>
            <translation>réglée le %1</translation>
        </message>
        <message>
            <source>until %1</source>
            <translation>jusqu'au %1</translation>
        </message>
        <message>
            <source>due %1</source>
            <translation>pour le %1</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>en retard</translation>
        </message>
        <message>
            <source>since %1</source>
            <translation>depuis le %1</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Priorité</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Règle</translation>
        </message>
        <message>
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Tâche</translation>
        </message>
        <message>
            <source>When, by whom</source>
            <translation>Quand, par qui</translation>
        </message>
        <message>
            <source>edit of the organisation</source>
            <translation>modification de l'entreprise</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Entreprise</translation>
        </message>
        <message>
            <source>DPIA screening of “%1”</source>
            <translation>examen AIPD de « %1 »</translation>
        </message>
        <message>
            <source>To record</source>
            <translation>À noter</translation>
        </message>
        <message>
            <source>DPIA done %1</source>
            <translation>AIPD menée le %1</translation>
        </message>
        <message>
            <source>No DPIA needed</source>
            <translation>Pas d'AIPD nécessaire</translation>
        </message>
        <message>
            <source>Ref.</source>
            <translation>Réf.</translation>
        </message>
        <message>
            <source>Processing activity</source>
            <translation>Traitement</translation>
        </message>
        <message>
            <source>Criteria met</source>
            <translation>Critères remplis</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <source>Conclusion</source>
            <translation>Conclusion</translation>
        </message>
    </context>
    <context>
        <name>JobRunner</name>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>GDPR dossiers (*.rgpd)</source>
            <translation>Dossiers RGPD (*.rgpd)</translation>
        </message>
        <message>
            <source>1. Appoint a pilot</source>
            <translation>1. Désigner un pilote</translation>
        </message>
        <message>
            <source>2. Map your processing</source>
            <translation>2. Cartographier vos traitements</translation>
        </message>
        <message>
            <source>3. Prioritise the actions</source>
            <translation>3. Prioriser les actions</translation>
        </message>
        <message>
            <source>4. Manage the risks</source>
            <translation>4. Gérer les risques</translation>
        </message>
        <message>
            <source>5. Organise internal processes</source>
            <translation>5. Organiser les processus internes</translation>
        </message>
        <message>
            <source>6. Document compliance</source>
            <translation>6. Documenter la conformité</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Vue d'ensemble</translation>
        </message>
        <message>
            <source>Open the register</source>
            <translation>Ouvrir le registre</translation>
        </message>
        <message>
            <source>The six steps</source>
            <translation>Les six étapes</translation>
        </message>
        <message>
            <source>Register</source>
            <translation>Registre</translation>
        </message>
        <message>
            <source>Registers and records</source>
            <translation>Registres et preuves</translation>
        </message>
        <message>
            <source>Consents</source>
            <translation>Consentements</translation>
        </message>
        <message>
            <source>Record and prove each customer's consent (newsletter, SMS, loyalty), import them from a spreadsheet, and verify that the record has not been altered (GDPR Art. 7).</source>
            <translation>Enregistrez et prouvez le consentement de chaque client (lettre d'information, SMS, fidélité), importez-les depuis un tableur et vérifiez que le registre n'a pas été altéré (RGPD, art. 7).</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>Demandes</translation>
        </message>
        <message>
            <source>Rights requests</source>
            <translation>Demandes d'exercice des droits</translation>
        </message>
        <message>
            <source>Log the requests people make about their data (access, erasure…) and answer within one month (GDPR Art. 12(3)).</source>
            <translation>Consignez les demandes des personnes sur leurs données (accès, effacement…) et répondez dans un délai d'un mois (RGPD, art. 12(3)).</translation>
        </message>
        <message>
            <source>Breaches</source>
            <translation>Violations</translation>
        </message>
        <message>
            <source>Data breaches</source>
            <translation>Violations de données</translation>
        </message>
        <message>
            <source>Log every data breach and, where needed, notify the authority within 72 hours (GDPR Art. 33).</source>
            <translation>Consignez chaque violation de données et, si nécessaire, notifiez la CNIL dans les 72 heures (RGPD, art. 33).</translation>
        </message>
        <message>
            <source>Processors</source>
            <translation>Sous-traitants</translation>
        </message>
        <message>
            <source>The providers who handle data for you and the Article 28 checklist of their contracts. For now, processors are added from the processing editor.</source>
            <translation>Les prestataires qui traitent des données pour vous et la liste de contrôle de l'article 28 pour leurs contrats. Pour l'instant, les sous-traitants s'ajoutent depuis la fiche d'un traitement.</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Documents</translation>
        </message>
        <message>
            <source>Export the compliance dossier, the register extract and consent proofs as PDF.</source>
            <translation>Exportez en PDF le dossier de conformité, l'extrait du registre et les preuves de consentement.</translation>
        </message>
        <message>
            <source>Navigation</source>
            <translation>Navigation</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;New dossier…</source>
            <translation>&amp;Nouveau dossier…</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Ouvrir…</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>Ouvrir un dossier &amp;récent</translation>
        </message>
        <message>
            <source>Open the &amp;demo dossier</source>
            <translation>Ouvrir le dossier de &amp;démonstration</translation>
        </message>
        <message>
            <source>Save a &amp;backup copy…</source>
            <translation>Enregistrer une copie de &amp;sauvegarde…</translation>
        </message>
        <message>
            <source>&amp;Export as JSON…</source>
            <translation>&amp;Exporter en JSON…</translation>
        </message>
        <message>
            <source>&amp;Import a JSON export…</source>
            <translation>&amp;Importer un export JSON…</translation>
        </message>
        <message>
            <source>&amp;Verify the dossier</source>
            <translation>&amp;Vérifier le dossier</translation>
        </message>
        <message>
            <source>&amp;Close the dossier</source>
            <translation>&amp;Fermer le dossier</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Édition</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rétablir</translation>
        </message>
        <message>
            <source>&amp;Organisation…</source>
            <translation>&amp;Entreprise…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <source>&amp;Next page</source>
            <translation>Page &amp;suivante</translation>
        </message>
        <message>
            <source>&amp;Previous page</source>
            <translation>Page &amp;précédente</translation>
        </message>
        <message>
            <source>Go to the &amp;sidebar</source>
            <translation>Aller au &amp;menu latéral</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>&amp;Réglages</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Langue</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Celle du système</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Ai&amp;de</translation>
        </message>
        <message>
            <source>&amp;About…</source>
            <translation>À &amp;propos…</translation>
        </message>
        <message>
            <source>Open the &amp;log folder</source>
            <translation>Ouvrir le dossier du &amp;journal</translation>
        </message>
        <message>
            <source> [read only]</source>
            <translation> [lecture seule]</translation>
        </message>
        <message>
            <source>&amp;Undo %1</source>
            <translation>&amp;Annuler : %1</translation>
        </message>
        <message>
            <source>&amp;Redo %1</source>
            <translation>&amp;Rétablir : %1</translation>
        </message>
        <message>
            <source>Open read-only?</source>
            <translation>Ouvrir en lecture seule ?</translation>
        </message>
        <message>
            <source>Open it read-only?</source>
            <translation>L'ouvrir en lecture seule ?</translation>
        </message>
        <message>
            <source>Damaged dossier</source>
            <translation>Dossier endommagé</translation>
        </message>
        <message>
            <source>Cannot open the dossier</source>
            <translation>Impossible d'ouvrir le dossier</translation>
        </message>
        <message>
            <source>Open a dossier</source>
            <translation>Ouvrir un dossier</translation>
        </message>
        <message>
            <source>GDPR dossiers (*.rgpd);;All files (*)</source>
            <translation>Dossiers RGPD (*.rgpd);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Cannot create the dossier</source>
            <translation>Impossible de créer le dossier</translation>
        </message>
        <message>
            <source>Creating the demo dossier…</source>
            <translation>Création du dossier de démonstration…</translation>
        </message>
        <message>
            <source>Demo dossier</source>
            <translation>Dossier de démonstration</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(aucun)</translation>
        </message>
        <message>
            <source>Clear the list</source>
            <translation>Vider la liste</translation>
        </message>
        <message>
            <source>Save a backup copy</source>
            <translation>Enregistrer une copie de sauvegarde</translation>
        </message>
        <message>
            <source>Choose another file than the open dossier.</source>
            <translation>Choisissez un autre fichier que le dossier ouvert.</translation>
        </message>
        <message>
            <source>Saving a backup copy…</source>
            <translation>Copie de sauvegarde en cours…</translation>
        </message>
        <message>
            <source>Backup copy saved: %1</source>
            <translation>Copie de sauvegarde enregistrée : %1</translation>
        </message>
        <message>
            <source>Export as JSON</source>
            <translation>Exporter en JSON</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>Fichiers JSON (*.json)</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Export en cours…</translation>
        </message>
        <message>
            <source>Exported: %1</source>
            <translation>Exporté : %1</translation>
        </message>
        <message>
            <source>Import a JSON export</source>
            <translation>Importer un export JSON</translation>
        </message>
        <message>
            <source>New dossier from the export</source>
            <translation>Nouveau dossier créé depuis l'export</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Import en cours…</translation>
        </message>
        <message>
            <source>Verifying…</source>
            <translation>Vérification en cours…</translation>
        </message>
        <message>
            <source>Verify the dossier</source>
            <translation>Vérifier le dossier</translation>
        </message>
        <message>
            <source>About</source>
            <translation>À propos</translation>
        </message>
        <message>
            <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Helps small shops keep their GDPR register, consent records and documentation.&lt;/p&gt;&lt;p&gt;This app helps you organise your compliance; it is not legal advice.&lt;/p&gt;&lt;p&gt;Free software under the GNU GPL v3 or later. Built with Qt for Python (LGPL v3) and ReportLab (BSD).&lt;/p&gt;</source>
            <translation>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Aide les petits commerces à tenir leur registre RGPD, les preuves de consentement et leur documentation.&lt;/p&gt;&lt;p&gt;Cette application vous aide à organiser votre conformité ; elle ne constitue pas un conseil juridique.&lt;/p&gt;&lt;p&gt;Logiciel libre sous licence GNU GPL v3 ou ultérieure. Réalisé avec Qt for Python (LGPL v3) et ReportLab (BSD).&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>NewDossierDialog</name>
        <message>
            <source>New dossier</source>
            <translation>Nouveau dossier</translation>
        </message>
        <message>
            <source>Where the dossier file is kept</source>
            <translation>Où le fichier du dossier est enregistré</translation>
        </message>
        <message>
            <source>Dossier file</source>
            <translation>Fichier du dossier</translation>
        </message>
        <message>
            <source>&amp;Choose…</source>
            <translation>&amp;Choisir…</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Créer</translation>
        </message>
        <message>
            <source>GDPR dossiers (*.rgpd)</source>
            <translation>Dossiers RGPD (*.rgpd)</translation>
        </message>
        <message>
            <source>Cannot create yet</source>
            <translation>Création impossible pour l'instant</translation>
        </message>
        <message>
            <source>%1 already exists. Choose another file name.</source>
            <translation>%1 existe déjà. Choisissez un autre nom de fichier.</translation>
        </message>
    </context>
    <context>
        <name>OptionalDateEdit</name>
        <message>
            <source>Leave at — when there is no date; Delete clears it.</source>
            <translation>Laissez à — s'il n'y a pas de date ; Suppr l'efface.</translation>
        </message>
    </context>
    <context>
        <name>OrganisationDialog</name>
        <message>
            <source>Organisation</source>
            <translation>Entreprise</translation>
        </message>
        <message>
            <source>Cannot save yet</source>
            <translation>Impossible d'enregistrer pour l'instant</translation>
        </message>
    </context>
    <context>
        <name>OrganisationForm</name>
        <message>
            <source>&amp;Legal name:</source>
            <translation>&amp;Raison sociale :</translation>
        </message>
        <message>
            <source>Legal name</source>
            <translation>Raison sociale</translation>
        </message>
        <message>
            <source>As registered, e.g. Au Pain Doré SARL</source>
            <translation>Telle qu'immatriculée, par exemple Au Pain Doré SARL</translation>
        </message>
        <message>
            <source>&amp;Trade name:</source>
            <translation>Nom &amp;commercial :</translation>
        </message>
        <message>
            <source>Trade name</source>
            <translation>Nom commercial</translation>
        </message>
        <message>
            <source>The shop's sign, if different</source>
            <translation>L'enseigne du commerce, si elle est différente</translation>
        </message>
        <message>
            <source>Legal &amp;form:</source>
            <translation>&amp;Forme juridique :</translation>
        </message>
        <message>
            <source>Legal form</source>
            <translation>Forme juridique</translation>
        </message>
        <message>
            <source>SARL, SAS, EI, micro-entreprise…</source>
            <translation>SARL, SAS, EI, micro-entreprise…</translation>
        </message>
        <message>
            <source>S&amp;IREN:</source>
            <translation>S&amp;IREN :</translation>
        </message>
        <message>
            <source>SIREN</source>
            <translation>SIREN</translation>
        </message>
        <message>
            <source>9 digits</source>
            <translation>9 chiffres</translation>
        </message>
        <message>
            <source>SI&amp;RET:</source>
            <translation>SIR&amp;ET :</translation>
        </message>
        <message>
            <source>SIRET</source>
            <translation>SIRET</translation>
        </message>
        <message>
            <source>14 digits (SIREN + establishment number)</source>
            <translation>14 chiffres (SIREN + numéro d'établissement)</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>&amp;Adresse :</translation>
        </message>
        <message>
            <source>&amp;Postcode:</source>
            <translation>Code &amp;postal :</translation>
        </message>
        <message>
            <source>Postcode</source>
            <translation>Code postal</translation>
        </message>
        <message>
            <source>&amp;City:</source>
            <translation>&amp;Ville :</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ville</translation>
        </message>
        <message>
            <source>Co&amp;untry:</source>
            <translation>Pa&amp;ys :</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <source>&amp;Representative:</source>
            <translation>Re&amp;présentant légal :</translation>
        </message>
        <message>
            <source>Representative</source>
            <translation>Représentant légal</translation>
        </message>
        <message>
            <source>The legal representative's name</source>
            <translation>Le nom du représentant légal</translation>
        </message>
        <message>
            <source>Their r&amp;ole:</source>
            <translation>Sa &amp;qualité :</translation>
        </message>
        <message>
            <source>Representative's role</source>
            <translation>Qualité du représentant</translation>
        </message>
        <message>
            <source>Manager, chair…</source>
            <translation>Gérant, présidente…</translation>
        </message>
        <message>
            <source>&amp;Email:</source>
            <translation>&amp;Courriel :</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Courriel</translation>
        </message>
        <message>
            <source>P&amp;hone:</source>
            <translation>Télé&amp;phone :</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>&amp;Website:</source>
            <translation>Site &amp;internet :</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Site internet</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Secteur d'activité</translation>
        </message>
        <message>
            <source>Sec&amp;tor:</source>
            <translation>&amp;Secteur d'activité :</translation>
        </message>
    </context>
    <context>
        <name>OverviewPage</name>
        <message>
            <source>Overview</source>
            <translation>Vue d'ensemble</translation>
        </message>
        <message>
            <source>Next thing to do:</source>
            <translation>À faire maintenant :</translation>
        </message>
        <message>
            <source>Do it now</source>
            <translation>Y aller</translation>
        </message>
        <message>
            <source>The six steps</source>
            <translation>Les six étapes</translation>
        </message>
        <message>
            <source>Progress of step %1</source>
            <translation>Avancement de l'étape %1</translation>
        </message>
        <message>
            <source>Compliance score</source>
            <translation>Score de conformité</translation>
        </message>
        <message>
            <source>How is this &amp;computed?</source>
            <translation>Comment est-il &amp;calculé ?</translation>
        </message>
        <message>
            <source>Organisation (controller)</source>
            <translation>Entreprise (responsable du traitement)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>SIREN / SIRET</source>
            <translation>SIREN / SIRET</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Representative</source>
            <translation>Représentant légal</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Secteur d'activité</translation>
        </message>
        <message>
            <source>Edit the organisation…</source>
            <translation>Modifier l'entreprise…</translation>
        </message>
        <message>
            <source>Open actions</source>
            <translation>Actions ouvertes</translation>
        </message>
        <message>
            <source>Open the action plan</source>
            <translation>Ouvrir le plan d'action</translation>
        </message>
        <message>
            <source>Upcoming deadlines (30 days)</source>
            <translation>Échéances à venir (30 jours)</translation>
        </message>
        <message>
            <source>Upcoming deadlines</source>
            <translation>Échéances à venir</translation>
        </message>
        <message>
            <source>Register of processing activities</source>
            <translation>Registre des activités de traitement</translation>
        </message>
        <message>
            <source>Open the register</source>
            <translation>Ouvrir le registre</translation>
        </message>
        <message>
            <source>Pilot</source>
            <translation>Pilote</translation>
        </message>
        <message numerus="yes">
            <source>%n of %1 tasks settled</source>
            <translation>
                <numerusform>%n tâche réglée sur %1</numerusform>
                <numerusform>%n tâches réglées sur %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Checklist %1/40 · register %2/30 · action plan %3/30</source>
            <translation>Liste de contrôle %1/40 · registre %2/30 · plan d'action %3/30</translation>
        </message>
        <message numerus="yes">
            <source>%n postponed.</source>
            <translation>
                <numerusform>%n reportée.</numerusform>
                <numerusform>%n reportées.</numerusform>
            </translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>en retard</translation>
        </message>
        <message>
            <source>Nothing falls due in the next 30 days.</source>
            <translation>Rien ne vient à échéance dans les 30 prochains jours.</translation>
        </message>
        <message numerus="yes">
            <source>%n processing activities</source>
            <translation>
                <numerusform>%n traitement</numerusform>
                <numerusform>%n traitements</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of them still have points to complete (%2 in all).</source>
            <translation>%1 d'entre eux ont encore des points à compléter (%2 au total).</translation>
        </message>
        <message>
            <source>No point left to complete.</source>
            <translation>Plus aucun point à compléter.</translation>
        </message>
        <message>
            <source>No pilot named yet (step 1).</source>
            <translation>Aucun pilote nommé pour l'instant (étape 1).</translation>
        </message>
    </context>
    <context>
        <name>PilotPanel</name>
        <message>
            <source>The pilot</source>
            <translation>Le pilote</translation>
        </message>
        <message>
            <source>Pilot's name</source>
            <translation>Nom du pilote</translation>
        </message>
        <message>
            <source>Pilot's role</source>
            <translation>Fonction du pilote</translation>
        </message>
        <message>
            <source>Manager, employee…</source>
            <translation>Gérant, salarié…</translation>
        </message>
        <message>
            <source>Pilot's email</source>
            <translation>Courriel du pilote</translation>
        </message>
        <message>
            <source>Pilot's phone</source>
            <translation>Téléphone du pilote</translation>
        </message>
        <message>
            <source>Appointed on</source>
            <translation>Désigné le</translation>
        </message>
        <message>
            <source>Notes on the pilot</source>
            <translation>Notes sur le pilote</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>F&amp;onction :</translation>
        </message>
        <message>
            <source>&amp;Use the legal representative</source>
            <translation>Reprendre le re&amp;présentant légal</translation>
        </message>
        <message>
            <source>E&amp;mail:</source>
            <translation>&amp;Courriel :</translation>
        </message>
        <message>
            <source>&amp;Phone:</source>
            <translation>&amp;Téléphone :</translation>
        </message>
        <message>
            <source>&amp;Appointed on:</source>
            <translation>Désigné &amp;le :</translation>
        </message>
        <message>
            <source>N&amp;otes:</source>
            <translation>Note&amp;s :</translation>
        </message>
        <message>
            <source>Is a data protection officer (DPO) mandatory?</source>
            <translation>Un délégué à la protection des données (DPO) est-il obligatoire ?</translation>
        </message>
        <message>
            <source>Not answered</source>
            <translation>Sans réponse</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Non</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <source>Whether a DPO is mandatory</source>
            <translation>Si un DPO est obligatoire</translation>
        </message>
        <message>
            <source>A DPO is &amp;designated</source>
            <translation>&amp;Un DPO est désigné</translation>
        </message>
        <message>
            <source>The DPO</source>
            <translation>Le DPO</translation>
        </message>
        <message>
            <source>DPO's name</source>
            <translation>Nom du DPO</translation>
        </message>
        <message>
            <source>DPO's firm</source>
            <translation>Cabinet du DPO</translation>
        </message>
        <message>
            <source>For an external DPO</source>
            <translation>Pour un DPO externe</translation>
        </message>
        <message>
            <source>DPO's email</source>
            <translation>Courriel du DPO</translation>
        </message>
        <message>
            <source>DPO's phone</source>
            <translation>Téléphone du DPO</translation>
        </message>
        <message>
            <source>Designation number</source>
            <translation>Numéro de désignation</translation>
        </message>
        <message>
            <source>Given by the authority after the designation form</source>
            <translation>Donné par la CNIL après le formulaire de désignation</translation>
        </message>
        <message>
            <source>Designated on</source>
            <translation>Désigné le</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Nom :</translation>
        </message>
        <message>
            <source>Firm:</source>
            <translation>Cabinet :</translation>
        </message>
        <message>
            <source>Email:</source>
            <translation>Courriel :</translation>
        </message>
        <message>
            <source>Phone:</source>
            <translation>Téléphone :</translation>
        </message>
        <message>
            <source>Designation number:</source>
            <translation>Numéro de désignation :</translation>
        </message>
        <message>
            <source>Designated on:</source>
            <translation>Désigné le :</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Revert</source>
            <translation>Annuler les modifications</translation>
        </message>
        <message>
            <source>Save the pilot and the DPO answers (Ctrl+S)</source>
            <translation>Enregistrer le pilote et les réponses sur le DPO (Ctrl+S)</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Modifications non enregistrées</translation>
        </message>
        <message>
            <source>Pilot</source>
            <translation>Pilote</translation>
        </message>
        <message>
            <source>pilot and DPO</source>
            <translation>pilote et DPO</translation>
        </message>
    </context>
    <context>
        <name>PlaceholderPage</name>
        <message>
            <source>This part is not built yet in this version of the app.</source>
            <translation>Cette partie n'est pas encore réalisée dans cette version de l'application.</translation>
        </message>
    </context>
    <context>
        <name>ProcessingEditor</name>
        <message>
            <source>New processing activity</source>
            <translation>Nouveau traitement</translation>
        </message>
        <message>
            <source>Processing activity: %1</source>
            <translation>Traitement : %1</translation>
        </message>
        <message>
            <source>&amp;1 General</source>
            <translation>&amp;1 Généralités</translation>
        </message>
        <message>
            <source>&amp;2 Data and retention</source>
            <translation>&amp;2 Données et conservation</translation>
        </message>
        <message>
            <source>&amp;3 Recipients and transfers</source>
            <translation>&amp;3 Destinataires et transferts</translation>
        </message>
        <message>
            <source>&amp;4 Security and source</source>
            <translation>&amp;4 Sécurité et source</translation>
        </message>
        <message>
            <source>What is missing</source>
            <translation>Ce qui manque</translation>
        </message>
        <message>
            <source>What is missing (double-click to go there)</source>
            <translation>Ce qui manque (double-cliquez pour y aller)</translation>
        </message>
        <message>
            <source>Save (Ctrl+Enter). A draft may be saved with points still missing.</source>
            <translation>Enregistrer (Ctrl+Entrée). Un brouillon peut être enregistré même incomplet.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <source>Given automatically (T-001...) if empty</source>
            <translation>Attribuée automatiquement (T-001…) si vide</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Référence</translation>
        </message>
        <message>
            <source>&amp;Reference:</source>
            <translation>&amp;Référence :</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>&amp;Statut :</translation>
        </message>
        <message>
            <source>What is this processing for? One purpose per line.</source>
            <translation>À quoi sert ce traitement ? Une finalité par ligne.</translation>
        </message>
        <message>
            <source>Purposes</source>
            <translation>Finalités</translation>
        </message>
        <message>
            <source>&amp;Purposes:</source>
            <translation>&amp;Finalités :</translation>
        </message>
        <message>
            <source>The detailed uses, one per line.</source>
            <translation>Les usages détaillés, un par ligne.</translation>
        </message>
        <message>
            <source>Sub-purposes</source>
            <translation>Sous-finalités</translation>
        </message>
        <message>
            <source>S&amp;ub-purposes:</source>
            <translation>Sous-fin&amp;alités :</translation>
        </message>
        <message>
            <source>— not chosen yet —</source>
            <translation>— pas encore choisie —</translation>
        </message>
        <message>
            <source>Legal basis</source>
            <translation>Base légale</translation>
        </message>
        <message>
            <source>&amp;Legal basis:</source>
            <translation>&amp;Base légale :</translation>
        </message>
        <message>
            <source>Legal basis detail</source>
            <translation>Précision sur la base légale</translation>
        </message>
        <message>
            <source>De&amp;tail:</source>
            <translation>Dé&amp;tail :</translation>
        </message>
        <message>
            <source>Only if another organisation decides with you how the data is used</source>
            <translation>Seulement si un autre organisme décide avec vous de l'usage des données</translation>
        </message>
        <message>
            <source>Joint controller</source>
            <translation>Responsable conjoint</translation>
        </message>
        <message>
            <source>&amp;Joint controller:</source>
            <translation>Responsable &amp;conjoint :</translation>
        </message>
        <message>
            <source>People concerned</source>
            <translation>Personnes concernées</translation>
        </message>
        <message>
            <source>General retention period (for every category without its own)</source>
            <translation>Durée de conservation générale (pour chaque catégorie sans durée propre)</translation>
        </message>
        <message>
            <source>Sensitive data: condition of Article 9(2)</source>
            <translation>Données sensibles : condition de l'article 9(2)</translation>
        </message>
        <message>
            <source>— none —</source>
            <translation>— aucune —</translation>
        </message>
        <message>
            <source>Article 9(2) condition</source>
            <translation>Condition de l'article 9(2)</translation>
        </message>
        <message>
            <source>Needed only when a data category is marked sensitive.</source>
            <translation>Nécessaire seulement si une catégorie de données est marquée sensible.</translation>
        </message>
        <message>
            <source>Data processed, each with its retention period</source>
            <translation>Données traitées, chacune avec sa durée de conservation</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <source>Which data exactly</source>
            <translation>Quelles données précisément</translation>
        </message>
        <message>
            <source>Sensitive</source>
            <translation>Sensible</translation>
        </message>
        <message>
            <source>Kept for</source>
            <translation>Conservée</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unité</translation>
        </message>
        <message>
            <source>Counted from</source>
            <translation>À compter de</translation>
        </message>
        <message>
            <source>Criteria / note</source>
            <translation>Critères / remarque</translation>
        </message>
        <message>
            <source>Data categories</source>
            <translation>Catégories de données</translation>
        </message>
        <message>
            <source>Add a data category</source>
            <translation>Ajouter une catégorie de données</translation>
        </message>
        <message>
            <source>Who receives the data</source>
            <translation>Qui reçoit les données</translation>
        </message>
        <message>
            <source>Recipient</source>
            <translation>Destinataire</translation>
        </message>
        <message>
            <source>Who exactly</source>
            <translation>Qui précisément</translation>
        </message>
        <message>
            <source>Recipients</source>
            <translation>Destinataires</translation>
        </message>
        <message>
            <source>Add a recipient</source>
            <translation>Ajouter un destinataire</translation>
        </message>
        <message>
            <source>Processors (providers working for you)</source>
            <translation>Sous-traitants (prestataires qui travaillent pour vous)</translation>
        </message>
        <message>
            <source>Processors</source>
            <translation>Sous-traitants</translation>
        </message>
        <message>
            <source>New processor…</source>
            <translation>Nouveau sous-traitant…</translation>
        </message>
        <message>
            <source>Transfers outside the European Economic Area</source>
            <translation>Transferts hors de l'Espace économique européen</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <source>Safeguard</source>
            <translation>Garantie</translation>
        </message>
        <message>
            <source>Where the documents are</source>
            <translation>Où se trouvent les documents</translation>
        </message>
        <message>
            <source>Transfers outside the EEA</source>
            <translation>Transferts hors EEE</translation>
        </message>
        <message>
            <source>Add a transfer</source>
            <translation>Ajouter un transfert</translation>
        </message>
        <message>
            <source>Security measures</source>
            <translation>Mesures de sécurité</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Mesure</translation>
        </message>
        <message>
            <source>What you do in practice</source>
            <translation>Ce que vous faites concrètement</translation>
        </message>
        <message>
            <source>Add a measure</source>
            <translation>Ajouter une mesure</translation>
        </message>
        <message>
            <source>Source of the data</source>
            <translation>Source des données</translation>
        </message>
        <message>
            <source>Where the data &amp;comes from:</source>
            <translation>&amp;Origine des données :</translation>
        </message>
        <message>
            <source>Source detail</source>
            <translation>Précision sur la source</translation>
        </message>
        <message>
            <source>Source &amp;detail:</source>
            <translation>&amp;Précision sur la source :</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>N&amp;otes:</source>
            <translation>Note&amp;s :</translation>
        </message>
        <message>
            <source>Interest &amp;pursued:</source>
            <translation>Intérêt &amp;poursuivi :</translation>
        </message>
        <message>
            <source>&amp;Law that requires it:</source>
            <translation>&amp;Texte qui l'impose :</translation>
        </message>
        <message>
            <source>Con&amp;tract concerned:</source>
            <translation>Con&amp;trat concerné :</translation>
        </message>
        <message>
            <source>How consent is &amp;collected:</source>
            <translation>Comment le consentement est &amp;recueilli :</translation>
        </message>
        <message>
            <source>Nothing missing: this entry is complete.</source>
            <translation>Rien ne manque : cette fiche est complète.</translation>
        </message>
        <message>
            <source>Cannot save yet</source>
            <translation>Impossible d'enregistrer pour l'instant</translation>
        </message>
        <message>
            <source>Discard changes?</source>
            <translation>Abandonner les modifications ?</translation>
        </message>
        <message>
            <source>This processing activity has unsaved changes. Discard them?</source>
            <translation>Ce traitement a des modifications non enregistrées. Les abandonner ?</translation>
        </message>
    </context>
    <context>
        <name>ProcessingTableModel</name>
        <message>
            <source>Ref.</source>
            <translation>Réf.</translation>
        </message>
        <message>
            <source>Processing activity</source>
            <translation>Traitement</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Legal basis</source>
            <translation>Base légale</translation>
        </message>
        <message>
            <source>To complete</source>
            <translation>À compléter</translation>
        </message>
        <message>
            <source>Last change</source>
            <translation>Dernière modification</translation>
        </message>
        <message numerus="yes">
            <source>%n point(s)</source>
            <translation>
                <numerusform>%n point</numerusform>
                <numerusform>%n points</numerusform>
            </translation>
        </message>
        <message>
            <source>Complete</source>
            <translation>Complet</translation>
        </message>
    </context>
    <context>
        <name>ProcessorDialog</name>
        <message>
            <source>Processor</source>
            <translation>Sous-traitant</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Web host, payment provider, accountant…</source>
            <translation>Hébergeur, prestataire de paiement, expert-comptable…</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Prestation</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <source>&amp;Service provided:</source>
            <translation>&amp;Prestation fournie :</translation>
        </message>
        <message>
            <source>&amp;Contact:</source>
            <translation>&amp;Contact :</translation>
        </message>
        <message>
            <source>C&amp;ountry:</source>
            <translation>Pa&amp;ys :</translation>
        </message>
        <message>
            <source>N&amp;otes:</source>
            <translation>Note&amp;s :</translation>
        </message>
        <message>
            <source>Cannot save yet</source>
            <translation>Impossible d'enregistrer pour l'instant</translation>
        </message>
    </context>
    <context>
        <name>RegisterPage</name>
        <message>
            <source>Register of processing activities</source>
            <translation>Registre des activités de traitement</translation>
        </message>
        <message>
            <source>New from &amp;template…</source>
            <translation>Nouveau depuis un &amp;modèle…</translation>
        </message>
        <message>
            <source>&amp;New (blank)…</source>
            <translation>&amp;Nouveau (vierge)…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Modifier…</translation>
        </message>
        <message>
            <source>&amp;Duplicate</source>
            <translation>&amp;Dupliquer</translation>
        </message>
        <message>
            <source>&amp;Archive</source>
            <translation>&amp;Archiver</translation>
        </message>
        <message>
            <source>De&amp;lete…</source>
            <translation>&amp;Supprimer…</translation>
        </message>
        <message>
            <source>Search by name, reference or purpose (Ctrl+F)</source>
            <translation>Rechercher par nom, référence ou finalité (Ctrl+F)</translation>
        </message>
        <message>
            <source>Search the register</source>
            <translation>Rechercher dans le registre</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Afficher</translation>
        </message>
        <message>
            <source>All but archived</source>
            <translation>Tous sauf archivés</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Tous</translation>
        </message>
        <message>
            <source>With points to complete</source>
            <translation>Avec des points à compléter</translation>
        </message>
        <message>
            <source>Processing activities</source>
            <translation>Traitements</translation>
        </message>
        <message>
            <source>Selected processing activity</source>
            <translation>Traitement sélectionné</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Restaurer</translation>
        </message>
        <message>
            <source>Select a processing activity to see it here, or create one from a template (Ctrl+T).</source>
            <translation>Sélectionnez un traitement pour le voir ici, ou créez-en un depuis un modèle (Ctrl+T).</translation>
        </message>
        <message>
            <source>New processor</source>
            <translation>Nouveau sous-traitant</translation>
        </message>
        <message>
            <source>new processor</source>
            <translation>nouveau sous-traitant</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>new processing activity</source>
            <translation>nouveau traitement</translation>
        </message>
        <message>
            <source>new processing activity from a template</source>
            <translation>nouveau traitement depuis un modèle</translation>
        </message>
        <message>
            <source>edit of “%1”</source>
            <translation>modification de « %1 »</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Dupliquer</translation>
        </message>
        <message>
            <source>copy</source>
            <translation>copie</translation>
        </message>
        <message>
            <source>duplicate</source>
            <translation>duplication</translation>
        </message>
        <message>
            <source>restore</source>
            <translation>restauration</translation>
        </message>
        <message>
            <source>archive</source>
            <translation>archivage</translation>
        </message>
        <message>
            <source>Delete “%1”?</source>
            <translation>Supprimer « %1 » ?</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n processing activities?</source>
            <translation>
                <numerusform>Supprimer %n traitement ?</numerusform>
                <numerusform>Supprimer %n traitements ?</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>You can undo this with Ctrl+Z. To keep a trace of a processing you no longer carry out, archive it instead.</source>
            <translation>Vous pourrez annuler avec Ctrl+Z. Pour garder la trace d'un traitement que vous ne faites plus, archivez-le plutôt.</translation>
        </message>
        <message>
            <source>deletion</source>
            <translation>suppression</translation>
        </message>
    </context>
    <context>
        <name>RetentionRow</name>
        <message>
            <source>General retention: duration</source>
            <translation>Conservation générale : durée</translation>
        </message>
        <message>
            <source>General retention: unit</source>
            <translation>Conservation générale : unité</translation>
        </message>
        <message>
            <source>General retention: counted from</source>
            <translation>Conservation générale : à compter de</translation>
        </message>
        <message>
            <source>Criteria, intermediate archiving, legal reference</source>
            <translation>Critères, archivage intermédiaire, référence légale</translation>
        </message>
        <message>
            <source>General retention: criteria</source>
            <translation>Conservation générale : critères</translation>
        </message>
        <message>
            <source>from</source>
            <translation>à compter de</translation>
        </message>
    </context>
    <context>
        <name>RowTable</name>
        <message>
            <source>Add a row</source>
            <translation>Ajouter une ligne</translation>
        </message>
        <message>
            <source>Remove the selected row</source>
            <translation>Retirer la ligne sélectionnée</translation>
        </message>
    </context>
    <context>
        <name>ScoreDialog</name>
        <message>
            <source>How is the score computed?</source>
            <translation>Comment le score est-il calculé ?</translation>
        </message>
        <message>
            <source>Computation of the score</source>
            <translation>Calcul du score</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>Liste de contrôle</translation>
        </message>
        <message>
            <source>%1 of the %2 checklist tasks of the six steps are done, checked by the dossier or not applicable: %3 × %1 / %2</source>
            <translation>%1 des %2 tâches des listes de contrôle des six étapes sont faites, cochées par le dossier ou sans objet : %3 × %1 / %2</translation>
        </message>
        <message>
            <source>Register</source>
            <translation>Registre</translation>
        </message>
        <message>
            <source>%1 of the %2 processing activities (archived ones left out) have no open action of step 2: %3 × %1 / %2</source>
            <translation>%1 des %2 traitements (hors archivés) n'ont aucune action ouverte de l'étape 2 : %3 × %1 / %2</translation>
        </message>
        <message>
            <source>The register is empty: 0 points.</source>
            <translation>Le registre est vide : 0 point.</translation>
        </message>
        <message>
            <source>Action plan</source>
            <translation>Plan d'action</translation>
        </message>
        <message>
            <source>%1 minus %2 per open high-priority action (%3), %4 per medium one (%5) and %6 per low one (%7), never below 0</source>
            <translation>%1 moins %2 par action ouverte de priorité haute (%3), %4 par action moyenne (%5) et %6 par action basse (%7), jamais moins de 0</translation>
        </message>
        <message>
            <source>Score: %1 / 100</source>
            <translation>Score : %1 / 100</translation>
        </message>
        <message>
            <source>The score is the sum of three parts:</source>
            <translation>Le score est la somme de trois parties :</translation>
        </message>
        <message>
            <source>Postponed actions count as open; actions judged not applicable, with a reason, do not. Your own actions never lower the score.</source>
            <translation>Les actions reportées comptent comme ouvertes ; celles jugées sans objet, avec une raison, ne comptent pas. Vos propres actions ne baissent jamais le score.</translation>
        </message>
        <message>
            <source>What it means: the score measures how complete your documentation is and whether the known gaps are handled. It is not a legal opinion: a high score does not prove compliance, and the authority uses no such score.</source>
            <translation>Ce qu'il signifie : le score mesure à quel point votre documentation est complète et si les manques connus sont traités. Ce n'est pas un avis juridique : un score élevé ne prouve pas la conformité, et la CNIL n'utilise aucun score de ce genre.</translation>
        </message>
    </context>
    <context>
        <name>Session</name>
        <message>
            <source>Undo</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Rétablir</translation>
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <source>GDPR assistant for small shops</source>
            <translation>L'assistant RGPD des petits commerces</translation>
        </message>
        <message>
            <source>This app keeps your register of processing activities and your customers' consents in one file on this computer, guides you through the six steps of the French data-protection authority (CNIL), and prints the documents an inspector or your accountant will ask for.</source>
            <translation>Cette application tient votre registre des traitements et les consentements de vos clients dans un seul fichier sur cet ordinateur, vous guide à travers les six étapes de la CNIL et imprime les documents que demandera un contrôleur ou votre expert-comptable.</translation>
        </message>
        <message>
            <source>New dossiers are kept in %1 unless you choose another place. Back them up like any important file.</source>
            <translation>Les nouveaux dossiers sont enregistrés dans %1, sauf si vous choisissez un autre emplacement. Sauvegardez-les comme tout fichier important.</translation>
        </message>
        <message>
            <source>Create a dossier for my shop…</source>
            <translation>Créer le dossier de mon commerce…</translation>
        </message>
        <message>
            <source>Open a dossier…</source>
            <translation>Ouvrir un dossier…</translation>
        </message>
        <message>
            <source>Try the demo dossier</source>
            <translation>Essayer le dossier de démonstration</translation>
        </message>
        <message>
            <source>Recent dossiers:</source>
            <translation>Dossiers récents :</translation>
        </message>
        <message>
            <source>Recent dossiers</source>
            <translation>Dossiers récents</translation>
        </message>
    </context>
    <context>
        <name>Status</name>
        <message>
            <source>Draft</source>
            <translation>Brouillon</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>En cours</translation>
        </message>
        <message>
            <source>Archived</source>
            <translation>Archivé</translation>
        </message>
    </context>
    <context>
        <name>StepPage</name>
        <message>
            <source>Step %1 — %2</source>
            <translation>Étape %1 — %2</translation>
        </message>
        <message>
            <source>Why it matters:</source>
            <translation>Pourquoi c'est important :</translation>
        </message>
        <message>
            <source>Source: %1</source>
            <translation>Source : %1</translation>
        </message>
        <message>
            <source>Progress of the step</source>
            <translation>Avancement de l'étape</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>Liste de contrôle</translation>
        </message>
        <message>
            <source>Action plan</source>
            <translation>Plan d'action</translation>
        </message>
        <message>
            <source>DPIA screening</source>
            <translation>Examen AIPD</translation>
        </message>
        <message>
            <source>Where the work is done:</source>
            <translation>Où le travail se fait :</translation>
        </message>
        <message numerus="yes">
            <source>%n of %1 tasks settled</source>
            <translation>
                <numerusform>%n tâche réglée sur %1</numerusform>
                <numerusform>%n tâches réglées sur %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TaskDialog</name>
        <message>
            <source>Task done</source>
            <translation>Tâche faite</translation>
        </message>
        <message>
            <source>Task not applicable</source>
            <translation>Tâche sans objet</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Raison</translation>
        </message>
        <message>
            <source>Why this task does not apply to the shop</source>
            <translation>Pourquoi cette tâche ne concerne pas le commerce</translation>
        </message>
        <message>
            <source>&amp;Why:</source>
            <translation>&amp;Pourquoi :</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Par</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Date :</translation>
        </message>
        <message>
            <source>&amp;By:</source>
            <translation>&amp;Par :</translation>
        </message>
        <message>
            <source>Cannot save yet</source>
            <translation>Impossible d'enregistrer pour l'instant</translation>
        </message>
    </context>
    <context>
        <name>TemplateDialog</name>
        <message>
            <source>New processing from a template</source>
            <translation>Nouveau traitement depuis un modèle</translation>
        </message>
        <message>
            <source>Templates</source>
            <translation>Modèles</translation>
        </message>
        <message>
            <source>Template details</source>
            <translation>Détail du modèle</translation>
        </message>
        <message>
            <source>Use this template</source>
            <translation>Utiliser ce modèle</translation>
        </message>
    </context>
    <context>
        <name>Units</name>
        <message>
            <source>days</source>
            <translation>jours</translation>
        </message>
        <message>
            <source>months</source>
            <translation>mois</translation>
        </message>
        <message>
            <source>years</source>
            <translation>ans</translation>
        </message>
    </context>
</TS>