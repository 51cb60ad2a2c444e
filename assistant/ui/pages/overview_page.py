"""Overview: who the dossier is about, where the register stands, and what to do next."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assistant.content.messages import messages
from assistant.domain.organisation import check_organisation
from assistant.domain.overview import next_action, register_summary
from assistant.domain.processing import ProcessingStatus
from assistant.ui.dialogs.organisation_dialog import OrganisationDialog
from assistant.ui.i18n import current_lang
from assistant.ui.models.processing_table_model import status_label
from assistant.ui.pages.base import Page
from assistant.ui.session import Session
from assistant.ui.vocab import label


def _value_label(parent: QWidget) -> QLabel:
    value = QLabel(parent)
    value.setWordWrap(True)
    value.setTextFormat(Qt.TextFormat.PlainText)
    value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return value


class OverviewPage(Page):
    key = "overview"
    open_processing = Signal(int)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.title.setText(self.tr("Overview"))

        # What to do next: the first thing on the page.
        self.next_box = QFrame(self)
        self.next_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.next_box.setObjectName("nextBox")
        self.next_box.setStyleSheet("#nextBox { border: 2px solid palette(highlight); "
                                    "border-radius: 6px; }")
        next_layout = QHBoxLayout(self.next_box)
        heading = QLabel(self.tr("Next thing to do:"), self.next_box)
        heading.setStyleSheet("font-weight: bold;")
        self.next_text = _value_label(self.next_box)
        self.next_button = QPushButton(self.tr("Do it now"), self.next_box)
        self.next_button.clicked.connect(self._do_next)
        next_layout.addWidget(heading)
        next_layout.addWidget(self.next_text, 1)
        next_layout.addWidget(self.next_button)
        self._next = None

        # The organisation.
        org_box = QGroupBox(self.tr("Organisation (controller)"), self)
        grid = QGridLayout(org_box)
        self.org_values: dict[str, QLabel] = {}
        rows = [
            ("name", self.tr("Name")), ("ids", self.tr("SIREN / SIRET")),
            ("address", self.tr("Address")), ("representative", self.tr("Representative")),
            ("contact", self.tr("Contact")), ("sector", self.tr("Sector")),
        ]
        for i, (key, text) in enumerate(rows):
            grid.addWidget(QLabel(text + " :" if current_lang() == "fr" else text + ":",
                                  org_box), i, 0, Qt.AlignmentFlag.AlignTop)
            self.org_values[key] = _value_label(org_box)
            grid.addWidget(self.org_values[key], i, 1)
        self.org_gaps = _value_label(org_box)
        self.org_gaps.setStyleSheet("color: #b35c00;")
        grid.addWidget(self.org_gaps, len(rows), 0, 1, 2)
        self.edit_org = QPushButton(self.tr("Edit the organisation…"), org_box)
        self.edit_org.clicked.connect(self.edit_organisation)
        grid.addWidget(self.edit_org, len(rows) + 1, 0, 1, 2, Qt.AlignmentFlag.AlignLeft)
        grid.setColumnStretch(1, 1)

        # The register.
        reg_box = QGroupBox(self.tr("Register of processing activities"), self)
        reg_layout = QVBoxLayout(reg_box)
        self.reg_counts = _value_label(reg_box)
        self.reg_gaps = _value_label(reg_box)
        open_register = QPushButton(self.tr("Open the register"), reg_box)
        open_register.clicked.connect(lambda: self.navigate.emit("register"))
        reg_layout.addWidget(self.reg_counts)
        reg_layout.addWidget(self.reg_gaps)
        reg_layout.addWidget(open_register, 0, Qt.AlignmentFlag.AlignLeft)
        reg_layout.addStretch(1)

        columns = QHBoxLayout()
        columns.addWidget(org_box, 3)
        columns.addWidget(reg_box, 2)
        self.layout_.addWidget(self.next_box)
        self.layout_.addLayout(columns)
        self.layout_.addStretch(1)

    def refresh(self) -> None:
        dossier = self.session.dossier
        if dossier is None:
            return
        msg = messages(current_lang())
        org = dossier.organisation.get()
        processings = dossier.register.list()
        dash = "—"
        self.org_values["name"].setText(
            org.display_name + (f" ({org.legal_name})" if org.trade_name and org.legal_name
                                and org.trade_name != org.legal_name else "") or dash)
        self.org_values["ids"].setText(" / ".join(x for x in (org.siren, org.siret) if x) or dash)
        self.org_values["address"].setText(
            ", ".join(x for x in (org.address.replace("\n", ", "),
                                  f"{org.postcode} {org.city}".strip(), org.country) if x)
            or dash)
        self.org_values["representative"].setText(
            ", ".join(x for x in (org.representative_name, org.representative_role) if x)
            or dash)
        self.org_values["contact"].setText(
            " · ".join(x for x in (org.email, org.phone, org.website) if x) or dash)
        self.org_values["sector"].setText(label("sectors", org.sector) if org.sector else dash)
        gaps = check_organisation(org)
        self.org_gaps.setText("\n".join(f"• {msg.finding_with_field(f)}" for f in gaps))
        self.org_gaps.setVisible(bool(gaps))
        self.edit_org.setEnabled(not dossier.read_only)

        summary = register_summary(processings)
        counts = [f"{status_label(s)} : {summary.by_status[s]}" if current_lang() == "fr"
                  else f"{status_label(s)}: {summary.by_status[s]}"
                  for s in (ProcessingStatus.ACTIVE, ProcessingStatus.DRAFT,
                            ProcessingStatus.ARCHIVED)]
        self.reg_counts.setText(
            self.tr("%n processing activities", "", len(processings)) + "\n" + " · ".join(counts))
        if summary.incomplete:
            self.reg_gaps.setText(self.tr("%1 of them still have points to complete "
                                          "(%2 in all).")
                                  .replace("%1", str(summary.incomplete))
                                  .replace("%2", str(summary.points)))
        else:
            self.reg_gaps.setText(self.tr("No point left to complete.") if processings else "")

        self._next = next_action(org, processings)
        self.next_text.setText(msg.get("next", self._next.code, self._next.params))
        self.next_button.setEnabled(not dossier.read_only)

    def _do_next(self) -> None:
        action = self._next
        if action is None:
            return
        if action.target == "organisation":
            self.edit_organisation()
        elif action.processing_id is not None:
            self.open_processing.emit(action.processing_id)
        else:
            self.navigate.emit(action.target)

    def edit_organisation(self) -> None:
        dossier = self.session.dossier
        if dossier is None or dossier.read_only:
            return
        dialog = OrganisationDialog(dossier.organisation.get(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            org = dialog.organisation()
            self.session.perform(self, self.tr("Organisation"), lambda: dossier.organisation
                                 .save(org, label=self.tr("edit of the organisation")))
