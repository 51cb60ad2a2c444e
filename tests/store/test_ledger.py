"""The ledger's one writer: what a caller of append(), erase() and bulk() can count on."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from assistant.domain.consent import EventKind, Identity
from assistant.domain.progress import drive
from assistant.store.dossier import Dossier
from assistant.store.ledger.append import NewEvent, append
from assistant.store.ledger.bulk import Row, bulk

NOW = datetime(2026, 3, 1, 10, 5, tzinfo=UTC)


def _row(d: Dossier, line: int, email: str) -> tuple[object, ...]:
    purpose = d.consents.purpose_by_code("newsletter")
    assert purpose is not None
    return tuple(Row(line, email, "", "Léa", "Martin", "", int(purpose.id or 0), "granted",
                     "2026-03-01T10:00:00.000000Z", "in_store", "", None, "e:" + email, "",
                     0))


def _state(d: Dossier) -> tuple[object, ...]:
    conn = d.conn
    counts = [conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in (
        "subject", "consent_batch", "consent_event", "consent_status", "consent_import")]
    return (*counts, conn.execute("PRAGMA cache_size").fetchone()[0],
            conn.execute("SELECT count(*) FROM sqlite_schema WHERE type = 'index'").fetchone()[0])


def test_a_bulk_write_commits_everything_at_the_end(new_dossier: Dossier) -> None:
    with bulk(new_dossier, recorded_by="Lise", now=NOW, rows=2) as writer:
        writer.start_part("ab" * 32, "a.csv", None, 2)
        writer.write([_row(new_dossier, 2, "lea@x.example"),
                      _row(new_dossier, 3, "zoe@x.example")])
        drive(writer.finish(0))
    assert writer.added == 2 and writer.new_subjects == 2
    assert new_dossier.consents.search("lea") and new_dossier.consents.event_count() == 2


@pytest.mark.parametrize("finish", [False, True])
def test_a_bulk_write_that_fails_leaves_the_dossier_as_it_was(new_dossier: Dossier,
                                                               finish: bool) -> None:
    before = _state(new_dossier)
    with pytest.raises((RuntimeError, KeyError)), \
            bulk(new_dossier, recorded_by="Lise", now=NOW, rows=1) as writer:
        writer.start_part("ab" * 32, "a.csv", None, 1)
        writer.write([_row(new_dossier, 2, "lea@x.example")])
        if finish:
            drive(writer.finish(0))
            raise KeyError("the caller fails after the writer is done")
    assert _state(new_dossier) == before  # rows, indexes and SQLite's cache setting


def test_append_takes_no_erasure(new_dossier: Dossier) -> None:
    lea = new_dossier.consents.add_subject(Identity(email="lea@x.example"))
    with new_dossier.transaction() as conn, pytest.raises(ValueError):
        append(conn, NewEvent(lea.id, lea.uid, "0" * 64, None, "", EventKind.ERASED.value,
                              "2026-03-01T10:00:00.000000Z", "2026-03-01T10:00:00.000000Z",
                              "system"))


def test_reading_sees_one_moment(new_dossier: Dossier) -> None:
    with new_dossier.reading() as conn:
        assert conn.in_transaction
        with new_dossier.reading():  # nested: the same transaction
            pass
        assert conn.in_transaction
    assert not new_dossier.conn.in_transaction
