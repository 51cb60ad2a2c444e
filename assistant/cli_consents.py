"""The ``consents`` commands of the command line (import and export of the consent ledger)."""

from __future__ import annotations

import argparse
import getpass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from assistant.cli import Cli

PRINTED_PROBLEMS = 1000


def problem_text(cli: Cli, problem) -> str:  # type: ignore[no-untyped-def]
    return cli.msg.get("csv", problem.code, problem.params)


def consents_import(cli: Cli, args: argparse.Namespace) -> int:
    from assistant.cli import EXIT_OK, EXIT_REFUSED, drive
    from assistant.exchange.consent_import import CsvRowsRefused, import_consents
    from assistant.store.dossier import open_dossier

    source = Path(args.file)
    if args.report and Path(args.report).resolve() == source.resolve():
        return cli.refuse(cli.msg.get("csv", "report_is_source", {"path": args.report}))
    zone = None
    if args.time_zone:
        from assistant.cli_portfolio import usage
        from assistant.reports.context import time_zone

        try:
            zone = time_zone(args.time_zone)
        except ValueError as exc:
            return usage(cli, "consents import", str(exc))
    with open_dossier(Path(args.path)) as dossier:
        try:
            report = drive(import_consents(
                dossier, source, skip_invalid=args.skip_invalid, report=args.report,
                recorded_by=_user(), reason_text=lambda p: problem_text(cli, p),
                zone=zone))
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
    from assistant.cli import EXIT_OK, drive
    from assistant.exchange.consent_export import export_consents
    from assistant.store.dossier import open_dossier

    with open_dossier(Path(args.path), read_only=True) as dossier:
        drive(export_consents(dossier, Path(args.output), lang=cli.lang,
                              statuses=args.statuses))
        head = dossier.consents.chain_head()
    cli.say("exported", path=args.output)
    cli.say_section("csv", "head", count=head.count, head=head.hash)
    return EXIT_OK


def _user() -> str:
    try:
        return getpass.getuser()[:200]
    except (KeyError, OSError):
        return ""
