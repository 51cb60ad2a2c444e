"""``consents record``: one choice from a script, with the wording shown; bad input is
refused with its reason and leaves the dossier as it was."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from assistant.cli import main
from assistant.domain.consent import EventKind
from assistant.store.dossier import open_dossier
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


def test_records_a_consent_with_the_purposes_current_wording(shop: Path) -> None:
    code, out, err = cli("consents", "record", str(shop), "--email", "lise@example.org",
                         "--purpose", "newsletter", "--status", "granted", "--channel", "site",
                         "--evidence", "web form 4012", lang="fr")
    assert code == 0, err
    assert "texte fr-1" in out and "chain" not in out
    with open_dossier(shop, read_only=True) as d:
        event = d.consents.event(1)
        assert event is not None
        assert (event.kind, event.purpose, event.channel, event.notice_version,
                event.evidence) == (EventKind.GRANTED, "newsletter", "web", "fr-1",
                                    "web form 4012")
        assert d.consents.find_subject(email="lise@example.org") is not None


def test_an_explicit_version_a_withdrawal_and_a_returning_person(shop: Path) -> None:
    assert cli("consents", "record", str(shop), "--email", "lise@example.org", "--phone",
               "06 12 34 56 78", "--purpose", "sms", "--status", "granted",
               "--notice-version", "en-1")[0] == 0
    # found again by phone, written another way: same person
    code, _out, err = cli("consents", "record", str(shop), "--phone", "+33612345678",
                         "--purpose", "sms", "--status", "withdrawn")
    assert code == 0, err
    with open_dossier(shop, read_only=True) as d:
        assert d.consents.subject_count() == 1
        last = d.consents.event(d.consents.event_count())
        assert last is not None and last.kind is EventKind.WITHDRAWN
        assert last.notice_version == ""


@pytest.mark.parametrize("args,words", [
    (["--email", "a@b.fr", "--purpose", "cakes", "--status", "granted"],
     'the purpose "cakes" does not exist in this dossier (purposes: newsletter, sms'),
    (["--email", "a@b.fr", "--purpose", "sms", "--status", "granted", "--notice-version",
      "v9"], 'no wording version "v9" (versions: fr-1, en-1)'),
    (["--email", "a@b.fr", "--purpose", "sms", "--status", "granted", "--date",
      "2099-01-01"], "is in the future"),
    (["--email", "a@b.fr", "--purpose", "sms", "--status", "granted", "--date",
      "2020-01-01"], "had no consent wording in effect on 2020-01-01"),
    (["--email", "not-an-email", "--purpose", "sms", "--status", "granted"],
     "not a valid email"),
])
def test_bad_input_is_refused_and_changes_nothing(shop: Path, args: list[str],
                                                  words: str) -> None:
    before = dossier_state(shop)
    code, out, err = cli("consents", "record", str(shop), *args)
    assert code == 1 and out == ""
    assert words in err
    assert dossier_state(shop) == before


def test_an_email_and_another_persons_phone_are_refused(shop: Path) -> None:
    for email, phone in (("a@b.fr", "0611111111"), ("c@d.fr", "0622222222")):
        assert cli("consents", "record", str(shop), "--email", email, "--phone", phone,
                   "--customer-ref", email, "--purpose", "loyalty", "--status", "granted")[0] \
            == 0
    with open_dossier(shop, read_only=True) as d:
        people = d.consents.subject_count()
    before = dossier_state(shop)
    code, _out, err = cli("consents", "record", str(shop), "--email", "a@b.fr", "--phone",
                          "06 22 22 22 22", "--purpose", "sms", "--status", "granted")
    assert code == 1
    assert "a@b.fr and 06 22 22 22 22 designate two different people" in err
    assert dossier_state(shop) == before
    with open_dossier(shop, read_only=True) as d:
        assert d.consents.subject_count() == people


def test_a_purpose_without_wording_is_refused(tmp_path: Path) -> None:
    from assistant.store.dossier import create_dossier

    path = tmp_path / "bare.rgpd"
    create_dossier(path).close()  # no organisation name: no wording drafted
    args = ("consents", "record", str(path), "--customer-ref", "C1", "--purpose",
            "newsletter", "--status", "granted")
    cli(*args)  # SQLite notes its query statistics on the first close after queries
    before = dossier_state(path)
    code, _out, err = cli(*args)
    assert code == 1 and "no consent wording is recorded" in err
    assert dossier_state(path) == before
    with open_dossier(path, read_only=True) as d:
        assert d.consents.subject_count() == 0  # the new person went with the refusal


def test_usage_errors(shop: Path) -> None:
    code, _out, err = cli("consents", "record", str(shop), "--purpose", "sms", "--status",
                          "granted")
    assert code == 2 and "--email, --phone or --customer-ref" in err
    with pytest.raises(SystemExit) as caught:
        cli("consents", "record", str(shop), "--email", "a@b.fr", "--purpose", "sms",
            "--status", "maybe")
    assert caught.value.code == 2


def test_a_refusal_of_a_customer_known_only_by_phone(shop: Path) -> None:
    code, out, err = cli("consents", "record", str(shop), "--phone", "06 11 22 33 44",
                         "--purpose", "phone", "--status", "refused")
    assert code == 0, err
    assert "refusal" in out and "wording en-1" in out
    with open_dossier(shop, read_only=True) as d:
        event = d.consents.event(1)
        assert event is not None and event.kind is EventKind.REFUSED
        status = {s.purpose_code: s.kind for s in d.consents.statuses(1)}
        assert status["phone"] is EventKind.REFUSED
