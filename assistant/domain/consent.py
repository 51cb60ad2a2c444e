"""Consent records (GDPR Art. 7(1)): purposes, wordings, people and the hash-chained ledger.

No Qt, no SQL, no I/O: the rules the store, the CSV import and the JSON interchange share.
They stay in one module (a little over 500 lines) because the canonical form below, the
fields it hashes and the values it accepts must have one definition that all three read.

The ledger's canonical form (schemes 1 and 2)
---------------------------------------------
Each event is hashed over one line of text, the UTF-8 bytes of its fields joined by the unit
separator U+001F. Every event stores the scheme it was hashed with; an event is never hashed
again, so a new scheme only changes how new events are written.

**Scheme 2** (every event written since the ledger knew refusals and unknown dates), 18
fields in this order:

``rgpd-consent/2``, ``seq``, ``prev_hash``, ``subject`` (the person's random id),
``identity_hash``, ``purpose`` (code; empty for an erasure), ``kind``
(``granted``/``refused``/``withdrawn``/``erased``), ``occurred_at``, ``date_unknown``
(``1`` when the source did not say when the choice was made: ``occurred_at`` is then the
date it was recorded, not the date of the choice; ``0`` otherwise), ``recorded_at``,
``channel``, ``channel_detail``, ``notice_version`` (the wording's version label, empty if
none), ``notice_sha256`` (SHA-256 of the wording's text, empty if none), ``evidence``,
``recorded_by``, ``source_sha256`` (SHA-256 of the imported file, empty if typed in),
``source_line`` (line of that file, empty if none).

**Scheme 1** (the events written before): the same without ``date_unknown``, 17 fields,
starting with ``rgpd-consent/1``; its ``kind`` is ``granted``/``withdrawn``/``erased``.

Integers are written in decimal; texts are NFC with no control characters (user text may not
hold any, so the separator cannot appear inside a field: :func:`canonical` checks it);
timestamps are UTC ``YYYY-MM-DDTHH:MM:SS.ffffffZ``. ``hash = SHA-256(canonical)`` in lower
hex; ``prev_hash`` of the first event is 64 zeros (:data:`GENESIS`). ``seq`` runs 1, 2, 3...
without gaps, so a deleted, inserted or reordered event breaks the chain at that place; the
newest events can only be proven present by a head printed earlier (``verify --head``).

``identity_hash`` is SHA-256 over ``salt`` (16 random bytes kept beside the identity) and the
person's identity in canonical form (:func:`identity_canonical`): with the identity kept, it
proves which person an event is about; once the identity and its salt are erased, it links to
nobody.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from functools import lru_cache

from assistant.domain.text import fold as _fold

SCHEME = 2  # the scheme new events are hashed with
SCHEME_TAGS = {1: "rgpd-consent/1", 2: "rgpd-consent/2"}
# The fields of each scheme's canonical form, in order, the tag first.
CANONICAL_FIELDS: dict[int, tuple[str, ...]] = {
    1: ("scheme", "seq", "prev_hash", "subject", "identity_hash", "purpose", "kind",
        "occurred_at", "recorded_at", "channel", "channel_detail", "notice_version",
        "notice_sha256", "evidence", "recorded_by", "source_sha256", "source_line"),
    2: ("scheme", "seq", "prev_hash", "subject", "identity_hash", "purpose", "kind",
        "occurred_at", "date_unknown", "recorded_at", "channel", "channel_detail",
        "notice_version", "notice_sha256", "evidence", "recorded_by", "source_sha256",
        "source_line"),
}
FIELD_COUNTS = {scheme: len(names) for scheme, names in CANONICAL_FIELDS.items()}
GENESIS = "0" * 64
SEPARATOR = "\x1f"

CODE_RE = re.compile(r"^[a-z0-9][a-z0-9_]{0,49}$")
EMAIL_RE = re.compile(r"^[^@\s\"<>(),;:]+@[^@\s\"<>(),;:]+\.[^@\s\"<>(),;:.]{2,}$")

EMAIL_MAX = 254
REF_MAX = 100
PHONE_MAX = 40
EVIDENCE_MAX = 500
NOTICE_MAX = 20_000


class EventKind(StrEnum):
    GRANTED = "granted"
    # Asked, and said no: not a withdrawal, and it ends no consent (see supersedes()).
    REFUSED = "refused"
    WITHDRAWN = "withdrawn"
    ERASED = "erased"


def supersedes(current: str | None, new: str, *, new_date_unknown: bool) -> bool:
    """Does an event of kind ``new``, newer than the person's current state ``current`` (a
    kind, ``None`` when never asked), become their current state for that purpose?

    Later events win, with two exceptions that keep a choice from being reversed by
    accident: a refusal ends no consent (the person was asked again and said no to what they
    had already given: the consent stands until it is withdrawn), and a consent whose date
    is unknown never replaces a refusal or a withdrawal (it may be older than them). An
    erasure ends everything; nothing follows it.
    """
    if current == EventKind.ERASED:
        return False
    if new == EventKind.REFUSED and current == EventKind.GRANTED:
        return False
    return not (new_date_unknown and new == EventKind.GRANTED
                and current in (EventKind.REFUSED, EventKind.WITHDRAWN))


class Channel(StrEnum):
    IN_STORE = "in_store"
    WEB = "web"
    PAPER = "paper"
    EMAIL = "email"
    PHONE = "phone"
    OTHER = "other"
    SYSTEM = "system"  # written by the app itself (erasure at the end of retention...)


# The purposes every new dossier starts with (DESIGN.md), with the register template whose
# processing they belong to and a validity after which consent should be renewed. Phone
# canvassing needs prior, provable consent since 11 August 2026 (Code de la consommation
# L223-1 as amended by loi 2025-594, art. 13).
DEFAULT_PURPOSES: tuple[tuple[str, str, int | None], ...] = (
    ("newsletter", "newsletter", 36),
    ("sms", "prospecting_consent", 36),
    ("partners", "prospecting_consent", 36),
    ("loyalty", "loyalty_programme", None),
    ("phone", "prospecting_consent", 36),
)


@dataclass(frozen=True)
class Purpose:
    id: int | None
    code: str
    label: str
    description: str = ""
    processing_id: int | None = None
    validity_months: int | None = None
    archived: bool = False
    created_at: str = ""
    updated_at: str = ""


@dataclass(frozen=True)
class NoticeVersion:
    """A wording shown to people for a purpose: kept word for word with its SHA-256."""

    id: int | None
    purpose_id: int
    version: str
    text: str
    sha256: str
    effective_from: str  # ISO date
    language: str = "fr"
    created_at: str = ""


@dataclass(frozen=True)
class Identity:
    email: str = ""
    customer_ref: str = ""
    first_name: str = ""
    last_name: str = ""
    phone: str = ""

    @property
    def display_name(self) -> str:
        return " ".join(x for x in (self.first_name, self.last_name) if x)


@dataclass(frozen=True)
class Subject:
    id: int
    uid: str
    identity: Identity
    created_at: str
    erased_at: str = ""

    @property
    def erased(self) -> bool:
        return bool(self.erased_at)


@dataclass(frozen=True)
class Event:
    """One row of the ledger, with the texts its hash covers."""

    seq: int
    subject_uid: str
    identity_hash: str
    purpose: str  # code ('' for an erasure)
    kind: EventKind
    occurred_at: str
    recorded_at: str
    channel: str
    channel_detail: str = ""
    notice_version: str = ""
    notice_sha256: str = ""
    evidence: str = ""
    recorded_by: str = ""
    source_sha256: str = ""
    source_line: int | None = None
    prev_hash: str = GENESIS
    hash: str = ""
    scheme: int = SCHEME
    date_unknown: bool = False  # the source did not say when: occurred_at is when recorded

    def fields(self) -> tuple[object, ...]:
        """The values the hash covers after the scheme tag, in the order of its scheme."""
        return event_fields(
            self.scheme, seq=self.seq, prev_hash=self.prev_hash, subject_uid=self.subject_uid,
            identity_hash=self.identity_hash, purpose=self.purpose, kind=str(self.kind),
            occurred_at=self.occurred_at, date_unknown=self.date_unknown,
            recorded_at=self.recorded_at, channel=self.channel,
            channel_detail=self.channel_detail, notice_version=self.notice_version,
            notice_sha256=self.notice_sha256, evidence=self.evidence,
            recorded_by=self.recorded_by, source_sha256=self.source_sha256,
            source_line=self.source_line)

    def computed_hash(self) -> str:
        return event_hash(self.fields(), scheme=self.scheme)


def event_fields(scheme: int, *, seq: int, prev_hash: str, subject_uid: str,
                 identity_hash: str, purpose: str, kind: str, occurred_at: str,
                 date_unknown: bool, recorded_at: str, channel: str, channel_detail: str,
                 notice_version: str, notice_sha256: str, evidence: str, recorded_by: str,
                 source_sha256: str, source_line: int | None) -> tuple[object, ...]:
    """An event's values in the order of ``scheme`` (:data:`CANONICAL_FIELDS`)."""
    if scheme not in CANONICAL_FIELDS:
        raise ValueError(f"unknown scheme {scheme}")
    if "date_unknown" not in CANONICAL_FIELDS[scheme] and (
            date_unknown or kind == EventKind.REFUSED):
        raise ValueError(f"scheme {scheme} has no refusal and no unknown date")
    values = {
        "seq": seq, "prev_hash": prev_hash, "subject": subject_uid,
        "identity_hash": identity_hash, "purpose": purpose, "kind": kind,
        "occurred_at": occurred_at, "date_unknown": 1 if date_unknown else 0,
        "recorded_at": recorded_at, "channel": channel, "channel_detail": channel_detail,
        "notice_version": notice_version, "notice_sha256": notice_sha256,
        "evidence": evidence, "recorded_by": recorded_by, "source_sha256": source_sha256,
        "source_line": source_line,
    }
    return tuple(values[name] for name in CANONICAL_FIELDS[scheme][1:])


def canonical_template(scheme: int, fixed: dict[str, object]
                       ) -> tuple[str, tuple[str, ...]]:
    """The canonical form of ``scheme`` as a ``%`` template, for writers of many events
    that share some values (an import: one recording time, one author, one file): the
    values of ``fixed`` written in once, a ``%s`` for each other field. Returns the
    template and the names of the ``%s`` fields, in order. The caller fills them with
    values as :func:`canonical` writes them (``None`` as nothing) and checks no value holds
    the separator; the fixed ones are checked here."""
    parts, names = [SCHEME_TAGS[scheme]], []
    for name in CANONICAL_FIELDS[scheme][1:]:
        if name in fixed:
            value = fixed[name]
            text = "" if value is None else str(value)
            if SEPARATOR in text:
                raise ValueError("an event field holds the separator U+001F")
            parts.append(text.replace("%", "%%"))
        else:
            parts.append("%s")
            names.append(name)
    return SEPARATOR.join(parts), tuple(names)


def canonical(fields: Sequence[object], *, scheme: int | None = None) -> bytes:
    """The bytes an event's hash covers (see the module docstring); ``fields`` are the
    values after the scheme tag, in order (``None`` is written as nothing). ``scheme`` is
    told by the number of fields when not given (16 for scheme 1, 17 for scheme 2)."""
    if scheme is None:
        scheme = 1 if len(fields) == FIELD_COUNTS[1] - 1 else SCHEME
    text = SEPARATOR.join([SCHEME_TAGS[scheme], *("" if f is None else str(f) for f in fields)])
    if len(fields) != FIELD_COUNTS[scheme] - 1:
        raise ValueError(f"scheme {scheme} hashes {FIELD_COUNTS[scheme] - 1} values, "
                         f"not {len(fields)}")
    if text.count(SEPARATOR) != FIELD_COUNTS[scheme] - 1:
        raise ValueError("an event field holds the separator U+001F")
    return text.encode("utf-8")


def event_hash(fields: Sequence[object], *, scheme: int | None = None) -> str:
    return hashlib.sha256(canonical(fields, scheme=scheme)).hexdigest()


def identity_canonical(identity: Identity) -> bytes:
    return identity_canonical_of(identity.email, identity.customer_ref, identity.first_name,
                                 identity.last_name, identity.phone)


def identity_canonical_of(email: str, customer_ref: str, first_name: str, last_name: str,
                          phone: str) -> bytes:
    """:func:`identity_canonical` from the five texts (the CSV import's hot path makes no
    :class:`Identity` objects)."""
    return SEPARATOR.join((
        "rgpd-identity/1", email.casefold(), customer_ref, first_name, last_name, phone,
    )).encode("utf-8")


def identity_hash(salt: bytes, identity: Identity) -> str:
    return hashlib.sha256(salt + identity_canonical(identity)).hexdigest()


def identity_hash_of(salt: bytes, email: str, customer_ref: str, first_name: str,
                     last_name: str, phone: str) -> str:
    return hashlib.sha256(salt + identity_canonical_of(
        email, customer_ref, first_name, last_name, phone)).hexdigest()


def notice_sha256(text: str) -> str:
    return hashlib.sha256(unicodedata.normalize("NFC", text).encode("utf-8")).hexdigest()


# -- search keys ----------------------------------------------------------------------------
@lru_cache(maxsize=65536)
def _fold_cached(text: str) -> str:
    return _fold(text)


def fold(text: str) -> str:
    """:func:`assistant.domain.text.fold`, faster on the ledger's hot path (a million
    imported names): ASCII text only needs lower-casing, and names repeat."""
    if text.isascii():
        return text.lower()
    return _fold_cached(text)


# -- search keys ----------------------------------------------------------------------------
_WORD_SPLIT = re.compile(r"[\s\-'’.,_]+")


def search_keys(identity: Identity) -> set[str]:
    """The folded words a person is found by: each word of the names, the whole email, the
    customer reference, the phone's digits (national form too). Searching is by prefix, so
    ``jean`` finds ``Jean-Pierre`` and ``dupont@`` finds the address."""
    return search_keys_of(identity.email, identity.customer_ref, identity.first_name,
                          identity.last_name, identity.phone)


# A search word is at most this long (the longer ones are cut to it).
_KEY_MAX = 100


@lru_cache(maxsize=65536)
def _name_words(name: str) -> tuple[str, ...]:
    """The folded words of a name, each cut to :data:`_KEY_MAX` (names repeat: cached)."""
    return tuple(word[:_KEY_MAX] for word in _WORD_SPLIT.split(fold(name)))


def search_keys_of(email: str, customer_ref: str, first_name: str, last_name: str,
                   phone: str) -> set[str]:
    """:func:`search_keys` from the five texts (names repeat: their words are cached)."""
    return search_keys_folded(fold(email), fold(customer_ref), first_name, last_name, phone)


def search_keys_folded(email_folded: str, ref_folded: str, first_name: str, last_name: str,
                       phone: str) -> set[str]:
    """:func:`search_keys_of` with the email and reference already folded. Each word is cut
    to :data:`_KEY_MAX` where it comes from (a million imported people: no second pass
    over the set)."""
    keys = set(_name_words(first_name))
    keys.update(_name_words(last_name))
    if email_folded:
        keys.add(email_folded[:_KEY_MAX])
    if ref_folded:
        keys.add(ref_folded[:_KEY_MAX])
    if phone:
        digits = phone_digits(phone)
        if digits:
            keys.add(digits[:_KEY_MAX])
            if digits.startswith("33") and len(digits) == 11:
                keys.add("0" + digits[2:])
    keys.discard("")
    return keys


_NOT_DIGIT = re.compile(r"\D+")


_ASCII_NOT_DIGITS = bytes(c for c in range(128) if not chr(c).isdigit())


def phone_digits(phone: str) -> str:
    if phone.isascii():  # a third of the time of the regular expression
        return phone.encode().translate(None, _ASCII_NOT_DIGITS).decode()
    return _NOT_DIGIT.sub("", phone)


def search_terms(query: str) -> list[str]:
    """The folded words of what the user typed, longest first (the most selective)."""
    folded = fold(query).strip()
    if folded and re.fullmatch(r"[\d\s.+\-()]+", folded):  # a phone number, spaced or not
        digits = phone_digits(folded)
        return [digits] if digits else []
    words = [w for w in re.split(r"[\s,;]+", folded) if w]
    out = []
    for w in words:
        digits = phone_digits(w)
        if digits and len(digits) >= len(w.replace("+", "").replace(".", "")) - 1 \
                and not re.search(r"[a-z@]", w):
            out.append(digits)
        else:
            out.append(w.strip("'’.-_"))
    unique = list(dict.fromkeys(w for w in out if w))
    return sorted(unique, key=len, reverse=True)  # stable: ties keep the typed order


# -- parsing values of the CSV contract -----------------------------------------------------
_STATUS_WORDS = {
    "granted": EventKind.GRANTED, "accorde": EventKind.GRANTED, "oui": EventKind.GRANTED,
    "yes": EventKind.GRANTED, "1": EventKind.GRANTED,
    "withdrawn": EventKind.WITHDRAWN, "retire": EventKind.WITHDRAWN,
    "non": EventKind.WITHDRAWN, "no": EventKind.WITHDRAWN, "0": EventKind.WITHDRAWN,
    "refused": EventKind.REFUSED, "refuse": EventKind.REFUSED,
    # "la permission accordée / retirée": the feminine, as French forms often write it
    "accordee": EventKind.GRANTED, "retiree": EventKind.WITHDRAWN, "refusee": EventKind.REFUSED,
}
STATUS_DISPLAY = "granted, refused, withdrawn, accordé, refusé, retiré, oui, non, yes, no, 1, 0"

_CHANNEL_WORDS = {
    "in_store": Channel.IN_STORE, "magasin": Channel.IN_STORE, "en_magasin": Channel.IN_STORE,
    "web": Channel.WEB, "site": Channel.WEB,
    "paper": Channel.PAPER, "papier": Channel.PAPER,
    "email": Channel.EMAIL, "courriel": Channel.EMAIL, "e_mail": Channel.EMAIL,
    "phone": Channel.PHONE, "telephone": Channel.PHONE,
    "other": Channel.OTHER, "autre": Channel.OTHER,
}


def _word(text: str) -> str:
    return re.sub(r"[\s\-]+", "_", fold(text).strip())


@lru_cache(maxsize=1024)
def parse_status(text: str) -> EventKind | None:
    return _STATUS_WORDS.get(_word(text))


@lru_cache(maxsize=1024)
def parse_channel(text: str) -> tuple[str, str]:
    """``(channel code, free text)``: a value outside the list is kept under ``other``."""
    if not text.strip():
        return Channel.OTHER.value, ""
    found = _CHANNEL_WORDS.get(_word(text))
    if found is not None:
        return found.value, ""
    return Channel.OTHER.value, text.strip()


class DateProblem(StrEnum):
    FORMAT = "date_format"
    IMPOSSIBLE = "date_impossible"
    FUTURE = "date_future"
    TOO_OLD = "date_too_old"


_DMY = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})(?:[ T]+(\d{1,2})[:h](\d{2})(?::(\d{2}))?)?$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_ISO_ANY = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")
EARLIEST_YEAR = 1970
FUTURE_TOLERANCE = timedelta(minutes=10)


def parse_when(text: str, *, now: datetime, local_zone: object = None
               ) -> tuple[datetime | None, DateProblem | None]:
    """Parse a CSV date: ISO 8601 date or date-time, or ``dd/mm/yyyy`` with optional
    ``HH:MM``. A date or time without a zone is taken in the computer's time zone (the
    shop's); the result is aware UTC. Dates in the future are refused."""
    value = text.strip()
    moment: datetime | None = None
    try:
        m = _DMY.match(value)
        if m:
            d, mo, y, hh, mm, ss = m.groups()
            day = date(int(y), int(mo), int(d))
            clock = time(int(hh or 0), int(mm or 0), int(ss or 0))
            moment = datetime.combine(day, clock)
        elif _ISO_DATE.match(value):
            moment = datetime.combine(date.fromisoformat(value), time())
        elif _ISO_ANY.match(value):
            iso = value[:-1] + "+00:00" if value.endswith(("Z", "z")) else value
            moment = datetime.fromisoformat(iso)
        else:
            return None, DateProblem.FORMAT
    except ValueError:
        return None, DateProblem.IMPOSSIBLE
    if moment.year < EARLIEST_YEAR - 1:  # year 1 cannot even be moved to another zone
        return None, DateProblem.TOO_OLD
    try:
        if moment.tzinfo is None:
            moment = moment.astimezone() if local_zone is None else moment.replace(
                tzinfo=local_zone)  # type: ignore[arg-type]
        moment = moment.astimezone(UTC)
    except (OverflowError, ValueError, OSError):  # 9999-12-31T23:30-05:00 is past year 9999
        return None, DateProblem.FUTURE
    if moment.year < EARLIEST_YEAR:
        return None, DateProblem.TOO_OLD
    if moment > now + FUTURE_TOLERANCE:
        return None, DateProblem.FUTURE
    return moment, None


def valid_email(text: str) -> bool:
    return len(text) <= EMAIL_MAX and EMAIL_RE.match(text) is not None


def add_months(moment: datetime, months: int) -> datetime:
    """``moment`` plus ``months`` calendar months (the day clamped to the month's end)."""
    month0 = moment.month - 1 + months
    year, month = moment.year + month0 // 12, month0 % 12 + 1
    for day in range(moment.day, 27, -1):
        try:
            return moment.replace(year=year, month=month, day=day)
        except ValueError:
            continue
    return moment.replace(year=year, month=month, day=min(moment.day, 28))
