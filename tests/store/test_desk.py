"""The firm's notes about its clients live in the app's data folder, never in a dossier."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from assistant.store.desk import Desk, FollowUp, client_key


def test_follow_up_round_trips_and_is_normalised(tmp_path: Path) -> None:
    where = tmp_path / "desk.json"
    desk = Desk(where)
    desk.set_firm("  Cabinet Lefèvre  ")
    desk.set_follow_up("u1", FollowUp(note=" Rappeler lundi ", staff="Marie",
                                      next_review="2026-01-15", last_reminder="pas une date"))
    desk.set_follow_up("u2", FollowUp(last_reminder=dt.date(2025, 3, 12).isoformat()))
    desk.save()
    again = Desk(where)
    assert again.firm == "Cabinet Lefèvre"
    assert again.follow_up("u1") == FollowUp("Rappeler lundi", "Marie", "", "2026-01-15")
    assert again.follow_up("u2").last_reminder == "2025-03-12"
    again.set_follow_up("u1", FollowUp())  # emptied: forgotten
    again.save()
    assert "u1" not in where.read_text(encoding="utf-8")


def test_a_damaged_file_is_not_fatal(tmp_path: Path) -> None:
    where = tmp_path / "desk.json"
    where.write_text("{not json", encoding="utf-8")
    assert Desk(where).firm == "" and Desk(where).follow_up("x") == FollowUp()


def test_clients_without_uuid_are_known_by_path(tmp_path: Path) -> None:
    assert client_key("", tmp_path / "a.rgpd") == f"path:{(tmp_path / 'a.rgpd').resolve()}"
    assert client_key("abc", tmp_path / "a.rgpd") == "abc"
