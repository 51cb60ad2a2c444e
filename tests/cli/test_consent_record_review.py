"""``consents record`` with a phone that is no phone number: refused on the phone, saying
what was typed, never kept beside an email nor reported as a missing email."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from assistant.cli import main
from tests.consent_helpers import dossier_state


def cli(*args: str, lang: str = "en") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["--lang", lang, *args], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def shop(tmp_path: Path) -> Path:
    path = tmp_path / "shop.rgpd"
    assert cli("new", str(path), "--name", "Fleurs de Lise")[0] == 0
    return path


@pytest.mark.parametrize(("who", "lang", "said"), [
    (["--phone", "abc"], "fr", "Téléphone : « abc » n'est pas un numéro de téléphone"),
    (["--email", "lise@example.org", "--phone", "12"], "en",
     'Phone: "12" is not a phone number'),
])
def test_a_phone_that_is_no_number(shop: Path, who: list[str], lang: str, said: str) -> None:
    before = dossier_state(shop)
    code, _out, err = cli("consents", "record", str(shop), *who, "--purpose", "sms",
                          "--status", "granted", lang=lang)
    assert code == 1
    assert said in err
    assert dossier_state(shop) == before


def test_a_reference_copied_from_a_spreadsheet_is_the_imported_customer(
        shop: Path, tmp_path: Path) -> None:
    # Excel's "this is text" mark is taken off by the import: the same for a typed reference
    from assistant.store.dossier import open_dossier

    code, _out, err = cli("consents", "record", str(shop), "--customer-ref", "'7210448301122",
                          "--purpose", "newsletter", "--status", "withdrawn")
    assert code == 0, err
    shopify = Path(__file__).parents[1] / "exchange" / "fixtures" / "consent_layouts" / \
        "shopify-customers_export.csv"
    code, _out, err = cli("--data-dir", str(tmp_path / "state"), "consents", "import",
                          str(shop), str(shopify))
    assert code == 0, err
    with open_dossier(shop, read_only=True) as d:
        person = d.consents.find_subject(customer_ref="7210448301122")
        assert person is not None
        assert person.identity.email == "camille.martin@example.org"
        assert d.consents.find_subject(customer_ref="'7210448301122") is None
