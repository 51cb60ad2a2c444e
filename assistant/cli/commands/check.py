"""``check website``: read the shop's site as a visitor's browser would before any consent,
report what it sets and loads, add the actions to the dossier's plan, and write a PDF or JSON
report for the web agency."""

from __future__ import annotations

import argparse
from pathlib import Path

from assistant.cli.base import EXIT_OK, EXIT_REFUSED, Cli, overwrite_argument, run_job, usage
from assistant.cli.tree import CommandTree

REPORT_SUFFIXES = (".pdf", ".json")


def register(tree: CommandTree) -> None:
    from assistant.website.crawl import DEFAULT_PAGES, MAX_PAGES

    check = tree.group("check", "check something against the rules", dest="what",
                       metavar="WHAT")
    c = check.command(
        "website", "read the site's home page and up to N linked pages of the same site (as a "
        "browser before any consent: cookies, trackers, consent banner, forms, legal pages); "
        "add the findings to the action plan", check_website)
    c.add_argument("path", metavar="PATH.rgpd", help="the dossier of the shop the site is for")
    c.add_argument("url", metavar="URL", help="the site's address (https:// is added when "
                   "no scheme is given)")
    c.add_argument("--pages", type=int, default=DEFAULT_PAGES, metavar="N",
                   help=f"linked pages to read besides the first (0 to {MAX_PAGES}; default "
                   f"{DEFAULT_PAGES}); robots.txt is respected")
    c.add_argument("-o", "--output", metavar="REPORT.pdf|REPORT.json",
                   help="write the report (with the date of the check and what was not "
                   "checked) as PDF or JSON")
    overwrite_argument(c, "replace the report if it exists")
    c.add_argument("--doc-lang", choices=("fr", "en"),
                   help="language of the report (default: that of the messages)")
    c.add_argument("--add-to-register", action="store_true",
                   help="also add (or complete) the register's processing for the site, with "
                   "the trackers as recipients and their transfers outside the EEA")
    c.add_argument("--dry-run", action="store_true",
                   help="read and report, but add nothing to the dossier")


def check_website(cli: Cli, args: argparse.Namespace) -> int:
    from assistant.content.catalog import normalise_lang
    from assistant.store.dossier import open_dossier
    from assistant.website.check import check_website as job
    from assistant.website.check import dossier_view
    from assistant.website.crawl import MAX_PAGES, CrawlOptions, normalise_url

    if not 0 <= args.pages <= MAX_PAGES:
        return usage(cli, "check website", f"--pages must be between 0 and {MAX_PAGES}")
    if args.dry_run and args.add_to_register:
        return usage(cli, "check website", "--dry-run adds nothing to the dossier: it cannot "
                     "go with --add-to-register")
    target = Path(args.output) if args.output else None
    if target is not None and target.suffix.lower() not in REPORT_SUFFIXES:
        return usage(cli, "check website",
                     cli.msg.get("website", "report_format", {"path": target}))
    if args.overwrite and target is None:
        return usage(cli, "check website", "--overwrite goes with -o")
    dossier_path = Path(args.path)
    if target is not None:  # never onto the dossier, nor an existing file without --overwrite
        from assistant.store.outputs import check_output

        check_output(target, overwrite=args.overwrite, reading=[dossier_path])
    url = normalise_url(args.url)  # a bad address is refused before anything is opened
    lang = cli.lang
    doc_lang = normalise_lang(args.doc_lang) if args.doc_lang else lang
    with open_dossier(dossier_path, read_only=args.dry_run) as dossier:
        view = dossier_view(dossier, lang)
        organisation = dossier.organisation.get().display_name
        review = run_job(job(url, CrawlOptions(pages=args.pages), view))
        facts = review.facts
        if not facts.reachable:
            failure = facts.failures[0]
            reason = cli.msg.get("fetch", failure.reason, {"detail": failure.detail})
            print(cli.msg.get("cli", "error_prefix") + ": " + cli.msg.get(
                "website", "unreachable", {"url": failure.url, "reason": reason}),
                file=cli.err)
            return EXIT_REFUSED
        _print_review(cli, review)
        _write_to_dossier(cli, args, dossier, review, lang)
    if target is not None:
        _write_report(review, target, doc_lang, organisation, overwrite=args.overwrite,
                      reading=[dossier_path])
        cli.say_section("website", "report_written", path=target)
    print(cli.msg.get("website", "static_limit"), file=cli.out)
    return EXIT_OK


def _print_review(cli: Cli, review) -> None:  # type: ignore[no-untyped-def]
    from assistant.content.website import finding_words
    from assistant.website.plan import day_text

    facts = review.facts
    msg = cli.msg
    print(msg.get("website", "checked", {
        "url": facts.home.final_url, "pages": len(facts.pages),
        "date": day_text(cli.lang, facts.fetched_at.date()),
        "list_date": day_text(cli.lang, review.list_date)}), file=cli.out)
    if not review.actions:
        print(msg.get("website", "findings_none"), file=cli.out)
    for finding in review.findings:
        words = finding_words(cli.lang, finding)
        if finding.is_action:
            line = msg.get("website", "finding_line", {
                "priority": msg.get("website", f"priority_{finding.priority}"),
                "title": words.title})
        else:
            line = msg.get("website", "note_line", {"title": words.title})
        print(line + (f" — {words.pages}" if words.pages else ""), file=cli.out)
    for failure in facts.failures:
        print(msg.get("website", "not_read", {
            "url": failure.url,
            "reason": msg.get("fetch", failure.reason, {"detail": failure.detail})}),
            file=cli.out)


def _write_to_dossier(cli: Cli, args: argparse.Namespace, dossier,  # type: ignore[no-untyped-def]
                      review, lang) -> None:  # type: ignore[no-untyped-def]
    from assistant.website.plan import add_actions, add_to_register, planned_actions

    if args.dry_run:
        count = len(planned_actions(review, lang))
        cli.say_section("website", "actions_dry_run", count=count)
        return
    label = cli.msg.get("website", "action_label")
    result = add_actions(dossier, review, lang, label=label)
    cli.say_section("website", "actions_added", count=len(result.added), path=dossier.path)
    if result.already:
        cli.say_section("website", "actions_already", count=len(result.already))
    if args.add_to_register:
        processing, created = add_to_register(dossier, review, lang,
                                              label=cli.msg.get("website", "register_label"))
        cli.say_section("website", "register_created" if created else "register_updated",
                        name=processing.name, recipients=len(processing.recipients),
                        transfers=len(processing.transfers))


def _write_report(review, target: Path, lang, organisation: str, *,  # type: ignore[no-untyped-def]
                  overwrite: bool, reading: list[Path]) -> None:
    if target.suffix.lower() == ".json":
        from assistant.website.report_json import write_report_json

        run_job(write_report_json(review, target, lang, overwrite=overwrite,
                                  reading=reading))
        return
    from assistant.reports.website_pdf import export_website_pdf

    run_job(export_website_pdf(review, target, lang, organisation=organisation,
                               overwrite=overwrite, reading=reading))
