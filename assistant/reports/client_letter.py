"""The accountant's letter to a client (``export letters``): what the client must do or send,
in the dossier's language, from the dossier's own gaps.

Every open action of the dossier's plan is in the letter, and nothing else: the legal clocks
run out (requests and breach notifications late), the register's missing Art. 30 fields, the
processors without a signed contract, consents to ask again, the other steps' actions, and the
owner's own actions still open. Actions the owner postponed (until a date not passed yet) or
judged not applicable are left out: they are decided. Actions of one rule are gathered in one
item naming the processing they concern, so that a letter stays one or two pages.

Each item says what to do in plain words (the plan's own words, ``rules.toml``) and, where it
has one, its deadline. The letter is a :class:`~assistant.domain.letter.Letter` (the rights
requests' letter model), rendered to PDF (the app's page frame) and DOCX (to edit before
sending). Its ``covers`` name the plan's keys each item answers, which tests compare with the
plan.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Generator, Sequence
from dataclasses import dataclass
from pathlib import Path

from assistant.content.catalog import Lang, normalise_lang
from assistant.content.desk_words import deadline_line, short_date
from assistant.content.guide import gap_params, load_steps, rule_text
from assistant.content.messages import Messages, messages
from assistant.domain.guide.plan import ItemStatus, PlanItem
from assistant.domain.letter import Bullets, Letter, Para, Party, Signature, Title
from assistant.domain.progress import Progress
from assistant.domain.worklist import Deadline, DeadlineKind
from assistant.store.dossier import Dossier

LATE = ("request_overdue", "breach_not_notified", "breach_people_not_told")
REGISTER = ("organisation_unnamed", "organisation_incomplete", "no_processing",
            "missing_purpose", "missing_legal_basis", "missing_basis_detail",
            "missing_art9_condition", "missing_retention", "cctv_retention_too_long",
            "missing_security_measures", "transfer_without_safeguard",
            "transfer_privacy_shield", "processor_not_identified", "register_incomplete")
PROCESSORS = ("processor_without_contract", "processor_contract_incomplete")
CONSENTS = ("consent_without_purpose", "consent_without_wording")
# section key -> the rules it gathers (the rest go to "other")
SECTIONS = (("late", LATE), ("register", REGISTER), ("processors", PROCESSORS),
            ("consents", CONSENTS))
REPLY_DAYS = 15  # the letter asks for an answer within this many days


@dataclass(frozen=True)
class LetterOptions:
    date: dt.date
    firm: str = ""
    lang: Lang | None = None  # None: the dossier's own language
    reply_days: int = REPLY_DAYS

    @property
    def moment(self) -> dt.datetime:
        return dt.datetime.combine(self.date, dt.time(12, 0)).astimezone()


@dataclass(frozen=True)
class LetterItem:
    section: str  # late, register, processors, consents, other, own
    text: str
    keys: tuple[str, ...]  # the plan's keys (or a consent deadline's key) it answers


def _processing_names(dossier: Dossier) -> dict[int, str]:
    return {int(p.id): p.name for p in dossier.register.list() if p.id is not None}


def letter_items(plan: Sequence[PlanItem], deadlines: Sequence[Deadline], words: Messages,
                 names: dict[int, str], moment: dt.datetime, *,
                 compact: bool = False) -> list[LetterItem]:
    """What the letter lists, in the order it lists it. ``compact``: the shorter words of a
    letter that would otherwise run past two pages (no example under a gathered item, and
    the other steps' actions by their titles only)."""
    lang = normalise_lang(words.lang)
    by_record = {(d.kind, d.record_id): d for d in deadlines}
    items: list[LetterItem] = []
    gathered: dict[str, list[PlanItem]] = {}
    for item in plan:
        if item.status is not ItemStatus.OPEN:
            continue
        if item.action is not None:
            action = item.action
            own = action.title + (f" — {action.detail}" if action.detail else "")
            if item.due:
                own += "\n" + words.get("client_letter", "due", {
                    "date": short_date(words, dt.date.fromisoformat(item.due))})
            items.append(LetterItem("own", own, (item.key,)))
            continue
        gathered.setdefault(item.rule, []).append(item)
    for rule, group in gathered.items():
        section = next((key for key, rules in SECTIONS if rule in rules), "other")
        text = rule_text(lang, rule)
        named = [names.get(i.processing_id or -1, "") for i in group]
        if len(group) > 1 and all(named):
            # one rule, several processing: their names once, and what to do once (the
            # first one's words), so that the letter stays short
            quoted = ", ".join(f"« {n} »" if lang == "fr" else f'"{n}"' for n in named)
            first = group[0]
            detail = text.render(gap_params(lang, first.gap.params)) if first.gap else ""
            colon = " :" if lang == "fr" else ":"
            body = f"{text.title}{colon} {quoted}."
            if detail and not compact:
                body += "\n" + words.get("client_letter", "for_example", {"detail": detail})
            items.append(LetterItem(section, body, tuple(i.key for i in group)))
            continue
        if compact and section == "other":
            items.append(LetterItem(section, text.title, tuple(i.key for i in group)))
            continue
        lines = []
        for item in group:
            detail = text.render(gap_params(lang, item.gap.params)) if item.gap else text.title
            clock = _clock(item, by_record)
            if clock is not None:
                detail += "\n" + deadline_line(words, clock, moment)
            elif item.processing_id is not None and item.processing_id in names \
                    and names[item.processing_id] not in detail:
                detail = f"{names[item.processing_id]} : {detail}" if lang == "fr" \
                    else f"{names[item.processing_id]}: {detail}"
            lines.append(detail)
        if len(lines) == 1:
            body = f"{text.title}. {lines[0]}" if lines[0] != text.title else text.title
        else:
            body = text.title + "\n" + "\n".join(f"– {line}" for line in lines)
        items.append(LetterItem(section, body, tuple(i.key for i in group)))
    for d in deadlines:
        if d.kind is DeadlineKind.CONSENTS and d.overdue:
            items.append(LetterItem("consents", words.get("client_letter", "renew", {
                "label": d.title, "count": d.count,
                "date": short_date(words, d.due_date)}), (d.key,)))
    order = {key: i for i, (key, _) in enumerate(SECTIONS)}
    order.update(other=len(order), own=len(order) + 1)
    return sorted(items, key=lambda i: order[i.section])


def _clock(item: PlanItem, by_record: dict[tuple[DeadlineKind, int | None], Deadline]
           ) -> Deadline | None:
    if item.gap is None or item.gap.record_id is None:
        return None
    kind = DeadlineKind.REQUEST if item.rule == "request_overdue" else DeadlineKind.BREACH \
        if item.rule == "breach_not_notified" else None
    return by_record.get((kind, item.gap.record_id)) if kind else None


def build_letter(dossier: Dossier, options: LetterOptions, *, compact: bool = False
                 ) -> Letter:
    """The letter to the client whose dossier is open (read-only: nothing is written)."""
    from assistant.store.worklist import dossier_deadlines

    lang = normalise_lang(options.lang or dossier.language)
    words = messages(lang)
    moment = options.moment
    result = dossier.guide.assess(load_steps(lang), today=options.date, now=moment)
    deadlines = dossier_deadlines(dossier, moment, result.plan)
    items = letter_items(result.plan, deadlines, words, _processing_names(dossier), moment,
                         compact=compact)
    org = dossier.organisation.get()

    def w(key: str, **params: object) -> str:
        return words.get("client_letter", key, params)

    body: list[Para | Title | Bullets] = []
    reply_by = short_date(words, options.date + dt.timedelta(days=options.reply_days))
    if items:
        body.append(Para(w("intro", date=short_date(words, options.date), count=len(items),
                           reply_by=reply_by)))
        for section in ("late", "register", "processors", "consents", "other", "own"):
            chosen = [i for i in items if i.section == section]
            if not chosen:
                continue
            body.append(Title(w(f"section_{section}")))
            body.append(Bullets(tuple(i.text for i in chosen),
                                covers=tuple(k for i in chosen for k in i.keys)))
        body.append(Para(w("help")))
    else:
        body.append(Para(w("nothing", date=short_date(words, options.date))))
    firm = options.firm or w("firm_unnamed")
    town = " ".join(x for x in (org.postcode, org.city) if x)
    recipient = Party(org.legal_name or org.display_name,
                      tuple(x for x in (org.representative_name, org.address, town) if x))
    return Letter(
        lang=lang, sender=Party(firm), recipient=recipient,
        place_date=w("place_date", date=_long_date(words, options.date)),
        subject=w("subject", client=org.display_name or org.legal_name),
        subject_label=w("subject_label"), salutation=w("salutation"), body=tuple(body),
        closing=w("closing"), signature=Signature(firm), title=w("title"),
        keywords=w("keywords"), page_of=w("page_of"))


MAX_PAGES = 2


def page_count(pdf: bytes) -> int:
    return len(re.findall(rb"/Type /Page\b(?!s)", pdf))


def fitted_letter(dossier: Dossier, options: LetterOptions
                  ) -> Generator[Progress, None, tuple[Letter, bytes]]:
    """The letter and its PDF, in at most two pages when it can be: a letter that runs
    longer is written again in its compact words (every item is still there)."""
    from assistant.reports.letter_pdf import render_letter_pdf

    letter = build_letter(dossier, options)
    pdf = yield from render_letter_pdf(letter, options.date)
    if page_count(pdf) > MAX_PAGES:
        letter = build_letter(dossier, options, compact=True)
        pdf = yield from render_letter_pdf(letter, options.date)
    return letter, pdf


def _long_date(words: Messages, day: dt.date) -> str:
    months = words.get("client_letter", "months").split(",")
    return words.get("client_letter", "long_date", {
        "day": "1er" if words.lang == "fr" and day.day == 1 else day.day,
        "month": months[day.month - 1].strip(), "year": day.year})


def letter_names(path: Path, lang: str, day: dt.date) -> tuple[str, str]:
    """The PDF's and the DOCX's names for a dossier's letter."""
    word = messages(normalise_lang(lang)).get("client_letter", "file_word")
    base = f"{path.stem}-{word}-{day.isoformat()}"
    return f"{base}.pdf", f"{base}.docx"


def write_letters(paths: Sequence[Path], outdir: Path, options: LetterOptions, *,
                  overwrite: bool = False, on_item: object = None
                  ) -> Generator[Progress, None, list]:  # type: ignore[type-arg]
    """One letter (PDF and DOCX) per dossier into ``outdir``, continuing past a bad file."""
    from assistant.reports.letter_docx import letter_docx_bytes
    from assistant.store.batch import Outcome, run_batch
    from assistant.store.dossier import open_dossier
    from assistant.store.outputs import check_output, write_output

    def step(path: Path) -> Generator[Progress, None, Outcome]:
        with open_dossier(path, read_only=True, lock=False) as dossier:
            lang = normalise_lang(options.lang or dossier.language)
            pdf_name, docx_name = letter_names(path, lang, options.date)
            targets = (outdir / pdf_name, outdir / docx_name)
            for target in targets:  # both refused before either is written
                check_output(target, overwrite=overwrite, reading=[path])
            letter, pdf = yield from fitted_letter(dossier, options)
        write_output(targets[0], pdf, overwrite=overwrite, reading=[path])
        write_output(targets[1], letter_docx_bytes(letter, options.date), overwrite=overwrite,
                     reading=[path])
        return Outcome(path, output=targets[0], note="written")

    return (yield from run_batch(paths, step, "letters", on_item=on_item))  # type: ignore[arg-type]


__all__ = ["LetterItem", "LetterOptions", "build_letter", "fitted_letter", "letter_items",
           "letter_names", "page_count", "write_letters"]
