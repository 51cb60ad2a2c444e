"""Helpers shared by the consent ledger's tests."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path


def dossier_state(path: Path) -> str:
    """A digest of every row of every table (the logical content of a dossier), read
    without changing the file: two equal digests mean nothing was written."""
    uri = path.resolve().as_uri() + "?mode=ro"
    conn = sqlite3.connect(uri, uri=True)
    try:
        digest = hashlib.sha256()
        for line in conn.iterdump():
            digest.update(line.encode("utf-8"))
        return digest.hexdigest()
    finally:
        conn.close()


HEADER_FR = "courriel;prenom;nom;finalite;statut;date;canal"


def csv_rows(n: int, *, start: int = 0, purposes: tuple[str, ...] = ("newsletter",)) -> str:
    lines = ["email,first_name,last_name,purpose,status,date,channel"]
    for i in range(start, start + n):
        for purpose in purposes:
            lines.append(f"person{i}@example.org,Łukasz{i},Nguyễn,{purpose},yes,"
                         f"2024-0{1 + i % 9}-1{i % 10} 10:{i % 60:02d},web")
    return "\n".join(lines) + "\n"


def tiny_png(seed: int = 0) -> bytes:
    """A small valid PNG (a 2×1 grey image whose shade depends on ``seed``), made without
    Qt: what a signature is stored as."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 2, 1, 8, 0, 0, 0, 0)
    pixels = zlib.compress(bytes([0, seed % 256, (seed * 7) % 256]))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels)
            + chunk(b"IEND", b""))


def tamper_quietly(path: Path, *statements: str, triggers: tuple[str, ...] = ()) -> None:
    """Change a dossier as an attacker who knows SQLite would: drop the ``triggers`` that
    refuse the change, run ``statements``, and put the triggers back as they were (so
    the schema looks untouched)."""
    conn = sqlite3.connect(path)
    try:
        saved = [conn.execute("SELECT sql FROM sqlite_schema WHERE type = 'trigger' "
                              "AND name = ?", (name,)).fetchone()[0] for name in triggers]
        for name in triggers:
            conn.execute(f"DROP TRIGGER {name}")
        for sql in statements:
            conn.execute(sql)
        for sql in saved:
            conn.execute(sql)
        conn.commit()
    finally:
        conn.close()
