"""Step 2's own work: the processing a shop of this sector nearly always carries out, each
said in the trade's words, ticked when the register has it, with the button that starts it
from its template (content ``sectors.toml``)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from assistant.content.sectors import sector_suggestions
from assistant.domain.organisation import Organisation
from assistant.domain.processing import Processing, ProcessingStatus
from assistant.ui.colours import set_tone
from assistant.ui.focus_order import follow_layout
from assistant.ui.i18n import current_lang


class SectorPanel(QWidget):
    add_requested = Signal(str)  # a template id: create a processing from it
    organisation_requested = Signal()  # the sector is not known: the organisation form

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.rows = QWidget(self)
        self.grid = QGridLayout(self.rows)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setColumnStretch(1, 1)
        self.organisation_button = QPushButton(self.tr("Give the shop's &sector…"), self)
        self.organisation_button.clicked.connect(self.organisation_requested.emit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro)
        layout.addWidget(self.rows)
        layout.addWidget(self.organisation_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.buttons: dict[str, QPushButton] = {}

    def set_state(self, organisation: Organisation, processings: list[Processing] | tuple,
                  *, writable: bool) -> None:
        while (item := self.grid.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.deleteLater()
        self.buttons = {}
        found = sector_suggestions(current_lang(), organisation.sector) \
            if organisation.sector else None
        self.organisation_button.setVisible(found is None)
        if found is None:
            self.intro.setText(self.tr(
                "Give the shop's sector in the organisation form: the app then suggests the "
                "processing that shops like yours usually carry out."))
            return
        held = {p.template_id: p for p in processings if p.template_id}
        missing = [s for s in found.items if s.template.id not in held]
        self.intro.setText(
            self.tr("What a shop of this sector (%1) usually carries out.").replace(
                "%1", found.label) + " " + (
                self.tr("Your register has them all.") if not missing else
                self.tr("Start those your register lacks from their template, then adapt "
                        "them to your shop.")))
        for row, suggestion in enumerate(found.items):
            template = suggestion.template
            present = held.get(template.id)
            state = QLabel(self.rows)
            if present is None:
                state.setText(self.tr("Not in your register"))
                set_tone(state, "warning")
            elif present.status is ProcessingStatus.ARCHIVED:
                state.setText(self.tr("In your register (archived)"))
                set_tone(state, "muted")
            else:
                state.setText(self.tr("✓ In your register"))
                set_tone(state, "success")
            name = QLabel(f"<b>{escape(template.name)}</b><br>{escape(suggestion.why)}", self.rows)
            name.setWordWrap(True)
            name.setTextFormat(Qt.TextFormat.RichText)
            button = QPushButton(self.tr("Add…") if present is None else self.tr("Add again…"),
                                 self.rows)
            button.setAccessibleName(self.tr("Add “%1” from its template")
                                     .replace("%1", template.name))
            button.setEnabled(writable)
            button.clicked.connect(lambda _c=False, t=template.id: self.add_requested.emit(t))
            self.buttons[template.id] = button
            self.grid.addWidget(state, row, 0, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(name, row, 1)
            self.grid.addWidget(button, row, 2, Qt.AlignmentFlag.AlignTop)
        follow_layout(self)  # the new buttons in their place for Tab

