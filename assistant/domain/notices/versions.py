"""Versions of the information notices a shop has published, like the consent wordings: the
text word for word with its SHA-256 and the day it took effect, so that the dossier can show
which version was in force when, and tell when the register has moved on since.

An information notice (a document about processing) is not a consent wording (the sentence a
person agrees to, kept per consent purpose in the consent ledger): the two are versioned
apart.

The text that is versioned is the notice's canonical text (its Markdown without the version
line: :func:`assistant.exchange.notice_text.canonical_text`), in NFC, hashed as UTF-8. What a
notice was drawn from is kept as digests (:func:`.digests.input_digests`): when the dossier
gives other digests for the processing it covers, the notice is out of date.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from assistant.domain.findings import Finding, Severity
from assistant.domain.notices.document import NoticeDocument, NoticeKind
from assistant.domain.notices.facts import NoticeWords

TEXT_MAX = 200_000
_SHA = re.compile(r"^[0-9a-f]{64}$")


def text_sha256(text: str) -> str:
    return hashlib.sha256(unicodedata.normalize("NFC", text).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class NoticeVersion:
    """One published version of one kind of notice in one language."""

    kind: NoticeKind
    language: str
    number: int  # 1, 2... within (kind, language)
    processing_ids: tuple[int, ...]
    text: str  # the canonical text, word for word
    sha256: str
    issued_on: str  # YYYY-MM-DD: in force from that day
    inputs: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    id: int | None = None
    recorded_at: str = ""

    @property
    def key(self) -> tuple[str, str]:
        return self.kind.value, self.language


def check_version(v: NoticeVersion) -> list[Finding]:
    found = []
    if not v.text.strip() or len(v.text) > TEXT_MAX:
        found.append(Finding("notice_text_size", "text", Severity.ERROR,
                             {"max": str(TEXT_MAX)}))
    if not _SHA.match(v.sha256) or text_sha256(v.text) != v.sha256:
        found.append(Finding("info_notice_sha_mismatch", "sha256", Severity.ERROR))
    try:
        if len(v.issued_on) != 10:
            raise ValueError(v.issued_on)
        dt.date.fromisoformat(v.issued_on)
    except ValueError:
        found.append(Finding("guide_invalid_date", "issued_on", Severity.ERROR,
                             {"value": v.issued_on[:40]}))
    if v.language not in ("fr", "en"):
        found.append(Finding("notice_language", "language", Severity.ERROR,
                             {"value": v.language[:20]}))
    if v.number < 1:
        found.append(Finding("notice_number", "number", Severity.ERROR,
                             {"value": str(v.number)}))
    return found


@dataclass(frozen=True)
class InForce:
    """A version and the period it was in force: from its day until the next version's
    day (excluded), or still in force (``until`` empty)."""

    version: NoticeVersion
    until: str = ""


def periods(versions: Iterable[NoticeVersion]) -> list[InForce]:
    """Every version with its period, by kind, language and number."""
    ordered = sorted(versions, key=lambda v: (v.kind.value, v.language, v.number))
    out = []
    for i, v in enumerate(ordered):
        nxt = ordered[i + 1] if i + 1 < len(ordered) else None
        until = nxt.issued_on if nxt is not None and nxt.key == v.key else ""
        out.append(InForce(v, until))
    return out


def latest(versions: Iterable[NoticeVersion]) -> dict[tuple[str, str], NoticeVersion]:
    """The newest version of each (kind, language)."""
    out: dict[tuple[str, str], NoticeVersion] = {}
    for v in versions:
        if v.key not in out or v.number > out[v.key].number:
            out[v.key] = v
    return out


def changed_parts(recorded: Mapping[str, str], current: Mapping[str, str]) -> tuple[str, ...]:
    """The keys of :func:`.digests.input_digests` whose digest differs: ``"general"`` or a
    processing's id (also when it is gone from the register or archived)."""
    return tuple(k for k in recorded if current.get(k) != recorded[k])


@dataclass(frozen=True)
class NoticeStatus:
    """Where the newest version of one kind of notice stands against the dossier."""

    version: NoticeVersion
    changed: tuple[str, ...] = ()  # see :func:`changed_parts`
    changed_names: tuple[str, ...] = ()  # the processing changed, by name (what is left)

    @property
    def stale(self) -> bool:
        return bool(self.changed)


@dataclass(frozen=True)
class NoticeStamp:
    """The line that dates a notice: the recorded version it is, or the day it was made."""

    date: dt.date
    sha256: str
    number: int | None = None  # None: not (yet) recorded


def date_text(day: dt.date, words: NoticeWords) -> str:
    months = [m.strip() for m in words.t("months").split(",")]
    key = "date_first" if day.day == 1 else "date_format"
    return words.t(key, day=day.day, month=months[day.month - 1], year=day.year)


def stamp_line(stamp: NoticeStamp, words: NoticeWords) -> str:
    when = date_text(stamp.date, words)
    if stamp.number is None:
        return words.t("draft_line", date=when, sha=stamp.sha256)
    return words.t("version_line", number=stamp.number, date=when, sha=stamp.sha256)


@dataclass(frozen=True)
class PreparedNotice:
    """A notice ready to be written in any format: its document, words and canonical text,
    with the stamp it prints (the recorded version it is, or the day it is made) and what it
    was drawn from (for recording it)."""

    document: NoticeDocument
    words: NoticeWords
    text: str  # canonical text (:func:`assistant.domain.notices.markdown.canonical_text`)
    sha256: str
    inputs: Mapping[str, str]
    stamp: NoticeStamp
    recorded: NoticeVersion | None = None  # the version word for word this text is, if any

    @property
    def stamp_text(self) -> str:
        return stamp_line(self.stamp, self.words)
