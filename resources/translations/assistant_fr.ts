<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
        <name>ConsentImport</name>
        <message>
            <source>Email</source>
            <translation>Courriel</translation>
        </message>
        <message>
            <source>Customer reference</source>
            <translation>Référence client</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Prénom</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Finalité</translation>
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
            <source>Channel</source>
            <translation>Canal</translation>
        </message>
        <message>
            <source>Wording version</source>
            <translation>Version de la mention</translation>
        </message>
    </context>
    <context>
        <name>ConsentImportDialog</name>
        <message>
            <source>Import consents from %1</source>
            <translation>Importer des consentements depuis %1</translation>
        </message>
        <message>
            <source>semicolon</source>
            <translation>point-virgule</translation>
        </message>
        <message>
            <source>comma</source>
            <translation>virgule</translation>
        </message>
        <message>
            <source>%1 lines · %2 · values separated by a %3</source>
            <translation>%1 lignes · %2 · valeurs séparées par une %3</translation>
        </message>
        <message>
            <source>How the columns are read:</source>
            <translation>Lecture des colonnes :</translation>
        </message>
        <message>
            <source>Column mapping</source>
            <translation>Correspondance des colonnes</translation>
        </message>
        <message>
            <source>Column of the ledger</source>
            <translation>Colonne du registre</translation>
        </message>
        <message>
            <source>Column of the file</source>
            <translation>Colonne du fichier</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>manquante</translation>
        </message>
        <message>
            <source>(not given)</source>
            <translation>(non fournie)</translation>
        </message>
        <message>
            <source>Ignored columns: %1</source>
            <translation>Colonnes ignorées : %1</translation>
        </message>
        <message>
            <source>First rows:</source>
            <translation>Premières lignes :</translation>
        </message>
        <message>
            <source>First rows of the file</source>
            <translation>Premières lignes du fichier</translation>
        </message>
        <message>
            <source>&amp;Leave out invalid rows and import the others</source>
            <translation>&amp;Écarter les lignes invalides et importer les autres</translation>
        </message>
        <message>
            <source>By default, one invalid row refuses the whole file and nothing is imported.</source>
            <translation>Par défaut, une seule ligne invalide fait refuser tout le fichier et rien n'est importé.</translation>
        </message>
        <message>
            <source>File listing the refused rows</source>
            <translation>Fichier des lignes refusées</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Parcourir…</translation>
        </message>
        <message>
            <source>Refused rows to:</source>
            <translation>Lignes refusées dans :</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importer</translation>
        </message>
        <message>
            <source>Refused rows</source>
            <translation>Lignes refusées</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Fichiers CSV (*.csv)</translation>
        </message>
    </context>
    <context>
        <name>Consents</name>
        <message>
            <source>In the shop</source>
            <translation>En magasin</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Site internet</translation>
        </message>
        <message>
            <source>Paper form</source>
            <translation>Formulaire papier</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Courriel</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <source>The app</source>
            <translation>L'application</translation>
        </message>
        <message>
            <source>Consented</source>
            <translation>Consenti</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Retiré</translation>
        </message>
        <message>
            <source>Erased</source>
            <translation>Effacé</translation>
        </message>
        <message>
            <source>Not asked</source>
            <translation>Non demandé</translation>
        </message>
    </context>
    <context>
        <name>ConsentsPage</name>
        <message>
            <source>Consents</source>
            <translation>Consentements</translation>
        </message>
        <message>
            <source>&amp;New person…</source>
            <translation>&amp;Nouvelle personne…</translation>
        </message>
        <message>
            <source>Record &amp;consent…</source>
            <translation>Enregistrer un &amp;consentement…</translation>
        </message>
        <message>
            <source>Record &amp;withdrawal…</source>
            <translation>Enregistrer un &amp;retrait…</translation>
        </message>
        <message>
            <source>&amp;Correct identity…</source>
            <translation>Corriger l'i&amp;dentité…</translation>
        </message>
        <message>
            <source>E&amp;rase person…</source>
            <translation>&amp;Effacer la personne…</translation>
        </message>
        <message>
            <source>&amp;Import consents (CSV)…</source>
            <translation>&amp;Importer des consentements (CSV)…</translation>
        </message>
        <message>
            <source>The &amp;ledger (CSV)…</source>
            <translation>Le &amp;registre (CSV)…</translation>
        </message>
        <message>
            <source>Current &amp;statuses (CSV)…</source>
            <translation>Les &amp;statuts actuels (CSV)…</translation>
        </message>
        <message>
            <source>Consent records (W3C &amp;DPV JSON)…</source>
            <translation>Preuves de consentement (W3C &amp;DPV JSON)…</translation>
        </message>
        <message>
            <source>&amp;Proof for the selected person (JSON)…</source>
            <translation>Preuve pour la &amp;personne sélectionnée (JSON)…</translation>
        </message>
        <message>
            <source>E&amp;xport</source>
            <translation>E&amp;xporter</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exporter</translation>
        </message>
        <message>
            <source>New &amp;purpose…</source>
            <translation>Nouvelle &amp;finalité…</translation>
        </message>
        <message>
            <source>New &amp;wording…</source>
            <translation type="vanished">Nouvelle &amp;mention…</translation>
        </message>
        <message>
            <source>&amp;Edit the selected purpose…</source>
            <translation>&amp;Modifier la finalité sélectionnée…</translation>
        </message>
        <message>
            <source>New &amp;wording for the selected purpose…</source>
            <translation>Nouvelle me&amp;ntion pour la finalité sélectionnée…</translation>
        </message>
        <message>
            <source>&amp;Month by month for the selected purpose…</source>
            <translation>Mois &amp;par mois pour la finalité sélectionnée…</translation>
        </message>
        <message>
            <source>&amp;Purposes</source>
            <translation>&amp;Finalités</translation>
        </message>
        <message>
            <source>Purposes and wordings</source>
            <translation>Finalités et mentions</translation>
        </message>
        <message>
            <source>Consent purposes</source>
            <translation>Finalités de consentement</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Finalité</translation>
        </message>
        <message>
            <source>Processing activity</source>
            <translation>Traitement</translation>
        </message>
        <message>
            <source>Consented</source>
            <translation>Consenti</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Retiré</translation>
        </message>
        <message>
            <source>To renew</source>
            <translation>À renouveler</translation>
        </message>
        <message>
            <source>Wordings</source>
            <translation>Mentions</translation>
        </message>
        <message>
            <source>Last choice</source>
            <translation>Dernier choix</translation>
        </message>
        <message>
            <source>Search by name, email, phone or customer reference (Ctrl+F)</source>
            <translation>Rechercher par nom, courriel, téléphone ou référence client (Ctrl+F)</translation>
        </message>
        <message>
            <source>Search people</source>
            <translation>Rechercher des personnes</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Afficher</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Tout le monde</translation>
        </message>
        <message>
            <source>Consents to renew</source>
            <translation>Consentements à renouveler</translation>
        </message>
        <message>
            <source>Past the retention period</source>
            <translation>Durée de conservation dépassée</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personnes</translation>
        </message>
        <message>
            <source>Selected person</source>
            <translation>Personne sélectionnée</translation>
        </message>
        <message>
            <source>not linked to a processing</source>
            <translation>rattachée à aucun traitement</translation>
        </message>
        <message>
            <source>No wording recorded: add the text people see, to prove what they agreed to.</source>
            <translation>Aucune mention enregistrée : ajoutez le texte que voient les personnes, pour prouver ce qu'elles ont accepté.</translation>
        </message>
        <message>
            <source>Ledger: %1 events · chain head %2 (print it or keep it apart: File › Verify checks the chain)</source>
            <translation>Registre : %1 événements · tête de chaîne %2 (imprimez-la ou gardez-la à part : Fichier › Vérifier contrôle la chaîne)</translation>
        </message>
        <message>
            <source>first %1 matches: type more</source>
            <translation>%1 premiers résultats : précisez</translation>
        </message>
        <message numerus="yes">
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n personne</numerusform>
                <numerusform>%n personnes</numerusform>
            </translation>
        </message>
        <message>
            <source>Select a person to see their consents and history, or search by name, email, phone or customer reference (Ctrl+F). Record a consent with Ctrl+K.</source>
            <translation>Sélectionnez une personne pour voir ses consentements et leur historique, ou cherchez par nom, courriel, téléphone ou référence client (Ctrl+F). Enregistrez un consentement avec Ctrl+K.</translation>
        </message>
        <message>
            <source>Identity erased on %1; the records stay, linked to nobody.</source>
            <translation>Identité effacée le %1 ; les enregistrements restent, rattachés à personne.</translation>
        </message>
        <message>
            <source>(erased person)</source>
            <translation>(personne effacée)</translation>
        </message>
        <message>
            <source>Current choices</source>
            <translation>Choix actuels</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historique</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>(ask again by %1)</source>
            <translation>(à redemander avant le %1)</translation>
        </message>
        <message>
            <source>wording %1, SHA-256 %2</source>
            <translation>mention %1, SHA-256 %2</translation>
        </message>
        <message>
            <source>evidence: %1</source>
            <translation>preuve : %1</translation>
        </message>
        <message>
            <source>recorded by %1</source>
            <translation>enregistré par %1</translation>
        </message>
        <message>
            <source>imported from %1</source>
            <translation>importé de %1</translation>
        </message>
        <message>
            <source>event no. %1, hash %2</source>
            <translation>événement n° %1, empreinte %2</translation>
        </message>
        <message>
            <source>New person</source>
            <translation>Nouvelle personne</translation>
        </message>
        <message>
            <source>Correct identity</source>
            <translation>Corriger l'identité</translation>
        </message>
        <message>
            <source>Record a choice</source>
            <translation>Enregistrer un choix</translation>
        </message>
        <message>
            <source>Erase a person</source>
            <translation>Effacer une personne</translation>
        </message>
        <message>
            <source>Erase “%1”? Their name, email, phone and reference are removed for good (this cannot be undone); the record that they were erased, and their past choices linked to nobody, stay in the ledger.

Reason (e.g. erasure request of 12/03, end of retention):</source>
            <translation>Effacer « %1 » ? Son nom, son courriel, son téléphone et sa référence sont supprimés définitivement (impossible à annuler) ; la trace de l'effacement et ses choix passés, rattachés à personne, restent dans le registre.

Motif (par ex. demande d'effacement du 12/03, fin de la durée de conservation) :</translation>
        </message>
        <message>
            <source>New purpose</source>
            <translation>Nouvelle finalité</translation>
        </message>
        <message>
            <source>new purpose</source>
            <translation>nouvelle finalité</translation>
        </message>
        <message>
            <source>Consent purpose</source>
            <translation>Finalité de consentement</translation>
        </message>
        <message>
            <source>edit of a purpose</source>
            <translation>modification d'une finalité</translation>
        </message>
        <message>
            <source>Month by month</source>
            <translation>Mois par mois</translation>
        </message>
        <message>
            <source>Month · consents · withdrawals</source>
            <translation>Mois · accords · retraits</translation>
        </message>
        <message>
            <source>Nothing recorded yet.</source>
            <translation>Rien d'enregistré pour l'instant.</translation>
        </message>
        <message>
            <source>New wording</source>
            <translation>Nouvelle mention</translation>
        </message>
        <message>
            <source>First select a purpose in the table above.</source>
            <translation>Sélectionnez d'abord une finalité dans le tableau ci-dessus.</translation>
        </message>
        <message>
            <source>Import consents</source>
            <translation>Importer des consentements</translation>
        </message>
        <message>
            <source>CSV files (*.csv *.txt);;All files (*)</source>
            <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Reading %1…</source>
            <translation>Lecture de %1…</translation>
        </message>
        <message>
            <source>Importing consents…</source>
            <translation>Import des consentements…</translation>
        </message>
        <message>
            <source>Import cancelled: nothing was imported.</source>
            <translation>Import annulé : rien n'a été importé.</translation>
        </message>
        <message>
            <source>Fix these rows, or import with “Leave out invalid rows”.</source>
            <translation>Corrigez ces lignes, ou importez avec « Écarter les lignes invalides ».</translation>
        </message>
        <message numerus="yes">
            <source> (%n more)</source>
            <translation>
                <numerusform> (%n de plus)</numerusform>
                <numerusform> (%n de plus)</numerusform>
            </translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Export…</translation>
        </message>
        <message>
            <source>Exported: %1 (%2 events, chain head %3)</source>
            <translation>Exporté : %1 (%2 événements, tête de chaîne %3)</translation>
        </message>
        <message>
            <source>Export the consents</source>
            <translation>Exporter les consentements</translation>
        </message>
        <message>
            <source>consent-statuses</source>
            <translation>statuts-consentements</translation>
        </message>
        <message>
            <source>consent-ledger</source>
            <translation>registre-consentements</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Fichiers CSV (*.csv)</translation>
        </message>
        <message>
            <source>Export consent records</source>
            <translation>Exporter les preuves de consentement</translation>
        </message>
        <message>
            <source>JSON-LD files (*.jsonld *.json)</source>
            <translation>Fichiers JSON-LD (*.jsonld *.json)</translation>
        </message>
        <message>
            <source>Proof of consent</source>
            <translation>Preuve de consentement</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>Fichiers JSON (*.json)</translation>
        </message>
        <message>
            <source>Exported: %1</source>
            <translation>Exporté : %1</translation>
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
            <source>Record who steers data protection in the shop, and find out whether a data protection officer (DPO) is mandatory for you (GDPR Art. 37).</source>
            <translation>Indiquez qui pilote la protection des données dans le commerce, et vérifiez si un délégué à la protection des données (DPO) est obligatoire pour vous (RGPD, art. 37).</translation>
        </message>
        <message>
            <source>2. Map your processing</source>
            <translation>2. Cartographier vos traitements</translation>
        </message>
        <message>
            <source>List everything you do with personal data: that list is the register of processing activities (GDPR Art. 30). The register itself is already here.</source>
            <translation>Recensez tout ce que vous faites avec des données personnelles : cette liste est le registre des activités de traitement (RGPD, art. 30). Le registre lui-même est déjà disponible.</translation>
        </message>
        <message>
            <source>3. Prioritise the actions</source>
            <translation>3. Prioriser les actions</translation>
        </message>
        <message>
            <source>An action plan drawn from the gaps in your register, ranked by risk to people.</source>
            <translation>Un plan d'action tiré des manques de votre registre, classé selon le risque pour les personnes.</translation>
        </message>
        <message>
            <source>4. Manage the risks</source>
            <translation>4. Gérer les risques</translation>
        </message>
        <message>
            <source>Screen each processing against the nine criteria that call for an impact assessment (GDPR Art. 35).</source>
            <translation>Passez chaque traitement au crible des neuf critères qui appellent une analyse d'impact (RGPD, art. 35).</translation>
        </message>
        <message>
            <source>5. Organise internal processes</source>
            <translation>5. Organiser les processus internes</translation>
        </message>
        <message>
            <source>Procedures for rights requests (one month), data breaches (72 hours), processors and consent records.</source>
            <translation>Des procédures pour les demandes d'exercice des droits (un mois), les violations de données (72 heures), les sous-traitants et les preuves de consentement.</translation>
        </message>
        <message>
            <source>6. Document compliance</source>
            <translation>6. Documenter la conformité</translation>
        </message>
        <message>
            <source>Keep the documentation up to date and print it as a dossier.</source>
            <translation>Tenir la documentation à jour et l'imprimer sous forme de dossier.</translation>
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
            <translation type="vanished">Enregistrez et prouvez le consentement de chaque client (lettre d'information, SMS, fidélité), importez-les depuis un tableur et vérifiez que le registre n'a pas été altéré (RGPD, art. 7).</translation>
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
            <translation>Export…</translation>
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
        <name>NoticeDialog</name>
        <message>
            <source>New wording for “%1”</source>
            <translation>Nouvelle mention pour « %1 »</translation>
        </message>
        <message>
            <source>Paste the exact text people see (form, web page, sign). It is kept with its SHA-256 and can never be changed: a new text is a new version.</source>
            <translation>Collez le texte exact que voient les personnes (formulaire, page web, affiche). Il est conservé avec son empreinte SHA-256 et ne peut plus être modifié : un nouveau texte est une nouvelle version.</translation>
        </message>
        <message>
            <source>&amp;Version</source>
            <translation>&amp;Version</translation>
        </message>
        <message>
            <source>In effect &amp;from</source>
            <translation>En vigueur &amp;depuis</translation>
        </message>
        <message>
            <source>&amp;Text</source>
            <translation>&amp;Texte</translation>
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
            <translation>Enregistrement impossible pour l'instant</translation>
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
            <translation>C&amp;ourriel :</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Courriel</translation>
        </message>
        <message>
            <source>P&amp;hone:</source>
            <translation>&amp;Téléphone :</translation>
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
            <source>Register of processing activities</source>
            <translation>Registre des activités de traitement</translation>
        </message>
        <message>
            <source>Open the register</source>
            <translation>Ouvrir le registre</translation>
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
            <source>Organisation</source>
            <translation>Entreprise</translation>
        </message>
        <message>
            <source>edit of the organisation</source>
            <translation>modification de l'entreprise</translation>
        </message>
    </context>
    <context>
        <name>PersonDialog</name>
        <message>
            <source>Person</source>
            <translation>Personne</translation>
        </message>
        <message>
            <source>New person</source>
            <translation>Nouvelle personne</translation>
        </message>
        <message>
            <source>&amp;First name</source>
            <translation>&amp;Prénom</translation>
        </message>
        <message>
            <source>&amp;Last name</source>
            <translation>&amp;Nom</translation>
        </message>
        <message>
            <source>&amp;Email</source>
            <translation>&amp;Courriel</translation>
        </message>
        <message>
            <source>Customer &amp;reference</source>
            <translation>&amp;Référence client</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation>&amp;Téléphone</translation>
        </message>
        <message>
            <source>An email or a customer reference is needed to find the person again.</source>
            <translation>Il faut un courriel ou une référence client pour retrouver la personne.</translation>
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
            <translation>Pr&amp;écision :</translation>
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
            <translation>N&amp;otes :</translation>
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
            <translation>Enregistrement impossible pour l'instant</translation>
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
            <translation>N&amp;otes :</translation>
        </message>
        <message>
            <source>Cannot save yet</source>
            <translation>Enregistrement impossible pour l'instant</translation>
        </message>
    </context>
    <context>
        <name>PurposeDialog</name>
        <message>
            <source>Consent purpose</source>
            <translation>Finalité de consentement</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(aucun)</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation>sans limite</translation>
        </message>
        <message>
            <source> months</source>
            <translation> mois</translation>
        </message>
        <message>
            <source>&amp;Code</source>
            <translation>&amp;Code</translation>
        </message>
        <message>
            <source>&amp;Label</source>
            <translation>&amp;Libellé</translation>
        </message>
        <message>
            <source>&amp;Description</source>
            <translation>&amp;Description</translation>
        </message>
        <message>
            <source>&amp;Processing activity</source>
            <translation>&amp;Traitement</translation>
        </message>
        <message>
            <source>Ask again after</source>
            <translation>Redemander après</translation>
        </message>
    </context>
    <context>
        <name>RecordDialog</name>
        <message>
            <source>Record a choice</source>
            <translation>Enregistrer un choix</translation>
        </message>
        <message>
            <source>&amp;Consents</source>
            <translation>&amp;Consent</translation>
        </message>
        <message>
            <source>&amp;Withdraws</source>
            <translation>&amp;Retire</translation>
        </message>
        <message>
            <source>e.g. paper form no. 0123</source>
            <translation>par ex. bulletin papier n° 0123</translation>
        </message>
        <message>
            <source>&amp;Purpose</source>
            <translation>&amp;Finalité</translation>
        </message>
        <message>
            <source>Choice</source>
            <translation>Choix</translation>
        </message>
        <message>
            <source>&amp;When</source>
            <translation>&amp;Quand</translation>
        </message>
        <message>
            <source>C&amp;hannel</source>
            <translation>C&amp;anal</translation>
        </message>
        <message>
            <source>Wording &amp;shown</source>
            <translation>&amp;Mention présentée</translation>
        </message>
        <message>
            <source>E&amp;vidence</source>
            <translation>&amp;Preuve</translation>
        </message>
        <message>
            <source>Recorded &amp;by</source>
            <translation>E&amp;nregistré par</translation>
        </message>
        <message>
            <source>(not recorded)</source>
            <translation>(non enregistrée)</translation>
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
        <name>SubjectTableModel</name>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Courriel</translation>
        </message>
        <message>
            <source>Customer ref.</source>
            <translation>Réf. client</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>Granted</source>
            <translation>Accords</translation>
        </message>
        <message>
            <source>Withdrawals</source>
            <translation>Retraits</translation>
        </message>
        <message>
            <source>Consents</source>
            <translation type="vanished">Consentements</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation type="vanished">Retiré</translation>
        </message>
        <message>
            <source>(erased person)</source>
            <translation>(personne effacée)</translation>
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