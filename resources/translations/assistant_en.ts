<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ActionPlanPanel</name>
    <message numerus="yes">
        <source>Open actions: %n — </source>
        <translation>
            <numerusform>Open action: %n — </numerusform>
            <numerusform>Open actions: %n — </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message numerus="yes">
        <source>%n gap(s) in the register, shown in the letter as [to complete]: %1</source>
        <translation>
            <numerusform>%n gap in the register, shown in the letter as [to complete]: %1</numerusform>
            <numerusform>%n gaps in the register, shown in the letter as [to complete]: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) to complete, shown in the letter as [to complete]: %1</source>
        <translation>
            <numerusform>%n point to complete, shown in the letter as [to complete]: %1</numerusform>
            <numerusform>%n points to complete, shown in the letter as [to complete]: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupContentsText</name>
    <message numerus="yes">
        <source>%n processing activities</source>
        <translation>
            <numerusform>%n processing activity</numerusform>
            <numerusform>%n processing activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people in the consent ledger</source>
        <translation>
            <numerusform>%n person in the consent ledger</numerusform>
            <numerusform>%n people in the consent ledger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent events</source>
        <translation>
            <numerusform>%n consent event</numerusform>
            <numerusform>%n consent events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchExportDialog</name>
    <message numerus="yes">
        <source>One PDF per dossier (%n dossier(s)), named after its file: Shop.rgpd gives Shop.pdf. A dossier that cannot be read is named in the report at the end; the others are exported.</source>
        <translation>
            <numerusform>One PDF for the %n dossier, named after its file: Shop.rgpd gives Shop.pdf. A dossier that cannot be read is named in the report at the end.</numerusform>
            <numerusform>One PDF per dossier (%n dossiers), named after its file: Shop.rgpd gives Shop.pdf. A dossier that cannot be read is named in the report at the end; the others are exported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BreachesPage</name>
    <message numerus="yes">
        <source>%n breach(es) in the register</source>
        <translation>
            <numerusform>%n breach in the register</numerusform>
            <numerusform>%n breaches in the register</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notification(s) overdue</source>
        <translation>
            <numerusform>%n notification overdue</numerusform>
            <numerusform>%n notifications overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clock(s) running, the next ends in %1</source>
        <translation>
            <numerusform>%n clock running, it ends in %1</numerusform>
            <numerusform>%n clocks running, the next ends in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breach(es) with people still to tell</source>
        <translation>
            <numerusform>%n breach with people still to tell</numerusform>
            <numerusform>%n breaches with people still to tell</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n breach(es) from the register?</source>
        <translation>
            <numerusform>Delete %n breach from the register?</numerusform>
            <numerusform>Delete %n breaches from the register?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClockWords</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Answered %n day(s) late</source>
        <translation>
            <numerusform>Answered %n day late</numerusform>
            <numerusform>Answered %n days late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsentImportDialog</name>
    <message numerus="yes">
        <source>%n line(s) after the header · %1 · values separated by %2</source>
        <translation>
            <numerusform>%n line after the header · %1 · values separated by %2</numerusform>
            <numerusform>%n lines after the header · %1 · values separated by %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsentTransfer</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsentsPage</name>
    <message numerus="yes">
        <source>%n choice(s) recorded</source>
        <translation>
            <numerusform>%n choice recorded</numerusform>
            <numerusform>%n choices recorded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n consent(s) were recorded without the wording shown (imported from a source that had none, or typed in before a wording was required): they prove less than the others; the action plan lists them.</source>
        <translation>
            <numerusform>⚠ %n consent was recorded without the wording shown (imported from a source that had none, or typed in before a wording was required): it proves less than the others; the action plan lists it.</numerusform>
            <numerusform>⚠ %n consents were recorded without the wording shown (imported from a source that had none, or typed in before a wording was required): they prove less than the others; the action plan lists them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n purpose(s) have no wording: a consent to them could not be recorded. The app can write them from the dossier (Consents › Purposes and wordings).</source>
        <translation>
            <numerusform>%n purpose has no wording: a consent to it could not be recorded. The app can write it from the dossier (Consents › Purposes and wordings).</numerusform>
            <numerusform>%n purposes have no wording: a consent to them could not be recorded. The app can write them from the dossier (Consents › Purposes and wordings).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeskActions</name>
    <message numerus="yes">
        <source>%n PDF(s) written</source>
        <translation>
            <numerusform>%n PDF written</numerusform>
            <numerusform>%n PDFs written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged (same contents)</source>
        <translation>
            <numerusform>%n unchanged (same contents)</numerusform>
            <numerusform>%n unchanged (same contents)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left as they were: a PDF with other contents is already there</source>
        <translation>
            <numerusform>%n left as it was: a PDF with other contents is already there</numerusform>
            <numerusform>%n left as they were: a PDF with other contents is already there</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) could not be exported</source>
        <translation>
            <numerusform>%n dossier could not be exported</numerusform>
            <numerusform>%n dossiers could not be exported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) sound</source>
        <translation>
            <numerusform>%n dossier sound</numerusform>
            <numerusform>%n dossiers sound</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with problems or unreadable</source>
        <translation>
            <numerusform>%n with problems or unreadable</numerusform>
            <numerusform>%n with problems or unreadable</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Folder for the letters (%n client(s))</source>
        <translation>
            <numerusform>Folder for the letter (%n client)</numerusform>
            <numerusform>Folder for the letters (%n clients)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) already have a letter of today in this folder. Replace them?</source>
        <translation>
            <numerusform>%n client already has a letter of today in this folder. Replace it?</numerusform>
            <numerusform>%n clients already have a letter of today in this folder. Replace them?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) written, each as PDF and as a Word document to edit</source>
        <translation>
            <numerusform>%n letter written, as PDF and as a Word document to edit</numerusform>
            <numerusform>%n letters written, each as PDF and as a Word document to edit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deadline(s) written. Import the file in Outlook or Thunderbird; importing a newer one updates the same events.</source>
        <translation>
            <numerusform>%n deadline written. Import the file in Outlook or Thunderbird; importing a newer one updates the same event.</numerusform>
            <numerusform>%n deadlines written. Import the file in Outlook or Thunderbird; importing a newer one updates the same events.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) marked as reminded today</source>
        <translation>
            <numerusform>%n client marked as reminded today</numerusform>
            <numerusform>%n clients marked as reminded today</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DpiaDialog</name>
    <message numerus="yes">
        <source>A DPIA is in principle required: %n criteria met (%1 or more call for one).</source>
        <translation>
            <numerusform>A DPIA is in principle required: %n criterion met (%1 or more call for one).</numerusform>
            <numerusform>A DPIA is in principle required: %n criteria met (%1 or more call for one).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No DPIA is required in principle: %n criteria met (fewer than %1).</source>
        <translation>
            <numerusform>No DPIA is required in principle: %n criterion met (fewer than %1).</numerusform>
            <numerusform>No DPIA is required in principle: %n criteria met (fewer than %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DpiaTableModel</name>
    <message numerus="yes">
        <source>DPIA required (%n criteria)</source>
        <translation>
            <numerusform>DPIA required (%n criterion)</numerusform>
            <numerusform>DPIA required (%n criteria)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not required in principle (%n criteria)</source>
        <translation>
            <numerusform>Not required in principle (%n criterion)</numerusform>
            <numerusform>Not required in principle (%n criteria)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErasureReachWords</name>
    <message numerus="yes">
        <source>%n unsaved editor draft(s) naming them were removed too.</source>
        <translation>
            <numerusform>%n unsaved editor draft naming them was removed too.</numerusform>
            <numerusform>%n unsaved editor drafts naming them were removed too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n temporary file(s) an interrupted write left beside the dossier were removed too.</source>
        <translation>
            <numerusform>%n temporary file an interrupted write left beside the dossier was removed too.</numerusform>
            <numerusform>%n temporary files an interrupted write left beside the dossier were removed too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It remains in the %n automatic backup(s) taken before now, until they are replaced by newer ones:</source>
        <translation>
            <numerusform>It remains in the automatic backup taken before now, until it is replaced by a newer one:</numerusform>
            <numerusform>It remains in the %n automatic backups taken before now, until they are replaced by newer ones:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message numerus="yes">
        <source>Your firm&apos;s notes about %n client(s): what you fill in here replaces their notes.</source>
        <translation>
            <numerusform>Your firm&apos;s notes about %n client: what you fill in here replaces their notes.</numerusform>
            <numerusform>Your firm&apos;s notes about %n clients: what you fill in here replaces their notes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoticesPage</name>
    <message numerus="yes">
        <source>%n item(s) missing from the register:</source>
        <translation>
            <numerusform>%n item missing from the register:</numerusform>
            <numerusform>%n items missing from the register:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message numerus="yes">
        <source>%n of %1 tasks settled</source>
        <translation>
            <numerusform>%n of %1 tasks settled</numerusform>
            <numerusform>%n of %1 tasks settled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n postponed.</source>
        <translation>
            <numerusform>%n postponed.</numerusform>
            <numerusform>%n postponed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n processing activities</source>
        <translation>
            <numerusform>%n processing activity</numerusform>
            <numerusform>%n processing activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them still has points to complete (%1 in all).</source>
        <translation>
            <numerusform>%n of them still has points to complete (%1 in all).</numerusform>
            <numerusform>%n of them still have points to complete (%1 in all).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortfolioModel</name>
    <message numerus="yes">
        <source>%n late</source>
        <translation>
            <numerusform>%n late</numerusform>
            <numerusform>%n late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s), %1</source>
        <translation>
            <numerusform>%n problem, %1</numerusform>
            <numerusform>%n problems, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 late of %n open request(s)</source>
        <translation>
            <numerusform>%1 late of %n open request</numerusform>
            <numerusform>%1 late of %n open requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortfolioWindow</name>
    <message numerus="yes">
        <source> (%n selected)</source>
        <translation>
            <numerusform> (%n selected)</numerusform>
            <numerusform> (%n selected)</numerusform>
        </translation>
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
            <numerusform>%n needs attention</numerusform>
            <numerusform>%n need attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cannot be read</source>
        <translation>
            <numerusform>%n cannot be read</numerusform>
            <numerusform>%n cannot be read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n never verified</source>
        <translation>
            <numerusform>%n never verified</numerusform>
            <numerusform>%n never verified</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n share a SIRET</source>
        <translation>
            <numerusform>%n shares a SIRET</numerusform>
            <numerusform>%n share a SIRET</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>reading stopped: %n not read</source>
        <translation>
            <numerusform>reading stopped: %n not read</numerusform>
            <numerusform>reading stopped: %n not read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n shown</numerusform>
            <numerusform>%n shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProcessingTableModel</name>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProcessorTableModel</name>
    <message numerus="yes">
        <source>%n processing activities</source>
        <translation>
            <numerusform>%n processing activity</numerusform>
            <numerusform>%n processing activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1/%2: %n missing</source>
        <translation>
            <numerusform>%1/%2: %n missing</numerusform>
            <numerusform>%1/%2: %n missing</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProcessorsPage</name>
    <message numerus="yes">
        <source>%n processor(s)</source>
        <translation>
            <numerusform>%n processor</numerusform>
            <numerusform>%n processors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with gaps in the contract</source>
        <translation>
            <numerusform>%n with gaps in the contract</numerusform>
            <numerusform>%n with gaps in the contract</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message numerus="yes">
        <source>Delete %n processing activities?</source>
        <translation>
            <numerusform>Delete %n processing activity?</numerusform>
            <numerusform>Delete %n processing activities?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestLedgerActions</name>
    <message numerus="yes">
        <source>%n withdrawal(s) of consent recorded on %1.</source>
        <translation>
            <numerusform>%n withdrawal of consent recorded on %1.</numerusform>
            <numerusform>%n withdrawals of consent recorded on %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due within 7 days</source>
        <translation>
            <numerusform>%n due within 7 days</numerusform>
            <numerusform>%n due within 7 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n request(s)?</source>
        <translation>
            <numerusform>Delete %n request?</numerusform>
            <numerusform>Delete %n requests?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message numerus="yes">
        <source>%n of %1 tasks settled</source>
        <translation>
            <numerusform>%n of %1 tasks settled</numerusform>
            <numerusform>%n of %1 tasks settled</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubjectPicker</name>
    <message numerus="yes">
        <source>%n person(s) found</source>
        <translation>
            <numerusform>%n person found</numerusform>
            <numerusform>%n people found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TillDialog</name>
    <message numerus="yes">
        <source>Already recorded (%n choice(s)): check that this is not the same form.</source>
        <translation>
            <numerusform>Already recorded (%n choice): check that this is not the same form.</numerusform>
            <numerusform>Already recorded (%n choices): check that this is not the same form.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Form printed on %1 with %n purpose(s).</source>
        <translation>
            <numerusform>Form printed on %1 with %n purpose.</numerusform>
            <numerusform>Form printed on %1 with %n purposes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Already recorded on %1 (%n choice(s)): check that this is not the same form.</source>
        <translation>
            <numerusform>Already recorded on %1 (%n choice): check that this is not the same form.</numerusform>
            <numerusform>Already recorded on %1 (%n choices): check that this is not the same form.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WebsiteCheckDialog</name>
    <message numerus="yes">
        <source>%n action(s) added to the action plan (step 3).</source>
        <translation>
            <numerusform>%n action added to the action plan (step 3).</numerusform>
            <numerusform>%n actions added to the action plan (step 3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already open in the plan, not added twice.</source>
        <translation>
            <numerusform>%n already open in the plan, not added twice.</numerusform>
            <numerusform>%n already open in the plan, not added twice.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WordingsDialog</name>
    <message numerus="yes">
        <source>%n purpose(s) have no wording yet: a consent to them would prove nothing. The app can write them from the dossier, in French and English.</source>
        <translation>
            <numerusform>%n purpose has no wording yet: a consent to it would prove nothing. The app can write it from the dossier, in French and English.</numerusform>
            <numerusform>%n purposes have no wording yet: a consent to them would prove nothing. The app can write them from the dossier, in French and English.</numerusform>
        </translation>
    </message>
</context>
</TS>
