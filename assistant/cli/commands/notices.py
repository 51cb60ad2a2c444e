"""``export notice``: an information notice drawn from the register (website notice, counter
poster, CCTV sign, short form for a form, staff notice) as HTML, Markdown or PDF.

The dossier is read only, unless ``--record`` asks to record the text as the version in
force (then it is opened for writing, like the window does). Items the register lacks print
as "[à compléter : ...]" in the notice and are listed on stderr; the export still succeeds
(exit 0): the notice shows them, it never fills them.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from assistant.cli.base import EXIT_OK, Cli, iso_date, overwrite_argument, usage
from assistant.cli.tree import CommandTree

KINDS = ("website", "poster", "cctv", "form", "staff")
FORMATS = ("html", "md", "pdf")


def register(tree: CommandTree) -> None:
    export = tree.group("export", "export a dossier", dest="format", metavar="FORMAT")
    e = export.command("notice", "an information notice drawn from the register (GDPR "
                       "Art. 13 and 14): website notice, counter poster, CCTV sign, short "
                       "form, staff notice", export_notice)
    e.add_argument("path", metavar="PATH.rgpd")
    e.add_argument("--kind", required=True, choices=KINDS,
                   help="website: the privacy notice of the web shop; poster: one A4 sheet "
                   "for the counter; cctv: the sign at the entrance (the CNIL's minimum); "
                   "form: the short notice under a paper or online form; staff: the notice "
                   "given to employees")
    e.add_argument("--format", dest="notice_format", required=True, choices=FORMATS,
                   help="html (a complete HTML5 page), md (Markdown) or pdf")
    e.add_argument("--processing", metavar="ID,ID",
                   help="the processing it covers, by number in the register (default: "
                   "those the kind speaks to, e.g. the cameras for cctv)")
    e.add_argument("-o", "--output", required=True, metavar="FILE")
    e.add_argument("--doc-lang", choices=("fr", "en"),
                   help="language of the notice (default: that of the messages)")
    e.add_argument("--date", type=iso_date, metavar="YYYY-MM-DD",
                   help="the day printed on a notice not recorded yet, and the day a "
                   "recorded one takes effect (default: today); a notice word for word "
                   "a recorded version prints that version's number and day")
    e.add_argument("--record", action="store_true",
                   help="also record this text in the dossier as the version in force "
                   "(nothing is recorded if it is word for word the newest version)")
    overwrite_argument(e)


def _ids(text: str | None) -> list[int] | None:
    if text is None:
        return None
    ids = []
    for part in text.split(","):
        part = part.strip()
        if not part:
            continue
        if not part.isdigit() or int(part) < 1:
            raise ValueError(part)
        ids.append(int(part))
    if not ids:
        raise ValueError(text)
    return ids


def export_notice(cli: Cli, args: argparse.Namespace) -> int:
    from assistant.domain.notices.document import NoticeKind
    from assistant.exchange.notice_files import (
        prepare_notice,
        record_notice,
        stamped,
        write_text_notice,
    )
    from assistant.reports.notices import write_notice_pdf
    from assistant.store.dossier import open_dossier
    from assistant.store.outputs import check_output

    try:
        ids = _ids(args.processing)
    except ValueError as exc:
        return usage(cli, "export notice", f"--processing takes numbers of the register "
                     f"separated by commas (such as 3,5); not {exc.args[0]!r}")
    source, target = Path(args.path), Path(args.output)
    # refused before the dossier is even opened (and checked again when the file is put in
    # place): never onto the dossier read, an open one or their side files
    check_output(target, overwrite=args.overwrite, reading=[source])
    lang = args.doc_lang or cli.lang
    day = args.date or dt.date.today()
    with open_dossier(source, read_only=not args.record) as dossier:
        prepared = prepare_notice(dossier, NoticeKind(args.kind), lang, ids, today=day)
        version = None
        newest = dossier.info_notices.latest(NoticeKind(args.kind), lang)
        if args.record:  # recorded first, so the file prints the version it is
            version = record_notice(dossier, prepared, issued_on=day)
            prepared = stamped(prepared, version)
        was_recorded = version is not None and newest is not None and version.id == newest.id
        try:
            if args.notice_format == "pdf":
                write_notice_pdf(prepared, target, overwrite=args.overwrite, reading=[source])
            else:
                write_text_notice(prepared, args.notice_format, target,
                                  overwrite=args.overwrite, reading=[source])
        except BaseException:
            if version is not None and not was_recorded:
                dossier.undo.undo()  # no file written: no version recorded either
            raise
    cli.say("exported", path=target)
    say = _sayer(cli)
    if version is not None:
        if was_recorded:
            say("already_recorded", number=version.number, date=version.issued_on)
        else:
            say("recorded", number=version.number, date=version.issued_on)
    for warning in prepared.document.warnings:
        print(f"{cli.msg.get('notices', 'warning')}: {warning}", file=cli.err)
    gaps = prepared.document.gaps
    if gaps:
        print(cli.msg.get("notices", "gaps", {"count": len(gaps)}), file=cli.err)
        for gap in gaps:
            print(f"  - {gap}", file=cli.err)
    return EXIT_OK


def _sayer(cli: Cli):  # type: ignore[no-untyped-def]
    def say(code: str, **params: object) -> None:
        print(cli.msg.get("notices", code, params), file=cli.out)
    return say
