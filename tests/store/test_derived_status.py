"""A status written outside the app is never shown, and ``verify`` names it: everything kept
beside the ledger for speed is rebuilt from the ledger and compared."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from assistant.domain.consent import EventKind, Identity
from assistant.domain.progress import drive
from assistant.exchange.consent_export import export_consents
from assistant.store.dossier import create_dossier, open_dossier
from assistant.store.verify import verify_dossier
from tests.consent_helpers import tamper_quietly

GRANT, WITHDRAW = "2024-01-02T10:00:00.000000Z", "2024-03-04T10:00:00.000000Z"


@pytest.fixture
def shop(tmp_path: Path) -> Path:
    path = tmp_path / "shop.rgpd"
    with create_dossier(path) as d:
        newsletter = d.consents.purpose_by_code("newsletter").id
        a = d.consents.add_subject(Identity(email="a@x.fr")).id
        d.consents.record(a, newsletter, EventKind.GRANTED, occurred_at=GRANT)
        d.consents.record(a, newsletter, EventKind.WITHDRAWN, occurred_at=WITHDRAW)
        d.consents.add_subject(Identity(email="b@x.fr"))
        c = d.consents.add_subject(Identity(email="c@x.fr")).id
        d.consents.record(c, newsletter, EventKind.GRANTED, occurred_at=GRANT)
        d.consents.erase_subject(c)
    return path


def tamper(path: Path, *sql: str) -> None:
    conn = sqlite3.connect(path)
    with conn:
        for statement in sql:
            conn.execute(statement)
    conn.close()


def problems(path: Path) -> list[str]:
    return [p.code for p in drive(verify_dossier(path)).problems]


def shown(path: Path, tmp_path: Path) -> dict[str, object]:
    """What the Consents page, the summary (PDF, overview) and the exports say."""
    with open_dossier(path, read_only=True) as d:
        newsletter = d.consents.purpose_by_code("newsletter")
        summary = next(s for s in d.consents.purpose_summary() if s.code == "newsletter")
        person = {row.email: (row.granted, row.withdrawn)
                  for row in d.consents.subject_rows(0, 10)}
        states = {d.consents.subject(sid).identity.email or "erased":
                  {s.purpose_code: s.kind for s in d.consents.statuses(sid) if s.kind}
                  for sid in (1, 2, 3)}
        target = tmp_path / "statuses.csv"
        target.unlink(missing_ok=True)
        drive(export_consents(d, target, lang="en", statuses=True))
        renew = d.consents.consents_to_renew()
        from assistant.reports.area_data import read_consents

        printed = read_consents(d, dt.date.today())
        pdf = next(s for s in printed.summary if s.code == "newsletter")
    return {"pdf_granted": pdf.granted, "granted": summary.granted,
            "withdrawn": summary.withdrawn, "rows": person,
            "states": states, "export": target.read_text(encoding="utf-8-sig"),
            "renew": renew, "newsletter": newsletter.id}


def test_a_guard_replaced_by_a_harmless_one_is_named_and_not_trusted(
        shop: Path, tmp_path: Path) -> None:
    tamper(shop, "DROP TRIGGER consent_status_moves_forward",
           "CREATE TRIGGER consent_status_moves_forward BEFORE UPDATE ON consent_status "
           "BEGIN SELECT 1; END", FORGERIES[0])
    assert problems(shop) == ["schema_changed", "status_unsupported"]
    assert_not_shown(shown(shop, tmp_path), figures=True)


def test_an_untouched_ledger_is_sound_and_shown_as_it_is(shop: Path, tmp_path: Path) -> None:
    assert problems(shop) == []
    seen = shown(shop, tmp_path)
    assert (seen["granted"], seen["withdrawn"]) == (0, 1)
    assert seen["states"]["a@x.fr"] == {"newsletter": EventKind.WITHDRAWN}


DROP_GUARDS = ("DROP TRIGGER consent_status_follows_the_ledger",
               "DROP TRIGGER consent_status_moves_forward",
               "DROP TRIGGER consent_status_is_never_deleted")
JAN_2 = 1_704_189_600_000_000  # 2024-01-02T10:00:00.000000Z as the statuses hold it
FORGERIES = [
    # a withdrawn person turned into a consenting one
    "UPDATE consent_status SET kind = 'granted' WHERE subject_id = 1",
    # ... pointing at their old consent, so the row names a real event
    f"UPDATE consent_status SET kind = 'granted', occurred_at = {JAN_2}, "
    "event_seq = 1 WHERE subject_id = 1",
    # a person who never consented given a consent
    "INSERT INTO consent_status (subject_id, purpose_id, kind, occurred_at, event_seq) "
    f"VALUES (2, 1, 'granted', {JAN_2}, 1)",
    # an erased person brought back as consenting
    f"UPDATE consent_status SET kind = 'granted', occurred_at = {JAN_2}, "
    "event_seq = 3 WHERE subject_id = 3",
]


@pytest.mark.parametrize("forgery", [*FORGERIES, "DELETE FROM consent_status"])
def test_the_file_itself_refuses_a_forged_status(shop: Path, forgery: str) -> None:
    with pytest.raises(sqlite3.IntegrityError, match="consent status"):
        tamper(shop, forgery)
    assert problems(shop) == []


def assert_not_shown(seen: dict[str, object], *, figures: bool) -> None:
    if figures:  # the window's summary and lists
        assert seen["granted"] == 0
        assert seen["renew"] == []
    # a person's own page and the people list read the ledger
    assert seen["states"]["a@x.fr"] == {"newsletter": EventKind.WITHDRAWN}
    assert seen["states"]["b@x.fr"] == {}
    assert seen["rows"]["a@x.fr"] == (0, 1) and seen["rows"]["b@x.fr"] == (0, 0)
    # exports and the PDF derive from the ledger
    assert "granted" not in str(seen["export"])
    assert seen["pdf_granted"] == 0


@pytest.mark.parametrize("forgery", FORGERIES)
def test_a_forged_consent_with_its_guards_removed_is_never_shown(
        shop: Path, tmp_path: Path, forgery: str) -> None:
    tamper(shop, *DROP_GUARDS, forgery)
    assert problems(shop) == ["schema_missing", "status_unsupported"]
    assert_not_shown(shown(shop, tmp_path), figures=True)


@pytest.mark.parametrize("forgery", FORGERIES)
def test_a_forged_consent_with_its_guards_put_back_is_named_by_verify(
        shop: Path, tmp_path: Path, forgery: str) -> None:
    tamper_quietly(shop, forgery, triggers=tuple(d.split()[-1] for d in DROP_GUARDS))
    assert problems(shop) == ["status_unsupported"]
    assert_not_shown(shown(shop, tmp_path), figures=False)


def test_a_removed_status_is_named_by_verify(shop: Path, tmp_path: Path) -> None:
    tamper_quietly(shop, "DELETE FROM consent_status WHERE subject_id = 1",
                   triggers=("consent_status_is_never_deleted",))
    assert problems(shop) == ["status_unsupported"]
    # the person's own page reads the ledger: still withdrawn
    assert shown(shop, tmp_path)["states"]["a@x.fr"] == {"newsletter": EventKind.WITHDRAWN}


def test_an_erased_identity_put_back_is_named(shop: Path) -> None:
    tamper(shop, "UPDATE subject SET email = 'c@x.fr' WHERE id = 3")
    assert problems(shop) == ["erasure_identity_back"]


def test_an_erasure_without_its_event_is_named(shop: Path) -> None:
    tamper(shop, "UPDATE subject SET email = '', email_key = NULL, salt = NULL, "
                 "erased_at = '2024-05-01T00:00:00.000000Z' WHERE id = 2")
    assert problems(shop) == ["erasure_unrecorded"]


def test_an_imports_count_changed_is_named(shop: Path, tmp_path: Path) -> None:
    csv = tmp_path / "in.csv"
    csv.write_text("email;purpose;status;date\nd@x.fr;sms;granted;2024-01-02\n")
    from assistant.exchange.consent_import import import_consents

    with open_dossier(shop) as d:
        drive(import_consents(d, csv))
    assert problems(shop) == []
    tamper(shop, "UPDATE consent_import SET events_added = 40")
    assert problems(shop) == ["import_count"]
