"""Every released schema version has a fixture dossier that must still open and migrate."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from assistant.store import migrations
from assistant.store.backup import list_backups
from assistant.store.dossier import open_dossier
from assistant.store.errors import MigrationFailed

FIXTURES = Path(__file__).parent / "fixtures"
# by version number: "dossier-v10" comes after "dossier-v9"
RELEASED = sorted(FIXTURES.glob("dossier-v*.rgpd"), key=lambda p: int(p.stem.split("-v")[1]))


def test_there_is_a_fixture_for_every_released_version() -> None:
    versions = {int(p.stem.split("-v")[1]) for p in RELEASED}
    assert versions == set(range(1, migrations.CURRENT_VERSION + 1))


@pytest.mark.parametrize("fixture", RELEASED, ids=lambda p: p.stem)
def test_released_versions_open_and_migrate(fixture: Path, tmp_path: Path) -> None:
    path = tmp_path / fixture.name
    shutil.copy(fixture, path)
    with open_dossier(path) as dossier:
        assert dossier.schema_version == migrations.CURRENT_VERSION
        assert dossier.organisation.get().legal_name
        assert dossier.register.list()
        assert dossier.conn.execute("PRAGMA foreign_key_check").fetchall() == []
    from assistant.domain.progress import drive
    from assistant.store.verify import verify_dossier

    report = drive(verify_dossier(path))
    assert report.sound, report.problems


def test_a_failing_step_leaves_the_file_as_it_was_with_a_backup(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "shop.rgpd"
    shutil.copy(RELEASED[-1], path)
    with open_dossier(path) as dossier:  # bring it to the current version first
        uuid = dossier.uuid
    broken = tmp_path / "broken.sql"
    broken.write_text("CREATE TABLE added (x INTEGER);\nINSERT INTO nowhere VALUES (1);\n")
    next_version = migrations.CURRENT_VERSION + 1
    monkeypatch.setitem(migrations.MIGRATIONS, next_version, ("broken.sql",))
    monkeypatch.setattr(migrations, "step_script",
                        lambda v: broken.read_text() + f"PRAGMA user_version = {v};")
    with pytest.raises(MigrationFailed) as caught:
        open_dossier(path)
    assert caught.value.params["backup"]
    assert Path(str(caught.value.params["backup"])).exists()
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.CURRENT_VERSION
        assert conn.execute(
            "SELECT count(*) FROM sqlite_schema WHERE name = 'added'").fetchone()[0] == 0
    finally:
        conn.close()
    assert list_backups(uuid)


def _schema(path: Path) -> set[tuple[str, str, str]]:
    conn = sqlite3.connect(path)
    try:
        return {(t, n, " ".join((s or "").split())) for t, n, s in conn.execute(
            "SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'")}
    finally:
        conn.close()


def test_the_newest_fixture_has_the_schema_the_code_creates(tmp_path: Path) -> None:
    """A schema change without a new version would leave users' files short of a table
    the code relies on: the fixture of the current version must match a new dossier."""
    from assistant.store.dossier import create_dossier

    fresh = tmp_path / "fresh.rgpd"
    create_dossier(fresh, language="fr").close()
    newest = tmp_path / "newest.rgpd"
    shutil.copy(RELEASED[-1], newest)
    assert _schema(newest) == _schema(fresh)


@pytest.mark.parametrize("fixture", RELEASED, ids=lambda p: p.stem)
def test_heads_printed_before_migrating_still_verify(fixture: Path, tmp_path: Path) -> None:
    """A chain head printed on paper before an upgrade (the newest, and an older one) is
    found in the migrated ledger: every event keeps its hash bit for bit."""
    from assistant.domain.progress import drive
    from assistant.store.verify import verify_dossier

    path = tmp_path / fixture.name
    shutil.copy(fixture, path)
    printed = drive(verify_dossier(path))  # what the release printed, read before opening
    assert printed.sound, printed.problems
    head, count = printed.facts["chain_head"], printed.facts["consent_events"]
    conn = sqlite3.connect(path)
    try:
        table = "consent_event_text" if conn.execute(
            "SELECT 1 FROM sqlite_schema WHERE name = 'consent_event_text'").fetchone() \
            else "consent_event"
        older = conn.execute(f"SELECT hash FROM {table} WHERE seq = 10").fetchone()[0]
    finally:
        conn.close()
    with open_dossier(path) as dossier:
        assert dossier.schema_version == migrations.CURRENT_VERSION
        assert dossier.consents.chain_head().hash == head
    for wanted, seq in ((head, count), (older[:20].upper(), "10")):
        report = drive(verify_dossier(path, head=wanted))
        assert report.sound, report.problems
        assert report.facts["head_found"] == seq
