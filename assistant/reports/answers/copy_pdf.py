"""The copy of a person's data sent with the answer to an access request (GDPR Art. 15(3)):
their identity (or the day it was erased), their current choices, every choice recorded with
the wording they were shown (full text and SHA-256) and the record's own SHA-256, and their
requests with how each was answered.

Only the person's own records are read (:mod:`.facts`). Nothing about other people is
printed (Art. 15(4)): not the staff who recorded a choice, not the previous record's hash
(which belongs to someone else's choice), not the request register's internal notes.
Same page frame as every PDF of the app (:class:`~assistant.reports.document.ReportDoc`):
same facts and day, same bytes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Generator

from reportlab.platypus import CondPageBreak, Flowable, Spacer

from assistant import APP_DISPLAY_NAME, __version__
from assistant.content.answers import AnswerWords, answer_words
from assistant.content.catalog import Lang
from assistant.content.loader import load_vocabularies
from assistant.domain.progress import Progress
from assistant.reports.answers.facts import AnswerFacts
from assistant.reports.context import usable_zone
from assistant.reports.document import Metadata, PageWords, ReportDoc, settled_pdf
from assistant.reports.flow import Grid
from assistant.reports.sections.common import HASH_WIDTHS, heading, paragraph

KEEP_EVENT = 120


def _moment(stamp: str, zone: dt.tzinfo, words: AnswerWords) -> str:
    try:
        moment = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone(zone)
    except ValueError:
        return stamp
    return f"{words.date(moment.date())} {moment.hour:02d}:{moment.minute:02d}"


def _record(rows: list[tuple[str, str]]) -> Grid:
    return Grid([(a, b or "—") for a, b in rows], HASH_WIDTHS, first_column_bold=True)


def build_story(facts: AnswerFacts, lang: Lang, day: dt.date, zone_name: str
                ) -> list[Flowable]:
    words = answer_words(lang)
    zone_name, zone = usable_zone(zone_name)
    vocab = load_vocabularies(lang)

    def c(key: str, **params: object) -> str:
        return words.t("copy", key, **params)

    def channel(code: str, detail: str) -> str:
        text = c(f"channel_{code}") if words.has("copy", f"channel_{code}") else code
        return f"{text} ({detail})" if detail else text

    shop = facts.organisation.display_name or words.w("unnamed_shop")
    story: list[Flowable] = [
        heading(c("title"), 0, "copy"),
        paragraph(c("intro", shop=shop, date=words.date(day), zone=zone_name), "small"),
    ]
    person = facts.person
    story.append(heading(c("identity"), 1, "identity"))
    if person is not None:
        s = person.subject
        rows = [(c("subject_id"), s.uid)]
        if s.erased:
            rows.append((c("identity"), c("erased", date=_moment(s.erased_at, zone, words))))
        else:
            i = s.identity
            rows += [(c("name"), i.display_name), (c("email"), i.email),
                     (c("phone"), i.phone), (c("reference"), i.customer_ref)]
        rows.append((c("since"), _moment(s.created_at, zone, words)))
        story += [_record(rows), Spacer(0, 6), heading(c("choices"), 1, "choices")]
        if person.statuses:
            story.append(Grid(
                [[f"{x.purpose_label}", c(f"choice_{x.kind.value if x.kind else 'never'}"),
                  _moment(x.occurred_at, zone, words) if x.occurred_at else "—"]
                 for x in person.statuses], (0.45, 0.25, 0.30),
                header=[c("purpose"), c("choice"), c("choice_since")]))
        else:
            story.append(paragraph(c("no_choice")))
        story += [Spacer(0, 6), heading(c("history"), 1, "history"),
                  paragraph(c("history_intro"), "small")]
        if not person.history:
            story.append(paragraph(c("no_event")))
        for e in person.history:
            wording = c("wording_version", version=e.notice_version) if e.notice_version \
                else c("no_wording")
            rows = [
                (c("occurred"), _moment(e.occurred_at, zone, words)),
                (c("recorded"), _moment(e.recorded_at, zone, words)),
                (c("purpose"), e.purpose_label or "—"),
                (c("choice"), c(f"choice_{e.kind.value}")),
                (c("channel"), channel(e.channel, e.channel_detail)),
                (c("wording"), wording),
            ]
            if e.notice_version:
                rows += [(c("wording_text"), e.notice_text), (c("wording_sha"),
                                                              e.notice_sha256)]
            rows += [(c("evidence"), e.evidence), (c("event_hash"), e.hash)]
            story += [CondPageBreak(KEEP_EVENT),
                      heading(c("event", date=_moment(e.occurred_at, zone, words)), 2,
                              f"event-{e.seq}"),
                      _record(rows), Spacer(0, 6)]
    story.append(heading(c("requests"), 1, "requests"))
    rights = vocab["request_rights"]
    channels = vocab["request_channels"]
    outcomes = vocab["request_outcomes"]
    methods = {x.code: x.label for x in words.choices("identity_methods")}
    for r in facts.requests:
        rows = [(c("right"), rights.label(r.right.value)),
                (c("received"), words.day(r.received_on)),
                (c("via"), channels.label(r.received_via) if r.received_via else ""),
                (c("asked"), r.request_text),
                (c("answered"), words.day(r.answered_on) or c("not_yet")),
                (c("outcome"), outcomes.label(r.answer_outcome.value)
                 if r.answer_outcome else "")]
        if r.id == facts.request.id and facts.identity is not None:
            rows.append((c("identity_check"),
                         f"{methods.get(facts.identity.method.value, '')} "
                         f"({words.day(facts.identity.checked_on)})"))
        story += [CondPageBreak(KEEP_EVENT),
                  heading(c("request", reference=r.reference), 2, f"request-{r.id}"),
                  _record(rows), Spacer(0, 6)]
    return story


def render_copy_pdf(facts: AnswerFacts, lang: Lang, day: dt.date,
                    zone: str = "Europe/Paris") -> Generator[Progress, None, bytes]:
    words = answer_words(lang)
    shop = facts.organisation.display_name or words.w("unnamed_shop")
    title = words.t("copy", "title")
    page = PageWords(organisation=shop, title=title, date=words.date(day),
                     page_of=lambda n, total: words.t("copy", "page_of", page=n,
                                                      total=total or "?"))
    meta = Metadata(title=f"{title} — {facts.request.reference}", author=shop,
                    subject=title, keywords=words.w("keywords"),
                    creator=f"{APP_DISPLAY_NAME} {__version__}",
                    lang="fr-FR" if lang == "fr" else "en-GB")
    moment = dt.datetime.combine(day, dt.time(0, 0), tzinfo=dt.UTC)
    return (yield from settled_pdf(lambda sink: ReportDoc(sink, meta, page, moment),
                                   lambda: build_story(facts, lang, day, zone)))
