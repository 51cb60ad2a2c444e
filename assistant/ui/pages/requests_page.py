"""Rights requests: the register, the one-month clock of each (Art. 12(3)), and its editor;
an erasure or a withdrawal of consent is carried out in the consent records from here
(:mod:`.request_ledger`)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from assistant.content.messages import messages
from assistant.domain.clock import utc_now
from assistant.domain.deadlines import ClockState, RequestClock, Zone, local_date
from assistant.domain.findings import Severity
from assistant.domain.rights_request import Right, RightsRequest, check_request
from assistant.store.dossier import Dossier
from assistant.ui.changes import Area
from assistant.ui.dialogs.editor_guard import draft_slot_for
from assistant.ui.dialogs.request_editor import RequestEditor
from assistant.ui.i18n import current_lang
from assistant.ui.models.clock_text import COLOURS, format_date, request_status
from assistant.ui.models.request_table_model import (
    ANSWERED,
    DUE_SOON,
    EXTENDED,
    OPEN,
    OVERDUE,
    RequestTableModel,
)
from assistant.ui.pages.record_page import RecordPage, colon, h, then
from assistant.ui.pages.request_answer import RequestAnswerActions
from assistant.ui.pages.request_ledger import RequestLedgerActions
from assistant.ui.session import Session
from assistant.ui.vocab import label


class RequestsPage(RecordPage[RightsRequest]):
    key = "requests"
    areas = Area.REQUESTS | Area.CONSENTS
    writes = Area.REQUESTS
    rule_codes = ("request_due", "request_extension", "request_working_day",
                  "request_refusal")

    def __init__(self, session: Session, parent: QWidget | None = None, *,
                 now: Callable[[], datetime] = utc_now, zone: Zone = None) -> None:
        super().__init__(session, RequestTableModel(), parent, now=now, zone=zone)
        self.model.setParent(self)
        self.title.setText(self.tr("Rights requests"))
        self.add_new_action(self.tr("&New request…"))
        self.add_edit_action()
        self.add_delete_action()
        self.toolbar.addSeparator()
        self.ledger = RequestLedgerActions(self)  # consent ledger x requests
        self.answer = RequestAnswerActions(self)  # the letters that answer a request
        self.search.setPlaceholderText(self.tr("Search by name, reference or request "
                                               "(Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search the requests"))
        self.filter.setAccessibleName(self.tr("Show"))
        self.set_filters([
            ("all", self.tr("All requests")),
            (OPEN, self.tr("Open")),
            (DUE_SOON, self.tr("Due within 7 days")),
            (OVERDUE, self.tr("Overdue")),
            (EXTENDED, self.tr("Extended")),
            (ANSWERED, self.tr("Answered")),
        ])
        self.table.setAccessibleName(self.tr("Rights requests"))
        self.table.sortByColumn(RequestTableModel.COL_STATUS, Qt.SortOrder.AscendingOrder)
        self.details.setAccessibleName(self.tr("Selected request"))
        self.clock_label.setAccessibleName(self.tr("Deadline of the selected request"))

    # -- data -----------------------------------------------------------------------------
    def load(self, dossier: Dossier | None) -> None:
        self.model.set_rows(dossier.requests.list() if dossier else [])

    def summary_html(self) -> str:
        clocks = [self.model.clock_at(r) for r in range(self.model.rowCount())]
        if not clocks:
            return h(self.tr("No request recorded. When someone asks about their data, log "
                             "it here the day it arrives: the one-month clock starts then."))
        overdue = sum(1 for c in clocks if c is not None and c.state is ClockState.OVERDUE)
        soon = sum(1 for c in clocks if c is not None and c.state is ClockState.DUE_SOON)
        opened = sum(1 for c in clocks if c is None or c.is_open)
        parts = [h(self.tr("%n request(s)", "", len(clocks))),
                 h(self.tr("%n open", "", opened))]
        if overdue:
            text = self.tr("%n overdue", "", overdue)
            parts.append(f"<b style='color:{COLOURS[ClockState.OVERDUE].name()}'>"
                         f"{h(text)}</b>")
        if soon:
            text = self.tr("%n due within 7 days", "", soon)
            parts.append(f"<span style='color:{COLOURS[ClockState.DUE_SOON].name()}'>"
                         f"{h(text)}</span>")
        return " · ".join(parts)

    def empty_hint(self) -> str:
        return self.tr("Select a request to see it here, or log a new one (Ctrl+Shift+N).")

    def clock_text(self, r: Any, clock: Any) -> tuple[str, ClockState | None]:
        if not isinstance(clock, RequestClock):
            return request_status(None), ClockState.OVERDUE
        text = self.tr("Due on %1: %2").replace("%1", format_date(clock.due)) \
            .replace("%2", then(request_status(clock)))
        return text, clock.state if clock.state is not ClockState.RUNNING else None

    def details_html(self, r: RightsRequest, clock: Any) -> str:
        msg = messages(current_lang())
        parts = [f"<h3>{h(r.reference)} — {h(r.requester)}</h3>",
                 f"<p><b>{h(label('request_rights', r.right.value))}</b>"
                 + (f" — {h(r.right_detail)}" if r.right_detail else "") + "</p>"]
        rows = [
            (self.tr("Received on"), format_date(r.received_on)
             + (f" ({label('request_channels', r.received_via)})" if r.received_via else "")),
            (self.tr("Contact"), r.requester_contact),
            (self.tr("Consent records"), r.subject_reference),
            (self.tr("Identity"), label("identity_checks", r.identity_check.value)),
        ]
        if isinstance(clock, RequestClock):
            rows.append((self.tr("First month ends"), format_date(clock.first_due)))
            if clock.extended:
                rows.append((self.tr("Extended to"), format_date(clock.due)))
        if r.extended:
            rows.append((self.tr("Extension"), r.extension_reason + (
                " — " + self.tr("person told on %1").replace(
                    "%1", format_date(r.extension_told_on)) if r.extension_told_on else "")))
        if r.answered_on:
            outcome = label("request_outcomes", r.answer_outcome.value) \
                if r.answer_outcome else ""
            rows.append((self.tr("Answered on"), f"{format_date(r.answered_on)} {outcome}"))
            rows.append((self.tr("Proof"), r.answer_evidence))
        parts.append("<table cellspacing='2'>" + "".join(
            f"<tr><td><i>{h(k)}</i></td><td>{h(v)}</td></tr>" for k, v in rows if v)
            + "</table>")
        if r.request_text:
            heading = self.tr("What was asked")
            parts.append(f"<p><b>{h(colon(heading))}</b><br>{h(r.request_text)}</p>")
        if r.answer_summary:
            heading = self.tr("Answer")
            parts.append(f"<p><b>{h(colon(heading))}</b><br>{h(r.answer_summary)}</p>")
        parts.append(self.ledger.details_html(r))
        parts.append(self.answer.details_html(r))
        if isinstance(clock, RequestClock) and clock.extension_refused:
            text = self.tr("The extension does not apply: the person was told after the first "
                           "month.")
            parts.append(f"<p style='color:{COLOURS[ClockState.OVERDUE].name()}'>"
                         f"<b>{h(text)}</b></p>")
        gaps = [f for f in check_request(r) if f.severity is Severity.WARNING]
        if gaps:
            heading = self.tr("To do or complete")
            parts.append(f"<p><b>{h(colon(heading))}</b></p><ul>" + "".join(
                f"<li>{h(msg.finding_with_field(f))}</li>" for f in gaps) + "</ul>")
        if r.notes:
            parts.append(f"<p><i>{h(r.notes)}</i></p>")
        return "".join(parts)

    def _selection_changed(self, *args: object) -> None:
        super()._selection_changed(*args)
        self.ledger.update()
        self.answer.update()

    # -- the flow's hooks ------------------------------------------------------------------
    def open_editor(self, request: RightsRequest) -> RightsRequest | None:
        """Show the editor; returns the edited request if the user saved."""
        slot = draft_slot_for(self.session.dossier, "request", request.id)
        editor = RequestEditor(request, self, now=self.now, zone=self.zone, draft_slot=slot)
        return editor.run()

    def blank_record(self) -> RightsRequest:
        return RightsRequest(Right.ACCESS, local_date(self.now(), self.zone).isoformat(), "")

    def fetch(self, dossier: Dossier, record_id: int) -> RightsRequest | None:
        return dossier.requests.get(record_id)

    def create_record(self, dossier: Dossier, value: RightsRequest,
                      label: str | None) -> RightsRequest:
        return dossier.requests.create(value, label=label or self.tr("new rights request"))

    def update_record(self, dossier: Dossier, edited: RightsRequest,
                      current: RightsRequest) -> RightsRequest:
        return dossier.requests.update(
            edited, label=self.tr("edit of request %1").replace("%1", current.reference))

    def delete_records(self, dossier: Dossier, ids: list[int]) -> None:
        dossier.requests.delete(ids, label=self.tr("deletion of requests"))

    def delete_question(self, dossier: Dossier, ids: list[int]) -> str:
        return self.tr("Delete %n request(s)?", "", len(ids)) + "\n\n" \
            + self.tr("Keep answered requests: they show you respect people's rights. Delete "
                      "only an entry made by mistake. You can undo this with Ctrl+Z.")
