"""What the Consents page shows of the selected person: who they are (or that their identity
was erased), their current choice for each purpose, and every event of their history with
its wording, evidence, source and place in the hash chain, as HTML for the page's details
pane. The words are filed under the page's name in the translations (``ConsentsPage``).
"""

from __future__ import annotations

from html import escape

from assistant.domain.consent import EventKind, Subject
from assistant.store.consent_repo import HistoryEntry, StatusEntry
from assistant.ui.dialogs.consent_dialogs import channel_label, detail_label, kind_label
from assistant.ui.i18n import translate
from assistant.ui.models.processing_table_model import format_timestamp


def _h(text: object) -> str:
    return escape(str(text), quote=False)


def when_text(moment: str, date_unknown: bool) -> str:
    """When a choice was made, or that the source did not say (the date shown is then
    only when it was recorded)."""
    if date_unknown:
        return translate("ConsentsPage", "date unknown (recorded %1)").replace(
            "%1", format_timestamp(moment))
    return format_timestamp(moment)


def person_html(subject: Subject, statuses: list[StatusEntry],
                history: list[HistoryEntry]) -> str:
    """The details pane's HTML for ``subject``: identity, current choices, history."""
    return "".join([*_identity_parts(subject), *_status_parts(statuses),
                    *_history_parts(history)])


def _identity_parts(subject: Subject) -> list[str]:
    ident = subject.identity
    if subject.erased:
        note = translate("ConsentsPage",
                         "Identity erased on %1; the records stay, linked to nobody.")
        note = note.replace("%1", format_timestamp(subject.erased_at))
        erased_title = translate("ConsentsPage", "(erased person)")
        return [f"<h3>{_h(erased_title)}</h3>", f"<p>{_h(note)}</p>"]
    name = ident.display_name or ident.email or ident.customer_ref
    contact = " · ".join(x for x in (ident.email, ident.phone, ident.customer_ref) if x)
    return [f"<h3>{_h(name)}</h3>", f"<p>{_h(contact)}</p>"]


def _status_parts(statuses: list[StatusEntry]) -> list[str]:
    current_title = translate("ConsentsPage", "Current choices")
    parts = [f"<p><b>{_h(current_title)}</b></p><ul>"]
    for s in statuses:
        line = _h(translate("ConsentsPage", "%1: %2").replace("%1", s.purpose_label)).replace(
            "%2", f"<b>{_h(kind_label(s.kind))}</b>")
        if s.occurred_at:
            line += f" — {_h(when_text(s.occurred_at, s.date_unknown))}"
        if s.expires_at:
            line += " " + _h(translate("ConsentsPage", "(ask again by %1)").replace(
                "%1", format_timestamp(s.expires_at)))
        elif s.date_unknown and s.kind is EventKind.GRANTED:
            line += " " + _h(translate("ConsentsPage", "(ask again: its date is unknown)"))
        parts.append(f"<li>{line}</li>")
    parts.append("</ul>")
    return parts


def _history_parts(history: list[HistoryEntry]) -> list[str]:
    history_title = translate("ConsentsPage", "History")
    parts = [f"<p><b>{_h(history_title)}</b></p><ol>"]
    for h in reversed(history):
        bits = [f"<b>{_h(kind_label(h.kind))}</b>"]
        if h.purpose_label:
            bits.append(_h(h.purpose_label))
        bits.append(_h(when_text(h.occurred_at, h.date_unknown)))
        detail = detail_label(h.channel_detail)
        bits.append(_h(channel_label(h.channel) + (f" ({detail})" if detail else "")))
        line = " · ".join(bits)
        parts.append(f"<li>{line}<br><small>{'; '.join(_event_notes(h))}</small></li>")
    parts.append("</ol>")
    return parts


def _event_notes(h: HistoryEntry) -> list[str]:
    """The small print of one event: its wording, evidence, who recorded it, its source,
    and its place in the chain."""
    notes = []
    if h.notice_version:
        notes.append(_h(translate("ConsentsPage", "wording %1, SHA-256 %2").replace(
            "%1", h.notice_version).replace("%2", h.notice_sha256[:16] + "…")))
    elif h.kind is EventKind.GRANTED:
        notes.append("⚠ " + _h(translate("ConsentsPage", "no wording recorded: what the "
                                                         "person read is not known")))
    if h.evidence:
        notes.append(_h(translate("ConsentsPage", "evidence: %1").replace("%1", h.evidence)))
    if h.recorded_by:
        notes.append(_h(translate("ConsentsPage", "recorded by %1").replace(
            "%1", h.recorded_by)))
    if h.source:
        notes.append(_h(translate("ConsentsPage", "imported from %1").replace("%1", h.source)))
    notes.append(_h(translate("ConsentsPage", "event no. %1, hash %2").replace(
        "%1", str(h.seq)).replace("%2", h.hash[:16] + "…")))
    return notes
