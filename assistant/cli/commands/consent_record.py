"""``consents record``: one person's choice for one purpose, from a script or a web form.

The person is found by email, phone or customer reference (a new person when none is known);
values that designate two different people are refused. A consent is recorded with the
wording the person was shown: ``--notice-version``, else the purpose's wording in effect on
the date (in the language of the messages when the purpose has one in it); a consent for a
purpose that has no wording is refused.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from assistant.cli.base import EXIT_OK, Cli, usage
from assistant.cli.tree import CommandTree
from assistant.paths import current_user

STATUSES = ("granted", "refused", "withdrawn")


def register(tree: CommandTree) -> None:
    consents = tree.group("consents", "the consent ledger: import or export CSV")
    c = consents.command("record", "record one person's choice for one purpose (a consent, a "
                         "refusal or a withdrawal)", consents_record)
    c.add_argument("path", metavar="PATH.rgpd")
    who = c.add_argument_group("the person (at least one; a new person when none is known)")
    who.add_argument("--email", metavar="E", default="")
    who.add_argument("--phone", metavar="P", default="")
    who.add_argument("--customer-ref", metavar="R", default="")
    who.add_argument("--first-name", metavar="NAME", default="",
                     help="for a new person only")
    who.add_argument("--last-name", metavar="NAME", default="",
                     help="for a new person only")
    c.add_argument("--purpose", required=True, metavar="CODE", help="the purpose's code")
    c.add_argument("--status", required=True, choices=STATUSES,
                   help="granted (consent), refused (asked, said no) or withdrawn")
    c.add_argument("--channel", metavar="C", default="other",
                   help="in_store, web, paper, email, phone or other, also in French "
                   "(magasin, site, papier, courriel, telephone, autre); default: other")
    c.add_argument("--evidence", metavar="TEXT", default="",
                   help="what proves it: a form number, a web form's reference...")
    c.add_argument("--notice-version", metavar="V", default="",
                   help="the version of the wording shown (default: the purpose's wording in "
                   "effect on the date)")
    c.add_argument("--date", metavar="ISO", default="",
                   help="when the choice was made: 2026-03-31, 2026-03-31T14:30 or "
                   "31/03/2026 14:30, in this computer's time zone unless a zone is given "
                   "(default: now)")


def consents_record(cli: Cli, args: argparse.Namespace) -> int:
    from assistant.domain.clock import format_utc, utc_now
    from assistant.domain.consent import EventKind, Identity, parse_channel, parse_when
    from assistant.domain.findings import Finding, Severity, ValidationError
    from assistant.store.consent_people import record_for
    from assistant.store.consent_repo import Choice
    from assistant.store.dossier import open_dossier

    if not (args.email.strip() or args.phone.strip() or args.customer_ref.strip()):
        return usage(cli, "consents record",
                     "give the person: --email, --phone or --customer-ref")
    try:
        kind = EventKind(args.status)
    except ValueError:  # a ledger that does not know this status yet
        raise ValidationError([Finding("unknown_status_word", "status", Severity.ERROR, {
            "value": args.status, "accepted": ", ".join(k.value for k in EventKind
                                                        if k is not EventKind.ERASED)})]) \
            from None
    when = ""
    if args.date.strip():
        moment, problem = parse_when(args.date, now=utc_now())
        if problem is not None or moment is None:
            raise ValidationError([Finding(str(problem), "occurred_at", Severity.ERROR,
                                           {"value": args.date})])
        when = format_utc(moment)
    channel, detail = parse_channel(args.channel)
    with open_dossier(Path(args.path)) as dossier:
        purposes = dossier.consents.purposes(include_archived=False)
        purpose = next((p for p in purposes if p.code == args.purpose.strip()), None)
        if purpose is None:
            raise ValidationError([Finding("unknown_purpose_code", "purpose", Severity.ERROR, {
                "code": args.purpose, "known": ", ".join(p.code for p in purposes)})])
        pid = int(purpose.id or 0)
        if args.notice_version.strip():
            versions = dossier.consents.notices(pid)
            notice = next((n for n in versions if n.version == args.notice_version.strip()),
                          None)
            if notice is None:
                raise ValidationError([Finding(
                    "unknown_notice_version", "notice", Severity.ERROR, {
                        "purpose": purpose.code, "version": args.notice_version,
                        "known": ", ".join(n.version for n in versions) or "—"})])
        elif kind is EventKind.WITHDRAWN:
            notice = None  # a withdrawal needs no wording: it ends whatever was agreed
        else:
            notice = dossier.consents.current_notice(pid, when or None, language=cli.lang)
        identity = Identity(args.email, args.customer_ref, args.first_name, args.last_name,
                            args.phone)
        subject, created, events = record_for(
            dossier, identity, [Choice(pid, kind, notice.id if notice else None)],
            occurred_at=when or None, channel=channel, channel_detail=detail,
            evidence=args.evidence, recorded_by=current_user(), require_notice=True)
        head = dossier.consents.chain_head()
    event = events[0]
    if created:
        cli.say_section("till", "new_person", subject=subject.uid)
    status = cli.msg.get("till", f"status_{kind.value}")
    if event.notice_version:
        cli.say_section("till", "recorded", purpose=purpose.code, status=status,
                        seq=event.seq, version=event.notice_version, subject=subject.uid)
    else:
        cli.say_section("till", "recorded_no_wording", purpose=purpose.code, status=status,
                        seq=event.seq, subject=subject.uid)
    cli.say_section("csv", "head", count=head.count, head=head.hash)
    return EXIT_OK
