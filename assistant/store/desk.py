"""The accountant's own notes about the clients, kept in the app's data folder
(``desk.json``), never in a client's dossier: the firm's name printed on the summary, and per
client a note, the staff member in charge, the date of the last reminder and of the next
review.

A client is known by its dossier's uuid (it follows the file when it is moved or renamed);
a dossier without one (not readable) by its path. The window and the command line read the
same file; writes are atomic, and a damaged file is set aside, never fatal.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

from assistant.atomic import write_bytes_atomic
from assistant.domain.text import normalise
from assistant.paths import data_dir

log = logging.getLogger(__name__)

FILE_NAME = "desk.json"
FORMAT = "rgpd-assistant-desk"
FIRM_MAX = 200
NOTE_MAX = 2000


@dataclass(frozen=True)
class FollowUp:
    """What the firm notes about one client (dates ``YYYY-MM-DD`` or "")."""

    note: str = ""
    staff: str = ""  # the staff member in charge
    last_reminder: str = ""
    next_review: str = ""

    def normalised(self) -> FollowUp:
        return FollowUp(normalise(self.note)[:NOTE_MAX], normalise(self.staff)[:FIRM_MAX],
                        _day(self.last_reminder), _day(self.next_review))

    @property
    def empty(self) -> bool:
        return not any(asdict(self).values())


def _day(text: str) -> str:
    text = (text or "").strip()
    try:
        return dt.date.fromisoformat(text).isoformat() if text else ""
    except ValueError:
        return ""


def desk_file() -> Path:
    return data_dir() / FILE_NAME


def client_key(uuid: str, path: Path | str) -> str:
    return uuid or f"path:{Path(path).resolve()}"


class Desk:
    """The firm's notes, read from ``path`` (default: the app's data folder)."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or desk_file()
        self.firm = ""
        self._clients: dict[str, FollowUp] = {}
        self._read()

    def _read(self) -> None:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return
        except (OSError, ValueError) as exc:
            log.warning("the desk's notes are unreadable (%s); starting again", exc)
            return
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            return
        self.firm = normalise(str(data.get("firm", "")))[:FIRM_MAX]
        known = {f.name for f in fields(FollowUp)}
        for key, value in (data.get("clients") or {}).items():
            if isinstance(value, dict):
                values: dict[str, Any] = {k: str(v) for k, v in value.items() if k in known}
                self._clients[str(key)] = FollowUp(**values).normalised()

    def follow_up(self, key: str) -> FollowUp:
        return self._clients.get(key, FollowUp())

    def set_follow_up(self, key: str, value: FollowUp) -> None:
        value = value.normalised()
        if value.empty:
            self._clients.pop(key, None)
        else:
            self._clients[key] = value

    def set_firm(self, name: str) -> None:
        self.firm = normalise(name)[:FIRM_MAX]

    def save(self) -> None:
        payload = {"format": FORMAT, "format_version": 1, "firm": self.firm,
                   "clients": {k: asdict(v) for k, v in sorted(self._clients.items())}}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        write_bytes_atomic(self.path, json.dumps(payload, ensure_ascii=False,
                                                 indent=1).encode("utf-8"))


__all__ = ["Desk", "FollowUp", "client_key", "desk_file"]
