from __future__ import annotations

from pathlib import Path

import pytest

from assistant.domain.processing import Processing
from assistant.store.backup import automatic_backup, backup_to, list_backups
from assistant.store.dossier import Dossier, open_dossier
from assistant.store.errors import DossierError


def test_backup_of_an_open_dossier_holds_what_is_only_in_the_wal(
        new_dossier: Dossier, tmp_path: Path) -> None:
    new_dossier.register.create(Processing(name="Only in the WAL so far"))
    target = tmp_path / "copy.rgpd"
    new_dossier.backup(target)
    with open_dossier(target) as copy:
        assert [p.name for p in copy.register.list()] == ["Only in the WAL so far"]
        assert copy.uuid == new_dossier.uuid


def test_a_failed_backup_leaves_no_file(new_dossier: Dossier, tmp_path: Path) -> None:
    target = tmp_path / "missing-folder" / "copy.rgpd"
    with pytest.raises(DossierError):
        backup_to(new_dossier.conn, target)
    assert not target.exists()


def test_automatic_backups_are_listed_and_pruned(new_dossier: Dossier) -> None:
    for i in range(4):
        automatic_backup(new_dossier.conn, new_dossier.path, new_dossier.uuid, f"test{i}", keep=3)
    found = list_backups(new_dossier.uuid)
    assert len(found) == 3
    assert found[0].reason == "test3"
    assert found[0].taken_at.endswith("Z")
    # each backup knows the file it was taken from: a copy of the dossier (same id) is
    # another file, whose backups these are not
    assert found[0].source == new_dossier.path.stem
    assert not found[0].from_other_file(new_dossier.path)
    assert found[0].from_other_file(new_dossier.path.with_name("copie.rgpd"))


def test_daily_backup_only_when_a_day_has_passed(new_dossier: Dossier) -> None:
    import time

    from assistant.domain.progress import drive
    from assistant.store.backup import daily_backup_due, daily_backup_job

    assert daily_backup_due(new_dossier.uuid)
    made = drive(daily_backup_job(new_dossier.path, new_dossier.uuid, keep=3))
    assert made is not None and made.exists()
    assert not daily_backup_due(new_dossier.uuid)
    assert drive(daily_backup_job(new_dossier.path, new_dossier.uuid, keep=3)) is None
    assert daily_backup_due(new_dossier.uuid, now=time.time() + 25 * 3600)


def test_restore_from_replaces_a_closed_dossier(new_dossier: Dossier, tmp_path: Path) -> None:
    from assistant.store.backup import restore_from

    copy = tmp_path / "copy.rgpd"
    new_dossier.backup(copy)
    new_dossier.register.create(Processing(name="later"))
    path = new_dossier.path
    new_dossier.close()
    restore_from(copy, path)
    with open_dossier(path) as again:
        assert again.register.list() == []
