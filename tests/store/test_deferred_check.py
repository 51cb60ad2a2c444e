"""A large dossier may be opened before its quick_check, read-only until the check passes."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from assistant.domain.processing import Processing
from assistant.store.dossier import open_dossier, quick_check
from assistant.store.errors import CorruptDossier, ReadOnlyLocation
from tests.conftest import corrupt_dossier


def corrupt_copy(tmp_path: Path) -> Path:
    return corrupt_dossier(tmp_path / "broken.rgpd")


def test_deferred_then_checked(demo_copy: Path) -> None:
    with open_dossier(demo_copy, defer_check_above=0) as dossier:
        assert dossier.check_pending and dossier.read_only
        with pytest.raises(ReadOnlyLocation):
            dossier.register.create(Processing(name="not yet"))
        assert quick_check(dossier.conn) == []
        dossier.checked()
        assert not dossier.check_pending and not dossier.read_only
        dossier.register.create(Processing(name="now"))


def test_small_files_and_read_only_opens_are_checked_at_once(demo_copy: Path,
                                                              tmp_path: Path) -> None:
    with open_dossier(demo_copy, defer_check_above=1 << 40) as dossier:
        assert not dossier.check_pending and not dossier.read_only
    broken = corrupt_copy(tmp_path)
    with pytest.raises(CorruptDossier):
        open_dossier(broken, read_only=True, defer_check_above=0)


def test_a_damaged_large_file_is_found_by_the_deferred_check(tmp_path: Path) -> None:
    broken = corrupt_copy(tmp_path)
    copy = tmp_path / "copy.rgpd"
    shutil.copy(broken, copy)
    with open_dossier(copy, defer_check_above=0) as dossier:
        assert dossier.check_pending and dossier.read_only
        try:
            problems = quick_check(dossier.conn)
        except sqlite3.DatabaseError as exc:  # too damaged to list its problems
            problems = [str(exc)]
        assert problems
