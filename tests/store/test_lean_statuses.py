"""The consent statuses hold their times as integer microseconds, like the events: the schema
step converts each one exactly or refuses the file, the guards compare the integers, and every
reader above the store still gets the canonical text."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest

from assistant.domain.clock import format_utc, parse_utc
from assistant.domain.consent import EventKind, Identity, add_months
from assistant.store import migrations
from assistant.store.consents.status import ledger_statuses
from assistant.store.dossier import Dossier, open_dossier
from assistant.store.errors import MigrationFailed
from assistant.store.ledger.times import micros_text, utc_micros
from assistant.store.worklist import consent_renewals

FIXTURES = Path(__file__).parent / "fixtures"
TEXT_TIMES = 15  # the last version whose statuses hold their times as text
STATUS = "SELECT subject_id, purpose_id, kind, occurred_at, date_unknown, event_seq " \
         "FROM consent_status ORDER BY subject_id, purpose_id"


def _copy(tmp_path: Path, *statements: str) -> Path:
    """The fixture of the last version with text times, with the guards of the statuses out
    of the way for ``statements`` (what a database editor could write)."""
    path = tmp_path / f"v{TEXT_TIMES}.rgpd"
    shutil.copy(FIXTURES / f"dossier-v{TEXT_TIMES}.rgpd", path)
    if statements:
        conn = sqlite3.connect(path)
        with conn:
            conn.execute("DROP TRIGGER consent_status_moves_forward")
            for sql in statements:
                conn.execute(sql)
        conn.close()
    return path


def _rows(path: Path) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(path)
    try:
        return [tuple(r) for r in conn.execute(STATUS)]
    finally:
        conn.close()


def test_every_status_keeps_its_time_exactly(tmp_path: Path) -> None:
    path = _copy(tmp_path)
    before = _rows(path)
    assert before and all(isinstance(r[3], str) for r in before)
    with open_dossier(path) as d:
        assert d.schema_version == migrations.CURRENT_VERSION
    after = _rows(path)
    assert all(isinstance(r[3], int) for r in after)
    assert [(*r[:3], micros_text(int(str(r[3]))), *r[4:]) for r in after] == before


@pytest.mark.parametrize("time", [
    "2024-01-01T10:00:00Z",          # no fraction: not the text the events are hashed with
    "2024-02-30T10:00:00.000000Z",   # no such day
    "1969-12-31T23:59:59.999999Z",   # before 1970
])
def test_a_status_whose_time_cannot_be_kept_exactly_stops_the_step(
        tmp_path: Path, time: str) -> None:
    path = _copy(tmp_path, f"UPDATE consent_status SET occurred_at = '{time}' WHERE "
                 "(subject_id, purpose_id) = (SELECT subject_id, purpose_id FROM "
                 "consent_status ORDER BY 1, 2 LIMIT 1)")
    before = _rows(path)
    with pytest.raises(MigrationFailed) as caught:
        open_dossier(path)
    assert caught.value.params["backup"]
    conn = sqlite3.connect(path)
    try:  # the file as it was: its version, its text times
        assert conn.execute("PRAGMA user_version").fetchone()[0] == TEXT_TIMES
    finally:
        conn.close()
    assert _rows(path) == before


def test_a_status_that_differs_from_the_ledger_is_kept_as_it_is_and_named(
        tmp_path: Path) -> None:
    """Statuses are derived, but the step does not mend one written outside the app: it keeps
    it, converted exactly, and verify still names it."""
    from assistant.domain.progress import drive
    from assistant.store.verify import verify_dossier

    path = _copy(tmp_path, "UPDATE consent_status SET occurred_at = "
                 "'2020-05-05T05:05:05.050505Z' WHERE (subject_id, purpose_id) = "
                 "(SELECT subject_id, purpose_id FROM consent_status ORDER BY 1, 2 LIMIT 1)")
    with open_dossier(path):
        pass
    first = _rows(path)[0]
    assert first[3] == utc_micros("2020-05-05T05:05:05.050505Z")
    assert "status_unsupported" in [p.code for p in drive(verify_dossier(path)).problems]


def test_the_guards_refuse_a_time_a_microsecond_off(new_dossier: Dossier) -> None:
    consents = new_dossier.consents
    newsletter = consents.purpose_by_code("newsletter")
    assert newsletter is not None and newsletter.id is not None
    who = consents.add_subject(Identity(email="a@x.fr")).id
    consents.record(who, newsletter.id, EventKind.GRANTED,
                    occurred_at="2024-01-02T10:00:00.000000Z")
    consents.record(who, newsletter.id, EventKind.WITHDRAWN,
                    occurred_at="2024-03-04T10:00:00.000000Z")
    conn = new_dossier.conn
    (seq,) = conn.execute("SELECT max(seq) FROM consent_event").fetchone()
    (stored,) = conn.execute("SELECT occurred_at FROM consent_status").fetchone()
    assert stored == utc_micros("2024-03-04T10:00:00.000000Z")
    with pytest.raises(sqlite3.IntegrityError, match="consent status"):
        conn.execute("UPDATE consent_status SET occurred_at = occurred_at + 1, "
                     "event_seq = event_seq + 1")
    with pytest.raises(sqlite3.IntegrityError, match="consent status"):
        conn.execute("INSERT INTO consent_status (subject_id, purpose_id, kind, occurred_at, "
                     "date_unknown, event_seq) SELECT ?, id, 'withdrawn', ?, 0, ? FROM "
                     "consent_purpose WHERE id != ? LIMIT 1",
                     (who, stored, seq, newsletter.id))


MOMENTS = [dt.datetime(2024, 6, 1, tzinfo=dt.UTC), dt.datetime(2026, 1, 1, tzinfo=dt.UTC),
           dt.datetime(2031, 7, 15, 12, 30, tzinfo=dt.UTC)]


def test_the_summary_and_the_renewals_of_a_migrated_file_are_the_ledgers(
        tmp_path: Path) -> None:
    """What the window reads from the table (integers) is what the events give (text), at
    several moments, so that some consents are due and some are not."""
    path = _copy(tmp_path)
    with open_dossier(path) as d:
        consents = d.consents
        due = 0
        for now in MOMENTS:
            table = consents.purpose_summary(now=now)
            ledger = consents.purpose_summary(now=now, from_ledger=True)
            assert table == ledger
            due += sum(s.to_renew for s in table)
            assert any(s.last_event for s in table)
            renewals = {r.code: r.expired for r in consent_renewals(d, now)}
            assert renewals == {s.code: s.to_renew for s in table
                                if s.code in renewals}
            assert all(isinstance(s.last_event, str) for s in table)
        assert due  # the moments reach some consents due for renewal
        # the review lists, at the clock's time, against the rule applied to the ledger
        now = dt.datetime.now(dt.UTC)
        statuses = list(ledger_statuses(d.conn))
        cutoffs = {int(p.id or 0): format_utc(add_months(now, -p.validity_months))
                   for p in consents.purposes() if p.validity_months}
        expected = sorted((granted_at, sid, pid) for sid, pid, kind, granted_at, _u, _s
                          in statuses if kind == "granted" and pid in cutoffs
                          and granted_at < cutoffs[pid])
        assert sorted((w, s, p) for s, p, w in consents.consents_to_renew()) == expected
        days = consents.retention_days()
        latest: dict[int, tuple[str, bool]] = {}
        for sid, pid, kind, when, _u, _s in statuses:
            if kind == "erased":
                continue
            ends = parse_utc(when) + dt.timedelta(days=days[pid]) if pid in days else None
            last, kept = latest.get(sid, ("", False))
            latest[sid] = (max(last, when), kept or ends is None or ends >= now)
        assert {s: w for s, w in consents.past_retention(limit=10**6)} == {
            s: w for s, (w, kept) in latest.items() if not kept}
