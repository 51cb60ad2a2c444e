"""The breach register (GDPR Art. 33(5)): every breach, notified or not, with undo."""

from __future__ import annotations

from typing import Any, ClassVar

from assistant.domain.breach import Breach, check_breach
from assistant.domain.findings import Finding
from assistant.domain.processes_serial import BREACH_KEYS, breach_from_dict, breach_to_dict
from assistant.store.record_repo import RecordRepository


class BreachRepository(RecordRepository[Breach]):
    table = "breach"
    keys = BREACH_KEYS
    json_keys = frozenset({"breach_types"})
    prefixes: ClassVar[dict[str, str]] = {"fr": "V", "en": "B"}  # violation / breach

    def to_dict(self, record: Breach) -> dict[str, Any]:
        return breach_to_dict(record)

    def from_dict(self, d: dict[str, Any]) -> Breach:
        return breach_from_dict(d)

    def check(self, record: Breach) -> list[Finding]:
        return check_breach(record, now=self.now())
