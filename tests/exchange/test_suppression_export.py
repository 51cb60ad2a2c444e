"""Withdrawals sent back to the sending tools: each suppression file has the layout its
tool imports, and imported back into a fresh dossier it reads, through the same tool's
layout, as the withdrawals it stands for."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest

from assistant.cli import main
from assistant.domain.consent import EventKind, Identity
from assistant.domain.progress import drive
from assistant.exchange.consent_import import import_consents
from assistant.exchange.suppression_export import HEADERS, export_suppression
from assistant.store.dossier import Dossier, create_dossier
from assistant.store.suppression_repo import pending, record_import_from


@pytest.fixture
def shop(tmp_path: Path):  # type: ignore[no-untyped-def]
    with create_dossier(tmp_path / "shop.rgpd") as d:
        c = d.consents
        news = int(c.purpose_by_code("newsletter").id or 0)  # type: ignore[union-attr]
        sms = int(c.purpose_by_code("sms").id or 0)  # type: ignore[union-attr]
        ann = c.add_subject(Identity("ann@example.org", "", "Ann", "Lee", "06 12 34 56 78"))
        bob = c.add_subject(Identity("bob@example.org", "", "Bob", "=Hack", ""))
        cid = c.add_subject(Identity("", "C-3", "Cid", "", "07 00 00 00 03"))
        eve = c.add_subject(Identity("eve@example.org", "", "Eve", "", ""))
        c.record(ann.id, news, EventKind.GRANTED, occurred_at="2024-01-01T10:00:00Z")
        c.record(ann.id, news, EventKind.WITHDRAWN, occurred_at="2024-06-01T10:00:00Z")
        c.record(bob.id, news, EventKind.REFUSED, occurred_at="2024-02-01T10:00:00Z")
        c.record(cid.id, sms, EventKind.WITHDRAWN, date_unknown=True)
        c.record(ann.id, sms, EventKind.REFUSED, occurred_at="2024-03-01T10:00:00Z")
        c.record(eve.id, news, EventKind.GRANTED, occurred_at="2024-01-01T10:00:00Z")
        yield d


def rows(path: Path, delimiter: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_text("utf-8")), delimiter=delimiter))


@pytest.mark.parametrize("tool", ["mailchimp", "brevo", "shopify"])
@pytest.mark.parametrize("purpose", ["newsletter", "sms"])
def test_round_trip(shop: Dossier, tmp_path: Path, tool: str, purpose: str) -> None:
    target = tmp_path / f"{tool}-{purpose}.csv"
    report = drive(export_suppression(shop, target, tool, purpose))
    written = rows(target, ";" if tool == "brevo" else ",")
    assert written[0] == HEADERS[tool]
    expected = {("newsletter", "mailchimp"): 2, ("newsletter", "brevo"): 2,
                ("newsletter", "shopify"): 2, ("sms", "mailchimp"): 0, ("sms", "brevo"): 2,
                ("sms", "shopify"): 2}[(purpose, tool)]
    assert report.written == expected == len(written) - 1
    assert all(not c.startswith(("=", "+", "-", "@")) for r in written for c in r)
    if not expected:
        return
    with create_dossier(tmp_path / "fresh.rgpd") as fresh:
        result = drive(import_consents(fresh, target))
        assert result.layout == tool
        events = [(h.purpose_code, h.kind.value) for s in range(1, fresh.consents.subject_count()
                                                                 + 1)
                  for h in fresh.consents.history(s)]
        assert events == [(purpose, "withdrawn")] * expected
        if purpose == "newsletter":
            assert fresh.consents.find_subject(email="ann@example.org") is not None
            assert fresh.consents.find_subject(email="eve@example.org") is None
        else:
            assert fresh.consents.find_subject(phone="+33700000003") is not None
    if tool == "mailchimp" and purpose == "newsletter":
        ann = next(r for r in written if r[0] == "ann@example.org")
        assert ann[3] == "2024-06-01 10:00:00"  # UNSUB_TIME, as Mailchimp writes it (UTC)


def test_since_and_the_overview_reminder(shop: Dossier, tmp_path: Path) -> None:
    assert pending(shop) == []  # no sending tool in use: nothing to remind
    record_import_from(shop, "mailchimp", "2000-01-01T00:00:00.000000Z")
    (reminder,) = pending(shop)
    assert (reminder.tool, reminder.purpose, reminder.count) == ("mailchimp", "newsletter", 2)
    drive(export_suppression(shop, tmp_path / "a.csv", "mailchimp", "newsletter"))
    assert pending(shop) == []
    news = int(shop.consents.purpose_by_code("newsletter").id or 0)  # type: ignore[union-attr]
    eve = shop.consents.find_subject(email="eve@example.org")
    assert eve is not None
    shop.consents.record(eve.id, news, EventKind.WITHDRAWN)
    assert [p.count for p in pending(shop)] == [1]
    # --since counts by when a choice was recorded (a paper form typed in late is sent too)
    report = drive(export_suppression(shop, tmp_path / "b.csv", "mailchimp", "newsletter",
                                      since=dt.date.today()))
    assert report.written == 3
    report = drive(export_suppression(shop, tmp_path / "c.csv", "mailchimp", "newsletter",
                                      since=dt.date.today() + dt.timedelta(days=1)))
    assert report.written == 0


def test_command_line(shop: Dossier, tmp_path: Path) -> None:
    path = shop.path
    shop.close()
    out, err = io.StringIO(), io.StringIO()
    code = main(["--lang", "fr", "--data-dir", str(tmp_path / "s"), "consents", "export",
                 str(path), "--suppression", "brevo", "--purpose", "sms", "-o",
                 str(tmp_path / "brevo.csv")], out=out, err=err)
    assert code == 0, err.getvalue()
    assert "2 personnes ayant retiré ou refusé « sms », pour Brevo" in out.getvalue()
    assert "liste noire" in out.getvalue()
    code = main(["--lang", "en", "--data-dir", str(tmp_path / "s"), "consents", "export",
                 str(path), "--suppression", "brevo", "--purpose", "cakes", "-o",
                 str(tmp_path / "x.csv")], out=out, err=err)
    assert code == 1 and "no purpose \"cakes\"" in err.getvalue()


def test_never_onto_the_dossier_nor_an_existing_file(shop: Dossier, tmp_path: Path) -> None:
    from tests.consent_helpers import dossier_state

    path = shop.path
    shop.close()
    before = dossier_state(path)
    args = ["--lang", "en", "--data-dir", str(tmp_path / "s"), "consents", "export", str(path),
            "--suppression", "mailchimp"]
    out, err = io.StringIO(), io.StringIO()
    assert main([*args, "-o", str(path)], out=out, err=err) == 1
    assert dossier_state(path) == before
    existing = tmp_path / "there.csv"
    existing.write_text("keep me", encoding="utf-8")
    assert main([*args, "-o", str(existing)], out=out, err=err) == 1
    assert existing.read_text("utf-8") == "keep me" and "--overwrite" in err.getvalue()
    assert main([*args, "-o", str(existing), "--overwrite"], out=out, err=err) == 0
    assert existing.read_text("utf-8").startswith("Email Address")
