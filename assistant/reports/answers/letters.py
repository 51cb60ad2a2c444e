"""The letter each kind of answer is: composed from the request's facts and the words of
``answers.toml``, every part marked with the checklist items it covers.

A letter never invents: what the register lacks for an Art. 15(1) item prints as the visible
"[to complete: ...]" of its language (the window lists these gaps before anything is sent),
and what was done is dated from the records (the ledger's erasure or withdrawal events), or
from the day the owner says the answer is sent.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from assistant.content.answers import AnswerWords, answer_words
from assistant.content.catalog import Lang
from assistant.domain.letter import Block, Bullets, Letter, Para, Party, Signature, Title
from assistant.domain.notices.facts import Fact
from assistant.domain.request_answer import (
    RECIPIENTS_NONE,
    RECIPIENTS_TOLD,
    TELLS_RECIPIENTS,
    AnswerKind,
)
from assistant.reports.answers.facts import (
    AnswerFacts,
    erased_on,
    legal_obligation_processing,
    withdrawn_purposes,
)

# The access letter's parts, in the order of Art. 15: (checklist code, fact key).
ACCESS_ITEMS = (("purposes", "purposes"), ("categories", "categories"),
                ("recipients", "recipients"), ("retention", "retention"))
ACCESS_TAIL = (("source", "source"), ("automated_decisions", "automated_decisions"),
               ("transfers", "transfers"))
IDENTITY_FIELDS = ("first_name", "last_name", "email", "phone", "customer_ref")


@dataclass(frozen=True)
class AnswerOptions:
    """What the owner chose for one answer."""

    kind: AnswerKind
    lang: Lang = "fr"
    day: dt.date = field(default_factory=dt.date.today)  # the letter's date
    sent_on: dt.date | None = None  # when it goes out (default: the letter's date)
    channel: str = ""  # how it is sent (request_channels code); default: as it came
    kept: tuple[str, ...] | None = None  # kept.* codes; None: what applies
    refusal_reason: str = "identity"  # refusal_reasons.* code
    detail: str = ""  # the refusal's or rectification's words, the objection's "what"
    extension_reason: str = ""
    # rectification: the identity fields corrected, (field, new value), "" = removed
    changes: tuple[tuple[str, str], ...] = ()
    files: tuple[tuple[str, str], ...] = ()  # (role, file name) of the files sent with it
    signer: str = ""  # default: the pilot
    # erasure, rectification: the recipients of the data were told ("told"), there were
    # none ("none"), or the owner has not said ("": the letter shows it to complete)
    recipients: str = ""
    recorded_by: str = ""

    @property
    def sending_day(self) -> dt.date:
        return self.sent_on or self.day


def _d(words: AnswerWords, iso: str | None) -> str:
    return words.day(iso)


def channel_words(words: AnswerWords, code: str) -> str:
    if words.has("words", f"channel_{code}"):
        return words.w(f"channel_{code}")
    return words.w("channel_other", how=code) if code else ""


def right_words(words: AnswerWords, facts: AnswerFacts) -> str:
    r = facts.request
    if r.right.value == "other":
        return words.w("right_other", detail=r.right_detail or r.request_text[:200])
    return words.w(f"right_{r.right.value}")


def searched_words(words: AnswerWords, facts: AnswerFacts) -> str:
    terms = [words.w(f"term_{kind}", value=value) for kind, value in facts.searched]
    if not terms:
        return words.w("searched_none")
    return words.w("searched", terms=", ".join(terms))


def _fact_lines(words: AnswerWords, fact: Fact | None) -> list[str]:
    if fact is None:
        return []
    lines = list(fact.lines)
    for gap in fact.gaps:
        lines.append(words.w("gap", what=gap.text))
    return lines


def _item_blocks(words: AnswerWords, facts: AnswerFacts, code: str, key: str
                 ) -> list[Block]:
    """Title and lines of one Art. 15 item, for every processing concerned."""
    assert facts.notice is not None
    several = len(facts.notice.processings) > 1
    items = []
    for p in facts.notice.processings:
        fact = p.get(key)
        if fact is None or not fact.applies:
            continue
        lines = _fact_lines(words, fact)
        if not lines:
            continue
        text = "\n".join(lines)
        items.append(words.t("access", "one_item", name=p.name, text=text) if several else text)
    if not several and len(items) == 1:
        items = items[0].split("\n")
    return [Title(words.t("access", code), (code,)), Bullets(tuple(items), (code,))]


def default_kept(kind: AnswerKind, facts: AnswerFacts) -> tuple[str, ...]:
    """What an answer says is kept unless the owner chooses: after an erasure, the proof of
    consent (when the person was in the records), invoices and what a law makes the register
    keep; after an objection or a withdrawal, only the proof of consent (the rest is not
    touched by them)."""
    proof = ("consent_proof",) if facts.person is not None else ()
    if kind is AnswerKind.ERASURE:
        return (*proof, "invoices", "legal_obligation")
    return proof


def kept_lines(words: AnswerWords, facts: AnswerFacts, chosen: tuple[str, ...]
               ) -> list[str]:
    """What is kept after an erasure, objection or withdrawal, each with why."""
    lines = []
    for code in chosen:
        if code == "legal_obligation":
            for p in legal_obligation_processing(facts):
                fact = facts.notice.get("retention", p.id) if facts.notice else None
                # one line per category of data and its period, under the processing
                retention = "\n".join(fact.lines) if fact is not None and fact.lines else \
                    words.w("gap", what=p.name)
                law = p.legal_basis_detail.strip().rstrip(".")
                detail = f" ({law})" if law else ""
                lines.append(words.choice_text("kept", code, name=p.name,
                                               retention=retention, detail=detail))
        else:
            lines.append(words.choice_text("kept", code))
    return lines


def _sender(words: AnswerWords, facts: AnswerFacts) -> Party:
    o = facts.organisation
    name = o.display_name or words.w("unnamed_shop")
    town = " ".join(x for x in (o.postcode, o.city) if x)
    lines = [*[x for x in o.address.split("\n") if x.strip()], town,
             *(x for x in (o.email, o.phone) if x)]
    return Party(name, tuple(x for x in lines if x.strip()))


def _recipient(facts: AnswerFacts) -> Party:
    r = facts.request
    return Party(r.requester, tuple(x for x in r.requester_contact.split("\n") if x.strip()))


def compose(facts: AnswerFacts, options: AnswerOptions) -> Letter:
    """The letter of ``options.kind`` for the request of ``facts``."""
    words = answer_words(options.lang)
    kind = options.kind
    r = facts.request
    received = _d(words, r.received_on)
    section = kind.value
    enclosures = _enclosures(words, options)
    body: list[Block] = []
    if kind in _BODIES:
        body += _BODIES[kind](words, facts, options)
    if facts.contact:
        body.append(Para(words.w("contact", how=facts.contact)))

    o = facts.organisation
    place = o.city.strip()
    date_words = words.date(options.day)
    place_date = words.w("place_date", place=place, date=date_words) if place \
        else words.w("date_only", date=date_words)
    signer = options.signer or (facts.pilot.name if facts.pilot and facts.pilot.named
                                else "")
    shop = o.display_name or words.w("unnamed_shop")
    references = [(words.w("ref_request"), received)]
    if r.reference:
        references.append((words.w("ref_ours"), r.reference))
    return Letter(
        lang=options.lang, sender=_sender(words, facts), recipient=_recipient(facts),
        place_date=place_date, subject=words.t(section, "subject"),
        salutation=words.w("salutation", name=r.requester) if r.requester
        else words.w("salutation_unknown"),
        body=tuple(body), closing=words.w("closing"),
        signature=Signature(signer or shop, words.w("signature_for", shop=shop)
                            if signer else ""),
        subject_label=words.w("subject_label"), references=tuple(references),
        enclosures=tuple(enclosures), enclosures_label=words.w("enclosures_label"),
        title=f"{words.t(section, 'title')} — {r.reference}".strip(" —"),
        keywords=words.w("keywords"), page_of=words.w("page_of", page="{page}",
                                                     total="{total}"))


def _enclosures(words: AnswerWords, options: AnswerOptions) -> list[str]:
    """The files sent with an access or portability answer, as the letter lists them."""
    files = dict(options.files)
    enclosures = []
    if options.kind is AnswerKind.ACCESS and "copy" in files:
        enclosures.append(words.t("access", "copy_file", file=files["copy"]))
    for role in ("json", "csv", "schema"):
        if options.kind is AnswerKind.PORTABILITY and role in files:
            enclosures.append(words.t("portability", f"file_{role}", file=files[role]))
    return enclosures


def _acknowledgment(words: AnswerWords, facts: AnswerFacts, options: AnswerOptions
                    ) -> list[Block]:
    r = facts.request
    section = options.kind.value
    how = channel_words(words, r.received_via) or channel_words(words, "letter")
    due = words.date(facts.clock.due) if facts.clock else ""
    return [Para(words.t(section, "received", received=_d(words, r.received_on), how=how,
                         right=right_words(words, facts)), ("received",)),
            Para(words.t(section, "due", due=due), ("due",)),
            Para(words.t(section, "extension", due=due), ("extension_possible",)),
            Para(words.t(section, "identity"))]


def _rectification(words: AnswerWords, facts: AnswerFacts, options: AnswerOptions
                   ) -> list[Block]:
    section = options.kind.value
    received = _d(words, facts.request.received_on)
    done = words.date(options.sending_day)
    body: list[Block] = []
    if options.changes:
        items = []
        for name, value in options.changes:
            label = words.t(section, f"field_{name}")
            items.append(words.t(section, "change", field=label, value=value) if value
                         else words.t(section, "change_removed", field=label))
        body += [Para(words.t(section, "done", received=received, done=done), ("done",)),
                 Bullets(tuple(items), ("done",))]
    else:
        body.append(Para(words.t(section, "none", received=received, done=done,
                                 summary=options.detail), ("done",)))
    return body + recipient_blocks(words, facts, options, section)


def _erasure(words: AnswerWords, facts: AnswerFacts, options: AnswerOptions) -> list[Block]:
    section = options.kind.value
    received = _d(words, facts.request.received_on)
    body: list[Block] = []
    if facts.no_data:
        # nothing erased: nobody to tell either
        body.append(Para(words.t(section, "none", received=received,
                                 searched=searched_words(words, facts)),
                         ("done", "recipients_told")))
    else:
        erased = erased_on(facts)
        done = _d(words, erased) if erased else words.date(options.sending_day)
        body.append(Para(words.t(section, "done", received=received, done=done), ("done",)))
    body += _kept(words, facts, options, section)
    if not facts.no_data:
        body += recipient_blocks(words, facts, options, section)
    return body


def _withdrawn_at(facts: AnswerFacts) -> str | None:
    return facts.link.withdrawn_at if facts.link and facts.link.withdrawn_at else None


def _objection(words: AnswerWords, facts: AnswerFacts, options: AnswerOptions) -> list[Block]:
    section = options.kind.value
    received = _d(words, facts.request.received_on)
    what = options.detail or words.t(section, "what_default")
    when = _withdrawn_at(facts)
    done = _d(words, when) if when else words.date(options.sending_day)
    body: list[Block] = [Para(words.t(section, "done", received=received, what=what,
                                      done=done), ("done",))]
    purposes = withdrawn_purposes(facts) if when else []
    if purposes:
        body.append(Para(words.t(section, "withdrawals", purposes=", ".join(purposes)),
                         ("done",)))
    body.append(Para(words.t(section, "rule")))
    return body + _kept(words, facts, options, section)


def _withdrawal(words: AnswerWords, facts: AnswerFacts, options: AnswerOptions
                ) -> list[Block]:
    section = options.kind.value
    received = _d(words, facts.request.received_on)
    when = _withdrawn_at(facts)
    purposes = withdrawn_purposes(facts) if when else []
    body: list[Block] = []
    if purposes:
        body += [Para(words.t(section, "done", received=received, done=_d(words, when)),
                      ("done",)), Bullets(tuple(purposes), ("done",))]
    else:
        body.append(Para(words.t(section, "done_none", received=received,
                                 done=words.date(options.sending_day)), ("done",)))
    body.append(Para(words.t(section, "lawful_before"), ("lawful_before",)))
    return body + _kept(words, facts, options, section)


def _refusal(words: AnswerWords, facts: AnswerFacts, options: AnswerOptions) -> list[Block]:
    section = options.kind.value
    reason = words.choice_text("refusal_reasons", options.refusal_reason,
                               detail=options.detail)
    return [Para(words.t(section, "decision", received=_d(words, facts.request.received_on),
                         right=right_words(words, facts)), ("reasons",)),
            Para(reason, ("reasons",)),
            Para(words.t(section, "complaint"), ("complaint", "judicial"))]


def _extension(words: AnswerWords, facts: AnswerFacts, options: AnswerOptions) -> list[Block]:
    from assistant.domain.deadlines import extended_due, parse_date

    section = options.kind.value
    r = facts.request
    start = parse_date(r.received_on)
    due = words.date(extended_due(start)) if start else ""
    return [Para(words.t(section, "text", received=_d(words, r.received_on),
                         right=right_words(words, facts),
                         reason=options.extension_reason or r.extension_reason),
                 ("extension", "reasons")),
            Para(words.t(section, "new_due", due=due), ("new_due",)),
            Para(words.t(section, "complaint"), ("complaint", "judicial"))]


TOOL_NAMES = {"mailchimp": "Mailchimp", "brevo": "Brevo", "shopify": "Shopify"}


def recipient_blocks(words: AnswerWords, facts: AnswerFacts, options: AnswerOptions,
                     section: str) -> list[Block]:
    """What the letter says of the recipients (Art. 19): each sending tool that was sent
    the person's unsubscription, with its day (never one still owed), then what the owner
    said of the other recipients, or a visible gap when they said nothing."""
    out: list[Block] = []
    if options.kind is AnswerKind.ERASURE:
        for state in facts.tools:
            if state.sent_at:
                out.append(Para(words.t(section, "tool_told", date=_d(words, state.sent_at),
                                        tool=TOOL_NAMES.get(state.tool, state.tool),
                                        purpose=state.purpose_label), ("recipients_told",)))
    if options.recipients == RECIPIENTS_TOLD:
        out.append(Para(words.t(section, "recipients_told"), ("recipients_told",)))
    elif options.recipients == RECIPIENTS_NONE:
        if not out:  # beside a tool that was told, "disclosed to nobody" would contradict it
            out.append(Para(words.t(section, "recipients_none"), ("recipients_told",)))
    else:
        out.append(Para(words.w("gap", what=words.t(section, "recipients_unknown")),
                        ("recipients_told",)))
    return out


def recipient_gaps(facts: AnswerFacts, options: AnswerOptions, words: AnswerWords
                   ) -> list[str]:
    """What an erasure or rectification letter leaves to complete: the recipients, when
    the owner has not said whether they were told."""
    if options.kind not in TELLS_RECIPIENTS or (options.kind is AnswerKind.ERASURE
                                                and facts.no_data):
        return []
    if options.recipients in (RECIPIENTS_TOLD, RECIPIENTS_NONE):
        return []
    return [words.t(options.kind.value, "recipients_unknown")]


def tools_owed(facts: AnswerFacts, options: AnswerOptions, words: AnswerWords) -> list[str]:
    """What to do before an erasure letter goes: the sending tools not yet sent the
    person's unsubscription (the letter names a tool only once it was)."""
    if options.kind is not AnswerKind.ERASURE:
        return []
    return [words.t("erasure", "tool_owed", tool=TOOL_NAMES.get(s.tool, s.tool),
                    purpose=s.purpose_label) for s in facts.tools if not s.sent_at]


def _kept(words: AnswerWords, facts: AnswerFacts, options: AnswerOptions, section: str
          ) -> list[Block]:
    chosen = options.kept if options.kept is not None else default_kept(options.kind, facts)
    lines = kept_lines(words, facts, chosen)
    if not lines:
        where = section if words.has(section, "kept_none") else "erasure"
        return [Para(words.t(where, "kept_none"), ("kept",))]
    return [Para(words.t(section, "kept"), ("kept",)), Bullets(tuple(lines), ("kept",))]


def _access(words: AnswerWords, facts: AnswerFacts, options: AnswerOptions) -> list[Block]:
    s = "access"
    received = _d(words, facts.request.received_on)
    if facts.no_data:
        everything = ("confirmation", "purposes", "categories", "recipients", "retention",
                      "source", "automated_decisions", "transfers", "copy")
        return [Para(words.t(s, "none", searched=searched_words(words, facts)), everything),
                Para(words.t(s, "copy_none"), ("copy",)),
                Title(words.t(s, "rights"), ("rights",)),
                Para(words.t(s, "rights_text", how=facts.contact or "—"), ("rights",)),
                Title(words.t(s, "complaint"), ("complaint",)),
                Para(_complaint(facts, words), ("complaint",))]
    out: list[Block] = [Para(words.t(s, "intro", received=received)),
                        Para(words.t(s, "confirmation"), ("confirmation",))]
    person = facts.person
    if person is not None and person.erased:
        out.append(Para(words.t(s, "erased", erased=_d(words, person.subject.erased_at)),
                        ("confirmation",)))
    if facts.notice is not None and facts.notice.processings:
        names = ", ".join(p.name for p in facts.notice.processings)
        out.append(Para(words.t(s, "processing_intro", names=names)))
        for code, key in ACCESS_ITEMS:
            out += _item_blocks(words, facts, code, key)
    out += [Title(words.t(s, "rights"), ("rights",)),
            Para(words.t(s, "rights_text", how=facts.contact or "—"), ("rights",)),
            Title(words.t(s, "complaint"), ("complaint",)),
            Para(_complaint(facts, words), ("complaint",))]
    if facts.notice is not None and facts.notice.processings:
        for code, key in ACCESS_TAIL:
            out += _item_blocks(words, facts, code, key)
    out += [Title(words.t(s, "copy"), ("copy",)), Para(words.t(s, "copy_text"), ("copy",))]
    return out


def _complaint(facts: AnswerFacts, words: AnswerWords) -> str:
    fact = facts.notice.get("complaint") if facts.notice is not None else None
    if fact is not None and fact.lines:
        return fact.text
    return words.t("refusal", "complaint")


def _portability(words: AnswerWords, facts: AnswerFacts, options: AnswerOptions
                 ) -> list[Block]:
    s = "portability"
    received = _d(words, facts.request.received_on)
    basis = Para(words.t(s, "basis"), ("basis",))
    transmission = Para(words.t(s, "transmission"), ("transmission",))
    if facts.no_data or (facts.person is not None and facts.person.erased):
        first = words.t(s, "none", searched=searched_words(words, facts)) if facts.no_data \
            else words.t(s, "erased", erased=_d(words, facts.person.subject.erased_at
                                                 if facts.person else ""))
        return [Para(first, ("data_provided", "format")), basis, transmission]
    names = dict(options.files)
    return [Para(words.t(s, "intro", received=received), ("data_provided", "format")),
            Para(words.t(s, "data"), ("data_provided",)),
            Para(words.t(s, "format", json=names.get("json", "JSON"),
                         csv=names.get("csv", "CSV"), schema=names.get("schema", "")),
                 ("format",)),
            basis, transmission]


# The body of each kind of answer, after which come the contact and the signature.
_BODIES: dict[AnswerKind, Callable[[AnswerWords, AnswerFacts, AnswerOptions], list[Block]]] = {
    AnswerKind.ACKNOWLEDGMENT: _acknowledgment,
    AnswerKind.ACCESS: _access,
    AnswerKind.PORTABILITY: _portability,
    AnswerKind.RECTIFICATION: _rectification,
    AnswerKind.ERASURE: _erasure,
    AnswerKind.OBJECTION: _objection,
    AnswerKind.WITHDRAWAL: _withdrawal,
    AnswerKind.REFUSAL: _refusal,
    AnswerKind.EXTENSION: _extension,
}
