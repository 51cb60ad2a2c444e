"""The organisation row (there is exactly one per dossier)."""

from __future__ import annotations

from dataclasses import fields, replace
from typing import TYPE_CHECKING

from assistant.domain.clock import now_text
from assistant.domain.findings import ValidationError, errors
from assistant.domain.organisation import Organisation, check_organisation
from assistant.store.undo import UndoEntry

if TYPE_CHECKING:
    from assistant.store.dossier import Dossier

_COLUMNS = [f.name for f in fields(Organisation)]


class OrganisationRepository:
    def __init__(self, dossier: Dossier) -> None:
        self._d = dossier

    def get(self) -> Organisation:
        row = self._d.conn.execute(
            f"SELECT {', '.join(_COLUMNS)} FROM organisation WHERE id = 1"
        ).fetchone()
        return Organisation(**dict(zip(_COLUMNS, row, strict=True)))

    def save(self, org: Organisation, *, label: str = "", undoable: bool = True) -> Organisation:
        """Validate and store; blocking findings raise :class:`ValidationError`."""
        org = org.normalised()
        blocking = errors(check_organisation(org))
        if blocking:
            raise ValidationError(blocking)
        before = self.get()
        after = replace(org, created_at=before.created_at, updated_at=now_text())
        self._write(after)
        if undoable:
            self._d.undo.push(
                UndoEntry(label or "organisation", lambda: self._write(before),
                          lambda: self._write(after))
            )
        return after

    def put(self, org: Organisation) -> None:
        """Store as given, timestamps included, without undo (JSON import)."""
        with self._d.transaction() as conn:
            conn.execute(
                f"UPDATE organisation SET {', '.join(f'{c} = ?' for c in _COLUMNS)} WHERE id = 1",
                [getattr(org, c) for c in _COLUMNS],
            )

    def _write(self, org: Organisation) -> None:
        cols = [c for c in _COLUMNS if c != "created_at"]
        with self._d.transaction() as conn:
            conn.execute(
                f"UPDATE organisation SET {', '.join(f'{c} = ?' for c in cols)} WHERE id = 1",
                [getattr(org, c) for c in cols],
            )
