"""The Consents page's Purposes menu: a new purpose, the selected one edited, a new wording
for it, and its consents and withdrawals month by month. Each opens its dialog over the page
and saves through the session (undo, errors shown over the dialog). The words are filed
under the page's name in the translations (``ConsentsPage``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from assistant.domain.consent import Purpose
from assistant.ui.dialogs.consent_dialogs import NoticeDialog, PurposeDialog
from assistant.ui.i18n import current_lang, translate

if TYPE_CHECKING:
    from assistant.ui.pages.consents_page import ConsentsPage


def _processing_choices(page: ConsentsPage) -> list[tuple[int, str]]:
    dossier = page.session.dossier
    return [(int(p.id or 0), p.name) for p in dossier.register.list()] if dossier else []


def _selected(page: ConsentsPage) -> Purpose | None:
    dossier = page.session.dossier
    pid = page.selected_purpose()
    return dossier.consents.purpose(pid) if dossier and pid else None


def _edit(page: ConsentsPage, purpose: Purpose, title: str, label: str) -> None:
    """The purpose dialog on ``purpose``, saved as one undoable change named ``label``."""
    dossier = page.session.dossier
    if dossier is None:
        return
    dialog = PurposeDialog(purpose, _processing_choices(page), page)
    page.session.perform_from(dialog, title, lambda: dossier.consents.save_purpose(
        dialog.purpose(), label=label))


def new_purpose(page: ConsentsPage) -> None:
    _edit(page, Purpose(None, "", ""), translate("ConsentsPage", "New purpose"),
          translate("ConsentsPage", "new purpose"))


def edit_purpose(page: ConsentsPage) -> None:
    dossier = page.session.dossier
    purpose = _selected(page)
    if purpose is None or dossier is None or dossier.read_only:
        return
    _edit(page, purpose, translate("ConsentsPage", "Consent purpose"),
          translate("ConsentsPage", "edit of a purpose"))


def show_timeline(page: ConsentsPage) -> None:
    """Consents and withdrawals per month for the selected purpose."""
    dossier = page.session.dossier
    purpose = _selected(page)
    title = translate("ConsentsPage", "Month by month")
    if purpose is None or dossier is None:
        QMessageBox.information(page, title, translate(
            "ConsentsPage", "First select a purpose in the table above."))
        return
    rows = dossier.consents.purpose_timeline(int(purpose.id or 0))
    header = translate("ConsentsPage", "Month · consents · withdrawals")
    lines = [f"{month} · {granted} · {withdrawn}" for month, granted, withdrawn in rows]
    box = QMessageBox(QMessageBox.Icon.Information, title, purpose.label,
                      QMessageBox.StandardButton.Ok, page)
    box.setInformativeText("\n".join([header, *lines[-24:]]) if lines
                           else translate("ConsentsPage", "Nothing recorded yet."))
    box.exec()


def new_notice(page: ConsentsPage) -> None:
    """A new wording (the text people see) for the selected purpose."""
    dossier = page.session.dossier
    purpose = _selected(page)
    if dossier is None:
        return
    title = translate("ConsentsPage", "New wording")
    if purpose is None:
        QMessageBox.information(page, title, translate(
            "ConsentsPage", "First select a purpose in the table above."))
        return
    dialog = NoticeDialog(purpose, page)

    def add() -> object:
        version, text, day = dialog.values()
        return dossier.consents.add_notice(int(purpose.id or 0), version, text, day,
                                           language=current_lang())

    page.session.perform_from(dialog, title, add)
