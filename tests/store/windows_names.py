"""What Windows accepts as a path, checked with ``pathlib.PureWindowsPath`` (Python's own
model of Windows paths) and, independently of the app's rules, with Microsoft's list."""

from __future__ import annotations

import warnings
from pathlib import PurePath, PureWindowsPath

_DEVICES = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(10)),
            *(f"LPT{i}" for i in range(10))}


def windows_refuses(path: PurePath | str) -> list[str]:
    """Why Windows would refuse or change ``path`` (empty when it takes it as it is)."""
    pure = PureWindowsPath(path)
    reasons = []
    with warnings.catch_warnings():  # deprecated from Python 3.13 on, still right
        warnings.simplefilter("ignore", DeprecationWarning)
        if pure.is_reserved():
            reasons.append("reserved (pathlib)")
    name = pure.name
    if name.split(".")[0].rstrip(" ").upper() in _DEVICES:
        reasons.append("device name")
    if any(c in '<>:"/\\|?*' or ord(c) < 32 for c in name):
        reasons.append("forbidden character")
    if name != name.rstrip(". "):
        reasons.append("final dot or space")
    if len(str(pure).encode("utf-16-le")) // 2 > 259:
        reasons.append("longer than MAX_PATH")
    if len(name.encode("utf-16-le")) // 2 > 255:
        reasons.append("name longer than 255")
    return reasons
