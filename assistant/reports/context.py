"""What every section needs to write its part: the document's language, date and words,
vocabulary labels, and the register of sources the annex lists."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from datetime import tzinfo
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from assistant.content.catalog import Lang
from assistant.content.loader import Vocabulary, load_templates, load_vocabularies
from assistant.content.messages import Messages, messages
from assistant.domain.clock import today_in
from assistant.domain.processing import DurationUnit, Retention
from assistant.reports.text import french_spacing

KIND_DOSSIER = "dossier"
KIND_EXTRACT = "register-extract"
KIND_PROOF = "consent-proof"  # one person's consent history (GDPR Art. 7(1))
KINDS = (KIND_DOSSIER, KIND_EXTRACT, KIND_PROOF)

# Times (breaches, consent events) are printed in this zone unless the export says otherwise:
# the app is for French shops, and a fixed zone keeps the bytes the same on any computer.
DEFAULT_ZONE = "Europe/Paris"

# "RGPD art. 6" and "GDPR Art. 6", written without the comma of the document's style
_GDPR_NO_COMMA = re.compile(r"\b(RGPD|GDPR) (art\.|Art\.)")


def time_zone(name: str) -> tzinfo:
    """The IANA zone ``name``; ``ValueError`` if unknown. UTC needs no zone database."""
    if name.upper() in ("UTC", "Z", "ETC/UTC"):
        return dt.UTC
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise ValueError(f"unknown time zone {name!r} (an IANA name such as Europe/Paris, "
                         "or UTC)") from None


def usable_zone(name: str) -> tuple[str, tzinfo]:
    """The zone to print times in: ``name``, or UTC if ``name`` is the default and this
    computer has no zone database (the document then says UTC, which stays true)."""
    try:
        return name, time_zone(name)
    except ValueError:
        if name != DEFAULT_ZONE:
            raise
        return "UTC", dt.UTC


def document_today(zone: str = DEFAULT_ZONE) -> dt.date:
    """Today in the zone the document's times are printed in (its default date): content
    made a minute ago is then never dated after the document. An unknown zone gives the
    computer's own date; the options' check names the zone."""
    try:
        return today_in(usable_zone(zone)[1])
    except ValueError:
        return dt.date.today()


@dataclass
class ReportContext:
    lang: Lang
    date: dt.date
    kind: str = KIND_DOSSIER
    sections: tuple[str, ...] = ()  # keys of the sections in this document, in order
    zone: str = DEFAULT_ZONE  # IANA name of the zone times are printed in
    # the annex of changes starts on this day (None: the last export's date, else the start)
    changes_since: dt.date | None = None
    signer: str = ""  # who signs the register (default: the organisation's representative)
    signer_role: str = ""
    words: Messages = field(init=False)
    vocab: dict[str, Vocabulary] = field(init=False)
    tz: tzinfo = field(init=False)
    # source text -> what in the document relies on it (insertion order kept)
    sources: dict[str, list[str]] = field(default_factory=dict)
    # what several sections compute from the snapshot once (the guide's assessment...)
    cache: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.words = messages(self.lang)
        self.vocab = load_vocabularies(self.lang)
        self.zone, self.tz = usable_zone(self.zone)

    # -- words ----------------------------------------------------------------------------
    def t(self, key: str, **params: Any) -> str:
        return self.typography(self.words.get("pdf", key, params))

    def typography(self, text: str) -> str:
        """Text as the document's language sets it (French: no-break spaces before high
        punctuation). Every word of the report (:meth:`t`, :meth:`label`) goes through
        here; user text is printed as typed (a consent wording must keep its SHA-256)."""
        return french_spacing(text) if self.lang == "fr" else text

    def plural(self, key: str, n: int, **params: Any) -> str:
        """``key`` for a count ``n``, or ``key_one`` where the language says it in the
        singular (one in English; zero and one in French)."""
        single = n in (0, 1) if self.lang == "fr" else n == 1
        return self.t(f"{key}_one" if single else key, **params)

    @property
    def empty(self) -> str:
        """What an empty field reads: never a blank that looks like an omission."""
        return self.t("not_provided")

    def or_empty(self, text: str) -> str:
        return text if text and text.strip() else self.empty

    def date_text(self, day: dt.date) -> str:
        months = self.t("months").split(",")
        form = "date_format_first" if day.day == 1 else "date_format"  # French: "1er mars"
        return self.t(form, day=day.day, month=months[day.month - 1].strip(), year=day.year)

    def timestamp_text(self, stamp: str) -> str:
        """A stored UTC timestamp as a date (the day is what a reader needs)."""
        if not stamp:
            return self.empty
        try:
            return self.date_text(dt.date.fromisoformat(stamp[:10]))
        except ValueError:
            return stamp

    def day_text(self, iso: str | None) -> str:
        """A calendar date the user typed (``YYYY-MM-DD``) in words; "" when empty; the
        text as stored when it is not a date."""
        if not iso:
            return ""
        try:
            return self.date_text(dt.date.fromisoformat(iso))
        except ValueError:
            return iso

    def local(self, stamp: str | None) -> dt.datetime | None:
        """A stored UTC timestamp as a moment in the document's zone (None if not one)."""
        if not stamp:
            return None
        try:
            moment = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
        except ValueError:
            return None
        if moment.tzinfo is None:
            return None
        return moment.astimezone(self.tz)

    def moment_text(self, stamp: str | None) -> str:
        """A stored UTC timestamp as date and time in the document's zone ("" if empty)."""
        if not stamp:
            return ""
        moment = self.local(stamp)
        if moment is None:
            return stamp
        return self.t("moment_format", date=self.date_text(moment.date()),
                      time=f"{moment.hour:02d}:{moment.minute:02d}")

    @property
    def zone_note(self) -> str:
        """The sentence that says in which zone the times of the document are."""
        return self.t("times_in_zone", zone=self.zone)

    def noon(self) -> dt.datetime:
        """The document's date at noon in its zone: the "now" of clocks it prints, so the
        same dossier and date always give the same figures."""
        return dt.datetime.combine(self.date, dt.time(12, 0), tzinfo=self.tz)

    # -- vocabularies and sources ---------------------------------------------------------
    def label(self, vocabulary: str, code: str, *, cited_for: str = "") -> str:
        """The label of a code in the document's language (free text as typed); the entry's
        source goes to the annex."""
        if not code:
            return ""
        vocab = self.vocab.get(vocabulary)
        if vocab is None:
            return code
        entry = vocab.entries.get(code)
        if entry is None:
            return code
        if entry.source:
            self.cite(entry.source, cited_for or entry.label)
        return self.typography(entry.label)

    def gdpr(self, article: str) -> str:
        """A GDPR reference in the document's language (``30(1)(a)`` -> "RGPD, art. 30(1)(a)")."""
        return self.t("cite_gdpr", article=article)

    def cite(self, source: str, what: str) -> None:
        # one citation style in the annex ("RGPD, art. 6(1)", spaced as the document's own
        # words), whichever content file the source comes from: one line per source
        source = self.typography(_GDPR_NO_COMMA.sub(r"\1, \2", source))
        uses = self.sources.setdefault(source, [])
        if what and what not in uses:
            uses.append(what)

    def template_sources(self, template_id: str, processing_name: str) -> str:
        """The name of the template a processing started from; its sources go to the annex."""
        for template in load_templates(self.lang):
            if template.id == template_id:
                for source in template.sources:
                    self.cite(source, processing_name)
                return template.name
        return template_id

    # -- common formats -------------------------------------------------------------------
    def duration(self, value: int, unit: DurationUnit) -> str:
        form = "one" if value == 1 else "many"
        return self.t(f"{unit.value}_{form}", n=value)

    def retention(self, r: Retention, *, cited_for: str = "") -> str:
        parts = []
        if r.value is not None and r.unit is not None:
            length = self.duration(r.value, r.unit)
            trigger = self.label("retention_triggers", r.trigger, cited_for=cited_for)
            parts.append(self.t("retention_from", length=length, trigger=trigger)
                         if trigger else length)
        if r.note.strip():
            parts.append(r.note.strip())
        return "\n".join(parts) if parts else self.empty

    def bullets(self, items: list[str]) -> str:
        """A list in one cell: one line per item, bulleted when there are several."""
        items = [i for i in items if i and i.strip()]
        if not items:
            return self.empty
        if len(items) == 1:
            return items[0]
        return "\n".join(f"• {i}" for i in items)
