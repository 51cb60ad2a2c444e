"""Prepare the answer to a rights request: check it may be written, compose it, write its
files and file it with the request. The window and ``export answer`` run the same functions.

:func:`plan_answer` reads the dossier and refuses what cannot be answered (a kind the request
does not call for, data given out before the identity is checked, a request linked to nobody
while the customer records hold people with the requester's details, an extension announced
after the first month...); it returns the letter to preview, the file names and any earlier
answer of the same kind. :func:`write_answer` (a job: yields progress) writes the files
(atomically; a failure removes what it wrote) and files the answer: its version, the day it
was sent, the channel, each file's size and SHA-256, and what the answer changes on the
request (answered, outcome and proof; or the extension).

Files, in the folder chosen, named after the request, the kind and the version
(``D-004-access-v1-letter.pdf``): the letter as PDF, DOCX (to edit before sending) and plain
text; the copy of the data (access); the JSON, its schema and the CSV (portability).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Generator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.content.answers import answer_words
from assistant.domain.clock import now_text
from assistant.domain.consent import Identity
from assistant.domain.findings import Finding, Severity, ValidationError
from assistant.domain.letter import Letter, plain_text
from assistant.domain.portability import (
    Choice,
    portability_csv,
    portability_dict,
    portability_json,
)
from assistant.domain.progress import Progress
from assistant.domain.request_answer import (
    FINAL,
    GIVES_DATA,
    AnswerFile,
    AnswerKind,
    FiledAnswer,
    IdentityProof,
    check_extension,
    check_kind,
    check_sequence,
    evidence_text,
    identity_settled,
    outcome_of,
)
from assistant.domain.text import LONG_MAX, SHORT_MAX
from assistant.paths import resources_dir
from assistant.reports.answers.facts import AnswerFacts, granted_purposes, read_answer_facts
from assistant.reports.answers.letters import (
    IDENTITY_FIELDS,
    AnswerOptions,
    compose,
    recipient_gaps,
    tools_owed,
)
from assistant.store import held
from assistant.store.errors import OutputFolderMissing
from assistant.store.filenames import safe_stem
from assistant.store.outputs import check_output, output_path

if TYPE_CHECKING:
    from assistant.store.dossier import Dossier

_UNSAFE = re.compile(r"[^\w.-]+")


def file_stem(reference: str, kind: AnswerKind, version: int) -> str:
    """``D-004-access-v1``: the request's reference made safe for any file system (Windows'
    rules included, and short enough that the longest file of the answer fits in a path)."""
    ref = safe_stem(_UNSAFE.sub("-", reference).strip("-."), fallback="request", max_len=60)
    return f"{ref}-{kind.value}-v{version}"


@dataclass(frozen=True)
class AnswerPlan:
    facts: AnswerFacts
    options: AnswerOptions
    letter: Letter
    version: int
    names: tuple[tuple[str, str], ...]  # (role, file name): letter-pdf, letter-docx...
    earlier: tuple[FiledAnswer, ...]  # answers of the same kind filed before
    gaps: tuple[str, ...]  # what the register lacks for this letter, in words
    # the final answer of another kind filed before, which this one replaces (``supersede``)
    replaces: FiledAnswer | None = None
    # what to do before the letter goes (the sending tools still owed an unsubscription)
    before_sending: tuple[str, ...] = ()

    @property
    def no_data(self) -> bool:
        return self.facts.no_data


def plan_answer(dossier: Dossier, request_id: int, options: AnswerOptions, *,
                identity: IdentityProof | None = None,
                processing_ids: tuple[int, ...] | None = None,
                supersede: bool = False) -> AnswerPlan:
    """What will be written, or :class:`ValidationError` with every reason it cannot be.

    ``identity`` is a check about to be recorded (it settles the identity for this plan);
    ``processing_ids`` narrows the register's processing named in an access letter to those
    that concern the person (default: every processing of customers). An answer that
    contradicts those filed is refused (an acknowledgment after the answer, a refusal once
    the request was carried out); one that replaces a final answer of another kind (a
    refusal, then the access after all) needs ``supersede``."""
    facts = read_answer_facts(dossier, request_id, options.lang, options.day)
    if processing_ids is not None:
        facts = _narrowed(facts, set(processing_ids))
    kind = options.kind
    found, replaces = _refusals(facts, options, identity, supersede=supersede)
    if found:
        raise ValidationError(found)
    version = dossier.request_answers.next_version(request_id, kind)
    names = _file_names(facts, kind, file_stem(facts.request.reference, kind, version))
    files = tuple((role, name) for role, name in names if not role.startswith("letter"))
    options = replace(options, files=files)
    letter = compose(facts, options)
    gaps: list[str] = []
    if kind is AnswerKind.ACCESS and facts.notice is not None and not facts.no_data:
        gaps = [g.text for g in facts.notice.gaps]  # (a letter finding no data names none)
    words = answer_words(options.lang)
    gaps += recipient_gaps(facts, options, words)
    earlier = tuple(a for a in facts.answers if a.kind is kind)
    return AnswerPlan(facts, options, letter, version, tuple(names), earlier, tuple(gaps),
                      replaces, tuple(tools_owed(facts, options, words)))


def _narrowed(facts: AnswerFacts, wanted: set[int]) -> AnswerFacts:
    """The facts with only the register's processing ``wanted`` (an access letter's)."""
    notice = facts.notice
    if notice is not None:
        notice = replace(notice, processings=tuple(
            p for p in notice.processings if p.processing_id in wanted))
    return replace(facts, processing=tuple(p for p in facts.processing if p.id in wanted),
                   notice=notice)


def _refusals(facts: AnswerFacts, options: AnswerOptions, identity: IdentityProof | None, *,
              supersede: bool) -> tuple[list[Finding], FiledAnswer | None]:
    """Every reason the answer cannot be written, and the filed answer it replaces."""
    kind = options.kind
    found = check_kind(facts.request, kind)
    if kind in GIVES_DATA and not identity_settled(facts.request, identity or facts.identity):
        found.append(Finding("answer_identity_first", "identity_check", Severity.ERROR))
    needs_person = kind in GIVES_DATA | {AnswerKind.ERASURE, AnswerKind.OBJECTION,
                                         AnswerKind.WITHDRAWAL, AnswerKind.RECTIFICATION}
    if needs_person and facts.person is None and facts.candidates:
        found.append(Finding("answer_link_first", "subject_reference", Severity.ERROR,
                             {"count": str(facts.candidates)}))
    if not found:  # the right kind of answer: does the record show what it confirms?
        found += _not_done_yet(facts, options)
    replaces = None
    if not found:
        sequence, replaces = check_sequence(facts.request, kind, facts.answers,
                                            acted=facts.link is not None and facts.link.acted)
        found += sequence
        if replaces is not None and not supersede:
            found.append(Finding("answer_supersede", "answer_kind", Severity.ERROR,
                                 {"kind": replaces.kind.value,
                                  "version": str(replaces.version),
                                  "sent": replaces.sent_on, "new": kind.value}))
    return found + _missing_words(facts, options), replaces


def _missing_words(facts: AnswerFacts, options: AnswerOptions) -> list[Finding]:
    """What the owner must still say for an extension, a refusal or a rectification."""
    kind = options.kind
    found: list[Finding] = []
    if kind is AnswerKind.EXTENSION:
        found += check_extension(facts.request, options.sending_day)
        if not (options.extension_reason or facts.request.extension_reason).strip():
            found.append(Finding("request_extension_reason", "extension_reason",
                                 Severity.ERROR))
    if kind is AnswerKind.REFUSAL and options.refusal_reason != "identity" \
            and not options.detail.strip():
        found.append(Finding("answer_refusal_detail", "refusal_detail", Severity.ERROR))
    if kind is AnswerKind.RECTIFICATION:
        if options.changes and (facts.person is None or facts.person.erased):
            found.append(Finding("request_link_missing", "subject_reference",
                                 Severity.ERROR))
        if not options.changes and not options.detail.strip():
            found.append(Finding("answer_rectification_empty", "refusal_detail", Severity.ERROR))
    return found


def _file_names(facts: AnswerFacts, kind: AnswerKind, stem: str) -> list[tuple[str, str]]:
    """(role, file name) of every file the answer writes: the letter in three forms, and
    the data an access or portability answer gives."""
    names = [("letter-pdf", f"{stem}-letter.pdf"), ("letter-docx", f"{stem}-letter.docx"),
             ("letter-txt", f"{stem}-letter.txt")]
    gives = not facts.no_data and not (facts.person is not None and facts.person.erased)
    if kind is AnswerKind.ACCESS and not facts.no_data:
        names.append(("copy", f"{stem}-copy.pdf"))
    if kind is AnswerKind.PORTABILITY and gives:
        names += [("json", f"{stem}.json"), ("csv", f"{stem}.csv"),
                  ("schema", f"{stem}.schema.json")]
    return names


def _not_done_yet(facts: AnswerFacts, options: AnswerOptions) -> list[Finding]:
    """A confirmation must not claim what the records say was not done: an erasure letter
    for a person still in the consent records, a withdrawal (or an objection to marketing)
    while they still consent to something and nothing was recorded for the request."""
    person, link, kind = facts.person, facts.link, options.kind
    if person is None:
        return []
    if kind is AnswerKind.ERASURE and not person.erased:
        return [Finding("answer_erase_first", "subject_reference", Severity.ERROR)]
    marketing = kind is AnswerKind.OBJECTION and not options.detail.strip()
    if (kind is AnswerKind.WITHDRAWAL or marketing) \
            and (link is None or link.withdrawn_at is None):
        granted = granted_purposes(facts)
        if granted:
            return [Finding("answer_withdraw_first", "subject_reference", Severity.ERROR,
                            {"purposes": ", ".join(granted)})]
    return []


def _choices(facts: AnswerFacts) -> list[Choice]:
    if facts.person is None:
        return []
    return [Choice(e.purpose_code, e.purpose_label, e.kind, e.occurred_at, e.channel,
                   e.notice_version, e.notice_sha256, e.notice_text)
            for e in facts.person.history if e.purpose_code]


def render_files(plan: AnswerPlan) -> Generator[Progress, None, dict[str, bytes]]:
    """Every file's bytes, by file name (same plan, same bytes)."""
    from assistant.reports.answers.copy_pdf import render_copy_pdf
    from assistant.reports.letter_docx import letter_docx_bytes
    from assistant.reports.letter_pdf import render_letter_pdf

    o = plan.options
    names = dict(plan.names)
    out: dict[str, bytes] = {}
    yield Progress(0, len(names), "build")
    out[names["letter-pdf"]] = yield from render_letter_pdf(plan.letter, o.day)
    out[names["letter-docx"]] = letter_docx_bytes(plan.letter, o.day)
    out[names["letter-txt"]] = plain_text(plan.letter).encode("utf-8")
    if "copy" in names:
        out[names["copy"]] = yield from render_copy_pdf(plan.facts, o.lang, o.day)
    if "json" in names:
        facts = plan.facts
        person = facts.person
        data = portability_dict(
            controller=facts.organisation.display_name, controller_contact=facts.contact,
            written_on=o.day.isoformat(), request=facts.request.reference,
            identity=person.subject.identity if person and not person.erased else None,
            erased_at=person.subject.erased_at if person else "", choices=_choices(facts))
        out[names["json"]] = portability_json(data)
        out[names["csv"]] = portability_csv(data)
        schema = resources_dir() / "schema" / "portability.schema.json"
        out[names["schema"]] = schema.read_bytes()
    return out


@dataclass(frozen=True)
class AnswerWritten:
    paths: tuple[Path, ...]
    files: tuple[AnswerFile, ...]
    filed: FiledAnswer | None  # None when not filed (``file=False``)


def write_answer(dossier: Dossier, plan: AnswerPlan, folder: Path | str, *,
                 overwrite: bool = False, file: bool = True,
                 identity: IdentityProof | None = None, data: dict[str, bytes] | None = None
                 ) -> Generator[Progress, None, AnswerWritten]:
    """Write the plan's files into ``folder`` and (``file``) file the answer with its request.

    An existing file is refused unless ``overwrite`` (nothing is written then); a failure
    removes the files this call wrote. ``identity`` is recorded first (undoable). ``data``:
    the files already rendered (:func:`render_files`, on a worker), else rendered here."""
    folder = Path(folder)
    if not folder.is_dir():
        if not folder.parent.is_dir():
            raise OutputFolderMissing(folder)
        folder.mkdir()
    targets = [folder / name for _role, name in plan.names]
    for target in targets:  # never onto a dossier read or open; none replaced unasked
        check_output(target, overwrite=overwrite, reading=[dossier.path])
    if data is None:
        data = yield from render_files(plan)
    written: list[Path] = []
    try:
        for n, target in enumerate(targets):
            yield Progress(n, len(targets), "write")
            with output_path(target, overwrite=overwrite, reading=[dossier.path],
                             mode=0o600) as tmp:
                tmp.write_bytes(data[target.name])
            written.append(target)
        files = tuple(AnswerFile(t.name, hashlib.sha256(data[t.name]).hexdigest(),
                                 len(data[t.name])) for t in targets)
        filed = None
        if file:
            if identity is not None:
                dossier.request_answers.record_identity(identity, label=_label(plan))
            filed = file_answer(dossier, plan, files)
    except BaseException:
        for path in written:
            held.discard(path)
        raise
    return AnswerWritten(tuple(targets), files, filed)


def _label(plan: AnswerPlan) -> str:
    words = answer_words(plan.options.lang)
    return f"{words.t('filed', plan.options.kind.value)} {plan.facts.request.reference}"


def file_answer(dossier: Dossier, plan: AnswerPlan, files: tuple[AnswerFile, ...]
                ) -> FiledAnswer:
    """File the answer and change the request as it says, in one transaction."""
    o = plan.options
    words = answer_words(o.lang)
    r = dossier.requests.get(int(plan.facts.request.id or 0)) or plan.facts.request
    sent = o.sending_day.isoformat()
    channel = o.channel or r.received_via
    answer = FiledAnswer(int(r.id or 0), o.kind, plan.version, now_text(), sent, channel,
                         o.lang, files, o.recorded_by)
    how = words.w(f"channel_{channel}") if words.has("words", f"channel_{channel}") \
        else words.w("channel_other", how=channel or "?")
    line = evidence_text(answer, words.t("filed", "evidence", what=words.t("filed", o.kind),
                                         version=plan.version, how=how,
                                         sent=words.day(sent)))[:SHORT_MAX]
    changed = r
    if o.kind in FINAL:
        outcome = outcome_of(o.kind, plan.no_data)
        if plan.replaces is None:  # a later version keeps what the request says already
            outcome = r.answer_outcome or outcome
        changed = replace(r, answered_on=r.answered_on or sent, answer_outcome=outcome,
                          answer_evidence=line)
        if o.kind is AnswerKind.REFUSAL and (not r.answer_summary or plan.replaces):
            reason = words.choice_text("refusal_reasons", o.refusal_reason, detail=o.detail)
            changed = replace(changed, answer_summary=reason[:LONG_MAX])
        elif plan.replaces is not None and plan.replaces.kind is AnswerKind.REFUSAL:
            changed = replace(changed, answer_summary="")  # the refusal's reason no longer
    elif o.kind is AnswerKind.EXTENSION and not r.extended:
        changed = replace(r, extended=True,
                          extension_reason=(o.extension_reason or r.extension_reason)[:LONG_MAX],
                          extension_told_on=sent)
    with dossier.transaction():
        if o.kind is AnswerKind.RECTIFICATION and o.changes and plan.facts.person is not None:
            subject = plan.facts.person.subject
            fields = {name: getattr(subject.identity, name) for name in IDENTITY_FIELDS}
            fields.update(dict(o.changes))
            dossier.consents.update_identity(subject.id, Identity(**fields))
        return dossier.request_answers.file(answer, request=changed if changed != r else None,
                                            label=_label(plan))

