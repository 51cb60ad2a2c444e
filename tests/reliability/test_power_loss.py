"""Power loss as SQLite defines it: what was synced to the disk survives, what was written
but not yet synced may be there, partly there (whole 512-byte sectors) or not at all.

A child process records consents and erases people through the app's store, each action
one transaction, writing after each commit how many it finished. A recorder loaded with
``LD_PRELOAD`` (``powerloss/shim.c``, compiled here) logs every write, truncation, sync,
unlink and rename the child makes in the dossier's folder. The test then rebuilds the
folder as a power cut at many points of that log would have left it, and checks that the
app opens it, ``verify`` passes, and no transaction that had finished is missing:
``synchronous=FULL`` and the app's own writes lose nothing committed.

Linux only (the recorder is a C library); skipped where no C compiler is found.
"""

from __future__ import annotations

import os
import random
import shutil
import struct
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.reliability.conftest import budget, copy_dossier, run_cli

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="the write recorder is an LD_PRELOAD library")

ROOT = Path(__file__).resolve().parents[2]
SECTOR = 512


@pytest.fixture(scope="module")
def shim(tmp_path_factory: pytest.TempPathFactory) -> Path:
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None:
        pytest.skip("no C compiler to build the write recorder")
    library = tmp_path_factory.mktemp("shim") / "shim.so"
    done = subprocess.run([compiler, "-shared", "-fPIC", "-O2", "-o", str(library),
                           str(Path(__file__).parent / "powerloss" / "shim.c"), "-ldl",
                           "-lpthread"], capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"the write recorder does not build here: {done.stderr[-300:]}")
    return library


WORKLOAD = """
import os, sys
from pathlib import Path
from assistant.domain.consent import EventKind
from assistant.store.dossier import open_dossier

path, mark, actions = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
with open_dossier(path) as d:
    if len(sys.argv) > 4:  # the control run: the app's setting replaced
        d.conn.execute(f"PRAGMA synchronous = {sys.argv[4]}")
    people = d.consents.subject_count()
    erased = set()
    for n in range(1, actions + 1):
        if n % 15 == 0 and len(erased) < people - 1:
            victim = next(s for s in range(people, 0, -1) if s not in erased)
            d.consents.erase_subject(victim, reason="power loss test")
            erased.add(victim)
        else:
            sid = next(s for s in range(1 + n % people, people + 1) if s not in erased) \\
                if any(s not in erased for s in range(1 + n % people, people + 1)) else 1
            kind = EventKind.GRANTED if n % 2 else EventKind.WITHDRAWN
            d.consents.record(sid, 1 + n % 4, kind,
                              occurred_at=f"2024-02-{1 + n % 28:02d}T10:00:00.000000Z")
        fd = os.open(mark, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.write(fd, str(n).encode())
        os.close(fd)
"""


@dataclass(frozen=True)
class Op:
    kind: str  # O open, W write, T truncate, S sync, U unlink, R rename
    path: str
    offset: int
    data: bytes


def read_log(path: Path) -> list[Op]:
    raw = path.read_bytes()
    ops, at = [], 0
    while at < len(raw):
        kind = chr(raw[at])
        plen, = struct.unpack_from("<H", raw, at + 1)
        name = raw[at + 3:at + 3 + plen].decode("utf-8", "surrogateescape")
        offset, length = struct.unpack_from("<QI", raw, at + 3 + plen)
        start = at + 3 + plen + 12
        ops.append(Op(kind, name, offset, raw[start:start + length]))
        at = start + length
    return ops


def apply(image: bytearray, op: Op, *, sectors: int | None = None) -> None:
    if op.kind == "T":
        del image[op.offset:]
        image.extend(b"\0" * max(0, op.offset - len(image)))
        return
    data = op.data if sectors is None else op.data[:sectors * SECTOR]
    end = op.offset + len(data)
    if len(image) < end:
        image.extend(b"\0" * (end - len(image)))
    image[op.offset:end] = data


def crash_state(initial: dict[str, bytes], ops: list[Op], cut: int,
                rng: random.Random) -> tuple[dict[str, bytes], int]:
    """The files as a power cut just before ``ops[cut]`` may leave them, and how many
    actions the child had finished by then."""
    durable = {name: bytearray(data) for name, data in initial.items()}
    pending: dict[str, list[Op]] = {}
    finished = 0
    for op in ops[:cut]:
        if op.path.endswith("/MARK"):
            if op.kind == "W" and op.data:
                finished = int(op.data)
            continue
        if op.kind == "O":
            durable.setdefault(op.path, bytearray())
        elif op.kind in "WT":
            pending.setdefault(op.path, []).append(op)
        elif op.kind == "S":
            image = durable.setdefault(op.path, bytearray())
            for waiting in pending.pop(op.path, []):
                apply(image, waiting)
        elif op.kind == "U":
            durable.pop(op.path, None)
            pending.pop(op.path, None)
        elif op.kind == "R":
            target = op.data.rstrip(b"\0").decode("utf-8", "surrogateescape")
            if op.path in durable:
                durable[target] = durable.pop(op.path)
            pending[target] = pending.pop(op.path, [])
    out = {}
    for name, image in durable.items():
        image = bytearray(image)
        for waiting in pending.get(name, []):
            fate = rng.random()
            if fate < 0.4:
                continue  # lost
            if fate < 0.6 and waiting.kind == "W" and len(waiting.data) > SECTOR:
                apply(image, waiting, sectors=rng.randint(0, len(waiting.data) // SECTOR))
            else:
                apply(image, waiting)
        out[name] = bytes(image)
    return out, finished


def record_workload(shim: Path, small_dossier: Path, tmp_path: Path, actions: int,
                    *extra: str, script: str = WORKLOAD
                    ) -> tuple[Path, dict[str, bytes], list[Op], int]:
    from assistant.store.dossier import open_dossier

    folder = tmp_path / "live"
    dossier = copy_dossier(small_dossier, folder)
    with open_dossier(dossier, read_only=True) as d:
        start = d.consents.event_count()
    initial = {str(p): p.read_bytes() for p in folder.iterdir()}
    log = tmp_path / "writes.log"
    env = dict(os.environ, LD_PRELOAD=str(shim), RGPD_SHIM_DIR=str(folder) + "/",
               RGPD_SHIM_LOG=str(log), PYTHONPATH=str(ROOT),
               RGPD_ASSISTANT_DATA_DIR=str(tmp_path / "state"))
    done = subprocess.run([sys.executable, "-c", script, str(dossier),
                           str(folder / "MARK"), str(actions), *extra], env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    return dossier, initial, read_log(log), start


def recover(tmp_path: Path, dossier: Path, files: dict[str, bytes], cut: int) -> Path:
    after = tmp_path / f"cut-{cut}"
    after.mkdir()
    for name, data in files.items():
        if name.endswith(("-shm", "/MARK")):
            continue  # shared memory does not survive a power cut; MARK is the test's
        (after / Path(name).name).write_bytes(data)
    return after / dossier.name


def test_no_committed_transaction_is_lost(shim: Path, small_dossier: Path, tmp_path: Path,
                                          rng: random.Random) -> None:
    from assistant.store.dossier import open_dossier

    actions = budget(60, 400)
    dossier, initial, ops, start = record_workload(shim, small_dossier, tmp_path, actions)
    syncs = [i for i, op in enumerate(ops) if op.kind == "S"]
    assert len(syncs) >= actions, "every commit syncs the WAL (synchronous=FULL)"
    # cut points: right after syncs, right before them (the worst moments), and anywhere
    cuts = sorted({*rng.sample(syncs, min(len(syncs), budget(12, 150))),
                   *(max(0, s - 1) for s in rng.sample(syncs, min(len(syncs), budget(8, 100)))),
                   *rng.sample(range(len(ops) + 1), budget(10, 150)), len(ops)})
    for cut in cuts:
        files, finished = crash_state(initial, ops, cut, rng)
        recovered = recover(tmp_path, dossier, files, cut)
        with open_dossier(recovered) as d:  # SQLite recovers the WAL; nothing is lost
            events = d.consents.event_count()
        code, out, err = run_cli("verify", str(recovered))
        assert code == 0, (cut, err or out)
        # every finished action is there: a recorded event each (an erasure too)
        assert start + finished <= events <= start + actions, (cut, finished, events)
        shutil.rmtree(recovered.parent)


# Imports of IMPORTED rows each (one bulk transaction, journaled: the child has the file to
# itself), each finished one marked; the rows of import n are people of their own.
IMPORTED = 40
IMPORT_WORKLOAD = """
import os, sys
from pathlib import Path
from assistant.domain.progress import drive
from assistant.exchange.consent_import import import_consents
from assistant.store.dossier import open_dossier

path, mark, actions, csv_dir = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]), sys.argv[4]
rows = int(sys.argv[5])
with open_dossier(path) as d:
    for n in range(1, actions + 1):
        source = Path(csv_dir) / f"in{n}.csv"
        source.write_text("email;prenom;nom;finalite;statut;date;canal\\n" + "".join(
            f"client{n}x{i}@exemple.fr;Zoé;Nguyễn{i};newsletter;oui;2024-02-1{i % 10} 10:00;"
            "magasin\\n" for i in range(rows)), encoding="utf-8")
        drive(import_consents(d, source))
        fd = os.open(mark, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.write(fd, str(n).encode())
        os.close(fd)
"""


def test_a_journaled_import_is_whole_or_absent_and_none_finished_is_lost(
        shim: Path, small_dossier: Path, tmp_path: Path, rng: random.Random) -> None:
    """A bulk import alone on its file leaves WAL for a rollback journal: a power cut at
    any moment leaves each import whole or absent, and every finished one there."""
    from assistant.store.dossier import open_dossier

    actions = budget(4, 12)
    csv_dir = tmp_path / "csv"
    csv_dir.mkdir()
    dossier, initial, ops, start = record_workload(
        shim, small_dossier, tmp_path, actions, str(csv_dir), str(IMPORTED),
        script=IMPORT_WORKLOAD)
    assert any(op.path.endswith("-journal") for op in ops), "the imports were journaled"
    syncs = [i for i, op in enumerate(ops) if op.kind == "S"]
    cuts = sorted({*rng.sample(syncs, min(len(syncs), budget(8, 80))),
                   *(max(0, s - 1) for s in rng.sample(syncs, min(len(syncs), budget(6, 60)))),
                   *rng.sample(range(len(ops) + 1), budget(8, 80)), len(ops)})
    for cut in cuts:
        files, finished = crash_state(initial, ops, cut, rng)
        recovered = recover(tmp_path, dossier, files, cut)
        with open_dossier(recovered) as d:  # SQLite rolls back a hot journal
            events = d.consents.event_count()
        code, out, err = run_cli("verify", str(recovered))
        assert code == 0, (cut, err or out)
        added = events - start
        assert added % IMPORTED == 0, (cut, added)  # no import in part
        assert finished * IMPORTED <= added <= actions * IMPORTED, (cut, finished, added)
        assert not recovered.with_name(recovered.name + "-journal").exists(), cut
        shutil.rmtree(recovered.parent)


def test_the_check_finds_a_lost_commit_when_commits_are_not_synced(
        shim: Path, small_dossier: Path, tmp_path: Path, rng: random.Random) -> None:
    """The control: the same workload with ``synchronous=OFF`` loses finished actions at
    some cuts, and the check above sees it (so its passing means something)."""
    from assistant.store.dossier import open_dossier
    from assistant.store.errors import DossierError

    dossier, initial, ops, start = record_workload(shim, small_dossier, tmp_path, 30, "OFF")
    lost = 0
    for cut in sorted(rng.sample(range(len(ops) + 1), min(len(ops) + 1, 12))):
        files, finished = crash_state(initial, ops, cut, rng)
        recovered = recover(tmp_path, dossier, files, cut)
        try:
            with open_dossier(recovered) as d:
                lost += d.consents.event_count() < start + finished
        except DossierError:  # damaged outright: lost too
            lost += 1
        shutil.rmtree(recovered.parent)
    assert lost
