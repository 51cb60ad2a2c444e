"""Versions of the information notices in the dossier: recorded once per text, numbered,
never changed, undone with the action that recorded them, and out of date when what they
cover changes."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from assistant.domain.findings import ValidationError
from assistant.domain.notices.document import NoticeKind
from assistant.domain.notices.versions import periods
from assistant.domain.processing import ProcessingStatus
from assistant.exchange.notice_files import prepare_notice, record_notice
from assistant.store.dossier import open_dossier

DAY = dt.date(2025, 3, 12)


def test_the_same_text_is_recorded_once_and_a_new_one_gets_the_next_number(
        demo_copy: Path) -> None:
    with open_dossier(demo_copy) as dossier:
        before = len(dossier.info_notices.versions())
        prepared = prepare_notice(dossier, NoticeKind.STAFF, "fr", today=DAY)
        assert prepared.recorded is None and prepared.stamp.number is None
        first = record_notice(dossier, prepared)
        assert (first.number, first.issued_on, first.sha256) == (1, "2025-03-12",
                                                                 prepared.sha256)
        again = record_notice(dossier, prepare_notice(dossier, NoticeKind.STAFF, "fr"))
        assert again.id == first.id  # word for word the newest: nothing recorded
        stamped = prepare_notice(dossier, NoticeKind.STAFF, "fr")
        assert stamped.stamp.number == 1 and stamped.stamp.date == DAY

        payroll = next(p for p in dossier.register.list() if p.template_id == "staff_payroll")
        dossier.register.update(replace(payroll, purposes=("Payer le personnel",)))
        status = next(s for s in dossier.info_notices.statuses()
                      if s.version.kind is NoticeKind.STAFF)
        assert status.stale and status.changed_names == (payroll.name,)

        second = record_notice(dossier, prepare_notice(dossier, NoticeKind.STAFF, "fr"),
                               issued_on=DAY + dt.timedelta(days=30))
        assert second.number == 2
        assert not next(s for s in dossier.info_notices.statuses()
                        if s.version.kind is NoticeKind.STAFF).stale
        staff = [v for v in dossier.info_notices.versions() if v.kind is NoticeKind.STAFF]
        assert [(p.version.number, p.until) for p in periods(staff)] == \
            [(1, "2025-04-11"), (2, "")]
        assert len(dossier.info_notices.versions()) == before + 2

        dossier.undo.undo()
        assert dossier.info_notices.latest(NoticeKind.STAFF, "fr").number == 1
        dossier.undo.redo()
        assert dossier.info_notices.latest(NoticeKind.STAFF, "fr").number == 2


def test_a_version_cannot_take_effect_before_the_one_in_force(demo_copy: Path) -> None:
    with open_dossier(demo_copy) as dossier:
        record_notice(dossier, prepare_notice(dossier, NoticeKind.FORM, "en", today=DAY))
        loyalty = next(p for p in dossier.register.list()
                       if p.template_id == "loyalty_programme")
        dossier.register.update(replace(loyalty, purposes=("Something else",)))
        with pytest.raises(ValidationError) as caught:
            record_notice(dossier, prepare_notice(dossier, NoticeKind.FORM, "en"),
                          issued_on=DAY - dt.timedelta(days=1))
        assert caught.value.findings[0].code == "notice_before_previous"


def test_archiving_or_deleting_a_covered_processing_makes_it_stale(demo_copy: Path) -> None:
    with open_dossier(demo_copy) as dossier:
        website = dossier.info_notices.latest(NoticeKind.WEBSITE, "fr")
        assert website is not None
        first, second = website.processing_ids[:2]
        dossier.register.set_status([first], ProcessingStatus.ARCHIVED)
        dossier.register.delete([second])
        status = next(s for s in dossier.info_notices.statuses()
                      if s.version.kind is NoticeKind.WEBSITE)
        assert {str(first), str(second)} <= set(status.changed)


def test_a_recorded_version_is_never_changed(demo_copy: Path) -> None:
    conn = sqlite3.connect(demo_copy)
    try:
        with pytest.raises(sqlite3.IntegrityError, match="kept as it was published"):
            conn.execute("UPDATE info_notice_version SET text = 'x'")
    finally:
        conn.close()


def _version(path: Path) -> int:
    return int(path.stem.split("-v")[1])


def _has_table(path: Path, name: str) -> bool:
    import sqlite3

    # immutable: a fixture is read without leaving -wal or -shm files beside it
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return conn.execute("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?",
                            (name,)).fetchone() is not None
    finally:
        conn.close()


def test_a_dossier_of_the_previous_version_gets_the_table_empty(tmp_path: Path) -> None:
    fixtures = Path(__file__).parent / "fixtures"
    older = [p for p in sorted(fixtures.glob("dossier-v*.rgpd"), key=_version)
             if not _has_table(p, "info_notice_version")][-1]  # the release before notices
    path = tmp_path / "older.rgpd"
    shutil.copy(older, path)
    with open_dossier(path) as dossier:
        assert dossier.info_notices.versions() == []
        assert dossier.info_notices.statuses() == []
        version = record_notice(dossier, prepare_notice(dossier, NoticeKind.CCTV, "fr",
                                                        today=DAY))
        assert version.number == 1


def test_the_demo_has_its_published_notices(demo_file: Path) -> None:
    with open_dossier(demo_file, read_only=True) as dossier:
        statuses = {s.version.kind: s for s in dossier.info_notices.statuses()}
        assert set(statuses) == {NoticeKind.WEBSITE}
        assert statuses[NoticeKind.WEBSITE].stale
        assert statuses[NoticeKind.WEBSITE].changed_names == ("Programme de fidélité",)
