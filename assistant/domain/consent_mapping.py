"""How the columns of a file a shop already has become consent records: the mapping (the
**contract** of DESIGN.md, "Consent import from other tools' exports").

A :class:`Mapping` says which column holds the email, the phone, the customer reference and
the names, when the choices were made (a column, or "unknown"), and for each column that
holds a choice, the purpose it is about and which of its values mean consent given, refused
or withdrawn. It is read from and written to the TOML file of the contract
(:func:`mapping_from_toml`, :func:`mapping_to_toml`) and checked against a file's header and
a dossier's purposes (:func:`check_mapping`).

Values are compared case- and accent-insensitively (``Oui`` = ``OUI`` = ``oui``); an empty
cell records nothing, and so do the values of the optional list ``ignored`` (the ``0`` of an
opt-out column: not opted out is not a consent); a value no list names is refused (never
guessed: ``0`` in a column called ``do_not_email`` means the opposite of ``0`` in one called
``newsletter``).

Standard library only (``tomllib`` reads; the writer is here: the file is small and its
shape fixed).
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from assistant.domain.consent import Channel, EventKind
from assistant.domain.text import fold

FORMAT = "rgpd-assistant-mapping"
FORMAT_VERSION = 1
IDENTITY_ROLES = ("email", "phone", "customer_ref", "first_name", "last_name")
STATUS_LISTS = ("granted", "refused", "withdrawn")
VALUE_LISTS = (*STATUS_LISTS, "ignored")  # ignored: values that record nothing
MAX_VALUES = 200  # values per list: a choice column holds a handful
# Values whose meaning is plain whatever the column: a "no" is never a consent given, a
# "yes" never a refusal or a withdrawal, except in a column whose name says it is an opt-out
# (where "yes" means "do not contact me").
PLAIN_YES = frozenset({"oui", "o", "yes", "y", "1", "true", "vrai", "v", "x"})
PLAIN_NO = frozenset({"non", "n", "no", "0", "false", "faux", "f"})
# Words of a column name that make it an opt-out: "do_not_email", "Désabonné", "Optout",
# "Liste noire", "STOP SMS", "Ne pas contacter", "Refus pub" (compared folded, without spaces,
# dashes or underscores).
_OPT_OUT_PARTS = ("donot", "optout", "unsub", "desabon", "desinscri", "desincri", "blacklist",
                  "blocklist", "listenoire", "listerouge", "bloctel", "nepas", "neplus",
                  "pasde", "refus", "retrait", "retire", "withdr", "oppos", "stop", "nomail",
                  "noemail", "nosms", "nocontact", "nomarketing")
_OPT_OUT_WORDS = frozenset({"dont", "not", "pas", "no", "non", "sans"})


@dataclass(frozen=True)
class Choice:
    """A column that holds one purpose's choice, and what its values mean."""

    purpose: str
    column: str
    granted: tuple[str, ...] = ()
    refused: tuple[str, ...] = ()
    withdrawn: tuple[str, ...] = ()
    ignored: tuple[str, ...] = ()

    def meaning(self) -> dict[str, EventKind | None]:
        """Folded value -> status, ``None`` for an ignored value (a value in two lists is
        refused by :func:`check_mapping`)."""
        out: dict[str, EventKind | None] = {}
        for kind, values in ((EventKind.GRANTED, self.granted), (EventKind.REFUSED, self.refused),
                             (EventKind.WITHDRAWN, self.withdrawn), (None, self.ignored)):
            for value in values:
                out.setdefault(value_key(value), kind)
        return out

    @property
    def opt_out(self) -> bool:
        """Only withdrawals: a column such as ``do_not_email`` never turns into a consent."""
        return bool(self.withdrawn) and not self.granted and not self.refused


@dataclass(frozen=True)
class Mapping:
    email: str = ""
    phone: str = ""
    customer_ref: str = ""
    first_name: str = ""
    last_name: str = ""
    when_column: str = ""
    when_unknown: bool = False
    choices: tuple[Choice, ...] = ()
    channel: str = Channel.OTHER.value
    channel_detail: str = ""

    def identity_columns(self) -> dict[str, str]:
        return {role: getattr(self, role) for role in IDENTITY_ROLES if getattr(self, role)}

@dataclass(frozen=True)
class MappingIssue:
    """A problem of a mapping: ``code`` is a key of ``[mapping]`` in the messages; ``where``
    the TOML path (``choices[2].column``) or ``""`` for the whole file."""

    code: str
    where: str = ""
    params: dict[str, str] = field(default_factory=dict)


class MappingError(ValueError):
    def __init__(self, problems: Sequence[MappingIssue]) -> None:
        super().__init__("; ".join(f"{p.where}: {p.code}" for p in problems))
        self.problems = list(problems)


def value_key(value: str) -> str:
    """How a cell is compared with a mapping's lists: folded, spaces collapsed, and a
    spreadsheet's leading apostrophe removed."""
    return re.sub(r"\s+", " ", fold(value.strip().lstrip("'"))).strip()


def looks_opt_out(column: str) -> bool:
    """Does the column's name say that a "yes" in it means "do not contact me"?"""
    words = re.sub(r"[\s_\-'’.]+", " ", column_key(column)).split()
    compact = "".join(words)
    return bool(_OPT_OUT_WORDS.intersection(words)) or any(
        part in compact for part in _OPT_OUT_PARTS)


def column_key(name: str) -> str:
    """How a column's name is compared (``E-mail`` = ``e-mail`` = ``E-MAIL``, BOM dropped)."""
    return re.sub(r"\s+", " ", fold(name.replace("\ufeff", "").strip().strip('"'))).strip()


# -- reading --------------------------------------------------------------------------------
def mapping_from_toml(text: str) -> Mapping:
    """Read the TOML of the contract; :class:`MappingError` names each problem's place."""
    doc = _parse(text)
    problems: list[MappingIssue] = []
    _check_format(doc, problems)
    values: dict[str, object] = {}
    _read_identity(doc, problems, values)
    _read_when(doc, problems, values)
    values["choices"] = _read_choices(doc, problems)
    _read_defaults(doc, problems, values)
    if problems:
        raise MappingError(problems)
    return Mapping(**values)  # type: ignore[arg-type]


def _parse(text: str) -> dict[str, object]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        # tomllib says where in its message: "Invalid value (at line 2, column 9)"
        detail = str(exc)
        at = re.search(r"\s*\(at line (\d+), column (\d+)\)", detail)
        place = {"line": at.group(1), "column": at.group(2)} if at else {}
        if at:
            detail = detail[:at.start()] + detail[at.end():]
        elif "(at end of document)" in detail:
            last = text.rstrip("\n").split("\n")
            place = {"line": str(len(last)), "column": str(len(last[-1]) + 1)}
            detail = detail.replace(" (at end of document)", "")
        raise MappingError([MappingIssue("toml_syntax", "", {"detail": detail, **place})]) \
            from None


def _check_format(doc: dict[str, object], problems: list[MappingIssue]) -> None:
    if doc.get("format") != FORMAT:
        problems.append(MappingIssue("wrong_format", "format",
                                     {"value": str(doc.get("format", "")), "wanted": FORMAT}))
    if doc.get("format_version") != FORMAT_VERSION:
        problems.append(MappingIssue("wrong_version", "format_version", {
            "value": str(doc.get("format_version", "")), "wanted": str(FORMAT_VERSION)}))
    known = {"format", "format_version", "identity", "when", "choices", "defaults"}
    for key in doc:
        if key not in known:
            problems.append(MappingIssue("unknown_key", key, {"key": key}))


def _read_identity(doc: dict[str, object], problems: list[MappingIssue],
                   values: dict[str, object]) -> None:
    for key, value in _table(doc, "identity", problems).items():
        if key not in IDENTITY_ROLES:
            problems.append(MappingIssue("unknown_key", f"identity.{key}", {"key": key}))
        elif not isinstance(value, str):
            problems.append(MappingIssue("not_text", f"identity.{key}"))
        else:
            values[key] = value


def _read_when(doc: dict[str, object], problems: list[MappingIssue],
               values: dict[str, object]) -> None:
    when = _table(doc, "when", problems)
    for key in when:
        if key not in ("column", "unknown"):
            problems.append(MappingIssue("unknown_key", f"when.{key}", {"key": key}))
    if "column" in when:
        if isinstance(when["column"], str):
            values["when_column"] = when["column"]
        else:
            problems.append(MappingIssue("not_text", "when.column"))
    if "unknown" in when:
        if isinstance(when["unknown"], bool):
            values["when_unknown"] = when["unknown"]
        else:
            problems.append(MappingIssue("not_boolean", "when.unknown"))


def _read_choices(doc: dict[str, object], problems: list[MappingIssue]
                  ) -> tuple[Choice, ...]:
    choices = []
    raw_choices = doc.get("choices", [])
    if not isinstance(raw_choices, list):
        problems.append(MappingIssue("not_list", "choices"))
        raw_choices = []
    for n, item in enumerate(raw_choices):
        choice = _read_choice(f"choices[{n}]", item, problems)
        if choice is not None:
            choices.append(choice)
    return tuple(choices)


def _read_choice(where: str, item: object, problems: list[MappingIssue]) -> Choice | None:
    """One ``[[choices]]`` table; None when it lacks its purpose or column (or is no
    table)."""
    if not isinstance(item, dict):
        problems.append(MappingIssue("not_table", where))
        return None
    for key in item:
        if key not in ("purpose", "column", *VALUE_LISTS):
            problems.append(MappingIssue("unknown_key", f"{where}.{key}", {"key": key}))
    texts = {}
    for key in ("purpose", "column"):
        value = item.get(key, "")
        if not isinstance(value, str) or not value.strip():
            problems.append(MappingIssue("required", f"{where}.{key}", {"key": key}))
        else:
            texts[key] = value
    lists: dict[str, tuple[str, ...]] = {}
    for key in VALUE_LISTS:
        value = item.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            problems.append(MappingIssue("not_list", f"{where}.{key}"))
            value = []
        if len(value) > MAX_VALUES:
            problems.append(MappingIssue("too_many_values", f"{where}.{key}",
                                         {"max": str(MAX_VALUES)}))
            value = value[:MAX_VALUES]
        lists[key] = tuple(value)
    if len(texts) != 2:
        return None
    return Choice(texts["purpose"], texts["column"], **lists)


def _read_defaults(doc: dict[str, object], problems: list[MappingIssue],
                   values: dict[str, object]) -> None:
    for key, value in _table(doc, "defaults", problems).items():
        if key not in ("channel", "channel_detail"):
            problems.append(MappingIssue("unknown_key", f"defaults.{key}", {"key": key}))
        elif not isinstance(value, str):
            problems.append(MappingIssue("not_text", f"defaults.{key}"))
        elif key == "channel" and value not in {c.value for c in Channel} - {"system"}:
            problems.append(MappingIssue("unknown_channel", "defaults.channel", {
                "value": value,
                "known": ", ".join(c.value for c in Channel if c is not Channel.SYSTEM)}))
        else:
            values[key] = value


def _table(doc: dict[str, object], key: str, problems: list[MappingIssue]
           ) -> dict[str, object]:
    value = doc.get(key, {})
    if not isinstance(value, dict):
        problems.append(MappingIssue("not_table", key))
        return {}
    return value


# -- writing --------------------------------------------------------------------------------
def _toml_text(value: str) -> str:
    # JSON's escapes are TOML's (\" \\ \n \t \uXXXX); non-ASCII letters stay as they are
    return json.dumps(value, ensure_ascii=False)


def _toml_list(values: Iterable[str]) -> str:
    return "[" + ", ".join(_toml_text(v) for v in values) + "]"


def mapping_to_toml(mapping: Mapping, *, comment: str = "") -> str:
    lines = []
    if comment:
        lines += [f"# {line}".rstrip() for line in comment.splitlines()]
    lines += [f'format = "{FORMAT}"', f"format_version = {FORMAT_VERSION}", "", "[identity]"]
    for role, column in mapping.identity_columns().items():
        lines.append(f"{role} = {_toml_text(column)}")
    lines += ["", "[when]"]
    if mapping.when_column:
        lines.append(f"column = {_toml_text(mapping.when_column)}")
    if mapping.when_unknown or not mapping.when_column:
        lines.append("unknown = true")
    for choice in mapping.choices:
        lines += ["", "[[choices]]", f"purpose = {_toml_text(choice.purpose)}",
                  f"column = {_toml_text(choice.column)}"]
        for key in STATUS_LISTS:
            lines.append(f"{key} = {_toml_list(getattr(choice, key))}")
        if choice.ignored:
            lines.append(f"ignored = {_toml_list(choice.ignored)}")
    lines += ["", "[defaults]", f"channel = {_toml_text(mapping.channel)}"]
    if mapping.channel_detail:
        lines.append(f"channel_detail = {_toml_text(mapping.channel_detail)}")
    return "\n".join(lines) + "\n"


# -- checking against a file and a dossier --------------------------------------------------
def check_mapping(mapping: Mapping, header: Sequence[str], purposes: Iterable[str]
                  ) -> list[MappingIssue]:
    """Problems of ``mapping`` for a file whose first line is ``header`` and a dossier with
    these purpose codes: a column that is not there, a purpose the dossier lacks, one column
    mapped twice, a value in two lists, no way to find people, nothing to record."""
    problems: list[MappingIssue] = []
    present = {column_key(name) for name in header}
    found = ", ".join(n for n in header if n.strip()) or "—"
    seen: dict[str, str] = {}
    places = [(f"identity.{role}", column) for role, column in
              mapping.identity_columns().items()]
    if mapping.when_column:
        places.append(("when.column", mapping.when_column))
    places += [(f"choices[{n}].column", c.column) for n, c in enumerate(mapping.choices)]
    for where, column in places:
        key = column_key(column)
        if key not in present:
            problems.append(MappingIssue("column_missing", where,
                                           {"column": column, "found": found}))
        if key in seen:
            problems.append(MappingIssue("column_twice", where,
                                           {"column": column, "first": seen[key]}))
        else:
            seen[key] = where
    if not any(getattr(mapping, role) for role in ("email", "phone", "customer_ref")):
        problems.append(MappingIssue("no_identity", "identity"))
    if not mapping.when_column and not mapping.when_unknown:
        problems.append(MappingIssue("no_when", "when"))
    if not mapping.choices:
        problems.append(MappingIssue("no_choice", "choices"))
    codes = set(purposes)
    for n, choice in enumerate(mapping.choices):
        if choice.purpose not in codes:
            problems.append(MappingIssue("unknown_purpose", f"choices[{n}].purpose", {
                "value": choice.purpose, "known": ", ".join(sorted(codes)) or "—"}))
        listed: dict[str, str] = {}
        for key in VALUE_LISTS:
            for value in getattr(choice, key):
                folded = value_key(value)
                if not folded:
                    problems.append(MappingIssue("empty_value", f"choices[{n}].{key}"))
                elif folded in listed and listed[folded] != key:
                    problems.append(MappingIssue("value_twice", f"choices[{n}].{key}", {
                        "value": value, "first": listed[folded]}))
                listed.setdefault(folded, key)
        if not any(getattr(choice, key) for key in STATUS_LISTS):
            problems.append(MappingIssue("no_values", f"choices[{n}]",
                                           {"column": choice.column}))
        problems += _reversed(n, choice)
    return problems


def _reversed(n: int, choice: Choice) -> list[MappingIssue]:
    """What would turn a "no" into a consent, or a "yes" into a refusal: the way an owner's
    list gets every choice reversed without a word."""
    if looks_opt_out(choice.column):
        # "do_not_email = 0" is no consent: an opt-out column only records withdrawals
        return [MappingIssue("opt_out_granted", f"choices[{n}].granted", {
            "column": choice.column, "value": ", ".join(choice.granted)})] \
            if choice.granted else []
    problems = []
    for key, plain in (("granted", PLAIN_NO), ("refused", PLAIN_YES),
                       ("withdrawn", PLAIN_YES)):
        for value in getattr(choice, key):
            if value_key(value) in plain:
                problems.append(MappingIssue(f"reversed_{key}", f"choices[{n}].{key}", {
                    "column": choice.column, "value": value}))
    return problems


def header_signature(header: Sequence[str]) -> str:
    """The header as a mapping is offered again for: its column names, compared as
    :func:`column_key` does, in order."""
    return "\x1f".join(column_key(name) for name in header)
