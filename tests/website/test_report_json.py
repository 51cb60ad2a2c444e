"""The JSON report: its format, the fetch date, findings in words with their sources, page
details and what was not checked."""

from __future__ import annotations

import json

from assistant.domain.progress import drive
from assistant.website.report_json import FORMAT, report_bytes, write_report_json
from tests.website.helpers import check
from tests.website.server import serving, site_routes


def test_json_report(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with serving(site_routes("redirect")) as site:
        review = check(site.url())
    target = tmp_path / "report.json"
    drive(write_report_json(review, target, "fr"))
    data = json.loads(target.read_text("utf-8"))
    assert data["format"] == FORMAT and data["format_version"] == 1
    assert data["checked_at"] == review.facts.fetched_at.strftime("%Y-%m-%dT%H:%M:%SZ")
    assert data["tracker_list"] == {"date": review.list_date.isoformat(), "version": 1}
    assert data["site"]["final_address"] == site.url("/accueil")
    too_long = next(f for f in data["findings"] if f["code"] == "cookie_too_long")
    assert too_long["priority"] == "high" and "2020-091" in too_long["source"]
    assert too_long["action"].startswith("Site web : ramener la durée du cookie")
    cookie = next(c for c in data["pages"][0]["cookies"] if c["name"].startswith("_pk_id"))
    assert cookie["lifetime_days"] == 730 and cookie["over_13_months"] is True
    assert cookie["verdict"] == "needs_consent" and cookie["owner"] == "Matomo"
    assert len(data["not_checked"]) >= 4 and "conforme" in data["statement"]
    assert target.read_bytes() == report_bytes(review, "fr")  # same review, same bytes
