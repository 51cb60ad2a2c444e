"""The command line (the **contract** of DESIGN.md).

``python -m assistant`` with no arguments opens the GUI; subcommands run headless and go
through the same core functions as the GUI. Exit status: 0 on success, 1 when the input was
refused (reasons on stderr), 2 on usage errors (argparse's own).
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from collections.abc import Generator, Sequence
from pathlib import Path
from typing import Any, TextIO, TypeVar

from assistant import __version__
from assistant.content.catalog import Lang, normalise_lang, system_lang
from assistant.content.messages import Messages, messages
from assistant.domain.findings import ValidationError
from assistant.domain.progress import Progress
from assistant.store.errors import DossierError

R = TypeVar("R")

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2


class TextProgress:
    """A one-line progress bar on a terminal; silent when output is not a terminal."""

    # the words of the command line's language, for the stages that have some (set by Cli)
    messages: Messages | None = None

    def __init__(self, stream: TextIO = sys.stderr, width: int = 30) -> None:
        self.stream = stream
        self.width = width
        self.active = stream.isatty()
        self._last = ""

    def show(self, p: Progress) -> None:
        if not self.active:
            return
        stage = p.stage
        text = self.messages.optional("stage", stage) if self.messages is not None else None
        if text:
            stage = text.rstrip("…")
        if p.total:
            filled = int(self.width * min(p.fraction, 1.0))
            line = f"[{'#' * filled}{'.' * (self.width - filled)}] {p.done}/{p.total} {stage}"
        elif p.done:
            line = f"{p.done} {stage}"
        else:
            line = f"{stage}…"
        if line != self._last:
            self.stream.write("\r" + line.ljust(len(self._last)))
            self.stream.flush()
            self._last = line

    def finish(self) -> None:
        if self.active and self._last:
            self.stream.write("\r" + " " * len(self._last) + "\r")
            self.stream.flush()
            self._last = ""


def drive(job: Generator[Progress, None, R], bar: TextProgress | None = None) -> R:
    """Run a job to its end, showing its progress; returns what the job returns.

    Ctrl+C closes the job, whose ``finally`` blocks remove any partial output.
    """
    bar = bar or TextProgress()
    try:
        while True:
            try:
                bar.show(next(job))
            except StopIteration as stop:
                return stop.value  # type: ignore[no-any-return]
    finally:
        job.close()
        bar.finish()


class Cli:
    def __init__(self, lang: Lang, out: TextIO, err: TextIO) -> None:
        self.lang = lang
        self.msg: Messages = messages(lang)
        TextProgress.messages = self.msg
        self.out = out
        self.err = err

    def say(self, code: str, **params: Any) -> None:
        print(self.msg.get("cli", code, params), file=self.out)

    def say_section(self, section: str, code: str, **params: Any) -> None:
        print(self.msg.get(section, code, params), file=self.out)

    def refuse(self, text: str) -> int:
        print(f"{self.msg.get('cli', 'error_prefix')}: {text}", file=self.err)
        return EXIT_REFUSED

    # -- commands -----------------------------------------------------------------------
    def new(self, args: argparse.Namespace) -> int:
        from assistant.domain.findings import ValidationError, errors
        from assistant.domain.organisation import Organisation, check_organisation
        from assistant.store.dossier import create_dossier

        path = _rgpd(args.path)
        if args.model:  # accountant's desk [8]
            from assistant.cli_portfolio import new_from_model

            return new_from_model(self, args, path)
        # Refuse a bad organisation before any file exists: a refusal leaves nothing behind.
        organisation = Organisation(legal_name=args.name, siren=args.siren or "",
                                    siret=args.siret or "").normalised()
        blocking = errors(check_organisation(organisation))
        if blocking:
            raise ValidationError(blocking)
        dossier = create_dossier(path, language=self.lang)
        try:
            with dossier:
                dossier.organisation.save(organisation, undoable=False)
        except BaseException:
            for suffix in ("", "-wal", "-shm", "-journal"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
            raise
        self.say("created", path=path)
        return EXIT_OK

    def demo(self, args: argparse.Namespace) -> int:
        from assistant.demo import build_demo

        path = _rgpd(args.path)
        drive(build_demo(path, self.lang))
        self.say("demo_created", path=path)
        return EXIT_OK

    def verify(self, args: argparse.Namespace) -> int:
        from assistant.store.verify_log import verify_and_record

        if args.all is not None:  # accountant's desk [8]
            from assistant.cli_portfolio import verify_all

            return verify_all(self, args)
        if args.path is None or args.recursive:
            from assistant.cli_portfolio import usage

            return usage(self, "verify", "give the dossier to verify (PATH), or --all FOLDER"
                         if args.path is None else "--recursive goes with --all")
        head = ""
        if args.head is not None:
            from assistant.store.consent_verify import HEAD_RE, normalise_head

            head = normalise_head(args.head)
            if not HEAD_RE.match(head):  # what was typed is wrong, not the dossier
                from assistant.cli_portfolio import usage

                return usage(self, "verify", self.msg.get(
                    "verify", "head_malformed", {"head": args.head.strip()[:80]}))
        report = drive(verify_and_record(Path(args.path), head=head))
        facts = [self.msg.get("verify", f"fact_{k}", {"value": v})
                 for k, v in report.facts.items()]
        if report.sound:
            print(self.msg.get("verify", "sound",
                               {"path": report.path, "version": report.schema_version}),
                  file=self.out)
            for fact in facts:
                print(f"  {fact}", file=self.out)
            return EXIT_OK
        print(self.msg.get("verify", "unsound",
                           {"path": report.path, "count": len(report.problems)}), file=self.err)
        for problem in report.problems:
            print(f"  - {self.msg.get('verify', problem.code, problem.params)}", file=self.err)
        return EXIT_REFUSED

    def consents_import(self, args: argparse.Namespace) -> int:
        from assistant.cli_consents import consents_import

        return consents_import(self, args)

    def consents_export(self, args: argparse.Namespace) -> int:
        from assistant.cli_consents import consents_export

        return consents_export(self, args)

    def export_json(self, args: argparse.Namespace) -> int:
        from assistant.exchange.json_dossier import export_json
        from assistant.store.dossier import open_dossier

        with open_dossier(Path(args.path), read_only=True) as dossier:
            drive(export_json(dossier, Path(args.output)))
        self.say("exported", path=args.output)
        return EXIT_OK

    def export_pdf(self, args: argparse.Namespace) -> int:
        from dataclasses import replace

        from assistant.reports.builder import ExportOptions, export_pdf
        from assistant.reports.context import DEFAULT_ZONE, KIND_DOSSIER, KIND_EXTRACT, KIND_PROOF
        from assistant.store.consent_lookup import resolve_person
        from assistant.store.dossier import open_dossier

        usage = f"{program_name()} export pdf: error: "
        kind = KIND_EXTRACT if args.extract else (
            args.kind or (KIND_PROOF if args.subject is not None else KIND_DOSSIER))
        if kind == KIND_PROOF and not (args.subject or "").strip():
            print(f"{usage}the consent proof needs --subject (the person's subject id, "
                  "email or customer reference)", file=self.err)
            return EXIT_USAGE
        sections = None
        if args.sections:
            sections = tuple(k.strip() for k in args.sections.split(",") if k.strip())
        options = ExportOptions(kind=kind, lang=args.doc_lang or self.lang,
                                date=args.date or dt.date.today(), sections=sections,
                                subject_id="?" if kind == KIND_PROOF else "",
                                zone=args.time_zone or DEFAULT_ZONE)
        try:
            if args.subject is not None and kind != KIND_PROOF:
                raise ValueError(f"--subject is only for --kind {KIND_PROOF}")
            options.chosen()
        except ValueError as exc:
            print(f"{usage}{exc}", file=self.err)
            return EXIT_USAGE
        from assistant.cli_portfolio import usage as usage_error

        if args.all is not None:  # accountant's desk [8]
            from assistant.cli_portfolio import export_pdf_all

            if kind == KIND_PROOF:
                return usage_error(self, "export pdf", "a consent proof is for one person "
                                   "of one dossier: give PATH, not --all")
            return export_pdf_all(self, args, options)
        if args.path is None:
            return usage_error(self, "export pdf", "give the dossier to export (PATH), or "
                               "--all FOLDER")
        if args.overwrite or args.recursive:
            return usage_error(self, "export pdf", "--overwrite and --recursive go with --all")
        with open_dossier(Path(args.path), read_only=True) as dossier:
            if kind == KIND_PROOF:
                options = replace(options, subject_id=resolve_person(dossier, args.subject).uid)
            drive(export_pdf(dossier, Path(args.output), options))
        self.say("exported", path=args.output)
        return EXIT_OK

    def export_portfolio(self, args: argparse.Namespace) -> int:
        from assistant.cli_portfolio import export_portfolio

        return export_portfolio(self, args)

    def import_json(self, args: argparse.Namespace) -> int:
        from assistant.exchange.json_dossier import import_json

        target = _rgpd(args.output)
        drive(import_json(Path(args.file), target))
        self.say("imported", source=args.file, path=target)
        return EXIT_OK

    def backup(self, args: argparse.Namespace) -> int:
        from assistant.store.dossier import open_dossier

        source, target = Path(args.path), Path(args.output)
        if target.exists():
            from assistant.exchange.errors import OutputExists

            raise OutputExists(target)
        bar = TextProgress()
        with open_dossier(source, read_only=True) as dossier:
            dossier.backup(target, progress=lambda done, total: bar.show(
                Progress(done, total, "backup")))
        bar.finish()
        self.say("backup_done", path=target)
        return EXIT_OK


def _iso_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in the form YYYY-MM-DD: {text!r}") \
            from None


def _rgpd(path: str) -> Path:
    """Dossier paths get the ``.rgpd`` extension when given none."""
    p = Path(path)
    return p if p.suffix else p.with_suffix(".rgpd")


def _gui_dossier_argument(argv: list[str], parser: argparse.ArgumentParser) -> str | None:
    """The dossier to open in the window when the only positional argument is a file."""
    commands: set[str] = set()
    for action in parser._subparsers._group_actions if parser._subparsers else ():
        commands.update(getattr(action, "choices", {}) or {})
    positionals = [a for a in argv if not a.startswith("-")]
    if "--data-dir" in argv:  # its value is not a positional
        i = argv.index("--data-dir")
        if i + 1 < len(argv) and argv[i + 1] in positionals:
            positionals.remove(argv[i + 1])
    if "--lang" in argv:
        i = argv.index("--lang")
        if i + 1 < len(argv) and argv[i + 1] in positionals:
            positionals.remove(argv[i + 1])
    if len(positionals) == 1 and positionals[0] not in commands:
        candidate = positionals[0]
        if candidate.lower().endswith(".rgpd") or Path(candidate).is_file():
            return candidate
    return None


def _all_arguments(p: argparse.ArgumentParser, text: str) -> None:
    """``--all FOLDER`` and ``--recursive`` of the batch forms (accountant's desk [8])."""
    p.add_argument("--all", metavar="FOLDER", help=text)
    p.add_argument("--recursive", action="store_true",
                   help="with --all: also the dossiers of sub-folders (hidden ones excepted)")


def _global_options_after_commands(parser: argparse.ArgumentParser) -> None:
    """Accept ``--lang`` and ``--data-dir`` after the command too (``demo x.rgpd --lang en``),
    as people type them; given there, they win over the same option before the command."""
    def leaves(p: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
        children = [c for a in p._actions if isinstance(a, argparse._SubParsersAction)
                    for c in dict.fromkeys(a.choices.values())]
        return [leaf for c in children for leaf in leaves(c)] if children else [p]

    for leaf in leaves(parser):
        leaf.add_argument("--data-dir", type=Path, default=argparse.SUPPRESS,
                          help="folder for the app's own state (also before the command)")
        leaf.add_argument("--lang", choices=("fr", "en"), default=argparse.SUPPRESS,
                          help="language of messages (also before the command)")


def program_name() -> str:
    """How the user called us, for usage and error lines: the installed command
    (``rgpd-assistant-cli``, also the bundle's) or ``python -m assistant``."""
    called = re.split(r"[\\/]", sys.argv[0])[-1] if sys.argv and sys.argv[0] else ""
    return "rgpd-assistant-cli" if called.startswith("rgpd-assistant-cli") \
        else "python -m assistant"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=program_name(),
        description="GDPR compliance assistant for small shops. Without a command, opens "
        "the window.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--data-dir", type=Path, help="folder for the app's own state "
                        "(settings, recent files, backups) instead of the user's folders")
    parser.add_argument("--lang", choices=("fr", "en"), help="language of messages "
                        "(default: the system's)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("demo", help="create a realistic demo dossier (fictional shop)")
    p.add_argument("path", metavar="PATH.rgpd")
    p.set_defaults(run=Cli.demo)

    p = sub.add_parser("new", help="create an empty dossier")
    p.add_argument("path", metavar="PATH.rgpd")
    p.add_argument("--name", required=True, help="legal name of the organisation")
    p.add_argument("--siren", metavar="NUMBER", help="the company's SIREN (9 digits)")
    p.add_argument("--siret", metavar="NUMBER", help="the establishment's SIRET (14 digits)")
    p.add_argument("--model", metavar="MODEL.rgpd", help="copy the standard parts of a model "
                   "dossier (register as drafts, processors without contracts, consent "
                   "purposes and wordings, checklists judged not applicable, open own "
                   "actions); never people, consents, requests or breaches")
    p.set_defaults(run=Cli.new)

    p = sub.add_parser("verify", help="check a dossier's integrity and its consent ledger's "
                       "hash chain; exit 0 only if sound")
    p.add_argument("path", metavar="PATH.rgpd", nargs="?")
    p.add_argument("--head", metavar="HEX", help="a chain head printed earlier (on a PDF or "
                   "an export): check that it is still in the chain")
    _all_arguments(p, "verify every dossier (*.rgpd) of FOLDER, continue past a bad one; "
                   "exit 1 if any is not sound")
    p.set_defaults(run=Cli.verify)

    p = sub.add_parser("consents", help="the consent ledger: import or export CSV")
    consents_sub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    c = consents_sub.add_parser("import", help="import consents from a CSV file "
                                "(all-or-nothing unless --skip-invalid)")
    c.add_argument("path", metavar="PATH.rgpd")
    c.add_argument("file", metavar="FILE.csv")
    c.add_argument("--skip-invalid", action="store_true",
                   help="write the valid rows and leave out the invalid ones")
    c.add_argument("--report", metavar="BAD.csv",
                   help="write the refused rows, with their reason, to this CSV file")
    c.add_argument("--time-zone", metavar="ZONE",
                   help="IANA time zone of the dates and times written without one, e.g. "
                   "Europe/Paris (default: this computer's)")
    c.set_defaults(run=Cli.consents_import)
    c = consents_sub.add_parser("export", help="export the ledger (or current statuses) "
                                "to a CSV file for Excel")
    c.add_argument("path", metavar="PATH.rgpd")
    c.add_argument("-o", "--output", required=True, metavar="FILE.csv")
    c.add_argument("--statuses", action="store_true",
                   help="one row per person and purpose (current status) instead of the "
                   "whole ledger")
    c.set_defaults(run=Cli.consents_export)

    p = sub.add_parser("export", help="export a dossier")
    export_sub = p.add_subparsers(dest="format", metavar="FORMAT", required=True)
    e = export_sub.add_parser("json", help="the whole dossier as JSON (interchange format)")
    e.add_argument("path", metavar="PATH.rgpd")
    e.add_argument("-o", "--output", required=True, metavar="FILE.json")
    e.set_defaults(run=Cli.export_json)
    e = export_sub.add_parser(
        "pdf", help="a PDF document: the whole compliance dossier (default) or the register "
        "extract for the authority")
    e.add_argument("path", metavar="PATH.rgpd", nargs="?")
    e.add_argument("-o", "--output", required=True, metavar="FILE.pdf",
                   help="the PDF to write; with --all, the folder to write one PDF per "
                   "dossier into (FOLDER/Shop.rgpd gives OUTDIR/Shop.pdf)")
    _all_arguments(e, "export every dossier (*.rgpd) of FOLDER, continue past a bad "
                   "one; exit 1 if any failed")
    e.add_argument("--overwrite", action="store_true",
                   help="with --all: replace a PDF already in the output folder whose "
                   "contents differ (by default it is left and reported)")
    e.add_argument("--kind", choices=("dossier", "register-extract", "consent-proof"),
                   help="which document (default: dossier; consent-proof with --subject)")
    e.add_argument("--extract", action="store_true",
                   help="the register extract (same as --kind register-extract)")
    e.add_argument("--doc-lang", choices=("fr", "en"),
                   help="language of the document (default: that of the messages)")
    e.add_argument("--date", type=_iso_date, metavar="YYYY-MM-DD",
                   help="date printed on the document and in its metadata (default: "
                   "today); the same dossier and date give the same bytes")
    e.add_argument("--sections", metavar="KEY,KEY",
                   help="sections to include (the cover is always there); dossier: "
                   "contents, steps, organisation, register, processors, actions, dpia, "
                   "requests, breaches, consents, gaps, sources; register-extract: contents, "
                   "organisation, register-extract, sources; consent-proof: proof (always), "
                   "proof-check, sources")
    e.add_argument("--subject", metavar="ID",
                   help="the person whose consent proof to print (implies --kind "
                   "consent-proof): their subject id (32 hexadecimal characters, or the "
                   "first 8 or more), their email or their customer reference; refused, "
                   "with the candidates' ids, when it fits several people")
    e.add_argument("--time-zone", metavar="ZONE",
                   help="IANA time zone the document's times are printed in (default: "
                   "Europe/Paris; UTC also accepted)")
    e.set_defaults(run=Cli.export_pdf)
    # accountant's desk [8]: the portfolio's summary PDF
    e = export_sub.add_parser(
        "portfolio", help="a summary PDF of every dossier of a folder (one line per client)")
    e.add_argument("folder", metavar="FOLDER")
    e.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    e.add_argument("--doc-lang", choices=("fr", "en"),
                   help="language of the document (default: that of the messages)")
    e.add_argument("--date", type=_iso_date, metavar="YYYY-MM-DD",
                   help="date of the document; figures are as of noon that day, and the "
                   "same folder and date give the same bytes")
    e.add_argument("--recursive", action="store_true", help="also read the sub-folders")
    e.add_argument("--overwrite", action="store_true", help="replace FILE.pdf if it exists")
    e.set_defaults(run=Cli.export_portfolio)

    p = sub.add_parser("import", help="create a dossier from an export")
    import_sub = p.add_subparsers(dest="format", metavar="FORMAT", required=True)
    i = import_sub.add_parser("json", help="a JSON interchange file")
    i.add_argument("file", metavar="FILE.json")
    i.add_argument("-o", "--output", required=True, metavar="PATH.rgpd")
    i.set_defaults(run=Cli.import_json)

    p = sub.add_parser("backup", help="write a consistent copy of a dossier (safe while open)")
    p.add_argument("path", metavar="PATH.rgpd")
    p.add_argument("-o", "--output", required=True, metavar="COPY.rgpd")
    p.set_defaults(run=Cli.backup)
    _global_options_after_commands(parser)
    return parser


def main(argv: Sequence[str] | None = None, *, out: TextIO | None = None,
         err: TextIO | None = None) -> int:
    parser = build_parser()
    argv = list(sys.argv[1:] if argv is None else argv)
    if "--smoke-test" in argv:  # the packaging check of the window app (see app.py)
        from assistant.app import main as gui_main

        return gui_main(argv)
    dossier_arg = _gui_dossier_argument(argv, parser)
    if dossier_arg is not None:  # `python -m assistant Shop.rgpd` opens it in the window
        argv.remove(dossier_arg)
    args = parser.parse_args(argv)
    if args.data_dir is not None:
        from assistant.paths import set_data_dir

        set_data_dir(args.data_dir)
    if args.command is None:
        from assistant.app import main as gui_main

        return gui_main([dossier_arg] if dossier_arg else [])
    lang = normalise_lang(args.lang) if args.lang else system_lang()
    cli = Cli(lang, out or sys.stdout, err or sys.stderr)
    try:
        return int(args.run(cli, args))
    except DossierError as exc:
        return cli.refuse(cli.msg.exception(exc))
    except ValidationError as exc:
        return cli.refuse("; ".join(cli.msg.finding_with_field(f) for f in exc.findings))
    except KeyboardInterrupt:
        return cli.refuse(cli.msg.get("cli", "cancelled"))


if __name__ == "__main__":
    raise SystemExit(main())
