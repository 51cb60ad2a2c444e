"""The answer to a rights request: which kinds of answer a request calls for, how the
requester's identity was checked, and the record of an answer filed with its request.

**Kinds.** Each right has its own answer (the access pack for Art. 15, the portability file
for Art. 20, a confirmation for Art. 16, 17, 21 and 7(3)); any request may also get an
acknowledgment, an extension (Art. 12(3), within the first month) or a refusal with its
reasons (Art. 12(4), 12(5)). :func:`check_kind` refuses a kind the request does not call for.

**Identity first** (Art. 12(2) and 12(6)). Before data is given out (access, portability), the
shop records how it made sure the request comes from the person. The means are listed from
the most proportionate: the email already on file, the customer reference, a question only the
person can answer, being known in the shop. A copy of an identity document comes last: the
CNIL advises against asking for one when other means exist.

**Filed answers** are never changed: a new answer of the same kind is its next version. Each
keeps its files' names, sizes and SHA-256, the day it was sent and the channel, so the register
shows that the request was answered, with what and when.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from assistant.domain.deadlines import extension_in_time, parse_date, request_due
from assistant.domain.findings import Finding, Severity
from assistant.domain.request_link import IDENTITY_SETTLED
from assistant.domain.rights_request import Outcome, Right, RightsRequest
from assistant.domain.text import LONG_MAX, SHORT_MAX, check_text


class AnswerKind(StrEnum):
    ACKNOWLEDGMENT = "acknowledgment"  # received on ..., will answer by ... (Art. 12(3))
    ACCESS = "access"  # Art. 15(1) letter and the Art. 15(3) copy
    PORTABILITY = "portability"  # Art. 20: JSON and CSV with a letter
    RECTIFICATION = "rectification"  # Art. 16
    ERASURE = "erasure"  # Art. 17
    OBJECTION = "objection"  # Art. 21
    WITHDRAWAL = "consent_withdrawal"  # Art. 7(3)
    EXTENSION = "extension"  # Art. 12(3)
    REFUSAL = "refusal"  # Art. 12(4), 12(5)


# The answer each right calls for (rights with none get an acknowledgment, an extension or a
# refusal, and the owner writes the rest).
MAIN_KIND: dict[Right, AnswerKind] = {
    Right.ACCESS: AnswerKind.ACCESS,
    Right.PORTABILITY: AnswerKind.PORTABILITY,
    Right.RECTIFICATION: AnswerKind.RECTIFICATION,
    Right.ERASURE: AnswerKind.ERASURE,
    Right.OBJECTION: AnswerKind.OBJECTION,
    Right.CONSENT_WITHDRAWAL: AnswerKind.WITHDRAWAL,
}
ANY_REQUEST = (AnswerKind.ACKNOWLEDGMENT, AnswerKind.EXTENSION, AnswerKind.REFUSAL)
# Kinds that give the person's data out: the identity must be checked first.
GIVES_DATA = frozenset({AnswerKind.ACCESS, AnswerKind.PORTABILITY})
# Kinds that answer the request (the others only tell where it stands).
FINAL = frozenset({AnswerKind.ACCESS, AnswerKind.PORTABILITY, AnswerKind.RECTIFICATION,
                   AnswerKind.ERASURE, AnswerKind.OBJECTION, AnswerKind.WITHDRAWAL,
                   AnswerKind.REFUSAL})


def kinds_for(right: Right) -> tuple[AnswerKind, ...]:
    """Every answer a request of ``right`` may get, its own first."""
    main = MAIN_KIND.get(right)
    return ((main,) if main is not None else ()) + ANY_REQUEST


def default_kind(request: RightsRequest) -> AnswerKind:
    """What "Prepare the answer" offers first: the request's own answer, or an
    acknowledgment for a right that has none here."""
    return MAIN_KIND.get(request.right, AnswerKind.ACKNOWLEDGMENT)


def check_kind(request: RightsRequest, kind: AnswerKind) -> list[Finding]:
    """Why ``kind`` is not an answer to ``request`` (empty: it is)."""
    if kind in kinds_for(request.right):
        return []
    return [Finding("answer_wrong_kind", "answer_kind", Severity.ERROR,
                    {"kind": kind.value, "right": request.right.value,
                     "kinds": ", ".join(k.value for k in kinds_for(request.right))})]


# What the owner says of the recipients of the data (GDPR Art. 19), after an erasure or a
# rectification: the letter states nothing on it unless told so ("" is the default).
RECIPIENTS_TOLD = "told"  # the recipients the data was disclosed to were told
RECIPIENTS_NONE = "none"  # the data was disclosed to nobody
TELLS_RECIPIENTS = frozenset({AnswerKind.ERASURE, AnswerKind.RECTIFICATION})


def latest_final(answers: tuple[FiledAnswer, ...] | list[FiledAnswer]) -> FiledAnswer | None:
    """The last final answer filed (the request's answer as it stands)."""
    finals = [a for a in answers if a.kind in FINAL]
    return max(finals, key=lambda a: (a.written_at, a.version)) if finals else None


def check_sequence(request: RightsRequest, kind: AnswerKind,
                   answers: tuple[FiledAnswer, ...] | list[FiledAnswer], *,
                   acted: bool = False) -> tuple[list[Finding], FiledAnswer | None]:
    """Whether an answer of ``kind`` fits after those already filed for the request.

    Returns the refusals, and the earlier final answer of another kind that this one would
    replace (the caller asks the owner, or needs the command line's ``--supersede``).
    An acknowledgment or an extension after the final answer contradicts it; so does a
    refusal once the request was carried out in the consent records (``acted``). A new
    version of the same kind is no contradiction: it is the corrected answer."""
    found: list[Finding] = []
    final = latest_final(answers)
    if kind in (AnswerKind.ACKNOWLEDGMENT, AnswerKind.EXTENSION):
        if final is not None:
            found.append(Finding("answer_after_final", "answer_kind", Severity.ERROR,
                                 _earlier(final)))
        elif request.answered_on:
            found.append(Finding("answer_after_answered", "answer_kind", Severity.ERROR,
                                 {"answered": request.answered_on}))
        return found, None
    if kind is AnswerKind.REFUSAL and acted:
        found.append(Finding("answer_refusal_after_done", "answer_kind", Severity.ERROR))
        return found, None
    if final is not None and final.kind is not kind:
        return found, final
    return found, None


def _earlier(answer: FiledAnswer) -> dict[str, str]:
    return {"kind": answer.kind.value, "version": str(answer.version), "sent": answer.sent_on}


def check_extension(request: RightsRequest, told_on: date) -> list[Finding]:
    """An extension letter must reach the person within the first month (Art. 12(3))."""
    received = parse_date(request.received_on)
    if received is None:
        return []
    if told_on < received or not extension_in_time(received, told_on):
        return [Finding("answer_extension_too_late", "sent_on", Severity.ERROR,
                        {"due": request_due(received).isoformat(),
                         "told": told_on.isoformat()})]
    return []


# -- identity --------------------------------------------------------------------------------
class IdentityMethod(StrEnum):
    """How the requester's identity was checked, most proportionate first."""

    EMAIL_ON_FILE = "email_on_file"  # the request came from the email address on file
    CUSTOMER_REFERENCE = "customer_reference"  # they gave their customer or order number
    KNOWN_ANSWER = "known_answer"  # a question only they can answer (last purchase...)
    IN_PERSON = "in_person"  # known in the shop, came in person
    ID_DOCUMENT = "id_document"  # a copy of an identity document: only when in doubt
    OTHER = "other"


@dataclass(frozen=True)
class IdentityProof:
    request_id: int
    method: IdentityMethod
    checked_on: str  # YYYY-MM-DD
    detail: str = ""  # what was compared ("order no. 1042 and its date")
    checked_by: str = ""


def check_identity(proof: IdentityProof) -> list[Finding]:
    found = check_text(proof.detail, "identity_detail", max_length=LONG_MAX, multiline=True)
    found += check_text(proof.checked_by, "checked_by", max_length=SHORT_MAX)
    if parse_date(proof.checked_on) is None:
        found.append(Finding("processes_invalid_date", "checked_on", Severity.ERROR,
                             {"value": proof.checked_on[:40]}))
    if proof.method in (IdentityMethod.OTHER, IdentityMethod.ID_DOCUMENT) \
            and not proof.detail.strip():
        # an ID copy needs its reason (the doubt), "other" needs its words
        found.append(Finding("answer_identity_detail", "identity_detail", Severity.ERROR,
                             {"method": proof.method.value}))
    return found


def identity_settled(request: RightsRequest, proof: IdentityProof | None) -> bool:
    """The identity is settled: a check is recorded, or the request says it was not needed
    or was verified."""
    return proof is not None or request.identity_check in IDENTITY_SETTLED


# -- filed answers ---------------------------------------------------------------------------
@dataclass(frozen=True)
class AnswerFile:
    name: str  # the file's name (no folder: the folder is the owner's business)
    sha256: str
    size: int


@dataclass(frozen=True)
class FiledAnswer:
    request_id: int
    kind: AnswerKind
    version: int
    written_at: str  # UTC
    sent_on: str  # YYYY-MM-DD
    channel: str = ""  # code of the request_channels vocabulary or free text
    language: str = "fr"
    files: tuple[AnswerFile, ...] = field(default_factory=tuple)
    recorded_by: str = ""


def outcome_of(kind: AnswerKind, no_data: bool) -> Outcome | None:
    """What a final answer of ``kind`` says of the request's outcome."""
    if kind is AnswerKind.REFUSAL:
        return Outcome.REFUSED
    if kind not in FINAL:
        return None
    return Outcome.NO_DATA if no_data else Outcome.FULFILLED


def evidence_text(answer: FiledAnswer, words: str) -> str:
    """The line the request's proof of answer gets: ``words`` already say kind, version,
    date and channel; the main file's SHA-256 follows."""
    main = answer.files[0] if answer.files else None
    return f"{words} SHA-256 {main.sha256}" if main is not None else words
