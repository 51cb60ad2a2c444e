"""Export a PDF document of a dossier: the generator the CLI and the GUI both drive.

``export_pdf`` reads a snapshot through the store, builds each section's flowables, lays the
document out twice (the second pass knows every heading's page and the page count, for the
table of contents and "page N of M"), then writes the file atomically: a cancelled (generator
closed) or failed export leaves no file, and an existing file is replaced only by a complete
new one.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Generator, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable

from assistant import APP_DISPLAY_NAME, __version__
from assistant.content.catalog import Lang
from assistant.domain.findings import Finding, Severity, ValidationError
from assistant.domain.progress import Progress
from assistant.reports.area_data import PersonNotFound
from assistant.reports.context import (
    DEFAULT_ZONE,
    KIND_DOSSIER,
    KIND_EXTRACT,
    KIND_PROOF,
    KINDS,
    ReportContext,
    document_today,
    usable_zone,
)
from assistant.reports.document import Heading, Metadata, PageWords, ReportDoc
from assistant.reports.errors import OutputNotWritable
from assistant.reports.fonts import register_fonts
from assistant.reports.sections import SECTIONS, sections_for
from assistant.reports.sections.base import Section
from assistant.reports.sections.contents import ContentsSlot, contents_table
from assistant.reports.sections.cover import document_title
from assistant.reports.sections.sources import Deferred, build_now
from assistant.reports.snapshot import Snapshot, take_snapshot
from assistant.store.dossier import Dossier
from assistant.store.errors import ReadOnlyLocation
from assistant.store.outputs import check_output, output_path

MAX_PASSES = 4
KEEP_SECTION = 6 * cm  # room a section's title, intro and first rows need, else a new page


@dataclass(frozen=True)
class ExportOptions:
    kind: str = KIND_DOSSIER
    lang: Lang = "fr"  # the document's language, independent of the UI's
    date: dt.date = field(default_factory=document_today)  # today in DEFAULT_ZONE
    sections: tuple[str, ...] | None = None  # None: every section of the kind
    subject_id: str = ""  # the consent proof's person: their 32-hex subject id
    zone: str = DEFAULT_ZONE  # IANA time zone the document's times are printed in
    changes_since: dt.date | None = None  # the annex of changes from this day (None: last export)
    signer: str = ""  # who signs the register (default: the organisation's representative)
    signer_role: str = ""

    def chosen(self) -> list[Section]:
        """The sections to print, in document order (required ones always)."""
        if self.kind not in KINDS:
            raise ValueError(f"unknown document kind {self.kind!r}; known: {', '.join(KINDS)}")
        if self.kind == KIND_PROOF and not self.subject_id:
            raise ValueError("the consent proof needs the person's subject id")
        if self.kind != KIND_PROOF and self.subject_id:
            raise ValueError(f"a person is chosen only for the {KIND_PROOF} document")
        usable_zone(self.zone)  # ValueError if unknown
        available = sections_for(self.kind)
        if self.sections is None:
            return available
        known = {s.key for s in available}
        unknown = [k for k in self.sections if k not in known]
        if unknown:
            raise ValueError(f"unknown section(s) for {self.kind}: {', '.join(unknown)}; "
                             f"known: {', '.join(s.key for s in available)}")
        return [s for s in available if s.required or s.key in self.sections]


def export_pdf(dossier: Dossier, target: Path | str, options: ExportOptions | None = None,
               *, overwrite: bool = False) -> Generator[Progress, None, Path]:
    """Write the PDF of ``dossier`` to ``target`` (an existing file is replaced only when
    ``overwrite``); yields progress; returns the path."""
    options = options or ExportOptions()
    options.chosen()  # refuse unknown sections before any work
    target = Path(target)
    check_output(target, overwrite=overwrite, reading=[dossier.path])
    yield Progress(0, 0, "read")
    try:
        snapshot = take_snapshot(dossier, day=options.date, subject=options.subject_id)
    except PersonNotFound:
        raise ValidationError([Finding("proof_person_missing", "subject", Severity.ERROR,
                                       {"value": options.subject_id})]) from None
    if options.kind != KIND_PROOF:
        check_date(snapshot, options)
    data = yield from render_pdf(snapshot, options)
    yield Progress(1, 1, "write")
    write_pdf(target, data, overwrite=overwrite, reading=[dossier.path])
    if options.kind in (KIND_DOSSIER, KIND_EXTRACT):  # the next annex of changes starts here
        from assistant.store.export_log import record_export

        record_export(dossier.uuid, options.date)
    return target


def content_day(snapshot: Snapshot, zone: str) -> dt.date | None:
    """The newest day the dossier's own content speaks of (in the document's zone): a request
    received or answered, a breach found or notified, a change of the register."""
    _, tz = usable_zone(zone)
    days: list[dt.date] = []

    def day_of(text: str | None) -> None:
        if not text:
            return
        try:
            if len(text) <= 10:
                days.append(dt.date.fromisoformat(text))
            else:
                days.append(dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
                            .astimezone(tz).date())
        except ValueError:
            pass

    for r in snapshot.extra.get("requests", ()):
        for text in (r.received_on, r.answered_on, r.extension_told_on):
            day_of(text)
    for b in snapshot.extra.get("breaches", ()):
        for text in (b.aware_at, b.occurred_at, b.authority_notified_at, b.people_notified_at):
            day_of(text)
    for p in snapshot.processing:
        day_of(p.created_at)
    history = snapshot.extra.get("history")
    if history is not None:  # a change made, not the baseline of an older dossier's upgrade
        day_of(history.version.last_edit)
    return max(days, default=None)


def check_date(snapshot: Snapshot, options: ExportOptions) -> None:
    """A document dated before what it holds is refused: its clocks would count from the
    wrong day (a request received later than the document's date shows years left)."""
    newest = content_day(snapshot, options.zone)
    if newest is not None and options.date < newest:
        raise ValidationError([Finding("date_before_content", "", Severity.ERROR, {
            "date": options.date.isoformat(), "content": newest.isoformat()})])


def write_pdf(target: Path, data: bytes, *, overwrite: bool = False,
              reading: Iterable[Path | str] = ()) -> None:
    try:
        with output_path(target, overwrite=overwrite, reading=reading, mode=0o644) as tmp:
            tmp.write_bytes(data)
    except ReadOnlyLocation:
        raise OutputNotWritable(target) from None


def render_pdf(snapshot: Snapshot, options: ExportOptions) -> Generator[Progress, None, bytes]:
    """The PDF's bytes. Same snapshot and options: same bytes."""
    register_fonts()
    chosen = options.chosen()
    ctx = ReportContext(options.lang, options.date, options.kind,
                        tuple(s.key for s in chosen), zone=options.zone,
                        changes_since=options.changes_since, signer=options.signer,
                        signer_role=options.signer_role)
    story: list[Flowable] = []
    for n, section in enumerate(chosen):
        yield Progress(n, len(chosen), "build")
        if n:  # a section's title never alone at the foot of a page
            story.append(CondPageBreak(KEEP_SECTION))
        story += section.build(snapshot, ctx)
    story = [x for f in story for x in (build_now(ctx) if isinstance(f, Deferred) else [f])]
    entries = [(f.toc_level, f.toc_text, f.toc_key) for f in story if isinstance(f, Heading)]
    slot = next((i for i, f in enumerate(story) if isinstance(f, ContentsSlot)), None)

    org = snapshot.organisation
    name = org.display_name or ctx.t("unnamed_organisation")
    title = document_title(ctx)
    words = PageWords(
        organisation=name, title=title,
        date=ctx.t("footer_date", date=ctx.date_text(options.date)),
        page_of=lambda n, total: ctx.t("page_of", page=n, total=total or "?"),
    )
    meta = Metadata(
        title=f"{title} — {name}", author=org.legal_name or name,
        subject=document_subject(ctx, chosen),
        keywords=ctx.t({KIND_DOSSIER: "keywords_dossier", KIND_PROOF: "keywords_proof"}.get(
            options.kind, "keywords")), creator=f"{APP_DISPLAY_NAME} {__version__}",
        lang="fr-FR" if options.lang == "fr" else "en-GB",
    )
    moment = dt.datetime.combine(options.date, dt.time(0, 0), tzinfo=dt.UTC)

    pages: dict[str, int] = {}
    total = 0
    steps = len(story) * 2
    done = 0
    # Platypus clears keepWithNext on the flowables it groups (a title and what follows):
    # every pass must start with them as the sections made them, or only the first keeps.
    keeps = [(f, bool(f.getKeepWithNext())) for f in story]
    for _ in range(MAX_PASSES):
        if slot is not None:
            story[slot] = contents_table(entries, pages)
        for flowable in story:  # platypus marks what it postponed; a new pass starts clean
            flowable.__dict__.pop("_postponed", None)
        for flowable, keep in keeps:
            flowable.__dict__["keepWithNext"] = keep
        sink = io.BytesIO()
        doc = ReportDoc(sink, meta, words, moment)
        doc.total_pages = total
        for placed in doc.build_steps(story):
            if placed % 10 == 0:
                yield Progress(min(done + placed, steps), steps, "layout")
        done = min(done + len(story), steps)
        if doc.page == total and doc.heading_pages == pages:
            return sink.getvalue()
        pages, total = dict(doc.heading_pages), doc.page
    raise RuntimeError("the page numbers did not settle")  # a bug, not the user's


def document_subject(ctx: ReportContext, chosen: list[Section]) -> str:
    """The PDF's Subject: what the document holds (a dossier lists its sections)."""
    if ctx.kind == KIND_EXTRACT:
        return ctx.t("subject_extract")
    if ctx.kind == KIND_PROOF:
        return ctx.t("subject_proof")
    titles = []
    for section in chosen:
        if section.key in ("cover", "contents"):
            continue
        text = ctx.t(section.title)
        if len(text) > 1 and text[1].islower():  # "Plan d'action" -> "plan d'action"
            text = text[0].lower() + text[1:]
        titles.append(text)
    return ctx.t("subject_dossier", contents=", ".join(titles))


def section_titles(lang: Lang, kind: str) -> list[tuple[str, str, bool]]:
    """(key, title, required) of every section of a kind, for the GUI and the CLI help."""
    ctx = ReportContext(lang, dt.date.today(), kind)
    return [(s.key, ctx.t(s.title), s.required) for s in SECTIONS if kind in s.kinds]


__all__ = ["ExportOptions", "export_pdf", "render_pdf", "section_titles", "write_pdf"]


