"""A dossier copied with the file manager is told apart from its original."""

from __future__ import annotations

import shutil
from pathlib import Path

from assistant.store.copies import tell_copy_apart
from assistant.store.dossier import create_dossier, open_dossier


def test_a_copy_gets_its_own_id_and_a_moved_file_keeps_its_own(tmp_path: Path) -> None:
    registry = tmp_path / "state" / "files.json"
    original, copy = tmp_path / "e1.rgpd", tmp_path / "e2.rgpd"
    create_dossier(original).close()
    with open_dossier(original) as d:
        first = d.uuid
        assert tell_copy_apart(d, registry=registry) is None
    shutil.copy(original, copy)
    with open_dossier(copy) as d:
        assert tell_copy_apart(d, registry=registry) == original.resolve()
        second = d.uuid
    assert second != first
    with open_dossier(copy) as d:  # known now: nothing more
        assert tell_copy_apart(d, registry=registry) is None and d.uuid == second
    with open_dossier(original) as d:
        assert tell_copy_apart(d, registry=registry) is None and d.uuid == first
    moved = tmp_path / "elsewhere.rgpd"
    original.rename(moved)
    with open_dossier(moved) as d:  # the same dossier in another place
        assert tell_copy_apart(d, registry=registry) is None and d.uuid == first


def test_a_read_only_dossier_is_left_as_it_is(tmp_path: Path) -> None:
    registry = tmp_path / "files.json"
    original, copy = tmp_path / "a.rgpd", tmp_path / "b.rgpd"
    create_dossier(original).close()
    with open_dossier(original) as d:
        tell_copy_apart(d, registry=registry)
    shutil.copy(original, copy)
    with open_dossier(copy, read_only=True) as d:
        uuid = d.uuid
        assert tell_copy_apart(d, registry=registry) is None and d.uuid == uuid


def test_opening_the_same_file_again_writes_nothing(tmp_path: Path) -> None:
    registry = tmp_path / "state" / "dossier-files.json"
    path = tmp_path / "shop.rgpd"
    create_dossier(path).close()
    with open_dossier(path) as d:
        assert tell_copy_apart(d, registry=registry) is None
    written = registry.stat()
    with open_dossier(path) as d:
        assert tell_copy_apart(d, registry=registry) is None
    again = registry.stat()  # a write replaces the file whole: another inode
    assert (again.st_ino, again.st_mtime_ns) == (written.st_ino, written.st_mtime_ns)
