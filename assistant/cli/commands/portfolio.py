"""The accountant's batch commands: ``verify --all FOLDER``, ``export pdf --all FOLDER -o
OUTDIR``, ``export portfolio FOLDER -o FILE.pdf`` and ``new PATH --model MODEL``.

Batches continue past a bad file: each file's result is printed as soon as it is known
(successes on stdout, refusals on stderr with the file and the reason), a progress bar runs
on stderr when it is a terminal, and the exit status is 1 if any file failed, 0 otherwise,
2 on a usage error. An empty folder is not an error (a note on stderr, exit 0).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Generator
from pathlib import Path

from assistant.cli.base import (
    EXIT_OK,
    EXIT_REFUSED,
    Cli,
    TextProgress,
    iso_date,
    overwrite_argument,
    run_job,
    usage,
)
from assistant.cli.tree import CommandTree
from assistant.domain.progress import Progress
from assistant.store.batch import Outcome


def register(tree: CommandTree) -> None:
    export = tree.group("export", "export a dossier", dest="format", metavar="FORMAT")
    e = export.command("portfolio", "the work list of every dossier of a folder, one line per "
                       "client, most urgent first (PDF, or CSV/XLSX to open in a spreadsheet)",
                       export_portfolio)
    e.add_argument("folder", metavar="FOLDER")
    e.add_argument("-o", "--output", required=True, metavar="FILE")
    e.add_argument("--format", choices=("pdf", "csv", "xlsx"), dest="table_format",
                   help="pdf (default), csv or xlsx; taken from FILE's extension when not given")
    e.add_argument("--firm", metavar="NAME",
                   help="the firm's name printed in the header (default: the one set in the "
                   "folder window, if any)")
    e.add_argument("--doc-lang", choices=("fr", "en"),
                   help="language of the document (default: that of the messages)")
    e.add_argument("--date", type=iso_date, metavar="YYYY-MM-DD",
                   help="date of the document; figures are as of noon that day, and the "
                   "same folder and date give the same bytes")
    e.add_argument("--recursive", action="store_true", help="also read the sub-folders")
    overwrite_argument(e, "replace FILE if it exists (never a dossier)")


def all_arguments(p: argparse.ArgumentParser, text: str, *, writes: bool = False) -> None:
    """``--all FOLDER`` and ``--recursive`` of the batch forms (and ``--dated`` of those that
    write a file per dossier)."""
    p.add_argument("--all", metavar="FOLDER", help=text)
    p.add_argument("--recursive", action="store_true",
                   help="with --all: also the dossiers of sub-folders (hidden ones excepted)")
    if writes:
        p.add_argument("--dated", action="store_true",
                       help="with --all: put the document's date in each file name "
                       "(Shop-2025-03-12.pdf), so that a new date writes new files")


def _folder_arguments(cli: Cli, args: argparse.Namespace, command: str) -> int | None:
    """Usage checks shared by the ``--all`` forms; None when the arguments are fine."""
    if args.path is not None:
        return usage(cli, command, "give either PATH or --all FOLDER, not both")
    folder = Path(args.all)
    if folder.is_file():
        return usage(cli, command, f"--all needs a folder of dossiers; {folder} is a file")
    return None


def _run(cli: Cli, job: Callable[[Callable[[Outcome], None]], Generator[Progress, None,
                                                                        list[Outcome]]],
         show: Callable[[Outcome], None], total: int) -> int:
    """Drive a batch job with a progress bar, printing each outcome as it comes."""

    bar = TextProgress(cli.err)
    seen: list[Outcome] = []

    def on_item(outcome: Outcome) -> None:
        bar.finish()  # the line of the bar is cleared, then drawn again below the text
        seen.append(outcome)
        show(outcome)

    try:
        outcomes = run_job(job(on_item), bar)
    except KeyboardInterrupt:
        print(cli.msg.get("portfolio", "interrupted", {"done": len(seen), "total": total}),
              file=cli.err)
        return EXIT_REFUSED
    bad = [o for o in outcomes if not o.ok]
    if bad:
        print(cli.msg.get("portfolio", "done_failed", {
            "ok": len(outcomes) - len(bad), "total": len(outcomes), "failed": len(bad)}),
            file=cli.err)
        for o in bad:
            print(f"  - {o.path}", file=cli.err)
        return EXIT_REFUSED
    print(cli.msg.get("portfolio", "done", {"ok": len(outcomes), "total": len(outcomes)}),
          file=cli.out)
    kept = sum(1 for o in outcomes if o.note == "differs")
    if kept:
        print(cli.msg.get("portfolio", "kept_summary", {"count": kept}), file=cli.err)
    return EXIT_OK


def _refusal(cli: Cli, outcome: Outcome) -> None:
    assert outcome.error is not None
    from assistant.domain.findings import ValidationError

    exc = outcome.error
    if isinstance(exc, ValidationError):
        text = "; ".join(cli.msg.finding_with_field(f) for f in exc.findings)
        text = cli.msg.get("portfolio", "failed", {"path": outcome.path, "reason": text})
    else:
        text = cli.msg.exception(exc)
        if str(outcome.path) not in text:  # e.g. the PDF's path is named, not the dossier's
            text = cli.msg.get("portfolio", "failed", {"path": outcome.path, "reason": text})
    print(f"{cli.msg.get('cli', 'error_prefix')}: {text}", file=cli.err)


def _dossiers(cli: Cli, args: argparse.Namespace) -> list[Path]:
    from assistant.store.portfolio import find_dossiers

    paths = find_dossiers(Path(args.all), recursive=args.recursive)
    if not paths:
        print(cli.msg.get("portfolio", "no_dossiers", {"folder": args.all}), file=cli.err)
    return paths


def verify_all(cli: Cli, args: argparse.Namespace) -> int:
    if args.head:
        return usage(cli, "verify", "--head checks one dossier's chain; it cannot be used "
                     "with --all")
    refused = _folder_arguments(cli, args, "verify")
    if refused is not None:
        return refused
    from assistant.store.batch import verify_all as job

    paths = _dossiers(cli, args)

    def show(o: Outcome) -> None:
        if o.error is not None:
            _refusal(cli, o)
            return
        report = o.report
        assert report is not None
        if report.sound:
            print(cli.msg.get("verify", "sound", {"path": report.path,
                                                  "version": report.schema_version}),
                  file=cli.out)
            return
        print(f"{cli.msg.get('cli', 'error_prefix')}: " + cli.msg.get(
            "verify", "unsound", {"path": report.path, "count": len(report.problems)}),
            file=cli.err)
        for problem in report.problems:
            print(f"  - {cli.msg.get('verify', problem.code, problem.params)}", file=cli.err)

    return _run(cli, lambda on_item: job(paths, on_item=on_item), show, len(paths))


def export_pdf_all(cli: Cli, args: argparse.Namespace, options: object) -> int:
    refused = _folder_arguments(cli, args, "export pdf")
    if refused is not None:
        return refused
    outdir = Path(args.output)
    if outdir.is_file():
        return usage(cli, "export pdf", f"with --all, -o names a folder; {outdir} is a file")
    from assistant.reports.batch import export_all
    from assistant.reports.builder import ExportOptions
    from assistant.store.errors import from_os_error

    assert isinstance(options, ExportOptions)
    paths = _dossiers(cli, args)
    try:
        outdir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        return cli.refuse(cli.msg.exception(from_os_error(outdir, exc)))

    def show(o: Outcome) -> None:
        if o.error is not None:
            _refusal(cli, o)
        elif o.note == "differs":
            print(cli.msg.get("portfolio", "kept_different",
                              {"path": o.path, "output": o.output}), file=cli.err)
        else:
            print(cli.msg.get("portfolio", o.note if o.note in ("unchanged", "replaced")
                              else "written", {"path": o.path, "output": o.output}),
                  file=cli.out)

    # each dossier in its own language, unless --doc-lang says which
    return _run(cli, lambda on_item: export_all(paths, outdir, options,
                                                overwrite=args.overwrite, on_item=on_item,
                                                per_dossier_lang=args.doc_lang is None,
                                                dated=args.dated),
                show, len(paths))


def export_portfolio(cli: Cli, args: argparse.Namespace) -> int:
    import datetime as dt

    from assistant.store.desk import Desk
    from assistant.store.outputs import check_output
    from assistant.store.portfolio import find_dossiers

    folder, target = Path(args.folder), Path(args.output)
    if folder.is_file():
        return usage(cli, "export portfolio", f"FOLDER must be a folder; {folder} is a file")
    fmt = args.table_format or {".csv": "csv", ".xlsx": "xlsx"}.get(target.suffix.lower(),
                                                                     "pdf")
    if target.suffix.lower() in (".pdf", ".csv", ".xlsx") and \
            target.suffix.lower() != f".{fmt}":
        return usage(cli, "export portfolio", f"--format {fmt} does not match the "
                     f"extension of {target.name}")
    check_output(target, overwrite=args.overwrite)
    count = len(find_dossiers(folder, recursive=args.recursive))
    lang = args.doc_lang or cli.lang
    date = args.date or dt.date.today()
    firm = args.firm if args.firm is not None else Desk().firm
    if fmt == "pdf":
        from assistant.reports.portfolio_pdf import PortfolioOptions
        from assistant.reports.portfolio_pdf import export_portfolio as job

        run_job(job(folder, target, PortfolioOptions(lang=lang, date=date,
                                                     recursive=args.recursive,
                                                     firm=firm.strip()),
                    overwrite=args.overwrite))
    else:
        from assistant.exchange.portfolio_table import TableOptions, export_table

        run_job(export_table(folder, target, fmt, TableOptions(lang=lang, date=date,
                                                               recursive=args.recursive),
                             overwrite=args.overwrite))
    print(cli.msg.get("portfolio", "summary_written", {"path": target, "count": count}),
          file=cli.out)
    return EXIT_OK


def new_from_model(cli: Cli, args: argparse.Namespace, path: Path) -> int:
    from assistant.domain.organisation import Organisation
    from assistant.store.model_copy import new_from_model as job

    org = Organisation(legal_name=args.name, siren=args.siren or "", siret=args.siret or "",
                       country="")
    run_job(job(Path(args.model), path, org, overwrite=args.overwrite))
    print(cli.msg.get("portfolio", "model_created", {"model": args.model, "path": path}),
          file=cli.out)
    return EXIT_OK

