"""What an answer to a rights request is made from, read from the dossier in one read
transaction: the request, its person in the consent records (or what was searched for them
and how many people the search found), their history, the register's processing that concern
customers with the information items of each (:mod:`assistant.domain.notices.facts`), the
identity check and the answers already filed.

Only the request's own person is read: nothing about another person of the ledger reaches
an answer (GDPR Art. 15(4)).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from assistant.content.catalog import Lang
from assistant.content.notices import notice_facts
from assistant.domain.consent import EventKind, Subject
from assistant.domain.deadlines import RequestClock, request_clock
from assistant.domain.findings import Finding, Severity, ValidationError
from assistant.domain.guide.model import Pilot
from assistant.domain.notices.facts import NoticeFacts
from assistant.domain.organisation import Organisation
from assistant.domain.processing import LegalBasis, Processing, ProcessingStatus
from assistant.domain.request_answer import FiledAnswer, IdentityProof
from assistant.domain.request_link import RequestLink
from assistant.domain.rights_request import RightsRequest
from assistant.store.consent_repo import HistoryEntry, StatusEntry
from assistant.store.notice_source import read_notice_source
from assistant.store.owed_withdrawals import ToolState
from assistant.store.owed_withdrawals import for_subject as owed_for_subject

if TYPE_CHECKING:
    from assistant.store.dossier import Dossier

# Codes of the data_subjects vocabulary: the register's processing of a shop's customers.
CUSTOMER_SUBJECTS = frozenset({"customers", "prospects", "loyalty_members",
                               "newsletter_subscribers"})


@dataclass(frozen=True)
class PersonData:
    """The request's person in the consent records: identity (unless erased), current
    choices, and every event of their history with the wording they were shown."""

    subject: Subject
    statuses: tuple[StatusEntry, ...]
    history: tuple[HistoryEntry, ...]

    @property
    def erased(self) -> bool:
        return self.subject.erased


@dataclass(frozen=True)
class AnswerFacts:
    request: RightsRequest
    link: RequestLink | None
    person: PersonData | None  # None: the request is linked to nobody
    searched: tuple[tuple[str, str], ...]  # (kind, value) looked for when linked to nobody
    candidates: int  # people the search found (0: nobody holds these details)
    organisation: Organisation
    pilot: Pilot | None
    processing: tuple[Processing, ...]  # the register's processing concerning the person
    notice: NoticeFacts | None  # their information items (None when there is none)
    identity: IdentityProof | None
    answers: tuple[FiledAnswer, ...]
    requests: tuple[RightsRequest, ...]  # the person's requests (this one included)
    clock: RequestClock | None
    contact: str  # how to write to the shop ("" if the dossier has no means)
    # an erased person: each sending tool kept to be told, and when it was (None: not yet)
    tools: tuple[ToolState, ...] = ()

    @property
    def no_data(self) -> bool:
        """Nothing about the person is held in the consent records."""
        return self.person is None and self.candidates == 0


def concerns_customers(p: Processing) -> bool:
    return p.status is not ProcessingStatus.ARCHIVED and bool(
        CUSTOMER_SUBJECTS & set(p.data_subjects))


def search_terms(request: RightsRequest) -> list[tuple[str, str]]:
    """What to look the requester up by when the request is linked to nobody."""
    terms: list[tuple[str, str]] = []
    contact = request.requester_contact.strip()
    if "@" in contact:
        terms.append(("email", contact))
    if request.subject_reference.strip():
        terms.append(("reference", request.subject_reference.strip()))
    if request.requester.strip():
        terms.append(("name", request.requester.strip()))
    return terms


def read_answer_facts(dossier: Dossier, request_id: int, lang: Lang,
                      day: dt.date) -> AnswerFacts:
    """Everything an answer to request ``request_id`` needs (ValidationError if there is no
    such request). ``day`` is the letter's date: the clock is read at its noon."""
    from assistant.store.consent_lookup import find_people

    with dossier.reading():
        request = dossier.requests.get(request_id)
        if request is None:
            raise ValidationError([Finding("request_link_unknown_request", "",
                                           Severity.ERROR, {"id": str(request_id)})])
        link = dossier.request_links.get(request_id)
        tools: tuple[ToolState, ...] = ()
        person = None
        searched: list[tuple[str, str]] = []
        candidates = 0
        if link is not None:
            subject = dossier.consents.subject(link.subject_id)
            assert subject is not None
            person = PersonData(subject, tuple(dossier.consents.statuses(subject.id)),
                                tuple(dossier.consents.history(subject.id)))
            tools = tuple(owed_for_subject(dossier, subject.id))
        else:
            searched = search_terms(request)
            found: set[int] = set()
            for kind, value in searched:
                if kind == "name":
                    found.update(dossier.consents.search(value, limit=20))
                else:
                    found.update(m.id for m in find_people(dossier, value))
            candidates = len(found)
        register = dossier.register.list()
        purpose_processing = {p.processing_id for p in dossier.consents.purposes()
                              if p.processing_id is not None and person is not None
                              and any(s.purpose_id == p.id and s.kind is not None
                                      for s in person.statuses)}
        chosen = tuple(p for p in register if p.id is not None and (
            concerns_customers(p) or p.id in purpose_processing))
        notice = None
        if chosen:
            notice = notice_facts(read_notice_source(dossier, [int(p.id or 0) for p in chosen]),
                                  lang)
        saved = dossier.guide.pilot()
        links = dossier.request_links.all()
        requests: tuple[RightsRequest, ...] = (request,)
        if link is not None:
            requests = tuple(r for r in dossier.requests.list()
                             if r.id is not None and r.id in links
                             and links[r.id].subject_id == link.subject_id)
        noon = dt.datetime.combine(day, dt.time(12, 0), tzinfo=dt.UTC)
        from assistant.content.notices import notice_words
        from assistant.domain.notices.facts import NoticeSource
        from assistant.domain.notices.gather import FactBuilder

        source = NoticeSource(organisation=dossier.organisation.get(), processings=(),
                              pilot=saved[0] if saved else None,
                              dpo=saved[1] if saved else None)
        contact = FactBuilder(source, notice_words(lang)).contact_means()
        return AnswerFacts(
            request=request, link=link, person=person, searched=tuple(searched),
            candidates=candidates, organisation=source.organisation,
            pilot=saved[0] if saved else None, processing=chosen, notice=notice,
            identity=dossier.request_answers.identity(request_id),
            answers=tuple(dossier.request_answers.answers(request_id)),
            requests=requests, clock=request_clock(request, noon),
            contact=contact, tools=tools)


def legal_obligation_processing(facts: AnswerFacts) -> list[Processing]:
    """The processing concerning customers that a law obliges the shop to keep."""
    return [p for p in facts.processing if p.legal_basis is LegalBasis.LEGAL_OBLIGATION]


def withdrawn_purposes(facts: AnswerFacts) -> list[str]:
    """Labels of the purposes whose consent the request's withdrawal ended in the ledger:
    the withdrawal events recorded for it (the last ``link.withdrawals`` of the person's
    withdrawals recorded up to ``link.withdrawn_at``), nothing the person withdrew before."""
    link = facts.link
    if facts.person is None or link is None or link.withdrawn_at is None:
        return []
    mine = sorted((e for e in facts.person.history if e.kind is EventKind.WITHDRAWN
                   and e.recorded_at <= link.withdrawn_at), key=lambda e: e.seq)
    labels: list[str] = []
    for e in mine[len(mine) - link.withdrawals:] if link.withdrawals else []:
        if e.purpose_label not in labels:
            labels.append(e.purpose_label)
    return labels


def granted_purposes(facts: AnswerFacts) -> list[str]:
    """Labels of the purposes the person consents to now (what a withdrawal would end)."""
    if facts.person is None or facts.person.erased:
        return []
    return [s.purpose_label for s in facts.person.statuses if s.kind is EventKind.GRANTED]


def erased_on(facts: AnswerFacts) -> str | None:
    """When the person was erased from the ledger (for this request or otherwise), UTC."""
    if facts.link is not None and facts.link.erased_at:
        return facts.link.erased_at
    if facts.person is not None and facts.person.erased:
        return facts.person.subject.erased_at
    return None
