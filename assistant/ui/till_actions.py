"""What the Consents menu and page do at the till: record a customer or a paper form, open
the purposes and their wordings, turn the customer's screen on. Shared by the main window's
Consents menu (reachable from every page, at any width) and the Consents page's toolbar.

The channel and evidence of the last entry, and who records, are remembered in the app's
settings: a returning owner finds them filled in.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QWidget

from assistant.domain.consent import Channel, Event, NoticeVersion, Purpose, Subject
from assistant.ui.i18n import translate
from assistant.ui.session import Session
from assistant.ui.settings import Settings

if TYPE_CHECKING:
    from assistant.store.dossier import Dossier
    from assistant.ui.customer_screen import CustomerScreen
    from assistant.ui.dialogs.till_dialog import TillDialog

KEY_CHANNEL = "consents/last_channel"
KEY_EVIDENCE = "consents/last_evidence"
KEY_RECORDED_BY = "consents/recorded_by"


def recorded_by() -> str:
    from assistant.paths import current_user

    value = Settings().value(KEY_RECORDED_BY, "")
    return str(value) if value else current_user()


def record_at_till(parent: QWidget, session: Session, *, paper: bool = False) -> int | None:
    """The till dialog (or the paper form's), again for each next customer; the id of the
    last person recorded (None if nothing was)."""
    from assistant.ui.dialogs.till_dialog import TillDialog

    dossier = session.dossier
    if dossier is None or dossier.read_only:
        return None
    settings = Settings()
    last: int | None = None
    while True:
        dialog = TillDialog(
            dossier, parent, paper=paper,
            channel=str(settings.value(KEY_CHANNEL, Channel.IN_STORE.value)),
            evidence=str(settings.value(KEY_EVIDENCE, "") or ""),
            write_wording=lambda p: _write(session, p, parent))
        try:
            done, result = session.perform_from(
                dialog, dialog.windowTitle(), partial(_record, dossier, dialog))
            if not done or result is None:
                break
            subject, _created, events = result
            last = subject.id
            if not paper:
                settings.set_value(KEY_CHANNEL, dialog.entry().channel)
                settings.set_value(KEY_EVIDENCE, dialog.evidence.text().strip())
            _say(parent, translate("Consents", "Choices recorded: %1, %2.").replace(
                "%1", str(len(events))).replace("%2", _name(subject)))
            if not dialog.next_requested:
                break
        finally:
            dialog.deleteLater()
    return last


def _record(dossier: Dossier, dialog: TillDialog) -> tuple[Subject, bool, list[Event]]:
    from assistant.ui.dialogs.till_dialog import record_entry

    return record_entry(dossier, dialog.entry(), recorded_by())


def _name(subject: Subject) -> str:
    identity = subject.identity
    return identity.display_name or identity.email or identity.phone or identity.customer_ref


def _write(session: Session, purpose: Purpose, parent: QWidget) -> NoticeVersion | None:
    from assistant.ui.dialogs.wording_dialogs import write_wording

    return write_wording(session, purpose, parent)


def _say(parent: QWidget, text: str) -> None:
    window = parent.window()
    bar = getattr(window, "statusBar", None)
    if callable(bar):
        bar().showMessage(text, 10000)


def open_wordings(parent: QWidget, session: Session) -> None:
    from assistant.ui.dialogs.wording_dialogs import WordingsDialog

    if session.dossier is None:
        return
    WordingsDialog(session, parent).exec()


def open_customer_screen(parent: QWidget, session: Session) -> CustomerScreen | None:
    from assistant.ui.customer_screen import CustomerScreen
    from assistant.ui.dialogs.customer_screen_dialogs import ScreenSetupDialog

    dossier = session.dossier
    if dossier is None or dossier.read_only:
        return None
    setup = ScreenSetupDialog(session, parent)
    if setup.exec() != QDialog.DialogCode.Accepted:
        return None
    screen = CustomerScreen(session, setup.setup(), recorded_by=recorded_by())
    session.closed.connect(screen.force_close)
    screen.open()
    return screen
