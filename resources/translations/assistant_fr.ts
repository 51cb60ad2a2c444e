<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>À propos de %1</translation>
    </message>
    <message>
        <source>Helps small shops keep their GDPR register, consent records and documentation. It helps you organise your compliance; it is not legal advice.

Free software under the GNU General Public License, version 3 or later: you may use, study, share and improve it.</source>
        <translation>Aide les petits commerces à tenir leur registre RGPD, leurs preuves de consentement et leur documentation. Elle vous aide à organiser votre conformité ; ce n&apos;est pas un conseil juridique.

Logiciel libre sous licence publique générale GNU, version 3 ou ultérieure : vous pouvez l&apos;utiliser, l&apos;étudier, le partager et l&apos;améliorer.</translation>
    </message>
    <message>
        <source>Bundled parts and their licences</source>
        <translation>Composants inclus et leurs licences</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>New action</source>
        <translation>Nouvelle action</translation>
    </message>
    <message>
        <source>Edit the action</source>
        <translation>Modifier l&apos;action</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>For example: put up the CCTV sign at the entrance</source>
        <translation>Par exemple : poser le panneau vidéo à l&apos;entrée</translation>
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
        <translation>Pr&amp;écision :</translation>
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
        <translation>Enregistrement impossible pour l&apos;instant</translation>
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
        <translation>Plan d&apos;action</translation>
    </message>
    <message>
        <source>Selected action</source>
        <translation>Action sélectionnée</translation>
    </message>
    <message>
        <source>F&amp;ix it</source>
        <translation>Ré&amp;gler</translation>
    </message>
    <message>
        <source>&amp;Postpone…</source>
        <translation>Re&amp;porter…</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>Ro&amp;uvrir</translation>
    </message>
    <message>
        <source>&amp;New action…</source>
        <translation>&amp;Nouvelle action…</translation>
    </message>
    <message>
        <source>Edi&amp;t…</source>
        <translation>Modif&amp;ier…</translation>
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
        <translation>modification d&apos;une action</translation>
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
        <translation>Supprimer l&apos;action « %1 »&#xa0;? Vous pouvez l&apos;annuler avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>deletion of an action</source>
        <translation>suppression d&apos;une action</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Affi&amp;cher :</translation>
    </message>
    <message>
        <source>Not &amp;applicable…</source>
        <translation>Sans ob&amp;jet…</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>No program to open this file was found on this computer (a PDF reader, for a PDF). The file is saved; it is in:
%1</source>
        <translation>Aucun programme pour ouvrir ce fichier n&apos;a été trouvé sur cet ordinateur (un lecteur de PDF, pour un PDF). Le fichier est enregistré ; il se trouve ici :
%1</translation>
    </message>
    <message>
        <source>Open the &amp;folder</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <source>The folder could not be opened either: the file is %1</source>
        <translation>Le dossier n&apos;a pas pu être ouvert non plus : le fichier est %1</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <source>Prepare the answer to request %1</source>
        <translation>Préparer la réponse à la demande %1</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation>&amp;Réponse :</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Language of the letter</source>
        <translation>Langue de la lettre</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Envoyée par</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Envoyée le</translation>
    </message>
    <message>
        <source>Sent &amp;on:</source>
        <translation>&amp;Envoyée le :</translation>
    </message>
    <message>
        <source>Folder for the files</source>
        <translation>Répertoire des fichiers</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Parco&amp;urir…</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Répertoire :</translation>
    </message>
    <message>
        <source>The letter</source>
        <translation>La lettre</translation>
    </message>
    <message>
        <source>What the letter must say</source>
        <translation>Ce que la lettre doit dire</translation>
    </message>
    <message>
        <source>Copy as &amp;email text</source>
        <translation>Copier comme texte de &amp;courriel</translation>
    </message>
    <message>
        <source>Put the letter&apos;s body in the clipboard, to paste into your mail program</source>
        <translation>Mettre le corps de la lettre dans le presse-papiers, à coller dans votre messagerie</translation>
    </message>
    <message>
        <source>&amp;Write and file</source>
        <translation>&amp;Écrire et classer</translation>
    </message>
    <message>
        <source>Write the letter (PDF, DOCX, text) and its files into the folder, and file the answer with the request</source>
        <translation>Écrire la lettre (PDF, DOCX, texte) et ses fichiers dans le répertoire, et classer la réponse avec la demande</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Acknowledgment (with the deadline)</source>
        <translation>Accusé de réception (avec l&apos;échéance)</translation>
    </message>
    <message>
        <source>Access: letter and copy of the data (Art. 15)</source>
        <translation>Accès : lettre et copie des données (art. 15)</translation>
    </message>
    <message>
        <source>Portability: letter, JSON and CSV (Art. 20)</source>
        <translation>Portabilité : lettre, JSON et CSV (art. 20)</translation>
    </message>
    <message>
        <source>Rectification: correct and confirm (Art. 16)</source>
        <translation>Rectification : corriger et confirmer (art. 16)</translation>
    </message>
    <message>
        <source>Erasure: confirmation (Art. 17)</source>
        <translation>Effacement : confirmation (art. 17)</translation>
    </message>
    <message>
        <source>Objection: confirmation (Art. 21)</source>
        <translation>Opposition : confirmation (art. 21)</translation>
    </message>
    <message>
        <source>Withdrawal of consent: confirmation (Art. 7(3))</source>
        <translation>Retrait du consentement : confirmation (art. 7(3))</translation>
    </message>
    <message>
        <source>Extension by two months (Art. 12(3))</source>
        <translation>Prolongation de deux mois (art. 12(3))</translation>
    </message>
    <message>
        <source>Refusal, with the reasons (Art. 12(4))</source>
        <translation>Refus, avec ses motifs (art. 12(4))</translation>
    </message>
    <message>
        <source>What was compared (e.g. the order number and its date)</source>
        <translation>Ce qui a été comparé (par ex. le numéro de commande et sa date)</translation>
    </message>
    <message>
        <source>What was compared</source>
        <translation>Ce qui a été comparé</translation>
    </message>
    <message>
        <source>Uses of data that concern the person</source>
        <translation>Utilisations de données qui concernent la personne</translation>
    </message>
    <message>
        <source>Which uses of data concern this person?</source>
        <translation>Quelles utilisations de données concernent cette personne&#xa0;?</translation>
    </message>
    <message>
        <source>Objection: the use that stopped (default: marketing)</source>
        <translation>Opposition : l&apos;utilisation qui a cessé (par défaut : la prospection)</translation>
    </message>
    <message>
        <source>What is kept, and why</source>
        <translation>Ce qui est conservé, et pourquoi</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>The reason in words</source>
        <translation>Le motif en clair</translation>
    </message>
    <message>
        <source>In &amp;words:</source>
        <translation>En &amp;clair :</translation>
    </message>
    <message>
        <source>Refusal</source>
        <translation>Refus</translation>
    </message>
    <message>
        <source>Why more time is needed</source>
        <translation>Pourquoi il faut plus de temps</translation>
    </message>
    <message>
        <source>What was checked, when nothing changed</source>
        <translation>Ce qui a été vérifié, si rien n&apos;a changé</translation>
    </message>
    <message>
        <source>Or what was checked:</source>
        <translation>Ou ce qui a été vérifié :</translation>
    </message>
    <message>
        <source>The corrected data (in the consent records)</source>
        <translation>Les données rectifiées (dans le registre des consentements)</translation>
    </message>
    <message>
        <source>(recorded: identity confirmed)</source>
        <translation>(enregistré : identité confirmée)</translation>
    </message>
    <message>
        <source>What the letter must say (%1):</source>
        <translation>Ce que la lettre doit dire (%1) :</translation>
    </message>
    <message numerus="yes">
        <source>%n gap(s) in the register, shown in the letter as [to complete]: %1</source>
        <translation>
            <numerusform>%n manque dans le registre, signalé dans la lettre par [à compléter] : %1</numerusform>
            <numerusform>%n manques dans le registre, signalés dans la lettre par [à compléter] : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Answered before: v%1, sent on %2 (%3)</source>
        <translation>Déjà répondu : v%1, envoyée le %2 (%3)</translation>
    </message>
    <message>
        <source>This answer will be version %1.</source>
        <translation>Cette réponse sera la version %1.</translation>
    </message>
    <message>
        <source>Folder for the answer&apos;s files</source>
        <translation>Répertoire des fichiers de la réponse</translation>
    </message>
    <message>
        <source>Copied: paste it into your email</source>
        <translation>Copié : collez-le dans votre courriel</translation>
    </message>
    <message>
        <source>Files already there</source>
        <translation>Fichiers déjà présents</translation>
    </message>
    <message>
        <source>These files are already in the folder:
%1

Replace them?</source>
        <translation>Ces fichiers sont déjà dans le répertoire :
%1

Les remplacer&#xa0;?</translation>
    </message>
    <message>
        <source>Writing the answer…</source>
        <translation>Écriture de la réponse…</translation>
    </message>
    <message>
        <source>Write and file</source>
        <translation>Écrire et classer</translation>
    </message>
    <message>
        <source>Answer filed</source>
        <translation>Réponse classée</translation>
    </message>
    <message>
        <source>The answer is written and filed with request %1 (version %2). Open the DOCX to edit it before sending, or send the PDF.</source>
        <translation>La réponse est écrite et classée avec la demande %1 (version %2). Ouvrez le DOCX pour la modifier avant l&apos;envoi, ou envoyez le PDF.</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Ouvrir le répertoire</translation>
    </message>
    <message>
        <source>Sent b&amp;y:</source>
        <translation>Envo&amp;yée par :</translation>
    </message>
    <message>
        <source>It will replace the earlier answer: %1 v%2, sent on %3.</source>
        <translation>Elle remplacera la réponse précédente : %1 v%2, envoyée le %3.</translation>
    </message>
    <message>
        <source>Replace the earlier answer?</source>
        <translation>Remplacer la réponse précédente&#xa0;?</translation>
    </message>
    <message>
        <source>This request was answered with: %1 v%2, sent on %3.

File this answer in its place, as the request&apos;s answer?</source>
        <translation>Cette demande a reçu pour réponse : %1 v%2, envoyée le %3.

Classer cette réponse à sa place, comme réponse à la demande&#xa0;?</translation>
    </message>
    <message>
        <source>Recipients:</source>
        <translation>Destinataires :</translation>
    </message>
    <message>
        <source>Recipients of the data</source>
        <translation>Destinataires des données</translation>
    </message>
    <message>
        <source>Recipients: not said yet (left to complete in the letter)</source>
        <translation>Destinataires : pas encore dit (laissé à compléter dans la lettre)</translation>
    </message>
    <message>
        <source>The recipients of the data were told</source>
        <translation>Les destinataires des données ont été informés</translation>
    </message>
    <message>
        <source>The data was disclosed to nobody</source>
        <translation>Les données n&apos;ont été communiquées à personne</translation>
    </message>
    <message>
        <source>GDPR Art. 19: the people or firms the data was disclosed to must be told of an erasure or a correction</source>
        <translation>RGPD, art. 19 : les personnes ou entreprises à qui les données ont été communiquées doivent être informées d&apos;un effacement ou d&apos;une rectification</translation>
    </message>
    <message>
        <source>Before sending the letter: %1</source>
        <translation>Avant d&apos;envoyer la lettre : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) to complete, shown in the letter as [to complete]: %1</source>
        <translation>
            <numerusform>%n point à compléter, signalé dans la lettre par [à compléter] : %1</numerusform>
            <numerusform>%n points à compléter, signalés dans la lettre par [à compléter] : %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupContentsText</name>
    <message numerus="yes">
        <source>%n processing activities</source>
        <translation>
            <numerusform>%n traitement</numerusform>
            <numerusform>%n traitements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people in the consent ledger</source>
        <translation>
            <numerusform>%n personne dans le registre des consentements</numerusform>
            <numerusform>%n personnes dans le registre des consentements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent events</source>
        <translation>
            <numerusform>%n événement de consentement</numerusform>
            <numerusform>%n événements de consentement</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>before an update of the file format</source>
        <translation>avant une mise à jour du format du fichier</translation>
    </message>
    <message>
        <source>daily backup</source>
        <translation>sauvegarde quotidienne</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>avant une restauration</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>There is no automatic backup of this dossier yet.</source>
        <translation>Il n&apos;existe encore aucune sauvegarde automatique de ce dossier.</translation>
    </message>
    <message>
        <source>This copy was taken from %1, not from %2 (a copy of the same dossier). Put it in place of %2 all the same?</source>
        <translation>Cette copie a été prise de %1, pas de %2 (une copie du même dossier). La mettre quand même à la place de %2&#xa0;?</translation>
    </message>
    <message>
        <source>Restored the copy of %1.</source>
        <translation>Copie du %1 restaurée.</translation>
    </message>
    <message>
        <source>its contents cannot be read</source>
        <translation>son contenu ne peut pas être lu</translation>
    </message>
    <message>
        <source>Damaged dossier</source>
        <translation>Dossier endommagé</translation>
    </message>
    <message>
        <source>Cannot open the dossier</source>
        <translation>Impossible d&apos;ouvrir le dossier</translation>
    </message>
    <message>
        <source>The newest automatic backup of this dossier, %1, was taken on %2 (%3). It holds: %4.</source>
        <translation>La sauvegarde automatique la plus récente de ce dossier, %1, date du %2 (%3). Elle contient : %4.</translation>
    </message>
    <message>
        <source>Restore it in place of %1? The damaged file is kept beside it (renamed), never deleted.</source>
        <translation>La restaurer à la place de %1&#xa0;? Le fichier endommagé est conservé à côté (renommé), jamais supprimé.</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation>&amp;Restaurer cette sauvegarde</translation>
    </message>
    <message>
        <source>Choose &amp;another backup…</source>
        <translation>Choisir une &amp;autre sauvegarde…</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>Ouvrir en &amp;lecture seule</translation>
    </message>
    <message>
        <source>The file that was there is kept as %1.</source>
        <translation>Le fichier qui s&apos;y trouvait est conservé sous le nom %1.</translation>
    </message>
    <message>
        <source>There is no automatic backup yet: one is made each day a dossier is open, and before each update of its format.</source>
        <translation>Il n&apos;existe encore aucune sauvegarde automatique : il en est fait une chaque jour où un dossier est ouvert, et avant chaque mise à jour de son format.</translation>
    </message>
    <message>
        <source>Choose the copy to go back to; you then choose where to put it. A file already there is kept beside it (renamed), never deleted.</source>
        <translation>Choisissez la copie à retrouver ; vous choisirez ensuite où la placer. Un fichier déjà présent à cet endroit est conservé à côté (renommé), jamais supprimé.</translation>
    </message>
    <message>
        <source>Dossiers (*.rgpd)</source>
        <translation>Dossiers (*.rgpd)</translation>
    </message>
    <message>
        <source>%1 exists. Put the copy of %2 in its place? The file there now is kept beside it (renamed), never deleted.</source>
        <translation>%1 existe. Mettre à sa place la copie du %2&#xa0;? Le fichier actuel est conservé à côté (renommé), jamais supprimé.</translation>
    </message>
</context>
<context>
    <name>BatchExportDialog</name>
    <message numerus="yes">
        <source>One PDF per dossier (%n dossier(s)), named after its file: Shop.rgpd gives Shop.pdf. A dossier that cannot be read is named in the report at the end; the others are exported.</source>
        <translation>
            <numerusform>Un PDF par dossier (%n dossier), nommé d&apos;après son fichier : Boutique.rgpd donne Boutique.pdf. Un dossier illisible est nommé dans le compte rendu final ; les autres sont exportés.</numerusform>
            <numerusform>Un PDF par dossier (%n dossiers), nommé d&apos;après son fichier : Boutique.rgpd donne Boutique.pdf. Un dossier illisible est nommé dans le compte rendu final ; les autres sont exportés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder to write the PDFs into</source>
        <translation>Répertoire où écrire les PDF</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Répertoire :</translation>
    </message>
    <message>
        <source>Compliance dossier (complete)</source>
        <translation>Dossier de conformité (complet)</translation>
    </message>
    <message>
        <source>Register extract (for the authority)</source>
        <translation>Extrait du registre (pour l&apos;autorité)</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>Do&amp;cument :</translation>
    </message>
    <message>
        <source>Language of the documents</source>
        <translation>Langue des documents</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Date of the documents</source>
        <translation>Date des documents</translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation>Da&amp;te :</translation>
    </message>
    <message>
        <source>&amp;Replace PDFs already there whose contents differ</source>
        <translation>R&amp;emplacer les PDF déjà présents dont le contenu diffère</translation>
    </message>
    <message>
        <source>Otherwise they are left as they are and named in the report. A PDF with the same contents is never rewritten.</source>
        <translation>Sinon ils sont laissés tels quels et nommés dans le compte rendu. Un PDF au même contenu n&apos;est jamais réécrit.</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>Folder for the PDFs</source>
        <translation>Répertoire des PDF</translation>
    </message>
    <message>
        <source>Choose a folder for the PDFs.</source>
        <translation>Choisissez un répertoire pour les PDF.</translation>
    </message>
    <message>
        <source>Export the dossiers as PDF</source>
        <translation>Exporter les dossiers en PDF</translation>
    </message>
    <message>
        <source>Each client&apos;s own language</source>
        <translation>La langue de chaque client</translation>
    </message>
    <message>
        <source>A new date then writes new files beside the old ones</source>
        <translation>Une nouvelle date écrit alors de nouveaux fichiers à côté des anciens</translation>
    </message>
    <message>
        <source>Put the date in the file &amp;names (Shop-2025-03-12.pdf)</source>
        <translation>Mettre la &amp;date dans le nom des fichiers (Boutique-2025-03-12.pdf)</translation>
    </message>
</context>
<context>
    <name>BreachEditor</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>New data breach</source>
        <translation>Nouvelle violation de données</translation>
    </message>
    <message>
        <source>Data breach %1</source>
        <translation>Violation de données %1</translation>
    </message>
    <message>
        <source>72-hour clock</source>
        <translation>Délai de 72 heures</translation>
    </message>
    <message>
        <source>&amp;1 What happened</source>
        <translation>&amp;1 Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>&amp;2 Risk and measures</source>
        <translation>&amp;2 Risque et mesures</translation>
    </message>
    <message>
        <source>&amp;3 Notifications</source>
        <translation>&amp;3 Notifications</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Ce qui manque</translation>
    </message>
    <message>
        <source>What is missing or wrong (double-click to go there)</source>
        <translation>Ce qui manque ou ne va pas (double-clic pour y aller)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>For example: laptop stolen, email sent to the wrong person</source>
        <translation>Par exemple : ordinateur portable volé, courriel envoyé à la mauvaise personne</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Intitulé :</translation>
    </message>
    <message>
        <source>Aware since</source>
        <translation>Connue depuis</translation>
    </message>
    <message>
        <source>When you became reasonably certain that personal data was affected: the 72 hours start then.</source>
        <translation>Le moment où vous avez acquis une certitude raisonnable que des données personnelles sont touchées : les 72 heures partent de là.</translation>
    </message>
    <message>
        <source>&amp;Aware since:</source>
        <translation>&amp;Connue depuis :</translation>
    </message>
    <message>
        <source>Happened on</source>
        <translation>Survenue le</translation>
    </message>
    <message>
        <source>&amp;Happened on:</source>
        <translation>&amp;Survenue le :</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Nature :</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>Ce qui s&apos;est &amp;passé :</translation>
    </message>
    <message>
        <source>Data concerned</source>
        <translation>Données concernées</translation>
    </message>
    <message>
        <source>&amp;Data concerned:</source>
        <translation>&amp;Données concernées :</translation>
    </message>
    <message>
        <source>People concerned</source>
        <translation>Personnes concernées</translation>
    </message>
    <message>
        <source>&amp;People concerned:</source>
        <translation>Pe&amp;rsonnes concernées :</translation>
    </message>
    <message>
        <source>Approximate number of people</source>
        <translation>Nombre approximatif de personnes</translation>
    </message>
    <message>
        <source>Approximate number of records</source>
        <translation>Nombre approximatif d&apos;enregistrements</translation>
    </message>
    <message>
        <source>r&amp;ecords</source>
        <translation>&amp;enregistrements</translation>
    </message>
    <message>
        <source>About:</source>
        <translation>Environ :</translation>
    </message>
    <message>
        <source>Likely consequences</source>
        <translation>Conséquences probables</translation>
    </message>
    <message>
        <source>Likely &amp;consequences:</source>
        <translation>&amp;Conséquences probables :</translation>
    </message>
    <message>
        <source>Measures taken or proposed</source>
        <translation>Mesures prises ou envisagées</translation>
    </message>
    <message>
        <source>&amp;Measures taken:</source>
        <translation>&amp;Mesures prises :</translation>
    </message>
    <message>
        <source>Risk to people</source>
        <translation>Risque pour les personnes</translation>
    </message>
    <message>
        <source>&amp;Risk to people:</source>
        <translation>&amp;Risque pour les personnes :</translation>
    </message>
    <message>
        <source>Reasoning of the risk assessment</source>
        <translation>Raisonnement de l&apos;évaluation du risque</translation>
    </message>
    <message>
        <source>Why this level: which data, how many people, could they be identified, what harm could follow…</source>
        <translation>Pourquoi ce niveau : quelles données, combien de personnes, peuvent-elles être identifiées, quel préjudice pourrait en découler…</translation>
    </message>
    <message>
        <source>Reasoni&amp;ng:</source>
        <translation>Raisonneme&amp;nt :</translation>
    </message>
    <message>
        <source>The CNIL (Art. 33)</source>
        <translation>La CNIL (art. 33)</translation>
    </message>
    <message>
        <source>CNIL notified on</source>
        <translation>CNIL notifiée le</translation>
    </message>
    <message>
        <source>&amp;Notified on:</source>
        <translation>&amp;Notifiée le :</translation>
    </message>
    <message>
        <source>CNIL notification reference</source>
        <translation>Référence de la notification CNIL</translation>
    </message>
    <message>
        <source>Re&amp;ference:</source>
        <translation>Ré&amp;férence :</translation>
    </message>
    <message>
        <source>Reason for the delay</source>
        <translation>Motif du retard</translation>
    </message>
    <message>
        <source>Reason for the de&amp;lay:</source>
        <translation>Motif du re&amp;tard :</translation>
    </message>
    <message>
        <source>The people concerned (Art. 34)</source>
        <translation>Les personnes concernées (art. 34)</translation>
    </message>
    <message>
        <source>People told on</source>
        <translation>Personnes informées le</translation>
    </message>
    <message>
        <source>&amp;Told on:</source>
        <translation>&amp;Informées le :</translation>
    </message>
    <message>
        <source>How the people were told</source>
        <translation>Comment les personnes ont été informées</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>Co&amp;mment :</translation>
    </message>
    <message>
        <source>— no exception —</source>
        <translation>— aucune exception —</translation>
    </message>
    <message>
        <source>Exception to telling the people</source>
        <translation>Exception à l&apos;information des personnes</translation>
    </message>
    <message>
        <source>E&amp;xception:</source>
        <translation>E&amp;xception :</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Give the moment you became aware of the breach to start the 72-hour clock.</source>
        <translation>Indiquez le moment où vous avez eu connaissance de la violation pour lancer le délai de 72 heures.</translation>
    </message>
    <message>
        <source>Notify the CNIL by %1: %2 left</source>
        <translation>Notifier la CNIL avant le %1 : reste %2</translation>
    </message>
    <message>
        <source>The 72 hours ended on %1, %2 ago: notify the CNIL now and give the reason for the delay.</source>
        <translation>Les 72 heures ont pris fin le %1, il y a %2 : notifiez la CNIL maintenant en indiquant le motif du retard.</translation>
    </message>
    <message>
        <source>72 hours ended on %1</source>
        <translation>fin des 72 heures le %1</translation>
    </message>
    <message>
        <source>Nothing missing.</source>
        <translation>Rien ne manque.</translation>
    </message>
    <message>
        <source>Cannot save yet</source>
        <translation>Enregistrement impossible pour l&apos;instant</translation>
    </message>
    <message>
        <source>pe&amp;ople</source>
        <translation>pers&amp;onnes</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Fin le</translation>
    </message>
    <message>
        <source>When the breach ended: the leak stopped, the access closed, the data back.</source>
        <translation>Quand la violation a pris fin : la fuite arrêtée, l&apos;accès fermé, les données retrouvées.</translation>
    </message>
    <message>
        <source>E&amp;nded on:</source>
        <translation>&amp;Fin le :</translation>
    </message>
    <message>
        <source>Processor involved</source>
        <translation>Sous-traitant en cause</translation>
    </message>
    <message>
        <source>None (it happened at the shop)</source>
        <translation>Aucun (c&apos;est arrivé au commerce)</translation>
    </message>
    <message>
        <source>The processor the breach happened at, if one was involved: it must tell you without delay (GDPR Art. 33(2)).</source>
        <translation>Le sous-traitant chez qui la violation a eu lieu, s&apos;il y en a un : il doit vous prévenir sans délai (RGPD, art. 33(2)).</translation>
    </message>
    <message>
        <source>Pro&amp;cessor involved:</source>
        <translation>Sous-&amp;traitant en cause :</translation>
    </message>
</context>
<context>
    <name>BreachTableModel</name>
    <message>
        <source>Ref.</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <source>Breach</source>
        <translation>Violation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Notify the CNIL by</source>
        <translation>Notifier la CNIL avant le</translation>
    </message>
    <message>
        <source>Aware since</source>
        <translation>Connue depuis</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
</context>
<context>
    <name>BreachesPage</name>
    <message>
        <source>Data breaches</source>
        <translation>Violations de données</translation>
    </message>
    <message>
        <source>&amp;New breach…</source>
        <translation>&amp;Nouvelle violation…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Search by title, reference or description (Ctrl+F)</source>
        <translation>Rechercher par intitulé, référence ou description (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the breaches</source>
        <translation>Rechercher dans les violations</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>All breaches</source>
        <translation>Toutes les violations</translation>
    </message>
    <message>
        <source>72-hour clock running</source>
        <translation>Délai de 72 heures en cours</translation>
    </message>
    <message>
        <source>Notification overdue</source>
        <translation>Notification en retard</translation>
    </message>
    <message>
        <source>People still to tell</source>
        <translation>Personnes encore à informer</translation>
    </message>
    <message>
        <source>Notified to the CNIL</source>
        <translation>Notifiées à la CNIL</translation>
    </message>
    <message>
        <source>Not notified (risk unlikely)</source>
        <translation>Non notifiées (risque improbable)</translation>
    </message>
    <message>
        <source>Selected breach</source>
        <translation>Violation sélectionnée</translation>
    </message>
    <message>
        <source>72-hour clock of the selected breach</source>
        <translation>Délai de 72 heures de la violation sélectionnée</translation>
    </message>
    <message>
        <source>No breach recorded. Log any breach the moment you learn of it, even a small one: the 72-hour clock starts then, and every breach stays in this register.</source>
        <translation>Aucune violation enregistrée. Consignez toute violation dès que vous en avez connaissance, même petite : le délai de 72 heures part de là, et chaque violation reste dans ce registre.</translation>
    </message>
    <message numerus="yes">
        <source>%n breach(es) in the register</source>
        <translation>
            <numerusform>%n violation dans le registre</numerusform>
            <numerusform>%n violations dans le registre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notification(s) overdue</source>
        <translation>
            <numerusform>%n notification en retard</numerusform>
            <numerusform>%n notifications en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clock(s) running, the next ends in %1</source>
        <translation>
            <numerusform>%n délai en cours, il prend fin dans %1</numerusform>
            <numerusform>%n délais en cours, le prochain prend fin dans %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breach(es) with people still to tell</source>
        <translation>
            <numerusform>%n violation avec des personnes encore à informer</numerusform>
            <numerusform>%n violations avec des personnes encore à informer</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a breach to see it here, or log a new one (Ctrl+Shift+N).</source>
        <translation>Sélectionnez une violation pour la voir ici, ou consignez-en une nouvelle (Ctrl+Maj+N).</translation>
    </message>
    <message>
        <source>Notify the CNIL by %1: %2 left</source>
        <translation>Notifier la CNIL avant le %1 : reste %2</translation>
    </message>
    <message>
        <source>Aware since</source>
        <translation>Connue depuis</translation>
    </message>
    <message>
        <source>Happened on</source>
        <translation>Survenue le</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>72 hours end</source>
        <translation>Fin des 72 heures</translation>
    </message>
    <message>
        <source>CNIL notified on</source>
        <translation>CNIL notifiée le</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>People told on</source>
        <translation>Personnes informées le</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Exception</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>Data concerned</source>
        <translation>Données concernées</translation>
    </message>
    <message>
        <source>People concerned</source>
        <translation>Personnes concernées</translation>
    </message>
    <message>
        <source>Likely consequences</source>
        <translation>Conséquences probables</translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation>Mesures prises</translation>
    </message>
    <message>
        <source>Reasoning of the risk assessment</source>
        <translation>Raisonnement de l&apos;évaluation du risque</translation>
    </message>
    <message>
        <source>Reason for the delay</source>
        <translation>Motif du retard</translation>
    </message>
    <message>
        <source>How the people were told</source>
        <translation>Comment les personnes ont été informées</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>To do or complete</source>
        <translation>À faire ou compléter</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>new data breach</source>
        <translation>nouvelle violation de données</translation>
    </message>
    <message>
        <source>edit of breach %1</source>
        <translation>modification de la violation %1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n breach(es) from the register?</source>
        <translation>
            <numerusform>Supprimer %n violation du registre&#xa0;?</numerusform>
            <numerusform>Supprimer %n violations du registre&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Every breach must stay in the register, notified or not (GDPR Art. 33(5)). Delete only an entry made by mistake. You can undo this with Ctrl+Z.</source>
        <translation>Chaque violation doit rester dans le registre, notifiée ou non (RGPD, art. 33(5)). Ne supprimez qu&apos;une entrée faite par erreur. Vous pouvez annuler avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>deletion of breaches</source>
        <translation>suppression de violations</translation>
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
        <translation>Remettre &amp;à faire</translation>
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
    <message>
        <source>&amp;Go to the form below</source>
        <translation>&amp;Voir ci-dessous</translation>
    </message>
</context>
<context>
    <name>ChoiceRow</name>
    <message>
        <source>Not asked</source>
        <translation>Pas demandé</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>Clock</name>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min %3 s</source>
        <translation>%1 h %2 min %3 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Date of receipt not valid</source>
        <translation>Date de réception non valide</translation>
    </message>
    <message>
        <source>Answered on %1</source>
        <translation>Réponse le %1</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Échéance aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Moment of awareness not valid</source>
        <translation>Moment de la prise de connaissance non valide</translation>
    </message>
    <message>
        <source>CNIL notified in time</source>
        <translation>CNIL notifiée dans les délais</translation>
    </message>
    <message>
        <source>CNIL notified %1 late</source>
        <translation>CNIL notifiée avec %1 de retard</translation>
    </message>
    <message>
        <source>No notification (risk unlikely)</source>
        <translation>Pas de notification (risque improbable)</translation>
    </message>
    <message>
        <source>Notification overdue by %1</source>
        <translation>Notification en retard de %1</translation>
    </message>
    <message>
        <source>%1 left to notify</source>
        <translation>reste %1 pour notifier</translation>
    </message>
    <message>
        <source>Risk not assessed: %1</source>
        <translation>Risque non évalué : %1</translation>
    </message>
    <message>
        <source>People told on %1</source>
        <translation>Personnes informées le %1</translation>
    </message>
    <message>
        <source>High risk: tell the people concerned</source>
        <translation>Risque élevé : informer les personnes concernées</translation>
    </message>
</context>
<context>
    <name>ClockWords</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Answered %n day(s) late</source>
        <translation>
            <numerusform>Réponse avec %n jour de retard</numerusform>
            <numerusform>Réponse avec %n jours de retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>En retard de %n jour</numerusform>
            <numerusform>En retard de %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n jour restant</numerusform>
            <numerusform>%n jours restants</numerusform>
        </translation>
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
    <name>ConfirmDiscard</name>
    <message>
        <source>Discard changes?</source>
        <translation>Abandonner les modifications&#xa0;?</translation>
    </message>
    <message>
        <source>Your changes are not saved. Discard them?</source>
        <translation>Vos modifications ne sont pas enregistrées. Les abandonner&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Discard the changes</source>
        <translation>&amp;Abandonner les modifications</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Continuer la saisie</translation>
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
    <message>
        <source>Date unknown</source>
        <translation>Date inconnue</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>— nothing to import</source>
        <translation>— rien à importer</translation>
    </message>
    <message>
        <source>Date of the choice</source>
        <translation>Date du choix</translation>
    </message>
    <message>
        <source>A choice for a purpose</source>
        <translation>Un choix pour une finalité</translation>
    </message>
    <message>
        <source>? not said (the row is refused)</source>
        <translation>? non dit (la ligne est refusée)</translation>
    </message>
    <message>
        <source>consent given</source>
        <translation>consentement donné</translation>
    </message>
    <message>
        <source>consent refused</source>
        <translation>consentement refusé</translation>
    </message>
    <message>
        <source>consent withdrawn</source>
        <translation>consentement retiré</translation>
    </message>
    <message>
        <source>nothing to record</source>
        <translation>rien à enregistrer</translation>
    </message>
</context>
<context>
    <name>ConsentImportDialog</name>
    <message>
        <source>Import consents from %1</source>
        <translation>Importer des consentements depuis %1</translation>
    </message>
    <message>
        <source>a semicolon</source>
        <translation>un point-virgule</translation>
    </message>
    <message>
        <source>a comma</source>
        <translation>une virgule</translation>
    </message>
    <message>
        <source>Dates and times written without a time zone are read in this computer&apos;s: %1.</source>
        <translation>Les dates et heures écrites sans fuseau horaire sont lues dans celui de cet ordinateur : %1.</translation>
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
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
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
        <translation>Par défaut, une seule ligne invalide fait refuser tout le fichier et rien n&apos;est importé.</translation>
    </message>
    <message>
        <source>refused</source>
        <comment>file name of the refused rows: ASCII letters only</comment>
        <translation>refusees</translation>
    </message>
    <message>
        <source>File listing the refused rows</source>
        <translation>Fichier des lignes refusées</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Parco&amp;urir…</translation>
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
    <message>
        <source>a tab</source>
        <translation>une tabulation</translation>
    </message>
    <message>
        <source>Recognised: &lt;b&gt;this app&apos;s own layout&lt;/b&gt;.</source>
        <translation>Reconnu : &lt;b&gt;le format de cette application&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Read the file as</source>
        <translation>Lire le fichier comme</translation>
    </message>
    <message>
        <source>Read it as:</source>
        <translation>Le lire comme :</translation>
    </message>
    <message>
        <source>What each column becomes</source>
        <translation>Ce que devient chaque colonne</translation>
    </message>
    <message>
        <source>What it becomes</source>
        <translation>Ce qu&apos;elle devient</translation>
    </message>
    <message>
        <source>Recorded under the purposes</source>
        <translation>Enregistré sous les finalités</translation>
    </message>
    <message>
        <source>Recognised: &lt;b&gt;%1&lt;/b&gt;. It is read with that tool&apos;s rules: what it does not say (a date, a refusal) is not made up.</source>
        <translation>Reconnu : &lt;b&gt;%1&lt;/b&gt;. Il est lu selon les règles de cet outil : ce qu&apos;il ne dit pas (une date, un refus) n&apos;est pas inventé.</translation>
    </message>
    <message>
        <source>Newsletter consents:</source>
        <translation>Consentements à la lettre d&apos;information :</translation>
    </message>
    <message>
        <source>SMS consents:</source>
        <translation>Consentements aux SMS :</translation>
    </message>
    <message>
        <source>Partners&apos; offers:</source>
        <translation>Offres des partenaires :</translation>
    </message>
    <message>
        <source>(choose a purpose)</source>
        <translation>(choisissez une finalité)</translation>
    </message>
    <message>
        <source>This file is not a known export: say once what its columns hold. Nothing is guessed that could reverse a choice (0/1, true/false): you say what they mean. The mapping is kept for the next file with the same columns.</source>
        <translation>Ce fichier n&apos;est pas un export connu : dites une fois ce que contiennent ses colonnes. Rien n&apos;est deviné qui pourrait inverser un choix (0/1, vrai/faux) : c&apos;est vous qui dites ce qu&apos;ils veulent dire. La correspondance est gardée pour le prochain fichier aux mêmes colonnes.</translation>
    </message>
    <message>
        <source>Columns of the file and what they hold</source>
        <translation>Colonnes du fichier et leur contenu</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Exemples</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Contient</translation>
    </message>
    <message>
        <source>What the column %1 holds</source>
        <translation>Ce que contient la colonne %1</translation>
    </message>
    <message>
        <source>The choice in the selected column</source>
        <translation>Le choix de la colonne sélectionnée</translation>
    </message>
    <message>
        <source>Select a column that holds a choice.</source>
        <translation>Sélectionnez une colonne qui contient un choix.</translation>
    </message>
    <message>
        <source>Purpose of the choice</source>
        <translation>Finalité du choix</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Finalité :</translation>
    </message>
    <message>
        <source>&amp;Opt-out column (&quot;do not email&quot;, blacklist): it only records withdrawals</source>
        <translation>Colonne de &amp;désinscription (« ne pas écrire », liste noire) : elle n&apos;enregistre que des retraits</translation>
    </message>
    <message>
        <source>Values of the column and what they mean</source>
        <translation>Valeurs de la colonne et leur sens</translation>
    </message>
    <message>
        <source>Value in the file</source>
        <translation>Valeur dans le fichier</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Signifie</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>C&amp;anal :</translation>
    </message>
    <message>
        <source>Channel of the choices</source>
        <translation>Canal des choix</translation>
    </message>
    <message>
        <source>&lt;b&gt;The mapping saved for these columns was applied&lt;/b&gt;: check it and import.</source>
        <translation>&lt;b&gt;La correspondance enregistrée pour ces colonnes a été appliquée&lt;/b&gt; : vérifiez-la et importez.</translation>
    </message>
    <message>
        <source>Select a column that holds a choice (set &quot;A choice for a purpose&quot; in its row).</source>
        <translation>Sélectionnez une colonne qui contient un choix (indiquez « Un choix pour une finalité » sur sa ligne).</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot;: which of its values mean what. Values found in the first rows:</source>
        <translation>Colonne « %1 » : ce que veut dire chacune de ses valeurs. Valeurs trouvées dans les premières lignes :</translation>
    </message>
    <message>
        <source>What &quot;%1&quot; means</source>
        <translation>Ce que veut dire « %1 »</translation>
    </message>
    <message>
        <source>The first events as they will be recorded:</source>
        <translation>Les premiers événements tels qu&apos;ils seront enregistrés :</translation>
    </message>
    <message>
        <source>Preview of the events</source>
        <translation>Aperçu des événements</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
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
        <source>Date of the choices: the column &quot;%1&quot;.</source>
        <translation>Date des choix : la colonne « %1 ».</translation>
    </message>
    <message>
        <source>No column gives the date of the choices: they are recorded as &quot;date unknown&quot;, never with today&apos;s date passed off as theirs.</source>
        <translation>Aucune colonne ne donne la date des choix : ils sont enregistrés « date inconnue », jamais avec la date du jour présentée comme la leur.</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>date inconnue</translation>
    </message>
    <message>
        <source>&amp;Save the mapping…</source>
        <translation>&amp;Enregistrer la correspondance…</translation>
    </message>
    <message>
        <source>Save it as a file, to import the same kind of file from the command line (--mapping)</source>
        <translation>L&apos;enregistrer dans un fichier, pour importer le même genre de fichier en ligne de commande (--mapping)</translation>
    </message>
    <message>
        <source>Save the mapping</source>
        <translation>Enregistrer la correspondance</translation>
    </message>
    <message>
        <source>Mapping files (*.toml)</source>
        <translation>Fichiers de correspondance (*.toml)</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) after the header · %1 · values separated by %2</source>
        <translation>
            <numerusform>%n ligne après l&apos;en-tête · %1 · valeurs séparées par %2</numerusform>
            <numerusform>%n lignes après l&apos;en-tête · %1 · valeurs séparées par %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsentMenu</name>
    <message>
        <source>&amp;Purposes and wordings…</source>
        <translation>&amp;Finalités et textes…</translation>
    </message>
    <message>
        <source>New &amp;customer at the till…</source>
        <translation>Nouveau &amp;client au comptoir…</translation>
    </message>
    <message>
        <source>Record a &amp;paper form…</source>
        <translation>Enregistrer un formulaire &amp;papier…</translation>
    </message>
    <message>
        <source>Customer&apos;s &amp;screen (full screen)…</source>
        <translation>&amp;Écran du client (plein écran)…</translation>
    </message>
    <message>
        <source>Print numbered consent &amp;forms…</source>
        <translation>Imprimer des f&amp;ormulaires de consentement numérotés…</translation>
    </message>
    <message>
        <source>C&amp;onsents</source>
        <translation>C&amp;onsentements</translation>
    </message>
</context>
<context>
    <name>ConsentTransfer</name>
    <message>
        <source>Save an import &amp;template…</source>
        <translation>Enregistrer un &amp;modèle d&apos;import…</translation>
    </message>
    <message>
        <source>A blank consent list to fill in a spreadsheet and import</source>
        <translation>Une liste de consentements vierge à remplir dans un tableur puis à importer</translation>
    </message>
    <message>
        <source>Import consents</source>
        <translation>Importer des consentements</translation>
    </message>
    <message>
        <source>Consent lists and exports (%1);;All files (*)</source>
        <translation>Listes et exports de consentements (%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Refused rows</source>
        <translation>Lignes refusées</translation>
    </message>
    <message>
        <source>Importing consents…</source>
        <translation>Import des consentements…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation>Import annulé : rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix these rows and import the file again, or import the valid rows now and get the others in a file.</source>
        <translation>Corrigez ces lignes et importez de nouveau le fichier, ou importez dès maintenant les lignes valides et obtenez les autres dans un fichier.</translation>
    </message>
    <message>
        <source>Import the &amp;valid rows…</source>
        <translation>Importer les lignes &amp;valides…</translation>
    </message>
    <message>
        <source>Withdrawals for %1</source>
        <translation>Retraits pour %1</translation>
    </message>
    <message>
        <source>The people who withdrew or refused which purpose?</source>
        <translation>Les personnes qui ont retiré ou refusé quelle finalité&#xa0;?</translation>
    </message>
    <message>
        <source>withdrawals</source>
        <translation>retraits</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>consents-template</source>
        <translation>modele-consentements</translation>
    </message>
    <message>
        <source>Save an import template</source>
        <translation>Enregistrer un modèle d&apos;import</translation>
    </message>
    <message>
        <source>Template saved: %1. Fill it in a spreadsheet, keep the first line, and import it (Ctrl+Shift+I).</source>
        <translation>Modèle enregistré : %1. Remplissez-le dans un tableur, gardez la première ligne, puis importez-le (Ctrl+Maj+I).</translation>
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
        <translation>L&apos;application</translation>
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
    <message>
        <source>on the customer&apos;s screen</source>
        <translation>sur l&apos;écran du client</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Choices recorded: %1, %2.</source>
        <translation>Choix enregistrés : %1, %2.</translation>
    </message>
</context>
<context>
    <name>ConsentsPage</name>
    <message>
        <source>Consents</source>
        <translation>Consentements</translation>
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
        <translation>Corriger l&apos;i&amp;dentité…</translation>
    </message>
    <message>
        <source>E&amp;rase person…</source>
        <translation>&amp;Effacer la personne…</translation>
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
        <source>Proof for the selected person (PD&amp;F)…</source>
        <translation>Preuve pour la personne sélectionnée (PD&amp;F)…</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>New &amp;purpose…</source>
        <translation>Nouvelle &amp;finalité…</translation>
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
        <translation>Fi&amp;nalités</translation>
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
        <translation>Aucune mention enregistrée : ajoutez le texte que voient les personnes, pour prouver ce qu&apos;elles ont accepté.</translation>
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
        <translation>Identité effacée le %1 ; les enregistrements restent, mais ne sont plus rattachés à personne.</translation>
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
        <source>(ask again: its date is unknown)</source>
        <translation>(à redemander : sa date est inconnue)</translation>
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
        <translation>Corriger l&apos;identité</translation>
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
        <translation>modification d&apos;une finalité</translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation>Mois par mois</translation>
    </message>
    <message>
        <source>First select a purpose in the table above.</source>
        <translation>Sélectionnez d&apos;abord une finalité dans le tableau ci-dessus.</translation>
    </message>
    <message>
        <source>Month · consents · withdrawals</source>
        <translation>Mois · accords · retraits</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Rien d&apos;enregistré pour l&apos;instant.</translation>
    </message>
    <message>
        <source>New wording</source>
        <translation>Nouvelle mention</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export…</translation>
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
        <source>consent-proof</source>
        <translation>preuve-consentement</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Exported: %1</source>
        <translation>Exporté : %1</translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation>&amp;Nouveau client…</translation>
    </message>
    <message>
        <source>Purposes and &amp;wordings…</source>
        <translation>Finalités et &amp;textes…</translation>
    </message>
    <message>
        <source>Write the &amp;wordings…</source>
        <translation>Rédiger les &amp;textes…</translation>
    </message>
    <message numerus="yes">
        <source>%n purpose(s) have no wording: a consent to them could not be recorded. The app can write them from the dossier (Consents › Purposes and wordings).</source>
        <translation>
            <numerusform>%n finalité n&apos;a pas de texte : aucun consentement à elle ne pourrait être enregistré. L&apos;application peut le rédiger depuis le dossier (Consentements › Finalités et textes).</numerusform>
            <numerusform>%n finalités n&apos;ont pas de texte : aucun consentement à elles ne pourrait être enregistré. L&apos;application peut les rédiger depuis le dossier (Consentements › Finalités et textes).</numerusform>
        </translation>
    </message>
    <message>
        <source>no wording recorded: what the person read is not known</source>
        <translation>aucun texte enregistré : on ne sait pas ce que la personne a lu</translation>
    </message>
    <message>
        <source>date unknown (recorded %1)</source>
        <translation>date inconnue (enregistré le %1)</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n consent(s) were recorded without the wording shown (imported from a source that had none, or typed in before a wording was required): they prove less than the others; the action plan lists them.</source>
        <translation>
            <numerusform>⚠ %n consentement a été enregistré sans le texte montré (importé d&apos;une source qui n&apos;en avait pas, ou saisi avant que le texte soit exigé) : il prouve moins que les autres ; le plan d&apos;action le signale.</numerusform>
            <numerusform>⚠ %n consentements ont été enregistrés sans le texte montré (importés d&apos;une source qui n&apos;en avait pas, ou saisis avant que le texte soit exigé) : ils prouvent moins que les autres ; le plan d&apos;action les signale.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import consents (CSV, exports)…</source>
        <translation>&amp;Importer des consentements (CSV, exports)…</translation>
    </message>
    <message>
        <source>Withdrawals for &amp;Mailchimp (CSV)…</source>
        <translation>Retraits pour &amp;Mailchimp (CSV)…</translation>
    </message>
    <message>
        <source>Withdrawals for &amp;Brevo (CSV)…</source>
        <translation>Retraits pour &amp;Brevo (CSV)…</translation>
    </message>
    <message>
        <source>Withdrawals for &amp;Shopify (CSV)…</source>
        <translation>Retraits pour &amp;Shopify (CSV)…</translation>
    </message>
    <message>
        <source>Verify &amp;now</source>
        <translation>Vérifier &amp;maintenant</translation>
    </message>
    <message>
        <source>File › Verify the dossier</source>
        <translation>Fichier › Vérifier le dossier</translation>
    </message>
    <message>
        <source>Proof for an inspector</source>
        <translation>Preuve pour un contrôleur</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Affi&amp;cher :</translation>
    </message>
    <message>
        <source>Exported: %1 (chain head %2, for an inspector)</source>
        <translation>Exporté : %1 (tête de chaîne %2, pour un contrôleur)</translation>
    </message>
    <message numerus="yes">
        <source>%n choice(s) recorded</source>
        <translation>
            <numerusform>%n choix enregistré</numerusform>
            <numerusform>%n choix enregistrés</numerusform>
        </translation>
    </message>
    <message>
        <source>Not verified yet.</source>
        <translation>Pas encore vérifié.</translation>
    </message>
    <message>
        <source>The last verification, on %1, found a problem: File › Verify the dossier says which.</source>
        <translation>La dernière vérification, le %1, a trouvé un problème : Fichier › Vérifier le dossier dit lequel.</translation>
    </message>
    <message>
        <source>Register intact, verified on %1.</source>
        <translation>Registre intact, vérifié le %1.</translation>
    </message>
    <message>
        <source>Changed since (new choices are checked at the next verification).</source>
        <translation>Modifié depuis (les nouveaux choix seront contrôlés à la prochaine vérification).</translation>
    </message>
    <message>
        <source>Events in the ledger: %1. Chain head: %2. Print it or keep it apart: File › Verify against a printed head later shows that no event recorded before it was removed or changed.</source>
        <translation>Événements du registre : %1. Tête de chaîne : %2. Imprimez-la ou gardez-la à part : Fichier › Vérifier avec une tête imprimée montrera plus tard qu&apos;aucun événement enregistré avant elle n&apos;a été supprimé ni modifié.</translation>
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

If you report this problem, include the details below. They describe where the error happened, not the content of your dossier; read them before sending in case they quote something you typed.</source>
        <translation>Un problème est survenu dans l&apos;application. Votre dossier est intact : chaque modification est enregistrée d&apos;un seul bloc, et celle en cours a été annulée.

Si vous signalez ce problème, joignez les détails ci-dessous. Ils décrivent où l&apos;erreur s&apos;est produite, pas le contenu de votre dossier ; relisez-les avant de les envoyer au cas où ils citeraient quelque chose que vous avez saisi.</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Détails de l&apos;erreur</translation>
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
    <name>CustomerScreen</name>
    <message>
        <source>Customer&apos;s screen</source>
        <translation>Écran du client</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>%1: set</source>
        <translation>%1 : renseigné</translation>
    </message>
    <message>
        <source>Untick to leave empty</source>
        <translation>Décochez pour laisser vide</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
</context>
<context>
    <name>DeadlinesBox</name>
    <message>
        <source>Deadlines and gaps of internal processes</source>
        <translation>Échéances et manques des processus internes</translation>
    </message>
    <message>
        <source>Deadlines and gaps</source>
        <translation>Échéances et manques</translation>
    </message>
    <message>
        <source>Nothing overdue or due within 7 days, and every processor&apos;s contract is complete.</source>
        <translation>Rien en retard ni à échéance sous 7 jours, et le contrat de chaque sous-traitant est complet.</translation>
    </message>
    <message>
        <source>%1: no contract recorded (Art. 28(3))</source>
        <translation>%1 : aucun contrat enregistré (art. 28(3))</translation>
    </message>
    <message>
        <source>%1: the contract lacks %2 of the %3 items of Art. 28(3)</source>
        <translation>%1 : il manque au contrat %2 des %3 points de l&apos;art. 28(3)</translation>
    </message>
    <message>
        <source>answer overdue since %1</source>
        <translation>réponse en retard depuis le %1</translation>
    </message>
    <message>
        <source>answer by %1</source>
        <translation>répondre au plus tard le %1</translation>
    </message>
    <message>
        <source>high risk, tell the people concerned now</source>
        <translation>risque élevé, informez maintenant les personnes concernées</translation>
    </message>
    <message>
        <source>notify the CNIL now (72 hours passed %1 ago)</source>
        <translation>notifiez la CNIL maintenant (72 heures dépassées depuis %1)</translation>
    </message>
    <message>
        <source>notify the CNIL by %1 (%2 left)</source>
        <translation>notifier la CNIL avant le %1 (reste %2)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Postpone the action</source>
        <translation>Reporter l&apos;action</translation>
    </message>
    <message>
        <source>Action not applicable</source>
        <translation>Action sans objet</translation>
    </message>
    <message>
        <source>The action stays in the plan as postponed; when the date passes, it is open again.</source>
        <translation>L&apos;action reste dans le plan comme reportée ; une fois la date passée, elle est de nouveau ouverte.</translation>
    </message>
    <message>
        <source>The action leaves the open plan. Say why the rule does not apply here: an inspector will read it.</source>
        <translation>L&apos;action quitte le plan ouvert. Dites pourquoi la règle ne s&apos;applique pas ici : un contrôleur le lira.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Postponed until</source>
        <translation>Reportée jusqu&apos;au</translation>
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
        <translation>&amp;Jusqu&apos;au :</translation>
    </message>
    <message>
        <source>&amp;Decided by:</source>
        <translation>&amp;Décidé par :</translation>
    </message>
    <message>
        <source>Cannot save yet</source>
        <translation>Enregistrement impossible pour l&apos;instant</translation>
    </message>
</context>
<context>
    <name>DeskActions</name>
    <message>
        <source>No dossier is shown: choose the rows, or show all the dossiers.</source>
        <translation>Aucun dossier n&apos;est affiché : choisissez les lignes, ou affichez tous les dossiers.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>En échec : %1</translation>
    </message>
    <message>
        <source>Open the &amp;folder</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <source>Exporting the dossiers as PDF…</source>
        <translation>Export des dossiers en PDF…</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>Export cancelled; the PDFs already written are complete.</source>
        <translation>Export annulé ; les PDF déjà écrits sont complets.</translation>
    </message>
    <message numerus="yes">
        <source>%n PDF(s) written</source>
        <translation>
            <numerusform>%n PDF écrit</numerusform>
            <numerusform>%n PDF écrits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged (same contents)</source>
        <translation>
            <numerusform>%n inchangé (même contenu)</numerusform>
            <numerusform>%n inchangés (même contenu)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left as they were: a PDF with other contents is already there</source>
        <translation>
            <numerusform>%n laissé tel quel : un PDF au contenu différent est déjà là</numerusform>
            <numerusform>%n laissés tels quels : un PDF au contenu différent est déjà là</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) could not be exported</source>
        <translation>
            <numerusform>%n dossier n&apos;a pas pu être exporté</numerusform>
            <numerusform>%n dossiers n&apos;ont pas pu être exportés</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Replace them</source>
        <translation>&amp;Les remplacer</translation>
    </message>
    <message>
        <source>Verifying the dossiers…</source>
        <translation>Vérification des dossiers…</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) sound</source>
        <translation>
            <numerusform>%n dossier intègre</numerusform>
            <numerusform>%n dossiers intègres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with problems or unreadable</source>
        <translation>
            <numerusform>%n avec des problèmes ou illisible</numerusform>
            <numerusform>%n avec des problèmes ou illisibles</numerusform>
        </translation>
    </message>
    <message>
        <source>portfolio-summary</source>
        <translation>synthese-portefeuille</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Summary of the folder</source>
        <translation>Synthèse du répertoire</translation>
    </message>
    <message>
        <source>Writing the summary…</source>
        <translation>Écriture de la synthèse…</translation>
    </message>
    <message>
        <source>The summary is written:
%1

Open it now?</source>
        <translation>La synthèse est écrite :
%1

L&apos;ouvrir maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Courriers</translation>
    </message>
    <message numerus="yes">
        <source>Folder for the letters (%n client(s))</source>
        <translation>
            <numerusform>Répertoire des courriers (%n client)</numerusform>
            <numerusform>Répertoire des courriers (%n clients)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) already have a letter of today in this folder. Replace them?</source>
        <translation>
            <numerusform>%n client a déjà un courrier du jour dans ce répertoire. Le remplacer&#xa0;?</numerusform>
            <numerusform>%n clients ont déjà un courrier du jour dans ce répertoire. Les remplacer&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the letters…</source>
        <translation>Écriture des courriers…</translation>
    </message>
    <message>
        <source>Letters to the clients</source>
        <translation>Courriers aux clients</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) written, each as PDF and as a Word document to edit</source>
        <translation>
            <numerusform>%n courrier écrit, en PDF et en document Word à modifier</numerusform>
            <numerusform>%n courriers écrits, chacun en PDF et en document Word à modifier</numerusform>
        </translation>
    </message>
    <message>
        <source>deadlines</source>
        <translation>echeances</translation>
    </message>
    <message>
        <source>Deadlines to a calendar</source>
        <translation>Échéances vers un calendrier</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Fichiers iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Writing the calendar…</source>
        <translation>Écriture du calendrier…</translation>
    </message>
    <message numerus="yes">
        <source>%n deadline(s) written. Import the file in Outlook or Thunderbird; importing a newer one updates the same events.</source>
        <translation>
            <numerusform>%n échéance écrite. Importez le fichier dans Outlook ou Thunderbird ; importer un fichier plus récent met à jour les mêmes événements.</numerusform>
            <numerusform>%n échéances écrites. Importez le fichier dans Outlook ou Thunderbird ; importer un fichier plus récent met à jour les mêmes événements.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not read: %1</source>
        <translation>Non lus : %1</translation>
    </message>
    <message>
        <source>Open it now?</source>
        <translation>L&apos;ouvrir maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>OpenDocument spreadsheets (*.ods)</source>
        <translation>Classeurs OpenDocument (*.ods)</translation>
    </message>
    <message>
        <source>Register as the CNIL&apos;s spreadsheet</source>
        <translation>Registre au format du tableur de la CNIL</translation>
    </message>
    <message>
        <source>register</source>
        <translation>registre</translation>
    </message>
    <message>
        <source>Filling the CNIL&apos;s register…</source>
        <translation>Remplissage du registre de la CNIL…</translation>
    </message>
    <message>
        <source>The register is written in the CNIL&apos;s template:
%1

Open it now?</source>
        <translation>Le registre est écrit dans le modèle de la CNIL :
%1

L&apos;ouvrir maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>A filled-in CNIL register</source>
        <translation>Un registre de la CNIL rempli</translation>
    </message>
    <message>
        <source>Spreadsheets (*.ods *.xlsx)</source>
        <translation>Classeurs (*.ods *.xlsx)</translation>
    </message>
    <message>
        <source>New dossier from a CNIL register</source>
        <translation>Nouveau dossier à partir d&apos;un registre de la CNIL</translation>
    </message>
    <message>
        <source>%1 already exists: rename the spreadsheet, or move that dossier.</source>
        <translation>%1 existe déjà : renommez le classeur, ou déplacez ce dossier.</translation>
    </message>
    <message>
        <source>Reading the register…</source>
        <translation>Lecture du registre…</translation>
    </message>
    <message>
        <source>Creating the dossier…</source>
        <translation>Création du dossier…</translation>
    </message>
    <message>
        <source>New client dossier</source>
        <translation>Nouveau dossier client</translation>
    </message>
    <message>
        <source>The dossier is created:
%1

Open it now?</source>
        <translation>Le dossier est créé :
%1

L&apos;ouvrir maintenant&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) marked as reminded today</source>
        <translation>
            <numerusform>%n client marqué comme relancé aujourd&apos;hui</numerusform>
            <numerusform>%n clients marqués comme relancés aujourd&apos;hui</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeskMenu</name>
    <message>
        <source>Deadlines to a &amp;calendar (.ics)…</source>
        <translation>Échéances vers un &amp;calendrier (.ics)…</translation>
    </message>
    <message>
        <source>Register as the CNIL&apos;s &amp;spreadsheet…</source>
        <translation>Registre au format du &amp;tableur de la CNIL…</translation>
    </message>
    <message>
        <source>Add processing from a CNIL &amp;register (as drafts)…</source>
        <translation>Ajouter les traitements d&apos;un &amp;registre de la CNIL (en brouillon)…</translation>
    </message>
    <message>
        <source>Deadlines to a calendar</source>
        <translation>Échéances vers un calendrier</translation>
    </message>
    <message>
        <source>deadlines</source>
        <translation>echeances</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Fichiers iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Writing the calendar…</source>
        <translation>Écriture du calendrier…</translation>
    </message>
    <message>
        <source>OpenDocument spreadsheets (*.ods)</source>
        <translation>Classeurs OpenDocument (*.ods)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Register as the CNIL&apos;s spreadsheet</source>
        <translation>Registre au format du tableur de la CNIL</translation>
    </message>
    <message>
        <source>register</source>
        <translation>registre</translation>
    </message>
    <message>
        <source>Filling the CNIL&apos;s register…</source>
        <translation>Remplissage du registre de la CNIL…</translation>
    </message>
    <message>
        <source>The register is written in the CNIL&apos;s template:
%1

Open it now?</source>
        <translation>Le registre est écrit dans le modèle de la CNIL :
%1

L&apos;ouvrir maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>Add processing from a CNIL register</source>
        <translation>Ajouter les traitements d&apos;un registre de la CNIL</translation>
    </message>
    <message>
        <source>A filled-in CNIL register</source>
        <translation>Un registre de la CNIL rempli</translation>
    </message>
    <message>
        <source>Spreadsheets (*.ods *.xlsx)</source>
        <translation>Classeurs (*.ods *.xlsx)</translation>
    </message>
    <message>
        <source>Reading the register…</source>
        <translation>Lecture du registre…</translation>
    </message>
    <message>
        <source>Deadlines written: %1, in
%2

Import the file in Outlook or Thunderbird; importing a newer one updates the same events. Open it now?</source>
        <translation>Échéances écrites : %1, dans
%2

Importez le fichier dans Outlook ou Thunderbird ; importer un fichier plus récent met à jour les mêmes événements. L&apos;ouvrir maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>Processing added as drafts: %1. Review each one in the register.</source>
        <translation>Traitements ajoutés en brouillon : %1. Relisez-les un par un dans le registre.</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Compliance dossier (complete)</source>
        <translation>Dossier de conformité (complet)</translation>
    </message>
    <message>
        <source>Register extract (for the authority)</source>
        <translation>Extrait du registre (pour l&apos;autorité)</translation>
    </message>
    <message>
        <source>Proof of consent (one person)</source>
        <translation>Preuve du consentement (une personne)</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>Do&amp;cument :</translation>
    </message>
    <message>
        <source>Subject id, email or customer reference</source>
        <translation>Identifiant, courriel ou référence client</translation>
    </message>
    <message>
        <source>Person whose proof of consent to print</source>
        <translation>Personne dont imprimer la preuve du consentement</translation>
    </message>
    <message>
        <source>The person&apos;s subject id (shown on the Consents page; its first 8 characters are enough), their email or their customer reference.</source>
        <translation>L&apos;identifiant de la personne (affiché dans la page Consentements ; ses 8 premiers caractères suffisent), son courriel ou sa référence client.</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>Pe&amp;rsonne :</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>Langue du document</translation>
    </message>
    <message>
        <source>&amp;Language of the document:</source>
        <translation>&amp;Langue du document :</translation>
    </message>
    <message>
        <source>Date of the document</source>
        <translation>Date du document</translation>
    </message>
    <message>
        <source>Da&amp;te of the document:</source>
        <translation>Da&amp;te du document :</translation>
    </message>
    <message>
        <source>Sections to include</source>
        <translation>Parties à inclure</translation>
    </message>
    <message>
        <source>Sectio&amp;ns:</source>
        <translation>&amp;Parties :</translation>
    </message>
    <message>
        <source>PDF file to write</source>
        <translation>Fichier PDF à écrire</translation>
    </message>
    <message>
        <source>Where to save the PDF</source>
        <translation>Où enregistrer le PDF</translation>
    </message>
    <message>
        <source>Output f&amp;ile:</source>
        <translation>Fichier de &amp;sortie :</translation>
    </message>
    <message>
        <source>E&amp;xport the PDF</source>
        <translation>E&amp;xporter le PDF</translation>
    </message>
    <message>
        <source>consent-proof</source>
        <translation>preuve-consentement</translation>
    </message>
    <message>
        <source>register-extract</source>
        <translation>extrait-registre</translation>
    </message>
    <message>
        <source>compliance-dossier</source>
        <translation>dossier-conformite</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>Enregistrer le PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the PDF</source>
        <translation>Exporter le PDF</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 existe déjà. Le remplacer&#xa0;?</translation>
    </message>
    <message>
        <source>Exporting the PDF…</source>
        <translation>Export du PDF…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>The PDF was not written.</source>
        <translation>Le PDF n&apos;a pas été écrit.</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export annulé ; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your website&lt;/b&gt;</source>
        <translation>&lt;b&gt;Votre site web&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Check what your site sets and loads before a visitor agrees (cookies, trackers, consent banner), its forms and its legal pages; each finding becomes an action of the plan, and the report is for your web agency.</source>
        <translation>Vérifiez ce que votre site dépose et charge avant l&apos;accord du visiteur (cookies, traceurs, bandeau de consentement), ses formulaires et ses pages légales ; chaque constat devient une action du plan, et le rapport est pour votre prestataire web.</translation>
    </message>
    <message>
        <source>Check my &amp;website…</source>
        <translation>Vérifier mon site &amp;web…</translation>
    </message>
    <message>
        <source>Numbered consent forms (paper)</source>
        <translation>Formulaires de consentement numérotés (papier)</translation>
    </message>
    <message>
        <source>Form numbers to print</source>
        <translation>Numéros des formulaires à imprimer</translation>
    </message>
    <message>
        <source>One form per number, e.g. 1-50. The dossier notes which wordings each number carries: a filled form is recorded with the wordings printed on it.</source>
        <translation>Un formulaire par numéro, par exemple 1-50. Le dossier note les textes que porte chaque numéro : un formulaire rempli est enregistré avec les textes imprimés dessus.</translation>
    </message>
    <message>
        <source>For&amp;m numbers:</source>
        <translation>N&amp;uméros :</translation>
    </message>
    <message>
        <source>Pur&amp;poses:</source>
        <translation>&amp;Finalités :</translation>
    </message>
    <message>
        <source>Purposes printed on each form</source>
        <translation>Finalités imprimées sur chaque formulaire</translation>
    </message>
    <message>
        <source>%1 (no wording in this language)</source>
        <translation>%1 (pas de texte dans cette langue)</translation>
    </message>
    <message>
        <source>consent-forms</source>
        <translation>formulaires-consentement</translation>
    </message>
    <message>
        <source>Writing the forms…</source>
        <translation>Écriture des formulaires…</translation>
    </message>
    <message>
        <source>The forms&apos; information lacks (printed as visible gaps): %1</source>
        <translation>Il manque aux informations des formulaires (imprimé comme des manques visibles) : %1</translation>
    </message>
    <message>
        <source>Export the documentation an inspector or an accountant reads: the complete compliance dossier, the extract of the register that the authority may ask for (GDPR Art. 30(4)), one person&apos;s proof of consent (Art. 7(1)), or numbered consent forms for customers to tick and sign. The same dossier and date always give the same PDF.</source>
        <translation>Exportez la documentation que lit un contrôleur ou un expert-comptable : le dossier de conformité complet, l&apos;extrait du registre que l&apos;autorité peut demander (article 30.4 du RGPD), la preuve du consentement d&apos;une personne (article 7.1), ou des formulaires de consentement numérotés que les clients cochent et signent. Le même dossier à la même date donne toujours le même PDF.</translation>
    </message>
    <message>
        <source>PDF saved: %1</source>
        <translation>PDF enregistré : %1</translation>
    </message>
    <message>
        <source>PDF saved:
%1

Open it now?</source>
        <translation>PDF enregistré :
%1

L&apos;ouvrir maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>compliance dossier exported</source>
        <translation>dossier de conformité exporté</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Parcour&amp;ir…</translation>
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
        <source>The authority&apos;s lists</source>
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
        <translation>Résultat de l&apos;examen</translation>
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
        <translation>Aucune AIPD n&apos;est nécessaire</translation>
    </message>
    <message>
        <source>Date of the DPIA</source>
        <translation>Date de l&apos;AIPD</translation>
    </message>
    <message>
        <source>Reference of the DPIA</source>
        <translation>Référence de l&apos;AIPD</translation>
    </message>
    <message>
        <source>File name or where the DPIA is kept</source>
        <translation>Nom du fichier ou lieu où l&apos;AIPD est conservée</translation>
    </message>
    <message>
        <source>Why no DPIA is needed</source>
        <translation>Pourquoi aucune AIPD n&apos;est nécessaire</translation>
    </message>
    <message>
        <source>Date of the DPIA:</source>
        <translation>Date de l&apos;AIPD :</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Référence :</translation>
    </message>
    <message>
        <source>Why none is needed:</source>
        <translation>Pourquoi il n&apos;en faut pas :</translation>
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
        <translation>Aucune AIPD n&apos;est requise : la CNIL dispense cette opération.</translation>
    </message>
    <message numerus="yes">
        <source>No DPIA is required in principle: %n criteria met (fewer than %1).</source>
        <translation>
            <numerusform>Aucune AIPD n&apos;est requise en principe : %n critère rempli (moins de %1).</numerusform>
            <numerusform>Aucune AIPD n&apos;est requise en principe : %n critères remplis (moins de %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Settled by your conclusion.</source>
        <translation>Réglé par votre conclusion.</translation>
    </message>
    <message>
        <source>Record the DPIA in your conclusion (or, if the criteria alone call for it, why none is needed).</source>
        <translation>Notez l&apos;AIPD dans votre conclusion (ou, si seuls les critères l&apos;appellent, pourquoi il n&apos;en faut pas).</translation>
    </message>
    <message>
        <source>Cannot save yet</source>
        <translation>Enregistrement impossible pour l&apos;instant</translation>
    </message>
</context>
<context>
    <name>DpiaPanel</name>
    <message>
        <source>DPIA screening of each processing</source>
        <translation>Examen AIPD de chaque traitement</translation>
    </message>
    <message>
        <source>Sc&amp;reen…</source>
        <translation>E&amp;xaminer…</translation>
    </message>
    <message>
        <source>Screen the selected processing (Enter)</source>
        <translation>Examiner le traitement sélectionné (Entrée)</translation>
    </message>
    <message>
        <source>Re&amp;move the screening</source>
        <translation>Re&amp;tirer l&apos;examen</translation>
    </message>
    <message>
        <source>The register is empty: add processing activities first (step 2).</source>
        <translation>Le registre est vide : ajoutez d&apos;abord des traitements (étape 2).</translation>
    </message>
    <message>
        <source>DPIA screening</source>
        <translation>Examen AIPD</translation>
    </message>
    <message>
        <source>screening removed</source>
        <translation>examen retiré</translation>
    </message>
    <message>
        <source>Processing activities screened: %1 of %2. DPIA required: %3 (still to record: %4).</source>
        <translation>Traitements examinés : %1 sur %2. AIPD requise : %3 (encore à noter : %4).</translation>
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
        <source>Not required in principle (%n criteria)</source>
        <translation>
            <numerusform>Non requise en principe (%n critère)</numerusform>
            <numerusform>Non requise en principe (%n critères)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditorGuard</name>
    <message>
        <source>(no name yet)</source>
        <translation>(pas encore de nom)</translation>
    </message>
    <message>
        <source>Unsaved changes found</source>
        <translation>Modifications non enregistrées retrouvées</translation>
    </message>
    <message>
        <source>Changes to “%1” typed on %2 were never saved: the app closed before (a crash, a power cut or the computer shutting down). Restore them?</source>
        <translation>Des modifications de « %1 » saisies le %2 n&apos;ont jamais été enregistrées : l&apos;application s&apos;est fermée avant (plantage, coupure de courant ou arrêt de l&apos;ordinateur). Les restaurer&#xa0;?</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Abandonner les modifications&#xa0;?</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes. Discard them?</source>
        <translation>« %1 » a des modifications non enregistrées. Les abandonner&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Restore them</source>
        <translation>Les &amp;récupérer</translation>
    </message>
    <message>
        <source>&amp;Discard them</source>
        <translation>Les &amp;abandonner</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase a person</source>
        <translation>Effacer une personne</translation>
    </message>
    <message>
        <source>Erase “%1”? Their name, email, phone and reference are removed for good (this cannot be undone). The record that they were erased stays in the ledger, with their past choices, which are then linked to nobody.</source>
        <translation>Effacer « %1 »&#xa0;? Son nom, son courriel, son téléphone et sa référence sont supprimés définitivement (impossible à annuler). La trace de l&apos;effacement reste dans le registre, avec ses choix passés, qui ne sont alors plus rattachés à personne.</translation>
    </message>
    <message>
        <source>e.g. erasure request of 12/03, end of retention</source>
        <translation>par ex. demande d&apos;effacement du 12/03, fin de la durée de conservation</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <source>Recorded &amp;by</source>
        <translation>Enre&amp;gistré par</translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation>&amp;Effacer définitivement</translation>
    </message>
</context>
<context>
    <name>ErasureReachWords</name>
    <message>
        <source>The person&apos;s identity is erased from the dossier.</source>
        <translation>L&apos;identité de la personne est effacée du dossier.</translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved editor draft(s) naming them were removed too.</source>
        <translation>
            <numerusform>%n brouillon de saisie non enregistré qui la nommait a aussi été supprimé.</numerusform>
            <numerusform>%n brouillons de saisie non enregistrés qui la nommaient ont aussi été supprimés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It remains in the %n automatic backup(s) taken before now, until they are replaced by newer ones:</source>
        <translation>
            <numerusform>Elle reste dans la sauvegarde automatique faite avant maintenant, jusqu&apos;à ce qu&apos;une plus récente la remplace :</numerusform>
            <numerusform>Elle reste dans les %n sauvegardes automatiques faites avant maintenant, jusqu&apos;à ce que de plus récentes les remplacent :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Copies you saved yourself (File › Save a backup copy, exports) still hold it: delete them by hand.</source>
        <translation>Les copies que vous avez enregistrées vous-même (Fichier › Enregistrer une copie de sauvegarde, exports) la contiennent encore : supprimez-les à la main.</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Your firm&apos;s notes about %1.</source>
        <translation>Les notes de votre cabinet sur %1.</translation>
    </message>
    <message numerus="yes">
        <source>Your firm&apos;s notes about %n client(s): what you fill in here replaces their notes.</source>
        <translation>
            <numerusform>Les notes de votre cabinet sur %n client : ce que vous saisissez ici remplace ses notes.</numerusform>
            <numerusform>Les notes de votre cabinet sur %n clients : ce que vous saisissez ici remplace leurs notes.</numerusform>
        </translation>
    </message>
    <message>
        <source>They are kept on this computer, never in the client&apos;s dossier.</source>
        <translation>Elles sont gardées sur cet ordinateur, jamais dans le dossier du client.</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>Suivi par</translation>
    </message>
    <message>
        <source>&amp;Handled by:</source>
        <translation>&amp;Suivi par :</translation>
    </message>
    <message>
        <source>Last reminder</source>
        <translation>Dernière relance</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Last &amp;reminder:</source>
        <translation>Dernière &amp;relance :</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Prochaine revue</translation>
    </message>
    <message>
        <source>Next re&amp;view:</source>
        <translation>Prochaine re&amp;vue :</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
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
        <translation>Fiche de l&apos;entreprise</translation>
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
        <translation>jusqu&apos;au %1</translation>
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
        <translation>modification de l&apos;entreprise</translation>
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
        <translation>Pas d&apos;AIPD nécessaire</translation>
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
    <name>HelpWindow</name>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>Help text</source>
        <translation>Texte de l&apos;aide</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Sommaire</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of “%1”</source>
        <translation>Historique de « %1 »</translation>
    </message>
    <message>
        <source>Every change the app recorded, oldest first. The values are not kept here: the register shows the current ones.</source>
        <translation>Chaque modification enregistrée par l&apos;application, de la plus ancienne à la plus récente. Les valeurs ne sont pas conservées ici : le registre montre les valeurs actuelles.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Modifié : %1</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>State when the history began</source>
        <translation>État à l&apos;ouverture de l&apos;historique</translation>
    </message>
    <message>
        <source>Changed by an upgrade of the file&apos;s format</source>
        <translation>Modifié par la mise à jour du format du fichier</translation>
    </message>
    <message>
        <source>(undo)</source>
        <translation>(annulation)</translation>
    </message>
    <message>
        <source>(redo)</source>
        <translation>(rétablissement)</translation>
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
        <translation>Vue d&apos;ensemble</translation>
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
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>Violations</translation>
    </message>
    <message>
        <source>Processors</source>
        <translation>Sous-traitants</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
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
        <source>Open a &amp;folder of dossiers…</source>
        <translation>Ouvrir un &amp;répertoire de dossiers…</translation>
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
        <source>Export as &amp;PDF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Verify the dossier</source>
        <translation>&amp;Vérifier le dossier</translation>
    </message>
    <message>
        <source>Verify against a printed &amp;head…</source>
        <translation>Vérifier avec une &amp;tête imprimée…</translation>
    </message>
    <message>
        <source>Restore a bac&amp;kup…</source>
        <translation>Restaurer une sau&amp;vegarde…</translation>
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
        <source>&amp;Appearance</source>
        <translation>&amp;Apparence</translation>
    </message>
    <message>
        <source>System colours</source>
        <translation>Couleurs du système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claire</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>&amp;Backups to keep…</source>
        <translation>&amp;Sauvegardes à conserver…</translation>
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
        <source>&amp;Help for this page</source>
        <translation>&amp;Aide de cette page</translation>
    </message>
    <message>
        <source>&amp;Welcome screen</source>
        <translation>Écran d&apos;&amp;accueil</translation>
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
        <translation>Ouvrir en lecture seule&#xa0;?</translation>
    </message>
    <message>
        <source>Open it read-only?</source>
        <translation>L&apos;ouvrir en lecture seule&#xa0;?</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>Ouvrir en &amp;lecture seule</translation>
    </message>
    <message>
        <source>This file is a copy of %1: it now has an identity of its own, and its backups and drafts are kept apart.</source>
        <translation>Ce fichier est une copie de %1 : il a désormais sa propre identité, et ses sauvegardes et brouillons sont tenus à part.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Cannot open the dossier</source>
        <translation>Impossible d&apos;ouvrir le dossier</translation>
    </message>
    <message>
        <source>Checking %1 before opening it (a large file takes a few seconds)…</source>
        <translation>Vérification de %1 avant son ouverture (un gros fichier demande quelques secondes)…</translation>
    </message>
    <message>
        <source>Checking the dossier</source>
        <translation>Vérification du dossier</translation>
    </message>
    <message>
        <source>Dossier in use</source>
        <translation>Dossier en cours d&apos;utilisation</translation>
    </message>
    <message>
        <source>Open it &amp;anyway</source>
        <translation>L&apos;ouvrir &amp;quand même</translation>
    </message>
    <message>
        <source>a cloud storage provider</source>
        <translation>un service de stockage en ligne</translation>
    </message>
    <message>
        <source>This dossier is in a folder synchronised by %1. Sync software can copy the file while the app writes it, or merge two people&apos;s copies, and damage the dossier or lose changes.</source>
        <translation>Ce dossier se trouve dans un répertoire synchronisé par %1. Un logiciel de synchronisation peut copier le fichier pendant que l&apos;application l&apos;écrit, ou fusionner les copies de deux personnes, et endommager le dossier ou perdre des modifications.</translation>
    </message>
    <message>
        <source>This dossier is on a network location (%1). File locks are not reliable there: if two people open it at once, or the connection drops while the app writes, the dossier can be damaged.</source>
        <translation>Ce dossier se trouve sur un emplacement réseau (%1). Les verrous de fichiers n&apos;y sont pas fiables : si deux personnes l&apos;ouvrent en même temps, ou si la connexion coupe pendant une écriture, le dossier peut être endommagé.</translation>
    </message>
    <message>
        <source>Risky location</source>
        <translation>Emplacement risqué</translation>
    </message>
    <message>
        <source>Safer: keep the dossier on this computer&apos;s disk and put backup copies (File › Save a backup copy) in the shared folder.</source>
        <translation>Plus sûr : gardez le dossier sur le disque de cet ordinateur et placez les copies de sauvegarde (Fichier › Enregistrer une copie de sauvegarde) dans le répertoire partagé.</translation>
    </message>
    <message>
        <source>Do not warn me again for this dossier</source>
        <translation>Ne plus m&apos;avertir pour ce dossier</translation>
    </message>
    <message>
        <source>Risky location: %1</source>
        <translation>Emplacement risqué : %1</translation>
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
        <source>Close the dossier</source>
        <translation>Fermer le dossier</translation>
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
        <translation>Nouveau dossier créé depuis l&apos;export</translation>
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
        <source>Change the language</source>
        <translation>Changer de langue</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>Sauvegardes à conserver</translation>
    </message>
    <message>
        <source>How many automatic backups to keep for each dossier:</source>
        <translation>Nombre de sauvegardes automatiques à conserver pour chaque dossier :</translation>
    </message>
    <message>
        <source>Daily backup…</source>
        <translation>Sauvegarde quotidienne…</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>La sauvegarde quotidienne a échoué : %1</translation>
    </message>
    <message>
        <source>This dossier is in a public folder (Public Documents or Public Desktop): every account of this computer can read it.</source>
        <translation>Ce dossier est dans un dossier public (Documents publics ou Bureau public) : tous les comptes de cet ordinateur peuvent le lire.</translation>
    </message>
    <message>
        <source>This dossier is in ProgramData, which every account of this computer can read.</source>
        <translation>Ce dossier est dans ProgramData, que tous les comptes de cet ordinateur peuvent lire.</translation>
    </message>
    <message>
        <source>This dossier is at the root of a drive: by Windows&apos; defaults every account of this computer can read it.</source>
        <translation>Ce dossier est à la racine d&apos;un disque : avec les réglages par défaut de Windows, tous les comptes de cet ordinateur peuvent le lire.</translation>
    </message>
    <message>
        <source>This dossier is outside your user folder: by Windows&apos; defaults other accounts of this computer can read it.</source>
        <translation>Ce dossier est hors de votre dossier utilisateur : avec les réglages par défaut de Windows, d&apos;autres comptes de cet ordinateur peuvent le lire.</translation>
    </message>
    <message>
        <source>Who can read this dossier</source>
        <translation>Qui peut lire ce dossier</translation>
    </message>
    <message>
        <source>It holds personal data. Keep it in your own folders (Documents, or the app&apos;s folder), unless access to this folder is restricted.</source>
        <translation>Il contient des données personnelles. Gardez-le dans vos propres dossiers (Documents, ou le dossier de l&apos;application), sauf si l&apos;accès à ce dossier est restreint.</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Mentions d&apos;information</translation>
    </message>
    <message>
        <source>This page</source>
        <translation>Cette page</translation>
    </message>
    <message>
        <source>Daily backup made at %1 (File › Restore a backup lists them).</source>
        <translation>Sauvegarde du jour faite à %1 (Fichier › Restaurer une sauvegarde les liste).</translation>
    </message>
    <message>
        <source>These changes cannot be saved as they are:
%1</source>
        <translation>Ces modifications ne peuvent pas être enregistrées telles quelles :
%1</translation>
    </message>
    <message>
        <source>&amp;Discard the changes</source>
        <translation>&amp;Abandonner les modifications</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Continuer la saisie</translation>
    </message>
    <message>
        <source>%1 could be read by other accounts of this computer: it is now readable by you only.</source>
        <translation>%1 pouvait être lu par les autres comptes de cet ordinateur : il est désormais lisible par vous seul.</translation>
    </message>
    <message>
        <source>%1 can be read by other accounts of this computer, and it holds personal data: open it for editing to make it yours only.</source>
        <translation>%1 peut être lu par les autres comptes de cet ordinateur, et il contient des données personnelles : ouvrez-le en modification pour le réserver à vous seul.</translation>
    </message>
</context>
<context>
    <name>ModelDossierDialog</name>
    <message>
        <source>New client dossier from a model</source>
        <translation>Nouveau dossier client à partir d&apos;un modèle</translation>
    </message>
    <message>
        <source>Model dossier</source>
        <translation>Dossier modèle</translation>
    </message>
    <message>
        <source>The firm&apos;s standard dossier to copy from</source>
        <translation>Le dossier type du cabinet, à copier</translation>
    </message>
    <message>
        <source>Choose the &amp;model…</source>
        <translation>Choisir le &amp;modèle…</translation>
    </message>
    <message>
        <source>Copied: the register (as drafts to confirm), processors without their contracts, consent purposes and their wordings, the checklist tasks judged not applicable and the open actions of your own. Never copied: people, consents, rights requests, breaches, the pilot, DPIA screenings.</source>
        <translation>Copiés : le registre (en brouillons à confirmer), les sous-traitants sans leurs contrats, les finalités de consentement et leurs textes, les tâches jugées sans objet et vos propres actions ouvertes. Jamais copiés : les personnes, les consentements, les demandes d&apos;exercice de droits, les violations, le pilote, les analyses d&apos;impact.</translation>
    </message>
    <message>
        <source>GDPR dossiers (*.rgpd)</source>
        <translation>Dossiers RGPD (*.rgpd)</translation>
    </message>
    <message>
        <source>Cannot create yet</source>
        <translation>Création impossible pour l&apos;instant</translation>
    </message>
    <message>
        <source>Choose the model dossier to copy from.</source>
        <translation>Choisissez le dossier modèle à copier.</translation>
    </message>
    <message>
        <source>The new dossier must be another file than the model.</source>
        <translation>Le nouveau dossier doit être un autre fichier que le modèle.</translation>
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
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>GDPR dossiers (*.rgpd)</source>
        <translation>Dossiers RGPD (*.rgpd)</translation>
    </message>
    <message>
        <source>Cannot create yet</source>
        <translation>Création impossible pour l&apos;instant</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another file name.</source>
        <translation>%1 existe déjà. Choisissez un autre nom de fichier.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Parco&amp;urir…</translation>
    </message>
</context>
<context>
    <name>NextBox</name>
    <message>
        <source>Next:</source>
        <translation>Ensuite :</translation>
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
    <name>NoticesPage</name>
    <message>
        <source>Information notices</source>
        <translation>Mentions d&apos;information</translation>
    </message>
    <message>
        <source>Tell people what you do with their data (GDPR Art. 13 and 14), in the words of your register: nothing is invented. What the register lacks is marked &quot;to complete&quot; and listed below, with where to fill it in. These texts help you; they are not legal advice.</source>
        <translation>Dites aux personnes ce que vous faites de leurs données (RGPD, art. 13 et 14), avec les mots de votre registre : rien n&apos;est inventé. Ce qui manque au registre est marqué « à compléter » et listé ci-dessous, avec l&apos;endroit où le compléter. Ces textes vous aident ; ce ne sont pas des conseils juridiques.</translation>
    </message>
    <message>
        <source>Kind of notice</source>
        <translation>Sorte de mention</translation>
    </message>
    <message>
        <source>&amp;Notice:</source>
        <translation>&amp;Mention :</translation>
    </message>
    <message>
        <source>Language of the notice</source>
        <translation>Langue de la mention</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Processing &amp;covered:</source>
        <translation>Traitements &amp;couverts :</translation>
    </message>
    <message>
        <source>Processing covered by the notice</source>
        <translation>Traitements couverts par la mention</translation>
    </message>
    <message>
        <source>&amp;Default for this notice</source>
        <translation>&amp;Par défaut pour cette mention</translation>
    </message>
    <message>
        <source>Version of the notice</source>
        <translation>Version de la mention</translation>
    </message>
    <message>
        <source>What the register lacks</source>
        <translation>Ce qui manque au registre</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Preview of the notice</source>
        <translation>Aperçu de la mention</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Save the notice as HTML, Markdown or PDF</source>
        <translation>Enregistrer la mention en HTML, Markdown ou PDF</translation>
    </message>
    <message>
        <source>Copy the notice as HTML, to paste into your web shop&apos;s page</source>
        <translation>Copier la mention en HTML, pour la coller dans une page de votre boutique en ligne</translation>
    </message>
    <message>
        <source>&amp;Record as the version in force</source>
        <translation>&amp;Enregistrer comme version en vigueur</translation>
    </message>
    <message>
        <source>Keep this text word for word in the dossier, with its SHA-256 and today&apos;s date, as the version you publish from today</source>
        <translation>Conserver ce texte mot pour mot dans le dossier, avec son empreinte SHA-256 et la date du jour, comme la version que vous publiez à partir d&apos;aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Website privacy notice</source>
        <translation>Mention du site internet</translation>
    </message>
    <message>
        <source>Counter poster (A4)</source>
        <translation>Affiche pour la caisse (A4)</translation>
    </message>
    <message>
        <source>CCTV sign (A4)</source>
        <translation>Panneau de vidéoprotection (A4)</translation>
    </message>
    <message>
        <source>Short notice for a form</source>
        <translation>Mention courte pour un formulaire</translation>
    </message>
    <message>
        <source>Staff information notice</source>
        <translation>Note d&apos;information du personnel</translation>
    </message>
    <message>
        <source>Tick the processing this notice covers.</source>
        <translation>Cochez les traitements que couvre cette mention.</translation>
    </message>
    <message>
        <source>No version of this notice is recorded yet.</source>
        <translation>Aucune version de cette mention n&apos;est encore enregistrée.</translation>
    </message>
    <message>
        <source>Version %1 in force since %2.</source>
        <translation>Version %1 en vigueur depuis le %2.</translation>
    </message>
    <message>
        <source>the shop&apos;s identity or contact</source>
        <translation>l&apos;identité ou le contact du commerce</translation>
    </message>
    <message>
        <source>Out of date: %1 changed since.</source>
        <translation>À mettre à jour : %1 a changé depuis.</translation>
    </message>
    <message>
        <source>The notice shown is that version, word for word.</source>
        <translation>La mention affichée est cette version, mot pour mot.</translation>
    </message>
    <message>
        <source>The notice shown differs from it: record it once it is published.</source>
        <translation>La mention affichée en diffère : enregistrez-la une fois publiée.</translation>
    </message>
    <message>
        <source>Nothing is missing: every item of Art. 13 is given.</source>
        <translation>Rien ne manque : chaque information de l&apos;article 13 est donnée.</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Page web (*.html)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the notice</source>
        <translation>Exporter la mention</translation>
    </message>
    <message>
        <source>The notice was written to %1. Open it?</source>
        <translation>La mention a été écrite dans %1. L&apos;ouvrir&#xa0;?</translation>
    </message>
    <message>
        <source>The notice&apos;s HTML is on the clipboard.</source>
        <translation>Le HTML de la mention est dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Record the notice</source>
        <translation>Enregistrer la mention</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) missing from the register:</source>
        <translation>
            <numerusform>%n information manque au registre :</numerusform>
            <numerusform>%n informations manquent au registre :</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy HT&amp;ML</source>
        <translation>Copier le &amp;HTML</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Leave at — when there is no date; Delete clears it.</source>
        <translation>Laissez à — s&apos;il n&apos;y a pas de date ; Suppr l&apos;efface.</translation>
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
        <translation>Enregistrement impossible pour l&apos;instant</translation>
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
        <translation>Telle qu&apos;immatriculée, par exemple Au Pain Doré SARL</translation>
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
        <source>The shop&apos;s sign, if different</source>
        <translation>L&apos;enseigne du commerce, si elle est différente</translation>
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
        <translation>14 chiffres (SIREN + numéro d&apos;établissement)</translation>
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
        <translation>Code posta&amp;l :</translation>
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
        <source>Representative</source>
        <translation>Représentant légal</translation>
    </message>
    <message>
        <source>The legal representative&apos;s name</source>
        <translation>Le nom du représentant légal</translation>
    </message>
    <message>
        <source>Their r&amp;ole:</source>
        <translation>Sa &amp;qualité :</translation>
    </message>
    <message>
        <source>Representative&apos;s role</source>
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
        <translation>Site i&amp;nternet :</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site internet</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur d&apos;activité</translation>
    </message>
    <message>
        <source>VAT &amp;number:</source>
        <translation>Numéro &amp;de TVA :</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>Numéro de TVA</translation>
    </message>
    <message>
        <source>FR, two digits, the SIREN (on your invoices)</source>
        <translation>FR, deux chiffres, le SIREN (sur vos factures)</translation>
    </message>
    <message>
        <source>Representati&amp;ve:</source>
        <translation>Re&amp;présentant légal :</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>&amp;Secteur d&apos;activité :</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
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
        <translation>Avancement de l&apos;étape %1</translation>
    </message>
    <message>
        <source>Compliance score</source>
        <translation>Score de conformité</translation>
    </message>
    <message>
        <source>How is this &amp;computed?</source>
        <translation>Comment est-il &amp;calculé&#xa0;?</translation>
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
        <translation>Secteur d&apos;activité</translation>
    </message>
    <message>
        <source>Edit the organisation…</source>
        <translation>Modifier l&apos;entreprise…</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Actions ouvertes</translation>
    </message>
    <message>
        <source>Open the action plan</source>
        <translation>Ouvrir le plan d&apos;action</translation>
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
        <translation>Liste de contrôle %1/40 · registre %2/30 · plan d&apos;action %3/30</translation>
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
        <source>No point left to complete.</source>
        <translation>Plus aucun point à compléter.</translation>
    </message>
    <message>
        <source>No pilot named yet (step 1).</source>
        <translation>Aucun pilote nommé pour l&apos;instant (étape 1).</translation>
    </message>
    <message>
        <source>Information notices</source>
        <translation>Mentions d&apos;information</translation>
    </message>
    <message>
        <source>Open the notices</source>
        <translation>Ouvrir les mentions</translation>
    </message>
    <message>
        <source>No information notice recorded yet.</source>
        <translation>Aucune mention d&apos;information enregistrée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Website privacy notice</source>
        <translation>Mention du site internet</translation>
    </message>
    <message>
        <source>Counter poster</source>
        <translation>Affiche pour la caisse</translation>
    </message>
    <message>
        <source>CCTV sign</source>
        <translation>Panneau de vidéoprotection</translation>
    </message>
    <message>
        <source>Short notice for forms</source>
        <translation>Mention courte pour formulaire</translation>
    </message>
    <message>
        <source>Staff information notice</source>
        <translation>Note d&apos;information du personnel</translation>
    </message>
    <message>
        <source>%1 (%2), version %3 of %4</source>
        <translation>%1 (%2), version %3 du %4</translation>
    </message>
    <message>
        <source>the shop&apos;s identity or contact</source>
        <translation>l&apos;identité ou le contact du commerce</translation>
    </message>
    <message>
        <source>%1: out of date, %2 changed since</source>
        <translation>%1 : à mettre à jour, %2 a changé depuis</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>à jour</translation>
    </message>
    <message>
        <source>&amp;Send them…</source>
        <translation>Les &amp;envoyer…</translation>
    </message>
    <message>
        <source>Export the list that tool imports to unsubscribe them</source>
        <translation>Exporter la liste que cet outil importe pour les désinscrire</translation>
    </message>
    <message>
        <source>VAT %1</source>
        <translation>TVA %1</translation>
    </message>
    <message numerus="yes">
        <source>%n of them still has points to complete (%1 in all).</source>
        <translation>
            <numerusform>%n d&apos;entre eux a encore des points à compléter (%1 en tout).</numerusform>
            <numerusform>%n d&apos;entre eux ont encore des points à compléter (%1 en tout).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OwnerExitDialog</name>
    <message>
        <source>Leave the customer&apos;s screen</source>
        <translation>Quitter l&apos;écran du client</translation>
    </message>
    <message>
        <source>Staff only: the exit code.</source>
        <translation>Réservé au personnel : le code de sortie.</translation>
    </message>
    <message>
        <source>Exit code</source>
        <translation>Code de sortie</translation>
    </message>
    <message>
        <source>Delete a character</source>
        <translation>Effacer un caractère</translation>
    </message>
    <message>
        <source>Wrong code.</source>
        <translation>Code incorrect.</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
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
        <source>An email, a phone number or a customer reference is needed to find the person again.</source>
        <translation>Un courriel, un téléphone ou une référence client est nécessaire pour retrouver la personne.</translation>
    </message>
</context>
<context>
    <name>PilotPanel</name>
    <message>
        <source>The pilot</source>
        <translation>Le pilote</translation>
    </message>
    <message>
        <source>Pilot&apos;s name</source>
        <translation>Nom du pilote</translation>
    </message>
    <message>
        <source>Pilot&apos;s role</source>
        <translation>Fonction du pilote</translation>
    </message>
    <message>
        <source>Manager, employee…</source>
        <translation>Gérant, salarié…</translation>
    </message>
    <message>
        <source>Pilot&apos;s email</source>
        <translation>Courriel du pilote</translation>
    </message>
    <message>
        <source>Pilot&apos;s phone</source>
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
        <source>&amp;Use the legal representative</source>
        <translation>Reprendre le re&amp;présentant légal</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>Fonct&amp;ion :</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>Co&amp;urriel :</translation>
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
        <translation>Un DPO est dé&amp;signé</translation>
    </message>
    <message>
        <source>The DPO</source>
        <translation>Le DPO</translation>
    </message>
    <message>
        <source>DPO&apos;s name</source>
        <translation>Nom du DPO</translation>
    </message>
    <message>
        <source>DPO&apos;s firm</source>
        <translation>Cabinet du DPO</translation>
    </message>
    <message>
        <source>For an external DPO</source>
        <translation>Pour un DPO externe</translation>
    </message>
    <message>
        <source>DPO&apos;s email</source>
        <translation>Courriel du DPO</translation>
    </message>
    <message>
        <source>DPO&apos;s phone</source>
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
        <source>pilot and DPO</source>
        <translation>pilote et DPO</translation>
    </message>
    <message>
        <source>DPO&apos;s postal address</source>
        <translation>Adresse postale du DPO</translation>
    </message>
    <message>
        <source>DPO&apos;s postcode</source>
        <translation>Code postal du DPO</translation>
    </message>
    <message>
        <source>DPO&apos;s town</source>
        <translation>Ville du DPO</translation>
    </message>
    <message>
        <source>DPO&apos;s country</source>
        <translation>Pays du DPO</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse :</translation>
    </message>
    <message>
        <source>Postcode, town:</source>
        <translation>Code postal, ville :</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Pays :</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>Not&amp;es :</translation>
    </message>
    <message>
        <source>Is a DPO mandatory?</source>
        <translation>Un DPO est-il obligatoire&#xa0;?</translation>
    </message>
    <message>
        <source>A data protection officer (DPO), GDPR Art. 37</source>
        <translation>Un délégué à la protection des données (DPO), RGPD, art. 37</translation>
    </message>
    <message>
        <source>Read-only dossier: nothing typed here is saved.</source>
        <translation>Dossier en lecture seule : rien de ce qui est saisi ici n&apos;est enregistré.</translation>
    </message>
    <message>
        <source>Saved at %1. Edit › Undo (Ctrl+Z) takes it back.</source>
        <translation>Enregistré à %1. Édition › Annuler (Ctrl+Z) revient en arrière.</translation>
    </message>
    <message>
        <source>Not saved yet: %1</source>
        <translation>Pas encore enregistré : %1</translation>
    </message>
</context>
<context>
    <name>Portfolio</name>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>Not read (reading stopped)</source>
        <translation>Non lu (lecture arrêtée)</translation>
    </message>
    <message>
        <source>Open in this window</source>
        <translation>Ouvert dans cette fenêtre</translation>
    </message>
    <message>
        <source>Open by %1 since %2</source>
        <translation>Ouvert par %1 depuis %2</translation>
    </message>
    <message>
        <source>Not a file</source>
        <translation>Pas un fichier</translation>
    </message>
    <message>
        <source>Older version: open it to update</source>
        <translation>Version plus ancienne : l&apos;ouvrir pour la mettre à jour</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Endommagé</translation>
    </message>
    <message>
        <source>No permission to read</source>
        <translation>Lecture non autorisée</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <source>%1 high · %2 medium · %3 low</source>
        <translation>%1 haute · %2 moyenne · %3 basse</translation>
    </message>
    <message>
        <source>%1 running, %2 late</source>
        <translation>%1 en cours, %2 en retard</translation>
    </message>
    <message>
        <source>%1 running</source>
        <translation>%1 en cours</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Maybe open by %1 since %2</source>
        <translation>Peut-être ouvert par %1 depuis le %2</translation>
    </message>
    <message>
        <source>File readable</source>
        <translation>Fichier lisible</translation>
    </message>
    <message>
        <source>File missing</source>
        <translation>Fichier introuvable</translation>
    </message>
    <message>
        <source>Not a dossier file</source>
        <translation>Pas un fichier de dossier</translation>
    </message>
    <message>
        <source>Not a dossier of this app</source>
        <translation>Pas un dossier de cette application</translation>
    </message>
    <message>
        <source>Made by a newer version of the app</source>
        <translation>Créé par une version plus récente de l&apos;application</translation>
    </message>
    <message>
        <source>Busy, try again</source>
        <translation>Occupé, réessayez</translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation>Illisible</translation>
    </message>
</context>
<context>
    <name>PortfolioModel</name>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>SIRET / SIREN</source>
        <translation>SIRET / SIREN</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Six steps</source>
        <translation>Six étapes</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Actions ouvertes</translation>
    </message>
    <message>
        <source>Late requests</source>
        <translation>Demandes en retard</translation>
    </message>
    <message>
        <source>Breaches (72 h)</source>
        <translation>Violations (72 h)</translation>
    </message>
    <message>
        <source>Consents to renew</source>
        <translation>Consentements à renouveler</translation>
    </message>
    <message>
        <source>Last verification</source>
        <translation>Dernière vérification</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Actions of the plan still open or postponed, by priority</source>
        <translation>Actions du plan encore ouvertes ou reportées, par priorité</translation>
    </message>
    <message>
        <source>Rights requests not answered within one month (GDPR Art. 12(3))</source>
        <translation>Demandes d&apos;exercice de droits sans réponse dans le mois (RGPD, art. 12(3))</translation>
    </message>
    <message>
        <source>Breaches whose 72-hour notification clock is running, or has run out without notification (GDPR Art. 33(1))</source>
        <translation>Violations dont le délai de notification de 72 heures court, ou est dépassé sans notification (RGPD, art. 33(1))</translation>
    </message>
    <message>
        <source>Consents older than the validity set for their purpose</source>
        <translation>Consentements plus anciens que la validité fixée pour leur finalité</translation>
    </message>
    <message>
        <source>Last integrity check made with this app on this computer</source>
        <translation>Dernier contrôle d&apos;intégrité fait avec cette application sur cet ordinateur</translation>
    </message>
    <message>
        <source>Never verified</source>
        <translation>Jamais vérifié</translation>
    </message>
    <message>
        <source>Sound, %1</source>
        <translation>Intègre, %1</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s), %1</source>
        <translation>
            <numerusform>%n problème, %1</numerusform>
            <numerusform>%n problèmes, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>(changed since)</source>
        <translation>(modifié depuis)</translation>
    </message>
    <message>
        <source>Compliance score: %1/100</source>
        <translation>Score de conformité : %1/100</translation>
    </message>
    <message>
        <source>File modified: %1</source>
        <translation>Fichier modifié : %1</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Prochaine échéance</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>Suivi par</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Prochaine revue</translation>
    </message>
    <message>
        <source>Last reminder</source>
        <translation>Dernière relance</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>The first date to come: a rights request&apos;s month (GDPR Art. 12(3)), a breach&apos;s 72 hours (Art. 33(1)), a dated action, consents to renew</source>
        <translation>La première date à venir : le mois d&apos;une demande d&apos;exercice de droits (RGPD, art. 12(3)), les 72 heures d&apos;une violation (art. 33(1)), une action datée, des consentements à renouveler</translation>
    </message>
    <message>
        <source>What is past its date</source>
        <translation>Ce qui a dépassé sa date</translation>
    </message>
    <message>
        <source>Steps of the authority&apos;s method whose tasks are all settled; the tasks are in the tooltip</source>
        <translation>Étapes de la méthode de la CNIL dont toutes les tâches sont réglées ; le détail des tâches est dans l&apos;infobulle</translation>
    </message>
    <message>
        <source>Your firm&apos;s notes: kept on this computer, never in the client&apos;s dossier</source>
        <translation>Les notes de votre cabinet : gardées sur cet ordinateur, jamais dans le dossier du client</translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation>demande de l&apos;attention</translation>
    </message>
    <message numerus="yes">
        <source>%n late</source>
        <translation>
            <numerusform>%n en retard</numerusform>
            <numerusform>%n en retard</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/6 steps</source>
        <translation>%1/6 étapes</translation>
    </message>
    <message>
        <source>Needs attention: %1</source>
        <translation>Demande de l&apos;attention : %1</translation>
    </message>
    <message>
        <source>The same SIRET as %1: a copy not renamed, or two files for one shop? Check which one is right.</source>
        <translation>Le même SIRET que %1 : une copie non renommée, ou deux fichiers pour une même boutique&#xa0;? Vérifiez lequel est le bon.</translation>
    </message>
    <message>
        <source>%1/%2 tasks settled</source>
        <translation>%1/%2 tâches réglées</translation>
    </message>
    <message numerus="yes">
        <source>%1 late of %n open request(s)</source>
        <translation>
            <numerusform>%1 en retard sur %n demande ouverte</numerusform>
            <numerusform>%1 en retard sur %n demandes ouvertes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortfolioWindow</name>
    <message>
        <source>Folder of dossiers</source>
        <translation>Répertoire de dossiers</translation>
    </message>
    <message>
        <source>No folder chosen</source>
        <translation>Aucun répertoire choisi</translation>
    </message>
    <message>
        <source>Folder shown</source>
        <translation>Répertoire affiché</translation>
    </message>
    <message>
        <source>&amp;Choose the folder…</source>
        <translation>&amp;Choisir le répertoire…</translation>
    </message>
    <message>
        <source>Include sub-&amp;folders</source>
        <translation>Inclure les sous-&amp;répertoires</translation>
    </message>
    <message>
        <source>Search the dossiers</source>
        <translation>Chercher dans les dossiers</translation>
    </message>
    <message>
        <source>Which dossiers to show</source>
        <translation>Dossiers à afficher</translation>
    </message>
    <message>
        <source>All dossiers</source>
        <translation>Tous les dossiers</translation>
    </message>
    <message>
        <source>Files that cannot be read</source>
        <translation>Fichiers illisibles</translation>
    </message>
    <message>
        <source>Open by someone</source>
        <translation>Ouverts par quelqu&apos;un</translation>
    </message>
    <message>
        <source>To verify</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>Dossiers of the folder</source>
        <translation>Dossiers du répertoire</translation>
    </message>
    <message>
        <source>Reading progress</source>
        <translation>Avancement de la lecture</translation>
    </message>
    <message>
        <source>Dossiers read</source>
        <translation>Dossiers lus</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Arrêter la lecture</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>&amp;Répertoire</translation>
    </message>
    <message>
        <source>&amp;Read again</source>
        <translation>&amp;Relire</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>C&amp;lose this window</source>
        <translation>&amp;Fermer cette fenêtre</translation>
    </message>
    <message>
        <source>&amp;Dossiers</source>
        <translation>&amp;Dossiers</translation>
    </message>
    <message>
        <source>&amp;Open in the main window</source>
        <translation>&amp;Ouvrir dans la fenêtre principale</translation>
    </message>
    <message>
        <source>&amp;New client dossier from a model…</source>
        <translation>&amp;Nouveau dossier client à partir d&apos;un modèle…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;Help for this window</source>
        <translation>&amp;Aide de cette fenêtre</translation>
    </message>
    <message>
        <source>Folder of dossiers — %1</source>
        <translation>Répertoire de dossiers — %1</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>Reading the folder…</source>
        <translation>Lecture du répertoire…</translation>
    </message>
    <message>
        <source>Reading %1 of %2…</source>
        <translation>Lecture : %1 sur %2…</translation>
    </message>
    <message>
        <source>Reading stopped.</source>
        <translation>Lecture arrêtée.</translation>
    </message>
    <message>
        <source>No dossier (*.rgpd file) in this folder.</source>
        <translation>Aucun dossier (fichier *.rgpd) dans ce répertoire.</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s)</source>
        <translation>
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n demande de l&apos;attention</numerusform>
            <numerusform>%n demandent de l&apos;attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cannot be read</source>
        <translation>
            <numerusform>%n illisible</numerusform>
            <numerusform>%n illisibles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n never verified</source>
        <translation>
            <numerusform>%n jamais vérifié</numerusform>
            <numerusform>%n jamais vérifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>reading stopped: %n not read</source>
        <translation>
            <numerusform>lecture arrêtée : %n non lu</numerusform>
            <numerusform>lecture arrêtée : %n non lus</numerusform>
        </translation>
    </message>
    <message>
        <source>Search a client, SIREN or SIRET, city, contact or file (Ctrl+F)</source>
        <translation>Chercher un client, un SIREN ou SIRET, une ville, un contact ou un fichier (Ctrl+F)</translation>
    </message>
    <message>
        <source>To do this week</source>
        <translation>À traiter cette semaine</translation>
    </message>
    <message>
        <source>To do this week: anything late, anything due within 7 days (a request, a breach&apos;s 72 hours, a dated action, consents to renew), and files that cannot be read or failed their verification</source>
        <translation>À traiter cette semaine : tout ce qui est en retard, tout ce qui arrive à échéance dans les 7 jours (une demande, les 72 heures d&apos;une violation, une action datée, des consentements à renouveler), et les fichiers illisibles ou dont la vérification a échoué</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Show the usual columns</source>
        <translation>Afficher les colonnes habituelles</translation>
    </message>
    <message>
        <source>Your &amp;firm&apos;s name…</source>
        <translation>Nom de votre &amp;cabinet…</translation>
    </message>
    <message>
        <source>Co&amp;lumns</source>
        <translation>Co&amp;lonnes</translation>
    </message>
    <message>
        <source>&amp;Follow-up…</source>
        <translation>&amp;Suivi…</translation>
    </message>
    <message>
        <source>&amp;Reminded today</source>
        <translation>&amp;Relancé aujourd&apos;hui</translation>
    </message>
    <message>
        <source>New dossier from a CNIL &amp;register spreadsheet…</source>
        <translation>Nouveau dossier à partir d&apos;un &amp;registre de la CNIL (tableur)…</translation>
    </message>
    <message>
        <source>&amp;Export as PDF…</source>
        <translation>&amp;Exporter en PDF…</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>&amp;Letters to the clients…</source>
        <translation>&amp;Courriers aux clients…</translation>
    </message>
    <message>
        <source>Deadlines to a &amp;calendar…</source>
        <translation>Échéances vers un ca&amp;lendrier…</translation>
    </message>
    <message>
        <source>Register as the CNIL&apos;s &amp;spreadsheet…</source>
        <translation>Registre au format du &amp;tableur de la CNIL…</translation>
    </message>
    <message>
        <source>&amp;Summary of the folder (PDF, Excel, CSV)…</source>
        <translation>S&amp;ynthèse du répertoire (PDF, Excel, CSV)…</translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n affiché</numerusform>
            <numerusform>%n affichés</numerusform>
        </translation>
    </message>
    <message>
        <source>Email copied: %1</source>
        <translation>Courriel copié : %1</translation>
    </message>
    <message>
        <source>Your firm&apos;s name</source>
        <translation>Nom de votre cabinet</translation>
    </message>
    <message>
        <source>Printed on the summary and signing the letters to clients:</source>
        <translation>Imprimé sur la synthèse, et signataire des courriers aux clients :</translation>
    </message>
    <message numerus="yes">
        <source> (%n selected)</source>
        <translation>
            <numerusform> (%n sélectionné)</numerusform>
            <numerusform> (%n sélectionnés)</numerusform>
        </translation>
    </message>
    <message>
        <source>Show in its &amp;folder</source>
        <translation>Afficher dans son &amp;répertoire</translation>
    </message>
    <message>
        <source>Copy the contact&apos;s &amp;email</source>
        <translation>Copier le &amp;courriel du contact</translation>
    </message>
    <message numerus="yes">
        <source>%n share a SIRET</source>
        <translation>
            <numerusform>%n partage un SIRET</numerusform>
            <numerusform>%n partagent un SIRET</numerusform>
        </translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Affic&amp;her :</translation>
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
        <translation>À quoi sert ce traitement&#xa0;? Une finalité par ligne.</translation>
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
        <translation>Seulement si un autre organisme décide avec vous de l&apos;usage des données</translation>
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
        <translation>Données sensibles : condition de l&apos;article 9(2)</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— aucune —</translation>
    </message>
    <message>
        <source>Article 9(2) condition</source>
        <translation>Condition de l&apos;article 9(2)</translation>
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
        <translation>Transferts hors de l&apos;Espace économique européen</translation>
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
        <translation>Not&amp;es :</translation>
    </message>
    <message>
        <source>Interest &amp;pursued:</source>
        <translation>Intérêt &amp;poursuivi :</translation>
    </message>
    <message>
        <source>&amp;Law that requires it:</source>
        <translation>&amp;Texte qui l&apos;impose :</translation>
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
        <translation>Enregistrement impossible pour l&apos;instant</translation>
    </message>
    <message>
        <source>Condition:</source>
        <translation>Condition :</translation>
    </message>
    <message>
        <source>No transfer outside the &amp;EEA: I have checked (servers of every tool and provider in the EEA)</source>
        <translation>Aucun transfert hors de l&apos;&amp;EEE : j&apos;ai vérifié (les serveurs de chaque outil et prestataire sont dans l&apos;EEE)</translation>
    </message>
    <message>
        <source>No transfer outside the EEA, checked</source>
        <translation>Aucun transfert hors de l&apos;EEE, vérifié</translation>
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
        <source>Cannot save yet</source>
        <translation>Enregistrement impossible pour l&apos;instant</translation>
    </message>
    <message>
        <source>Not&amp;es:</source>
        <translation>Not&amp;es :</translation>
    </message>
</context>
<context>
    <name>ProcessorEditor</name>
    <message>
        <source>New processor</source>
        <translation>Nouveau sous-traitant</translation>
    </message>
    <message>
        <source>Processor: %1</source>
        <translation>Sous-traitant : %1</translation>
    </message>
    <message>
        <source>The provider</source>
        <translation>Le prestataire</translation>
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
        <source>Service</source>
        <translation>Prestation</translation>
    </message>
    <message>
        <source>Web host, payment provider, accountant…</source>
        <translation>Hébergeur, prestataire de paiement, expert-comptable…</translation>
    </message>
    <message>
        <source>&amp;Service provided:</source>
        <translation>&amp;Prestation fournie :</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Contact :</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>Pa&amp;ys :</translation>
    </message>
    <message>
        <source>Transfers outside the EEA</source>
        <translation>Transferts hors EEE</translation>
    </message>
    <message>
        <source>Countries outside the EEA the data goes to (empty if none)</source>
        <translation>Pays hors EEE où vont les données (vide si aucun)</translation>
    </message>
    <message>
        <source>&amp;Transfers to:</source>
        <translation>&amp;Transferts vers :</translation>
    </message>
    <message>
        <source>Transfer safeguard</source>
        <translation>Garantie du transfert</translation>
    </message>
    <message>
        <source>Sa&amp;feguard:</source>
        <translation>&amp;Garantie :</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Processing it serves</source>
        <translation>Traitements servis</translation>
    </message>
    <message>
        <source>No processing in the register yet.</source>
        <translation>Aucun traitement dans le registre pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Contract (GDPR Art. 28(3))</source>
        <translation>Contrat (RGPD, art. 28(3))</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Title, number or where it is filed (DPA, terms of service…)</source>
        <translation>Intitulé, numéro ou lieu de classement (accord de sous-traitance, conditions générales…)</translation>
    </message>
    <message>
        <source>Contract date</source>
        <translation>Date du contrat</translation>
    </message>
    <message>
        <source>Si&amp;gned on:</source>
        <translation>Signé &amp;le :</translation>
    </message>
    <message>
        <source>What the contract sets out:</source>
        <translation>Ce que prévoit le contrat :</translation>
    </message>
    <message>
        <source>Article 28 checklist</source>
        <translation>Liste de l&apos;article 28</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>Tout coc&amp;her</translation>
    </message>
    <message>
        <source>Untick all</source>
        <translation>Tout décocher</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Ce qui manque</translation>
    </message>
    <message>
        <source>Nothing missing: the contract covers every item.</source>
        <translation>Rien ne manque : le contrat couvre chaque point.</translation>
    </message>
    <message>
        <source>Cannot save yet</source>
        <translation>Enregistrement impossible pour l&apos;instant</translation>
    </message>
    <message>
        <source>Not&amp;es:</source>
        <translation>Not&amp;es :</translation>
    </message>
    <message>
        <source>Cont&amp;ract:</source>
        <translation>Cont&amp;rat :</translation>
    </message>
</context>
<context>
    <name>ProcessorTableModel</name>
    <message>
        <source>Processor</source>
        <translation>Sous-traitant</translation>
    </message>
    <message>
        <source>Article 28 checklist</source>
        <translation>Liste de l&apos;article 28</translation>
    </message>
    <message>
        <source>Serves</source>
        <translation>Sert</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Prestation</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Transfers outside the EEA</source>
        <translation>Transferts hors EEE</translation>
    </message>
    <message>
        <source>No processing</source>
        <translation>Aucun traitement</translation>
    </message>
    <message numerus="yes">
        <source>%n processing activities</source>
        <translation>
            <numerusform>%n traitement</numerusform>
            <numerusform>%n traitements</numerusform>
        </translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Aucun enregistré</translation>
    </message>
    <message>
        <source>Complete (%1/%2)</source>
        <translation>Complet (%1/%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1/%2: %n missing</source>
        <translation>
            <numerusform>%1/%2 : %n manquant</numerusform>
            <numerusform>%1/%2 : %n manquants</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
</context>
<context>
    <name>ProcessorsPage</name>
    <message>
        <source>Processors</source>
        <translation>Sous-traitants</translation>
    </message>
    <message>
        <source>&amp;New processor…</source>
        <translation>&amp;Nouveau sous-traitant…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Search by name, service or processing (Ctrl+F)</source>
        <translation>Rechercher par nom, prestation ou traitement (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the processors</source>
        <translation>Rechercher dans les sous-traitants</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>All processors</source>
        <translation>Tous les sous-traitants</translation>
    </message>
    <message>
        <source>With gaps in the contract</source>
        <translation>Avec des manques dans le contrat</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Complet</translation>
    </message>
    <message>
        <source>Transfers outside the EEA</source>
        <translation>Transferts hors EEE</translation>
    </message>
    <message>
        <source>Serving no processing</source>
        <translation>Ne servant aucun traitement</translation>
    </message>
    <message>
        <source>Selected processor</source>
        <translation>Sous-traitant sélectionné</translation>
    </message>
    <message>
        <source>No processor recorded. Add each provider who handles personal data for you: web host, payment provider, emailing tool, accountant, CCTV maintainer.</source>
        <translation>Aucun sous-traitant enregistré. Ajoutez chaque prestataire qui traite des données personnelles pour vous : hébergeur, prestataire de paiement, outil d&apos;envoi de courriels, expert-comptable, mainteneur de la vidéoprotection.</translation>
    </message>
    <message numerus="yes">
        <source>%n processor(s)</source>
        <translation>
            <numerusform>%n sous-traitant</numerusform>
            <numerusform>%n sous-traitants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with gaps in the contract</source>
        <translation>
            <numerusform>%n avec des manques dans le contrat</numerusform>
            <numerusform>%n avec des manques dans le contrat</numerusform>
        </translation>
    </message>
    <message>
        <source>every contract covers Article 28(3)</source>
        <translation>chaque contrat couvre l&apos;article 28(3)</translation>
    </message>
    <message>
        <source>Select a processor to see its contract checklist, or add one (Ctrl+Shift+N).</source>
        <translation>Sélectionnez un sous-traitant pour voir la liste de son contrat, ou ajoutez-en un (Ctrl+Maj+N).</translation>
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
        <source>Safeguard</source>
        <translation>Garantie</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signé le</translation>
    </message>
    <message>
        <source>Processing it serves</source>
        <translation>Traitements servis</translation>
    </message>
    <message>
        <source>It serves no processing of the register.</source>
        <translation>Il ne sert aucun traitement du registre.</translation>
    </message>
    <message>
        <source>Article 28(3) checklist</source>
        <translation>Liste de l&apos;article 28(3)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquante</translation>
    </message>
    <message>
        <source>Also to do</source>
        <translation>À faire aussi</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>new processor</source>
        <translation>nouveau sous-traitant</translation>
    </message>
    <message>
        <source>edit of “%1”</source>
        <translation>modification de « %1 »</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the processor “%1”?</source>
        <translation>Supprimer le sous-traitant « %1 »&#xa0;?</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Vous pouvez annuler avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>deletion of “%1”</source>
        <translation>suppression de « %1 »</translation>
    </message>
    <message>
        <source>items covered: %1 of %2</source>
        <translation>points couverts : %1 sur %2</translation>
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
    <message>
        <source>Code in import files</source>
        <translation>Code dans les fichiers d&apos;import</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code :</translation>
    </message>
    <message>
        <source>What a CSV file or another tool calls this purpose (its “purpose” column). Made from the label; fixed once saved.</source>
        <translation>Le nom de cette finalité dans un fichier CSV ou un autre outil (sa colonne « finalite »). Tiré du libellé ; fixé une fois enregistré.</translation>
    </message>
    <message>
        <source>For import files</source>
        <translation>Pour les fichiers d&apos;import</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Record a choice</source>
        <translation>Enregistrer un choix</translation>
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
        <translation>Pre&amp;uve</translation>
    </message>
    <message>
        <source>Recorded &amp;by</source>
        <translation>Enre&amp;gistré par</translation>
    </message>
    <message>
        <source>&amp;Write the wording…</source>
        <translation>&amp;Rédiger le texte…</translation>
    </message>
    <message>
        <source>(no wording yet: write it first)</source>
        <translation>(pas encore de texte : rédigez-le d&apos;abord)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>(no wording in effect on that day)</source>
        <translation>(aucun texte en vigueur ce jour-là)</translation>
    </message>
    <message>
        <source>Gives &amp;consent</source>
        <translation>&amp;Donne son consentement</translation>
    </message>
    <message>
        <source>Wi&amp;thdraws consent</source>
        <translation>&amp;Retire son consentement</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Affi&amp;cher :</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
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
        <source>last change</source>
        <translation>dernière modification</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base légale</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>To complete</source>
        <translation>À compléter</translation>
    </message>
    <message>
        <source>Nothing missing: this entry is complete.</source>
        <translation>Rien ne manque : cette fiche est complète.</translation>
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
        <translation>Supprimer « %1 »&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n processing activities?</source>
        <translation>
            <numerusform>Supprimer %n traitement&#xa0;?</numerusform>
            <numerusform>Supprimer %n traitements&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z. To keep a trace of a processing you no longer carry out, archive it instead.</source>
        <translation>Vous pourrez annuler avec Ctrl+Z. Pour garder la trace d&apos;un traitement que vous ne faites plus, archivez-le plutôt.</translation>
    </message>
    <message>
        <source>deletion</source>
        <translation>suppression</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Affi&amp;cher :</translation>
    </message>
    <message>
        <source>Histor&amp;y…</source>
        <translation>Histori&amp;que…</translation>
    </message>
</context>
<context>
    <name>ReplacePrompt</name>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 existe déjà. Le remplacer&#xa0;?</translation>
    </message>
</context>
<context>
    <name>RequestAnswerActions</name>
    <message>
        <source>Prepare the &amp;answer…</source>
        <translation>Préparer la &amp;réponse…</translation>
    </message>
    <message>
        <source>Write the letter (and the data files) the selected request calls for, and file it (Ctrl+R)</source>
        <translation>Écrire la lettre (et les fichiers de données) qu&apos;appelle la demande sélectionnée, et la classer (Ctrl+R)</translation>
    </message>
    <message>
        <source>Identity checked on %1: %2</source>
        <translation>Identité vérifiée le %1 : %2</translation>
    </message>
    <message>
        <source>Prepare the answer (Ctrl+R): the letter this request calls for, ready to edit or send.</source>
        <translation>Préparez la réponse (Ctrl+R) : la lettre qu&apos;appelle cette demande, prête à modifier ou à envoyer.</translation>
    </message>
    <message>
        <source>Answer filed: %1 v%2, sent on %3 — files: %4, SHA-256 of the letter %5…</source>
        <translation>Réponse classée : %1 v%2, envoyée le %3 — fichiers : %4, SHA-256 de la lettre %5…</translation>
    </message>
</context>
<context>
    <name>RequestEditor</name>
    <message>
        <source>New rights request</source>
        <translation>Nouvelle demande d&apos;exercice des droits</translation>
    </message>
    <message>
        <source>Rights request %1</source>
        <translation>Demande %1</translation>
    </message>
    <message>
        <source>The request</source>
        <translation>La demande</translation>
    </message>
    <message>
        <source>Right exercised</source>
        <translation>Droit exercé</translation>
    </message>
    <message>
        <source>&amp;Right:</source>
        <translation>&amp;Droit :</translation>
    </message>
    <message>
        <source>Request detail</source>
        <translation>Précision sur la demande</translation>
    </message>
    <message>
        <source>Which data, which processing…</source>
        <translation>Quelles données, quel traitement…</translation>
    </message>
    <message>
        <source>De&amp;tail:</source>
        <translation>Pr&amp;écision :</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>D&amp;e la part de :</translation>
    </message>
    <message>
        <source>Requester&apos;s contact</source>
        <translation>Coordonnées du demandeur</translation>
    </message>
    <message>
        <source>Email, postal address or phone</source>
        <translation>Courriel, adresse postale ou téléphone</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Contact :</translation>
    </message>
    <message>
        <source>Person in the consent records</source>
        <translation>Personne dans le registre des consentements</translation>
    </message>
    <message>
        <source>Customer reference or email in the consent records, if any</source>
        <translation>Référence client ou courriel dans le registre des consentements, le cas échéant</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>Recei&amp;ved on:</source>
        <translation>Re&amp;çue le :</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Reçue par</translation>
    </message>
    <message>
        <source>Received &amp;by:</source>
        <translation>Reçue &amp;par :</translation>
    </message>
    <message>
        <source>What was asked</source>
        <translation>Ce qui est demandé</translation>
    </message>
    <message>
        <source>The request in the person&apos;s words</source>
        <translation>La demande dans les mots de la personne</translation>
    </message>
    <message>
        <source>&amp;What was asked:</source>
        <translation>Ce qui est de&amp;mandé :</translation>
    </message>
    <message>
        <source>Identity check</source>
        <translation>Vérification d&apos;identité</translation>
    </message>
    <message>
        <source>&amp;Identity:</source>
        <translation>&amp;Identité :</translation>
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
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Extension by two further months (Art. 12(3))</source>
        <translation>Prolongation de deux mois (art. 12(3))</translation>
    </message>
    <message>
        <source>E&amp;xtend: the requests are complex or numerous</source>
        <translation>Pro&amp;longer : les demandes sont complexes ou nombreuses</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Prolongation</translation>
    </message>
    <message>
        <source>Reason for the extension</source>
        <translation>Motif de la prolongation</translation>
    </message>
    <message>
        <source>Reaso&amp;n:</source>
        <translation>Moti&amp;f :</translation>
    </message>
    <message>
        <source>Person told of the extension on</source>
        <translation>Personne informée de la prolongation le</translation>
    </message>
    <message>
        <source>Person to&amp;ld on:</source>
        <translation>Personne i&amp;nformée le :</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Réponse le</translation>
    </message>
    <message>
        <source>&amp;Answered on:</source>
        <translation>Répon&amp;se le :</translation>
    </message>
    <message>
        <source>— not answered yet —</source>
        <translation>— pas encore de réponse —</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>Iss&amp;ue :</translation>
    </message>
    <message>
        <source>Summary of the answer</source>
        <translation>Résumé de la réponse</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Résumé :</translation>
    </message>
    <message>
        <source>Proof of the answer</source>
        <translation>Preuve de la réponse</translation>
    </message>
    <message>
        <source>Where the proof is: sent email, registered letter number…</source>
        <translation>Où se trouve la preuve : courriel envoyé, numéro de lettre recommandée…</translation>
    </message>
    <message>
        <source>&amp;Proof:</source>
        <translation>Preu&amp;ve :</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Ce qui manque</translation>
    </message>
    <message>
        <source>What is missing or wrong</source>
        <translation>Ce qui manque ou ne va pas</translation>
    </message>
    <message>
        <source>Give the date of receipt to see the deadline.</source>
        <translation>Indiquez la date de réception pour voir l&apos;échéance.</translation>
    </message>
    <message>
        <source>Due on %1: %2</source>
        <translation>Échéance le %1 : %2</translation>
    </message>
    <message>
        <source>Extended: the first month ended on %1.</source>
        <translation>Prolongée : le premier mois a pris fin le %1.</translation>
    </message>
    <message>
        <source>An extension must be announced by %1.</source>
        <translation>Une prolongation doit être annoncée au plus tard le %1.</translation>
    </message>
    <message>
        <source>The first month is over: too late to extend. Answer as soon as possible.</source>
        <translation>Le premier mois est passé : trop tard pour prolonger. Répondez au plus vite.</translation>
    </message>
    <message>
        <source>Nothing missing.</source>
        <translation>Rien ne manque.</translation>
    </message>
    <message>
        <source>Cannot save yet</source>
        <translation>Enregistrement impossible pour l&apos;instant</translation>
    </message>
    <message>
        <source>Consent recor&amp;ds:</source>
        <translation>Re&amp;gistre des consentements :</translation>
    </message>
</context>
<context>
    <name>RequestLedgerActions</name>
    <message>
        <source>Record the &amp;withdrawals…</source>
        <translation>Enregistrer les &amp;retraits…</translation>
    </message>
    <message>
        <source>Erased from the consent records on %1 (ledger event no. %2).</source>
        <translation>Effacée du registre des consentements le %1 (événement n° %2 du registre).</translation>
    </message>
    <message>
        <source>In the consent records: %1.</source>
        <translation>Dans le registre des consentements : %1.</translation>
    </message>
    <message>
        <source>The person linked in the consent records has been erased.</source>
        <translation>La personne reliée dans le registre des consentements a été effacée.</translation>
    </message>
    <message numerus="yes">
        <source>%n withdrawal(s) of consent recorded on %1.</source>
        <translation>
            <numerusform>%n retrait de consentement enregistré le %1.</numerusform>
            <numerusform>%n retraits de consentement enregistrés le %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>If this person is in the consent records, link the request to them (Ctrl+L): it can then be carried out there from here.</source>
        <translation>Si cette personne figure dans le registre des consentements, reliez-lui la demande (Ctrl+L) : elle pourra alors y être exécutée d&apos;ici.</translation>
    </message>
    <message>
        <source>The requester&apos;s identity is not marked as checked: make sure the request comes from this person first (GDPR Art. 12(2) and 12(6)).</source>
        <translation>L&apos;identité du demandeur n&apos;est pas notée comme vérifiée : assurez-vous d&apos;abord que la demande vient bien de cette personne (RGPD, art. 12(2) et 12(6)).</translation>
    </message>
    <message>
        <source>Person in the consent records</source>
        <translation>Personne dans le registre des consentements</translation>
    </message>
    <message>
        <source>link of request %1</source>
        <translation>lien de la demande %1</translation>
    </message>
    <message>
        <source>Link to a &amp;person…</source>
        <translation>Relier à une &amp;personne…</translation>
    </message>
    <message>
        <source>Link the request to the person it is about in the consent records (Ctrl+L)</source>
        <translation>Relier la demande à la personne qu&apos;elle concerne dans le registre des consentements (Ctrl+L)</translation>
    </message>
    <message>
        <source>E&amp;rase the person…</source>
        <translation>E&amp;ffacer la personne…</translation>
    </message>
    <message>
        <source>Erase the linked person from the consent records (right to erasure)</source>
        <translation>Effacer la personne reliée du registre des consentements (droit à l&apos;effacement)</translation>
    </message>
    <message>
        <source>Record the withdrawal of the linked person&apos;s consents</source>
        <translation>Enregistrer le retrait des consentements de la personne reliée</translation>
    </message>
    <message>
        <source>Next: erase them from the consent records (Erase the person, in the toolbar).</source>
        <translation>Ensuite : effacez-la du registre des consentements (Effacer la personne, dans la barre d&apos;outils).</translation>
    </message>
    <message>
        <source>Next: record the withdrawal of their consents (Record the withdrawals, in the toolbar).</source>
        <translation>Ensuite : enregistrez le retrait de ses consentements (Enregistrer les retraits, dans la barre d&apos;outils).</translation>
    </message>
    <message>
        <source>Now answer the person, then record the answer (date, outcome, proof).</source>
        <translation>Répondez maintenant à la personne, puis notez la réponse (date, suite donnée, preuve).</translation>
    </message>
    <message>
        <source>Erase the person</source>
        <translation>Effacer la personne</translation>
    </message>
    <message>
        <source>Erase “%1” from the consent records, for request %2?</source>
        <translation>Effacer « %1 » du registre des consentements, pour la demande %2&#xa0;?</translation>
    </message>
    <message>
        <source>• Their name, email, phone and customer reference are removed for good: this cannot be undone.
• An erasure event naming the request is added to the ledger; their past choices stay, linked to nobody, and the ledger still verifies.
• The request keeps the date of the erasure, as proof for your answer.</source>
        <translation>• Son nom, son courriel, son téléphone et sa référence client sont supprimés définitivement : c&apos;est irréversible.
• Un événement d&apos;effacement citant la demande est ajouté au registre ; ses choix passés restent, reliés à personne, et le registre se vérifie toujours.
• La demande garde la date de l&apos;effacement, comme preuve pour votre réponse.</translation>
    </message>
    <message>
        <source>Recorded by:</source>
        <translation>Enregistré par :</translation>
    </message>
    <message>
        <source>Record the withdrawals</source>
        <translation>Enregistrer les retraits</translation>
    </message>
    <message>
        <source>“%1” consents to nothing at the moment: there is nothing to withdraw.</source>
        <translation>« %1 » ne consent à rien en ce moment : il n&apos;y a rien à retirer.</translation>
    </message>
    <message>
        <source>Record that “%1” withdraws their consent to:</source>
        <translation>Enregistrer que « %1 » retire son consentement pour :</translation>
    </message>
    <message>
        <source>One withdrawal event per purpose is added to the ledger, dated now and naming request %1; from then on, the shop may no longer use these consents.</source>
        <translation>Un événement de retrait par finalité est ajouté au registre, daté de maintenant et citant la demande %1 ; dès lors, la boutique ne peut plus se fonder sur ces consentements.</translation>
    </message>
</context>
<context>
    <name>RequestTableModel</name>
    <message>
        <source>Ref.</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De la part de</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Droit</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>(extended)</source>
        <translation>(prolongée)</translation>
    </message>
    <message>
        <source>The extension does not apply: the person was told after the first month.</source>
        <translation>La prolongation ne s&apos;applique pas : la personne a été informée après le premier mois.</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>Rights requests</source>
        <translation>Demandes d&apos;exercice des droits</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>&amp;Nouvelle demande…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Search by name, reference or request (Ctrl+F)</source>
        <translation>Rechercher par nom, référence ou demande (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the requests</source>
        <translation>Rechercher dans les demandes</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>Toutes les demandes</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Due within 7 days</source>
        <translation>Échéance sous 7 jours</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Prolongées</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Répondues</translation>
    </message>
    <message>
        <source>Selected request</source>
        <translation>Demande sélectionnée</translation>
    </message>
    <message>
        <source>Deadline of the selected request</source>
        <translation>Échéance de la demande sélectionnée</translation>
    </message>
    <message>
        <source>No request recorded. When someone asks about their data, log it here the day it arrives: the one-month clock starts then.</source>
        <translation>Aucune demande enregistrée. Quand quelqu&apos;un vous interroge sur ses données, consignez la demande ici le jour de son arrivée : le délai d&apos;un mois part de là.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n demande</numerusform>
            <numerusform>%n demandes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n en cours</numerusform>
            <numerusform>%n en cours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n en retard</numerusform>
            <numerusform>%n en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due within 7 days</source>
        <translation>
            <numerusform>%n à échéance sous 7 jours</numerusform>
            <numerusform>%n à échéance sous 7 jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a request to see it here, or log a new one (Ctrl+Shift+N).</source>
        <translation>Sélectionnez une demande pour la voir ici, ou consignez-en une nouvelle (Ctrl+Maj+N).</translation>
    </message>
    <message>
        <source>Due on %1: %2</source>
        <translation>Échéance le %1 : %2</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Consent records</source>
        <translation>Registre des consentements</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>First month ends</source>
        <translation>Fin du premier mois</translation>
    </message>
    <message>
        <source>Extended to</source>
        <translation>Prolongée jusqu&apos;au</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Prolongation</translation>
    </message>
    <message>
        <source>person told on %1</source>
        <translation>personne informée le %1</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Réponse le</translation>
    </message>
    <message>
        <source>Proof</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>What was asked</source>
        <translation>Ce qui est demandé</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>The extension does not apply: the person was told after the first month.</source>
        <translation>La prolongation ne s&apos;applique pas : la personne a été informée après le premier mois.</translation>
    </message>
    <message>
        <source>To do or complete</source>
        <translation>À faire ou compléter</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>new rights request</source>
        <translation>nouvelle demande d&apos;exercice des droits</translation>
    </message>
    <message>
        <source>edit of request %1</source>
        <translation>modification de la demande %1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n request(s)?</source>
        <translation>
            <numerusform>Supprimer %n demande&#xa0;?</numerusform>
            <numerusform>Supprimer %n demandes&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep answered requests: they show you respect people&apos;s rights. Delete only an entry made by mistake. You can undo this with Ctrl+Z.</source>
        <translation>Gardez les demandes traitées : elles montrent que vous respectez les droits des personnes. Ne supprimez qu&apos;une entrée faite par erreur. Vous pouvez annuler avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>deletion of requests</source>
        <translation>suppression de demandes</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Choose the copy to go back to. The dossier as it is now is backed up first, so this can be undone by restoring that copy.</source>
        <translation>Choisissez la copie à laquelle revenir. Le dossier dans son état actuel est d&apos;abord sauvegardé : vous pourrez revenir en arrière en restaurant cette copie.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
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
        <source>Duration:</source>
        <translation>Durée :</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Unité :</translation>
    </message>
    <message>
        <source>Counted from:</source>
        <translation>À compter de :</translation>
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
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>ScoreDialog</name>
    <message>
        <source>How is the score computed?</source>
        <translation>Comment le score est-il calculé&#xa0;?</translation>
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
        <source>Register</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>The register is empty: 0 points.</source>
        <translation>Le registre est vide : 0 point.</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan d&apos;action</translation>
    </message>
    <message>
        <source>%1 minus %2 per open high-priority action (%3), %4 per medium one (%5) and %6 per low one (%7), never below 0</source>
        <translation>%1 moins %2 par action ouverte de priorité haute (%3), %4 par action moyenne (%5) et %6 par action basse (%7), jamais moins de 0</translation>
    </message>
    <message>
        <source>The register is empty: the action plan counts from the first processing, 0 points.</source>
        <translation>Le registre est vide : le plan d&apos;action compte à partir du premier traitement, 0 point.</translation>
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
        <translation>Ce qu&apos;il signifie : le score mesure à quel point votre documentation est complète et si les manques connus sont traités. Ce n&apos;est pas un avis juridique : un score élevé ne prouve pas la conformité, et la CNIL n&apos;utilise aucun score de ce genre.</translation>
    </message>
    <message>
        <source>Checklist tasks of the six steps done, checked by the dossier or not applicable: %1 of %2, so %3 × %1 / %2</source>
        <translation>Tâches des listes de contrôle des six étapes faites, cochées par le dossier ou sans objet : %1 sur %2, donc %3 × %1 / %2</translation>
    </message>
    <message>
        <source>Processing activities complete in the register (nothing left to complete; archived ones left out): %1 of %2, so %3 × %1 / %2</source>
        <translation>Traitements complets dans le registre (plus rien à compléter ; hors archivés) : %1 sur %2, donc %3 × %1 / %2</translation>
    </message>
</context>
<context>
    <name>ScreenSetupDialog</name>
    <message>
        <source>Customer&apos;s screen</source>
        <translation>Écran du client</translation>
    </message>
    <message>
        <source>The customer reads each text and answers it on this screen, in full screen. Put it on a second screen or a tablet turned to the counter. It shows no other customer&apos;s data and returns to a blank form after each customer or a minute without a touch.</source>
        <translation>Le client lit chaque texte et y répond lui-même sur cet écran, en plein écran. Placez-le sur un second écran ou une tablette tournée vers le comptoir. Il n&apos;affiche les données d&apos;aucun autre client et revient à un formulaire vierge après chaque client ou après une minute sans contact.</translation>
    </message>
    <message>
        <source>Purposes shown</source>
        <translation>Finalités affichées</translation>
    </message>
    <message>
        <source>%1 (no wording: write it first)</source>
        <translation>%1 (pas de texte : rédigez-le d&apos;abord)</translation>
    </message>
    <message>
        <source>&amp;Purposes:</source>
        <translation>&amp;Finalités :</translation>
    </message>
    <message>
        <source>Offer to sign (optional for the customer)</source>
        <translation>Proposer de signer (facultatif pour le client)</translation>
    </message>
    <message>
        <source>&amp;Language to start with:</source>
        <translation>&amp;Langue au départ :</translation>
    </message>
    <message>
        <source>&amp;Screen:</source>
        <translation>É&amp;cran :</translation>
    </message>
    <message>
        <source>Exit code</source>
        <translation>Code de sortie</translation>
    </message>
    <message>
        <source>E&amp;xit code:</source>
        <translation>Code de &amp;sortie :</translation>
    </message>
    <message>
        <source>Only this code lets anyone leave the customer&apos;s screen (Escape asks for it). It is kept in memory only, until the screen is closed.</source>
        <translation>Seul ce code permet de quitter l&apos;écran du client (Échap le demande). Il n&apos;est gardé qu&apos;en mémoire, jusqu&apos;à la fermeture de l&apos;écran.</translation>
    </message>
    <message>
        <source>&amp;Open the screen</source>
        <translation>&amp;Ouvrir l&apos;écran</translation>
    </message>
    <message>
        <source>Choose at least one purpose that has a wording.</source>
        <translation>Choisissez au moins une finalité qui a un texte.</translation>
    </message>
    <message>
        <source>Choose an exit code of at least 4 characters: without it, a customer could leave the screen and reach the ledger.</source>
        <translation>Choisissez un code de sortie d&apos;au moins 4 caractères : sans lui, un client pourrait quitter l&apos;écran et atteindre le registre.</translation>
    </message>
</context>
<context>
    <name>SectorPanel</name>
    <message>
        <source>Give the shop&apos;s &amp;sector…</source>
        <translation>Indiquer le &amp;secteur du commerce…</translation>
    </message>
    <message>
        <source>Give the shop&apos;s sector in the organisation form: the app then suggests the processing that shops like yours usually carry out.</source>
        <translation>Indiquez le secteur du commerce dans la fiche de l&apos;entreprise : l&apos;application suggère alors les traitements que tiennent habituellement les commerces comme le vôtre.</translation>
    </message>
    <message>
        <source>What a shop of this sector (%1) usually carries out.</source>
        <translation>Ce que tient habituellement un commerce de ce secteur (%1).</translation>
    </message>
    <message>
        <source>Your register has them all.</source>
        <translation>Votre registre les a tous.</translation>
    </message>
    <message>
        <source>Start those your register lacks from their template, then adapt them to your shop.</source>
        <translation>Commencez ceux qui manquent à votre registre à partir de leur modèle, puis adaptez-les à votre commerce.</translation>
    </message>
    <message>
        <source>Not in your register</source>
        <translation>Absent de votre registre</translation>
    </message>
    <message>
        <source>In your register (archived)</source>
        <translation>Dans votre registre (archivé)</translation>
    </message>
    <message>
        <source>✓ In your register</source>
        <translation>✓ Dans votre registre</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Add again…</source>
        <translation>Ajouter encore…</translation>
    </message>
    <message>
        <source>Add “%1” from its template</source>
        <translation>Ajouter « %1 » à partir de son modèle</translation>
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
        <translation>L&apos;assistant RGPD des petits commerces</translation>
    </message>
    <message>
        <source>This app keeps your register of processing activities and your customers&apos; consents in one file on this computer, guides you through the six steps of the French data-protection authority (CNIL), and prints the documents an inspector or your accountant will ask for.</source>
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
    <name>StepPage</name>
    <message>
        <source>Step %1 — %2</source>
        <translation>Étape %1 — %2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
    <message>
        <source>Progress of the step</source>
        <translation>Avancement de l&apos;étape</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan d&apos;action</translation>
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
    <message>
        <source>Why it matters</source>
        <translation>Pourquoi c&apos;est important</translation>
    </message>
    <message>
        <source>Do the &amp;next task</source>
        <translation>Faire la tâche &amp;suivante</translation>
    </message>
    <message>
        <source>Usual for your sector</source>
        <translation>Habituel dans votre secteur</translation>
    </message>
    <message>
        <source>Every task of this step is settled. Keep them up to date when the shop changes.</source>
        <translation>Toutes les tâches de cette étape sont réglées. Tenez-les à jour quand le commerce change.</translation>
    </message>
    <message>
        <source>Go to step %1</source>
        <translation>Passer à l&apos;étape %1</translation>
    </message>
    <message>
        <source>Fill it in below</source>
        <translation>Remplir ci-dessous</translation>
    </message>
    <message>
        <source>Show it below</source>
        <translation>Voir ci-dessous</translation>
    </message>
    <message>
        <source>Go to: %1</source>
        <translation>Aller à : %1</translation>
    </message>
    <message>
        <source>Mark as done…</source>
        <translation>Marquer faite…</translation>
    </message>
    <message>
        <source>Show it in the checklist</source>
        <translation>Voir dans la liste de contrôle</translation>
    </message>
    <message>
        <source>The pilot and DPO form of step 1 (not saved: %1)</source>
        <translation>Le formulaire du pilote et du DPO de l&apos;étape 1 (non enregistré : %1)</translation>
    </message>
</context>
<context>
    <name>SubjectPicker</name>
    <message>
        <source>Person in the consent records</source>
        <translation>Personne dans le registre des consentements</translation>
    </message>
    <message>
        <source>Find the person the request is about: type part of their name, email, phone or customer reference.</source>
        <translation>Trouvez la personne concernée par la demande : tapez une partie de son nom, de son courriel, de son téléphone ou de sa référence client.</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Rechercher des personnes</translation>
    </message>
    <message>
        <source>Name, email, phone or customer reference</source>
        <translation>Nom, courriel, téléphone ou référence client</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>Personnes trouvées</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Relier</translation>
    </message>
    <message>
        <source>&amp;Remove the link</source>
        <translation>&amp;Supprimer le lien</translation>
    </message>
    <message>
        <source>Type to search.</source>
        <translation>Tapez pour rechercher.</translation>
    </message>
    <message>
        <source>first %1 matches: type more</source>
        <translation>%1 premiers résultats : précisez</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) found</source>
        <translation>
            <numerusform>%n personne trouvée</numerusform>
            <numerusform>%n personnes trouvées</numerusform>
        </translation>
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
        <source>(erased person)</source>
        <translation>(personne effacée)</translation>
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
        <translation>Pa&amp;r :</translation>
    </message>
    <message>
        <source>Cannot save yet</source>
        <translation>Enregistrement impossible pour l&apos;instant</translation>
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
    <message>
        <source>Legal basis</source>
        <translation>Base légale</translation>
    </message>
    <message>
        <source>from</source>
        <translation>à compter de</translation>
    </message>
    <message>
        <source>Data and retention</source>
        <translation>Données et durées de conservation</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Usual for your sector (%1)</source>
        <translation>Habituels dans votre secteur (%1)</translation>
    </message>
    <message>
        <source>Other templates</source>
        <translation>Autres modèles</translation>
    </message>
    <message>
        <source> (in your register)</source>
        <translation> (dans votre registre)</translation>
    </message>
    <message>
        <source>Usual for your sector</source>
        <translation>Habituel dans votre secteur</translation>
    </message>
</context>
<context>
    <name>TillDialog</name>
    <message>
        <source>Record a paper form</source>
        <translation>Enregistrer un formulaire papier</translation>
    </message>
    <message>
        <source>New customer at the till</source>
        <translation>Nouveau client au comptoir</translation>
    </message>
    <message>
        <source>Form number</source>
        <translation>Numéro du formulaire</translation>
    </message>
    <message>
        <source>Date written on the form</source>
        <translation>Date écrite sur le formulaire</translation>
    </message>
    <message>
        <source>Form &amp;no.:</source>
        <translation>Formulaire &amp;n° :</translation>
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
        <source>N&amp;ame:</source>
        <translation>N&amp;om :</translation>
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
        <source>&amp;Email, phone:</source>
        <translation>&amp;Courriel, téléphone :</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Choix</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>e.g. till receipt no. 4512</source>
        <translation>par ex. ticket de caisse n° 4512</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Preuve :</translation>
    </message>
    <message>
        <source>Fo&amp;rm no.:</source>
        <translation>N° de &amp;formulaire :</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>Ca&amp;nal :</translation>
    </message>
    <message>
        <source>&amp;Date on the form:</source>
        <translation>&amp;Date du formulaire :</translation>
    </message>
    <message>
        <source>Keys: Y or O yes · N no · Delete not asked · Tab next · Enter saves · Ctrl+Enter saves and starts the next customer</source>
        <translation>Touches : O ou Y oui · N non · Suppr pas demandé · Tab suivant · Entrée enregistre · Ctrl+Entrée enregistre et passe au client suivant</translation>
    </message>
    <message>
        <source>Save and ne&amp;xt</source>
        <translation>Enregistrer et &amp;suivant</translation>
    </message>
    <message>
        <source>Write the wording…</source>
        <translation>Rédiger le texte…</translation>
    </message>
    <message>
        <source>Write the wording of %1</source>
        <translation>Rédiger le texte de %1</translation>
    </message>
    <message>
        <source>No purpose to record.</source>
        <translation>Aucune finalité à enregistrer.</translation>
    </message>
    <message>
        <source>no wording</source>
        <translation>pas de texte</translation>
    </message>
    <message>
        <source>Type the number printed on the form.</source>
        <translation>Tapez le numéro imprimé sur le formulaire.</translation>
    </message>
    <message numerus="yes">
        <source>Form printed on %1 with %n purpose(s).</source>
        <translation>
            <numerusform>Formulaire imprimé le %1 avec %n finalité.</numerusform>
            <numerusform>Formulaire imprimé le %1 avec %n finalités.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Already recorded on %1 (%n choice(s)): check that this is not the same form.</source>
        <translation>
            <numerusform>Déjà enregistré le %1 (%n choix) : vérifiez qu&apos;il ne s&apos;agit pas du même formulaire.</numerusform>
            <numerusform>Déjà enregistré le %1 (%n choix) : vérifiez qu&apos;il ne s&apos;agit pas du même formulaire.</numerusform>
        </translation>
    </message>
    <message>
        <source>Form no. %1 was never printed: no numbered form has been printed from this dossier yet (Documents).</source>
        <translation>Le formulaire n° %1 n&apos;a jamais été imprimé : aucun formulaire numéroté n&apos;a encore été imprimé depuis ce dossier (Documents).</translation>
    </message>
    <message>
        <source>Form no. %1 was never printed from this dossier (printed: %2).</source>
        <translation>Le formulaire n° %1 n&apos;a jamais été imprimé depuis ce dossier (imprimés : %2).</translation>
    </message>
    <message>
        <source>The wordings printed on form no. %1 are the ones recorded.</source>
        <translation>Ce sont les textes imprimés sur le formulaire n° %1 qui sont enregistrés.</translation>
    </message>
    <message numerus="yes">
        <source>Already recorded (%n choice(s)): check that this is not the same form.</source>
        <translation>
            <numerusform>Déjà enregistré (%n choix) : vérifiez qu&apos;il ne s&apos;agit pas du même formulaire.</numerusform>
            <numerusform>Déjà enregistré (%n choix) : vérifiez qu&apos;il ne s&apos;agit pas du même formulaire.</numerusform>
        </translation>
    </message>
    <message>
        <source>New customer.</source>
        <translation>Nouveau client.</translation>
    </message>
    <message>
        <source>Already in the ledger: %1. The choices are added to their record.</source>
        <translation>Déjà au registre : %1. Les choix s&apos;ajoutent à sa fiche.</translation>
    </message>
    <message>
        <source>paper form no. %1</source>
        <translation>formulaire papier n° %1</translation>
    </message>
    <message>
        <source>form no. %1</source>
        <translation>formulaire n° %1</translation>
    </message>
    <message>
        <source>Form no. %1 was already recorded. Record it again (a second form with the same number, or a customer&apos;s new choice)?</source>
        <translation>Le formulaire n° %1 est déjà enregistré. L&apos;enregistrer de nouveau (un second formulaire du même numéro, ou un nouveau choix du client)&#xa0;?</translation>
    </message>
</context>
<context>
    <name>Typography</name>
    <message>
        <source>%1:</source>
        <translation>%1 :</translation>
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
<context>
    <name>WebsiteCheckDialog</name>
    <message>
        <source>Check my website</source>
        <translation>Vérifier mon site web</translation>
    </message>
    <message>
        <source>The app reads your site&apos;s home page and a few pages it links to, as a visitor&apos;s browser would before accepting anything: the cookies it sets, the trackers it loads, the consent banner, the forms and the legal pages. Only your site&apos;s pages are read (robots.txt is respected); nothing about your customers leaves this computer.</source>
        <translation>L&apos;application lit la page d&apos;accueil de votre site et quelques pages vers lesquelles elle renvoie, comme le navigateur d&apos;un visiteur avant qu&apos;il accepte quoi que ce soit : les cookies déposés, les traceurs chargés, le bandeau de consentement, les formulaires et les pages légales. Seules les pages de votre site sont lues (le fichier robots.txt est respecté) ; rien sur vos clients ne quitte cet ordinateur.</translation>
    </message>
    <message>
        <source>www.your-shop.fr</source>
        <translation>www.votre-boutique.fr</translation>
    </message>
    <message>
        <source>Address of the site</source>
        <translation>Adresse du site</translation>
    </message>
    <message>
        <source>Linked pages to read</source>
        <translation>Pages liées à lire</translation>
    </message>
    <message>
        <source>Pages of the same site read besides the first one</source>
        <translation>Pages du même site lues en plus de la première</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Site &amp;address:</source>
        <translation>&amp;Adresse du site :</translation>
    </message>
    <message>
        <source>Linked &amp;pages to read:</source>
        <translation>&amp;Pages liées à lire :</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>What the finding means and its source</source>
        <translation>Ce que veut dire le constat, et sa source</translation>
    </message>
    <message>
        <source>Add to the &amp;register</source>
        <translation>Ajouter au &amp;registre</translation>
    </message>
    <message>
        <source>Add (or complete) the processing &quot;Website: audience measurement / cookies&quot;, with the trackers as recipients and their transfers outside the EEA</source>
        <translation>Ajouter (ou compléter) le traitement « Site web : mesure d&apos;audience / cookies », avec les traceurs comme destinataires et leurs transferts hors de l&apos;EEE</translation>
    </message>
    <message>
        <source>&amp;Save the report…</source>
        <translation>&amp;Enregistrer le rapport…</translation>
    </message>
    <message>
        <source>Checking the website…</source>
        <translation>Vérification du site web…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>Action : %1</translation>
    </message>
    <message>
        <source>Pages: %1</source>
        <translation>Pages : %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
    <message>
        <source>The site was not checked.</source>
        <translation>Le site n&apos;a pas été vérifié.</translation>
    </message>
    <message>
        <source>Check cancelled; nothing was added to the dossier.</source>
        <translation>Vérification interrompue ; rien n&apos;a été ajouté au dossier.</translation>
    </message>
    <message>
        <source>website check</source>
        <translation>vérification du site web</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) added to the action plan (step 3).</source>
        <translation>
            <numerusform>%n action ajoutée au plan d&apos;action (étape 3).</numerusform>
            <numerusform>%n actions ajoutées au plan d&apos;action (étape 3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already open in the plan, not added twice.</source>
        <translation>
            <numerusform>%n déjà ouverte dans le plan, pas ajoutée deux fois.</numerusform>
            <numerusform>%n déjà ouvertes dans le plan, pas ajoutées deux fois.</numerusform>
        </translation>
    </message>
    <message>
        <source>website processing</source>
        <translation>traitement du site web</translation>
    </message>
    <message>
        <source>Added to the register: %1</source>
        <translation>Ajouté au registre : %1</translation>
    </message>
    <message>
        <source>Completed in the register: %1</source>
        <translation>Complété dans le registre : %1</translation>
    </message>
    <message>
        <source>website-check</source>
        <translation>verification-site-web</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Écriture du rapport…</translation>
    </message>
    <message>
        <source>Report written: %1</source>
        <translation>Rapport écrit : %1</translation>
    </message>
    <message>
        <source>The report is written:
%1

Open it now?</source>
        <translation>Le rapport est écrit :
%1

L&apos;ouvrir maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>The report was not written.</source>
        <translation>Le rapport n&apos;a pas été écrit.</translation>
    </message>
    <message>
        <source>Report cancelled; no file was written.</source>
        <translation>Rapport interrompu ; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>A&amp;dd the actions to the plan</source>
        <translation>A&amp;jouter les actions au plan</translation>
    </message>
    <message>
        <source>Pages read: %1 of %2, on %3 (UTC). Actions to plan: %4. Notes: %5.</source>
        <translation>Pages lues : %1 de %2, le %3 (UTC). Actions à prévoir : %4. Remarques : %5.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Welcome to the GDPR assistant</source>
        <translation>Bienvenue dans l&apos;assistant RGPD</translation>
    </message>
    <message>
        <source>This app keeps your shop&apos;s register of processing activities and your customers&apos; consents in one file on this computer. It guides you through the six steps of the French data-protection authority (CNIL), telling you each time what to do next. It prints the documents an inspector or your accountant will ask for.</source>
        <translation>Cette application tient le registre des traitements de votre commerce et les consentements de vos clients dans un seul fichier sur cet ordinateur. Elle vous guide à travers les six étapes de la CNIL en vous disant à chaque fois quoi faire ensuite. Elle imprime les documents que demandera un contrôleur ou votre expert-comptable.</translation>
    </message>
    <message>
        <source>Your dossiers are kept in %1 unless you choose another place; automatic backups go to %2. Keep a copy elsewhere too (File › Save a backup copy).</source>
        <translation>Vos dossiers sont enregistrés dans %1, sauf si vous choisissez un autre emplacement ; les sauvegardes automatiques vont dans %2. Gardez aussi une copie ailleurs (Fichier › Enregistrer une copie de sauvegarde).</translation>
    </message>
    <message>
        <source>The app helps you organise your compliance; it is not legal advice. Every rule it applies names its source so you can check it.</source>
        <translation>L&apos;application vous aide à organiser votre conformité ; ce n&apos;est pas un conseil juridique. Chaque règle qu&apos;elle applique cite sa source pour que vous puissiez la vérifier.</translation>
    </message>
    <message>
        <source>&amp;Try the demo dossier</source>
        <translation>&amp;Essayer le dossier de démonstration</translation>
    </message>
    <message>
        <source>&amp;Create my shop&apos;s dossier…</source>
        <translation>&amp;Créer le dossier de mon commerce…</translation>
    </message>
    <message>
        <source>&amp;Open a dossier…</source>
        <translation>&amp;Ouvrir un dossier…</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Plus &amp;tard</translation>
    </message>
    <message>
        <source>Open a &amp;folder of dossiers…</source>
        <translation>Ouvrir un &amp;répertoire de dossiers…</translation>
    </message>
    <message>
        <source>For an accountant or an adviser: every client&apos;s dossier of a folder in one table</source>
        <translation>Pour un expert-comptable ou un conseil : tous les dossiers clients d&apos;un répertoire dans un seul tableau</translation>
    </message>
</context>
<context>
    <name>WordingEditor</name>
    <message>
        <source>Wording for “%1”</source>
        <translation>Texte pour « %1 »</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
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
        <source>&amp;Text people read:</source>
        <translation>&amp;Texte que lisent les personnes :</translation>
    </message>
    <message>
        <source>Text people read</source>
        <translation>Texte que lisent les personnes</translation>
    </message>
    <message>
        <source>&amp;Draft it again from the dossier</source>
        <translation>&amp;Rédiger de nouveau depuis le dossier</translation>
    </message>
    <message>
        <source>Preview, as the customer reads it</source>
        <translation>Aperçu, tel que le client le lit</translation>
    </message>
    <message>
        <source>Once saved, a wording is kept word for word with its SHA-256 and never changed: a new text is a new version. Forms already printed keep the version printed on them.</source>
        <translation>Une fois enregistré, un texte est gardé mot pour mot avec son empreinte SHA-256 et n&apos;est jamais modifié : un nouveau texte est une nouvelle version. Les formulaires déjà imprimés gardent la version imprimée dessus.</translation>
    </message>
</context>
<context>
    <name>Wordings</name>
    <message>
        <source>The organisation has no name yet: the text says “the shop” (Edit › Organisation).</source>
        <translation>L&apos;entreprise n&apos;a pas encore de nom : le texte dit « la boutique » (Édition › Entreprise).</translation>
    </message>
    <message>
        <source>No retention period is known for this purpose: the text says nothing about it (set one in the register).</source>
        <translation>Aucune durée de conservation n&apos;est connue pour cette finalité : le texte n&apos;en dit rien (indiquez-la au registre).</translation>
    </message>
    <message>
        <source>The purpose belongs to no processing of the register: the retention stated is the usual one for this kind of purpose.</source>
        <translation>La finalité ne se rattache à aucun traitement du registre : la durée de conservation indiquée est celle d&apos;usage pour ce genre de finalité.</translation>
    </message>
    <message>
        <source>The organisation has no email, phone or address: people are told to ask in the shop (Edit › Organisation).</source>
        <translation>L&apos;entreprise n&apos;a ni courriel, ni téléphone, ni adresse : le texte invite à demander en boutique (Édition › Entreprise).</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>New wording</source>
        <translation>Nouveau texte</translation>
    </message>
</context>
<context>
    <name>WordingsDialog</name>
    <message>
        <source>Purposes and wordings</source>
        <translation>Finalités et textes</translation>
    </message>
    <message>
        <source>&amp;Write them from the dossier…</source>
        <translation>&amp;Les rédiger depuis le dossier…</translation>
    </message>
    <message>
        <source>Add the &amp;phone canvassing purpose</source>
        <translation>Ajouter la finalité démarchage &amp;téléphonique</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Finalités</translation>
    </message>
    <message>
        <source>Wordings of the purpose</source>
        <translation>Textes de la finalité</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>In effect from</source>
        <translation>En vigueur depuis</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Preview, as the customer reads it</source>
        <translation>Aperçu, tel que le client le lit</translation>
    </message>
    <message>
        <source>New &amp;wording…</source>
        <translation>Nouveau &amp;texte…</translation>
    </message>
    <message>
        <source>New &amp;purpose…</source>
        <translation>Nouvelle &amp;finalité…</translation>
    </message>
    <message>
        <source>&amp;Edit the purpose…</source>
        <translation>&amp;Modifier la finalité…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>%1 — no wording</source>
        <translation>%1 — sans texte</translation>
    </message>
    <message numerus="yes">
        <source>%n purpose(s) have no wording yet: a consent to them would prove nothing. The app can write them from the dossier, in French and English.</source>
        <translation>
            <numerusform>%n finalité n&apos;a pas encore de texte : un consentement à elle ne prouverait rien. L&apos;application peut le rédiger depuis le dossier, en français et en anglais.</numerusform>
            <numerusform>%n finalités n&apos;ont pas encore de texte : un consentement à elles ne prouverait rien. L&apos;application peut les rédiger depuis le dossier, en français et en anglais.</numerusform>
        </translation>
    </message>
    <message>
        <source>Since 11 August 2026, canvassing consumers by phone needs their prior consent (Consumer Code L223-1): add the purpose to record it.</source>
        <translation>Depuis le 11 août 2026, démarcher des consommateurs par téléphone demande leur consentement préalable (Code de la consommation, art. L223-1) : ajoutez la finalité pour l&apos;enregistrer.</translation>
    </message>
    <message>
        <source>Every purpose has its wording.</source>
        <translation>Chaque finalité a son texte.</translation>
    </message>
    <message>
        <source>not linked to a processing</source>
        <translation>rattachée à aucun traitement</translation>
    </message>
    <message>
        <source>%1 (code %2) · %3</source>
        <translation>%1 (code %2) · %3</translation>
    </message>
    <message>
        <source>No wording yet: without the text people read, a consent proves nothing. Write one with New wording (drafted from the dossier).</source>
        <translation>Pas encore de texte : sans le texte que lisent les personnes, un consentement ne prouve rien. Rédigez-le avec Nouveau texte (proposé depuis le dossier).</translation>
    </message>
    <message>
        <source>Write the missing wordings</source>
        <translation>Rédiger les textes manquants</translation>
    </message>
    <message>
        <source>Keep these wordings, in French and English, in effect from today? You can write a new version of any of them later.</source>
        <translation>Garder ces textes, en français et en anglais, en vigueur dès aujourd&apos;hui&#xa0;? Vous pourrez rédiger plus tard une nouvelle version de chacun.</translation>
    </message>
    <message>
        <source>Add the phone canvassing purpose</source>
        <translation>Ajouter la finalité démarchage téléphonique</translation>
    </message>
    <message>
        <source>new purpose</source>
        <translation>nouvelle finalité</translation>
    </message>
    <message>
        <source>New purpose</source>
        <translation>Nouvelle finalité</translation>
    </message>
    <message>
        <source>Consent purpose</source>
        <translation>Finalité de consentement</translation>
    </message>
    <message>
        <source>edit of a purpose</source>
        <translation>modification d&apos;une finalité</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Verify against a printed head</source>
        <translation>Vérifier avec une tête imprimée</translation>
    </message>
    <message>
        <source>Chain head printed on a PDF or an export of this dossier (at least its first 16 characters):</source>
        <translation>Tête de chaîne imprimée sur un PDF ou un export de ce dossier (au moins ses 16 premiers caractères) :</translation>
    </message>
    <message>
        <source>“%1” is not a chain head: it is written with 16 to 64 characters among 0–9 and a–f.</source>
        <translation>« %1 » n&apos;est pas une tête de chaîne : elle s&apos;écrit avec 16 à 64 caractères parmi 0–9 et a–f.</translation>
    </message>
</context>
</TS>
