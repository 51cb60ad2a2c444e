"""What opening a dossier noticed about its file that the user should hear of, without
stopping them: a dossier other accounts of the computer could read (``0644`` after a copy by
a file manager or an archive). Opened for writing it is made owner-only; only read, it is
left as it is (a look changes nothing) and the user is told how to close it.

The command line prints the notes taken during a command on stderr (in the user's
language); the window shows them in its status bar.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

_lock = threading.Lock()
_notes: list[FileNote] = []


@dataclass(frozen=True)
class FileNote:
    code: str  # "made_owner_only" or "readable_by_others"
    path: Path
    mode: str  # the file's mode as it was found, in octal ("644")


def note(code: str, path: Path, mode: int) -> None:
    with _lock:
        item = FileNote(code, path, f"{mode & 0o777:o}")
        if item not in _notes:
            _notes.append(item)


def take() -> list[FileNote]:
    """The notes taken since the last call, oldest first; the list is emptied."""
    with _lock:
        taken = list(_notes)
        _notes.clear()
    return taken


__all__ = ["FileNote", "note", "take"]
