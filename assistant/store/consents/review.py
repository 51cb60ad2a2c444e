"""What the owner should review in the consent ledger: per-purpose figures and timelines,
consents to renew, people kept past their retention, consents without a wording, and
processing based on consent that no purpose or wording covers."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from assistant.domain.clock import format_utc, utc_now
from assistant.domain.consent import add_months
from assistant.store.consents.purposes import PurposesMixin
from assistant.store.consents.records import PurposeSummary
from assistant.store.consents.status import (
    ledger_statuses,
    status_micros,
    status_source,
    status_time_text,
)

if TYPE_CHECKING:
    from assistant.domain.processing import Processing

_DAY_MICROS = 86_400_000_000
_FOREVER = 1 << 62  # microseconds: some 146,000 years


class ReviewMixin(PurposesMixin):
    """Figures and lists for review."""

    def purpose_summary(self, *, now: datetime | None = None,
                        from_ledger: bool = False) -> list[PurposeSummary]:
        """Per purpose: how many people's latest choice is consent / refusal / withdrawal /
        erased, the date of the last event, and the consents due for renewal at
        ``now`` (the clock by default; the PDF gives its own date so its figures do not move).

        ``from_ledger``: derived from the events themselves (what a printed document
        carries) rather than from the status table the window reads (:func:`status_source`).
        """
        now = now or utc_now()
        purposes = self.purposes()
        cutoffs = {int(p.id or 0): add_months(now, -p.validity_months)
                   for p in purposes if p.validity_months}
        # (purpose, kind) -> [people, last, of unknown date, due for renewal]
        figures: dict[tuple[int, str], list[Any]] = {}
        if from_ledger:
            texts = {pid: format_utc(cutoff) for pid, cutoff in cutoffs.items()}
            for _sid, pid, kind, when, unknown, _seq in ledger_statuses(self.conn):
                f = figures.setdefault((pid, kind), [0, when, 0, 0])
                f[0] += 1
                f[1] = max(f[1], when)
                f[2] += unknown
                f[3] += kind == "granted" and pid in texts and when < texts[pid]
        else:
            source = status_source(self.conn)
            for pid, kind, n, last, unknown in self.conn.execute(
                    "SELECT purpose_id, kind, count(*), max(occurred_at), sum(date_unknown) "
                    f"FROM {source} AS cs GROUP BY purpose_id, kind"):
                figures[(pid, kind)] = [n, status_time_text(last), int(unknown or 0), 0]
            # Those due for renewal, one range of the index per purpose: a test of every
            # status against its purpose's cutoff in the pass above cost as much again
            # (a million statuses: 0.35 s).
            for pid, cutoff in cutoffs.items():
                if (pid, "granted") in figures:
                    figures[(pid, "granted")][3] = self.conn.execute(
                        f"SELECT count(*) FROM {source} AS cs WHERE purpose_id = ? "
                        "AND kind = 'granted' AND occurred_at < ?",
                        (pid, status_micros(cutoff))).fetchone()[0]
        notices = dict(self.conn.execute(
            "SELECT purpose_id, count(*) FROM notice_version GROUP BY 1").fetchall())
        out = []
        for p in purposes:
            pid = int(p.id or 0)
            by_kind = {kind: f for (fp, kind), f in figures.items() if fp == pid}
            dated = [by_kind[k] for k in ("granted", "refused", "withdrawn", "erased")
                     if k in by_kind]
            stops = [f[1] for f in dated if f[1]]

            def count(kind: str, by_kind: dict[str, list[Any]] = by_kind) -> int:
                return int(by_kind[kind][0]) if kind in by_kind else 0

            out.append(PurposeSummary(pid, p.code, p.label, p.processing_id,
                                      count("granted"), count("withdrawn"), count("erased"),
                                      sum(int(f[0]) for f in by_kind.values()),
                                      max(stops) if stops else "",
                                      sum(int(f[3]) for f in by_kind.values()),
                                      notices.get(pid, 0), count("refused"),
                                      sum(int(f[2]) for f in by_kind.values())))
        return out

    def purpose_timeline(self, purpose_id: int) -> list[tuple[str, int, int]]:
        """``(YYYY-MM, consents, withdrawals)`` recorded per month for a purpose."""
        rows = self.conn.execute(
            "SELECT substr(occurred_at, 1, 7), sum(kind = 'granted'), sum(kind = 'withdrawn') "
            "FROM consent_event_text WHERE purpose_id = ? GROUP BY 1 ORDER BY 1", (purpose_id,))
        return [(r[0], int(r[1]), int(r[2])) for r in rows]

    # -- what to review ---------------------------------------------------------------------
    def consents_to_renew(self, *, limit: int = 1000) -> list[tuple[int, int, str]]:
        """``(subject_id, purpose_id, granted_at)`` of consents older than their purpose's
        validity (the owner should ask again or stop using them)."""
        out: list[tuple[int, int, str]] = []
        now = utc_now()
        for p in self.purposes():
            if not p.validity_months:
                continue
            cutoff = status_micros(add_months(now, -p.validity_months))
            out += [(r[0], r[1], status_time_text(r[2])) for r in self.conn.execute(
                f"SELECT subject_id, purpose_id, occurred_at FROM {status_source(self.conn)} "
                "AS cs WHERE purpose_id = ? AND kind = 'granted' AND occurred_at < ? "
                "ORDER BY occurred_at LIMIT ?", (p.id, cutoff, limit - len(out)))]
            if len(out) >= limit:
                break
        return out

    def retention_days(self) -> dict[int, int]:
        """Purpose id -> retention in days of the processing it belongs to (when set)."""
        out = {}
        for p in self.purposes():
            if p.processing_id is None:
                continue
            processing = self._d.register.get(p.processing_id)
            days = processing.retention.approx_days() if processing else None
            if days:
                out[int(p.id or 0)] = days
        return out

    def past_retention(self, *, limit: int = 1000) -> list[tuple[int, str]]:
        """``(subject_id, last_event_at)`` of people whose every record is older than the
        retention of the processing it belongs to: their data should be erased (or the
        relationship renewed). A purpose with no linked retention keeps a person."""
        days = self.retention_days()
        if not days:
            return []
        now = utc_now()
        # the retention in microseconds (the statuses' times); a purpose with none: longer
        # than any time can reach
        cases = " ".join(f"WHEN {pid} THEN {d * _DAY_MICROS}" for pid, d in days.items())
        rows = self.conn.execute(
            f"SELECT subject_id, max(occurred_at) FROM {status_source(self.conn)} AS cs "
            "WHERE kind != 'erased' GROUP BY subject_id "
            f"HAVING max(occurred_at + (CASE purpose_id {cases} ELSE {_FOREVER} END)) "
            "< ? ORDER BY 2 LIMIT ?", (status_micros(now), limit))
        return [(r[0], status_time_text(r[1])) for r in rows]

    def consent_processing_gaps(self, processings: Iterable[Processing] | None = None
                                ) -> list[tuple[int, str, str]]:
        """Processing whose legal basis is consent but that no purpose belongs to, or whose
        purposes have no wording: ``(processing_id, name, 'no_purpose'|'no_notice')``.

        ``processings``: the register without archived entries when the caller has it
        already (the guide's snapshot), so it is not read twice. One query for the purposes.
        """
        if processings is None:
            processings = self._d.register.list(include_archived=False)
        worded: dict[int, list[bool]] = {}
        for pid, has_notice in self.conn.execute(
                "SELECT p.processing_id, EXISTS (SELECT 1 FROM notice_version n "
                "WHERE n.purpose_id = p.id) FROM consent_purpose p "
                "WHERE p.archived = 0 AND p.processing_id IS NOT NULL ORDER BY p.id"):
            worded.setdefault(pid, []).append(bool(has_notice))
        out = []
        for p in processings:
            if p.legal_basis is None or p.legal_basis.value != "consent":
                continue
            notices = worded.get(p.id or 0)
            if not notices:
                out.append((int(p.id or 0), p.name, "no_purpose"))
            elif not all(notices):
                out.append((int(p.id or 0), p.name, "no_notice"))
        return out

    def unworded_consents(self) -> dict[int, int]:
        """Purpose id -> consents recorded without the wording shown (imported from a
        source that had none): they prove less than the others."""
        return {int(r[0]): int(r[1]) for r in self.conn.execute(
            "SELECT purpose_id, count(*) FROM consent_event INDEXED BY consent_event_unworded "
            "WHERE kind = 'granted' AND notice_id IS NULL GROUP BY purpose_id")}

