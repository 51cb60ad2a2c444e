"""The accountant's desk beyond the summary: ``export calendar`` (deadlines for Outlook or
Thunderbird), ``export letters`` (what each client must do or send), and the CNIL's register
spreadsheet both ways (``export register``, ``import register``)."""

from __future__ import annotations

import argparse
from pathlib import Path

from assistant.cli.base import (
    EXIT_OK,
    EXIT_REFUSED,
    Cli,
    iso_date,
    overwrite_argument,
    run_job,
    usage,
)
from assistant.cli.tree import CommandTree


def register(tree: CommandTree) -> None:
    export = tree.group("export", "export a dossier", dest="format", metavar="FORMAT")
    e = export.command("calendar", "every dated deadline of a dossier, or of a folder's "
                       "dossiers, as iCalendar events with reminders (Outlook, Thunderbird)",
                       export_calendar)
    e.add_argument("source", metavar="FOLDER|PATH.rgpd")
    e.add_argument("-o", "--output", required=True, metavar="FILE.ics")
    e.add_argument("--recursive", action="store_true",
                   help="with a FOLDER: also the dossiers of sub-folders")
    e.add_argument("--doc-lang", choices=("fr", "en"),
                   help="language of the events (default: that of the messages)")
    overwrite_argument(e, "replace FILE.ics if it exists (never a dossier)")

    e = export.command("letters", "a letter to each client of a folder (PDF and an editable "
                       "DOCX, in the dossier's language): what the client must do or send, "
                       "with its deadline", export_letters)
    e.add_argument("folder", metavar="FOLDER")
    e.add_argument("-o", "--output", required=True, metavar="DIR")
    e.add_argument("--client", metavar="NAME",
                   help="only this client: its name or its file's name (accents and case "
                   "ignored)")
    e.add_argument("--firm", metavar="NAME",
                   help="the firm signing the letters (default: the one set in the folder "
                   "window)")
    e.add_argument("--date", type=iso_date, metavar="YYYY-MM-DD",
                   help="the letters' date (default: today); figures are as of noon that day")
    e.add_argument("--doc-lang", choices=("fr", "en"),
                   help="write every letter in this language (default: each dossier's own)")
    e.add_argument("--recursive", action="store_true", help="also read the sub-folders")
    overwrite_argument(e, "replace letters already in DIR (by default they are left and "
                       "named)")

    e = export.command("register", "the register in the CNIL's own spreadsheet template "
                       "(registre simplifié), filled in: ODS or XLSX", export_register)
    e.add_argument("path", metavar="PATH.rgpd")
    e.add_argument("-o", "--output", required=True, metavar="FILE")
    e.add_argument("--format", choices=("ods", "xlsx"), dest="sheet_format",
                   help="ods (the template's own format) or xlsx; taken from FILE's "
                   "extension when not given")
    overwrite_argument(e, "replace FILE if it exists (never a dossier)")

    imports = tree.group("import", "create a dossier from an export", dest="format",
                         metavar="FORMAT")
    i = imports.command("register", "a new dossier from a filled-in CNIL register template "
                        "(ODS or XLSX)", import_register)
    i.add_argument("file", metavar="FILE.ods|FILE.xlsx")
    i.add_argument("-o", "--output", required=True, metavar="PATH.rgpd")
    overwrite_argument(i, "replace PATH.rgpd if it exists (never while it is open)")


def _sources(cli: Cli, source: Path, recursive: bool, command: str) -> list[Path] | int:
    """The dossiers a FOLDER|PATH argument names, or an exit status."""
    from assistant.store.portfolio import find_dossiers

    if source.is_dir():
        paths = find_dossiers(source, recursive=recursive)
        if not paths:
            print(cli.msg.get("portfolio", "no_dossiers", {"folder": source}), file=cli.err)
        return paths
    if recursive:
        return usage(cli, command, "--recursive goes with a FOLDER")
    return [source]


def _unreadable(cli: Cli, summaries: list) -> int:  # type: ignore[type-arg]
    """Name each file that could not be read; the exit status."""
    bad = [s for s in summaries if not s.readable]
    for s in bad:
        text = cli.msg.error(s.status.value, path=s.path, **s.error_params)
        print(f"{cli.msg.get('cli', 'error_prefix')}: {text}", file=cli.err)
    return EXIT_REFUSED if bad else EXIT_OK


def export_calendar(cli: Cli, args: argparse.Namespace) -> int:
    from assistant.exchange.calendar_ics import export_calendar as job
    from assistant.store.errors import DossierNotFound
    from assistant.store.outputs import check_output

    source, target = Path(args.source), Path(args.output)
    if not source.exists():
        raise DossierNotFound(source)
    paths = _sources(cli, source, args.recursive, "export calendar")
    if isinstance(paths, int):
        return paths
    check_output(target, overwrite=args.overwrite, reading=paths)
    lang = args.doc_lang or cli.lang
    if not source.is_dir():
        from assistant.store.portfolio import summarise

        alone = summarise(source, lang=lang)
        if not alone.readable:  # one dossier that cannot be read: no empty calendar
            return _unreadable(cli, [alone])
    title = source.name if source.is_dir() else source.stem
    summaries = run_job(job(paths, target, lang, title=title, overwrite=args.overwrite))
    events = sum(len(s.deadlines) for s in summaries if s.readable)
    print(cli.msg.get("calendar", "written", {"path": target, "events": events,
                                              "count": sum(s.readable for s in summaries)}),
          file=cli.out)
    return _unreadable(cli, summaries)


def export_register(cli: Cli, args: argparse.Namespace) -> int:
    from assistant.exchange.cnil_register.jobs import export_register as job
    from assistant.store.dossier import open_dossier
    from assistant.store.outputs import check_output

    source, target = Path(args.path), Path(args.output)
    suffix = target.suffix.lower().lstrip(".")
    fmt = args.sheet_format or (suffix if suffix in ("ods", "xlsx") else "ods")
    if suffix in ("ods", "xlsx") and suffix != fmt:
        return usage(cli, "export register", f"--format {fmt} does not match the extension "
                     f"of {target.name}")
    check_output(target, overwrite=args.overwrite, reading=[source])
    with open_dossier(source, read_only=True, lock=False) as dossier:
        count = sum(1 for p in dossier.register.list() if p.status.value != "archived")
        run_job(job(dossier, target, fmt, overwrite=args.overwrite))
    cli.say_section("register", "exported", path=target, count=count)
    return EXIT_OK


def import_register(cli: Cli, args: argparse.Namespace) -> int:
    from assistant.cli.base import rgpd_path
    from assistant.exchange.cnil_register.jobs import import_register as job

    target = rgpd_path(args.output)
    found = run_job(job(Path(args.file), target, language=cli.lang,
                        overwrite=args.overwrite))
    cli.say_section("register", "imported", source=args.file, path=target,
                    count=len(found.processings))
    return EXIT_OK


def _pick_client(cli: Cli, paths: list[Path], wanted: str) -> list[Path] | int:
    """The dossier(s) whose client name or file name is ``wanted`` (folded)."""
    from assistant.domain.text import fold
    from assistant.store.portfolio import summarise

    key = fold(wanted.strip())
    summaries = [summarise(p) for p in paths]
    chosen = [s.path for s in summaries
              if key in (fold(s.display_name), fold(s.legal_name), fold(s.path.stem),
                         fold(s.path.name))]
    if not chosen:
        names = ", ".join(sorted(s.display_name for s in summaries if s.readable))
        return cli.refuse(cli.msg.get("letters", "no_client", {"client": wanted,
                                                               "names": names}))
    return chosen


def export_letters(cli: Cli, args: argparse.Namespace) -> int:
    import datetime as dt

    from assistant.cli.commands.portfolio import _refusal
    from assistant.reports.client_letter import LetterOptions, write_letters
    from assistant.store.batch import Outcome
    from assistant.store.desk import Desk
    from assistant.store.errors import from_os_error
    from assistant.store.portfolio import find_dossiers

    folder, outdir = Path(args.folder), Path(args.output)
    if folder.is_file():
        return usage(cli, "export letters", f"FOLDER must be a folder; {folder} is a file")
    if outdir.is_file():
        return usage(cli, "export letters", f"-o names a folder; {outdir} is a file")
    paths = find_dossiers(folder, recursive=args.recursive)
    if args.client:
        picked = _pick_client(cli, paths, args.client)
        if isinstance(picked, int):
            return picked
        paths = picked
    if not paths:
        print(cli.msg.get("portfolio", "no_dossiers", {"folder": folder}), file=cli.err)
        return EXIT_OK
    try:
        outdir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        return cli.refuse(cli.msg.exception(from_os_error(outdir, exc)))
    firm = args.firm if args.firm is not None else Desk().firm
    options = LetterOptions(date=args.date or dt.date.today(), firm=firm.strip(),
                            lang=args.doc_lang)

    def show(o: Outcome) -> None:
        if o.error is not None:
            _refusal(cli, o)
        else:
            print(cli.msg.get("portfolio", "written", {"path": o.path, "output": o.output}),
                  file=cli.out)

    outcomes = run_job(write_letters(paths, outdir, options, overwrite=args.overwrite,
                                     on_item=show))
    bad = [o for o in outcomes if not o.ok]
    print(cli.msg.get("letters", "done", {"count": len(outcomes) - len(bad),
                                          "folder": outdir}), file=cli.out)
    return EXIT_REFUSED if bad else EXIT_OK
