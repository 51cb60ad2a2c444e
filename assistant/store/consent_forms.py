"""Numbered paper consent forms: which numbers were printed, with which wordings.

Printing forms records a batch: a range of numbers, the language, and for each purpose the
wording version printed. When a filled form comes back, its number finds the batch, so the
wording the customer actually read is the one recorded, even if the purpose's wording was
changed since. A range that overlaps forms printed with other wordings is refused: two forms
with one number would make the number prove nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from assistant.domain.clock import now_text
from assistant.domain.consent import NoticeVersion, Purpose
from assistant.domain.consent_wording import FORM_NUMBER_MAX, form_label
from assistant.domain.findings import Finding, Severity, ValidationError
from assistant.domain.text import NAME_MAX, check_text

if TYPE_CHECKING:
    from assistant.store.dossier import Dossier


@dataclass(frozen=True)
class FormBatch:
    id: int
    first: int
    last: int
    language: str
    printed_at: str
    printed_by: str
    wordings: tuple[tuple[int, int], ...]  # (purpose id, notice id), in printed order

    def __contains__(self, number: object) -> bool:
        return isinstance(number, int) and self.first <= number <= self.last


@dataclass(frozen=True)
class FormContent:
    """What forms of a language print for chosen purposes: each purpose's wording."""

    language: str
    purposes: tuple[Purpose, ...]
    notices: tuple[NoticeVersion, ...]

    @property
    def wordings(self) -> tuple[tuple[int, int], ...]:
        return tuple((int(p.id or 0), int(n.id or 0))
                     for p, n in zip(self.purposes, self.notices, strict=True))


class ConsentFormRepository:
    def __init__(self, dossier: Dossier) -> None:
        self._d = dossier

    def batches(self) -> list[FormBatch]:
        wordings: dict[int, list[tuple[int, int]]] = {}
        for batch_id, purpose_id, notice_id in self._d.conn.execute(
                "SELECT batch_id, purpose_id, notice_id FROM consent_form_wording "
                "ORDER BY batch_id, position"):
            wordings.setdefault(batch_id, []).append((purpose_id, notice_id))
        return [FormBatch(r[0], r[1], r[2], r[3], r[4], r[5], tuple(wordings.get(r[0], ())))
                for r in self._d.conn.execute(
                    "SELECT id, first_number, last_number, language, printed_at, printed_by "
                    "FROM consent_form_batch ORDER BY id")]

    def batch_for(self, number: int) -> FormBatch | None:
        """The forms printed with this number (the latest print, if printed again)."""
        found = [b for b in self.batches() if number in b]
        return found[-1] if found else None

    def next_free_number(self) -> int:
        row = self._d.conn.execute("SELECT max(last_number) FROM consent_form_batch").fetchone()
        return int(row[0] or 0) + 1

    def content(self, codes: Sequence[str], language: str) -> FormContent:
        """The purposes named by ``codes`` with the wording each prints in ``language``
        (the one in effect today); refused, naming them, for an unknown purpose or one
        without a wording in that language."""
        found = []
        purposes, notices = [], []
        known = {p.code: p for p in self._d.consents.purposes()}
        if not codes:
            found.append(Finding("form_no_purpose", "purposes", Severity.ERROR))
        if len(set(codes)) != len(codes):
            found.append(Finding("purpose_twice", "purposes", Severity.ERROR))
        for code in codes:
            purpose = known.get(code)
            if purpose is None or purpose.archived:
                found.append(Finding("form_unknown_purpose", "purposes", Severity.ERROR, {
                    "code": code, "known": ", ".join(
                        p.code for p in known.values() if not p.archived)}))
                continue
            notice = self._d.consents.current_notice(int(purpose.id or 0), language=language)
            if notice is None or notice.language != language:
                found.append(Finding("form_no_wording", "purposes", Severity.ERROR, {
                    "purpose": purpose.label, "code": code, "language": language}))
                continue
            purposes.append(purpose)
            notices.append(notice)
        if found:
            raise ValidationError(found)
        return FormContent(language, tuple(purposes), tuple(notices))

    def check_numbers(self, numbers: range, content: FormContent) -> list[Finding]:
        """Why these numbers cannot be printed with this content (empty if they can): a
        number already printed with other wordings would no longer say which ones a filled
        form carries."""
        found = []
        if numbers.start < 1 or numbers.stop - 1 > FORM_NUMBER_MAX:
            found.append(Finding("form_numbers_range", "numbers", Severity.ERROR,
                                 {"value": f"{numbers.start}-{numbers.stop - 1}"}))
        for batch in self.batches():
            overlaps = batch.first <= numbers.stop - 1 and numbers.start <= batch.last
            same = batch.wordings == content.wordings and batch.language == content.language
            if overlaps and not same:
                found.append(Finding("form_numbers_taken", "numbers", Severity.ERROR, {
                    "first": form_label(batch.first), "last": form_label(batch.last),
                    "next": form_label(self.next_free_number())}))
                break
        return found

    def record_batch(self, numbers: range, content: FormContent, *,
                     printed_by: str = "") -> FormBatch | None:
        """Record that forms ``numbers`` were printed with ``content`` (one transaction).
        Printing again forms already recorded with the same wordings records nothing
        (None)."""
        found = self.check_numbers(numbers, content)
        found += check_text(printed_by, "recorded_by", max_length=NAME_MAX)
        if found:
            raise ValidationError(found)
        same = [b for b in self.batches() if b.wordings == content.wordings
                and b.language == content.language]
        if all(any(n in b for b in same) for n in numbers):
            return None
        with self._d.transaction() as conn:
            cur = conn.execute(
                "INSERT INTO consent_form_batch (first_number, last_number, language, "
                "printed_at, printed_by) VALUES (?, ?, ?, ?, ?)",
                (numbers.start, numbers.stop - 1, content.language, now_text(),
                 printed_by.strip()))
            batch_id = int(cur.lastrowid or 0)
            conn.executemany(
                "INSERT INTO consent_form_wording (batch_id, position, purpose_id, notice_id) "
                "VALUES (?, ?, ?, ?)",
                [(batch_id, n, pid, nid) for n, (pid, nid) in enumerate(content.wordings)])
        return self.batch_for(numbers.start)

    def put_batch(self, batch: FormBatch) -> None:
        """Store a batch as given, with its id (JSON import)."""
        with self._d.transaction() as conn:
            conn.execute(
                "INSERT INTO consent_form_batch (id, first_number, last_number, language, "
                "printed_at, printed_by) VALUES (?, ?, ?, ?, ?, ?)",
                (batch.id, batch.first, batch.last, batch.language, batch.printed_at,
                 batch.printed_by))
            conn.executemany(
                "INSERT INTO consent_form_wording (batch_id, position, purpose_id, notice_id) "
                "VALUES (?, ?, ?, ?)",
                [(batch.id, n, pid, nid) for n, (pid, nid) in enumerate(batch.wordings)])
