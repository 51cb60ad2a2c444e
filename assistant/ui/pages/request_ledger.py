"""What the Requests page does in the consent records: tie a request to its person (search as
on the Consents page), erase that person for an erasure request (GDPR Art. 17) or record the
withdrawal of their consents for a withdrawal request (Art. 7(3)), each after a confirmation
that says what will happen, and show on the request what was done.

The work is the store's (:class:`~assistant.store.request_link_repo.RequestLinkRepository`);
this only asks and shows."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QInputDialog, QLineEdit, QMessageBox

from assistant.domain.request_link import IDENTITY_SETTLED, WITHDRAWING, RequestLink
from assistant.domain.rights_request import Right, RightsRequest
from assistant.store.dossier import Dossier
from assistant.ui.changes import Area
from assistant.ui.dialogs.subject_picker import SubjectPicker
from assistant.ui.models.processing_table_model import format_timestamp
from assistant.ui.pages.record_page import h

if TYPE_CHECKING:
    from assistant.ui.pages.requests_page import RequestsPage

# tying a request to a person, erasing or withdrawing: the request and the ledger both change
LINKS = Area.REQUESTS | Area.CONSENTS


def subject_words(dossier: Dossier, subject_id: int) -> str:
    """A person of the ledger in one line: name, email, customer reference."""
    subject = dossier.consents.subject(subject_id)
    if subject is None or subject.erased:
        return ""
    ident = subject.identity
    return " · ".join(x for x in (ident.display_name, ident.email, ident.customer_ref) if x)


class RequestLedgerActions(QObject):
    """The page's actions in the consent records, for its selected request."""

    def __init__(self, page: RequestsPage) -> None:
        super().__init__(page)
        self.page = page
        self.act_link = page.add_action(self.tr("Link to a &person…"), "Ctrl+L", self.link)
        self.act_link.setToolTip(self.tr("Link the request to the person it is about in the "
                                         "consent records (Ctrl+L)"))
        self.act_erase = self._action(self.tr("E&rase the person…"), self.tr(
            "Erase the linked person from the consent records (right to erasure)"), self.erase)
        self.act_withdraw = self._action(self.tr("Record the &withdrawals…"), self.tr(
            "Record the withdrawal of the linked person's consents"), self.withdraw)
        self.recorded_by = ""

    def _action(self, text: str, tip: str, slot) -> QAction:  # type: ignore[no-untyped-def]
        action = QAction(text, self.page)
        action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.page.toolbar.addAction(action)
        self.page.addAction(action)
        return action

    # -- state ----------------------------------------------------------------------------
    def current(self) -> tuple[Dossier, RightsRequest, RequestLink | None] | None:
        ids = self.page.selected_ids()
        dossier = self.page.session.dossier
        if len(ids) != 1 or dossier is None:
            return None
        request = dossier.requests.get(ids[0])
        if request is None:
            return None
        return dossier, request, dossier.request_links.get(ids[0])

    def update(self) -> None:
        """Enable what makes sense for the selected request."""
        found = self.current()
        writable = found is not None and not found[0].read_only
        link = found[2] if found else None
        right = found[1].right if found else None
        open_link = link is not None and link.erased_at is None
        self.act_link.setEnabled(writable and (link is None or not link.acted))
        self.act_erase.setEnabled(writable and open_link and right is Right.ERASURE)
        self.act_withdraw.setEnabled(writable and open_link and right in WITHDRAWING)

    def details_html(self, request: RightsRequest) -> str:
        """What the consent records say about the request, and what to do there."""
        dossier = self.page.session.dossier
        if dossier is None or request.id is None:
            return ""
        link = dossier.request_links.get(request.id)
        lines = []
        if link is not None:
            who = subject_words(dossier, link.subject_id)
            if link.erased_at is not None:
                lines.append(self.tr("Erased from the consent records on %1 (ledger event "
                                     "no. %2).").replace("%1", format_timestamp(link.erased_at))
                             .replace("%2", str(link.erasure_seq)))
            elif who:
                lines.append(self.tr("In the consent records: %1.").replace("%1", who))
            else:
                lines.append(self.tr("The person linked in the consent records has been "
                                     "erased."))
            if link.withdrawn_at is not None:
                lines.append(self.tr("%n withdrawal(s) of consent recorded on %1.", "",
                                     link.withdrawals)
                             .replace("%1", format_timestamp(link.withdrawn_at)))
        acting = request.right is Right.ERASURE or request.right in WITHDRAWING
        if acting and (link is None or (link.erased_at is None and not link.withdrawn_at)):
            if link is None:
                lines.append(self.tr("If this person is in the consent records, link the "
                                     "request to them (Ctrl+L): it can then be carried out "
                                     "there from here."))
            elif request.right is Right.ERASURE:
                lines.append(self.tr("Next: erase them from the consent records (Erase the "
                                     "person, in the toolbar)."))
            else:
                lines.append(self.tr("Next: record the withdrawal of their consents (Record "
                                     "the withdrawals, in the toolbar)."))
        elif acting and link is not None and not request.answered_on:
            lines.append(self.tr("Now answer the person, then record the answer (date, "
                                 "outcome, proof)."))
        if not lines:
            return ""
        return "<p>" + "<br>".join(h(line) for line in lines) + "</p>"

    def _default_by(self, dossier: Dossier) -> str:
        if self.recorded_by:
            return self.recorded_by
        saved = dossier.guide.pilot()
        return saved[0].name if saved else ""

    def _identity_warning(self, request: RightsRequest) -> str:
        if request.identity_check in IDENTITY_SETTLED:
            return ""
        return "\n\n" + self.tr("The requester's identity is not marked as checked: make sure "
                                "the request comes from this person first (GDPR Art. 12(2) "
                                "and 12(6)).")

    # -- actions --------------------------------------------------------------------------
    def link(self) -> None:
        found = self.current()
        if found is None or found[0].read_only:
            return
        dossier, request, link = found
        if link is not None and link.acted:
            return
        query = request.subject_reference
        if not query and "@" in request.requester_contact:
            query = request.requester_contact
        picker = SubjectPicker(dossier.consents, query or request.requester, self.page,
                               linked=link is not None)
        if picker.exec() != QDialog.DialogCode.Accepted:
            return
        rid = int(request.id or 0)
        title = self.tr("Person in the consent records")
        label = self.tr("link of request %1").replace("%1", request.reference)
        if picker.unlink:
            self.page.session.perform(self.page, title, lambda: dossier.request_links.unlink(
                rid, label=label), LINKS)
            return
        sid = picker.subject_id()
        if sid is not None:
            self.page.session.perform(self.page, title, lambda: dossier.request_links.link(
                rid, sid, label=label), LINKS)

    def erase(self) -> None:
        found = self.current()
        if found is None or found[0].read_only:
            return
        dossier, request, link = found
        if link is None or link.erased_at is not None or request.right is not Right.ERASURE:
            return
        title = self.tr("Erase the person")
        text = (self.tr("Erase “%1” from the consent records, for request %2?")
                .replace("%1", subject_words(dossier, link.subject_id))
                .replace("%2", request.reference) + "\n\n"
                + self.tr("• Their name, email, phone and customer reference are removed for "
                          "good: this cannot be undone.\n• An erasure event naming the "
                          "request is added to the ledger; their past choices stay, linked "
                          "to nobody, and the ledger still verifies.\n• The request keeps "
                          "the date of the erasure, as proof for your answer.")
                + self._identity_warning(request))
        before = dossier.consents.last_reach
        self._record(dossier, title, text, lambda by: dossier.request_links.erase(
            int(request.id or 0), recorded_by=by))
        reach = dossier.consents.last_reach
        if reach is not None and reach is not before:  # erased: say what else it reached
            from PySide6.QtCore import QTimer

            from assistant.ui.erasure_reach import tell_erasure_reach

            QTimer.singleShot(0, lambda: tell_erasure_reach(self.page, title, reach))

    def withdraw(self) -> None:
        found = self.current()
        if found is None or found[0].read_only:
            return
        dossier, request, link = found
        if link is None or link.erased_at is not None or request.right not in WITHDRAWING:
            return
        title = self.tr("Record the withdrawals")
        purposes = [p for p in (dossier.consents.purpose(pid) for pid in
                                dossier.request_links.current_consents(link.subject_id))
                    if p is not None]
        if not purposes:
            QMessageBox.information(self.page, title, self.tr(
                "“%1” consents to nothing at the moment: there is nothing to withdraw.")
                .replace("%1", subject_words(dossier, link.subject_id)))
            return
        text = (self.tr("Record that “%1” withdraws their consent to:").replace(
                    "%1", subject_words(dossier, link.subject_id)) + "\n"
                + "".join(f"• {p.label}\n" for p in purposes) + "\n"
                + self.tr("One withdrawal event per purpose is added to the ledger, dated "
                          "now and naming request %1; from then on, the shop may no longer "
                          "use these consents.").replace("%1", request.reference)
                + self._identity_warning(request))
        self._record(dossier, title, text, lambda by: dossier.request_links.withdraw(
            int(request.id or 0), recorded_by=by))

    def _record(self, dossier: Dossier, title: str, text: str,
                act: Callable[[str], object]) -> None:
        """Ask who records it (``text`` says what will happen), then do it as one action."""
        by, ok = QInputDialog.getText(self.page, title,
                                      text + "\n\n" + self.tr("Recorded by:"),
                                      QLineEdit.EchoMode.Normal, self._default_by(dossier))
        if not ok:
            return
        self.recorded_by = by.strip()
        self.page.session.perform(self.page, title, lambda: act(by), LINKS)
