"""The customer's screen with a phone that is no number: the customer is told to check it,
nothing is recorded (before, it was kept beside the email, or the answer was a vague "not
recorded")."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.domain.organisation import Organisation
from assistant.store.dossier import create_dossier
from assistant.ui.customer_screen import CustomerScreen
from assistant.ui.dialogs.customer_screen_dialogs import ScreenSetup
from assistant.ui.main_window import MainWindow


@pytest.fixture
def screen(window: MainWindow, tmp_path: Path):  # type: ignore[no-untyped-def]
    path = tmp_path / "shop.rgpd"
    create_dossier(path, organisation=Organisation(legal_name="Fleurs de Lise")).close()
    assert window.open_path(path)
    dossier = window.session.dossier
    assert dossier is not None
    ids = tuple(int(p.id or 0) for p in dossier.consents.purposes() if p.code == "sms")
    shown = CustomerScreen(window.session, ScreenSetup(ids, False, "2468", "fr"))
    shown.show()
    yield shown
    shown.force_close()
    shown.deleteLater()


@pytest.mark.parametrize("email", ["", "lise@example.org"])
def test_a_phone_that_is_no_number_is_to_be_checked(screen: CustomerScreen,
                                                     email: str) -> None:
    dossier = screen.session.dossier
    assert dossier is not None
    screen.cards[0].yes.click()
    screen.email.setText(email)
    screen.phone.setText("06 12")
    assert not screen.submit()
    assert screen.problem.text() == "Ce numéro de téléphone semble incorrect : vérifiez-le."
    assert dossier.consents.event_count() == 0
