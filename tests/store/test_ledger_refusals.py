"""The ledger's refusals, unknown dates and people found by phone, and the schema step that
brought them: old events keep their hashes bit for bit, new ones are hashed with scheme 2."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from assistant.domain.consent import EventKind, Identity
from assistant.domain.progress import drive
from assistant.store.dossier import create_dossier, open_dossier
from assistant.store.phones import phone_key
from assistant.store.verify import verify_dossier

FIXTURES = Path(__file__).parent / "fixtures"
# by version number: "dossier-v10" comes after "dossier-v9"
RELEASED = sorted(FIXTURES.glob("dossier-v*.rgpd"), key=lambda p: int(p.stem.split("-v")[1]))


def _events(path: Path) -> list[tuple[int, int, str, str]]:
    conn = sqlite3.connect(path)
    try:
        table = "consent_event_text" if conn.execute(  # the lean rows, read as text
            "SELECT 1 FROM sqlite_schema WHERE name = 'consent_event_text'").fetchone() \
            else "consent_event"
        return conn.execute(f"SELECT seq, scheme, prev_hash, hash FROM {table} "
                            "ORDER BY seq").fetchall()
    finally:
        conn.close()


def _before_refusals(path: Path) -> bool:
    """A fixture made before the ledger knew refusals and unknown dates (scheme 1 only)."""
    conn = sqlite3.connect(path)
    try:
        columns = {r[1] for r in conn.execute("PRAGMA table_info(consent_event)")}
    finally:
        conn.close()
    return "date_unknown" not in columns


@pytest.mark.parametrize("fixture", [p for p in RELEASED if _before_refusals(p)],
                         ids=lambda p: p.stem)
def test_migrating_keeps_every_event_and_its_hash(fixture: Path, tmp_path: Path) -> None:
    path = tmp_path / fixture.name
    shutil.copy(fixture, path)
    before = _events(path)
    assert before and {scheme for _, scheme, _, _ in before} == {1}
    with open_dossier(path) as dossier:
        conn = dossier.conn
        statuses = conn.execute("SELECT count(*), sum(date_unknown) FROM consent_status")
        assert tuple(statuses.fetchone()) == (conn.execute(
            "SELECT count(*) FROM (SELECT DISTINCT subject_id, purpose_id FROM consent_event "
            "WHERE purpose_id IS NOT NULL)").fetchone()[0], 0)
        # everyone with a phone number can now be found by it
        missing = conn.execute("SELECT count(*) FROM subject WHERE phone != '' AND "
                               "erased_at IS NULL AND phone_key IS NULL").fetchone()[0]
        assert missing == 0
        person = conn.execute("SELECT id, phone FROM subject WHERE phone != '' AND "
                              "erased_at IS NULL ORDER BY id LIMIT 1").fetchone()
        found = dossier.consents.find_subject(phone=person[1].replace(" ", ""))
        assert found is None or found.id == person[0]  # None only if the number is shared
        # a refusal and a consent of unknown date can be recorded on the migrated ledger
        sms = dossier.consents.purpose_by_code("sms")
        assert sms is not None
        refused = dossier.consents.record(person[0], int(sms.id or 0), EventKind.REFUSED)
        assert refused.scheme == 2 and refused.kind is EventKind.REFUSED
    assert _events(path)[:len(before)] == before
    report = drive(verify_dossier(path))
    assert report.sound, report.problems


def test_a_new_dossier_hashes_with_scheme_2_and_verify_reads_both(tmp_path: Path) -> None:
    path = tmp_path / "shop.rgpd"
    shutil.copy(RELEASED[0], path)  # scheme 1 events, then scheme 2 ones after them
    with open_dossier(path) as dossier:
        c = dossier.consents
        person = c.add_subject(Identity(email="zoe@example.org"))
        newsletter = int(c.purpose_by_code("newsletter").id or 0)  # type: ignore[union-attr]
        event = c.record(person.id, newsletter, EventKind.GRANTED, date_unknown=True)
        assert event.scheme == 2 and event.date_unknown
        assert event.occurred_at == event.recorded_at
        assert event.computed_hash() == event.hash
    assert drive(verify_dossier(path)).sound
    # the flag is covered by the hash: turning it off is found
    conn = sqlite3.connect(path)
    conn.execute("DROP TRIGGER consent_event_no_update")
    conn.execute("UPDATE consent_event SET date_unknown = 0 WHERE seq = (SELECT max(seq) "
                 "FROM consent_event)")
    conn.commit()
    conn.close()
    report = drive(verify_dossier(path))
    assert not report.sound
    # the dropped trigger is named too (verify compares the schema with its version's)
    assert "chain_hash" in [p.code for p in report.problems]


def test_refusal_ends_no_consent_and_unknown_dates_reverse_no_choice(tmp_path: Path) -> None:
    with create_dossier(tmp_path / "shop.rgpd") as dossier:
        c = dossier.consents
        newsletter = int(c.purpose_by_code("newsletter").id or 0)  # type: ignore[union-attr]
        sms = int(c.purpose_by_code("sms").id or 0)  # type: ignore[union-attr]
        ann = c.add_subject(Identity(email="ann@example.org")).id
        c.record(ann, newsletter, EventKind.GRANTED, occurred_at="2024-01-01T10:00:00Z")
        c.record(ann, newsletter, EventKind.REFUSED, occurred_at="2024-06-01T10:00:00Z")
        c.record(ann, sms, EventKind.REFUSED, occurred_at="2024-06-01T10:00:00Z")
        # a consent of unknown date (a web shop's "yes") does not undo the refusal
        c.record(ann, sms, EventKind.GRANTED, date_unknown=True)
        now = {s.purpose_code: s for s in c.statuses(ann)}
        assert now["newsletter"].kind is EventKind.GRANTED
        assert now["sms"].kind is EventKind.REFUSED and not now["sms"].date_unknown
        bob = c.add_subject(Identity(email="bob@example.org")).id
        c.record(bob, newsletter, EventKind.WITHDRAWN, date_unknown=True)
        status = {s.purpose_code: s for s in c.statuses(bob)}["newsletter"]
        assert status.kind is EventKind.WITHDRAWN and status.date_unknown
        summary = {s.code: s for s in c.purpose_summary()}
        assert summary["sms"].refused == 1 and summary["newsletter"].date_unknown == 1
        history = c.history(bob)
        assert history[0].date_unknown
        with pytest.raises(ValueError):
            c.record(bob, newsletter, EventKind.GRANTED, occurred_at="2024-01-01T10:00:00Z",
                     date_unknown=True)
        # the derived table is what the whole ledger gives again (times as it stores them)
        from assistant.store.consents.status import ledger_statuses_stored

        rows = "SELECT * FROM consent_status ORDER BY 1, 2"
        kept = [tuple(r) for r in dossier.conn.execute(rows).fetchall()]
        assert sorted(tuple(r) for r in ledger_statuses_stored(dossier.conn)) == kept


@pytest.mark.parametrize("text", ["06 12 34 56 78", "+33612345678", "0033 6 12 34 56 78",
                                  "'+33612345678", "33612345678", "+33 (0)6 12 34 56 78"])
def test_one_french_number_written_many_ways_is_one_key(text: str) -> None:
    assert phone_key(text) == "+33612345678"


@pytest.mark.parametrize("text", ["", "12", "abc", "+33 6"])
def test_what_is_not_a_phone_number_has_no_key(text: str) -> None:
    assert phone_key(text) is None


def test_people_are_found_by_phone_only_when_one_person_has_it(tmp_path: Path) -> None:
    with create_dossier(tmp_path / "shop.rgpd") as dossier:
        c = dossier.consents
        ann = c.add_subject(Identity(email="ann@example.org", phone="06 12 34 56 78"))
        assert c.find_subject(phone="+33612345678") == ann
        c.add_subject(Identity(email="bob@example.org", phone="0033612345678"))
        assert c.find_subject(phone="0612345678") is None  # a shared landline: whose?
        assert len(c.subjects_by_phone("06.12.34.56.78")) == 2
        c.update_identity(ann.id, Identity(email="ann@example.org", phone="07 00 00 00 01"))
        assert c.subjects_by_phone("0612345678") == [ann.id + 1]
        c.erase_subject(ann.id)
        assert c.subjects_by_phone("0700000001") == []


def test_a_person_may_be_known_by_phone_alone(tmp_path: Path) -> None:
    from assistant.domain.findings import ValidationError

    with create_dossier(tmp_path / "shop.rgpd") as dossier:
        c = dossier.consents
        ann = c.add_subject(Identity(first_name="Ann", phone="07 00 00 00 09"))
        assert c.find_subject(phone="+33700000009") == ann
        with pytest.raises(ValidationError):
            c.add_subject(Identity(first_name="Bob", phone="12"))
