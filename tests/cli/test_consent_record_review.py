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
