"""Bad input to the import of other tools' files and of mapped files: each refused with a
message that names what is wrong and where, and the dossier exactly as it was."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from assistant.cli import main
from assistant.domain.consent_mapping import mapping_from_toml
from assistant.domain.progress import drive
from assistant.exchange.consent_import import import_consents
from assistant.store.dossier import create_dossier, open_dossier
from tests.consent_helpers import dossier_state

FIXTURES = Path(__file__).parent / "fixtures" / "consent_layouts"
MAPPING = (FIXTURES / "hand-made-list.toml").read_text("utf-8")


@pytest.fixture
def shop(tmp_path: Path) -> Path:
    create_dossier(tmp_path / "shop.rgpd").close()
    return tmp_path / "shop.rgpd"


def refused(tmp_path: Path, shop: Path, *args: str, lang: str = "en") -> str:
    before = dossier_state(shop)
    out, err = io.StringIO(), io.StringIO()
    code = main(["--lang", lang, "--data-dir", str(tmp_path / "state"), "consents", "import",
                 str(shop), *args], out=out, err=err)
    assert code == 1, (out.getvalue(), err.getvalue())
    assert dossier_state(shop) == before
    return err.getvalue()


def test_a_zip_holding_something_else(tmp_path: Path, shop: Path) -> None:
    other = tmp_path / "photos.zip"
    with zipfile.ZipFile(other, "w") as z:
        z.writestr("vacances.jpg", b"\xff\xd8\xff" + b"0" * 100)
        z.writestr("notes.txt", "bonjour")
    err = refused(tmp_path, shop, str(other))
    assert "holds no CSV file of a Mailchimp audience export" in err
    assert "vacances.jpg, notes.txt" in err


def test_a_zip_of_another_csv_names_the_file(tmp_path: Path, shop: Path) -> None:
    other = tmp_path / "export.zip"
    with zipfile.ZipFile(other, "w") as z:
        z.writestr("orders.csv", "Order,Total\n1,10\n")
    err = refused(tmp_path, shop, str(other))
    assert "\"orders.csv\"" in err and "not a Mailchimp audience export" in err


def test_a_zip_bomb_is_refused_before_it_expands(tmp_path: Path, shop: Path) -> None:
    bomb = tmp_path / "bomb.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("subscribed_members_export_x.csv",
                   "Email Address,OPTIN_TIME\n" + "a" * 5_000_000)
    assert bomb.stat().st_size < 50_000
    err = refused(tmp_path, shop, str(bomb))
    assert "more than 50 times its size or 1 GB" in err


def test_a_zip_whose_directory_lies_about_sizes(tmp_path: Path, shop: Path) -> None:
    """The directory says 1 KB; the data expands to 5 MB: stopped while copying."""
    bomb = tmp_path / "liar.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("subscribed_members_export_x.csv",
                   "Email Address,OPTIN_TIME\n" + "a" * 5_000_000)
    data = bytearray(bomb.read_bytes())
    # file_size (uncompressed) in the local header (offset 22) and central directory (+24)
    for at in (22, data.rfind(b"PK\x01\x02") + 24):
        data[at:at + 4] = (1024).to_bytes(4, "little")
    bomb.write_bytes(bytes(data))
    err = refused(tmp_path, shop, str(bomb))
    assert "50 times" in err or "cannot be read" in err


def test_a_damaged_zip(tmp_path: Path, shop: Path) -> None:
    broken = tmp_path / "broken.zip"
    broken.write_bytes(b"PK\x03\x04" + b"\x00" * 40)
    assert "damaged" in refused(tmp_path, shop, str(broken))


def mapped(tmp_path: Path, shop: Path, toml: str, lang: str = "en") -> str:
    path = tmp_path / "map.toml"
    path.write_text(toml, encoding="utf-8")
    return refused(tmp_path, shop, str(FIXTURES / "hand-made-list.csv"), "--mapping",
                   str(path), lang=lang)


def test_a_mapping_naming_a_column_that_is_not_there(tmp_path: Path, shop: Path) -> None:
    err = mapped(tmp_path, shop, MAPPING.replace('column = "SMS promo"', 'column = "SMS"'))
    assert "map.toml: choices[1].column: the column \"SMS\" is not in the file" in err
    assert "NOM, Prénom, E-mail, Téléphone, Newsletter, SMS promo" in err


def test_a_mapping_naming_a_purpose_the_dossier_lacks(tmp_path: Path, shop: Path) -> None:
    err = mapped(tmp_path, shop, MAPPING.replace('purpose = "sms"', 'purpose = "cartes"'),
                 lang="fr")
    assert "choices[1].purpose: le dossier n'a pas de finalité « cartes »" in err


def test_two_mappings_for_one_column(tmp_path: Path, shop: Path) -> None:
    err = mapped(tmp_path, shop, MAPPING.replace('column = "SMS promo"',
                                                 'column = "Newsletter"'))
    assert "choices[1].column: the column \"Newsletter\" is mapped twice (also at " \
           "choices[0].column)" in err


def test_a_value_no_list_names(tmp_path: Path, shop: Path) -> None:
    err = mapped(tmp_path, shop, MAPPING.replace('granted = ["Oui"]\nrefused = ["Non"]\n'
                                                 'withdrawn = []\n\n[defaults]',
                                                 'granted = ["Oui"]\nrefused = []\n'
                                                 'withdrawn = []\n\n[defaults]'))
    assert "hand-made-list.csv:2: \"Non\" in the column \"SMS promo\" (sms) is in none of " \
           "the mapping's lists" in err


def test_a_mapping_file_that_is_not_one(tmp_path: Path, shop: Path) -> None:
    err = mapped(tmp_path, shop, "format = 'autre'\n[identity\n")
    assert "map.toml: -: not a valid TOML file" in err
    err = mapped(tmp_path, shop, MAPPING.replace("format_version = 1", "format_version = 7"))
    assert "format_version: format_version is 7" in err


def test_the_mapping_imports_a_hand_made_list(shop: Path) -> None:
    with open_dossier(shop) as d:
        report = drive(import_consents(d, FIXTURES / "hand-made-list.csv",
                                       mapping=mapping_from_toml(MAPPING)))
        assert report.layout == "mapping" and report.events_added == 6
        assert report.subjects_added == 4
        chloe = d.consents.find_subject(phone="06 99 88 77 66")  # no email: found by phone
        assert chloe is not None and chloe.identity.first_name == "Chloé"
        lucas = d.consents.find_subject(email="lucas.petit@example.org")
        assert lucas is not None
        (only,) = d.consents.history(lucas.id)
        assert (only.purpose_code, only.kind.value, only.date_unknown, only.channel) == (
            "newsletter", "refused", True, "in_store")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_unfilled_template_records_nothing_false(tmp_path: Path, shop: Path,
                                                    lang: str) -> None:
    from assistant.exchange.consent_template import write_template

    template = write_template(tmp_path / f"template-{lang}.csv", lang)
    err = refused(tmp_path, shop, str(template), lang=lang)
    assert ":2:" in err  # the example row, named by its line
