"""JSON dossier interchange (the **contract** of DESIGN.md).

``export_json`` writes one UTF-8 JSON object holding the whole dossier; ``import_json`` reads
one and creates a new dossier file from it. Both are generators of :class:`Progress` so the
GUI can run them on a worker and the CLI can show a bar; closing the generator cancels, and
neither leaves a partial file. What was imported exports to the same JSON (apart from
``exported_at`` and ``app_version``). The schema is ``resources/schema/dossier.schema.json``.

File layout: top-level keys in contract order, two-space indent, and each item of a list on
one line, so that two exports compare line by line and large lists stream.
"""

from __future__ import annotations

import json
import re
from collections.abc import Generator, Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

import jsonschema

from assistant import __version__
from assistant.domain.clock import now_text
from assistant.domain.findings import Finding, Severity
from assistant.domain.progress import Progress
from assistant.exchange.errors import (
    JsonMalformed,
    JsonRefused,
    JsonWrongFormat,
    JsonWrongVersion,
)
from assistant.exchange.sections import SECTIONS
from assistant.paths import resources_dir
from assistant.store.dossier import Dossier, building_dossier
from assistant.store.errors import from_os_error
from assistant.store.outputs import check_output, output_path
from assistant.store.sqlite_files import refuse_if_open

FORMAT = "rgpd-assistant-dossier"
FORMAT_VERSION = 2
# Version 1 files (before refusals and unknown dates) read as they are: every event of one
# is of scheme 1, with its date known.
READABLE_VERSIONS = (1, 2)
LIST_KEYS = (
    "processing", "processors", "consent_purposes", "notice_versions", "subjects",
    "consent_events", "rights_requests", "breaches", "steps", "actions",
    "information_notices",
    # consent at the till
    "consent_signatures", "consent_forms", "consent_form_entries",
)
# Keys a file may leave out (written before they existed): read as empty lists.
OPTIONAL_KEYS = frozenset({"information_notices", "consent_signatures", "consent_forms",
                           "consent_form_entries"})


@lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    with (resources_dir() / "schema" / "dossier.schema.json").open(encoding="utf-8") as f:
        return json.load(f)


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))


def _sections_by_key() -> dict[str, Any]:
    return {module.KEY: module for module in SECTIONS}


# -- export ---------------------------------------------------------------------------------
def export_json(dossier: Dossier, target: Path | str, *,
                overwrite: bool = False) -> Generator[Progress, None, None]:
    """Write the dossier to ``target`` (atomically; an existing file only replaced when
    ``overwrite``); yields progress per section."""
    modules = _sections_by_key()
    keys = ["organisation", *LIST_KEYS]
    with output_path(target, overwrite=overwrite, reading=[dossier.path]) as tmp, \
            tmp.open("w", encoding="utf-8", newline="\n") as out:
        out.write("{\n")
        out.write(f'  "format": {_dump(FORMAT)},\n')
        out.write(f'  "format_version": {FORMAT_VERSION},\n')
        out.write(f'  "exported_at": {_dump(now_text())},\n')
        out.write(f'  "app_version": {_dump(__version__)},\n')
        out.write(f'  "language": {_dump(dossier.language)},\n')
        for n, key in enumerate(keys):
            yield Progress(n, len(keys), key)
            module = modules.get(key)
            value = module.export(dossier) if module else []
            last = n == len(keys) - 1
            out.write(f"  {_dump(key)}: ")
            if isinstance(value, dict):
                out.write(_dump(value))
            else:
                _write_list(out, value)
            out.write("\n" if last else ",\n")
        out.write("}\n")
    yield Progress(len(keys), len(keys), "done")


def _write_list(out: Any, items: Iterable[Any]) -> None:
    first = True
    for item in items:
        out.write("[\n    " if first else ",\n    ")
        out.write(_dump(item))
        first = False
    out.write("[]" if first else "\n  ]")


# -- import ---------------------------------------------------------------------------------
def read_document(source: Path) -> dict[str, Any]:
    """Parse and check an interchange file; raises a refusal naming the first problem."""
    refuse_if_open(source)
    try:
        raw = source.read_bytes()
    except OSError as exc:
        raise from_os_error(source, exc) from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise JsonMalformed(source, line=line, column=column,
                            detail="not UTF-8 text") from None
    big: list[str] = []
    try:
        doc = json.loads(text, parse_int=lambda digits: _integer(digits, big))
    except json.JSONDecodeError as exc:
        raise JsonMalformed(source, line=exc.lineno, column=exc.colno, detail=exc.msg) from None
    except RecursionError:
        raise JsonMalformed(source, line=1, column=1, detail="nested too deeply") from None
    if big or _SURROGATE_ESCAPE.search(text):
        _refuse_unstorable(source, doc)
    if not isinstance(doc, dict):
        raise JsonRefused(source, "$", Finding("json_type", "", Severity.ERROR,
                                               {"expected": "object"}))
    if doc.get("format") != FORMAT:
        raise JsonWrongFormat(source, format=str(doc.get("format")))
    if doc.get("format_version") not in READABLE_VERSIONS:
        raise JsonWrongVersion(source, version=str(doc.get("format_version")),
                               supported=FORMAT_VERSION)
    _check_schema(source, doc)
    modules = _sections_by_key()
    for key in OPTIONAL_KEYS:
        doc.setdefault(key, [])
    for key, module in modules.items():
        for where, finding in module.check(doc.get(key, []), doc):
            raise JsonRefused(source, where, finding)
    return doc


INT_MIN, INT_MAX = -(1 << 63), (1 << 63) - 1  # what SQLite stores as an integer
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


class _TooBig(str):
    """An integer of the file that no dossier can store (kept as its digits)."""


def _integer(digits: str, big: list[str]) -> int | str:
    # Python refuses to convert over 4,300 digits with an error of its own: never try
    if len(digits) <= 20:
        value = int(digits)
        if INT_MIN <= value <= INT_MAX:
            return value
    big.append(digits)
    return _TooBig(digits)


def _refuse_unstorable(source: Path, doc: Any) -> None:
    """The JSON path of the first value SQLite cannot store: an integer past 64 bits, or a
    text holding half of a surrogate pair (``"\\ud800"`` alone)."""
    stack: list[tuple[str, Any]] = [("$", doc)]
    while stack:
        where, value = stack.pop()
        if isinstance(value, _TooBig):
            shown = value if len(value) <= 30 else f"{value[:12]}…({len(value)} digits)"
            raise JsonRefused(source, where, Finding("json_out_of_range", "", Severity.ERROR,
                                                     {"value": shown}))
        if isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError as exc:
                raise JsonRefused(source, where, Finding(
                    "forbidden_character", "", Severity.ERROR,
                    {"char": f"U+{ord(value[exc.start]):04X}"})) from None
        elif isinstance(value, dict):
            for key, item in reversed(list(value.items())):
                stack.append((f"{where}.{key}", item))
        elif isinstance(value, list):
            for i in range(len(value) - 1, -1, -1):
                stack.append((f"{where}[{i}]", value[i]))


def _check_schema(source: Path, doc: dict[str, Any]) -> None:
    validator = jsonschema.Draft202012Validator(schema())
    found = list(validator.iter_errors(doc))
    if not found:
        return
    first = min(found, key=lambda e: _document_order(doc, list(e.absolute_path)))
    raise JsonRefused(source, _json_path(first.absolute_path), _schema_finding(first))


def _document_order(doc: Any, path: list[Any]) -> list[int]:
    """Position of a path in the document, so the first problem in reading order wins."""
    order, node = [], doc
    for part in path:
        if isinstance(node, dict):
            keys = list(node)
            order.append(keys.index(part) if part in keys else len(keys))
        else:
            order.append(int(part))
        node = node[part]
    return order


def _json_path(parts: Iterable[Any]) -> str:
    out = "$"
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else f".{part}"
    return out


def _schema_finding(error: jsonschema.ValidationError) -> Finding:
    kind = error.validator
    params: dict[str, str] = {"detail": error.message}
    if kind == "required":
        missing = [k for k in error.validator_value if k not in error.instance]
        params["name"] = missing[0] if missing else "?"
        code = "json_required"
    elif kind == "additionalProperties":
        allowed = set(error.schema.get("properties", {}))
        extra = [k for k in error.instance if k not in allowed]
        params["name"] = extra[0] if extra else "?"
        code = "json_unknown_field"
    elif kind == "type":
        params["expected"] = str(error.validator_value)
        code = "json_type"
    elif kind in ("enum", "const"):
        options = error.validator_value if kind == "enum" else [error.validator_value]
        params["value"] = json.dumps(error.instance, ensure_ascii=False)[:80]
        params["options"] = ", ".join(json.dumps(o) for o in options)
        code = "json_enum"
    elif kind == "maxLength":
        params["length"] = str(len(error.instance))
        params["max"] = str(error.validator_value)
        code = "too_long"
    elif kind == "minLength":
        code = "required"
    elif kind == "maxItems" and error.validator_value == 0:
        code = "json_section_not_supported"
    elif kind == "pattern" and "T" in str(error.validator_value):
        params["value"] = str(error.instance)[:80]
        code = "json_timestamp"
    elif kind in ("minimum", "maximum"):
        params["value"] = str(error.instance)
        code = "json_out_of_range"
    else:
        code = "json_other"
    return Finding(code, "", Severity.ERROR, params)


def import_json(source: Path | str, target: Path | str, *,
                overwrite: bool = False) -> Generator[Progress, None, None]:
    """Create the dossier ``target`` from the interchange file ``source``.

    Everything is checked before anything is written; the new dossier is built under a
    temporary name beside ``target`` and renamed into place only when complete.
    """
    source, target = Path(source), Path(target)
    check_output(target, overwrite=overwrite, reading=[source], makes_dossier=True)
    yield Progress(0, 3, "read")
    doc = read_document(source)
    yield Progress(1, 3, "write")
    with building_dossier(target, language=doc.get("language", "fr"), seed=False,
                          overwrite=overwrite, reading=[source]) as dossier:
        with dossier.transaction():
            for module in SECTIONS:
                module.load(dossier, doc.get(module.KEY, []))
        yield Progress(2, 3, "finish")
    yield Progress(3, 3, "done")
