"""What the PDF reads of the other areas (consent ledger, six-step guide, requests and
breaches), through their repositories, inside the snapshot's read transaction.

Each reader returns plain frozen values; the sections never touch the database. Figures that
depend on "now" (consents due for renewal, the guide's overdue postponements, the legal
clocks) are taken at the document's date, so that the same dossier and date always give the
same document.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from assistant.domain.consent import GENESIS, Event, NoticeVersion, Purpose, Subject
from assistant.domain.guide.snapshot import Snapshot as GuideSnapshot
from assistant.store.consent_repo import PurposeSummary, StatusEntry

if TYPE_CHECKING:
    from assistant.store.dossier import Dossier


class PersonNotFound(KeyError):
    """No person of the ledger has the subject id asked for."""


@dataclass(frozen=True)
class ConsentData:
    """The consent summary per purpose (the dossier's consent section)."""

    purposes: tuple[Purpose, ...]
    summary: tuple[PurposeSummary, ...]
    notices: tuple[NoticeVersion, ...]
    people: int  # people in the ledger, erased ones included


@dataclass(frozen=True)
class ProofEvent:
    """One event of a person's history, with every value its hash covers."""

    event: Event
    purpose_label: str
    notice: NoticeVersion | None
    source: str  # "file.csv:12" for an imported event, else ""
    hash_matches: bool  # the hash recomputed from the stored values is the stored one
    link_matches: bool  # its previous hash is the stored hash of the event before it


@dataclass(frozen=True)
class PersonProof:
    """One person's consent history (the consent-proof document)."""

    subject: Subject
    statuses: tuple[StatusEntry, ...]
    events: tuple[ProofEvent, ...]


def _moment(day: dt.date) -> dt.datetime:
    """The end of the document's day, in UTC (what "now" is for its figures)."""
    return dt.datetime.combine(day, dt.time(23, 59, 59), tzinfo=dt.UTC)


def read_consents(dossier: Dossier, day: dt.date) -> ConsentData:
    c = dossier.consents
    return ConsentData(purposes=tuple(c.purposes()),
                       summary=tuple(c.purpose_summary(now=_moment(day), from_ledger=True)),
                       notices=tuple(c.notices()), people=c.subject_count())


def read_proof(dossier: Dossier, uid: str) -> PersonProof:
    """The history of the person with subject id ``uid`` (:class:`PersonNotFound` if nobody
    has it)."""
    c = dossier.consents
    subject = c.subject_by_uid(uid.strip().lower())
    if subject is None:
        raise PersonNotFound(uid)
    notices = {n.sha256: n for n in c.notices()}  # a wording's SHA-256 is unique
    events = []
    for entry in c.history(subject.id):
        event = c.event(entry.seq)
        assert event is not None
        before = c.event(event.seq - 1) if event.seq > 1 else None
        events.append(ProofEvent(
            event=event, purpose_label=entry.purpose_label,
            notice=notices.get(event.notice_sha256) if event.notice_sha256 else None,
            source=entry.source, hash_matches=event.computed_hash() == event.hash,
            link_matches=(before.hash if before is not None else GENESIS) == event.prev_hash))
    return PersonProof(subject, tuple(c.statuses(subject.id)), tuple(events))


def read_guide(dossier: Dossier, day: dt.date) -> GuideSnapshot:
    """The guide's snapshot (its rules, plan and checklists are evaluated by the sections,
    in the document's language)."""
    from assistant.store.guide_snapshot import build_snapshot

    return build_snapshot(dossier, today=day)
