"""Withdrawals owed to the sending tools for people who were erased.

A person erased from the consent records (right to erasure, end of retention) loses their
email and phone with their identity; the suppression lists sent back to Mailchimp, Brevo or
Shopify (:mod:`assistant.store.suppression_repo`) could then no longer name them, and the
tool would go on writing to them. GDPR Art. 17(2) and 19 ask the shop to tell the recipients
of the data instead. So, inside the erasure's own transaction, :func:`keep_for_erasure` keeps,
for each tool the shop uses (it imported that tool's export, or sent it a list) and each
purpose the tool sends, what that tool needs to unsubscribe the person: their email, or their
phone number for SMS; no name. Only where the tool has not been told yet: a consent still
given, or a withdrawal recorded after that tool's last list.

The next suppression list for that tool and purpose carries them
(:func:`owed_people`), and once it is written :func:`mark_sent` blanks the contact (with
``secure_delete``) and keeps only the day it was sent: the erasure's answer says which tools
were told, and when (:func:`for_subject`), and never says so before it happened.

The rows stay out of the JSON interchange: they hold an erased person's contact, which a copy
of the dossier must not spread. A dossier imported from JSON has none: its erasure answers
then say nothing of the tools, rather than claim they were told.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from assistant.domain.sending_tools import is_sms_purpose
from assistant.store.consent_repo import ledger_statuses
from assistant.store.suppression_repo import SENDING_TOOLS, TOOL_PURPOSES, Withdrawn

if TYPE_CHECKING:
    from assistant.store.dossier import Dossier


@dataclass(frozen=True)
class ToolState:
    """Where one tool stands for one purpose of an erased person."""

    tool: str
    purpose_code: str
    purpose_label: str
    sent_at: str | None  # UTC: the list that carried them was written; None: still owed


def tools_in_use(dossier: Dossier) -> dict[str, dict[str, str]]:
    """The sending tools the shop uses, each with the purposes it sends (by code) and when
    the tool was last sent its list for each ("" never). A tool is in use once the shop
    imported its export or sent it a list (the keys of :mod:`.suppression_repo`)."""
    out: dict[str, dict[str, str]] = {}
    for tool in SENDING_TOOLS:
        prefix = f"suppression:{tool}:"
        exported = {key[len(prefix):]: value for key, value in dossier.conn.execute(
            "SELECT key, value FROM app_meta WHERE key >= ? AND key < ?",
            (prefix, prefix + "\uffff"))}
        if not exported and not dossier.meta(f"imported_from:{tool}"):
            continue
        out[tool] = {code: exported.get(code, "") for code in
                     set(TOOL_PURPOSES[tool]) | set(exported)}
    return out


def keep_for_erasure(dossier: Dossier, subject_id: int, erased_at: str) -> int:
    """Keep what each tool in use needs to unsubscribe ``subject_id``, before their identity
    is blanked; run inside the erasure's transaction. Returns the rows kept."""
    tools = tools_in_use(dossier)
    if not tools:
        return 0
    row = dossier.conn.execute("SELECT email, coalesce(phone_key, '') FROM subject_text "
                               "WHERE id = ?", (subject_id,)).fetchone()
    if row is None:
        return 0
    email, phone_key = row
    labels = {pid: (code, label) for pid, code, label in dossier.conn.execute(
        "SELECT id, code, label FROM consent_purpose")}
    kept = 0
    # each purpose's current choice as the chain holds it, and when it was recorded
    for _sid, purpose_id, kind, _when, _unknown, seq in list(
            ledger_statuses(dossier.conn, [subject_id])):
        code, label = labels[purpose_id]
        recorded_at = dossier.conn.execute(
            "SELECT recorded_at FROM consent_event_text WHERE seq = ?", (seq,)).fetchone()[0]
        by_sms = is_sms_purpose(code, label)
        contact = phone_key if by_sms else email
        if not contact:
            continue  # the tool cannot know them: there is nothing to tell it
        for tool, sent in tools.items():
            if code not in sent or (tool == "mailchimp" and by_sms):
                continue
            last = sent[code]
            if kind != "granted" and last and recorded_at < last:
                continue  # already in a list sent to the tool
            dossier.conn.execute(
                "INSERT OR REPLACE INTO owed_withdrawal (subject_id, purpose_id, tool, email, "
                "phone_key, erased_at, sent_at) VALUES (?, ?, ?, ?, ?, ?, NULL)",
                (subject_id, purpose_id, tool, "" if by_sms else email,
                 phone_key if by_sms else "", erased_at))
            kept += 1
    return kept


def owed_people(dossier: Dossier, tool: str, purpose_code: str
                ) -> list[tuple[int, Withdrawn]]:
    """The erased people still owed to ``tool`` for ``purpose_code``, as withdrawals with
    only the contact the tool needs (subject id, row of the suppression list)."""
    purpose = dossier.consents.purpose_by_code(purpose_code)
    if purpose is None:
        return []
    rows = dossier.conn.execute(
        "SELECT subject_id, email, phone_key, erased_at FROM owed_withdrawal "
        "WHERE tool = ? AND purpose_id = ? AND sent_at IS NULL ORDER BY erased_at, subject_id",
        (tool, purpose.id)).fetchall()
    return [(sid, Withdrawn(email, "", "", "", phone_key, "withdrawn", erased_at, False,
                            erased_at)) for sid, email, phone_key, erased_at in rows]


def mark_sent(dossier: Dossier, tool: str, purpose_code: str, subject_ids: list[int],
              at: str) -> None:
    """The list written at ``at`` carried these people: forget their contact, keep the day
    (a read-only dossier keeps them owed: the next list carries them again)."""
    purpose = dossier.consents.purpose_by_code(purpose_code)
    if purpose is None or not subject_ids or dossier.read_only:
        return
    # the connection overwrites what is deleted (store/connection.connect): no old copy stays
    with dossier.transaction() as conn:
        conn.executemany(
            "UPDATE owed_withdrawal SET email = '', phone_key = '', sent_at = ? "
            "WHERE tool = ? AND purpose_id = ? AND subject_id = ? AND sent_at IS NULL",
            [(at, tool, purpose.id, sid) for sid in subject_ids])


def owed_count(dossier: Dossier, tool: str, purpose_id: int) -> int:
    row = dossier.conn.execute(
        "SELECT count(*) FROM owed_withdrawal WHERE tool = ? AND purpose_id = ? "
        "AND sent_at IS NULL", (tool, purpose_id)).fetchone()
    return int(row[0])


def for_subject(dossier: Dossier, subject_id: int) -> list[ToolState]:
    """Each tool and purpose an erased person was kept for, and whether it was told."""
    return [ToolState(tool, code, label, sent_at) for tool, code, label, sent_at in
            dossier.conn.execute(
                "SELECT o.tool, p.code, p.label, o.sent_at FROM owed_withdrawal o "
                "JOIN consent_purpose p ON p.id = o.purpose_id WHERE o.subject_id = ? "
                "ORDER BY o.tool, p.code", (subject_id,))]
