"""The ``consents`` commands: import and export of the consent ledger."""

from __future__ import annotations

import argparse
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.cli.base import (
    EXIT_OK,
    EXIT_REFUSED,
    Cli,
    current_user,
    iso_date,
    overwrite_argument,
    run_job,
    usage,
)
from assistant.cli.tree import CommandTree

if TYPE_CHECKING:
    from assistant.domain.consent_mapping import Mapping, MappingIssue
    from assistant.exchange.consent_import import ImportReport
    from assistant.exchange.consent_layouts import RowProblem

PRINTED_PROBLEMS = 1000
IGNORED_SHOWN = 20  # columns named one per line; the rest counted


def register(tree: CommandTree) -> None:
    consents = tree.group("consents", "the consent ledger: import or export CSV")
    c = consents.command("import", "import consents from a CSV file, or another tool's export "
                         "(all-or-nothing unless --skip-invalid)", consents_import)
    c.add_argument("path", metavar="PATH.rgpd")
    c.add_argument("file", metavar="FILE",
                   help="a CSV file, or a Mailchimp audience export .zip")
    c.add_argument("--layout", default="auto", metavar="NAME",
                   help="auto (default: recognised by the header), own, mailchimp, brevo, "
                   "shopify, prestashop, woocommerce or lightspeed")
    c.add_argument("--mapping", metavar="MAP.toml",
                   help="read any other file with this mapping (the window's mapping step "
                   "saves one)")
    c.add_argument("--dry-run", action="store_true",
                   help="read and check everything and print what would be recorded; write "
                   "nothing")
    c.add_argument("--skip-invalid", action="store_true",
                   help="write the valid rows and leave out the invalid ones")
    c.add_argument("--report", metavar="BAD.csv",
                   help="write the refused rows, with their reason, to this CSV file")
    overwrite_argument(c, "replace the --report file if it exists")
    c.add_argument("--time-zone", metavar="ZONE",
                   help="IANA time zone of the dates and times written without one, e.g. "
                   "Europe/Paris (default: this computer's)")
    c = consents.command("export", "export the ledger (or current statuses) to a CSV file for "
                         "Excel, or the withdrawals for a sending tool", consents_export)
    c.add_argument("path", metavar="PATH.rgpd")
    c.add_argument("-o", "--output", required=True, metavar="FILE.csv")
    c.add_argument("--statuses", action="store_true",
                   help="one row per person and purpose (current status) instead of the "
                   "whole ledger")
    c.add_argument("--suppression", choices=("mailchimp", "brevo", "shopify"),
                   help="the people who withdrew or refused, in the layout this tool "
                   "imports to unsubscribe or blocklist them")
    c.add_argument("--purpose", default="newsletter", metavar="CODE",
                   help="with --suppression: the purpose (default newsletter; sms is sent as "
                   "SMS)")
    c.add_argument("--since", type=iso_date, metavar="YYYY-MM-DD",
                   help="with --suppression: only what was recorded on or after this day")
    overwrite_argument(c)


def problem_text(cli: Cli, problem) -> str:  # type: ignore[no-untyped-def]
    return cli.msg.get("csv", problem.code, problem.params)


def _mapping_place(path: str, problem) -> str:  # type: ignore[no-untyped-def]
    """``map.toml: choices[1].column``, ``map.toml:2:9`` for a syntax error, the file alone
    for the whole file."""
    if "line" in problem.params:
        return f"{path}:{problem.params['line']}:{problem.params['column']}"
    return f"{path}: {problem.where}" if problem.where else str(path)


def _where(source: Path, problem) -> str:  # type: ignore[no-untyped-def]
    return f"{source}:{problem.part}:{problem.line}" if problem.part \
        else f"{source}:{problem.line}"


def _say_mapping_problems(cli: Cli, path: str, problems: Iterable[MappingIssue]) -> None:
    for problem in problems:
        print(f"{_mapping_place(path, problem)}: "
              f"{cli.msg.get('mapping', problem.code, problem.params)}", file=cli.err)


def _say_row_problems(cli: Cli, source: Path, problems: Iterable[RowProblem]) -> None:
    for problem in problems:
        print(f"{_where(source, problem)}: {problem_text(cli, problem)}", file=cli.err)


def _read_mapping(cli: Cli, path: str) -> Mapping | int:
    """The mapping file ``path`` read, or the exit status of its refusal (the reasons
    printed, each with its place in the file)."""
    from assistant.domain.consent_mapping import MappingError, mapping_from_toml
    from assistant.store.errors import from_os_error

    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise from_os_error(Path(path), exc) from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:  # saved as "ANSI" by an old Notepad
        line = raw[:exc.start].count(b"\n") + 1
        return cli.refuse(f"{path}:{line}: " + cli.msg.get(
            "mapping", "not_utf8", {"byte": f"0x{raw[exc.start]:02X}"}))
    try:
        return mapping_from_toml(text)
    except MappingError as exc:
        _say_mapping_problems(cli, path, exc.problems)
        return cli.refuse(cli.msg.get("import", "mapping_unreadable", {"path": path}))


def consents_import(cli: Cli, args: argparse.Namespace) -> int:
    from assistant.exchange.consent_import import (
        CsvRowsRefused,
        MappingRefused,
        import_consents,
    )
    from assistant.store.dossier import open_dossier
    from assistant.store.outputs import OutputIsInput, check_output

    source = Path(args.file)
    if args.report and not args.dry_run:
        try:
            check_output(args.report, overwrite=args.overwrite,
                         reading=[Path(args.path), source])
        except OutputIsInput:
            return cli.refuse(cli.msg.get("csv", "report_is_source", {"path": args.report}))
    if args.mapping and args.layout not in ("auto", "mapping"):
        return usage(cli, "consents import", "--mapping and --layout exclude each other")
    mapping = _read_mapping(cli, args.mapping) if args.mapping else None
    if isinstance(mapping, int):
        return mapping
    zone = None
    if args.time_zone:
        from assistant.reports.context import time_zone

        try:
            zone = time_zone(args.time_zone)
        except ValueError as exc:
            return usage(cli, "consents import", str(exc))
    with open_dossier(Path(args.path), read_only=args.dry_run) as dossier:
        try:
            report = run_job(import_consents(
                dossier, source, skip_invalid=args.skip_invalid, report=args.report,
                recorded_by=current_user(), reason_text=lambda p: problem_text(cli, p),
                zone=zone, layout=args.layout, mapping=mapping, dry_run=args.dry_run,
                overwrite=args.overwrite))
        except MappingRefused as exc:
            _say_mapping_problems(cli, args.mapping, exc.problems)
            raise
        except CsvRowsRefused as exc:
            _say_row_problems(cli, source, exc.problems[:PRINTED_PROBLEMS])
            if exc.count > PRINTED_PROBLEMS:
                print(cli.msg.get("csv", "more_problems",
                                  {"count": exc.count - PRINTED_PROBLEMS}), file=cli.err)
            print(cli.msg.get("csv", "refused_summary", {"path": source, "count": exc.count}),
                  file=cli.err)
            return EXIT_REFUSED
    _say_imported(cli, report, source, forced=args.layout not in ("auto", ""))
    return EXIT_OK


def _say_imported(cli: Cli, report: ImportReport, source: Path, *, forced: bool) -> None:
    _say_layout(cli, report, forced=forced)
    for column in report.ignored_columns[:IGNORED_SHOWN]:
        cli.say_section("csv", "ignored_column", column=column)
    if len(report.ignored_columns) > IGNORED_SHOWN:
        cli.say_section("csv", "more_ignored_columns",
                        count=len(report.ignored_columns) - IGNORED_SHOWN)
    if report.dry_run:
        _say_dry_run(cli, report)
    elif report.already_imported_at:
        cli.say_section("csv", "already_imported", path=source,
                        when=report.already_imported_at)
    else:
        cli.say_section("csv", "imported", path=source, events=report.events_added,
                        people=report.subjects_added, unchanged=report.unchanged,
                        empty=report.empty_rows)
    if report.rows_invalid:
        _say_row_problems(cli, source, report.problems[:PRINTED_PROBLEMS])
        cli.say_section("csv", "skipped", count=report.rows_invalid,
                        report=report.report_path or "—")
    cli.say_section("csv", "head", count=report.event_count, head=report.chain_head)


def consents_export(cli: Cli, args: argparse.Namespace) -> int:
    from assistant.exchange.consent_export import export_consents
    from assistant.store.dossier import open_dossier
    from assistant.store.outputs import check_output

    if args.suppression:
        return _suppression(cli, args)
    if args.since is not None or args.purpose != "newsletter":
        return usage(cli, "consents export", "--since and --purpose go with --suppression")
    check_output(args.output, overwrite=args.overwrite, reading=[Path(args.path)])

    with open_dossier(Path(args.path), read_only=True) as dossier:
        run_job(export_consents(dossier, Path(args.output), lang=cli.lang,
                                statuses=args.statuses, overwrite=args.overwrite))
        head = dossier.consents.chain_head()
    cli.say("exported", path=args.output)
    cli.say_section("csv", "head", count=head.count, head=head.hash)
    return EXIT_OK



def layout_name(cli: Cli, name: str) -> str:
    return cli.msg.get("layout_names", name or "own")


def role_text(cli: Cli, role: str) -> str:
    if role.startswith("choice:"):
        return cli.msg.get("layout_roles", "choice", {"purpose": role.split(":", 1)[1]})
    return cli.msg.get("layout_roles", role)


def _say_layout(cli: Cli, report, *, forced: bool) -> None:  # type: ignore[no-untyped-def]
    """Which layout the file was read with, and what each column becomes (on stderr, so
    that the output of a script stays the counts)."""
    if not report.layout:
        return
    code = "layout_forced" if forced else "layout_recognised"
    print(cli.msg.get("import", code, {"layout": layout_name(cli, report.layout)}),
          file=cli.err)
    for part in report.parts:
        print(cli.msg.get("import", "part_line", {"file": part}), file=cli.err)
    for column, role in report.roles:
        print(cli.msg.get("import", "role_line", {
            "column": column or "—", "role": role_text(cli, role)}), file=cli.err)


def status_text(cli: Cli, kind: str, unknown: bool) -> str:
    text = cli.msg.get("import", f"status_{kind}")
    return text + (cli.msg.get("import", "date_unknown_suffix") if unknown else "")


def _say_dry_run(cli: Cli, report) -> None:  # type: ignore[no-untyped-def]
    cli.say_section("import", "dry_run", rows=report.rows_valid,
                    events=report.events_planned)
    for (purpose, kind, unknown), count in sorted(report.planned.items()):
        cli.say_section("import", "planned_line", purpose=purpose,
                        status=status_text(cli, kind, unknown), count=count)
    if report.preview:
        cli.say_section("import", "preview_title", count=len(report.preview))
    for row in report.preview:
        date = cli.msg.get("import", "date_unknown") if row.date_unknown else row.occurred_at
        cli.say_section("import", "preview_line", line=row.line,
                        person=" ".join(x for x in (row.person, row.name) if x),
                        purpose=row.purpose, status=status_text(cli, row.kind, False),
                        date=date)


def _suppression(cli: Cli, args: argparse.Namespace) -> int:
    from assistant.exchange.suppression_export import UnknownPurpose, export_suppression
    from assistant.store.dossier import open_dossier
    from assistant.store.outputs import check_output

    if args.statuses:
        return usage(cli, "consents export", "--suppression and --statuses exclude each other")
    output = Path(args.output)
    check_output(output, overwrite=args.overwrite, reading=[Path(args.path)])
    with open_dossier(Path(args.path), read_only=not _writable(Path(args.path))) as dossier:
        try:
            report = run_job(export_suppression(dossier, output, args.suppression,
                                                args.purpose, since=args.since,
                                                overwrite=args.overwrite))
        except UnknownPurpose:
            codes = ", ".join(p.code for p in dossier.consents.purposes())
            return cli.refuse(cli.msg.get("suppression", "unknown_purpose",
                                          {"value": args.purpose, "known": codes}))
    cli.say_section("suppression", "written", path=output, count=report.written,
                    tool=cli.msg.get("layout_names", args.suppression),
                    purpose=args.purpose)
    if report.left_out:
        cli.say_section("suppression", "left_out_sms" if report.by_sms else "left_out_email",
                        count=report.left_out)
    cli.say_section("suppression", f"how_{args.suppression}")
    return EXIT_OK


def _writable(path: Path) -> bool:
    import os

    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
