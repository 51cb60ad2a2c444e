"""The consent purposes and their wordings (notice versions): read, created, changed,
deleted (with undo), and kept word for word with their SHA-256."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

from assistant.domain.clock import now_text
from assistant.domain.consent import (
    NoticeVersion,
    Purpose,
    notice_sha256,
)
from assistant.domain.consent_rules import check_notice, check_purpose
from assistant.domain.findings import Finding, Severity, ValidationError
from assistant.store.consents.part import RepoPart
from assistant.store.consents.records import (
    _NOTICE_COLS,
    _PURPOSE_COLS,
    _normalised_purpose,
    _purpose,
)
from assistant.store.errors import InUse
from assistant.store.undo import UndoEntry


class PurposesMixin(RepoPart):
    """Purposes and the wordings shown for them."""

    # -- purposes ---------------------------------------------------------------------------
    def purposes(self, *, include_archived: bool = True) -> list[Purpose]:
        where = "" if include_archived else "WHERE archived = 0"
        rows = self.conn.execute(
            f"SELECT {', '.join(_PURPOSE_COLS)} FROM consent_purpose {where} ORDER BY id")
        return [_purpose(r) for r in rows]

    def purpose(self, purpose_id: int) -> Purpose | None:
        row = self.conn.execute(
            f"SELECT {', '.join(_PURPOSE_COLS)} FROM consent_purpose WHERE id = ?",
            (purpose_id,)).fetchone()
        return _purpose(row) if row else None

    def purpose_by_code(self, code: str) -> Purpose | None:
        row = self.conn.execute(
            f"SELECT {', '.join(_PURPOSE_COLS)} FROM consent_purpose WHERE code = ?",
            (code,)).fetchone()
        return _purpose(row) if row else None

    def save_purpose(self, p: Purpose, *, label: str = "purpose",
                     undoable: bool = True) -> Purpose:
        """Create (``id`` None) or update a purpose; its code never changes once saved."""
        p = _normalised_purpose(p)
        known = {r[0]: r[1] for r in self.conn.execute("SELECT id, code FROM consent_purpose")}
        found = check_purpose(p)
        if p.code in known.values() and known.get(p.id or -1) != p.code:
            found.append(Finding("purpose_code_taken", "code", Severity.ERROR,
                                 {"code": p.code}))
        if p.id is not None and p.id in known and known[p.id] != p.code:
            found.append(Finding("purpose_code_fixed", "code", Severity.ERROR,
                                 {"code": known[p.id]}))
        if p.processing_id is not None and self._d.register.get(p.processing_id) is None:
            found.append(Finding("unknown_processing", "processing_id", Severity.ERROR,
                                 {"id": str(p.processing_id)}))
        if found:
            raise ValidationError(found)
        now = now_text()
        before = self.purpose(p.id) if p.id is not None else None
        if before is None:
            with self._d.transaction() as conn:
                cur = conn.execute(
                    "INSERT INTO consent_purpose (code, label, description, processing_id, "
                    "validity_months, archived, created_at, updated_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (p.code, p.label, p.description, p.processing_id, p.validity_months,
                     int(p.archived), now, now))
                new_id = int(cur.lastrowid or 0)
            after = self.purpose(new_id)
        else:
            after = replace(p, created_at=before.created_at, updated_at=now)
            self._write_purpose(after)
        assert after is not None
        if undoable:
            created = before is None

            def undo() -> None:
                if created:
                    self._delete_purpose(int(after.id or 0))
                else:
                    assert before is not None
                    self._write_purpose(before)

            def redo() -> None:
                if created:
                    self.put_purpose(after)
                else:
                    self._write_purpose(after)

            self._d.undo.push(UndoEntry(label, undo, redo))
        return after

    def put_purpose(self, p: Purpose) -> None:
        """Store as given (same id and timestamps), without undo (JSON import, redo)."""
        with self._d.transaction() as conn:
            conn.execute(
                f"INSERT INTO consent_purpose ({', '.join(_PURPOSE_COLS)}) "
                f"VALUES ({', '.join('?' * len(_PURPOSE_COLS))})",
                (p.id, p.code, p.label, p.description, p.processing_id, p.validity_months,
                 int(p.archived), p.created_at, p.updated_at))

    def _write_purpose(self, p: Purpose) -> None:
        with self._d.transaction() as conn:
            conn.execute(
                "UPDATE consent_purpose SET label = ?, description = ?, processing_id = ?, "
                "validity_months = ?, archived = ?, updated_at = ? WHERE id = ?",
                (p.label, p.description, p.processing_id, p.validity_months, int(p.archived),
                 p.updated_at, p.id))

    def _delete_purpose(self, purpose_id: int) -> None:
        try:
            with self._d.transaction() as conn:
                conn.execute("DELETE FROM consent_purpose WHERE id = ?", (purpose_id,))
        except sqlite3.IntegrityError as exc:
            raise InUse(self._d.path, detail=str(exc)) from exc

    def delete_purpose(self, purpose_id: int, *, label: str = "delete purpose") -> None:
        """Delete a purpose nobody has consented to yet (otherwise archive it)."""
        before = self.purpose(purpose_id)
        if before is None:
            return
        used = self.conn.execute(
            "SELECT 1 FROM consent_event WHERE purpose_id = ? UNION ALL "
            "SELECT 1 FROM consent_form_wording WHERE purpose_id = ? LIMIT 1",
            (purpose_id, purpose_id)).fetchone()  # consents given, or forms printed
        if used:
            raise InUse(self._d.path, detail=before.code)
        with self._d.transaction() as conn:
            conn.execute("DELETE FROM notice_version WHERE purpose_id = ?", (purpose_id,))
            conn.execute("DELETE FROM consent_purpose WHERE id = ?", (purpose_id,))
        self._d.undo.push(UndoEntry(label, lambda: self.put_purpose(before),
                                    lambda: self._delete_purpose(purpose_id)))

    # -- wordings ---------------------------------------------------------------------------
    def notices(self, purpose_id: int | None = None) -> list[NoticeVersion]:
        where, args = ("WHERE purpose_id = ?", (purpose_id,)) if purpose_id else ("", ())
        rows = self.conn.execute(
            f"SELECT {', '.join(_NOTICE_COLS)} FROM notice_version {where} "
            "ORDER BY purpose_id, effective_from, id", args)
        return [NoticeVersion(*r) for r in rows]

    def notice(self, notice_id: int) -> NoticeVersion | None:
        row = self.conn.execute(
            f"SELECT {', '.join(_NOTICE_COLS)} FROM notice_version WHERE id = ?",
            (notice_id,)).fetchone()
        return NoticeVersion(*row) if row else None

    def current_notice(self, purpose_id: int, at: str | None = None, *,
                       language: str = "") -> NoticeVersion | None:
        """The wording in effect for a purpose on a date (ISO; today by default); with
        ``language``, the one in that language if there is one, else in any."""
        day = (at or now_text())[:10]
        for only in ((language, "") if language else ("",)):
            row = self.conn.execute(
                f"SELECT {', '.join(_NOTICE_COLS)} FROM notice_version WHERE purpose_id = ? "
                "AND effective_from <= ? AND (? = '' OR language = ?) "
                "ORDER BY effective_from DESC, id DESC LIMIT 1",
                (purpose_id, day, only, only)).fetchone()
            if row:
                return NoticeVersion(*row)
        return None

    def add_notice(self, purpose_id: int, version: str, text: str, effective_from: str,
                   *, language: str = "fr") -> NoticeVersion:
        """Keep a new wording, word for word, with its SHA-256 (never changed afterwards)."""
        notice = NoticeVersion(None, purpose_id, version.strip(), text.strip(),
                               notice_sha256(text.strip()), effective_from.strip(),
                               language, now_text())
        found = check_notice(notice)
        if self.purpose(purpose_id) is None:
            found.append(Finding("unknown_purpose_id", "purpose_id", Severity.ERROR,
                                 {"id": str(purpose_id)}))
        elif any(n.version == notice.version for n in self.notices(purpose_id)):
            found.append(Finding("notice_version_taken", "version", Severity.ERROR,
                                 {"version": notice.version}))
        if found:
            raise ValidationError(found)
        with self._d.transaction() as conn:
            cur = conn.execute(
                "INSERT INTO notice_version (purpose_id, version, text, sha256, "
                "effective_from, language, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (purpose_id, notice.version, notice.text, notice.sha256,
                 notice.effective_from, language, notice.created_at))
        return replace(notice, id=int(cur.lastrowid or 0))

    def put_notice(self, n: NoticeVersion) -> None:
        with self._d.transaction() as conn:
            conn.execute(
                f"INSERT INTO notice_version ({', '.join(_NOTICE_COLS)}) "
                f"VALUES ({', '.join('?' * len(_NOTICE_COLS))})",
                (n.id, n.purpose_id, n.version, n.text, n.sha256, n.effective_from,
                 n.language, n.created_at))
