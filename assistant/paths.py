"""Where things live: shipped resources and the user's state folders; and whose they are
(the account's name, recorded as who imported or recorded something).

Every state path can be redirected (``--data-dir`` on the command line, the
``RGPD_ASSISTANT_DATA_DIR`` environment variable, or :func:`set_data_dir` in tests), so
that nothing ever writes to the real user folders by accident.
"""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

import platformdirs
import platformdirs.api

from assistant import APP_NAME

DATA_DIR_ENV = "RGPD_ASSISTANT_DATA_DIR"
_data_dir_override: Path | None = None


def resources_dir() -> Path:
    """The shipped ``resources`` folder, wherever the app runs from.

    A wheel installs it as ``assistant/_resources``; a source checkout (editable install,
    tests) has it beside the package; a PyInstaller bundle unpacks it under ``_MEIPASS``.
    """
    here = Path(__file__).resolve().parent
    candidates = [here / "_resources", here.parent / "resources"]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.insert(0, Path(frozen) / "resources")
    for candidate in candidates:
        if (candidate / "content").is_dir():
            return candidate
    raise FileNotFoundError(
        "the app's resources folder is missing; looked in: "
        + ", ".join(str(c) for c in candidates)
    )


def set_data_dir(path: Path | None) -> None:
    """Redirect every state folder under ``path`` (``None`` restores the default)."""
    global _data_dir_override
    _data_dir_override = Path(path) if path is not None else None


def _base_override() -> Path | None:
    if _data_dir_override is not None:
        return _data_dir_override
    env = os.environ.get(DATA_DIR_ENV)
    return Path(env) if env else None


def default_folders(dirs: platformdirs.api.PlatformDirsABC | None = None) -> dict[str, str]:
    """The user's own folders for each kind of state, as the system names them.

    On Windows all of them are in the per-user ``%LOCALAPPDATA%\\rgpd-assistant`` (not the
    roaming profile, which a domain copies to a server): readable by the user only, which
    is what keeps dossiers, backups and drafts private where mode bits do nothing. ``dirs``
    picks another system's rules (tests)."""
    dirs = dirs or platformdirs.PlatformDirs(APP_NAME, appauthor=False)
    return {"data": dirs.user_data_dir, "config": dirs.user_config_dir,
            "cache": dirs.user_cache_dir, "log": dirs.user_log_dir}


def _dir(kind: str) -> Path:
    base = _base_override()
    path = base / kind if base is not None else Path(default_folders()[kind])
    return private_dir(path)


def private_dir(path: Path) -> Path:
    """``path`` made if missing, and readable by its owner only (it holds personal data,
    or says what the user works on): an existing folder open to others is closed."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    owner_only(path)
    return path


def owner_only(path: Path) -> None:
    """Take away the group's and others' rights on ``path`` (POSIX; a file or folder of
    ours only, and never raising: a share we may not change stays as it is)."""
    if os.name != "posix":
        return
    try:
        st = path.stat()
        if st.st_uid == os.getuid() and st.st_mode & 0o077:
            path.chmod(st.st_mode & 0o700)
    except OSError:
        pass


def data_dir() -> Path:
    """Default folder for new dossiers."""
    return _dir("data")


def config_dir() -> Path:
    return _dir("config")


def cache_dir() -> Path:
    return _dir("cache")


def log_dir() -> Path:
    return _dir("log")


def backups_dir() -> Path:
    return private_dir(data_dir() / "backups")


def current_user() -> str:
    """The account's name, recorded as who imported or recorded something ("" when the
    system cannot say)."""
    try:
        return getpass.getuser()[:200]
    except (KeyError, OSError):
        return ""


def host_name() -> str:
    """This computer's name, as ``socket.gethostname()`` gives it. A POSIX system's
    ``uname`` node name is that same name (both read the kernel's one field), and asking it
    spares the window's start the network module (its enums take a few milliseconds to
    make); Windows is asked through ``socket``."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket

    return socket.gethostname()
