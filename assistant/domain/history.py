"""The register's change history as plain data: an entry, its chain hash, a record's content
hash (standard library only).

A **content hash** is the SHA-256 of a record's canonical form: a JSON object of its fields,
keys sorted, no spaces, UTF-8, where a field that is empty (None, "", "[]", "{}") is left
out, so that a later schema step adding an empty column does not change every hash. Binary
values are written as upper-case hexadecimal (as SQLite's ``hex()`` writes them).

An **entry's hash** is the SHA-256 of the JSON array ``[scheme, seq, at, actor, area, record,
action, fields, label, title, content_sha, prev_hash]``: each entry holds the hash of the
one before (the first, 64 zeros), so a changed, removed or inserted entry breaks the chain
at that point, as in the consent ledger.
"""

from __future__ import annotations

import hashlib
import json
import operator
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

SCHEME = 1
GENESIS = "0" * 64
EMPTY_VALUES = (None, "", "[]", "{}")
# Fields that change with every write and say nothing of what changed.
QUIET_FIELDS = frozenset({"updated_at"})

# The areas whose records have a history, and what each is called in a message.
ORGANISATION = "organisation"
PROCESSING = "processing"
PROCESSOR = "processor"
REQUEST = "request"
BREACH = "breach"
SUBJECT = "subject"  # identities: sealed, not in the history
REGISTER_AREAS = (ORGANISATION, PROCESSING, PROCESSOR)
HISTORY_AREAS = (*REGISTER_AREAS, REQUEST, BREACH)

CREATED, CHANGED, DELETED, BASELINE, UPGRADE = (
    "created", "changed", "deleted", "baseline", "upgrade")
UNDO, REDO = "undo", "redo"


def canonical(values: dict[str, Any]) -> dict[str, Any]:
    """The fields that count, binary as hexadecimal."""
    out = {}
    for key, value in values.items():
        if isinstance(value, bytes | bytearray | memoryview):
            value = bytes(value).hex().upper()
        if value in EMPTY_VALUES:
            continue
        out[key] = value
    return out


def content_sha(values: dict[str, Any]) -> str:
    text = json.dumps(canonical(values), sort_keys=True, ensure_ascii=False,
                      separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def sealer(names: tuple[str, ...]) -> Callable[[Sequence[Any]], str]:
    """The content hash of an identity, for its seal, as a function of a row of ``names``:
    cheaper than :func:`content_sha` (a seal is written with every person an import adds).
    The fields in name order, each ``name U+001F value`` and separated by U+001E, empty ones
    left out, binary values in upper-case hexadecimal; then SHA-256."""
    order = sorted(range(len(names)), key=lambda i: names[i])
    prefixes = [f"{names[i]}\x1f" for i in order]
    in_order = operator.itemgetter(*order) if len(order) > 1 else (
        lambda values: (values[order[0]],))
    sha256 = hashlib.sha256

    def seal(values: Sequence[Any]) -> str:
        # one comprehension: a million people imported call it a million times
        return sha256("\x1e".join([
            prefix + value if type(value) is str else
            prefix + (value.hex().upper() if isinstance(value, bytes) else str(value))
            for prefix, value in zip(prefixes, in_order(values), strict=True)
            if value is not None and value != "" and value != "[]" and value != "{}"
        ]).encode("utf-8")).hexdigest()

    return seal


def changed_fields(before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    """Names of the fields whose value differs (empty values count as equal)."""
    a, b = canonical(before), canonical(after)
    return sorted(k for k in set(a) | set(b) if a.get(k) != b.get(k) and k not in QUIET_FIELDS)


@dataclass(frozen=True)
class HistoryEntry:
    seq: int
    at: str  # UTC, ISO 8601 with Z
    actor: str
    area: str
    record: int
    action: str
    fields: tuple[str, ...]
    label: str  # "", "undo", "redo", "import"...
    title: str  # the record's title when the entry was written
    content_sha: str  # the record's content hash after the change; "" once deleted
    prev_hash: str
    hash: str = ""

    def computed_hash(self) -> str:
        body = [SCHEME, self.seq, self.at, self.actor, self.area, self.record, self.action,
                list(self.fields), self.label, self.title, self.content_sha, self.prev_hash]
        text = json.dumps(body, ensure_ascii=False, separators=(",", ":"))
        return hashlib.sha256(text.encode("utf-8")).hexdigest()


def record_title(area: str, values: dict[str, Any]) -> str:
    """How the PDF and the window name a record: a processing by reference and name, a
    request or a breach by reference only (their other fields may name a person)."""
    if area == PROCESSING:
        ref, name = values.get("reference") or "", values.get("name") or ""
        return f"{ref} — {name}" if ref else name
    if area == PROCESSOR:
        return str(values.get("name") or "")
    if area == ORGANISATION:
        return str(values.get("trade_name") or values.get("legal_name") or "")
    return str(values.get("reference") or values.get("id") or "")
