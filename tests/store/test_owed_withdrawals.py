"""People erased while they were subscribed in a sending tool: the tool is still owed their
withdrawal. Their email (or SMS number), and nothing else, is kept for the next suppression
list of that tool, then forgotten; the erasure's answer can say which tools were told."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from assistant.domain.consent import EventKind, Identity
from assistant.domain.progress import drive
from assistant.exchange.suppression_export import export_suppression
from assistant.store.dossier import Dossier, create_dossier
from assistant.store.owed_withdrawals import for_subject, owed_people
from assistant.store.suppression_repo import pending, record_import_from


@pytest.fixture
def shop(tmp_path: Path):  # type: ignore[no-untyped-def]
    with create_dossier(tmp_path / "shop.rgpd") as d:
        c = d.consents
        news = int(c.purpose_by_code("newsletter").id or 0)  # type: ignore[union-attr]
        sms = int(c.purpose_by_code("sms").id or 0)  # type: ignore[union-attr]
        ann = c.add_subject(Identity("ann@example.org", "C-1", "Ann", "Lee", "06 12 34 56 78"))
        c.record(ann.id, news, EventKind.GRANTED, occurred_at="2024-01-01T10:00:00Z")
        c.record(ann.id, sms, EventKind.GRANTED, occurred_at="2024-01-01T10:00:00Z")
        yield d, ann.id


def emails(path: Path, delimiter: str = ",") -> list[str]:
    return [r[0] for r in list(csv.reader(io.StringIO(path.read_text("utf-8")),
                                          delimiter=delimiter))[1:]]


def test_an_erased_subscriber_is_sent_to_the_tool_once_then_forgotten(
        shop: tuple[Dossier, int], tmp_path: Path) -> None:
    d, ann = shop
    record_import_from(d, "mailchimp", "2000-01-01T00:00:00.000000Z")
    record_import_from(d, "brevo", "2000-01-01T00:00:00.000000Z")
    d.consents.erase_subject(ann, reason="demande d'effacement")
    assert d.consents.subject(ann).identity.email == ""  # the identity is gone...
    # ...but Mailchimp still sends the newsletter to that address: it is owed
    assert {(p.tool, p.purpose, p.count) for p in pending(d)} == {
        ("mailchimp", "newsletter", 1), ("brevo", "newsletter", 1), ("brevo", "sms", 1)}
    assert [(t.tool, t.purpose_code, t.sent_at) for t in for_subject(d, ann)] == [
        ("brevo", "newsletter", None), ("brevo", "sms", None), ("mailchimp", "newsletter", None)]
    report = drive(export_suppression(d, tmp_path / "mc.csv", "mailchimp", "newsletter"))
    assert emails(tmp_path / "mc.csv") == ["ann@example.org"]
    assert report.erased == [ann]
    row = list(csv.reader(io.StringIO((tmp_path / "mc.csv").read_text("utf-8"))))[1]
    assert "Ann" not in row and "Lee" not in row  # no name kept for the tool
    sms = drive(export_suppression(d, tmp_path / "sms.csv", "brevo", "sms"))
    assert sms.written == 1
    assert list(csv.reader(io.StringIO((tmp_path / "sms.csv").read_text("utf-8")),
                           delimiter=";"))[1][3] == "33612345678"
    # told: the contact is forgotten, the day is kept
    told = {(t.tool, t.purpose_code): t.sent_at for t in for_subject(d, ann)}
    assert told[("mailchimp", "newsletter")] and told[("brevo", "sms")]
    assert told[("brevo", "newsletter")] is None
    assert owed_people(d, "mailchimp", "newsletter") == []
    contacts = d.conn.execute("SELECT email, phone_key FROM owed_withdrawal "
                              "WHERE sent_at IS NOT NULL").fetchall()
    assert contacts == [("", ""), ("", "")]
    drive(export_suppression(d, tmp_path / "mc2.csv", "mailchimp", "newsletter"))
    assert emails(tmp_path / "mc2.csv") == []
    assert [(p.tool, p.purpose) for p in pending(d)] == [("brevo", "newsletter")]


def test_nothing_is_kept_for_a_shop_without_a_sending_tool_or_a_tool_already_told(
        shop: tuple[Dossier, int], tmp_path: Path) -> None:
    d, ann = shop
    d.consents.erase_subject(ann)
    assert for_subject(d, ann) == []
    assert d.conn.execute("SELECT count(*) FROM owed_withdrawal").fetchone()[0] == 0
    c = d.consents
    news = int(c.purpose_by_code("newsletter").id or 0)  # type: ignore[union-attr]
    bob = c.add_subject(Identity("bob@example.org", "", "Bob", "", ""))
    c.record(bob.id, news, EventKind.GRANTED, occurred_at="2024-01-01T10:00:00Z")
    c.record(bob.id, news, EventKind.WITHDRAWN, occurred_at="2024-02-01T10:00:00Z")
    record_import_from(d, "mailchimp", "2000-01-01T00:00:00.000000Z")
    drive(export_suppression(d, tmp_path / "mc.csv", "mailchimp", "newsletter"))
    assert emails(tmp_path / "mc.csv") == ["bob@example.org"]
    c.erase_subject(bob.id)  # his withdrawal already went out: nothing more owed
    assert for_subject(d, bob.id) == []


def test_a_read_only_export_keeps_them_owed(shop: tuple[Dossier, int], tmp_path: Path
                                           ) -> None:
    from assistant.store.dossier import open_dossier

    d, ann = shop
    record_import_from(d, "mailchimp", "2000-01-01T00:00:00.000000Z")
    d.consents.erase_subject(ann)
    path = d.path
    d.close()
    with open_dossier(path, read_only=True) as ro:
        drive(export_suppression(ro, tmp_path / "a.csv", "mailchimp", "newsletter"))
    with open_dossier(path) as again:
        assert emails(tmp_path / "a.csv") == ["ann@example.org"]
        assert [t.sent_at for t in for_subject(again, ann)] == [None]
