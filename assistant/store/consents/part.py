"""The base every part of :class:`~assistant.store.consent_repo.ConsentRepository` builds on:
the dossier it reads and writes, and its connection."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from assistant.store.dossier import Dossier


class RepoPart:
    """The dossier (``_d``) and its connection, which every part uses."""

    _d: Dossier

    @property
    def conn(self) -> sqlite3.Connection:
        return self._d.conn
