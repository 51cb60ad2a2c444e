"""Whether other accounts of the computer can read a dossier, where mode bits cannot say.

On Linux a dossier is created owner-only (``0600``) wherever it is: the folder does not
matter. On Windows ``os.chmod(0o600)`` only clears the read-only flag: who may read a file
is its folder's access list, inherited. The user's own profile (``C:\\Users\\<name>``, and
the per-user data folder ``%LOCALAPPDATA%`` under it, where the app keeps new dossiers,
backups and drafts) is readable by that user, the administrators and the system only.
Elsewhere Windows' defaults let every account of the computer read:

- ``C:\\Users\\Public`` (Public Documents, Public Desktop: ``%PUBLIC%``) is made to share;
- ``C:\\ProgramData`` (``%ALLUSERSPROFILE%``) is readable by all users;
- the root of a drive, and any folder created there (``C:\\Dossiers``), inherits "Users:
  read" from the drive (``D:\\`` too, when Windows formatted it);
- a USB stick or another disk formatted FAT or exFAT has no access list at all.

So a dossier saved outside the user's profile gets a warning (the window, and the command
line on stderr), never a refusal: an accountant may keep files on ``D:\\Clients`` knowingly.
Network shares are the location check's concern (:mod:`assistant.store.location`).

The decision is a pure function of the path and the environment, tested with
``PureWindowsPath``; :func:`exposure` applies it on Windows only.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path, PurePath, PureWindowsPath

# What each kind says, for the messages: "public", "shared_data", "drive_root",
# "outside_profile".
KINDS = ("public", "shared_data", "drive_root", "outside_profile")


def _under(path: PureWindowsPath, folder: str | None) -> bool:
    if not folder:
        return False
    root = PureWindowsPath(folder)
    parts = [p.casefold() for p in path.parts]
    wanted = [p.casefold() for p in root.parts]
    return len(parts) > len(wanted) and parts[: len(wanted)] == wanted


def classify(path: PurePath | str, env: Mapping[str, str]) -> str | None:
    """Who else may read a dossier at ``path`` (Windows path rules): one of :data:`KINDS`,
    or None when it is in the user's own profile (or on a network share)."""
    pure = PureWindowsPath(path)
    if str(pure).startswith("\\\\"):
        return None  # a share: its own access list, and the location warning
    public = env.get("PUBLIC") or (
        str(PureWindowsPath(env["SystemDrive"] + "\\", "Users", "Public"))
        if env.get("SystemDrive") else None)
    if _under(pure, public):
        return "public"
    for var in ("ALLUSERSPROFILE", "ProgramData", "PROGRAMDATA"):
        if _under(pure, env.get(var)):
            return "shared_data"
    if _under(pure, env.get("USERPROFILE")) or _under(pure, env.get("LOCALAPPDATA")) \
            or _under(pure, env.get("APPDATA")):
        return None
    if len(pure.parts) <= 2:  # C:\Shop.rgpd
        return "drive_root"
    return "outside_profile"


def exposure(path: Path, *, on_windows: bool | None = None,
             env: Mapping[str, str] | None = None) -> str | None:
    """:func:`classify` on Windows (where mode bits protect nothing); None elsewhere."""
    if not (sys.platform == "win32" if on_windows is None else on_windows):
        return None
    try:
        where = path.resolve()
    except (OSError, RuntimeError):
        where = path.absolute()
    return classify(PureWindowsPath(str(where)), os.environ if env is None else env)


__all__ = ["KINDS", "classify", "exposure"]
