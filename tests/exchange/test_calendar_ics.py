"""Deadlines as iCalendar events: parsed by the icalendar library, one event per deadline,
with reminders, and the same UIDs from one export to the next."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from icalendar import Calendar

from assistant.cli import main
from tests.portfolio_helpers import make_worklist_folder


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    return main(["--lang", "fr", *argv], out=out, err=err), out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def worklist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_worklist_folder(tmp_path_factory.mktemp("ics") / "clients",
                                dt.datetime.now(dt.UTC))


def events(path: Path) -> dict[str, object]:
    cal = Calendar.from_ical(path.read_bytes())
    return {str(e["UID"]): e for e in cal.walk("VEVENT")}


def test_every_deadline_is_an_event_with_reminders(worklist: Path, tmp_path: Path) -> None:
    target = tmp_path / "deadlines.ics"
    code, out, err = run("export", "calendar", str(worklist), "-o", str(target))
    assert code == 0, err
    assert "(échéances : 4 ; dossiers : 5)" in out
    found = events(target)
    assert len(found) == 4  # three requests and one breach; the calm client has none
    by_summary = {str(e["SUMMARY"]): e for e in found.values()}  # type: ignore[index]
    late = next(s for s in by_summary if s.startswith("EN RETARD — Boucherie en Retard"))
    assert late
    breach = next(e for s, e in by_summary.items() if "Épicerie Brèche" in s)
    start = breach["DTSTART"].dt  # type: ignore[index]
    assert isinstance(start, dt.datetime) and start.tzinfo is not None  # to the minute
    assert len(breach.walk("VALARM")) == 2  # type: ignore[attr-defined]
    tomorrow = next(e for s, e in by_summary.items() if "Coiffure Demain" in s)
    assert tomorrow["DTSTART"].dt == dt.date.today() + dt.timedelta(days=1)  # type: ignore[index]
    triggers = [a["TRIGGER"].dt for a in tomorrow.walk("VALARM")]  # type: ignore[attr-defined]
    assert triggers == [dt.timedelta(days=-3, hours=9), dt.timedelta(days=-1, hours=9)]
    assert "RGPD, art. 12(3)" in str(tomorrow["DESCRIPTION"])  # type: ignore[index]


def test_a_new_export_keeps_the_uids(worklist: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    assert run("export", "calendar", str(worklist), "-o", str(first))[0] == 0
    assert run("export", "calendar", str(worklist), "-o", str(second))[0] == 0
    assert set(events(first)) == set(events(second))
    code, _, err = run("export", "calendar", str(worklist), "-o", str(second))
    assert code == 1 and "existe déjà" in err
    assert run("export", "calendar", str(worklist), "-o", str(second), "--overwrite")[0] == 0


def test_one_dossier_and_an_unreadable_one(worklist: Path, tmp_path: Path) -> None:
    one = tmp_path / "one.ics"
    code, _, err = run("export", "calendar", str(worklist / "demain.rgpd"), "-o", str(one))
    assert code == 0, err
    assert len(events(one)) == 1
    bad = tmp_path / "bad.rgpd"
    bad.write_text("pas un dossier", encoding="utf-8")
    code, _, err = run("export", "calendar", str(bad), "-o", str(tmp_path / "bad.ics"))
    assert code == 1 and "bad.rgpd" in err and not (tmp_path / "bad.ics").exists()
