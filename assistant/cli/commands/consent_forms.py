"""``export pdf PATH --kind consent-form --purposes CODE,CODE --numbers 1-50 -o FILE.pdf``:
numbered paper consent forms. The options are declared with ``export pdf``'s own (in
``documents.py``); this module runs that kind."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from assistant.cli.base import EXIT_OK, Cli, run_job, usage
from assistant.paths import current_user

KIND = "consent-form"  # assistant.domain.consent_wording.FORM_DOCUMENT


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--purposes", metavar="CODE,CODE",
                        help="with --kind consent-form: the purposes printed on each form, in "
                        "order (their codes)")
    parser.add_argument("--numbers", metavar="FIRST-LAST",
                        help="with --kind consent-form: the form numbers to print, e.g. 1-50 "
                        "(one form per number; the dossier notes which wordings each "
                        "number carries)")


def refused_options(args: argparse.Namespace) -> str:
    """Options of --kind consent-form given with another kind ("" when none)."""
    given = [name for name, value in (("--purposes", args.purposes),
                                      ("--numbers", args.numbers)) if value]
    return ", ".join(given)


def export_forms(cli: Cli, args: argparse.Namespace) -> int:
    from assistant.domain.consent_wording import FormNumbersError, form_label, parse_numbers
    from assistant.domain.findings import Finding, Severity, ValidationError
    from assistant.reports.consent_forms import FormOptions, export_consent_forms
    from assistant.store.dossier import open_dossier
    from assistant.store.outputs import check_output

    if args.all is not None or args.path is None:
        return usage(cli, "export pdf", "consent forms are printed from one dossier: give "
                     "PATH, not --all")
    if not args.purposes or not args.numbers:
        return usage(cli, "export pdf", "--kind consent-form needs --purposes CODE,CODE and "
                     "--numbers FIRST-LAST")
    if args.sections or args.subject or args.extract:
        return usage(cli, "export pdf", "--sections, --subject and --extract do not go with "
                     "--kind consent-form")
    try:
        numbers = parse_numbers(args.numbers)
    except FormNumbersError as exc:
        raise ValidationError([Finding(exc.code, "numbers", Severity.ERROR,
                                       {"value": exc.text})]) from None
    source, target = Path(args.path), Path(args.output)
    check_output(target, overwrite=args.overwrite, reading=[source])
    codes = tuple(c.strip() for c in args.purposes.split(",") if c.strip())
    options = FormOptions(purposes=codes, numbers=numbers, lang=args.doc_lang or cli.lang,
                          date=args.date or dt.date.today())
    with open_dossier(source) as dossier:  # writable: the dossier notes the forms printed
        written = run_job(export_consent_forms(dossier, target, options,
                                               printed_by=current_user(),
                                               overwrite=args.overwrite))
    for gap in written.gaps:  # printed all the same, as a visible gap on each form
        print(cli.msg.get("till", "forms_gap", {"gap": gap}), file=cli.err)
    cli.say_section("till", "forms_written", count=len(numbers), first=form_label(numbers.start),
                    last=form_label(numbers.stop - 1), path=target)
    if not written.recorded:
        cli.say_section("till", "forms_reprinted")
    return EXIT_OK

