"""The result of each verification, kept in the app's own state folder.

A verification only reads the dossier: writing its result into the file would change a
dossier that may be open read-only, or held by someone else. So the result goes to a small
JSON file in the app's data folder (``verifications.json``), keyed by the dossier's uuid
*and* its path: a backup copy (same uuid, another path) or another file put in its place
(same path, another uuid) does not inherit a verification it never had. The folder view
shows "never verified" for those.

The file is rewritten atomically; two verifications finishing at the same instant in two
processes may lose one entry (the next verification writes it again): acceptable for a
record that only says when a dossier was last checked.
"""

from __future__ import annotations

import contextlib
import json
import logging
import sqlite3
from collections.abc import Generator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from assistant.atomic import write_bytes_atomic
from assistant.domain.clock import format_utc, now_text
from assistant.domain.progress import Progress
from assistant.store.dossier import open_worker_connection
from assistant.store.errors import DossierError
from assistant.store.verify import VerifyReport, verify_dossier

log = logging.getLogger(__name__)

FILE_NAME = "verifications.json"
FORMAT = 1
MAX_ENTRIES = 5000  # the oldest are forgotten beyond this


@dataclass(frozen=True)
class VerifyRecord:
    uuid: str
    path: str  # resolved, as text
    at: str  # UTC timestamp of the verification
    sound: bool
    problems: int
    first_problem: str  # the code of the first problem ("" when sound)
    file_modified: str  # the file's modification time when verified (UTC)

    def changed_since(self, path: Path) -> bool:
        """Whether the file was modified after it was verified (the result may be stale)."""
        modified = file_modified(path)
        return bool(modified) and modified > self.file_modified


def log_file() -> Path:
    from assistant.paths import data_dir

    return data_dir() / FILE_NAME


def _key(uuid: str, path: Path | str) -> str:
    return f"{uuid}|{Path(path).resolve()}"


def file_modified(path: Path) -> str:
    """The later of the file's and its WAL's modification times (recent changes may still
    be in the ``-wal`` file), as canonical UTC text; "" if it cannot be read. An empty WAL
    (a dossier open somewhere and not changed) holds no change and does not count."""
    import datetime as dt

    stamps = []
    for candidate in (path, Path(f"{path}-wal")):
        with contextlib.suppress(OSError):
            info = candidate.stat()
            if candidate is path or info.st_size > 0:
                stamps.append(info.st_mtime)
    if not stamps:
        return ""
    return format_utc(dt.datetime.fromtimestamp(max(stamps), dt.UTC))


def _read() -> dict[str, Any]:
    try:
        data = json.loads(log_file().read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:  # a damaged log is forgotten, never fatal
        log.warning("verification log unreadable (%s); starting a new one", exc)
        return {}
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return {}
    entries = data.get("entries")
    return entries if isinstance(entries, dict) else {}


def load() -> dict[str, VerifyRecord]:
    """Every recorded verification, by ``uuid|path``."""
    out = {}
    for key, value in _read().items():
        try:
            out[key] = VerifyRecord(**value)
        except TypeError:
            continue
    return out


def last_verify(uuid: str, path: Path, records: dict[str, VerifyRecord] | None = None
                ) -> VerifyRecord | None:
    """The last verification of this dossier (this uuid at this path), or None."""
    if not uuid:
        return None
    records = load() if records is None else records
    return records.get(_key(uuid, path))


def record(report: VerifyReport, uuid: str) -> VerifyRecord | None:
    """Remember a verification's result (nothing for a file without a uuid)."""
    if not uuid:
        return None
    entry = VerifyRecord(
        uuid=uuid, path=str(Path(report.path).resolve()), at=now_text(), sound=report.sound,
        problems=len(report.problems),
        first_problem=report.problems[0].code if report.problems else "",
        file_modified=file_modified(Path(report.path)))
    entries = _read()
    entries.pop(_key(uuid, report.path), None)
    entries[_key(uuid, report.path)] = asdict(entry)  # newest last
    if len(entries) > MAX_ENTRIES:
        entries = dict(list(entries.items())[-MAX_ENTRIES:])
    payload = json.dumps({"format": FORMAT, "entries": entries}, ensure_ascii=False, indent=1)
    try:
        write_bytes_atomic(log_file(), payload.encode("utf-8"))
    except (DossierError, OSError) as exc:  # the verification itself stands
        log.warning("could not record a verification: %s", type(exc).__name__)
        return None
    return entry


def read_uuid(path: Path) -> str:
    """The dossier's uuid, read without the checks of opening ("" if unreadable)."""
    try:
        conn = open_worker_connection(path, read_only=True)
    except DossierError:
        return ""
    try:
        row = conn.execute("SELECT value FROM app_meta WHERE key = 'uuid'").fetchone()
        return str(row[0]) if row else ""
    except sqlite3.Error:
        return ""
    finally:
        conn.close()


def verify_and_record(path: Path | str, *, head: str = ""
                      ) -> Generator[Progress, None, VerifyReport]:
    """:func:`~assistant.store.verify.verify_dossier`, then remember its result."""
    path = Path(path)
    report = yield from verify_dossier(path, head=head)
    record(report, read_uuid(path))
    return report


__all__ = ["VerifyRecord", "last_verify", "load", "record", "verify_and_record"]
