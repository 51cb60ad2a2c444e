"""The words a register's values take in the template's cells, both ways: a vocabulary code
and its wording, a retention as "5 ans à compter de la fin du contrat", a date as 31/12/2025.

Written in French (the template is French), read in French or English: a value no list
knows is kept as the free text it is.
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.content.loader import load_vocabularies
from assistant.domain.processing import DurationUnit, Retention
from assistant.exchange.cnil_register.layout import fold, mapping

_UNITS_OUT = {DurationUnit.DAYS: ("jour", "jours"), DurationUnit.MONTHS: ("mois", "mois"),
              DurationUnit.YEARS: ("an", "ans")}
_UNITS_IN = {"jour": DurationUnit.DAYS, "jours": DurationUnit.DAYS, "day": DurationUnit.DAYS,
             "days": DurationUnit.DAYS, "mois": DurationUnit.MONTHS,
             "month": DurationUnit.MONTHS, "months": DurationUnit.MONTHS,
             "an": DurationUnit.YEARS, "ans": DurationUnit.YEARS, "annee": DurationUnit.YEARS,
             "annees": DurationUnit.YEARS, "year": DurationUnit.YEARS,
             "years": DurationUnit.YEARS}
_DURATION = re.compile(r"^\s*(\d+)\s+([^\s,;]+)\s*(.*)$", re.S)
_FROM = ("a compter de ", "a partir de ", "from ")
NOTE_SEPARATOR = " — "
LABEL_SEPARATOR = " : "


def label(vocabulary: str, code: str) -> str:
    """A code in the template's words (its own list's, else the app's French label)."""
    own = mapping().get(vocabulary, {})
    if code in own:
        return str(own[code])
    return load_vocabularies("fr")[vocabulary].label(code)


def code(vocabulary: str, text: str) -> str:
    """The code the template's or the app's words name (French or English), else the text."""
    wanted = fold(text)
    if not wanted:
        return ""
    for table in (mapping().get(vocabulary, {}), ):
        for key, words in table.items():
            if fold(str(words)) == wanted:
                return str(key)
    for key, value in mapping().get(f"{vocabulary}_read", {}).items():
        if fold(key) == wanted:
            return str(value)
    for lang in ("fr", "en"):
        vocab = load_vocabularies(lang).get(vocabulary)
        if vocab is None:
            continue
        for entry in vocab:
            if wanted in (fold(entry.code), fold(entry.label)):
                return entry.code
    return text.strip()


def retention_text(r: Retention) -> str:
    parts = []
    if r.value is not None and r.unit is not None:
        one, many = _UNITS_OUT[r.unit]
        parts.append(f"{r.value} {one if r.value <= 1 else many}")
        if r.trigger:
            parts.append(f"à compter de {label('retention_triggers', r.trigger)}")
    text = " ".join(parts)
    if r.note:
        text = f"{text}{NOTE_SEPARATOR}{r.note}" if text else r.note
    return text


def parse_retention(text: str) -> Retention:
    """What :func:`retention_text` wrote, or any words as the retention's note."""
    text = text.strip()
    if not text:
        return Retention()
    match = _DURATION.match(text)
    unit = _UNITS_IN.get(fold(match.group(2))) if match else None
    if match is None or unit is None:
        return Retention(note=text)
    rest = match.group(3).strip()
    note = ""
    if NOTE_SEPARATOR.strip() in rest:
        rest, _, note = rest.partition(NOTE_SEPARATOR.strip())
        rest, note = rest.strip(), note.strip()
    trigger = ""
    folded = fold(rest)
    for prefix in _FROM:
        if folded.startswith(prefix):
            trigger = code("retention_triggers", rest[len(prefix):].strip())
            break
    else:
        if rest:
            note = f"{rest}{NOTE_SEPARATOR}{note}" if note else rest
    return Retention(int(match.group(1)), unit, trigger, note)


def date_text(stamp: str) -> str:
    """A stored timestamp or date as the template writes dates (31/12/2025); "" if none."""
    day = parse_day(stamp)
    return f"{day.day:02d}/{day.month:02d}/{day.year}" if day else ""


def parse_day(value: object) -> dt.date | None:
    """A cell's date: a date value, ``31/12/2025`` or ``2025-12-31`` (a timestamp too)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value or "").strip()
    match = re.match(r"^(\d{1,2})/(\d{1,2})/(\d{4})$", text)
    try:
        if match:
            return dt.date(int(match.group(3)), int(match.group(2)), int(match.group(1)))
        if re.match(r"^\d{4}-\d{2}-\d{2}", text):
            return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None
    return None


def labelled(name: str, detail: str) -> str:
    """One line of a cell that holds several things: "Label : detail" (or the label)."""
    return f"{name}{LABEL_SEPARATOR}{detail}" if detail else name


def split_labelled(line: str, known: dict[str, str]) -> tuple[str | None, str]:
    """(code, detail) of a line written by :func:`labelled`; (None, line) when the line does
    not start with one of the ``known`` labels (folded label -> code)."""
    for sep in (LABEL_SEPARATOR, ": ", " :"):
        head, found, tail = line.partition(sep)
        if found and fold(head) in known:
            return known[fold(head)], tail.strip()
    if fold(line) in known:
        return known[fold(line)], ""
    return None, line.strip()


__all__ = ["code", "date_text", "label", "labelled", "parse_day", "parse_retention",
           "retention_text", "split_labelled"]
