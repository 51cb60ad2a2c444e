"""Every way a person comes in (the CSV import, the JSON import, the store the window and the
command line write through) writes them in NFC and matches their email by one rule."""

from __future__ import annotations

import json
import shutil
import sqlite3
import unicodedata
from pathlib import Path

import pytest

from assistant.domain.consent import Identity
from assistant.domain.findings import ValidationError
from assistant.domain.progress import drive
from assistant.exchange.consent_import import CsvRowsRefused, import_consents
from assistant.exchange.json_dossier import export_json, import_json
from assistant.store.dossier import create_dossier, open_dossier
from tests.consent_helpers import dossier_state
from tests.json_helpers import refused

NFC = "josé@exemple.fr"
NFD = unicodedata.normalize("NFD", NFC)
FIXTURES = Path(__file__).parents[1] / "store" / "fixtures"


@pytest.fixture
def shop(tmp_path: Path):  # type: ignore[no-untyped-def]
    d = create_dossier(tmp_path / "shop.rgpd")
    yield d
    d.close()


def csv_import(d, tmp_path: Path, text: str, name: str = "in.csv"):  # type: ignore[no-untyped-def]
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return drive(import_consents(d, path))


def statuses(d) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {r[0]: r[1] for r in d.conn.execute(
        "SELECT s.email, cs.kind FROM consent_status cs JOIN subject s ON s.id = cs.subject_id")}


def test_csv_a_withdrawal_in_nfd_reaches_the_person_in_nfc(shop, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    name = unicodedata.normalize("NFD", "Zoé")
    csv_import(shop, tmp_path, f"email;first_name;purpose;status;date\n"
               f"{NFC};{name};newsletter;granted;2024-01-02\n", "a.csv")
    report = csv_import(shop, tmp_path, f"email;purpose;status;date\n"
                        f"{NFD};newsletter;withdrawn;2024-02-03\n", "b.csv")
    assert report.subjects_added == 0
    assert statuses(shop) == {NFC: "withdrawn"}
    first = shop.conn.execute("SELECT first_name FROM subject").fetchone()[0]
    assert first == "Zoé" and unicodedata.is_normalized("NFC", first)


def test_csv_sharp_s_and_ss_are_two_people(shop, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    report = csv_import(shop, tmp_path, "email;purpose;status;date\n"
                        "straße@x.de;newsletter;granted;2024-01-02\n"
                        "strasse@x.de;newsletter;withdrawn;2024-01-03\n")
    assert report.subjects_added == 2
    assert statuses(shop) == {"straße@x.de": "granted", "strasse@x.de": "withdrawn"}


@pytest.mark.parametrize("char", ["\u200b", "\ufeff", "\u2060"])
def test_csv_an_invisible_character_in_an_email_is_refused(shop, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                            char: str) -> None:
    before = dossier_state(shop.path)
    path = tmp_path / "in.csv"
    path.write_text(f"email;purpose;status;date\njo{char}se@x.fr;newsletter;granted;"
                    "2024-01-02\n", encoding="utf-8")
    with pytest.raises(CsvRowsRefused) as caught:
        drive(import_consents(shop, path))
    problem = caught.value.problems[0]
    assert problem.code == "invisible_character" and problem.params["column"] == "email"
    assert f"U+{ord(char):04X}" in problem.params["char"]
    assert dossier_state(shop.path) == before


def test_store_matches_nfc_and_nfd_and_refuses_look_alikes(shop) -> None:  # type: ignore[no-untyped-def]
    person = shop.consents.add_subject(Identity(email=NFD, first_name="Zoé"))
    assert person.identity.email == NFC
    assert shop.consents.find_subject(email=NFC.upper()).id == person.id
    with pytest.raises(ValidationError) as caught:
        shop.consents.add_subject(Identity(email=NFC))
    assert caught.value.findings[0].code == "email_taken"
    with pytest.raises(ValidationError) as caught:
        shop.consents.add_subject(Identity(email="jos\u200bé@exemple.fr"))
    assert caught.value.findings[0].code == "invisible_character"
    shop.consents.add_subject(Identity(email="straße@x.de"))
    shop.consents.add_subject(Identity(email="strasse@x.de"))  # another address


def test_json_identities_come_in_nfc(shop, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    shop.consents.add_subject(Identity(email="a@x.fr", last_name="Zoé"))
    drive(export_json(shop, tmp_path / "a.json"))
    doc = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    doc["subjects"][0]["email"] = NFD
    doc["subjects"][0]["last_name"] = unicodedata.normalize("NFD", "Zoé")
    (tmp_path / "b.json").write_text(json.dumps(doc), encoding="utf-8")
    drive(import_json(tmp_path / "b.json", tmp_path / "b.rgpd"))
    with open_dossier(tmp_path / "b.rgpd", read_only=True) as imported:
        row = imported.conn.execute(
            "SELECT email, last_name, email_key FROM subject_text").fetchone()
    assert row == (NFC, "Zoé", NFC)


def test_json_two_spellings_of_one_email_are_refused(shop, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    shop.consents.add_subject(Identity(email="a@x.fr"))
    shop.consents.add_subject(Identity(email="b@x.fr"))
    drive(export_json(shop, tmp_path / "a.json"))
    doc = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    doc["subjects"][0]["email"], doc["subjects"][1]["email"] = NFC, NFD
    folder = tmp_path / "refused"
    folder.mkdir()
    exc = refused(folder, doc)
    assert exc.where == "$.subjects[1].email" and exc.finding.code == "email_taken"


def test_the_schema_step_gives_existing_people_the_new_key(tmp_path: Path) -> None:
    path = tmp_path / "old.rgpd"
    shutil.copy(FIXTURES / "dossier-v2.rgpd", path)
    conn = sqlite3.connect(path)
    with conn:  # as version 2 wrote them: keys case-folded
        for n, email in enumerate(("Straße@X.de", "PLAIN@x.fr"), start=900):
            conn.execute(
                "INSERT INTO subject (id, uid, email, email_key, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, '2024-01-01T00:00:00.000000Z', "
                "'2024-01-01T00:00:00.000000Z')", (n, f"{n:032x}", email, email.casefold()))
    conn.close()
    with open_dossier(path) as d:
        keys = dict(d.conn.execute("SELECT email, email_key FROM subject WHERE id >= 900"))
        assert keys == {"Straße@X.de": "straße@x.de", "PLAIN@x.fr": "plain@x.fr"}
        assert d.consents.find_subject(email="strasse@x.de") is None
        d.consents.add_subject(Identity(email="strasse@x.de"))  # no longer taken


