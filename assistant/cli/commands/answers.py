"""``export answer``: the letter (and the data files) a rights request calls for, written into
a folder and filed with the request, as "Prepare the answer" does in the window."""

from __future__ import annotations

import argparse
import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.cli.base import (
    EXIT_OK,
    Cli,
    current_user,
    iso_date,
    run_job,
    usage,
)
from assistant.cli.tree import CommandTree

if TYPE_CHECKING:
    from assistant.domain.consent import Subject
    from assistant.domain.request_answer import IdentityProof
    from assistant.domain.rights_request import RightsRequest
    from assistant.reports.answers.letters import AnswerOptions
    from assistant.reports.answers.pack import AnswerPlan, AnswerWritten
    from assistant.store.dossier import Dossier

KINDS = ("acknowledgment", "access", "portability", "rectification", "erasure", "objection",
         "consent_withdrawal", "extension", "refusal")
METHODS = ("email_on_file", "customer_reference", "known_answer", "in_person", "id_document",
           "other")
REASONS = ("identity", "unfounded", "excessive", "exception", "other")
KEPT = ("consent_proof", "invoices", "legal_obligation")
FIELDS = ("first_name", "last_name", "email", "phone", "customer_ref")
# refusals --carry-out settles by doing what the letter confirms
CARRIED_OUT = frozenset({"answer_erase_first", "answer_withdraw_first"})


def register(tree: CommandTree) -> None:
    export = tree.group("export", "export a dossier", dest="format", metavar="FORMAT")
    e = export.command("answer", "the answer a rights request calls for: the letter (PDF, "
                       "DOCX, text) and, for access or portability, the data; filed with the "
                       "request", export_answer)
    e.add_argument("path", metavar="PATH.rgpd")
    e.add_argument("--request", required=True, metavar="REF",
                   help="the request's reference (D-004, R-004) or number")
    e.add_argument("-o", "--output", required=True, metavar="DIR",
                   help="the folder to write into (made if missing, its parent must exist)")
    e.add_argument("--kind", choices=KINDS,
                   help="which answer (default: the one the request's right calls for, or "
                   "an acknowledgment)")
    e.add_argument("--doc-lang", choices=("fr", "en"),
                   help="language of the letter (default: the dossier's)")
    e.add_argument("--date", type=iso_date, metavar="YYYY-MM-DD",
                   help="the letter's date (default: today); same dossier and date, same "
                   "bytes")
    e.add_argument("--sent-on", type=iso_date, metavar="YYYY-MM-DD",
                   help="the day it is sent (default: the letter's date)")
    e.add_argument("--channel", metavar="CHANNEL",
                   help="how it is sent: email, letter, in_store, phone, web_form (default: "
                   "as the request came)")
    e.add_argument("--identity", choices=METHODS,
                   help="how the requester's identity was checked (needed before access "
                   "or portability unless the request already says; recorded with it)")
    e.add_argument("--identity-detail", default="", metavar="TEXT",
                   help="what was compared (required for id_document and other)")
    e.add_argument("--person", metavar="ID",
                   help="link the request to this person of the consent records first "
                   "(subject id, email or customer reference)")
    e.add_argument("--processing", metavar="ID,ID",
                   help="access: the register's processing that concern the person (default: "
                   "every processing of customers)")
    e.add_argument("--kept", metavar="CODE,CODE",
                   help=f"erasure, objection, withdrawal: what was kept ({', '.join(KEPT)}; "
                   "default: what applies; 'none' for nothing)")
    e.add_argument("--recipients", choices=("told", "none"), default="",
                   help="erasure, rectification: the recipients of the data were told, or "
                   "there were none (GDPR Art. 19; default: left to complete in the letter)")
    e.add_argument("--reason", choices=REASONS, default="identity",
                   help="refusal: the reason (with --detail for all but identity)")
    e.add_argument("--detail", default="", metavar="TEXT",
                   help="refusal: the reason in words; objection: the use that stopped; "
                   "rectification: what was checked")
    e.add_argument("--extension-reason", default="", metavar="TEXT",
                   help="extension: why more time is needed")
    e.add_argument("--set", action="append", default=[], metavar="FIELD=VALUE",
                   help=f"rectification: a corrected field ({', '.join(FIELDS)}); repeat")
    e.add_argument("--signer", default="", metavar="NAME",
                   help="who signs (default: the pilot of step 1)")
    e.add_argument("--carry-out", action="store_true",
                   help="erasure, withdrawal, objection: first erase the linked person from "
                   "the consent records, or record the withdrawal of their consents (as "
                   "the Requests page does; an erasure cannot be undone)")
    e.add_argument("--supersede", action="store_true",
                   help="file this answer in place of an earlier answer of another kind "
                   "(a refusal, then the access after all)")
    e.add_argument("--no-file", action="store_true",
                   help="write the files without filing the answer with the request")
    e.add_argument("--overwrite", action="store_true",
                   help="replace files of the same name already in DIR")


class _Refused(Exception):
    """A refusal already put into words."""


def _write(cli: Cli, dossier: Dossier, plan: AnswerPlan, args: argparse.Namespace,
           identity: IdentityProof | None) -> AnswerWritten:
    from assistant.reports.answers.pack import write_answer

    for earlier in plan.earlier[-1:]:
        print(cli.msg.get("answers", "earlier", {
            "version": earlier.version, "sent": earlier.sent_on,
            "files": ", ".join(f.name for f in earlier.files), "next": plan.version}),
            file=cli.err)
    for gap in plan.gaps:
        print(cli.msg.get("answers", "gap", {"what": gap}), file=cli.err)
    for todo in plan.before_sending:
        print(cli.msg.get("answers", "before_sending", {"what": todo}), file=cli.err)
    return run_job(write_answer(dossier, plan, Path(args.output), overwrite=args.overwrite,
                                file=not args.no_file, identity=identity))


def _request_id(dossier: Dossier, text: str) -> int | None:
    wanted = text.strip()
    for r in dossier.requests.list():
        if r.reference.casefold() == wanted.casefold():
            return int(r.id or 0)
    if wanted.isdigit() and dossier.requests.get(int(wanted)) is not None:
        return int(wanted)
    return None


@dataclass(frozen=True)
class _Wanted:
    """What the options ask for, read before the dossier is opened."""

    changes: tuple[tuple[str, str], ...]
    kept: tuple[str, ...] | None
    processing: tuple[int, ...] | None


@dataclass(frozen=True)
class _Answer:
    """The request to answer and how, as read from the dossier."""

    rid: int
    request: RightsRequest
    options: AnswerOptions
    identity: IdentityProof | None


def _read_wanted(args: argparse.Namespace) -> _Wanted | str:
    """The parsed ``--set``, ``--kept`` and ``--processing``, or the usage error's text."""
    changes: list[tuple[str, str]] = []
    for item in args.set:
        name, sep, value = item.partition("=")
        if not sep or name.strip() not in FIELDS:
            return (f"--set takes FIELD=VALUE with FIELD one of {', '.join(FIELDS)}: "
                    f"{item!r}")
        changes.append((name.strip(), value.strip()))
    kept: tuple[str, ...] | None = None
    if args.kept:
        kept = tuple(k.strip() for k in args.kept.split(",") if k.strip() and
                     k.strip() != "none")
        unknown = [k for k in kept if k not in KEPT]
        if unknown:
            return f"unknown --kept {', '.join(unknown)}; known: {', '.join(KEPT)}, none"
    processing = None
    if args.processing:
        try:
            processing = tuple(int(x) for x in args.processing.split(",") if x.strip())
        except ValueError:
            return "--processing takes numbers: ID,ID"
    return _Wanted(tuple(changes), kept, processing)


def _build(cli: Cli, args: argparse.Namespace, dossier: Dossier, wanted: _Wanted) -> _Answer:
    from assistant.content.catalog import normalise_lang
    from assistant.domain.request_answer import (
        AnswerKind,
        IdentityMethod,
        IdentityProof,
        default_kind,
    )
    from assistant.reports.answers.letters import AnswerOptions

    rid = _request_id(dossier, args.request)
    if rid is None:
        known = ", ".join(r.reference for r in dossier.requests.list()) or "—"
        raise _Refused(cli.msg.get("answers", "unknown_request",
                                   {"reference": args.request, "known": known}))
    request = dossier.requests.get(rid)
    assert request is not None
    kind = AnswerKind(args.kind) if args.kind else default_kind(request)
    day = args.date or dt.date.today()
    identity = None
    if args.identity:
        identity = IdentityProof(rid, IdentityMethod(args.identity), day.isoformat(),
                                 args.identity_detail, current_user())
    options = AnswerOptions(
        kind=kind, lang=normalise_lang(args.doc_lang or dossier.language), day=day,
        sent_on=args.sent_on, channel=args.channel or "", kept=wanted.kept,
        refusal_reason=args.reason, detail=args.detail,
        extension_reason=args.extension_reason, changes=wanted.changes,
        signer=args.signer, recorded_by=current_user(), recipients=args.recipients)
    return _Answer(rid, request, options, identity)


def _plan(dossier: Dossier, answer: _Answer, wanted: _Wanted,
          args: argparse.Namespace) -> AnswerPlan:
    from assistant.reports.answers.pack import plan_answer

    return plan_answer(dossier, answer.rid, answer.options, identity=answer.identity,
                       processing_ids=wanted.processing, supersede=args.supersede)


def _plan_carrying_out(dossier: Dossier, answer: _Answer, wanted: _Wanted,
                       args: argparse.Namespace, linked: bool) -> AnswerPlan:
    """The plan; with ``--carry-out``, the erasure or withdrawal the letter confirms is done
    first when it is all that stands in the way. A refusal undoes the link just made."""
    from assistant.domain.findings import ValidationError

    try:
        return _plan(dossier, answer, wanted, args)
    except ValidationError as refused:
        codes = {f.code for f in refused.findings}
        if not (args.carry_out and codes <= CARRIED_OUT):
            if linked:
                dossier.undo.undo()
            raise
    # everything else checked: carry the request out, then answer it
    if "answer_erase_first" in codes:
        dossier.request_links.erase(answer.rid, recorded_by=current_user())
    else:
        dossier.request_links.withdraw(answer.rid, recorded_by=current_user())
    return _plan(dossier, answer, wanted, args)


def _link(dossier: Dossier, rid: int, subject: Subject) -> bool:
    """Link the request to the person unless it already is; whether a link was made."""
    link = dossier.request_links.get(rid)
    if link is not None and link.subject_id == subject.id:
        return False
    dossier.request_links.link(rid, int(subject.id or 0))
    return True


def export_answer(cli: Cli, args: argparse.Namespace) -> int:
    from assistant.domain.findings import ValidationError
    from assistant.store.consent_lookup import resolve_person
    from assistant.store.dossier import open_dossier

    wanted = _read_wanted(args)
    if isinstance(wanted, str):
        return usage(cli, "export answer", wanted)
    written: AnswerWritten | None = None
    try:
        # Everything is checked read-only first: a refusal leaves the dossier untouched.
        with open_dossier(Path(args.path), read_only=True) as dossier:
            answer = _build(cli, args, dossier, wanted)
            subject = resolve_person(dossier, args.person) if args.person else None
            plan = None
            if subject is None:
                try:
                    plan = _plan(dossier, answer, wanted, args)
                except ValidationError as refused:  # --carry-out does it, then answers
                    if not (args.carry_out
                            and {f.code for f in refused.findings} <= CARRIED_OUT):
                        raise
            if args.no_file and plan is not None:
                written = _write(cli, dossier, plan, args, answer.identity)
        if written is None:
            with open_dossier(Path(args.path)) as dossier:
                linked = subject is not None and _link(dossier, answer.rid, subject)
                plan = _plan_carrying_out(dossier, answer, wanted, args, linked)
                written = _write(cli, dossier, plan, args, answer.identity)
    except _Refused as refused:
        return cli.refuse(str(refused))
    _say_written(cli, written, answer.request, args)
    return EXIT_OK


def _say_written(cli: Cli, written: AnswerWritten, request: RightsRequest,
                 args: argparse.Namespace) -> None:
    cli.say_section("answers", "written", count=len(written.paths), folder=args.output)
    for f in written.files:
        cli.say_section("answers", "file_line", name=f.name, sha256=f.sha256)
    if written.filed is not None:
        cli.say_section("answers", "filed", reference=request.reference,
                        version=written.filed.version, kind=written.filed.kind.value,
                        sent=written.filed.sent_on, channel=written.filed.channel or "—")
    else:
        cli.say_section("answers", "not_filed")
