"""Information notices from a dossier to a file: prepare one (read the dossier, build the
document, find whether this exact text is a recorded version) and write it as Markdown or
HTML, atomically. The PDF is written by :func:`assistant.reports.notices.write_notice_pdf`
from the same :class:`~assistant.domain.notices.versions.PreparedNotice`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING

from assistant.content.catalog import Lang
from assistant.content.notices import notice_document, notice_words
from assistant.domain.findings import Finding, Severity, ValidationError
from assistant.domain.notices.digests import input_digests
from assistant.domain.notices.document import NoticeKind, default_scope
from assistant.domain.notices.markdown import canonical_text, markdown
from assistant.domain.notices.versions import (
    NoticeStamp,
    NoticeVersion,
    PreparedNotice,
    text_sha256,
)
from assistant.exchange.notice_text import html_document
from assistant.store.notice_source import read_notice_source
from assistant.store.outputs import write_output

if TYPE_CHECKING:
    from assistant.store.dossier import Dossier

FORMATS = ("html", "md", "pdf")


def scope_ids(dossier: Dossier, kind: NoticeKind,
              processing_ids: Iterable[int] | None = None, lang: Lang = "fr") -> list[int]:
    """The processing a notice covers: those given, else the kind's default scope. A notice
    with nothing to cover is refused, naming the kind in ``lang``, or saying that the
    register is still empty (there is nothing to choose then)."""
    if processing_ids is not None:
        ids = list(dict.fromkeys(processing_ids))
    else:
        register = dossier.register.list()
        if not register:
            raise ValidationError([Finding("notice_register_empty", "processing",
                                           Severity.ERROR)])
        ids = [int(p.id or 0) for p in default_scope(kind, register)]
    if not ids:
        label = notice_words(lang).kind(kind.value, "label")
        raise ValidationError([Finding("notice_nothing_covered", "processing",
                                       Severity.ERROR, {"kind": label})])
    return ids


def prepare_notice(dossier: Dossier, kind: NoticeKind, lang: Lang,
                   processing_ids: Iterable[int] | None = None, *,
                   today: dt.date | None = None) -> PreparedNotice:
    """The notice of ``kind`` in ``lang`` for the dossier as it is now. Its stamp is the
    recorded version this text is word for word, else the day it is made (``today``)."""
    ids = scope_ids(dossier, kind, processing_ids, lang)
    source = read_notice_source(dossier, ids)
    document = notice_document(source, kind, lang)
    text = canonical_text(document)
    sha = text_sha256(text)
    recorded = next((v for v in reversed(dossier.info_notices.versions())
                     if v.kind is kind and v.language == lang and v.sha256 == sha), None)
    if recorded is not None:
        stamp = NoticeStamp(dt.date.fromisoformat(recorded.issued_on), sha, recorded.number)
    else:
        stamp = NoticeStamp(today or dt.date.today(), sha)
    return PreparedNotice(document, notice_words(lang), text, sha,
                          MappingProxyType(input_digests(source)), stamp, recorded)


def notice_markdown(prepared: PreparedNotice) -> str:
    return markdown(prepared.document, prepared.stamp, prepared.words)


def notice_html(prepared: PreparedNotice) -> str:
    return html_document(prepared.document, prepared.stamp, prepared.words)


def write_text_notice(prepared: PreparedNotice, fmt: str, target: Path | str, *,
                      overwrite: bool = False, reading: Iterable[Path | str] = ()) -> Path:
    """Write the notice as ``html`` or ``md`` (UTF-8, LF) to ``target``, through the shared
    output guard (:mod:`assistant.store.outputs`: never onto a dossier in ``reading`` or open,
    an existing file only with ``overwrite``)."""
    if fmt not in ("html", "md"):
        raise ValueError(f"not a text format of notices: {fmt!r}")
    text = notice_html(prepared) if fmt == "html" else notice_markdown(prepared)
    return write_output(Path(target), text.encode("utf-8"), overwrite=overwrite,
                        reading=reading, mode=0o644)


def record_notice(dossier: Dossier, prepared: PreparedNotice, *,
                  issued_on: dt.date | None = None, label: str = "record notice") -> NoticeVersion:
    """Record the prepared text as the version in force from ``issued_on`` (its stamp's
    day by default); the same text as the newest version records nothing."""
    doc = prepared.document
    return dossier.info_notices.record(
        doc.kind, doc.lang, doc.processing_ids, prepared.text, dict(prepared.inputs),
        issued_on or prepared.stamp.date, label=label)


def stamped(prepared: PreparedNotice, version: NoticeVersion) -> PreparedNotice:
    """The prepared notice printing the recorded ``version`` it now is."""
    return replace(prepared, recorded=version, stamp=NoticeStamp(
        dt.date.fromisoformat(version.issued_on), version.sha256, version.number))
