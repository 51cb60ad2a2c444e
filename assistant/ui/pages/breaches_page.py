"""The breach register (Art. 33(5)): every breach, its 72-hour clock, and its editor."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from assistant.content.messages import messages
from assistant.domain.breach import Breach, check_breach
from assistant.domain.clock import format_utc, utc_now
from assistant.domain.deadlines import BreachClock, ClockState, Zone
from assistant.domain.findings import Severity
from assistant.store.dossier import Dossier
from assistant.ui.changes import Area
from assistant.ui.dialogs.breach_editor import BreachEditor
from assistant.ui.dialogs.editor_guard import draft_slot_for
from assistant.ui.i18n import current_lang
from assistant.ui.models.breach_table_model import (
    NOT_NOTIFIED,
    NOTIFIED,
    OVERDUE,
    PEOPLE,
    RUNNING,
    BreachTableModel,
)
from assistant.ui.models.clock_text import (
    COLOURS,
    breach_people_status,
    breach_status,
    format_duration,
    format_moment,
)
from assistant.ui.pages.record_page import RecordPage, colon, h
from assistant.ui.session import Session
from assistant.ui.vocab import label


class BreachesPage(RecordPage[Breach]):
    key = "breaches"
    areas = Area.BREACHES | Area.PROCESSORS | Area.REGISTER
    writes = Area.BREACHES
    rule_codes = ("breach_authority", "breach_contents", "breach_people", "breach_register")

    def __init__(self, session: Session, parent: QWidget | None = None, *,
                 now: Callable[[], datetime] = utc_now, zone: Zone = None) -> None:
        super().__init__(session, BreachTableModel(), parent, now=now, zone=zone)
        self.model.setParent(self)
        self.title.setText(self.tr("Data breaches"))
        self.add_new_action(self.tr("&New breach…"))
        self.add_edit_action()
        self.add_delete_action()
        self.search.setPlaceholderText(self.tr("Search by title, reference or description "
                                               "(Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search the breaches"))
        self.filter.setAccessibleName(self.tr("Show"))
        self.set_filters([
            ("all", self.tr("All breaches")),
            (RUNNING, self.tr("72-hour clock running")),
            (OVERDUE, self.tr("Notification overdue")),
            (PEOPLE, self.tr("People still to tell")),
            (NOTIFIED, self.tr("Notified to the CNIL")),
            (NOT_NOTIFIED, self.tr("Not notified (risk unlikely)")),
        ])
        self.table.setAccessibleName(self.tr("Data breaches"))
        self.table.sortByColumn(BreachTableModel.COL_STATUS, Qt.SortOrder.AscendingOrder)
        self.details.setAccessibleName(self.tr("Selected breach"))
        self.clock_label.setAccessibleName(self.tr("72-hour clock of the selected breach"))

    # -- data -----------------------------------------------------------------------------
    def load(self, dossier: Dossier | None) -> None:
        self.model.set_rows(dossier.breaches.list() if dossier else [])

    def summary_html(self) -> str:
        clocks = [self.model.clock_at(r) for r in range(self.model.rowCount())]
        if not clocks:
            return h(self.tr("No breach recorded. Log any breach the moment you learn of it, "
                             "even a small one: the 72-hour clock starts then, and every "
                             "breach stays in this register."))
        running = [c for c in clocks if c is not None and c.is_open]
        overdue = sum(1 for c in running if c.state is ClockState.OVERDUE)
        parts = [h(self.tr("%n breach(es) in the register", "", len(clocks)))]
        if overdue:
            text = self.tr("%n notification(s) overdue", "", overdue)
            parts.append(f"<b style='color:{COLOURS[ClockState.OVERDUE].name()}'>"
                         f"{h(text)}</b>")
        ticking = [c for c in running if c.state is not ClockState.OVERDUE]
        if ticking:
            soonest = min(ticking, key=lambda c: c.remaining)
            text = self.tr("%n clock(s) running, the next ends in %1", "", len(ticking)) \
                .replace("%1", format_duration(soonest.remaining))
            parts.append(f"<b style='color:{COLOURS[ClockState.DUE_SOON].name()}'>"
                         f"{h(text)}</b>")
        people = sum(1 for r in range(self.model.rowCount())
                     if (c := self.model.clock_at(r)) is not None and c.people_required
                     and not self.model.record_at(r).people_notified_at)
        if people:
            text = self.tr("%n breach(es) with people still to tell", "", people)
            parts.append(f"<span style='color:{COLOURS[ClockState.DUE_SOON].name()}'>"
                         f"{h(text)}</span>")
        return " · ".join(parts)

    def empty_hint(self) -> str:
        return self.tr("Select a breach to see it here, or log a new one (Ctrl+Shift+N).")

    def clock_text(self, b: Any, clock: Any) -> tuple[str, ClockState | None]:
        if not isinstance(clock, BreachClock):
            return breach_status(None), ClockState.OVERDUE
        # The selected breach's clock shows the seconds: it is recomputed every second.
        live = self.model.clock(b, self.now())
        if live is not None and live.is_open and live.state is not ClockState.OVERDUE:
            text = self.tr("Notify the CNIL by %1: %2 left").replace(
                "%1", format_moment(live.deadline)).replace(
                "%2", format_duration(live.remaining, seconds=True))
            return text, ClockState.DUE_SOON
        people = breach_people_status(live, b.people_notified_at)
        text = breach_status(live)
        return (f"{text}\n{people}" if people else text), live.state if live else None

    def details_html(self, b: Breach, clock: Any) -> str:
        msg = messages(current_lang())
        kinds = ", ".join(label("breach_types", t.value) for t in b.breach_types)
        parts = [f"<h3>{h(b.reference)} — {h(b.summary)}</h3>"]
        rows = [
            (self.tr("Aware since"), format_moment(b.aware_at)),
            (self.tr("Happened on"), format_moment(b.occurred_at)),
            (self.tr("Kind"), kinds),
            (self.tr("People"), "" if b.people_count is None else f"{b.people_count:,}"
             .replace(",", "\u202f")),
            (self.tr("Records"), "" if b.records_count is None else f"{b.records_count:,}"
             .replace(",", "\u202f")),
            (self.tr("Risk"), label("breach_risks", b.risk_level.value)),
        ]
        if isinstance(clock, BreachClock):
            rows.append((self.tr("72 hours end"), format_moment(clock.deadline)))
        rows += [
            (self.tr("CNIL notified on"), format_moment(b.authority_notified_at)),
            (self.tr("Reference"), b.authority_reference),
            (self.tr("People told on"), format_moment(b.people_notified_at)),
            (self.tr("Exception"), label("art34_exemptions", b.people_exemption.value)
             if b.people_exemption else ""),
        ]
        parts.append("<table cellspacing='2'>" + "".join(
            f"<tr><td><i>{h(k)}</i></td><td>{h(v)}</td></tr>" for k, v in rows if v)
            + "</table>")
        for heading, text in ((self.tr("What happened"), b.what_happened),
                              (self.tr("Data concerned"), b.data_concerned),
                              (self.tr("People concerned"), b.people_concerned),
                              (self.tr("Likely consequences"), b.likely_consequences),
                              (self.tr("Measures taken"), b.measures_taken),
                              (self.tr("Reasoning of the risk assessment"), b.risk_reasoning),
                              (self.tr("Reason for the delay"), b.delay_reason),
                              (self.tr("How the people were told"), b.people_notice),
                              (self.tr("Notes"), b.notes)):
            if text:
                parts.append(f"<p><b>{h(colon(heading))}</b><br>{h(text)}</p>")
        gaps = [f for f in check_breach(b) if f.severity is Severity.WARNING]
        if gaps:
            heading = self.tr("To do or complete")
            parts.append(f"<p><b>{h(colon(heading))}</b></p><ul>" + "".join(
                f"<li>{h(msg.finding_with_field(f))}</li>" for f in gaps) + "</ul>")
        return "".join(parts)

    # -- the flow's hooks ------------------------------------------------------------------
    def open_editor(self, breach: Breach) -> Breach | None:
        """Show the editor; returns the edited breach if the user saved."""
        dossier = self.session.dossier
        editor = BreachEditor(breach, self, now=self.now,
                              draft_slot=draft_slot_for(dossier, "breach", breach.id),
                              processors=dossier.processors.list() if dossier else [])
        return editor.run()

    def blank_record(self) -> Breach:
        return Breach("", format_utc(self.now().replace(second=0, microsecond=0)))

    def fetch(self, dossier: Dossier, record_id: int) -> Breach | None:
        return dossier.breaches.get(record_id)

    def create_record(self, dossier: Dossier, value: Breach, label: str | None) -> Breach:
        return dossier.breaches.create(value, label=label or self.tr("new data breach"))

    def update_record(self, dossier: Dossier, edited: Breach, current: Breach) -> Breach:
        return dossier.breaches.update(
            edited, label=self.tr("edit of breach %1").replace("%1", current.reference))

    def delete_records(self, dossier: Dossier, ids: list[int]) -> None:
        dossier.breaches.delete(ids, label=self.tr("deletion of breaches"))

    def delete_question(self, dossier: Dossier, ids: list[int]) -> str:
        return self.tr("Delete %n breach(es) from the register?", "", len(ids)) + "\n\n" \
            + self.tr("Every breach must stay in the register, notified or not (GDPR "
                      "Art. 33(5)). Delete only an entry made by mistake. You can undo this "
                      "with Ctrl+Z.")
