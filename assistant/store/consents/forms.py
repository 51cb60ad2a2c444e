"""Paper consent forms and drawn signatures: what was recorded from a numbered form, the
signatures kept beside the ledger, and the check a signature image must pass."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from assistant.domain.consent import EventKind
from assistant.store.consents.part import RepoPart
from assistant.store.ledger.subject_forms import lean_uid


@dataclass(frozen=True)
class FormEntry:
    """An event recorded from a numbered paper form."""

    number: int
    seq: int
    subject_id: int
    recorded_at: str
    occurred_at: str
    purpose_label: str
    kind: EventKind


PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
SIGNATURE_MAX = 2_000_000  # bytes: a drawn signature is a few kilobytes


def check_signature(png: bytes) -> str:
    """The finding code a signature image is refused with, or ""."""
    if not png:
        return "signature_empty"
    if not png.startswith(PNG_MAGIC):
        return "signature_not_png"
    if len(png) > SIGNATURE_MAX:
        return "signature_too_large"
    return ""


class FormsMixin(RepoPart):
    """Entries recorded from paper forms, and signatures."""

    def form_entries(self, number: int) -> list[FormEntry]:
        """What was recorded from the paper form ``number`` (empty if nothing yet)."""
        rows = self.conn.execute(
            "SELECT e.seq, e.subject_id, e.recorded_at, e.occurred_at, "
            "coalesce(p.label, ''), e.kind FROM consent_form_entry f "
            "JOIN consent_event_text e ON e.seq = f.event_seq "
            "LEFT JOIN consent_purpose p ON p.id = e.purpose_id "
            "WHERE f.number = ? ORDER BY e.seq", (number,))
        return [FormEntry(number, r[0], r[1], r[2], r[3], r[4], EventKind(r[5])) for r in rows]

    def signature(self, sha256: str) -> bytes | None:
        """The PNG of a signature named by an event's evidence (None once erased)."""
        row = self.conn.execute("SELECT png FROM consent_signature WHERE sha256 = ?",
                                (sha256,)).fetchone()
        return bytes(row[0]) if row else None

    def signatures(self) -> Iterator[tuple[str, str, bytes, str]]:
        """Every signature kept: ``(sha256, subject uid, png, created_at)`` (JSON export)."""
        for sha, uid, png, created in self.conn.execute(
                "SELECT g.sha256, s.uid, g.png, g.created_at FROM consent_signature g "
                "JOIN subject_text s ON s.id = g.subject_id ORDER BY g.created_at, g.sha256"):
            yield sha, uid, bytes(png), created

    def put_signature(self, sha256: str, subject_uid: str, png: bytes, created_at: str) -> None:
        """Store a signature as given (JSON import)."""
        with self._d.transaction() as conn:
            conn.execute(
                "INSERT INTO consent_signature (sha256, subject_id, png, created_at) "
                "SELECT ?, id, ?, ? FROM subject WHERE uid = ?",
                (sha256, png, created_at, lean_uid(subject_uid)))

    def all_form_entries(self) -> list[tuple[int, int]]:
        """``(form number, event seq)`` of every event recorded from a paper form."""
        return [(int(r[0]), int(r[1])) for r in self.conn.execute(
            "SELECT number, event_seq FROM consent_form_entry ORDER BY event_seq, number")]

    def put_form_entry(self, number: int, seq: int) -> None:
        with self._d.transaction() as conn:
            conn.execute("INSERT INTO consent_form_entry (number, event_seq) VALUES (?, ?)",
                         (number, seq))

