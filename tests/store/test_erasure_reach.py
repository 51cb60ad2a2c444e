"""An erasure reaches every copy the app controls: the file's free space and its WAL, the
editor drafts, the half-written files a killed process left; and it says what it cannot
reach (the automatic backups, until they are replaced)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.domain.consent import EventKind, Identity
from assistant.store.backup import automatic_backup, backup_folder, prune
from assistant.store.dossier import create_dossier, open_dossier
from assistant.store.drafts import DraftSlot
from assistant.store.leftovers import host_mark, owner_tag

SECRETS = (b"alice.secret", b"bob.secret", b"robert.secret", b"0655667788", b"0799887766",
           b"Zorglub", b"zorglub")


def bytes_left(folder: Path) -> list[bytes]:
    data = b"".join(p.read_bytes() for p in folder.iterdir() if p.is_file())
    return [w for w in SECRETS if w in data]


@pytest.fixture
def shop(tmp_path: Path):  # type: ignore[no-untyped-def]
    folder = tmp_path / "shop"
    folder.mkdir()
    d = create_dossier(folder / "shop.rgpd")
    yield d
    d.close()


def people(d) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    a = d.consents.add_subject(Identity(email="alice.secret@x.fr", phone="06 11 22 33 44"))
    b = d.consents.add_subject(Identity(email="bob.secret@x.fr", phone="06 55 66 77 88",
                                        last_name="Zorglub"))
    for s in (a, b):
        d.consents.record(s.id, 1, EventKind.GRANTED)
    return a.id, b.id


def test_a_second_erasure_leaves_no_old_identity_in_the_file(shop) -> None:  # type: ignore[no-untyped-def]
    a, b = people(shop)
    shop.consents.erase_subject(a)
    # a correction after the first erasure: its old values must not stay in free space
    shop.consents.update_identity(b, Identity(email="robert.secret@x.fr",
                                              phone="07 99 88 77 66", last_name="Zorglub"))
    shop.consents.erase_subject(b)
    assert bytes_left(shop.path.parent) == []


def test_a_reader_only_delays_the_checkpoint(shop) -> None:  # type: ignore[no-untyped-def]
    a, b = people(shop)
    reader = sqlite3.connect(shop.path)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM subject").fetchone()  # holds an older snapshot
    shop.conn.execute("PRAGMA busy_timeout = 100")  # the erasure's own wait, kept short
    shop.consents.erase_subject(a)
    shop.consents.erase_subject(b)
    assert shop.checkpoint_due
    reader.execute("COMMIT")
    reader.close()
    shop.set_meta("note", "any later change")  # the owed checkpoint runs after it
    assert not shop.checkpoint_due
    assert bytes_left(shop.path.parent) == []


def test_drafts_naming_the_person_go_with_the_erasure(shop) -> None:  # type: ignore[no-untyped-def]
    a, _b = people(shop)
    naming = DraftSlot(shop.uuid, "subject", a, dossier_path=shop.path)
    naming.save({"email": "Alice.Secret@x.fr", "first_name": "Alice"})
    other = DraftSlot(shop.uuid, "processing", 3, dossier_path=shop.path)
    other.save({"name": "Newsletter"})
    shop.consents.erase_subject(a)
    assert not naming.path.exists() and other.path.exists()
    assert shop.consents.last_reach.drafts_removed == 1


def test_the_backups_that_still_hold_the_person_are_named(shop) -> None:  # type: ignore[no-untyped-def]
    a, _b = people(shop)
    taken = automatic_backup(shop.conn, shop.path, shop.uuid, "daily")
    shop.consents.erase_subject(a)
    assert [b.path for b in shop.consents.last_reach.backups] == [taken]


def dead_pid() -> int:
    child = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                           capture_output=True, text=True, check=True)
    return int(child.stdout)


def test_what_a_killed_process_left_is_removed_and_a_live_ones_kept(tmp_path: Path) -> None:
    folder = tmp_path / "clients"
    folder.mkdir()
    create_dossier(folder / "shop.rgpd").close()
    dead = f"{dead_pid()}-{host_mark()}"
    left = [f".import.rgpd.{dead}.k3j9x2_q.building{s}" for s in ("", "-wal", "-shm", ".lock")]
    left += [f".copy.rgpd.{dead}.8dh2k1lz.tmp", f".copy.rgpd.{dead}.8dh2k1lz.tmp-journal",
             f".export.csv.{dead}.a9s8d7f6.part"]
    live = [f".other.rgpd.{owner_tag()}.zzzzzzzz.building", "notes.txt", ".hidden"]
    for name in left + live:
        (folder / name).write_bytes(b"personal data")
    with open_dossier(folder / "shop.rgpd"):
        pass
    assert sorted(p.name for p in folder.iterdir()) == sorted(["shop.rgpd", *live])


def test_pruning_backups_removes_half_written_copies(shop) -> None:  # type: ignore[no-untyped-def]
    folder = backup_folder(shop.uuid)
    automatic_backup(shop.conn, shop.path, shop.uuid, "daily")
    stale = folder / f".shop_x_daily.rgpd.{dead_pid()}-{host_mark()}.abcdefgh.tmp"
    stale.write_bytes(b"half a copy")
    prune(folder, keep=10)
    assert not stale.exists() and len(list(folder.glob("*.rgpd"))) == 1
