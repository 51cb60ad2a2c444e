"""What the guide's pages share: going to where something is fixed (a page, the organisation
form, the processing editor, a DPIA screening), whoever asks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from assistant.ui.changes import GUIDE_READS, Area
from assistant.ui.i18n import translate
from assistant.ui.pages.base import Page
from assistant.ui.session import Session

if TYPE_CHECKING:  # the guide's rules load with its first assessment (the overview's comes
    # after the window's first paint)
    from assistant.domain.guide.assess import Assessment


def edit_organisation(parent: QWidget, session: Session) -> None:
    from PySide6.QtWidgets import QDialog

    from assistant.ui.dialogs.organisation_dialog import OrganisationDialog

    dossier = session.dossier
    if dossier is None or dossier.read_only:
        return
    dialog = OrganisationDialog(dossier.organisation.get(), parent)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        org = dialog.organisation()
        label = translate("Guide", "edit of the organisation")
        session.perform(parent, translate("Guide", "Organisation"),
                        lambda: dossier.organisation.save(org, label=label), Area.ORGANISATION)


def open_screening(parent: QWidget, session: Session, processing_id: int) -> None:
    from PySide6.QtWidgets import QDialog

    from assistant.ui.dialogs.dpia_dialog import DpiaDialog

    dossier = session.dossier
    if dossier is None:
        return
    processing = dossier.register.get(processing_id)
    if processing is None:
        return
    saved = dossier.guide.pilot()
    dialog = DpiaDialog(processing, dossier.guide.screening(processing_id),
                        by=saved[0].name if saved else "", read_only=dossier.read_only,
                        parent=parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or dossier.read_only:
        return
    screening = dialog.screening()
    label = translate("Guide", "DPIA screening of “%1”").replace("%1", processing.name)
    session.perform(parent, translate("Guide", "DPIA screening"),
                    lambda: dossier.guide.save_screening(screening, label=label), Area.GUIDE)


class GuidePage(Page):
    """A page of the guide: it can send the user to where each gap is fixed."""

    areas = GUIDE_READS  # the guide's assessment reads them all

    open_processing = Signal(int)  # the main window opens the processing editor
    open_record = Signal(str, int)  # the main window shows that page with that record
    create_from_template = Signal(str)  # the register starts a processing from a template

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.current: Assessment | None = None

    def assess(self) -> Assessment | None:
        from assistant.ui.guide_texts import assessment

        self.current = assessment(self.session.dossier)
        return self.current

    def go(self, target: str, processing_id: int | None = None) -> None:
        """Send the user where ``target`` is done; ``processing_id`` is the processing the
        editor or the screening opens, or the record a register's page shows."""
        from assistant.domain.guide.rules import (
            RECORD_TARGETS,
            TARGET_DPIA,
            TARGET_ORGANISATION,
            TARGET_PROCESSING,
        )

        if target == TARGET_ORGANISATION:
            edit_organisation(self, self.session)
        elif target == TARGET_PROCESSING and processing_id is not None:
            self.open_processing.emit(processing_id)
        elif target == TARGET_DPIA and processing_id is not None:
            open_screening(self, self.session, processing_id)
        elif target in RECORD_TARGETS and processing_id is not None:
            self.open_record.emit(target, processing_id)
        elif target:
            self.navigate.emit(target)
