"""``demo``, ``new``, ``verify`` and ``backup``: making, checking and copying a dossier."""

from __future__ import annotations

import argparse
from pathlib import Path

from assistant.cli.base import (
    EXIT_OK,
    EXIT_REFUSED,
    Cli,
    TextProgress,
    overwrite_argument,
    rgpd_path,
    usage,
)
from assistant.cli.exposure_note import warn_if_exposed
from assistant.cli.tree import CommandTree
from assistant.domain.progress import Progress


def register(tree: CommandTree) -> None:
    from assistant.cli.commands.portfolio import all_arguments

    p = tree.command("demo", "create a realistic demo dossier (fictional shop)", demo)
    p.add_argument("path", metavar="PATH.rgpd")
    overwrite_argument(p, "replace PATH.rgpd if it exists (never while it is open)")

    p = tree.command("new", "create an empty dossier", new)
    p.add_argument("path", metavar="PATH.rgpd")
    p.add_argument("--name", required=True, help="legal name of the organisation")
    p.add_argument("--siren", metavar="NUMBER", help="the company's SIREN (9 digits)")
    p.add_argument("--siret", metavar="NUMBER", help="the establishment's SIRET (14 digits)")
    p.add_argument("--model", metavar="MODEL.rgpd", help="copy the standard parts of a model "
                   "dossier (register as drafts, processors without contracts, consent "
                   "purposes and wordings, checklists judged not applicable, open own "
                   "actions); never people, consents, requests or breaches")
    overwrite_argument(p, "replace PATH.rgpd if it exists (never while it is open)")

    p = tree.command("verify", "check a dossier's integrity and its consent ledger's hash "
                     "chain; exit 0 only if sound", verify)
    p.add_argument("path", metavar="PATH.rgpd", nargs="?")
    p.add_argument("--head", metavar="HEX", help="a chain head printed earlier (on a PDF or "
                   "an export): check that it is still in the chain")
    all_arguments(p, "verify every dossier (*.rgpd) of FOLDER, continue past a bad one; "
                  "exit 1 if any is not sound")

    p = tree.command("backup", "write a consistent copy of a dossier (safe while open)",
                     backup)
    p.add_argument("path", metavar="PATH.rgpd")
    p.add_argument("-o", "--output", required=True, metavar="COPY.rgpd")
    overwrite_argument(p, "replace COPY.rgpd if it exists (never the dossier copied, nor "
                       "one open)")


def new(cli: Cli, args: argparse.Namespace) -> int:
    from assistant.domain.findings import ValidationError, errors
    from assistant.domain.organisation import Organisation, check_organisation
    from assistant.store.dossier import building_dossier
    from assistant.store.outputs import check_output

    path = rgpd_path(args.path)
    check_output(path, overwrite=args.overwrite, makes_dossier=True)
    if args.model:
        from assistant.cli.commands.portfolio import new_from_model

        return new_from_model(cli, args, path)
    # Refuse a bad organisation before any file exists: a refusal leaves nothing behind.
    organisation = Organisation(legal_name=args.name, siren=args.siren or "",
                                siret=args.siret or "").normalised()
    blocking = errors(check_organisation(organisation))
    if blocking:
        raise ValidationError(blocking)
    # Built beside its name and put in place whole: a refusal or a kill leaves nothing. The
    # organisation is saved as the dossier is made: its consent wordings name the shop.
    with building_dossier(path, language=cli.lang, overwrite=args.overwrite,
                          organisation=organisation):
        pass
    cli.say("created", path=path)
    warn_if_exposed(cli, path)
    return EXIT_OK


def demo(cli: Cli, args: argparse.Namespace) -> int:
    from assistant.cli.base import run_job
    from assistant.demo import build_demo
    from assistant.store.outputs import check_output

    path = rgpd_path(args.path)
    check_output(path, overwrite=args.overwrite, makes_dossier=True)
    run_job(build_demo(path, cli.lang, overwrite=args.overwrite))
    cli.say("demo_created", path=path)
    warn_if_exposed(cli, path)
    return EXIT_OK


def verify(cli: Cli, args: argparse.Namespace) -> int:
    from assistant.cli.base import run_job
    from assistant.store.verify_log import verify_and_record

    if args.all is not None:
        from assistant.cli.commands.portfolio import verify_all

        return verify_all(cli, args)
    if args.path is None or args.recursive:
        return usage(cli, "verify", "give the dossier to verify (PATH), or --all FOLDER"
                     if args.path is None else "--recursive goes with --all")
    head = ""
    if args.head is not None:
        from assistant.store.consent_verify import HEAD_RE, normalise_head

        head = normalise_head(args.head)
        if not HEAD_RE.match(head):  # what was typed is wrong, not the dossier
            return usage(cli, "verify", cli.msg.get(
                "verify", "head_malformed", {"head": args.head.strip()[:80]}))
    report = run_job(verify_and_record(Path(args.path), head=head))
    facts = [cli.msg.get("verify", f"fact_{k}", {"value": v}) for k, v in report.facts.items()]
    if report.sound:
        print(cli.msg.get("verify", "sound",
                          {"path": report.path, "version": report.schema_version}),
              file=cli.out)
        for fact in facts:
            print(f"  {fact}", file=cli.out)
        return EXIT_OK
    print(cli.msg.get("verify", "unsound",
                      {"path": report.path, "count": len(report.problems)}), file=cli.err)
    for problem in report.problems:
        print(f"  - {cli.msg.get('verify', problem.code, problem.params)}", file=cli.err)
    return EXIT_REFUSED


def backup(cli: Cli, args: argparse.Namespace) -> int:
    from assistant.store.dossier import open_dossier
    from assistant.store.outputs import check_output

    source, target = Path(args.path), Path(args.output)
    check_output(target, overwrite=args.overwrite, reading=[source], makes_dossier=True)
    bar = TextProgress()
    with open_dossier(source, read_only=True) as dossier:
        dossier.backup(target, progress=lambda done, total: bar.show(
            Progress(done, total, "backup")), overwrite=args.overwrite)
    bar.finish()
    cli.say("backup_done", path=target)
    warn_if_exposed(cli, target)
    return EXIT_OK
