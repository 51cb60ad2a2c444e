"""A rights request tied to a person of the consent ledger, and what was done there for it.

An erasure request (GDPR Art. 17) of someone whose consents the shop keeps is carried out in
the ledger: their identity is blanked and an erasure event is appended (the chain still
verifies). A withdrawal of consent (Art. 7(3)) is recorded as one withdrawal event per
purpose the person currently consents to. The request keeps the link and the record of what
was done (when, which ledger event), so that its answer can be proven; once something was
done, the link can no longer change.
"""

from __future__ import annotations

from dataclasses import dataclass

from assistant.domain.consent import Channel
from assistant.domain.findings import Finding, Severity
from assistant.domain.rights_request import IdentityCheck, Right, RightsRequest

# How a request arrived (request_channels) -> the channel of the ledger's events it causes.
CHANNELS: dict[str, Channel] = {
    "email": Channel.EMAIL,
    "letter": Channel.PAPER,
    "in_store": Channel.IN_STORE,
    "phone": Channel.PHONE,
    "web_form": Channel.WEB,
}

# Identity checks after which acting on the request is safe (Art. 12(2), 12(6)).
IDENTITY_SETTLED = frozenset({IdentityCheck.VERIFIED, IdentityCheck.NOT_NEEDED})


@dataclass(frozen=True)
class RequestLink:
    request_id: int
    subject_id: int
    linked_at: str  # UTC
    erased_at: str | None = None  # UTC: the person was erased from the ledger for it
    erasure_seq: int | None = None  # the ledger's erasure event
    withdrawn_at: str | None = None  # UTC: withdrawals were recorded for it
    withdrawals: int = 0  # how many

    @property
    def acted(self) -> bool:
        """Something was done in the ledger for the request: the link is now fixed."""
        return self.erased_at is not None or self.withdrawn_at is not None


def channel_of(request: RightsRequest) -> tuple[Channel, str]:
    """The ledger channel (and free-text detail) of the events a request causes."""
    channel = CHANNELS.get(request.received_via)
    if channel is not None:
        return channel, ""
    return Channel.OTHER, request.received_via


# Requests carried out by recording the withdrawal of the person's consents: a withdrawal
# (Art. 7(3)), and an objection (Art. 21), which for a shop is mostly to its marketing (21(3)).
WITHDRAWING = frozenset({Right.CONSENT_WITHDRAWAL, Right.OBJECTION})


def check_erasure(request: RightsRequest, link: RequestLink | None) -> list[Finding]:
    """Why the person cannot be erased for this request (empty: they can)."""
    return _check_action(request, link, frozenset({Right.ERASURE}),
                         "request_link_not_erasure")


def check_withdrawal(request: RightsRequest, link: RequestLink | None) -> list[Finding]:
    """Why withdrawals cannot be recorded for this request (empty: they can)."""
    return _check_action(request, link, WITHDRAWING, "request_link_not_withdrawal")


def _check_action(request: RightsRequest, link: RequestLink | None, rights: frozenset[Right],
                  wrong_right: str) -> list[Finding]:
    found = []
    if request.right not in rights:
        found.append(Finding(wrong_right, "right", Severity.ERROR))
    if link is None:
        found.append(Finding("request_link_missing", "subject_reference", Severity.ERROR))
    elif link.erased_at is not None:
        found.append(Finding("request_link_already_erased", "subject_reference",
                             Severity.ERROR))
    return found
