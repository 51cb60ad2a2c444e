"""Other tools' exports imported as they are: each known layout's rules (statuses, dates or
"unknown", channel, evidence, people), in French and English runs of the command line,
and every bad input refused with a message that names it and an unchanged dossier.

The files are in fixtures/consent_layouts/, built from each tool's real export (see the
README there for the sources)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from assistant.cli import main
from assistant.domain.consent import EventKind
from assistant.domain.progress import drive
from assistant.exchange.consent_import import ImportReport, import_consents
from assistant.store.dossier import Dossier, create_dossier, open_dossier
from tests.consent_helpers import dossier_state

FIXTURES = Path(__file__).parent / "fixtures" / "consent_layouts"
NAMES = {"fr": {"mailchimp": "Mailchimp (export d'audience)",
                "brevo": "Brevo (export de contacts)",
                "shopify": "Shopify (export des clients)",
                "prestashop": "PrestaShop (export des clients)",
                "lightspeed": "Lightspeed Retail X-Series (export des clients)"},
         "en": {"mailchimp": "Mailchimp (audience export)",
                "brevo": "Brevo (contacts export)",
                "shopify": "Shopify (customers export)",
                "prestashop": "PrestaShop (customers export)",
                "lightspeed": "Lightspeed Retail X-Series (customers export)"}}
RECOGNISED = {"fr": "Format reconnu : {}.", "en": "Layout recognised: {}."}


def mailchimp_zip(folder: Path, name: str = "audience.zip") -> Path:
    target = folder / name
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z:
        for csv_file in sorted((FIXTURES / "mailchimp").glob("*.csv")):
            z.write(csv_file, csv_file.name)
    return target


def cli(tmp_path: Path, lang: str, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["--lang", lang, "--data-dir", str(tmp_path / "state"), *args], out=out,
                err=err)
    return code, out.getvalue(), err.getvalue()


def history(d: Dossier, **who: str) -> list[tuple[str, str, bool, str, str]]:
    person = d.consents.find_subject(**who)
    assert person is not None, who
    return [(h.purpose_code, h.kind.value, h.date_unknown, h.channel, h.evidence)
            for h in d.consents.history(person.id)]


def people(d: Dossier) -> int:
    return d.consents.subject_count()


@pytest.fixture
def shop(tmp_path: Path) -> Path:
    create_dossier(tmp_path / "shop.rgpd").close()
    return tmp_path / "shop.rgpd"


# -- each known layout ------------------------------------------------------------------------
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_mailchimp_zip(tmp_path: Path, shop: Path, lang: str) -> None:
    code, out, err = cli(tmp_path, lang, "consents", "import", str(shop),
                         str(mailchimp_zip(tmp_path)))
    assert code == 0, err
    assert RECOGNISED[lang].format(NAMES[lang]["mailchimp"]) in err
    with open_dossier(shop, read_only=True) as d:
        assert people(d) == 5  # the cleaned (bounced) address makes nobody and no event
        assert d.consents.find_subject(email="ancien.client@example.org") is None
        camille = history(d, email="camille.martin@example.org")
        assert camille == [("newsletter", "granted", False, "web",
                            "OPTIN_IP=192.0.2.10; CONFIRM_IP=192.0.2.10")]
        person = d.consents.find_subject(email="camille.martin@example.org")
        assert person is not None and person.identity.phone == "06 12 34 56 78"
        event = d.consents.history(person.id)[0]
        assert event.occurred_at == "2023-03-14T09:15:41.000000Z"  # CONFIRM_TIME, in UTC
        lea = d.consents.find_subject(email="lea.dubois@example.org")
        assert lea is not None  # not confirmed: OPTIN_TIME
        assert d.consents.history(lea.id)[0].occurred_at == "2022-11-02T18:40:00.000000Z"
        hugo = history(d, email="hugo.bernard@example.org")
        assert [(p, k, u) for p, k, u, _, _ in hugo] == [
            ("newsletter", "granted", False), ("newsletter", "withdrawn", False)]
        assert hugo[1][3] == "email" and "UNSUB_REASON=NORMAL" in hugo[1][4]
        # unsubscribed without an opt-in time: only the withdrawal is known
        assert [(p, k) for p, k, *_ in history(d, email="ines.roux@example.org")] == [
            ("newsletter", "withdrawn")]
    code, out, _ = cli(tmp_path, lang, "consents", "import", str(shop),
                       str(mailchimp_zip(tmp_path, "again.zip")))
    assert code == 0 and ("déjà" in out or "already" in out)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_brevo(tmp_path: Path, shop: Path, lang: str) -> None:
    code, _, err = cli(tmp_path, lang, "consents", "import", str(shop),
                       str(FIXTURES / "brevo-contacts.csv"))
    assert code == 0, err
    assert RECOGNISED[lang].format(NAMES[lang]["brevo"]) in err
    with open_dossier(shop, read_only=True) as d:
        assert people(d) == 4
        assert history(d, email="camille.martin@example.org") == [
            ("newsletter", "granted", False, "other", "")]
        assert [(p, k, u) for p, k, u, *_ in history(d, email="marc.lefevre@example.org")] \
            == [("newsletter", "withdrawn", True)]  # blacklisted: never a consent
        # a contact with an SMS number and no email is no longer refused: found by phone
        assert [(p, k, u) for p, k, u, *_ in history(d, phone="06 98 76 54 32")] == [
            ("sms", "granted", False)]
        assert [(p, k, u) for p, k, u, *_ in history(d, phone="+33611223344")] == [
            ("sms", "withdrawn", True)]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_shopify(tmp_path: Path, shop: Path, lang: str) -> None:
    code, _, err = cli(tmp_path, lang, "consents", "import", str(shop),
                       str(FIXTURES / "shopify-customers_export.csv"))
    assert code == 0, err
    assert RECOGNISED[lang].format(NAMES[lang]["shopify"]) in err
    with open_dossier(shop, read_only=True) as d:
        # Théo said "no" to everything: not subscribed is not a withdrawal, nothing recorded
        assert people(d) == 3
        assert d.consents.find_subject(email="theo.lambert@example.org") is None
        camille = d.consents.find_subject(email="camille.martin@example.org")
        assert camille is not None
        # the spreadsheet's leading ' is stripped from the id and the phone
        assert camille.identity.customer_ref == "7210448301122"
        assert camille.identity.phone == "+33612345678"
        assert history(d, email="camille.martin@example.org") == [
            ("newsletter", "granted", True, "web", "Accepts Email Marketing: yes"),
            ("sms", "granted", True, "web", "Accepts SMS Marketing: yes")]
        # no email, an SMS number: found by phone
        assert [(p, k, u) for p, k, u, *_ in history(d, phone="06 98 76 50 00")] == [
            ("sms", "granted", True)]
        assert history(d, customer_ref="7210448301125")


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("name", ["prestashop-customers-fr.csv", "prestashop-customers-en.csv"])
def test_prestashop_french_and_english_back_office(tmp_path: Path, shop: Path, lang: str,
                                                   name: str) -> None:
    code, _, err = cli(tmp_path, lang, "consents", "import", str(shop), str(FIXTURES / name))
    assert code == 0, err
    assert RECOGNISED[lang].format(NAMES[lang]["prestashop"]) in err
    with open_dossier(shop, read_only=True) as d:
        assert people(d) == 2  # the customer with 0 and 0 gives nothing
        events = [(h.purpose_code, h.kind.value, h.date_unknown, h.channel_detail)
                  for s in range(1, people(d) + 1) for h in d.consents.history(s)]
        assert ("partners", "granted", True, "PrestaShop") in events
        assert all(k == "granted" and u for _, k, u, _ in events)
        assert len(events) == 3


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_lightspeed_opt_out_only_withdraws(tmp_path: Path, shop: Path, lang: str) -> None:
    code, _, err = cli(tmp_path, lang, "consents", "import", str(shop),
                       str(FIXTURES / "lightspeed-x-series-customers.csv"))
    assert code == 0, err
    assert RECOGNISED[lang].format(NAMES[lang]["lightspeed"]) in err
    with open_dossier(shop, read_only=True) as d:
        assert people(d) == 2  # do_not_email 0 records nothing: no consent made up
        assert history(d, email="camille.martin@example.org") == [
            ("newsletter", "withdrawn", True, "in_store", "do_not_email=1")]
        assert d.consents.find_subject(email="pierre.vidal@example.org") is None
        assert history(d, phone="07 11 22 33 44")[0][:2] == ("newsletter", "withdrawn")


@pytest.mark.parametrize(("lang", "words"), [
    ("fr", "aucun consentement"), ("en", "no consent at all")])
def test_woocommerce_is_refused_saying_why(tmp_path: Path, shop: Path, lang: str,
                                           words: str) -> None:
    before = dossier_state(shop)
    code, _, err = cli(tmp_path, lang, "consents", "import", str(shop),
                       str(FIXTURES / "woocommerce-customers-report.csv"))
    assert code == 1 and words in err and "WooCommerce" in err
    assert dossier_state(shop) == before


def test_the_same_person_across_files_is_one_person(tmp_path: Path, shop: Path) -> None:
    for source in (mailchimp_zip(tmp_path), FIXTURES / "brevo-contacts.csv",
                   FIXTURES / "shopify-customers_export.csv",
                   FIXTURES / "lightspeed-x-series-customers.csv"):
        assert cli(tmp_path, "en", "consents", "import", str(shop), str(source))[0] == 0
    with open_dossier(shop, read_only=True) as d:
        assert len(d.consents.search("camille.martin@example.org")) == 1
        camille = d.consents.find_subject(email="camille.martin@example.org")
        assert camille is not None
        statuses = {s.purpose_code: s for s in d.consents.statuses(camille.id)}
        # the till's opt-out, of unknown date, ends the newsletter consent of 2023
        assert statuses["newsletter"].kind is EventKind.WITHDRAWN
        assert statuses["sms"].kind is EventKind.GRANTED and statuses["sms"].date_unknown
        kinds = [h.kind.value for h in d.consents.history(camille.id)]
        assert kinds.count("withdrawn") == 1


# -- dry run and layouts ------------------------------------------------------------------------
def test_dry_run_writes_nothing(tmp_path: Path, shop: Path) -> None:
    before = shop.read_bytes()
    code, out, err = cli(tmp_path, "en", "consents", "import", str(shop),
                         str(FIXTURES / "shopify-customers_export.csv"), "--dry-run")
    assert code == 0, err
    assert shop.read_bytes() == before
    assert not Path(f"{shop}-wal").exists() or Path(f"{shop}-wal").stat().st_size == 0
    assert "Dry run" in out and "newsletter · consent given (date unknown): 2" in out
    assert "line 2: camille.martin@example.org Camille Martin · newsletter · consent given · " \
           "date unknown" in out


@pytest.mark.parametrize(("lang", "word"), [("fr", "correspondance"), ("en", "mapping")])
def test_a_file_of_no_layout_names_its_columns_and_the_mapping(tmp_path: Path, shop: Path,
                                                               lang: str, word: str) -> None:
    before = dossier_state(shop)
    code, _, err = cli(tmp_path, lang, "consents", "import", str(shop),
                       str(FIXTURES / "hand-made-list.csv"))
    assert code == 1
    assert "NOM, Prénom, E-mail, Téléphone, Newsletter, SMS promo" in err
    assert word in err and "--mapping" in err
    assert dossier_state(shop) == before


def test_a_header_of_two_layouts_is_refused(tmp_path: Path, shop: Path) -> None:
    both = tmp_path / "both.csv"
    both.write_text("Email Address,OPTIN_TIME,Email,Accepts Email Marketing\n"
                    "a@example.org,2024-01-01 10:00:00,a@example.org,yes\n", encoding="utf-8")
    before = dossier_state(shop)
    code, _, err = cli(tmp_path, "en", "consents", "import", str(shop), str(both))
    assert code == 1 and "mailchimp, shopify" in err and "--layout" in err
    assert dossier_state(shop) == before
    code, _, err = cli(tmp_path, "en", "consents", "import", str(shop), str(both),
                       "--layout", "shopify")
    assert code == 0, err


def test_a_value_that_is_neither_yes_nor_no_is_not_guessed(tmp_path: Path, shop: Path) -> None:
    odd = tmp_path / "odd.csv"
    odd.write_text((FIXTURES / "shopify-customers_export.csv").read_text("utf-8")
                   .replace("theo.lambert@example.org,no", "theo.lambert@example.org,peut-être"),
                   encoding="utf-8")
    before = dossier_state(shop)
    code, _, err = cli(tmp_path, "en", "consents", "import", str(shop), str(odd))
    assert code == 1
    assert f"{odd}:3: \"peut-être\" in the column \"Accepts Email Marketing\"" in err
    assert dossier_state(shop) == before


def test_purposes_can_be_recorded_under_the_owner_s_choice(shop: Path) -> None:
    with open_dossier(shop) as d:
        report: ImportReport = drive(import_consents(
            d, FIXTURES / "prestashop-customers-en.csv",
            purposes={"partners": "newsletter", "newsletter": "loyalty"}))
        assert report.layout == "prestashop" and report.events_added == 3
        kinds = {h.purpose_code for s in (1, 2) for h in d.consents.history(s)}
        assert kinds == {"newsletter", "loyalty"}
