"""File names every system accepts, Windows' rules first: they are the strictest.

Every file the app names itself (a new dossier from the shop's name, one PDF per dossier,
a letter, a backup, an answer's files) goes through :func:`safe_stem` and, where the folder
is known, :func:`fit_name`; a name the user typed is checked by :func:`name_problem` when it
goes to a Windows disk (:func:`assistant.store.outputs.check_output` does it).

Windows refuses, or quietly changes, names that Linux takes (Microsoft, "Naming Files,
Paths, and Namespaces"):

- device names, whatever the case and the extension: ``CON``, ``PRN``, ``AUX``, ``NUL``,
  ``COM0``-``COM9``, ``LPT0``-``LPT9`` (also with the superscript digits ¹ ² ³), ``CONIN$``,
  ``CONOUT$``: ``con.pdf`` opens the console, not a file;
- the characters ``< > : " / \\ | ? *`` and the control characters 0-31;
- a final dot or space, which Windows drops (``Shop.`` is saved as ``Shop``);
- more than 255 characters in one name, or more than 259 in the whole path (``MAX_PATH``,
  260 with the final NUL) unless long paths are enabled, which a shop's PC rarely has.

Lengths are counted as Windows counts them, in UTF-16 units: a character outside the
Basic Multilingual Plane (an emoji) counts twice.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import PurePath, PureWindowsPath

DEVICE_NAMES = frozenset({
    "CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
    *(f"{port}{n}" for port in ("COM", "LPT") for n in (*"0123456789", "¹", "²", "³")),
})
FORBIDDEN_CHARACTERS = frozenset('<>:"/\\|?*') | {chr(c) for c in range(32)}
MAX_PATH = 260  # Windows' limit for a whole path, counting the final NUL
MAX_PATH_CHARS = MAX_PATH - 1
MAX_NAME = 255  # one name (a folder's or a file's)
# A name the app makes stays well under MAX_NAME: the folder has to fit in MAX_PATH too.
DEFAULT_STEM_MAX = 80
# The shortest stem worth keeping when a path must be shortened to fit.
MIN_STEM = 8

_UNSAFE_RUN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]+')


def utf16_len(text: str) -> int:
    """The length Windows sees: UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


def _cut_utf16(text: str, units: int) -> str:
    """The longest prefix of ``text`` that takes at most ``units`` UTF-16 units."""
    out, used = [], 0
    for char in text:
        size = 2 if ord(char) > 0xFFFF else 1
        if used + size > units:
            break
        out.append(char)
        used += size
    return "".join(out)


def is_device_name(name: str) -> bool:
    """``con``, ``Aux.txt``, ``NUL .tar.gz``, ``com1``: a name Windows gives to a device.
    The part before the first dot counts, trailing spaces ignored."""
    base = name.split(".", 1)[0].rstrip(" ")
    return base.upper() in DEVICE_NAMES


def name_problem(name: str) -> str | None:
    """What Windows has against the file or folder name ``name``, or None.

    The answer is a code: ``empty``, ``device`` (a reserved device name), ``character``
    (one of ``< > : " / \\ | ? *`` or a control character), ``trailing`` (a final dot or
    space, which Windows drops) or ``too_long`` (over 255 characters).
    """
    if name in ("", ".", ".."):
        return "empty"
    if any(c in FORBIDDEN_CHARACTERS for c in name):
        return "character"
    if name[-1] in ". ":
        return "trailing"
    if is_device_name(name):
        return "device"
    if utf16_len(name) > MAX_NAME:
        return "too_long"
    return None


def path_too_long(path: PurePath | str) -> bool:
    """Whether ``path`` (absolute) passes Windows' ``MAX_PATH``."""
    return utf16_len(str(PureWindowsPath(path))) > MAX_PATH_CHARS


def safe_stem(text: str, *, fallback: str = "file", max_len: int = DEFAULT_STEM_MAX) -> str:
    """``text`` made into the stem of a file name every system takes.

    Runs of forbidden characters become ``-``; leading spaces and final dots and spaces go;
    the result is cut to ``max_len`` UTF-16 units; a device name gets ``-`` + ``fallback``
    after it (``CON`` -> ``CON-file``, ``aux.tar`` -> ``aux-file.tar``); nothing left gives
    ``fallback``. Letters of every
    script stay: Windows takes Greek, Cyrillic or accents in names.
    """
    stem = unicodedata.normalize("NFC", text)
    stem = _UNSAFE_RUN.sub("-", stem)
    stem = _tidy(_cut_utf16(_tidy(stem), max_len))
    if not stem:
        return fallback
    if is_device_name(stem):  # the part before the first dot names the device
        base, dot, rest = stem.partition(".")
        stem = _tidy(_cut_utf16(f"{base.rstrip(' ')}-{fallback}{dot}{rest}", max_len))
    return stem


def _tidy(stem: str) -> str:
    return stem.lstrip(" ").rstrip(". -")


def fit_name(folder: PurePath | str | None, stem: str, suffix: str = "", *,
             tail: str = "", limit: int = MAX_PATH_CHARS, fallback: str = "file",
             max_len: int = DEFAULT_STEM_MAX) -> str:
    """A safe name ``stem`` + ``tail`` + ``suffix`` whose full path in ``folder`` stays
    within ``limit`` (Windows' ``MAX_PATH``): the stem is shortened as needed (never below
    ``MIN_STEM`` characters), ``tail`` (``-2``) and ``suffix`` kept whole. A folder too deep
    even for that gives the short name, and writing it then says the path is too long."""
    fixed = utf16_len(tail) + utf16_len(suffix)
    room = max_len
    if folder is not None:
        room = min(room, limit - utf16_len(str(PureWindowsPath(folder))) - 1 - fixed)
    return safe_stem(stem, fallback=fallback, max_len=max(room, MIN_STEM)) + tail + suffix


def numbered(stem: str, suffix: str, taken: set[str], folder: PurePath | str | None = None,
             *, fallback: str = "file", max_len: int = DEFAULT_STEM_MAX) -> str:
    """``stem.suffix``, else ``stem-2.suffix``, ``stem-3.suffix``... the first whose
    case-folded name is not in ``taken`` (Windows' names ignore case); the result is added
    to ``taken``. Safe and, given ``folder``, fitted to it."""
    n = 1
    while True:
        name = fit_name(folder, stem, suffix, tail=f"-{n}" if n > 1 else "",
                        fallback=fallback, max_len=max_len)
        if name.casefold() not in taken:
            taken.add(name.casefold())
            return name
        n += 1


def dossier_file_name(organisation_name: str) -> str:
    """The file a new dossier is offered, from the organisation's name: ``Au Pain Doré`` ->
    ``Au-Pain-Dore.rgpd``, ``Kwiaciarnia Łódź`` -> ``Kwiaciarnia-Lodz.rgpd``. Letters of
    other scripts stay (Greek, Cyrillic: every system takes them); accents, spaces and
    punctuation become plain letters and dashes; a device name (``Con``) gets
    ``-dossier``."""
    from assistant.domain.text import plain_latin

    slug = re.sub(r"[\W_]+", "-", plain_latin(organisation_name)).strip("-")
    return safe_stem(slug, fallback="dossier", max_len=60) + ".rgpd"


# -- where Windows' rules apply ---------------------------------------------------------------
# Linux file systems that hold Windows' rules: a USB stick, a Windows partition, a share.
WINDOWS_FILESYSTEMS = frozenset({
    "vfat", "msdos", "exfat", "ntfs", "ntfs3", "fuseblk", "fuse.ntfs-3g", "cifs", "smb3",
    "smbfs",
})
ON_WINDOWS = sys.platform == "win32"


def windows_rules_apply(folder: PurePath | str, *, on_windows: bool | None = None,
                        fstype: str | None = None) -> bool:
    """Whether a name written in ``folder`` must follow Windows' rules: on Windows, and
    elsewhere on a disk or share formatted for it (``fstype``, read from the mount table
    when not given)."""
    if ON_WINDOWS if on_windows is None else on_windows:
        return True
    if fstype is None:
        fstype = _fstype(folder)
    return fstype in WINDOWS_FILESYSTEMS


def _fstype(folder: PurePath | str) -> str:
    if not sys.platform.startswith("linux"):
        return ""
    from pathlib import Path

    from assistant.store.location import _system_mounts, mount_of

    mounts = _system_mounts() or []
    try:
        where = Path(folder).resolve()
    except (OSError, RuntimeError):
        return ""
    mount = mount_of(where, mounts)
    return mount.fstype.lower() if mount is not None else ""


def long_paths_enabled() -> bool:  # pragma: no cover - reads Windows' registry
    """Whether Windows lets this program use paths past ``MAX_PATH`` (the
    ``LongPathsEnabled`` policy; Python's own programs declare themselves able)."""
    if not ON_WINDOWS:
        return True
    if sys.platform != "win32":  # Windows' rules asked for elsewhere: no registry to read
        return False
    try:
        import winreg

        with winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE,
                            r"SYSTEM\CurrentControlSet\Control\FileSystem") as key:
            value, _kind = winreg.QueryValueEx(key, "LongPathsEnabled")
        return int(value) == 1
    except (OSError, ValueError, ImportError):
        return False


__all__ = [
    "DEVICE_NAMES",
    "FORBIDDEN_CHARACTERS",
    "MAX_PATH",
    "MAX_PATH_CHARS",
    "dossier_file_name",
    "fit_name",
    "is_device_name",
    "long_paths_enabled",
    "name_problem",
    "numbered",
    "path_too_long",
    "safe_stem",
    "utf16_len",
    "windows_rules_apply",
]
