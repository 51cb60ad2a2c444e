"""What a review of the import found, as an owner and an attacker would meet it: each bad
input refused with a message naming the file and the place, the dossier left as it was."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from assistant.cli import main
from tests.consent_helpers import dossier_state

FIXTURES = Path(__file__).parent / "fixtures" / "consent_layouts"
MAPPING = (FIXTURES / "hand-made-list.toml").read_text("utf-8")


@pytest.fixture
def shop(tmp_path: Path) -> Path:
    from assistant.store.dossier import create_dossier

    create_dossier(tmp_path / "shop.rgpd").close()
    return tmp_path / "shop.rgpd"


def run(tmp_path: Path, *args: str, lang: str = "en") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["--lang", lang, "--data-dir", str(tmp_path / "state"), *args],
                out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def refused(tmp_path: Path, shop: Path, *args: str, lang: str = "en") -> str:
    before = dossier_state(shop)
    code, out, err = run(tmp_path, "consents", "import", str(shop), *args, lang=lang)
    assert code == 1, (out, err)
    assert dossier_state(shop) == before
    return err


def test_a_mapping_that_reverses_the_choices_is_refused(tmp_path: Path, shop: Path) -> None:
    path = tmp_path / "map.toml"
    path.write_text(MAPPING.replace('granted = ["Oui"]\nrefused = ["Non"]',
                                    'granted = ["Non"]\nrefused = ["Oui"]', 1), "utf-8")
    err = refused(tmp_path, shop, str(FIXTURES / "hand-made-list.csv"), "--mapping", str(path))
    assert 'map.toml: choices[0].granted: "Non" in the column "Newsletter" would mean ' \
           '"consent given"' in err
    assert 'map.toml: choices[0].refused: "Oui" in the column "Newsletter"' in err
    err = refused(tmp_path, shop, str(FIXTURES / "hand-made-list.csv"), "--mapping", str(path),
                  "--dry-run", lang="fr")
    assert "choices[0].granted: « Non » dans la colonne « Newsletter » voudrait dire " \
           "« consentement donné »" in err


def test_a_till_opt_out_column_mapped_as_consent_is_refused(tmp_path: Path, shop: Path) -> None:
    till = tmp_path / "caisse.csv"
    till.write_text("email;do_not_email\na@example.org;0\nb@example.org;1\n", "utf-8")
    path = tmp_path / "caisse.toml"
    path.write_text('format = "rgpd-assistant-mapping"\nformat_version = 1\n'
                    '[identity]\nemail = "email"\n[when]\nunknown = true\n'
                    '[[choices]]\npurpose = "newsletter"\ncolumn = "do_not_email"\n'
                    'granted = ["0"]\nrefused = ["1"]\n', "utf-8")
    err = refused(tmp_path, shop, str(till), "--mapping", str(path))
    assert 'caisse.toml: choices[0].granted: the column "do_not_email" is an opt-out' in err


def test_a_phone_a_list_gave_as_text_still_round_trips(tmp_path: Path, shop: Path) -> None:
    # typed phones must be numbers now; what an import kept ("n/a" beside an email) must
    # still leave and come back in the dossier's JSON
    source = tmp_path / "list.csv"
    source.write_text("email,phone,purpose,status,date\n"
                      "a@example.org,n/a,newsletter,yes,2026-12-01\n", "utf-8")
    assert run(tmp_path, "consents", "import", str(shop), str(source))[0] == 0
    assert run(tmp_path, "export", "json", str(shop), "-o", str(tmp_path / "s.json"))[0] == 0
    code, _out, err = run(tmp_path, "import", "json", str(tmp_path / "s.json"), "-o",
                          str(tmp_path / "back.rgpd"))
    assert code == 0, err


def test_a_forced_layout_needs_its_columns(tmp_path: Path, shop: Path) -> None:
    # any list with an "Email Address" column, forced as Mailchimp, gave everyone a consent
    # ("subscribed" is what a member file without a status column is)
    source = tmp_path / "clients.csv"
    source.write_text("Email Address,First Name\nann@example.org,Ann\n", "utf-8")
    err = refused(tmp_path, shop, str(source), "--layout", "mailchimp")
    assert "clients.csv: the header (line 1) lacks the columns of a mailchimp export: it " \
           "needs OPTIN_TIME / CONFIRM_TIME / UNSUB_TIME / CLEAN_TIME" in err
    assert "Columns found: Email Address, First Name" in err
    err = refused(tmp_path, shop, str(FIXTURES / "hand-made-list.csv"), "--layout", "shopify",
                  lang="fr")
    assert "n'a pas les colonnes d'un export shopify" in err
    assert "Accepts Email Marketing / Accepts Marketing / Accepts SMS Marketing" in err


@pytest.mark.parametrize(("name", "layout"), [
    ("brevo-contacts.csv", "brevo"), ("lightspeed-x-series-customers.csv", "lightspeed"),
    ("prestashop-customers-fr.csv", "prestashop"), ("shopify-customers_export.csv", "shopify")])
def test_each_real_export_still_reads_with_its_layout_forced(tmp_path: Path, shop: Path,
                                                             name: str, layout: str) -> None:
    code, _out, err = run(tmp_path, "consents", "import", str(shop), str(FIXTURES / name),
                          "--layout", layout, "--dry-run")
    assert code == 0, err


def test_a_mapping_file_missing_in_ansi_or_broken_says_where(tmp_path: Path,
                                                             shop: Path) -> None:
    hand_made = str(FIXTURES / "hand-made-list.csv")
    err = refused(tmp_path, shop, hand_made, "--mapping", str(tmp_path / "none.toml"),
                  lang="fr")
    assert "none.toml n'existe pas" in err and "Errno" not in err
    ansi = tmp_path / "ansi.toml"
    ansi.write_bytes(MAPPING.encode("cp1252"))  # an old Notepad's "ANSI"
    err = refused(tmp_path, shop, hand_made, "--mapping", str(ansi))
    line = MAPPING.split("\n").index('phone = "Téléphone"') + 1
    assert f"ansi.toml:{line}: the mapping file is not UTF-8 (byte 0xE9 on this line)" in err
    assert "codec" not in err
    broken = tmp_path / "broken.toml"
    broken.write_text("format = 'rgpd-assistant-mapping'\ngarbage = [\n", "utf-8")
    err = refused(tmp_path, shop, hand_made, "--mapping", str(broken))
    assert "broken.toml:2:12: not a valid TOML file: Invalid value" in err


def test_a_csv_named_zip_is_told_to_be_renamed(tmp_path: Path, shop: Path) -> None:
    fake = tmp_path / "clients.zip"
    fake.write_bytes((FIXTURES / "shopify-customers_export.csv").read_bytes())
    err = refused(tmp_path, shop, str(fake), lang="fr")
    assert "clients.zip:1 : ce fichier est nommé .zip mais ce n'est pas une archive : " \
           "c'est du texte" in err
    fake.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 4)  # an archive cut short
    assert "damaged or incomplete" in refused(tmp_path, shop, str(fake))


def test_a_header_of_thousands_of_columns_is_refused_before_the_mapping_step(
        tmp_path: Path, shop: Path) -> None:
    from assistant.exchange.consent_csv_read import CsvRefused
    from assistant.exchange.consent_import import preview

    wide = tmp_path / "wide.csv"
    wide.write_text(";".join(f"c{i}" for i in range(2000)) + "\n" + ";".join("1" * 2000)
                    + "\n", "utf-8")
    err = refused(tmp_path, shop, str(wide))  # no known layout: the columns summarised
    assert "wide.csv:1: " in err and "c59, … (2000)" in err and "c1999" not in err
    with pytest.raises(CsvRefused) as refusal:  # the window: an error, not 2000 rows of combos
        preview(wide)
    assert refusal.value.finding.code == "too_many_columns"
    mapping = tmp_path / "wide.toml"
    mapping.write_text('format = "rgpd-assistant-mapping"\nformat_version = 1\n'
                       '[identity]\nemail = "c0"\n[when]\nunknown = true\n'
                       '[[choices]]\npurpose = "newsletter"\ncolumn = "c1"\n'
                       'granted = ["1"]\n', "utf-8")
    err = refused(tmp_path, shop, str(wide), "--mapping", str(mapping))
    assert "wide.csv:1: the header has 2000 columns" in err


@pytest.mark.parametrize("tool", ["mailchimp", "brevo", "shopify"])
def test_refused_phone_calls_are_not_sent_to_a_mailing_tool(tmp_path: Path, tool: str) -> None:
    # a refused call exported as an unsubscribe would stop the newsletter she agreed to
    shop = tmp_path / "worded.rgpd"
    assert run(tmp_path, "new", str(shop), "--name", "Fleurs de Lise")[0] == 0
    for purpose, status in (("newsletter", "granted"), ("phone", "refused")):
        code, _out, err = run(tmp_path, "consents", "record", str(shop), "--email",
                              "ana@example.org", "--purpose", purpose, "--status", status)
        assert code == 0, err
    target = tmp_path / "out.csv"
    code, _out, err = run(tmp_path, "consents", "export", str(shop), "--suppression", tool,
                          "--purpose", "phone", "-o", str(target))
    assert code == 1 and not target.exists()
    assert f"is a purpose of phone calls: {tool.capitalize()} calls nobody" in err
