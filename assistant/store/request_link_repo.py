"""Rights requests carried out in the consent ledger: which person of the ledger a request is
about, erasing them for an erasure request (GDPR Art. 17), recording the withdrawal of their
consents for a withdrawal request (Art. 7(3)), and the record of what was done.

Linking and unlinking are user changes with undo. Erasing and withdrawing append events to
the ledger, which is never rewritten: they cannot be undone, and once either was done the
link is fixed. Each is one transaction with the record on the request; the erasure then
pushes the overwritten pages out of the write-ahead log, as the ledger's own erasure does.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any

from assistant.content.catalog import normalise_lang
from assistant.content.messages import messages
from assistant.domain.clock import now_text
from assistant.domain.consent import EventKind
from assistant.domain.findings import Finding, Severity, ValidationError
from assistant.domain.request_link import (
    RequestLink,
    channel_of,
    check_erasure,
    check_withdrawal,
)
from assistant.domain.rights_request import RightsRequest
from assistant.store.undo import UndoEntry

if TYPE_CHECKING:
    from assistant.store.dossier import Dossier

_COLUMNS = ("request_id", "subject_id", "linked_at", "erased_at", "erasure_seq",
            "withdrawn_at", "withdrawals")


def _link(row: Iterable[Any]) -> RequestLink:
    return RequestLink(*row)


class RequestLinkRepository:
    def __init__(self, dossier: Dossier) -> None:
        self._d = dossier

    # -- reading --------------------------------------------------------------------------
    def get(self, request_id: int) -> RequestLink | None:
        row = self._d.conn.execute(
            f"SELECT {', '.join(_COLUMNS)} FROM request_subject WHERE request_id = ?",
            (request_id,)).fetchone()
        return _link(row) if row else None

    def all(self) -> dict[int, RequestLink]:
        """Every link, by request id."""
        return {r[0]: _link(r) for r in self._d.conn.execute(
            f"SELECT {', '.join(_COLUMNS)} FROM request_subject ORDER BY request_id")}

    # -- linking (undoable) ---------------------------------------------------------------
    def link(self, request_id: int, subject_id: int, *, label: str = "link") -> RequestLink:
        """Tie a request to a person of the ledger (or to another one, while nothing was
        done for it)."""
        before = self.get(request_id)
        found = self._refusals(request_id, before)
        subject = self._d.consents.subject(subject_id)
        if subject is None:
            found.append(Finding("unknown_subject", "subject_reference", Severity.ERROR,
                                 {"id": str(subject_id)}))
        elif subject.erased:
            found.append(Finding("request_link_erased_subject", "subject_reference",
                                 Severity.ERROR))
        if found:
            raise ValidationError(found)
        after = RequestLink(request_id, subject_id, now_text())
        self._write(after)
        self._push(label, request_id, before, after)
        return after

    def unlink(self, request_id: int, *, label: str = "unlink") -> None:
        before = self.get(request_id)
        if before is None:
            return
        found = self._refusals(request_id, before)
        if found:
            raise ValidationError(found)
        self._remove(request_id)
        self._push(label, request_id, before, None)

    def _refusals(self, request_id: int, current: RequestLink | None) -> list[Finding]:
        found = []
        if self._d.requests.get(request_id) is None:
            found.append(Finding("request_link_unknown_request", "", Severity.ERROR,
                                 {"id": str(request_id)}))
        if current is not None and current.acted:
            found.append(Finding("request_link_fixed", "subject_reference", Severity.ERROR))
        return found

    def _push(self, label: str, request_id: int, before: RequestLink | None,
              after: RequestLink | None) -> None:
        def put(link: RequestLink | None) -> None:
            current = self.get(request_id)
            if current is not None and current.acted:
                return  # done in the ledger since: the link stays as the record of it
            if link is None:
                self._remove(request_id)
            else:
                self._write(link)

        self._d.undo.push(UndoEntry(label, lambda: put(before), lambda: put(after)))

    # -- acting in the ledger (not undoable) ----------------------------------------------
    def erase(self, request_id: int, *, recorded_by: str = "",
              reason: str | None = None) -> RequestLink:
        """Erase the request's person from the ledger (identity blanked, an erasure event
        appended whose evidence is ``reason``, by default the request's reference and
        Art. 17) and record it on the request, in one transaction."""
        request = self._d.requests.get(request_id)
        link = self.get(request_id)
        if request is None:
            raise ValidationError([Finding("request_link_unknown_request", "",
                                           Severity.ERROR, {"id": str(request_id)})])
        found = check_erasure(request, link)
        if found:
            raise ValidationError(found)
        assert link is not None
        text = reason if reason is not None else self.words("erasure_reason", request)
        with self._d.transaction():
            event = self._d.consents.erase_subject(link.subject_id, reason=text,
                                                   recorded_by=recorded_by)
            after = replace(link, erased_at=event.recorded_at, erasure_seq=event.seq)
            self._write(after)
        if not self._d.read_only:
            # the ledger's own checkpoint cannot run inside the transaction: run it now, so
            # the blanked identity's old pages leave the write-ahead log
            with contextlib.suppress(sqlite3.Error):
                self._d.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return after

    def withdraw(self, request_id: int, *, recorded_by: str = "",
                 evidence: str | None = None) -> RequestLink:
        """Record the withdrawal of every consent the request's person currently gives (one
        event per purpose, now, through the channel the request came by, with ``evidence``
        naming the request) and record it on the request, in one transaction."""
        request = self._d.requests.get(request_id)
        link = self.get(request_id)
        if request is None:
            raise ValidationError([Finding("request_link_unknown_request", "",
                                           Severity.ERROR, {"id": str(request_id)})])
        found = check_withdrawal(request, link)
        if found:
            raise ValidationError(found)
        assert link is not None
        granted = self.current_consents(link.subject_id)
        if not granted:
            raise ValidationError([Finding("request_link_nothing_to_withdraw",
                                           "subject_reference", Severity.ERROR)])
        text = evidence if evidence is not None else self.words("withdrawal_evidence", request)
        channel, detail = channel_of(request)
        with self._d.transaction():
            for purpose_id in granted:
                event = self._d.consents.record(
                    link.subject_id, purpose_id, EventKind.WITHDRAWN, channel=channel.value,
                    channel_detail=detail, evidence=text, recorded_by=recorded_by)
            after = replace(link, withdrawn_at=event.recorded_at,
                            withdrawals=link.withdrawals + len(granted))
            self._write(after)
        return after

    def current_consents(self, subject_id: int) -> list[int]:
        """The purposes a person consents to now (their latest choice)."""
        return [s.purpose_id for s in self._d.consents.statuses(subject_id)
                if s.kind is EventKind.GRANTED]

    def words(self, code: str, request: RightsRequest) -> str:
        """The words written into the ledger for a request, in the dossier's language."""
        lang = normalise_lang(self._d.language)
        received = request.received_on
        with contextlib.suppress(ValueError):
            day = date.fromisoformat(received)
            received = day.strftime("%d/%m/%Y") if lang == "fr" else day.isoformat()
        return messages(lang).get("ledger", code, {"reference": request.reference,
                                                   "received": received})

    # -- storage ------------------------------------------------------------------------
    def put(self, link: RequestLink) -> None:
        """Store as given, without undo (JSON import)."""
        self._write(link)

    def _write(self, link: RequestLink) -> None:
        with self._d.transaction() as conn:
            conn.execute(
                f"INSERT INTO request_subject ({', '.join(_COLUMNS)}) "
                f"VALUES ({', '.join('?' * len(_COLUMNS))}) ON CONFLICT (request_id) DO UPDATE "
                "SET " + ", ".join(f"{c} = excluded.{c}" for c in _COLUMNS[1:]),
                (link.request_id, link.subject_id, link.linked_at, link.erased_at,
                 link.erasure_seq, link.withdrawn_at, link.withdrawals))

    def _remove(self, request_id: int) -> None:
        with self._d.transaction() as conn:
            conn.execute("DELETE FROM request_subject WHERE request_id = ?", (request_id,))
