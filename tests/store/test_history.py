"""The change history: every write of the app leaves one chained entry per record (who, what,
when; undo too), nothing else can change it, and `verify` names what changed outside the app."""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from assistant.domain.breach import Breach
from assistant.domain.organisation import Organisation
from assistant.domain.processing import Processing
from assistant.domain.processor import Processor
from assistant.domain.progress import drive
from assistant.domain.rights_request import Right, RightsRequest
from assistant.store import history
from assistant.store.dossier import create_dossier, open_dossier
from assistant.store.verify import verify_dossier

FIXTURES = Path(__file__).parent / "fixtures"


def codes(path: Path) -> list[str]:
    return [p.code for p in drive(verify_dossier(path)).problems]


def test_each_change_is_one_entry_naming_who_what_and_when(tmp_path: Path) -> None:
    with create_dossier(tmp_path / "shop.rgpd", seed=False) as d:
        d.actor = "Zoé"
        base = history.register_version(d.conn).number
        proc = d.processors.save(Processor(name="Hébergeur"))
        p = d.register.create(Processing(name="Clients", purposes=("Suivi",)))
        d.register.update(replace(p, notes="à revoir", processor_ids=(proc.id,)))
        d.register.delete([p.id])
        log = history.entries(d.conn, area="processing", record=p.id)
        assert [e.action for e in log] == ["created", "changed", "deleted"]
        assert log[1].fields == ("notes", "processors")
        assert {e.actor for e in log} == {"Zoé"}
        assert log[2].title == "T-001 — Clients" and log[2].content_sha == ""
        assert history.register_version(d.conn).number == base + 4  # the processor too
        assert log[0].at.endswith("Z")


def test_undo_and_redo_are_entries_too(new_dossier) -> None:
    p = new_dossier.register.create(Processing(name="Caisse"))
    new_dossier.register.update(replace(p, notes="x"))
    new_dossier.undo.undo()
    new_dossier.undo.redo()
    log = history.entries(new_dossier.conn, area="processing", record=p.id)
    assert [(e.action, e.label, e.fields) for e in log] == [
        ("created", "", ()), ("changed", "", ("notes",)), ("changed", "undo", ("notes",)),
        ("changed", "redo", ("notes",))]
    assert drive(verify_dossier(new_dossier.path)).sound


def test_a_refused_change_leaves_no_entry(new_dossier) -> None:
    before = history.register_version(new_dossier.conn)
    with pytest.raises(ZeroDivisionError), new_dossier.transaction() as conn:
        conn.execute("UPDATE organisation SET legal_name = 'X'")
        raise ZeroDivisionError
    assert history.register_version(new_dossier.conn) == before
    new_dossier.organisation.save(Organisation(legal_name="Fleurs SARL"))
    last = history.entries(new_dossier.conn)[-1]
    assert last.area == "organisation" and "legal_name" in last.fields


def test_the_history_itself_cannot_be_changed_or_deleted(new_dossier) -> None:
    new_dossier.register.create(Processing(name="Caisse"))
    for sql in ("UPDATE change_log SET actor = 'x'", "DELETE FROM change_log"):
        with pytest.raises(sqlite3.IntegrityError, match="never"):
            new_dossier.conn.execute(sql)


RAW_EDITS = {
    "organisation": ("UPDATE organisation SET siret = '00000000000000'",
                     "outside_changed_organisation"),
    "processing": ("UPDATE processing SET purposes = '[\"Revente\"]' WHERE id = 1",
                   "outside_changed_processing"),
    "processing link": ("DELETE FROM processing_processor WHERE processing_id = 1 AND "
                        "processor_id = 1", "outside_changed_processing"),
    "processor": ("UPDATE processor SET country = 'US' WHERE id = 1",
                  "outside_changed_processor"),
    "new processing": ("INSERT INTO processing (name, created_at, updated_at) VALUES "
                       "('Fichier caché', '2026', '2026')", "outside_added_processing"),
    "deleted request": ("DELETE FROM rights_request WHERE id = 1", "outside_removed_request"),
    "request": ("UPDATE rights_request SET received_on = '2026-01-01' WHERE id = 1",
                "outside_changed_request"),
    "breach": ("UPDATE breach SET risk_level = 'unlikely' WHERE id = 1",
               "outside_changed_breach"),
    "identity": ("UPDATE subject SET email = 'autre@exemple.fr' WHERE id = 2",
                 "outside_identity"),
    "history entry": ("UPDATE change_log SET actor = 'quelqu''un' WHERE seq = 3",
                      "history_broken"),
}


@pytest.mark.parametrize("name", list(RAW_EDITS))
def test_verify_names_a_record_changed_outside_the_app(demo_copy: Path, name: str) -> None:
    assert codes(demo_copy) == []
    sql, code = RAW_EDITS[name]
    conn = sqlite3.connect(demo_copy)
    conn.executescript("DROP TRIGGER change_log_kept_update;" if "change_log" in sql else "")
    changed = conn.execute(sql).rowcount
    conn.commit()
    conn.close()
    assert changed == 1
    assert code in codes(demo_copy)


def test_verify_names_the_record(demo_copy: Path) -> None:
    conn = sqlite3.connect(demo_copy)
    conn.execute("UPDATE processing SET notes = 'raw' WHERE id = 2")
    conn.commit()
    conn.close()
    report = drive(verify_dossier(demo_copy))
    assert [(p.code, p.params["record"]) for p in report.problems] == [
        ("outside_changed_processing", "2")]
    assert report.problems[0].params["title"].startswith("T-002 — ")


def test_app_writes_of_every_kind_keep_the_dossier_sound(demo_copy: Path) -> None:
    with open_dossier(demo_copy) as d:
        d.breaches.create(Breach(summary="Clé USB perdue",
                                 aware_at="2026-02-01T10:00:00Z"))
        req = d.requests.create(RightsRequest(right=Right.ACCESS, requester="Jan",
                                              received_on="2026-02-02"))
        d.requests.delete([req.id])
        subject = d.consents.subject(3)
        assert subject is not None
        d.consents.erase_subject(subject.id, reason="demande", recorded_by="Zoé")
    assert codes(demo_copy) == []


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("dossier-v*.rgpd")),
                         ids=lambda p: p.stem)
def test_a_migrated_dossier_gets_a_baseline_for_every_record(fixture: Path,
                                                           tmp_path: Path) -> None:
    path = tmp_path / fixture.name
    shutil.copy(fixture, path)
    with open_dossier(path) as d:
        found = history.check(d.conn)
        assert found.broken_at is None and not (found.changed or found.added
                                                or found.removed or found.identities)
        processing = d.conn.execute("SELECT count(*) FROM processing").fetchone()[0]
        areas = {e.record for e in history.entries(d.conn, area="processing")}
        assert len(areas) == processing
        assert history.register_version(d.conn).number > 0
    assert codes(path) == []
