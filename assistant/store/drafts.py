"""Unsaved editor contents, kept beside the app's state so that a crash, a power cut or a
killed process does not lose what the owner was typing.

An editor writes its form (as the JSON interchange form of the record) a moment after each
change, and removes it when the user saves or discards. A draft left behind is offered back
the next time the same record (or a new one of the same kind) is edited in the same dossier.
Drafts live in ``<data dir>/drafts/<dossier uuid>/<kind>-<id or new>.json``, readable only by
the user; they never go into the dossier file. A draft names the file it was typed for: a
copy of that dossier (same uuid, another file that still exists) is not offered it.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.atomic import write_bytes_atomic
from assistant.paths import data_dir
from assistant.store import held

log = logging.getLogger(__name__)
FORMAT = "rgpd-editor-draft/1"


@dataclass(frozen=True)
class Draft:
    data: dict[str, Any]
    saved_at: dt.datetime  # aware, UTC


class DraftSlot:
    """Where one editor keeps its draft: one record of one dossier."""

    def __init__(self, dossier_uuid: str, kind: str, record_id: int | None,
                 root: Path | None = None, *, dossier_path: Path | None = None) -> None:
        self.path = ((root or data_dir() / "drafts") / _safe(dossier_uuid)
                     / f"{_safe(kind)}-{record_id if record_id is not None else 'new'}.json")
        self.dossier_path = str(dossier_path.resolve()) if dossier_path is not None else ""

    def save(self, data: dict[str, Any]) -> None:
        """Keep ``data``; a failure is logged, never raised (the editor must stay usable)."""
        document = {"format": FORMAT, "saved_at": dt.datetime.now(dt.UTC).isoformat(),
                    "dossier": self.dossier_path, "data": data}
        try:
            from assistant.paths import private_dir

            private_dir(self.path.parent.parent)  # drafts/, owner-only like its content
            private_dir(self.path.parent)
            write_bytes_atomic(self.path, json.dumps(document, ensure_ascii=False)
                               .encode("utf-8"))
        except Exception:  # a full disk must not break typing
            log.warning("could not keep the editor draft %s", self.path.name, exc_info=True)

    def load(self) -> Draft | None:
        """The draft left behind, or ``None`` (none, or unreadable: then it is removed)."""
        try:
            document = json.loads(self.path.read_text(encoding="utf-8"))
            if document.get("format") != FORMAT or not isinstance(document.get("data"), dict):
                raise ValueError("not a draft")
            saved_at = dt.datetime.fromisoformat(document["saved_at"])
            typed_for = str(document.get("dossier") or "")
            if typed_for and self.dossier_path and typed_for != self.dossier_path and \
                    Path(typed_for).exists():
                return None  # typed in another copy of this dossier: that copy's, left alone
            return Draft(document["data"], saved_at)
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError):
            log.warning("unreadable editor draft %s removed", self.path.name)
            self.discard()
            return None

    def discard(self) -> None:
        held.discard(self.path)  # patient with an antivirus; a failure is only logged


def purge_mentions(dossier_uuid: str, needles: list[str], root: Path | None = None) -> int:
    """Remove the drafts of a dossier that name any of ``needles`` (an erased person's
    email, reference, phone or name; case and accents as typed, compared case-blind), and
    the half-written drafts a killed process left there. Returns how many drafts went."""
    from assistant.store.leftovers import sweep

    folder = (root or data_dir() / "drafts") / _safe(dossier_uuid)
    if not folder.is_dir():
        return 0
    sweep(folder)
    wanted = [n.casefold() for n in needles if n.strip()]
    removed = 0
    for path in folder.glob("*.json"):
        try:
            text = json.dumps(json.loads(path.read_text(encoding="utf-8")),
                              ensure_ascii=False).casefold()
        except (OSError, ValueError):
            continue
        if any(n in text for n in wanted):
            try:
                path.unlink()
                removed += 1
            except OSError:
                log.warning("could not remove the draft %s", path.name, exc_info=True)
    return removed


def _safe(text: str) -> str:
    return "".join(c if c.isalnum() or c in "-_" else "_" for c in text) or "_"
