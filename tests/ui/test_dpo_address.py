"""Step 1 shows and keeps the DPO's postal address (the CNIL's register template asks for
it), so saving the pilot never loses an address a spreadsheet brought in."""

from __future__ import annotations

from pathlib import Path

from assistant.domain.guide.model import Dpo, Pilot
from assistant.store.dossier import open_dossier
from assistant.ui.session import Session
from assistant.ui.widgets.pilot_panel import PilotPanel


def test_the_dpo_address_is_shown_edited_and_kept(qtbot, english, demo_copy: Path) -> None:  # type: ignore[no-untyped-def]
    session = Session()
    dossier = open_dossier(demo_copy)
    dossier.guide.save_pilot(Pilot(name="Ana"), Dpo(designated=True, name="M. Henri",
                                                    address="1 rue de Rivoli",
                                                    postcode="75001", city="Paris"))
    session.open(dossier)
    panel = PilotPanel(session)
    qtbot.addWidget(panel)
    panel.load()
    assert panel.dpo_address.text() == "1 rue de Rivoli" and panel.dpo_city.text() == "Paris"
    panel.dpo_country.setText("France")
    panel.dpo_phone.setText("01 02 03 04 05")
    assert panel.save()
    saved = dossier.guide.pilot()
    assert saved is not None
    assert (saved[1].address, saved[1].postcode, saved[1].country) == (
        "1 rue de Rivoli", "75001", "France")
    session.close()
