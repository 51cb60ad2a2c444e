"""Withdrawals sent back to the tools that send the messages.

A customer who withdrew at the till must stop getting the newsletter Mailchimp, Brevo or
Shopify sends. The suppression export (``exchange/suppression_export.py``) writes the people
whose current choice for a purpose is a withdrawal or a refusal; this module reads them and
remembers, in the dossier's ``app_meta``, when each tool was last sent its list and when the
shop first imported from it, so that the Overview can say when withdrawals recorded since
have not been sent.

Keys of ``app_meta``: ``suppression:<tool>:<purpose>`` (the last export, UTC) and
``imported_from:<tool>`` (the first import of that tool's export, UTC).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from assistant.domain.clock import now_text
from assistant.store.consents.status import status_time_text

if TYPE_CHECKING:
    from assistant.store.dossier import Dossier

SENDING_TOOLS = ("mailchimp", "brevo", "shopify")
# the purposes each tool sends messages for, by the default code of a new dossier
TOOL_PURPOSES = {"mailchimp": ("newsletter",), "brevo": ("newsletter", "sms"),
                 "shopify": ("newsletter", "sms")}
BATCH = 5000


@dataclass(frozen=True)
class Withdrawn:
    """A person whose current choice for the purpose is a withdrawal or a refusal."""

    email: str
    first_name: str
    last_name: str
    phone: str
    phone_key: str
    kind: str  # "withdrawn" or "refused"
    occurred_at: str
    date_unknown: bool
    recorded_at: str


@dataclass(frozen=True)
class Pending:
    """Withdrawals (and refusals) recorded since ``since`` and not yet sent to ``tool``."""

    tool: str
    purpose: str  # code
    count: int
    since: str  # the last export, or the first import from the tool


def withdrawn_people(dossier: Dossier, purpose_code: str, *, since: str = ""
                     ) -> Iterator[Withdrawn]:
    """Everyone (not erased) whose current state for ``purpose_code`` is withdrawn or
    refused, recorded at or after ``since`` (canonical UTC text; "" for all), in the order
    they were recorded."""
    purpose = dossier.consents.purpose_by_code(purpose_code)
    if purpose is None:
        return
    last = 0
    while True:
        rows = dossier.conn.execute(
            "SELECT e.seq, s.email, s.first_name, s.last_name, s.phone, "
            "coalesce(s.phone_key, ''), cs.kind, cs.occurred_at, cs.date_unknown, "
            "e.recorded_at FROM consent_status cs "
            "JOIN consent_event_text e ON e.seq = cs.event_seq "
            "JOIN subject_text s ON s.id = cs.subject_id "
            "WHERE cs.purpose_id = ? AND (cs.kind = 'withdrawn' OR cs.kind = 'refused') "
            "AND s.erased_at IS NULL AND e.recorded_at >= ? AND e.seq > ? "
            "ORDER BY e.seq LIMIT ?", (purpose.id, since, last, BATCH)).fetchall()
        if not rows:
            return
        for r in rows:
            yield Withdrawn(r[1], r[2], r[3], r[4], r[5], r[6], status_time_text(r[7]),
                            bool(r[8]), r[9])
        last = rows[-1][0]


def record_export(dossier: Dossier, tool: str, purpose_code: str, at: str = "") -> None:
    """Remember that ``tool`` was sent its list for ``purpose_code`` (a read-only dossier
    keeps no record: the reminder then stays)."""
    if dossier.read_only:
        return
    dossier.set_meta(f"suppression:{tool}:{purpose_code}", at or now_text())


def record_import_from(dossier: Dossier, tool: str, at: str = "") -> None:
    """Remember the first import of ``tool``'s export: the shop uses it to send messages."""
    if tool not in SENDING_TOOLS or dossier.read_only:
        return
    key = f"imported_from:{tool}"
    if not dossier.meta(key):
        dossier.set_meta(key, at or now_text())


def last_export(dossier: Dossier, tool: str, purpose_code: str) -> str:
    return dossier.meta(f"suppression:{tool}:{purpose_code}")


def pending(dossier: Dossier) -> list[Pending]:
    """For each tool the shop imported from or exported to, and each purpose it sends, the
    withdrawals and refusals recorded since its list was last sent (none: nothing)."""
    out = []
    codes = {p.code for p in dossier.consents.purposes(include_archived=False)}
    for tool in SENDING_TOOLS:
        purposes = set(TOOL_PURPOSES[tool])
        prefix = f"suppression:{tool}:"
        exported = {key[len(prefix):]: value for key, value in dossier.conn.execute(
            "SELECT key, value FROM app_meta WHERE key >= ? AND key < ?",
            (prefix, prefix + "\uffff"))}
        imported = dossier.meta(f"imported_from:{tool}")
        if not exported and not imported:
            continue
        for code in sorted((purposes | set(exported)) & codes):
            since = exported.get(code) or imported
            if not since:
                continue
            purpose = dossier.consents.purpose_by_code(code)
            assert purpose is not None
            count = dossier.conn.execute(
                "SELECT count(*) FROM consent_status cs "
                "JOIN consent_event_text e ON e.seq = cs.event_seq "
                "JOIN subject_text s ON s.id = cs.subject_id "
                "WHERE cs.purpose_id = ? AND (cs.kind = 'withdrawn' OR cs.kind = 'refused') "
                "AND s.erased_at IS NULL AND e.recorded_at > ?",
                (purpose.id, since)).fetchone()[0]
            from assistant.store.owed_withdrawals import owed_count

            count += owed_count(dossier, tool, int(purpose.id or 0))  # erased since
            if count:
                out.append(Pending(tool, code, int(count), since))
    return out
