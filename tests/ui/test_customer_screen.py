"""The customer's own screen: the customer answers each wording, may sign; the signature is
kept and its hash is in the hashed events; nothing of a customer stays for the next; only the
owner leaves it."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from assistant.domain.consent import EventKind
from assistant.domain.consent_wording import CUSTOMER_SCREEN, signature_in
from assistant.domain.organisation import Organisation
from assistant.domain.progress import drive
from assistant.store.dossier import create_dossier
from assistant.store.verify import verify_dossier
from assistant.ui.customer_screen import CustomerScreen
from assistant.ui.dialogs.customer_screen_dialogs import OwnerExitDialog, ScreenSetup
from assistant.ui.main_window import MainWindow

SHOP = Organisation(legal_name="Fleurs de Lise", email="bonjour@fleurs.example")


@pytest.fixture
def screen(window: MainWindow, tmp_path: Path, qtbot):  # type: ignore[no-untyped-def]
    path = tmp_path / "shop.rgpd"
    create_dossier(path, organisation=SHOP).close()
    assert window.open_path(path)
    dossier = window.session.dossier
    assert dossier is not None
    ids = tuple(int(p.id or 0) for p in dossier.consents.purposes()
                if p.code in ("newsletter", "sms", "loyalty"))
    shown = CustomerScreen(window.session, ScreenSetup(ids, True, "2468", "fr"),
                           recorded_by="Lise")
    shown.show()
    yield shown
    shown.force_close()
    shown.deleteLater()


def test_the_form_shows_the_shop_and_each_wording_with_no_answer_chosen(
        screen: CustomerScreen) -> None:
    dossier = screen.session.dossier
    assert dossier is not None
    assert screen.shop.text() == "Fleurs de Lise"
    assert [c.title.text() for c in screen.cards] == [
        "Lettre d'information par courriel", "Offres par SMS", "Programme de fidélité"]
    for card in screen.cards:
        assert card.notice is not None and card.text.text() == card.notice.text
        assert not card.yes.isChecked() and not card.no.isChecked()  # never pre-selected
        assert card.yes.minimumHeight() >= 60  # large, for a finger
    screen.switch_language()
    assert screen.cards[0].notice is not None and screen.cards[0].notice.language == "en"
    assert screen.cards[0].title.text() == "Newsletter by email" or \
        "newsletter" in screen.cards[0].text.text().lower()


def test_a_consent_with_a_signature_whose_hash_verifies(screen: CustomerScreen) -> None:
    dossier = screen.session.dossier
    assert dossier is not None
    screen.cards[0].yes.click()
    screen.cards[1].no.click()
    screen.email.setText("lise@example.org")
    screen.pad.add_stroke([(0.1, 0.6), (0.3, 0.3), (0.5, 0.7), (0.8, 0.4)])
    png = screen.pad.png()
    assert png is not None and png.startswith(b"\x89PNG")
    assert screen.submit()
    subject = dossier.consents.find_subject(email="lise@example.org")
    assert subject is not None
    (event,) = [e for e in (dossier.consents.event(s) for s in range(
        1, dossier.consents.event_count() + 1)) if e and e.kind is EventKind.GRANTED]
    assert event.channel == "in_store" and event.channel_detail == CUSTOMER_SCREEN
    digest = signature_in(event.evidence)
    stored = dossier.consents.signature(digest)
    assert stored == png and hashlib.sha256(stored).hexdigest() == digest
    report = drive(verify_dossier(dossier.path))
    assert report.sound and report.facts["signatures"] == "1"
    # the confirmation shows this customer's choices, and the form is already blank
    assert screen.stack.currentWidget() is screen.thanks_page
    assert "Lettre d'information par courriel : oui" in screen.summary.text()
    assert screen.email.text() == "" and screen.pad.is_empty()
    assert not any(c.yes.isChecked() or c.no.isChecked() for c in screen.cards)


def test_a_signature_of_zero_strokes_is_not_stored(screen: CustomerScreen) -> None:
    dossier = screen.session.dossier
    assert dossier is not None
    screen.pad.add_stroke([(0.5, 0.5)])  # a tap, not a stroke
    assert screen.pad.png() is None
    screen.cards[2].yes.click()
    screen.phone.setText("")
    screen.email.setText("noel@example.org")
    assert screen.submit()
    assert dossier.conn.execute("SELECT count(*) FROM consent_signature").fetchone()[0] == 0
    event = dossier.consents.event(dossier.consents.event_count())
    assert event is not None and signature_in(event.evidence) == ""


def test_nothing_is_recorded_without_an_answer_or_a_contact(screen: CustomerScreen) -> None:
    dossier = screen.session.dossier
    assert dossier is not None
    screen.email.setText("lise@example.org")
    assert not screen.submit() and "au moins une proposition" in screen.problem.text()
    screen.cards[0].yes.click()
    screen.email.clear()
    assert not screen.submit() and "adresse électronique" in screen.problem.text()
    screen.email.setText("not an email")
    assert not screen.submit() and "semble incorrecte" in screen.problem.text()
    assert dossier.consents.event_count() == 0


def test_a_minute_idle_brings_back_a_blank_form(screen: CustomerScreen, qtbot) -> None:  # type: ignore[no-untyped-def]
    screen.cards[0].yes.click()
    screen.email.setText("half-typed@exam")
    screen.idle.setInterval(50)  # a minute, for the test
    screen.idle.start()
    qtbot.waitUntil(screen.is_blank, timeout=2000)
    assert screen.stack.currentWidget() is screen.form_page


def test_only_the_owner_leaves_it(screen: CustomerScreen, monkeypatch: pytest.MonkeyPatch,
                                  qtbot) -> None:  # type: ignore[no-untyped-def]
    typed: list[str] = []

    def exec_(self: OwnerExitDialog) -> QDialog.DialogCode:
        code = typed.pop(0)
        self.entry.setText(code)
        self.accept()
        return QDialog.DialogCode(self.result())

    monkeypatch.setattr(OwnerExitDialog, "exec", exec_)
    typed.append("0000")
    assert not screen.close()  # Alt+F4, the window manager's close: refused
    qtbot.waitUntil(lambda: not typed, timeout=2000)  # the exit code was asked
    assert screen.isVisible()
    typed.append("1357")
    assert not screen.ask_owner() and screen.isVisible()  # a wrong code
    typed.append("2468")
    assert screen.ask_owner() and not screen.isVisible()  # the owner's code


def test_the_screen_opens_from_the_menu_with_its_setup(window: MainWindow, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from assistant.ui.dialogs.customer_screen_dialogs import ScreenSetupDialog

    path = tmp_path / "shop.rgpd"
    create_dossier(path, organisation=SHOP).close()
    window.open_path(path)

    def exec_(self: ScreenSetupDialog) -> QDialog.DialogCode:
        self.code.setText("12")
        self.accept()  # too short: refused, the dialog stays
        assert self.result() != QDialog.DialogCode.Accepted
        self.code.setText("2468")
        self.accept()
        return QDialog.DialogCode(self.result())

    monkeypatch.setattr(ScreenSetupDialog, "exec", exec_)
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: None)
    monkeypatch.setattr(CustomerScreen, "open", lambda self: self.show())
    window.consent_menu.act_screen.trigger()
    shown = window.consent_menu.screen
    assert shown is not None and shown.isVisible() and len(shown.cards) == 5
    window.session.close()  # the owner closes the dossier: the screen goes with it
    assert not shown.isVisible()
