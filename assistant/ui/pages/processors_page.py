"""Processors: who handles data for the shop, what each serves, and the Art. 28(3) checklist
of its contract; a missing item is a gap for the action plan."""

from __future__ import annotations

from typing import Any, NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from assistant.content.messages import messages
from assistant.domain.deadlines import ClockState
from assistant.domain.processor import ART28_CLAUSES, Processor
from assistant.domain.processor_contract import contract_gaps, missing_clauses
from assistant.store.dossier import Dossier
from assistant.ui.changes import Area
from assistant.ui.dialogs.editor_guard import draft_slot_for
from assistant.ui.dialogs.processor_editor import ProcessorEditor
from assistant.ui.i18n import current_lang
from assistant.ui.models.clock_text import COLOURS, format_date
from assistant.ui.models.processor_table_model import (
    COMPLETE,
    GAPS,
    TRANSFERS,
    UNUSED,
    ProcessorTableModel,
)
from assistant.ui.pages.record_page import RecordPage, colon, h
from assistant.ui.session import Session
from assistant.ui.vocab import label, vocab


class Served(NamedTuple):
    """What the processor editor edits: the processor and the processing it serves."""

    processor: Processor
    processing_ids: tuple[int, ...]

    def normalised(self) -> tuple[Processor, tuple[int, ...]]:
        return self.processor.normalised(), tuple(sorted(self.processing_ids))


class ProcessorsPage(RecordPage[Served]):
    key = "processors"
    areas = Area.PROCESSORS | Area.REGISTER
    writes = Area.PROCESSORS | Area.REGISTER
    single_delete = True  # deleting one in use is refused with the reason
    rule_codes = ("processor_contract", "processor_transfer")
    model: ProcessorTableModel

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, ProcessorTableModel(), parent)
        self.model.setParent(self)
        self._processing_names: dict[int, str] = {}
        self.title.setText(self.tr("Processors"))
        self.add_new_action(self.tr("&New processor…"))
        self.add_edit_action()
        self.add_delete_action()
        self.search.setPlaceholderText(self.tr("Search by name, service or processing "
                                               "(Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search the processors"))
        self.filter.setAccessibleName(self.tr("Show"))
        self.set_filters([
            ("all", self.tr("All processors")),
            (GAPS, self.tr("With gaps in the contract")),
            (COMPLETE, self.tr("Complete")),
            (TRANSFERS, self.tr("Transfers outside the EEA")),
            (UNUSED, self.tr("Serving no processing")),
        ])
        self.table.setAccessibleName(self.tr("Processors"))
        self.table.sortByColumn(ProcessorTableModel.COL_NAME, Qt.SortOrder.AscendingOrder)
        self.details.setAccessibleName(self.tr("Selected processor"))
        self.timer.setInterval(60_000)  # nothing here runs against a clock
        self.clock_label.hide()

    # -- data -----------------------------------------------------------------------------
    def load(self, dossier: Dossier | None) -> None:
        if dossier is None:
            self._processing_names = {}
            self.model.set_processors([], {})
            return
        processings = dossier.register.list()
        self._processing_names = {int(p.id or 0): p.name for p in processings}
        serves = {pid: tuple(self._processing_names.get(i, str(i)) for i in ids)
                  for pid, ids in dossier.processors.links().items()}
        self.model.set_processors(dossier.processors.list(), serves)

    def summary_html(self) -> str:
        rows = [self.model.record_at(r) for r in range(self.model.rowCount())]
        if not rows:
            return h(self.tr("No processor recorded. Add each provider who handles personal "
                             "data for you: web host, payment provider, emailing tool, "
                             "accountant, CCTV maintainer."))
        gaps = sum(1 for p in rows if contract_gaps(p))
        parts = [h(self.tr("%n processor(s)", "", len(rows)))]
        if gaps:
            text = self.tr("%n with gaps in the contract", "", gaps)
            parts.append(f"<b style='color:{COLOURS[ClockState.DUE_SOON].name()}'>"
                         f"{h(text)}</b>")
        else:
            text = self.tr("every contract covers Article 28(3)")
            parts.append(f"<span style='color:{COLOURS[ClockState.DONE].name()}'>"
                         f"{h(text)}</span>")
        return " · ".join(parts)

    def empty_hint(self) -> str:
        return self.tr("Select a processor to see its contract checklist, or add one "
                       "(Ctrl+Shift+N).")

    def tick(self) -> None:
        """Nothing on this page runs against a clock."""

    def details_html(self, p: Processor, clock: Any) -> str:
        msg = messages(current_lang())
        parts = [f"<h3>{h(p.name)}</h3>"]
        rows = [(self.tr("Service"), p.service), (self.tr("Contact"), p.contact),
                (self.tr("Country"), p.country),
                (self.tr("Transfers outside the EEA"), p.transfer_countries),
                (self.tr("Safeguard"), label("transfer_safeguards", p.transfer_safeguard)
                 if p.transfer_safeguard else ""),
                (self.tr("Contract"), p.contract_reference),
                (self.tr("Signed on"), format_date(p.contract_date))]
        parts.append("<table cellspacing='2'>" + "".join(
            f"<tr><td><i>{h(k)}</i></td><td>{h(v)}</td></tr>" for k, v in rows if v)
            + "</table>")
        serves = self.model.serves(p)
        heading = self.tr("Processing it serves")
        if serves:
            parts.append(f"<p><b>{h(colon(heading))}</b></p><ul>"
                         + "".join(f"<li>{h(n)}</li>" for n in serves) + "</ul>")
        else:
            text = self.tr("It serves no processing of the register.")
            parts.append(f"<p><b>{h(colon(heading))}</b> {h(text)}</p>")
        heading = self.tr("Article 28(3) checklist")
        missing = set(missing_clauses(p))
        done_word, missing_word = self.tr("yes"), self.tr("missing")
        items = []
        for entry in vocab("art28_clauses"):
            if entry.code in missing:
                colour = COLOURS[ClockState.DUE_SOON].name()
                items.append(f"<li><span style='color:{colour}'><b>✗ {h(missing_word)}</b>"
                             f"</span> — {h(entry.label)} <i>({h(entry.source)})</i></li>")
            else:
                colour = COLOURS[ClockState.DONE].name()
                items.append(f"<li><span style='color:{colour}'>✓ {h(done_word)}</span> — "
                             f"{h(entry.label)}</li>")
        count = self.tr("items covered: %1 of %2").replace(
            "%1", str(len(ART28_CLAUSES) - len(missing))).replace("%2", str(len(ART28_CLAUSES)))
        parts.append(f"<p><b>{h(heading)}</b> {h(colon(f'({count})'))}</p>"
                     f"<ul>{''.join(items)}</ul>")
        other = [f for f in contract_gaps(p) if f.code != "processor_missing_clause"]
        if other:
            heading = self.tr("Also to do")
            parts.append(f"<p><b>{h(colon(heading))}</b></p><ul>" + "".join(
                f"<li>{h(msg.finding_with_field(f))}</li>" for f in other) + "</ul>")
        if p.notes:
            parts.append(f"<p><i>{h(p.notes)}</i></p>")
        return "".join(parts)

    # -- the flow's hooks ------------------------------------------------------------------
    def open_editor(self, served: Served) -> Served | None:
        """Show the editor; returns the processor and the processing it serves if saved."""
        dossier = self.session.dossier
        processings = dossier.register.list() if dossier else []
        slot = draft_slot_for(dossier, "processor", served.processor.id)
        editor = ProcessorEditor(served.processor, processings, served.processing_ids, self,
                                 draft_slot=slot)
        processor = editor.run()
        if processor is None:
            return None
        return Served(processor, tuple(editor.processing_ids()))

    def blank_record(self) -> Served:
        return Served(Processor(name=""), ())

    def fetch(self, dossier: Dossier, record_id: int) -> Served | None:
        current = dossier.processors.get(record_id)
        if current is None:
            return None
        return Served(current, tuple(dossier.processors.processing_ids(record_id)))

    def create_record(self, dossier: Dossier, value: Served, label: str | None) -> Processor:
        return dossier.processors.save(value.processor, label=label or self.tr("new processor"),
                                       processing_ids=list(value.processing_ids))

    def update_record(self, dossier: Dossier, edited: Served, current: Served) -> Processor:
        name = edited.processor.name.strip()
        return dossier.processors.save(
            edited.processor, label=self.tr("edit of “%1”").replace("%1", name),
            processing_ids=list(edited.processing_ids))

    def delete_records(self, dossier: Dossier, ids: list[int]) -> None:
        current = dossier.processors.get(ids[0])
        name = current.name if current else ""
        dossier.processors.delete(ids[0], label=self.tr("deletion of “%1”").replace("%1", name))

    def delete_question(self, dossier: Dossier, ids: list[int]) -> str:
        current = dossier.processors.get(ids[0])
        return self.tr("Delete the processor “%1”?").replace(
            "%1", current.name if current else "") + "\n\n" \
            + self.tr("You can undo this with Ctrl+Z.")
