"""The accountant's desk beyond the summary: ``export calendar`` (deadlines for Outlook or
Thunderbird), ``export letters`` (what each client must do or send), and the CNIL's register
spreadsheet both ways (``export register``, ``import register``)."""

from __future__ import annotations

import argparse
from pathlib import Path

from assistant.cli.base import EXIT_OK, EXIT_REFUSED, Cli, run_job, usage
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
    e.add_argument("--overwrite", action="store_true", help="replace FILE.ics if it exists")

    e = export.command("register", "the register in the CNIL's own spreadsheet template "
                       "(registre simplifié), filled in: ODS or XLSX", export_register)
    e.add_argument("path", metavar="PATH.rgpd")
    e.add_argument("-o", "--output", required=True, metavar="FILE")
    e.add_argument("--format", choices=("ods", "xlsx"), dest="sheet_format",
                   help="ods (the template's own format) or xlsx; taken from FILE's "
                   "extension when not given")
    e.add_argument("--overwrite", action="store_true", help="replace FILE if it exists")

    imports = tree.group("import", "create a dossier from an export", dest="format",
                         metavar="FORMAT")
    i = imports.command("register", "a new dossier from a filled-in CNIL register template "
                        "(ODS or XLSX)", import_register)
    i.add_argument("file", metavar="FILE.ods|FILE.xlsx")
    i.add_argument("-o", "--output", required=True, metavar="PATH.rgpd")


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
    from assistant.exchange.errors import OutputExists
    from assistant.store.errors import DossierNotFound

    source, target = Path(args.source), Path(args.output)
    if not source.exists():
        raise DossierNotFound(source)
    if target.exists() and not args.overwrite:
        raise OutputExists(target)
    paths = _sources(cli, source, args.recursive, "export calendar")
    if isinstance(paths, int):
        return paths
    lang = args.doc_lang or cli.lang
    if not source.is_dir():
        from assistant.store.portfolio import summarise

        alone = summarise(source, lang=lang)
        if not alone.readable:  # one dossier that cannot be read: no empty calendar
            return _unreadable(cli, [alone])
    title = source.name if source.is_dir() else source.stem
    summaries = run_job(job(paths, target, lang, title=title))
    events = sum(len(s.deadlines) for s in summaries if s.readable)
    print(cli.msg.get("calendar", "written", {"path": target, "events": events,
                                              "count": sum(s.readable for s in summaries)}),
          file=cli.out)
    return _unreadable(cli, summaries)


def export_register(cli: Cli, args: argparse.Namespace) -> int:
    from assistant.exchange.cnil_register.jobs import export_register as job
    from assistant.exchange.errors import OutputExists
    from assistant.store.dossier import open_dossier

    source, target = Path(args.path), Path(args.output)
    suffix = target.suffix.lower().lstrip(".")
    fmt = args.sheet_format or (suffix if suffix in ("ods", "xlsx") else "ods")
    if suffix in ("ods", "xlsx") and suffix != fmt:
        return usage(cli, "export register", f"--format {fmt} does not match the extension "
                     f"of {target.name}")
    if target.exists() and not args.overwrite:
        raise OutputExists(target)
    with open_dossier(source, read_only=True, lock=False) as dossier:
        count = sum(1 for p in dossier.register.list() if p.status.value != "archived")
        run_job(job(dossier, target, fmt))
    cli.say_section("register", "exported", path=target, count=count)
    return EXIT_OK


def import_register(cli: Cli, args: argparse.Namespace) -> int:
    from assistant.cli.base import rgpd_path
    from assistant.exchange.cnil_register.jobs import import_register as job

    target = rgpd_path(args.output)
    found = run_job(job(Path(args.file), target, language=cli.lang))
    cli.say_section("register", "imported", source=args.file, path=target,
                    count=len(found.processings))
    return EXIT_OK
