"""Read a SQLite file's header without opening it, so a foreign file is never touched."""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

SQLITE_MAGIC = b"SQLite format 3\x00"
APPLICATION_ID = 0x52475044  # "RGPD" in ASCII: marks our dossier files


@dataclass(frozen=True)
class Header:
    user_version: int
    application_id: int


def read_header(path: Path) -> Header | None:
    """The header of a SQLite file, ``None`` if the file is empty; raises ``ValueError`` if
    it is not SQLite."""
    with path.open("rb") as handle:
        head = handle.read(100)
    if not head:
        return None
    if len(head) < 100 or not head.startswith(SQLITE_MAGIC):
        raise ValueError("not a SQLite file")
    user_version, = struct.unpack(">i", head[60:64])
    application_id, = struct.unpack(">i", head[68:72])
    return Header(user_version=user_version, application_id=application_id & 0xFFFFFFFF)
