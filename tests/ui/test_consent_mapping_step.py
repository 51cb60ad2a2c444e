"""The import dialog's mapping step, as an owner uses it: a hand-made list mapped, the
mapping saved and offered again for a file with the same header, an opt-out column, and
the preview showing the statuses before anything is written; and the faces for the app's
own layout and another tool's export."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from assistant.domain.consent_mapping import mapping_from_toml
from assistant.exchange.consent_import import preview
from assistant.store.dossier import create_dossier
from assistant.ui.dialogs.consent_import_dialog import ConsentImportDialog
from assistant.ui.main_window import MainWindow
from assistant.ui.pages.consents_page import ConsentsPage

FIXTURES = Path(__file__).parents[1] / "exchange" / "fixtures" / "consent_layouts"
HAND_MADE = FIXTURES / "hand-made-list.csv"


@pytest.fixture
def purposes(tmp_path: Path):  # type: ignore[no-untyped-def]
    with create_dossier(tmp_path / "p.rgpd") as d:
        return d.consents.purposes()


def dialog_for(qtbot, source: Path, purposes, **kw) -> ConsentImportDialog:  # type: ignore[no-untyped-def]
    dialog = ConsentImportDialog(source, preview(source, limit=500), purposes=purposes, **kw)
    qtbot.addWidget(dialog)
    return dialog


def semantic(mapping):  # type: ignore[no-untyped-def]
    """A mapping with its values as they are compared (Oui = oui)."""
    from dataclasses import replace

    from assistant.domain.consent_mapping import value_key

    return replace(mapping, choices=tuple(
        (c.purpose, c.column, *(frozenset(value_key(v) for v in getattr(c, k))
                                for k in ("granted", "refused", "withdrawn", "ignored")))
        for c in mapping.choices))


def preview_cells(dialog: ConsentImportDialog) -> list[list[str]]:
    return [[dialog.preview.item(r, c).text() for c in range(dialog.preview.columnCount())]
            for r in range(dialog.preview.rowCount())]


def test_map_a_hand_made_list(qtbot, english, purposes) -> None:  # type: ignore[no-untyped-def]
    dialog = dialog_for(qtbot, HAND_MADE, purposes)
    assert dialog.mode == "mapping"
    roles = [dialog.role_combo(i).currentData() for i in range(6)]
    # NOM;Prénom;E-mail;Téléphone;Newsletter;SMS promo
    assert roles == ["last_name", "first_name", "email", "phone", "choice", "choice"]
    dialog.columns.setCurrentCell(4, 0)
    assert dialog.purpose_combo.currentData() == "newsletter"
    assert dialog.value_combo("Oui").currentData() == "granted"  # plain words are offered
    assert dialog.value_combo("Non").currentData() == "refused"
    dialog.columns.setCurrentCell(5, 0)
    assert dialog.purpose_combo.currentData() == "sms"
    dialog.channel.setCurrentIndex(dialog.channel.findData("in_store"))
    expected = mapping_from_toml((FIXTURES / "hand-made-list.toml").read_text("utf-8"))
    mapping = dialog.current_mapping()
    assert mapping.identity_columns() == expected.identity_columns()
    assert mapping.when_unknown and not mapping.when_column
    assert [(c.purpose, c.column, {v.lower() for v in c.granted},
             {v.lower() for v in c.refused}) for c in mapping.choices] == [
        (c.purpose, c.column, {v.lower() for v in c.granted}, {v.lower() for v in c.refused})
        for c in expected.choices]
    assert dialog.import_button.isEnabled() and dialog.problems.text() == ""
    options = dialog.import_options()
    assert options["mapping"] == mapping and options["layout"] == "auto"


def test_the_preview_shows_the_statuses_before_import(qtbot, english, purposes) -> None:  # type: ignore[no-untyped-def]
    dialog = dialog_for(qtbot, HAND_MADE, purposes)
    rows = preview_cells(dialog)
    assert ["2", "marie.durand@example.org Marie DURAND", "newsletter", "consent given",
            "date unknown"] in rows
    assert ["2", "marie.durand@example.org Marie DURAND", "sms", "consent refused",
            "date unknown"] in rows
    assert ["4", "0033 6 99 88 77 66 Chloé ROUSSEAU", "sms", "consent given",
            "date unknown"] in rows  # no email: found by phone
    # saying "Non" means nothing yet: the rows with it are refused, in sight
    dialog.columns.setCurrentCell(4, 0)
    dialog.value_combo("Non").setCurrentIndex(dialog.value_combo("Non").findData(""))
    rows = preview_cells(dialog)
    assert any(r[0] == "3" and "\"Non\" in the column \"Newsletter\"" in r[1] for r in rows)
    # a column that gives no way to find people is named in what is missing
    for i in (2, 3):
        dialog.role_combo(i).setCurrentIndex(dialog.role_combo(i).findData(""))
    assert "map at least one of email, phone or customer_ref" in dialog.problems.text()
    assert not dialog.import_button.isEnabled()


def test_an_opt_out_column_only_withdraws(qtbot, english, purposes, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    till = tmp_path / "caisse.csv"
    till.write_text("Code;Nom;Mail;Ne pas écrire\nC1;Roux;a@example.org;1\n"
                    "C2;Vidal;b@example.org;0\nC3;Petit;c@example.org;1\n", encoding="utf-8")
    dialog = dialog_for(qtbot, till, purposes)
    dialog.role_combo(3).setCurrentIndex(dialog.role_combo(3).findData("choice"))
    dialog.columns.setCurrentCell(3, 0)
    # 0 and 1 are not guessed: nothing is said of them until the owner says it
    assert dialog.value_combo("1").currentData() == ""
    assert dialog.value_combo("0").currentData() == ""
    dialog.opt_out.setChecked(True)
    offered = {dialog.value_combo("1").itemData(i)
               for i in range(dialog.value_combo("1").count())}
    assert offered == {"", "withdrawn", "ignored"}  # never a consent
    dialog.value_combo("1").setCurrentIndex(dialog.value_combo("1").findData("withdrawn"))
    dialog.value_combo("0").setCurrentIndex(dialog.value_combo("0").findData("ignored"))
    rows = preview_cells(dialog)
    assert [r[1:4] for r in rows] == [["a@example.org Roux", "newsletter", "consent withdrawn"],
                                      ["c@example.org Petit", "newsletter",
                                       "consent withdrawn"]]
    (choice,) = dialog.current_mapping().choices
    assert choice.withdrawn == ("1",) and choice.ignored == ("0",) and choice.opt_out


def test_save_the_mapping_then_get_it_back_for_the_same_header(  # type: ignore[no-untyped-def]
        window: MainWindow, tmp_path: Path, monkeypatch, qtbot) -> None:
    target = tmp_path / "shop.rgpd"
    create_dossier(target).close()
    window.open_path(target)
    window.show_page("consents")
    page = window.pages["consents"]
    assert isinstance(page, ConsentsPage)
    saved_to = tmp_path / "mapping.toml"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(saved_to), ""))
    seen: list[ConsentImportDialog] = []

    def map_and_import(dialog: ConsentImportDialog) -> int:
        seen.append(dialog)
        if len(seen) == 1:  # the owner leaves the surnames out, says paper, saves, imports
            dialog.role_combo(0).setCurrentIndex(dialog.role_combo(0).findData(""))
            dialog.channel.setCurrentIndex(dialog.channel.findData("paper"))
            dialog.save_button.click()
            return QDialog.DialogCode.Accepted
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ConsentImportDialog, "exec", map_and_import)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    monkeypatch.setattr("assistant.ui.consent_transfer.show_error",
                        lambda _p, _t, exc: shown.append(f"error: {exc!r}"))
    source = tmp_path / HAND_MADE.name  # its report of refused rows would go beside it
    source.write_bytes(HAND_MADE.read_bytes())
    page.import_file(source)  # read on a worker, then the mapping step, then the import
    runner = page.transfer  # the import runs on a worker
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    assert "Layout recognised: your mapping." in shown[-1]
    assert "Events added: 6." in shown[-1]
    written = mapping_from_toml(saved_to.read_text("utf-8"))
    assert written == seen[0].current_mapping()
    assert not written.last_name and written.channel == "paper"
    # another file with the same columns: the mapping comes back, as the owner left it
    again = tmp_path / "liste-mars.csv"
    again.write_text("NOM;Prénom;E-mail;Téléphone;Newsletter;SMS promo\n"
                     "BLANC;Léo;leo@example.org;;oui;non\n", encoding="cp1252")
    page.import_file(again)
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=20000)
    assert len(seen) == 2 and seen[1].saved_applied
    assert seen[1].role_combo(0).currentData() == ""
    assert semantic(seen[1].current_mapping()) == semantic(written)
    assert runner is not None


def test_a_known_export_says_which_tool_and_lets_the_purpose_be_chosen(  # type: ignore[no-untyped-def]
        qtbot, english, purposes) -> None:
    dialog = dialog_for(qtbot, FIXTURES / "shopify-customers_export.csv", purposes)
    assert dialog.mode == "layout" and dialog.layout_name == "shopify"
    assert "Shopify (customers export)" in dialog.recognised.text()
    becomes = {dialog.roles.item(r, 0).text(): dialog.roles.item(r, 1).text()
               for r in range(dialog.roles.rowCount())}
    assert "not subscribed is not a withdrawal" in becomes["Accepts Email Marketing"]
    assert ["2", "camille.martin@example.org Camille Martin", "newsletter", "consent given",
            "date unknown"] in preview_cells(dialog)
    combo = dialog.purpose_combos["newsletter"]
    combo.setCurrentIndex(combo.findData("loyalty"))
    assert dialog.import_options()["purposes"] == {"newsletter": "loyalty", "sms": "sms"}
    assert "loyalty" in [r[2] for r in preview_cells(dialog)]


def test_woocommerce_cannot_be_imported_and_says_why(qtbot, english, purposes) -> None:  # type: ignore[no-untyped-def]
    dialog = dialog_for(qtbot, FIXTURES / "woocommerce-customers-report.csv", purposes)
    assert "no consent at all" in dialog.preview_title.text()
    assert not dialog.import_button.isEnabled()
