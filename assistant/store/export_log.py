"""The dates of the dossier documents exported, kept in the app's own state folder.

The dossier's PDF ends with an annex of the register's changes since the last export. An
export only reads the dossier (it may be open read-only, or held by someone else), so the
dates go to a small JSON file in the app's data folder (``exports.json``), keyed by the
dossier's uuid (a copy of the dossier elsewhere shares its history, and its exports).
A damaged or missing file is forgotten, never fatal: the annex then lists every change.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from pathlib import Path

from assistant.atomic import write_bytes_atomic
from assistant.store.errors import DossierError

log = logging.getLogger(__name__)

FILE_NAME = "exports.json"
FORMAT = 1
MAX_DATES = 50  # per dossier: the newest are kept
MAX_DOSSIERS = 5000


def log_file() -> Path:
    from assistant.paths import data_dir

    return data_dir() / FILE_NAME


def _read() -> dict[str, list[str]]:
    try:
        data = json.loads(log_file().read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        log.warning("export log unreadable (%s); starting a new one", exc)
        return {}
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return {}
    entries = data.get("dossiers")
    if not isinstance(entries, dict):
        return {}
    return {k: [d for d in v if isinstance(d, str)] for k, v in entries.items()
            if isinstance(v, list)}


def export_dates(uuid: str) -> list[dt.date]:
    out = []
    for text in _read().get(uuid, []):
        try:
            out.append(dt.date.fromisoformat(text))
        except ValueError:
            continue
    return sorted(set(out))


def last_export_before(uuid: str, day: dt.date) -> dt.date | None:
    """The date of the latest document exported before ``day`` (an export of the same day
    does not count: exporting twice the same day gives the same document)."""
    earlier = [d for d in export_dates(uuid) if d < day]
    return earlier[-1] if earlier else None


def record_export(uuid: str, day: dt.date) -> None:
    if not uuid:
        return
    entries = _read()
    dates = sorted({*entries.pop(uuid, []), day.isoformat()})[-MAX_DATES:]
    entries[uuid] = dates  # newest dossier last
    if len(entries) > MAX_DOSSIERS:
        entries = dict(list(entries.items())[-MAX_DOSSIERS:])
    payload = json.dumps({"format": FORMAT, "dossiers": entries}, indent=1)
    try:
        write_bytes_atomic(log_file(), payload.encode("utf-8"))
    except (DossierError, OSError) as exc:  # the export itself stands
        log.warning("could not record an export: %s", type(exc).__name__)


__all__ = ["export_dates", "last_export_before", "record_export"]
