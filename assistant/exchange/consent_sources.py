"""The files one import reads: a CSV file, or the CSV files of a Mailchimp audience export
``.zip`` (subscribed, unsubscribed and cleaned members), read together as one import.

A zip is opened with care: it may hold something else than CSV files, or be a "zip bomb"
whose few kilobytes expand to gigabytes. Each member is checked from the archive's
directory first (refused past :data:`MAX_RATIO` times its compressed size or
:data:`MAX_TOTAL` bytes in all), then copied out in chunks that count what really comes
out, since a directory can lie. The CSV files go to a private temporary folder removed when
the import ends.
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from assistant.exchange.consent_csv_read import CsvRefused
from assistant.store.errors import from_os_error

MAX_RATIO = 50  # uncompressed / compressed, per member and in all
MAX_TOTAL = 1 << 30  # 1 GB uncompressed in all
MAX_MEMBERS = 100
CHUNK = 1 << 20
ZIP_MAGIC = b"PK\x03\x04"


@dataclass(frozen=True)
class Part:
    """One CSV file of the import: ``path`` to read, ``name`` the member's name inside a
    zip ("" for a plain CSV file)."""

    path: Path
    name: str = ""


@contextlib.contextmanager
def source_parts(source: Path) -> Iterator[list[Part]]:
    """The CSV files of ``source`` (itself when it is not a zip)."""
    # by its name: a workbook saved as .csv starts like a zip too, and is named as such
    if source.suffix.lower() != ".zip":
        yield [Part(source)]
        return
    folder = Path(tempfile.mkdtemp(prefix="rgpd-zip-"))
    try:
        yield _extract(source, folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _looks_like_text(source: Path) -> bool:
    """A file named .zip that is no archive but text (a CSV renamed, or saved under the
    wrong name): worth saying, rather than "damaged"."""
    try:
        with source.open("rb") as handle:
            start = handle.read(4096)
    except OSError:
        return False
    return bool(start) and not start.startswith(ZIP_MAGIC[:2]) and b"\x00" not in start


def _extract(source: Path, folder: Path) -> list[Part]:
    try:
        archive = zipfile.ZipFile(source)
    except zipfile.BadZipFile:
        raise CsvRefused(source, 1, "zip_is_text" if _looks_like_text(source)
                         else "zip_damaged") from None
    except OSError as exc:
        raise from_os_error(source, exc) from exc
    with archive:
        members = [m for m in archive.infolist() if not m.is_dir()]
        names = [m.filename for m in members]
        csvs = [m for m in members if m.filename.lower().endswith(".csv")
                and not PurePosixPath(m.filename).name.startswith(".")
                and "__MACOSX" not in m.filename]
        if not csvs or len(members) > MAX_MEMBERS:
            raise CsvRefused(source, 1, "zip_not_csv",
                             found=", ".join(names[:10]) + (" …" if len(names) > 10 else "")
                             or "—")
        total = sum(m.file_size for m in csvs)
        packed = sum(m.compress_size for m in csvs) or 1
        for m in csvs:
            if m.flag_bits & 0x1:
                raise CsvRefused(source, 1, "zip_encrypted", member=m.filename)
            if m.file_size > MAX_RATIO * max(m.compress_size, 1) or total > MAX_TOTAL \
                    or total > MAX_RATIO * packed:
                raise CsvRefused(source, 1, "zip_bomb", member=m.filename,
                                 ratio=str(MAX_RATIO), limit="1 GB")
        parts = []
        budget = min(MAX_TOTAL, MAX_RATIO * packed)
        for n, m in enumerate(csvs):
            target = folder / f"{n:03d}.csv"
            try:
                with archive.open(m) as src, target.open("xb") as out:
                    allowed = min(budget, MAX_RATIO * max(m.compress_size, 1))
                    copied = 0
                    while chunk := src.read(CHUNK):
                        copied += len(chunk)
                        if copied > allowed:  # the directory lied about the size
                            raise CsvRefused(source, 1, "zip_bomb", member=m.filename,
                                             ratio=str(MAX_RATIO), limit="1 GB")
                        out.write(chunk)
                    budget -= copied
            except (zipfile.BadZipFile, EOFError, ValueError) as exc:
                raise CsvRefused(source, 1, "zip_damaged_member", member=m.filename,
                                 detail=str(exc)) from None
            except OSError as exc:
                raise from_os_error(source, exc) from exc
            parts.append(Part(target, m.filename))
        return parts
