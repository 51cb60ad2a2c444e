"""Files in and out of the Consents page, from the window: the blank import template
(File › Save an import template), the withdrawals sent back to a sending tool (Consents ›
Export), and the Overview's reminder when withdrawals have not been sent."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from assistant.domain.consent import EventKind
from assistant.domain.progress import drive
from assistant.exchange.consent_import import import_consents
from assistant.ui.main_window import MainWindow
from assistant.ui.pages.consents_page import ConsentsPage
from assistant.ui.pages.overview_page import OverviewPage

FIXTURES = Path(__file__).parents[1] / "exchange" / "fixtures" / "consent_layouts"


def shop(tmp_path: Path) -> Path:
    """A new dossier (the demo's 650 events are not needed here: faster)."""
    from assistant.store.dossier import create_dossier

    create_dossier(tmp_path / "shop.rgpd").close()
    return tmp_path / "shop.rgpd"


def test_save_an_import_template_from_the_file_menu(window: MainWindow, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                    monkeypatch) -> None:
    window.open_path(shop(tmp_path))
    page = window.pages["consents"]
    assert isinstance(page, ConsentsPage)
    action = page.transfer.template_action
    assert action in window.file_menu.actions()
    target = tmp_path / "modele.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    action.trigger()
    rows = list(csv.reader(io.StringIO(target.read_bytes().decode("utf-8-sig")),
                           delimiter=";"))
    assert rows[0][:8] == ["email", "phone", "customer_ref", "first_name", "last_name",
                           "purpose", "status", "date"]
    assert len(rows) == 2  # one example row, to replace
    assert "Template saved" in window.statusBar().currentMessage()


def test_withdrawals_sent_to_mailchimp_and_the_overview_reminder(  # type: ignore[no-untyped-def]
        window: MainWindow, tmp_path: Path, monkeypatch, qtbot) -> None:
    window.open_path(shop(tmp_path))
    dossier = window.session.dossier
    assert dossier is not None
    # the shop imported its Mailchimp audience: it sends its newsletter with Mailchimp
    mailchimp = tmp_path / "audience.csv"
    mailchimp.write_text((FIXTURES / "mailchimp" / "subscribed_members_export_5f3c2a9e1b.csv")
                         .read_text("utf-8"), encoding="utf-8")
    drive(import_consents(dossier, mailchimp))
    # then a customer withdrew at the till
    person = dossier.consents.find_subject(email="camille.martin@example.org")
    assert person is not None
    news = dossier.consents.purpose_by_code("newsletter")
    assert news is not None
    dossier.consents.record(person.id, int(news.id or 0), EventKind.WITHDRAWN)
    window.show_page("overview")
    overview = window.pages["overview"]
    assert isinstance(overview, OverviewPage)
    overview.refresh()
    assert overview.suppression_box.isVisible()
    assert "not been sent to Mailchimp" in overview.suppression_text.text()

    target = tmp_path / "withdrawals.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (a[3][a[4]], True))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    overview.suppression_button.click()  # "Send them…": the export, for that tool
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    assert "Audience › Add contacts › Import contacts" in shown[-1]
    written = list(csv.reader(io.StringIO(target.read_text("utf-8"))))
    assert written[0] == ["Email Address", "First Name", "Last Name", "UNSUB_TIME",
                          "UNSUB_REASON"]
    assert any(r[0] == "camille.martin@example.org" for r in written[1:])
    window.show_page("overview")
    overview.refresh()
    assert not overview.suppression_box.isVisible()  # sent: nothing to remind
    page = window.pages["consents"]
    assert isinstance(page, ConsentsPage)
    assert set(page.act_suppression) == {"mailchimp", "brevo", "shopify"}
