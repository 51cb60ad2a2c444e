"""A request's person in the consent records, and the erasure done for it, in the JSON
interchange: valid against the schema, exact round trip, refusals by JSON path."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from assistant.domain.progress import drive
from assistant.domain.rights_request import Right
from assistant.exchange.json_dossier import import_json
from assistant.paths import resources_dir
from assistant.store.dossier import open_dossier
from tests.json_helpers import export, refused


@pytest.fixture
def linked(demo_copy: Path) -> Path:
    """The demo with its erasure request carried out, and an access request linked."""
    with open_dossier(demo_copy) as d:
        requests = d.requests.list()
        erasure = next(r for r in requests if r.right is Right.ERASURE)
        person = d.consents.find_subject(customer_ref=erasure.subject_reference)
        assert person is not None
        d.request_links.link(int(erasure.id or 0), person.id)
        d.request_links.erase(int(erasure.id or 0), recorded_by="Camille")
        access = next(r for r in requests if r.right is Right.ACCESS)
        d.request_links.link(int(access.id or 0), person.id + 1)
    return demo_copy


def test_links_round_trip_and_follow_the_schema(linked: Path, tmp_path: Path) -> None:
    first = export(linked, tmp_path / "a.json")
    schema = json.loads((resources_dir() / "schema" / "dossier.schema.json")
                        .read_text(encoding="utf-8"))
    jsonschema.validate(first, schema)
    links = [r["consent_link"] for r in first["rights_requests"] if "consent_link" in r]
    assert len(links) == 2
    erased = next(link for link in links if link["erased_at"])
    event = next(e for e in first["consent_events"] if e["seq"] == erased["erasure_event"])
    assert event["kind"] == "erased" and event["subject"] == erased["subject"]
    drive(import_json(tmp_path / "a.json", tmp_path / "b.rgpd"))
    second = export(tmp_path / "b.rgpd", tmp_path / "b.json")
    assert first["rights_requests"] == second["rights_requests"]
    with open_dossier(linked, read_only=True) as a, \
            open_dossier(tmp_path / "b.rgpd", read_only=True) as b:
        assert a.request_links.all() == b.request_links.all()


@pytest.mark.parametrize("change,where,code", [
    (lambda link: link.update(subject="0" * 32), ".consent_link.subject",
     "unknown_subject_uid"),
    (lambda link: link.update(erasure_event=1), ".consent_link.erasure_event", "json_other"),
    (lambda link: link.update(erasure_event=None), ".consent_link", "json_other"),
    (lambda link: link.update(withdrawals=-1), ".consent_link.withdrawals",
     "json_out_of_range"),
])
def test_refusals_name_the_json_path(linked: Path, tmp_path: Path, change: Any, where: str,
                                     code: str) -> None:
    doc = export(linked, tmp_path / "a.json")
    index = next(i for i, r in enumerate(doc["rights_requests"])
                 if r.get("consent_link", {}).get("erased_at"))
    change(doc["rights_requests"][index]["consent_link"])
    caught = refused(tmp_path, doc)  # and nothing written
    assert (caught.where, caught.finding.code) == (f"$.rights_requests[{index}]{where}", code)
