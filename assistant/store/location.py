"""Where a dossier file lives, and whether SQLite is safe there.

SQLite relies on file locks and on writes reaching the disk in order. Network filesystems
(NFS, SMB/CIFS shares, FUSE mounts such as sshfs) often break the locks, and sync clients
(OneDrive, Dropbox, Google Drive, iCloud, Nextcloud/ownCloud) copy the file while it is being
written or merge two people's copies: either can corrupt a dossier or lose changes. We warn,
we do not refuse: an accountant may knowingly keep files on the firm's share.

The decision is a pure function of the path and what the system says (mount table,
environment, marker files), so it is tested with made-up systems.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePath, PureWindowsPath

NETWORK_FILESYSTEMS = frozenset({
    "nfs", "nfs4", "cifs", "smb3", "smbfs", "sshfs", "fuse.sshfs", "davfs", "fuse.davfs2",
    "afs", "ceph", "glusterfs", "fuse.glusterfs", "9p", "fuse.rclone", "fuse.s3fs",
    "fuse.gvfsd-fuse", "lustre", "beegfs",
})
# FUSE filesystems that stay on this computer (encryption layers, desktop portals).
LOCAL_FUSE = frozenset({
    "fuse.portal", "fuse.lxcfs", "fuse.gocryptfs", "fuse.encfs", "fuse.cryfs",
    "fuse.ntfs-3g", "fuse.bindfs", "fuse.appimagelauncherfs",
})
# Folder names sync clients create (matched case-insensitively on path components).
CLOUD_FOLDERS = {
    "onedrive": "OneDrive", "dropbox": "Dropbox", "google drive": "Google Drive",
    "my drive": "Google Drive", "googledrive": "Google Drive", "icloud drive": "iCloud",
    "iclouddrive": "iCloud", "mobile documents": "iCloud", "nextcloud": "Nextcloud",
    "owncloud": "ownCloud", "pclouddrive": "pCloud", "seafile": "Seafile",
    "cloudstorage": "a cloud storage provider", "box": "Box", "mega": "MEGA",
    # Google Drive for desktop's drive letter: "My Drive" and "Shared drives", in French
    # "Mon Drive" and "Drives partagés"
    "shared drives": "Google Drive", "mon drive": "Google Drive",
    "drives partagés": "Google Drive",
}
# Files sync clients keep at the root of a synced folder.
CLOUD_MARKERS = {
    ".dropbox": "Dropbox", ".dropbox.cache": "Dropbox", ".nextcloudsync.log": "Nextcloud",
    ".owncloudsync.log": "ownCloud", ".sync_journal.db": "Nextcloud/ownCloud",
}
CLOUD_ENV = ("OneDrive", "OneDriveConsumer", "OneDriveCommercial")
# Windows marks the files a sync client manages through the Cloud Files API (OneDrive and
# its SharePoint libraries, iCloud for Windows, Dropbox...): placeholder attributes and
# reparse tags, whatever the folder is called.
CLOUD_FILE_ATTRIBUTES = 0x00040000 | 0x00080000 | 0x00100000 | 0x00400000
CLOUD_REPARSE_TAG, CLOUD_REPARSE_MASK = 0x9000001A, 0xFFFF0FFF


@dataclass(frozen=True)
class LocationRisk:
    kind: str  # "network" or "cloud"
    detail: str  # the filesystem type or the provider


@dataclass(frozen=True)
class Mount:
    point: str
    fstype: str


def parse_mounts(text: str) -> list[Mount]:
    """Lines of ``/proc/mounts`` (``device point fstype options 0 0``, spaces escaped)."""
    mounts = []
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= 3:
            point = parts[1].replace("\\040", " ").replace("\\011", "\t")
            mounts.append(Mount(point, parts[2]))
    return mounts


def mount_of(path: PurePath, mounts: Sequence[Mount]) -> Mount | None:
    best: Mount | None = None
    text = str(path)
    for m in mounts:
        prefix = m.point.rstrip("/") + "/"
        if (text == m.point or text.startswith(prefix) or m.point == "/") and (
                best is None or len(m.point) > len(best.point)):
            best = m
    return best


def classify(path: PurePath, *, mounts: Sequence[Mount] = (),
             env: Mapping[str, str] | None = None,
             markers: Sequence[PurePath] = (),
             remote_drive: bool = False, cloud_files: bool = False) -> LocationRisk | None:
    """The risk of keeping a dossier at ``path``, or None.

    ``markers`` are the files that exist in the folders above ``path``; ``remote_drive`` says
    Windows reported the drive letter as a network drive; ``cloud_files`` that Windows
    reported the file or its folder as managed by a sync client.
    """
    env = env or {}
    if isinstance(path, PureWindowsPath) and str(path).startswith("\\\\"):
        return LocationRisk("network", "UNC share")
    if remote_drive:
        return LocationRisk("network", "network drive")
    mount = mount_of(path, mounts)
    if mount is not None:
        fstype = mount.fstype.lower()
        if fstype in NETWORK_FILESYSTEMS or (
                fstype.startswith("fuse.") and fstype not in LOCAL_FUSE):
            return LocationRisk("network", fstype)
    text = str(path).casefold()
    for var in CLOUD_ENV:
        root = env.get(var)
        if root and text.startswith(str(root).casefold().rstrip("\\/")):
            return LocationRisk("cloud", "OneDrive")
    for marker in markers:
        provider = CLOUD_MARKERS.get(marker.name.casefold())
        if provider:
            return LocationRisk("cloud", provider)
    for part in path.parts[:-1]:
        name = part.casefold()
        for folder, provider in CLOUD_FOLDERS.items():
            # "OneDrive - Firm", "Nextcloud-work", "Dropbox (Firm)" (Dropbox Business)
            if name == folder or any(name.startswith(folder + sep) for sep in (" -", "-", " (")):
                return LocationRisk("cloud", provider)
    if cloud_files:
        return LocationRisk("cloud", "a cloud storage provider")
    return None


# Filesystems of a computer's own disks. Reading a file through a memory map is faster for
# the long read-only passes (verify, the check of a large dossier on open), but an I/O error
# there is a signal that ends the program instead of an error SQLite reports (SQLite's
# "Memory-Mapped I/O" page): a USB stick pulled out, a share gone. So files are mapped only
# on these (FAT, exFAT and NTFS, the usual formats of removable disks, are left out).
LOCAL_DISK_FILESYSTEMS = frozenset({
    "ext2", "ext3", "ext4", "xfs", "btrfs", "f2fs", "zfs", "bcachefs", "jfs", "reiserfs",
    "tmpfs", "overlay", "apfs", "hfs",
})
_DRIVE_FIXED, _DRIVE_REMOTE = 3, 4  # GetDriveTypeW


def can_map(path: PurePath, *, platform: str, mounts: Sequence[Mount] = (),
            drive_type: int = 0) -> bool:
    """Whether a dossier at ``path`` may be read through a memory map (see above).

    ``mounts`` is Linux's mount table; ``drive_type`` what Windows says of the drive.
    """
    if platform.startswith("linux"):
        mount = mount_of(path, mounts)
        return mount is not None and mount.fstype.lower() in LOCAL_DISK_FILESYSTEMS
    if platform == "win32":
        return not str(path).startswith("\\\\") and drive_type == _DRIVE_FIXED
    if platform == "darwin":  # other disks and shares are mounted under /Volumes, /Network
        parts = path.parts  # or anywhere else: only the users' and the system's own folders
        return len(parts) > 2 and parts[1] in ("Users", "private", "tmp", "var")
    return False


def mappable(path: Path) -> bool:
    """:func:`can_map` with what this system says (and never for a cloud-synced folder)."""
    resolved = path.resolve()
    mounts = _system_mounts() if sys.platform.startswith("linux") else []
    if mounts is None:
        return False
    drive_type = _windows_drive_type(resolved) if sys.platform == "win32" else 0
    if not can_map(_pure(resolved), platform=sys.platform, mounts=mounts,
                   drive_type=drive_type):
        return False
    return location_risk(path) is None


def _system_mounts() -> list[Mount] | None:
    """Linux's mount table, or None if it cannot be read."""
    try:
        return parse_mounts(Path("/proc/mounts").read_text(encoding="utf-8", errors="replace"))
    except OSError:
        return None


def _pure(resolved: Path) -> PurePath:
    return PureWindowsPath(resolved) if sys.platform == "win32" else resolved


def _markers(path: Path) -> list[Path]:
    found = []
    for folder in list(path.parents)[:8]:
        for name in CLOUD_MARKERS:
            candidate = folder / name
            try:
                if candidate.exists():
                    found.append(candidate)
            except OSError:
                continue
    return found


def _windows_drive_type(path: Path) -> int:  # pragma: no cover - Windows only
    """What Windows says of the drive of ``path`` (GetDriveTypeW; 0 for a UNC path)."""
    if sys.platform != "win32":  # ctypes.windll exists on Windows only
        return 0
    import ctypes

    drive = path.drive
    if not drive or drive.startswith("\\\\"):
        return 0
    return int(ctypes.windll.kernel32.GetDriveTypeW(drive + "\\"))


def _windows_cloud_files(path: Path) -> bool:  # pragma: no cover - Windows only
    for candidate in (path, path.parent):
        try:
            st = os.lstat(candidate)
        except OSError:
            continue
        attributes = getattr(st, "st_file_attributes", 0)
        tag = getattr(st, "st_reparse_tag", 0)
        if attributes & CLOUD_FILE_ATTRIBUTES or (tag & CLOUD_REPARSE_MASK) == CLOUD_REPARSE_TAG:
            return True
    return False


def location_risk(path: Path) -> LocationRisk | None:
    """What this system says about ``path`` (read from the mount table and the disk)."""
    resolved = path.resolve()
    mounts: list[Mount] = []
    remote = cloud_files = False
    if sys.platform.startswith("linux"):
        mounts = _system_mounts() or []
    elif sys.platform == "win32":  # pragma: no cover - Windows only
        remote = _windows_drive_type(resolved) == _DRIVE_REMOTE
        cloud_files = _windows_cloud_files(resolved)
    return classify(_pure(resolved), mounts=mounts, env=os.environ,
                    markers=_markers(resolved), remote_drive=remote, cloud_files=cloud_files)
