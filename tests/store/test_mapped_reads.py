"""Reading a dossier through a memory map, only where an I/O error cannot end the program."""

from __future__ import annotations

from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest

from assistant.store.dossier import open_worker_connection
from assistant.store.location import can_map, parse_mounts

MOUNTS = parse_mounts("""\
/dev/vda / ext4 rw,relatime 0 0
server:/export /mnt/nas nfs4 rw 0 0
/dev/sdb1 /media/me/CLE\\040USB vfat rw 0 0
/dev/sdc1 /media/me/DISQUE exfat rw 0 0
/dev/nvme0n1p3 /home btrfs rw 0 0
""")


@pytest.mark.parametrize("path,expected", [
    ("/home/me/clients/boulangerie.rgpd", True),
    ("/srv/dossiers/a.rgpd", True),
    ("/mnt/nas/clients/boulangerie.rgpd", False),  # a share: it may go away
    ("/media/me/CLE USB/a.rgpd", False),  # a USB stick: it may be pulled out
    ("/media/me/DISQUE/a.rgpd", False),
])
def test_linux_maps_files_on_the_computers_own_disks(path: str, expected: bool) -> None:
    assert can_map(PurePosixPath(path), platform="linux", mounts=MOUNTS) is expected


def test_linux_without_a_mount_table_maps_nothing() -> None:
    assert not can_map(PurePosixPath("/home/me/a.rgpd"), platform="linux", mounts=[])


@pytest.mark.parametrize("path,drive_type,expected", [
    (r"C:\Users\me\Documents\a.rgpd", 3, True),  # DRIVE_FIXED
    (r"E:\a.rgpd", 2, False),  # DRIVE_REMOVABLE
    (r"Z:\clients\a.rgpd", 4, False),  # DRIVE_REMOTE
    (r"\\serveur\compta\a.rgpd", 0, False),
])
def test_windows_maps_files_on_fixed_drives(path: str, drive_type: int, expected: bool) -> None:
    assert can_map(PureWindowsPath(path), platform="win32", drive_type=drive_type) is expected


@pytest.mark.parametrize("path,expected", [
    ("/Users/me/Documents/a.rgpd", True),
    ("/private/var/folders/x/a.rgpd", True),
    ("/Volumes/CLE/a.rgpd", False),  # another disk
    ("/Network/Servers/nas/a.rgpd", False),
    ("/mnt/partage/a.rgpd", False),  # a share may be mounted anywhere
])
def test_macos_maps_only_the_users_and_the_systems_folders(path: str, expected: bool) -> None:
    assert can_map(PurePosixPath(path), platform="darwin") is expected


def test_unknown_systems_map_nothing() -> None:
    assert not can_map(PurePosixPath("/home/me/a.rgpd"), platform="freebsd14")


@pytest.mark.parametrize("allowed", [True, False])
def test_a_mapped_connection_is_granted_only_where_allowed(demo_copy: Path, monkeypatch,
                                                           allowed: bool) -> None:
    from assistant.store import location

    monkeypatch.setattr(location, "mappable", lambda path: allowed)
    conn = open_worker_connection(demo_copy, mapped=True)
    try:
        size = conn.execute("PRAGMA mmap_size").fetchone()[0]
        assert (size > 0) is allowed
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    finally:
        conn.close()


def test_a_writing_connection_is_never_mapped(demo_copy: Path, monkeypatch) -> None:
    from assistant.store import location

    monkeypatch.setattr(location, "mappable", lambda path: True)
    conn = open_worker_connection(demo_copy, read_only=False, mapped=True)
    try:
        assert conn.execute("PRAGMA mmap_size").fetchone()[0] == 0
    finally:
        conn.close()
