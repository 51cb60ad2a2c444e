"""Summaries of many dossiers: every file shows up with a clear status, the good ones with
their figures, and reading never gets in the way of the dossiers' owners."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import time
from pathlib import Path

import pytest

from assistant.content.guide import load_steps
from assistant.domain.breach import Breach, BreachRisk
from assistant.domain.consent import EventKind, Identity
from assistant.domain.guide.model import Priority
from assistant.domain.guide.plan import open_counts
from assistant.domain.organisation import Organisation
from assistant.domain.progress import drive
from assistant.domain.rights_request import Outcome, Right, RightsRequest
from assistant.store import migrations
from assistant.store.dossier import create_dossier, open_dossier
from assistant.store.errors import DossierNotFound, NotAFile
from assistant.store.portfolio import Status, counts, find_dossiers, scan, scan_folder, summarise
from assistant.store.verify_log import verify_and_record
from tests.conftest import file_digest
from tests.portfolio_helpers import BAD, CLIENTS, ask_to_write, held_open, make_folder

NOW = dt.datetime(2025, 3, 12, 12, 0, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def client_folder(demo_file: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_folder(demo_file, tmp_path_factory.mktemp("clients"))


def by_name(summaries: list) -> dict:  # type: ignore[type-arg]
    return {s.path.name: s for s in summaries}


def test_lists_the_dossiers_of_a_folder(client_folder: Path) -> None:
    names = [p.name for p in find_dossiers(client_folder)]
    assert names == sorted([*CLIENTS, *BAD])  # not notes.txt, not the hidden .cache.rgpd
    with pytest.raises(DossierNotFound):
        find_dossiers(client_folder / "nowhere")
    with pytest.raises(NotAFile):
        find_dossiers(client_folder / "boulangerie.rgpd")


def test_sub_folders_only_when_asked(tmp_path: Path, demo_file: Path) -> None:
    (tmp_path / "2024").mkdir()
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "a.rgpd").write_bytes(demo_file.read_bytes())
    (tmp_path / "2024" / "b.RGPD").write_bytes(demo_file.read_bytes())
    (tmp_path / ".hidden" / "c.rgpd").write_bytes(demo_file.read_bytes())
    assert [p.name for p in find_dossiers(tmp_path)] == ["a.rgpd"]
    assert [p.relative_to(tmp_path).as_posix() for p in find_dossiers(tmp_path, recursive=True)
            ] == ["a.rgpd", "2024/b.RGPD"]


def test_every_file_shows_up_with_a_clear_status(client_folder: Path) -> None:
    before = {p.name: file_digest(p) for p in client_folder.iterdir() if p.is_file()}
    summaries = by_name(drive(scan_folder(client_folder, lang="en")))
    assert set(summaries) == {*CLIENTS, *BAD}
    for name, code in BAD.items():
        s = summaries[name]
        assert not s.readable and s.status.value == code, name
        assert s.file_size == (client_folder / name).stat().st_size
    assert summaries["futur.rgpd"].error_params["version"] == 99
    for name, (client, siret) in CLIENTS.items():
        s = summaries[name]
        assert s.status is Status.OK, (name, s.status, dict(s.error_params))
        assert s.display_name == client and s.siret == siret
        assert s.uuid and s.schema_version == migrations.CURRENT_VERSION and not s.holder
    # reading changed no file (a reader may only add and remove its own -wal/-shm)
    after = {p.name: file_digest(p) for p in client_folder.iterdir() if p.is_file()}
    assert after == before


def test_figures_are_those_of_the_dossier(client_folder: Path) -> None:
    path = client_folder / "boulangerie.rgpd"
    s = summarise(path, lang="fr")
    with open_dossier(path, read_only=True) as dossier:
        result = dossier.guide.assess(load_steps("fr"))
        assert s.name == dossier.organisation.get().display_name
        assert s.last_change >= dossier.organisation.get().updated_at
    assert [(c.number, c.settled, c.total) for c in s.steps] == [
        (p.step.number, p.settled, p.total) for p in result.steps]
    assert s.score == result.score.total
    assert dict(s.open_actions) == open_counts(result.plan)
    assert s.open_actions[Priority.HIGH] > 0  # the demo's deliberate gaps
    # the demo's live clocks: one request overdue, one breach discovered hours ago
    assert s.requests_overdue == 1 and s.requests_open == 3
    assert s.breaches_in_window == 1 and s.breaches_overdue == 0
    assert s.consents_to_renew > 0
    assert s.needs_attention


def test_clocks_and_renewals_counted_at_a_given_moment(tmp_path: Path) -> None:
    path = tmp_path / "shop.rgpd"
    with create_dossier(path, language="en") as d:
        d.organisation.save(Organisation(legal_name="Shop"), undoable=False)
        d.requests.create(RightsRequest(Right.ACCESS, "2025-01-10", "Late person"))
        d.requests.create(RightsRequest(Right.ACCESS, "2025-03-01", "Recent person"))
        d.requests.create(RightsRequest(Right.ERASURE, "2025-01-05", "Answered",
                                        answered_on="2025-01-20",
                                        answer_outcome=Outcome.FULFILLED))
        d.breaches.create(Breach("Laptop stolen", "2025-03-11T10:00:00.000000Z",
                                 risk_level=BreachRisk.RISK))
        d.breaches.create(Breach("Old leak", "2025-03-01T10:00:00.000000Z",
                                 risk_level=BreachRisk.RISK))
        d.breaches.create(Breach("Unlikely", "2025-03-11T09:00:00.000000Z",
                                 risk_level=BreachRisk.UNLIKELY))
        purpose = d.consents.purpose_by_code("newsletter")
        assert purpose is not None and purpose.id is not None
        from dataclasses import replace

        d.consents.save_purpose(replace(purpose, validity_months=12), undoable=False)
        old = d.consents.add_subject(Identity(email="old@example.org"))
        new = d.consents.add_subject(Identity(email="new@example.org"))
        d.consents.record(old.id, purpose.id, EventKind.GRANTED,  # type: ignore[arg-type]
                          occurred_at="2023-06-01T10:00:00.000000Z")
        d.consents.record(new.id, purpose.id, EventKind.GRANTED,  # type: ignore[arg-type]
                          occurred_at="2025-01-01T10:00:00.000000Z")
    s = summarise(path, now=NOW)
    assert (s.requests_open, s.requests_overdue) == (2, 1)
    assert (s.breaches_in_window, s.breaches_overdue) == (1, 1)
    assert s.consents_to_renew == 1
    later = summarise(path, now=NOW + dt.timedelta(days=60))
    assert later.requests_overdue == 2 and later.breaches_in_window == 0
    assert later.breaches_overdue == 2


def test_a_dossier_open_elsewhere_is_read_and_says_who(tmp_path: Path, demo_file: Path) -> None:
    path = tmp_path / "held.rgpd"
    path.write_bytes(demo_file.read_bytes())
    with held_open(path) as holder:
        s = summarise(path)
        assert s.readable and s.name
        assert f"pid {holder.pid}" in s.holder and s.holder_since
        assert s.holder_confirmed and not s.holder_is_me
        assert s.needs_attention  # the demo's clocks, read through the owner's lock
    # the holder gone, its lock file left behind says nothing any more
    assert not summarise(path).holder


def test_a_reader_never_blocks_the_owner(tmp_path: Path, demo_file: Path) -> None:
    """WAL: the folder view's read transaction does not stop another process writing."""
    path = tmp_path / "busy.rgpd"
    path.write_bytes(demo_file.read_bytes())
    with held_open(path) as holder:
        with open_dossier(path, read_only=True, check=False, lock=False) as reader:
            reader.conn.execute("BEGIN")
            assert reader.meta("note") == ""  # a snapshot is now held
            started = time.monotonic()
            assert ask_to_write(holder, "written while read") == "done"
            assert time.monotonic() - started < 2  # not the 5 s busy timeout
            assert reader.meta("note") == ""  # the reader keeps its snapshot
            reader.conn.execute("COMMIT")
            assert reader.meta("note") == "written while read"
        # and a whole summary in between two writes
        assert summarise(path).readable
        assert ask_to_write(holder, "again") == "done"


def test_this_process_holding_it_is_told_apart(tmp_path: Path, demo_file: Path) -> None:
    path = tmp_path / "mine.rgpd"
    path.write_bytes(demo_file.read_bytes())
    with open_dossier(path):
        s = summarise(path)
        assert s.holder and s.holder_is_me


def test_another_computers_stale_lock_file_is_shown_unconfirmed(tmp_path: Path,
                                                                demo_file: Path) -> None:
    path = tmp_path / "shared.rgpd"
    path.write_bytes(demo_file.read_bytes())
    Path(f"{path}.lock").write_text(
        '{"user": "anne", "host": "pc-compta-2", "pid": 4242, '
        '"since": "2025-03-10T08:00:00.000000Z"}', encoding="utf-8")
    s = summarise(path)
    assert s.readable and s.holder.startswith("anne@pc-compta-2")
    assert not s.holder_confirmed


def test_last_verification_is_remembered_per_uuid_and_path(tmp_path: Path,
                                                           demo_file: Path) -> None:
    path = tmp_path / "v.rgpd"
    path.write_bytes(demo_file.read_bytes())
    assert summarise(path).last_verify is None
    report = drive(verify_and_record(path))
    assert report.sound
    s = summarise(path)
    assert s.last_verify is not None and s.last_verify.sound and not s.verify_stale
    copy = tmp_path / "copy.rgpd"  # same uuid, another file: never verified
    copy.write_bytes(path.read_bytes())
    assert summarise(copy).last_verify is None
    time.sleep(0.01)
    with open_dossier(path) as dossier:  # a change after the verification
        dossier.set_meta("note", "x")
    os.utime(path)
    assert summarise(path).verify_stale


def test_a_verification_that_finds_problems_is_remembered(tmp_path: Path,
                                                          demo_file: Path) -> None:
    path = tmp_path / "d.rgpd"
    path.write_bytes(demo_file.read_bytes())
    conn = sqlite3.connect(path)  # a broken link, written behind the app's back
    conn.execute("INSERT INTO processing_processor VALUES (1, 999)")
    conn.commit()
    conn.close()
    report = drive(verify_and_record(path))
    assert not report.sound
    s = summarise(path)
    assert s.last_verify is not None and not s.last_verify.sound
    assert s.last_verify.first_problem == "foreign_key" and s.needs_attention


def test_scan_hands_each_summary_over_as_it_comes(client_folder: Path) -> None:
    listed: list[list[Path]] = []
    seen: list[str] = []
    job = scan_folder(client_folder, on_list=listed.append,
                      on_summary=lambda s: seen.append(s.path.name))
    first = next(job)
    assert first.stage == "list" and not listed
    progress = [next(job)]
    assert len(listed) == 1 and len(listed[0]) == len(CLIENTS) + len(BAD)
    progress.append(next(job))
    assert len(seen) == 1 and progress[-1].done == 1
    job.close()  # cancelled between two files
    assert len(seen) == 1


def test_scan_of_given_paths_and_totals(client_folder: Path) -> None:
    paths = [client_folder / "cafe.rgpd", client_folder / "texte.rgpd",
             client_folder / "gone.rgpd"]
    summaries = drive(scan(paths))
    assert [s.status for s in summaries] == [Status.OK, Status.NOT_SQLITE, Status.NOT_FOUND]
    totals = counts(summaries)
    assert totals["dossiers"] == 3 and totals["unreadable"] == 2
    assert totals["never_verified"] == 1


def test_a_file_that_cannot_be_read(tmp_path: Path, demo_file: Path,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "secret.rgpd"
    path.write_bytes(demo_file.read_bytes())
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if mode == os.R_OK
                        and Path(p) == path else real_access(p, mode))
    s = summarise(path)
    assert s.status is Status.NO_ACCESS and not s.readable


def test_a_bug_on_one_file_is_a_status_not_a_crash(client_folder: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    import assistant.store.portfolio as portfolio

    def broken(*_args: object) -> dict[str, object]:
        raise ZeroDivisionError("boom")

    monkeypatch.setattr(portfolio, "_figures", broken)
    s = summarise(client_folder / "cafe.rgpd")
    assert s.status is Status.UNEXPECTED and "boom" in str(s.error_params["detail"])


def test_sqlite_errors_met_while_reading_are_corrupt(tmp_path: Path) -> None:
    path = tmp_path / "shop.rgpd"
    create_dossier(path).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("UPDATE sqlite_schema SET sql = 'CREATE TABLE breach (x' "
                 "WHERE name = 'breach'")
    conn.commit()
    conn.close()
    s = summarise(path)
    assert s.status is Status.CORRUPT, s


def test_the_work_list_sorts_by_urgency_and_flags_a_shared_siret(tmp_path: Path) -> None:
    from assistant.domain.worklist import Attention, DeadlineKind
    from assistant.store.portfolio import shared_siret, urgency_sort_key
    from tests.portfolio_helpers import make_worklist_folder

    now = dt.datetime.now(dt.UTC)
    folder = make_worklist_folder(tmp_path / "clients", now)
    summaries = drive(scan_folder(folder, now=now))
    ordered = [s.path.name for s in sorted(summaries, key=urgency_sort_key)]
    assert ordered == ["retard.rgpd", "breche.rgpd", "demain.rgpd", "trois-jours.rgpd",
                       "calme.rgpd"]
    s = by_name(summaries)
    assert s["retard.rgpd"].attention == [Attention.LEGAL_OVERDUE]
    assert s["demain.rgpd"].needs_attention and s["trois-jours.rgpd"].needs_attention
    assert not s["calme.rgpd"].needs_attention and s["calme.rgpd"].next_deadline is None
    breach = s["breche.rgpd"].next_deadline
    assert breach is not None and breach.kind is DeadlineKind.BREACH
    assert breach.remaining(now) == dt.timedelta(hours=11, minutes=56)
    assert s["demain.rgpd"].contact_name == "Contact Coiffure"
    assert s["trois-jours.rgpd"].language == "en"
    assert shared_siret(summaries) == {
        s["demain.rgpd"].path: [s["trois-jours.rgpd"].path],
        s["trois-jours.rgpd"].path: [s["demain.rgpd"].path]}
    assert counts(summaries)["due_this_week"] == 4
