"""``export json``, ``export pdf`` and ``import json``: the dossier as a document or as the
interchange file."""

from __future__ import annotations

import argparse
from pathlib import Path

from assistant.cli.base import (
    EXIT_OK,
    EXIT_USAGE,
    Cli,
    iso_date,
    overwrite_argument,
    program_name,
    rgpd_path,
    run_job,
    usage,
)
from assistant.cli.exposure_note import warn_if_exposed
from assistant.cli.tree import CommandTree


def register(tree: CommandTree) -> None:
    from assistant.cli.commands import consent_forms
    from assistant.cli.commands.portfolio import all_arguments

    export = tree.group("export", "export a dossier", dest="format", metavar="FORMAT")
    e = export.command("json", "the whole dossier as JSON (interchange format)", export_json)
    e.add_argument("path", metavar="PATH.rgpd")
    e.add_argument("-o", "--output", required=True, metavar="FILE.json")
    overwrite_argument(e)
    e = export.command("pdf", "a PDF document: the whole compliance dossier (default) or the "
                       "register extract for the authority", export_pdf)
    e.add_argument("path", metavar="PATH.rgpd", nargs="?")
    e.add_argument("-o", "--output", required=True, metavar="FILE.pdf",
                   help="the PDF to write; with --all, the folder to write one PDF per "
                   "dossier into (FOLDER/Shop.rgpd gives OUTDIR/Shop.pdf)")
    all_arguments(e, "export every dossier (*.rgpd) of FOLDER, each in its own language "
                  "unless --doc-lang; continue past a bad one; exit 1 if any failed",
                  writes=True)
    overwrite_argument(e, "replace FILE.pdf if it exists; with --all: replace a PDF "
                       "already in the output folder whose contents differ (by default it "
                       "is left as it is, and named); never a dossier, nor its -wal, -shm "
                       "or .lock")
    e.add_argument("--kind", choices=("dossier", "register-extract", "consent-proof",
                                      consent_forms.KIND),
                   help="which document (default: dossier; consent-proof with --subject; "
                   "consent-form: numbered paper forms, with --purposes and --numbers)")
    consent_forms.add_arguments(e)
    e.add_argument("--extract", action="store_true",
                   help="the register extract (same as --kind register-extract)")
    e.add_argument("--doc-lang", choices=("fr", "en"),
                   help="language of the document (default: that of the messages)")
    e.add_argument("--date", type=iso_date, metavar="YYYY-MM-DD",
                   help="date printed on the document and in its metadata (default: "
                   "today); the same dossier and date give the same bytes")
    e.add_argument("--sections", metavar="KEY,KEY",
                   help="sections to include (the cover is always there); dossier: "
                   "contents, steps, organisation, register, processors, actions, dpia, "
                   "requests, breaches, consents, notices, gaps, signature, changes, sources; "
                   "register-extract: contents, organisation, register-extract, signature, "
                   "changes, sources; consent-proof: proof (always), "
                   "proof-check, sources")
    e.add_argument("--subject", metavar="ID",
                   help="the person whose consent proof to print (implies --kind "
                   "consent-proof): their subject id (32 hexadecimal characters, or the "
                   "first 8 or more), their email or their customer reference; refused, "
                   "with the candidates' ids, when it fits several people")
    e.add_argument("--time-zone", metavar="ZONE",
                   help="IANA time zone the document's times are printed in (default: "
                   "Europe/Paris; UTC also accepted)")
    e.add_argument("--changes-since", type=iso_date, metavar="YYYY-MM-DD",
                   help="the annex of changes to the register lists those from this day on "
                   "(default: since the last dossier or extract exported on this computer; "
                   "every change if none)")
    e.add_argument("--signer", metavar="NAME",
                   help="who signs the register at its end (default: the organisation's "
                   "representative)")
    e.add_argument("--signer-role", metavar="ROLE",
                   help="the signatory's capacity (default: the representative's)")

    imports = tree.group("import", "create a dossier from an export", dest="format",
                         metavar="FORMAT")
    i = imports.command("json", "a JSON interchange file", import_json)
    i.add_argument("file", metavar="FILE.json")
    i.add_argument("-o", "--output", required=True, metavar="PATH.rgpd")
    overwrite_argument(i, "replace PATH.rgpd if it exists (never while it is open)")


def export_json(cli: Cli, args: argparse.Namespace) -> int:
    from assistant.exchange.json_dossier import export_json as job
    from assistant.store.dossier import open_dossier
    from assistant.store.outputs import check_output

    check_output(args.output, overwrite=args.overwrite, reading=[Path(args.path)])
    with open_dossier(Path(args.path), read_only=True) as dossier:
        run_job(job(dossier, Path(args.output), overwrite=args.overwrite))
    cli.say("exported", path=args.output)
    return EXIT_OK


def export_pdf(cli: Cli, args: argparse.Namespace) -> int:
    from dataclasses import replace

    from assistant.cli.commands import consent_forms
    from assistant.reports.builder import ExportOptions
    from assistant.reports.builder import export_pdf as job
    from assistant.reports.context import (
        DEFAULT_ZONE,
        KIND_DOSSIER,
        KIND_EXTRACT,
        KIND_PROOF,
        document_today,
    )
    from assistant.store.consent_lookup import resolve_person
    from assistant.store.dossier import open_dossier

    if args.kind == consent_forms.KIND:  # numbered paper forms: a document of their own
        return consent_forms.export_forms(cli, args)
    if consent_forms.refused_options(args):
        return usage(cli, "export pdf", f"{consent_forms.refused_options(args)} go with "
                     f"--kind {consent_forms.KIND}")
    prefix = f"{program_name()} export pdf: error: "
    kind = KIND_EXTRACT if args.extract else (
        args.kind or (KIND_PROOF if args.subject is not None else KIND_DOSSIER))
    if kind == KIND_PROOF and not (args.subject or "").strip():
        print(f"{prefix}the consent proof needs --subject (the person's subject id, "
              "email or customer reference)", file=cli.err)
        return EXIT_USAGE
    sections = None
    if args.sections:
        sections = tuple(k.strip() for k in args.sections.split(",") if k.strip())
    zone = args.time_zone or DEFAULT_ZONE
    options = ExportOptions(kind=kind, lang=args.doc_lang or cli.lang,
                            date=args.date or document_today(zone), sections=sections,
                            subject_id="?" if kind == KIND_PROOF else "",
                            zone=zone,
                            changes_since=args.changes_since, signer=args.signer or "",
                            signer_role=args.signer_role or "")
    try:
        if args.subject is not None and kind != KIND_PROOF:
            raise ValueError(f"--subject is only for --kind {KIND_PROOF}")
        options.chosen()
    except ValueError as exc:
        print(f"{prefix}{exc}", file=cli.err)
        return EXIT_USAGE
    if args.all is not None:
        from assistant.cli.commands.portfolio import export_pdf_all

        if kind == KIND_PROOF:
            return usage(cli, "export pdf", "a consent proof is for one person of one "
                         "dossier: give PATH, not --all")
        return export_pdf_all(cli, args, options)
    if args.path is None:
        return usage(cli, "export pdf", "give the dossier to export (PATH), or --all FOLDER")
    if args.recursive or args.dated:
        return usage(cli, "export pdf", "--recursive and --dated go with --all")
    from assistant.store.outputs import check_output

    check_output(args.output, overwrite=args.overwrite, reading=[Path(args.path)])
    with open_dossier(Path(args.path), read_only=True) as dossier:
        if kind == KIND_PROOF:
            options = replace(options, subject_id=resolve_person(dossier, args.subject).uid)
        run_job(job(dossier, Path(args.output), options, overwrite=args.overwrite))
    cli.say("exported", path=args.output)
    return EXIT_OK


def import_json(cli: Cli, args: argparse.Namespace) -> int:
    from assistant.exchange.json_dossier import import_json as job

    target = rgpd_path(args.output)
    run_job(job(Path(args.file), target, overwrite=args.overwrite))
    cli.say("imported", source=args.file, path=target)
    warn_if_exposed(cli, target)
    return EXIT_OK
