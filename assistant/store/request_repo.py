"""The register of rights requests (GDPR Art. 12 to 22), with undo of every user change."""

from __future__ import annotations

from typing import Any, ClassVar

from assistant.domain.deadlines import local_date
from assistant.domain.findings import Finding
from assistant.domain.processes_serial import REQUEST_KEYS, request_from_dict, request_to_dict
from assistant.domain.rights_request import RightsRequest, check_request
from assistant.store.record_repo import RecordRepository


class RequestRepository(RecordRepository[RightsRequest]):
    table = "rights_request"
    keys = REQUEST_KEYS
    bool_keys = frozenset({"extended"})
    prefixes: ClassVar[dict[str, str]] = {"fr": "D", "en": "R"}  # demande / request

    def to_dict(self, record: RightsRequest) -> dict[str, Any]:
        return request_to_dict(record)

    def from_dict(self, d: dict[str, Any]) -> RightsRequest:
        return request_from_dict(d)

    def check(self, record: RightsRequest) -> list[Finding]:
        # "Today" is the computer's local date: a request cannot arrive tomorrow.
        return check_request(record, today=local_date(self.now()))
