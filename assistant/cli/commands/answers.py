"""``export answer``: the letter (and the data files) a rights request calls for, written into
a folder and filed with the request, as "Prepare the answer" does in the window."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from assistant.cli.base import (
    EXIT_OK,
    Cli,
    current_user,
    iso_date,
    run_job,
    usage,
)
from assistant.cli.tree import CommandTree

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


def _write(cli: Cli, dossier, plan, args: argparse.Namespace, identity):  # type: ignore[no-untyped-def]
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


def _request_id(dossier, text: str) -> int | None:  # type: ignore[no-untyped-def]
    wanted = text.strip()
    for r in dossier.requests.list():
        if r.reference.casefold() == wanted.casefold():
            return int(r.id or 0)
    if wanted.isdigit() and dossier.requests.get(int(wanted)) is not None:
        return int(wanted)
    return None


def export_answer(cli: Cli, args: argparse.Namespace) -> int:
    from assistant.content.catalog import normalise_lang
    from assistant.domain.findings import ValidationError
    from assistant.domain.request_answer import (
        AnswerKind,
        IdentityMethod,
        IdentityProof,
        default_kind,
    )
    from assistant.reports.answers.letters import AnswerOptions
    from assistant.reports.answers.pack import plan_answer
    from assistant.store.consent_lookup import resolve_person
    from assistant.store.dossier import open_dossier

    changes: list[tuple[str, str]] = []
    for item in args.set:
        name, sep, value = item.partition("=")
        if not sep or name.strip() not in FIELDS:
            return usage(cli, "export answer", f"--set takes FIELD=VALUE with FIELD one of "
                         f"{', '.join(FIELDS)}: {item!r}")
        changes.append((name.strip(), value.strip()))
    kept: tuple[str, ...] | None = None
    if args.kept:
        kept = tuple(k.strip() for k in args.kept.split(",") if k.strip() and
                     k.strip() != "none")
        unknown = [k for k in kept if k not in KEPT]
        if unknown:
            return usage(cli, "export answer", f"unknown --kept {', '.join(unknown)}; "
                         f"known: {', '.join(KEPT)}, none")
    processing = None
    if args.processing:
        try:
            processing = tuple(int(x) for x in args.processing.split(",") if x.strip())
        except ValueError:
            return usage(cli, "export answer", "--processing takes numbers: ID,ID")
    def build(dossier) -> tuple[object, object, object, object]:  # type: ignore[no-untyped-def]
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
            sent_on=args.sent_on, channel=args.channel or "", kept=kept,
            refusal_reason=args.reason, detail=args.detail,
            extension_reason=args.extension_reason, changes=tuple(changes),
            signer=args.signer, recorded_by=current_user(), recipients=args.recipients)
        return rid, request, options, identity

    try:
        # Everything is checked read-only first: a refusal leaves the dossier untouched.
        with open_dossier(Path(args.path), read_only=True) as dossier:
            rid, request, options, identity = build(dossier)
            subject = resolve_person(dossier, args.person) if args.person else None
            plan = None
            if subject is None:
                try:
                    plan = plan_answer(dossier, rid, options, identity=identity,
                                       processing_ids=processing,
                                       supersede=args.supersede)
                except ValidationError as refused:  # --carry-out does it, then answers
                    if not (args.carry_out
                            and {f.code for f in refused.findings} <= CARRIED_OUT):
                        raise
            if args.no_file and plan is not None:
                written = _write(cli, dossier, plan, args, identity)
        if not (args.no_file and plan is not None):
            with open_dossier(Path(args.path)) as dossier:
                linked = False
                if subject is not None:
                    link = dossier.request_links.get(rid)
                    if link is None or link.subject_id != subject.id:
                        dossier.request_links.link(rid, subject.id)
                        linked = True
                try:
                    plan = plan_answer(dossier, rid, options, identity=identity,
                                       processing_ids=processing,
                                       supersede=args.supersede)
                except ValidationError as refused:
                    codes = {f.code for f in refused.findings}
                    if not (args.carry_out and codes <= CARRIED_OUT):
                        if linked:
                            dossier.undo.undo()
                        raise
                    # everything else checked: carry the request out, then answer it
                    if "answer_erase_first" in codes:
                        dossier.request_links.erase(rid, recorded_by=current_user())
                    else:
                        dossier.request_links.withdraw(rid, recorded_by=current_user())
                    plan = plan_answer(dossier, rid, options, identity=identity,
                                       processing_ids=processing,
                                       supersede=args.supersede)
                written = _write(cli, dossier, plan, args, identity)
    except _Refused as refused:
        return cli.refuse(str(refused))
    cli.say_section("answers", "written", count=len(written.paths), folder=args.output)
    for f in written.files:
        cli.say_section("answers", "file_line", name=f.name, sha256=f.sha256)
    if written.filed is not None:
        cli.say_section("answers", "filed", reference=request.reference,
                        version=written.filed.version, kind=written.filed.kind.value,
                        sent=written.filed.sent_on, channel=written.filed.channel or "—")
    else:
        cli.say_section("answers", "not_filed")
    return EXIT_OK
