"""The values the consent repository returns, and the readers that make them from its rows:
history and status entries, purpose summaries, the people table's rows, a choice, the
chain's head, an erasure's reach; purposes, people and events read from SQL rows."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from assistant.domain.consent import (
    SCHEME,
    Event,
    EventKind,
    Identity,
    Purpose,
    Subject,
)
from assistant.domain.identity import normalise_identity

_PURPOSE_COLS = ("id", "code", "label", "description", "processing_id", "validity_months",
                 "archived", "created_at", "updated_at")
_NOTICE_COLS = ("id", "purpose_id", "version", "text", "sha256", "effective_from", "language",
                "created_at")
_SUBJECT_COLS = ("id", "uid", "email", "customer_ref", "first_name", "last_name", "phone",
                 "created_at", "erased_at")


@dataclass(frozen=True)
class HistoryEntry:
    seq: int
    purpose_code: str
    purpose_label: str
    kind: EventKind
    occurred_at: str
    recorded_at: str
    channel: str
    channel_detail: str
    notice_version: str
    notice_sha256: str
    notice_text: str
    evidence: str
    recorded_by: str
    source: str  # "file.csv:12" for an imported event
    hash: str
    prev_hash: str
    identity_hash: str
    date_unknown: bool = False  # the source did not say when: occurred_at is when recorded
    scheme: int = SCHEME  # the canonical form its hash was computed with


@dataclass(frozen=True)
class StatusEntry:
    purpose_id: int
    purpose_code: str
    purpose_label: str
    kind: EventKind | None  # None: never asked
    occurred_at: str
    expires_at: str  # when the consent should be renewed ('' if no validity)
    date_unknown: bool = False


@dataclass(frozen=True)
class PurposeSummary:
    purpose_id: int
    code: str
    label: str
    processing_id: int | None
    granted: int
    withdrawn: int
    erased: int
    people: int  # people who made a choice for this purpose
    last_event: str
    to_renew: int  # granted longer ago than the purpose's validity
    notices: int
    refused: int = 0
    date_unknown: int = 0  # people whose current state has no known date


@dataclass(frozen=True)
class SubjectRow:
    """What the people table shows for one person."""

    id: int
    uid: str
    first_name: str
    last_name: str
    email: str
    customer_ref: str
    phone: str
    erased: bool
    granted: int
    withdrawn: int
    refused: int = 0


@dataclass(frozen=True)
class Choice:
    """One person's choice for one purpose, with the wording they were shown."""

    purpose_id: int
    kind: EventKind
    notice_id: int | None = None


@dataclass(frozen=True)
class ChainHead:
    count: int
    hash: str  # GENESIS when the ledger is empty


@dataclass(frozen=True)
class ErasureReach:
    """Where an erased person's data was removed besides the dossier, and where it remains:
    the automatic backups taken before the erasure keep it until they are pruned."""

    drafts_removed: int
    leftovers_removed: int
    backups: tuple[Any, ...]  # BackupFile, newest first


def normalised_identity(identity: Identity) -> Identity:
    """:func:`assistant.domain.identity.normalise_identity` (kept for the callers of this
    name)."""
    return normalise_identity(identity)


def event_from_row(row: Sequence[Any]) -> Event:
    return Event(seq=row[0], prev_hash=row[1], subject_uid=row[2], identity_hash=row[3],
                 purpose=row[4], kind=EventKind(row[5]), occurred_at=row[6],
                 recorded_at=row[7], channel=row[8], channel_detail=row[9],
                 notice_version=row[10], notice_sha256=row[11], evidence=row[12],
                 recorded_by=row[13], source_sha256=row[14], source_line=row[15],
                 hash=row[16], scheme=row[17], date_unknown=bool(row[22]))


def _purpose(row: Sequence[Any]) -> Purpose:
    d = dict(zip(_PURPOSE_COLS, row, strict=True))
    d["archived"] = bool(d["archived"])
    return Purpose(**d)


def _subject(row: Sequence[Any]) -> Subject:
    d = dict(zip(_SUBJECT_COLS, row, strict=True))
    identity = Identity(d["email"], d["customer_ref"] or "", d["first_name"], d["last_name"],
                        d["phone"])
    return Subject(d["id"], d["uid"], identity, d["created_at"], d["erased_at"] or "")


def _normalised_purpose(p: Purpose) -> Purpose:
    from assistant.domain.text import normalise

    return replace(p, code=normalise(p.code), label=normalise(p.label),
                   description=normalise(p.description))

