"""Mappings the window's mapping step saved, offered again for a file with the same header.

Kept in the app's data folder (``mappings/``, one TOML file of the contract per header),
not in a dossier: an accountant maps a client's till export once and uses it for every
dossier. The file name is a digest of the header (its columns compared as
:func:`~assistant.domain.consent_mapping.column_key` does), so a file whose columns are the
same, in the same order, finds its mapping whatever its name.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path

from assistant.domain.consent_mapping import (
    Mapping,
    MappingError,
    header_signature,
    mapping_from_toml,
    mapping_to_toml,
)
from assistant.paths import data_dir
from assistant.store.outputs import write_output


def folder() -> Path:
    return data_dir() / "mappings"


def _path(names: Sequence[str]) -> Path:
    digest = hashlib.sha256(header_signature(names).encode("utf-8")).hexdigest()[:24]
    return folder() / f"{digest}.toml"


def load(names: Sequence[str]) -> Mapping | None:
    """The mapping saved for this header, if there is one and it still reads."""
    path = _path(names)
    try:
        return mapping_from_toml(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, MappingError):
        return None


def save(names: Sequence[str], mapping: Mapping) -> Path:
    path = _path(names)
    path.parent.mkdir(parents=True, exist_ok=True)
    columns = ", ".join(n for n in names if n.strip())
    # the app's own file, replaced by the newest mapping of this header
    write_output(path, mapping_to_toml(
        mapping, comment=f"Mapping of the files whose columns are: {columns}").encode("utf-8"),
        overwrite=True)
    return path
