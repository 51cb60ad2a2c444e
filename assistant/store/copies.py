"""Copies of a dossier made with the file manager, told apart.

A dossier's uuid keys what the app keeps beside it (automatic backups, editor drafts, the
last verification). A file copied in the file manager keeps the uuid of its original, so
the copy and the original would share those: a restore could put one shop's content in the
other's file. When a writable dossier opens, this module remembers which file holds its
uuid; a second file with the same uuid, while the first still exists and still holds it, is
a copy, and gets a uuid of its own. A file moved or renamed (the first one gone) keeps its
uuid: it is the same dossier in another place.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from assistant.atomic import write_bytes_atomic
from assistant.paths import data_dir
from assistant.store.dossier import Dossier

log = logging.getLogger(__name__)
REGISTRY_NAME = "dossier-files.json"  # uuid -> the file that holds it, in the app's state


def tell_copy_apart(dossier: Dossier, *, registry: Path | None = None) -> Path | None:
    """Record which file holds ``dossier``'s uuid; if another existing file already holds
    it, give ``dossier`` a new uuid and return that other file (the original)."""
    if dossier.read_only:
        return None
    where = registry or data_dir() / REGISTRY_NAME
    files = _load(where)
    here = str(dossier.path.resolve())
    current = dossier.uuid
    known = files.get(current)
    original: Path | None = None
    if known and known != here and Path(known).exists() and _uuid_of(Path(known)) == current:
        import uuid  # only for a copy: uuid loads the platform module, at each start

        original = Path(known)
        current = str(uuid.uuid4())
        dossier.set_meta("uuid", current)
        log.info("%s is a copy of %s: it gets its own uuid", dossier.path.name, original.name)
    if files.get(current) != here:  # as it was: no write (and its fsync) at every start
        files[current] = here
        _save(where, files)
    return original


def _uuid_of(path: Path) -> str | None:
    # the verification log's reader of a file's uuid, and the integrity check it brings,
    # only when a file may be a copy: not at every start
    from assistant.store.verify_log import read_uuid

    return read_uuid(path)


def _load(path: Path) -> dict[str, str]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}
    except FileNotFoundError:
        return {}
    except (OSError, ValueError):
        log.warning("unreadable %s: started again", path.name)
        return {}


def _save(path: Path, files: dict[str, str]) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_bytes_atomic(path, json.dumps(files, ensure_ascii=False, indent=1).encode())
    except OSError:
        log.warning("could not save %s", path.name, exc_info=True)
