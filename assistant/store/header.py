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


WAL_MAGIC = (0x377F0682, 0x377F0683)
WAL_HEADER = 32
FRAME_HEADER = 24


def wal_header(path: Path) -> Header | None:
    """The header the database will have once its ``-wal`` is read: that of the newest
    committed copy of page 1 in the WAL, or None when the WAL holds none (no WAL, an empty
    or reset one, or only uncommitted frames).

    Read from the bytes, before SQLite opens the file: opening it would recover the WAL and,
    on closing, copy it into the file, so a file whose WAL holds a newer schema (a newer
    version of the app stopped before its checkpoint) would be changed by a mere look.
    Frames count when their salts are those of the WAL header and a commit frame follows
    them; their checksums are not computed (SQLite checks them again when it opens the
    file, and the schema version is read again then).
    """
    wal = path.with_name(path.name + "-wal")
    try:
        handle = wal.open("rb")
    except FileNotFoundError:
        return None
    with handle:
        head = handle.read(WAL_HEADER)
        if len(head) < WAL_HEADER:
            return None
        magic, _format, page_size, _seq, salt1, salt2 = struct.unpack(">6I", head[:24])
        if magic not in WAL_MAGIC or page_size < 512 or page_size & (page_size - 1):
            return None
        frame = FRAME_HEADER + page_size
        newest_page1: int | None = None  # offset of the newest page-1 frame seen
        committed: int | None = None  # that offset as of the last commit frame
        offset = WAL_HEADER
        while True:
            handle.seek(offset)
            fh = handle.read(FRAME_HEADER)
            if len(fh) < FRAME_HEADER:
                break
            page, commit, s1, s2 = struct.unpack(">4I", fh[:16])
            if (s1, s2) != (salt1, salt2):
                break  # frames of an earlier life of the WAL: not part of the database
            if page == 1:
                newest_page1 = offset
            if commit:
                committed = newest_page1
            offset += frame
        if committed is None:
            return None
        handle.seek(committed + FRAME_HEADER)
        page1 = handle.read(100)
    if len(page1) < 100:
        return None
    user_version, = struct.unpack(">i", page1[60:64])
    application_id, = struct.unpack(">i", page1[68:72])
    return Header(user_version=user_version, application_id=application_id & 0xFFFFFFFF)


def effective_header(path: Path) -> Header | None:
    """The file's header as SQLite will see it after reading its WAL (see
    :func:`wal_header`); ``None`` if the file is empty; ``ValueError`` if not SQLite."""
    header = read_header(path)
    if header is None:
        return None
    try:
        newer = wal_header(path)
    except OSError:
        newer = None
    return newer or header
