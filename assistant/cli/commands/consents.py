"""The ``consents`` commands: import and export of the consent ledger."""

from __future__ import annotations

import argparse
from pathlib import Path

from assistant.cli.base import (
    EXIT_OK,
    EXIT_REFUSED,
    Cli,
    current_user,
    overwrite_argument,
    run_job,
    usage,
)
from assistant.cli.tree import CommandTree

PRINTED_PROBLEMS = 1000


def register(tree: CommandTree) -> None:
    consents = tree.group("consents", "the consent ledger: import or export CSV")
    c = consents.command("import", "import consents from a CSV file (all-or-nothing unless "
                         "--skip-invalid)", consents_import)
    c.add_argument("path", metavar="PATH.rgpd")
    c.add_argument("file", metavar="FILE.csv")
    c.add_argument("--skip-invalid", action="store_true",
                   help="write the valid rows and leave out the invalid ones")
    c.add_argument("--report", metavar="BAD.csv",
                   help="write the refused rows, with their reason, to this CSV file")
    overwrite_argument(c, "replace the --report file if it exists")
    c.add_argument("--time-zone", metavar="ZONE",
                   help="IANA time zone of the dates and times written without one, e.g. "
                   "Europe/Paris (default: this computer's)")
    c = consents.command("export", "export the ledger (or current statuses) to a CSV file for "
                         "Excel", consents_export)
    c.add_argument("path", metavar="PATH.rgpd")
    c.add_argument("-o", "--output", required=True, metavar="FILE.csv")
    c.add_argument("--statuses", action="store_true",
                   help="one row per person and purpose (current status) instead of the "
                   "whole ledger")
    overwrite_argument(c)


def problem_text(cli: Cli, problem) -> str:  # type: ignore[no-untyped-def]
    return cli.msg.get("csv", problem.code, problem.params)


def consents_import(cli: Cli, args: argparse.Namespace) -> int:
    from assistant.exchange.consent_import import CsvRowsRefused, import_consents
    from assistant.store.dossier import open_dossier
    from assistant.store.outputs import OutputIsInput, check_output

    source = Path(args.file)
    if args.report:
        try:
            check_output(args.report, overwrite=args.overwrite,
                         reading=[Path(args.path), source])
        except OutputIsInput:
            return cli.refuse(cli.msg.get("csv", "report_is_source", {"path": args.report}))
    zone = None
    if args.time_zone:
        from assistant.reports.context import time_zone

        try:
            zone = time_zone(args.time_zone)
        except ValueError as exc:
            return usage(cli, "consents import", str(exc))
    with open_dossier(Path(args.path)) as dossier:
        try:
            report = run_job(import_consents(
                dossier, source, skip_invalid=args.skip_invalid, report=args.report,
                recorded_by=current_user(), reason_text=lambda p: problem_text(cli, p),
                zone=zone, overwrite=args.overwrite))
        except CsvRowsRefused as exc:
            for problem in exc.problems[:PRINTED_PROBLEMS]:
                print(f"{source}:{problem.line}: {problem_text(cli, problem)}", file=cli.err)
            if exc.count > PRINTED_PROBLEMS:
                print(cli.msg.get("csv", "more_problems",
                                  {"count": exc.count - PRINTED_PROBLEMS}), file=cli.err)
            print(cli.msg.get("csv", "refused_summary", {"path": source, "count": exc.count}),
                  file=cli.err)
            return EXIT_REFUSED
    for column in report.ignored_columns:
        cli.say_section("csv", "ignored_column", column=column)
    if report.already_imported_at:
        cli.say_section("csv", "already_imported", path=source,
                        when=report.already_imported_at)
    else:
        cli.say_section("csv", "imported", path=source, events=report.events_added,
                        people=report.subjects_added, unchanged=report.unchanged,
                        empty=report.empty_rows)
    if report.rows_invalid:
        for problem in report.problems[:PRINTED_PROBLEMS]:
            print(f"{source}:{problem.line}: {problem_text(cli, problem)}", file=cli.err)
        cli.say_section("csv", "skipped", count=report.rows_invalid,
                        report=report.report_path or "—")
    cli.say_section("csv", "head", count=report.event_count, head=report.chain_head)
    return EXIT_OK


def consents_export(cli: Cli, args: argparse.Namespace) -> int:
    from assistant.exchange.consent_export import export_consents
    from assistant.store.dossier import open_dossier
    from assistant.store.outputs import check_output

    check_output(args.output, overwrite=args.overwrite, reading=[Path(args.path)])
    with open_dossier(Path(args.path), read_only=True) as dossier:
        run_job(export_consents(dossier, Path(args.output), lang=cli.lang,
                                statuses=args.statuses, overwrite=args.overwrite))
        head = dossier.consents.chain_head()
    cli.say("exported", path=args.output)
    cli.say_section("csv", "head", count=head.count, head=head.hash)
    return EXIT_OK

