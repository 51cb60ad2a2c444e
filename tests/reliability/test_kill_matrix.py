"""SIGKILL at random moments of the long operations. After each kill the dossier opens,
``verify`` passes, the operation's work is there whole or not at all, and the next start
leaves no half-written file behind.

Each operation runs once to its end first: that gives its duration (the kills land between
a quarter of it and its end, after the interpreter's start-up) and what "all" means. CI
kills each a few times with a fixed seed; ``RGPD_RELIABILITY=slow`` many more times.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.reliability.conftest import budget, copy_dossier, run_cli

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")]

ROOT = Path(__file__).resolve().parents[2]


def child_env(state: Path) -> dict[str, str]:
    env = dict(os.environ, RGPD_ASSISTANT_DATA_DIR=str(state), PYTHONPATH=str(ROOT),
               LANG="en_GB.UTF-8", QT_QPA_PLATFORM="offscreen")
    env.pop("LC_ALL", None)
    return env


def cli(*argv: str) -> list[str]:
    return [sys.executable, "-m", "assistant", *argv]


def run_to_end(argv: list[str], env: dict[str, str]) -> float:
    started = time.monotonic()
    done = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    return time.monotonic() - started


def kill_at(argv: list[str], env: dict[str, str], delay: float) -> bool:
    """Run ``argv`` and SIGKILL it after ``delay`` seconds; True if it was still running."""
    child = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
    try:
        child.wait(timeout=delay)
        return False
    except subprocess.TimeoutExpired:
        child.send_signal(signal.SIGKILL)
        child.wait()
        return True


def moments(rng: random.Random, duration: float, count: int) -> list[float]:
    return sorted(rng.uniform(0.25, 1.0) * duration for _ in range(count))


def files_of(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def sound(path: Path) -> None:
    code, out, err = run_cli("verify", str(path))
    assert code == 0, err or out


def event_count(path: Path) -> int:
    from assistant.store.dossier import open_dossier

    with open_dossier(path, read_only=True) as d:
        return d.consents.event_count()


def people_csv(path: Path, rows: int, *, start: int = 0) -> Path:
    lines = ["email;prenom;nom;finalite;statut;date;canal"]
    lines += [f"client{i}@exemple.fr;Zoé;Nguyễn{i % 97};newsletter;oui;"
              f"2024-0{1 + i % 9}-1{i % 10} 10:{i % 60:02d};magasin"
              for i in range(start, start + rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@contextmanager
def as_next_run(env: dict[str, str]) -> Iterator[None]:
    """This process in the place of the app's next run, with the killed child's state
    folder (from ``env``): the kill ended the child and its locks with it, so a new process
    would find the very same files (and cost most of a second to start)."""
    from assistant import paths

    own = paths.data_dir().parent  # this test's state folder (tests/conftest.py)
    paths.set_data_dir(Path(env["RGPD_ASSISTANT_DATA_DIR"]))
    try:
        yield
    finally:
        paths.set_data_dir(own)


def next_start(dossier: Path, env: dict[str, str]) -> None:
    """What the next run does first: open the dossier for writing (that sweeps its folder)
    and start the window's sweep of the app's own folders."""
    from assistant.store.dossier import open_dossier
    from assistant.store.leftovers import sweep_state

    with as_next_run(env):
        sweep_state()
        with open_dossier(dossier):
            pass


def no_leftovers(*folders: Path) -> None:
    from assistant.store.leftovers import is_leftover_name

    for folder in folders:
        for path in folder.rglob("*"):
            assert not is_leftover_name(path.name), path


# -- the operations -----------------------------------------------------------------------
def test_kill_consents_import(small_dossier: Path, tmp_path: Path,
                              rng: random.Random) -> None:
    rows = budget(5000, 30000)
    source = people_csv(tmp_path / "in.csv", rows)
    state = tmp_path / "state"
    env = child_env(state)
    reference = copy_dossier(small_dossier, tmp_path / "ref")
    before = event_count(reference)
    duration = run_to_end(cli("consents", "import", str(reference), str(source)), env)
    assert event_count(reference) == before + rows
    for n, delay in enumerate(moments(rng, duration, budget(2, 20))):
        folder = tmp_path / f"k{n}"
        dossier = copy_dossier(small_dossier, folder)
        kill_at(cli("consents", "import", str(dossier), str(source)), env, delay)
        next_start(dossier, env)
        sound(dossier)
        assert event_count(dossier) in (before, before + rows)
        assert files_of(folder) == ["shop.rgpd"]
        no_leftovers(folder, state)


@pytest.fixture(scope="module")
def big_export(small_dossier: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The JSON export of a dossier of some thousands of people."""
    folder = tmp_path_factory.mktemp("big")
    dossier = copy_dossier(small_dossier, folder)
    source = people_csv(folder / "in.csv", budget(800, 5000))
    assert run_cli("consents", "import", str(dossier), str(source))[0] == 0
    target = folder / "big.json"
    assert run_cli("export", "json", str(dossier), "-o", str(target))[0] == 0
    return target


def test_kill_import_json(big_export: Path, tmp_path: Path, rng: random.Random) -> None:
    state = tmp_path / "state"
    env = child_env(state)
    duration = run_to_end(cli("import", "json", str(big_export), "-o",
                              str(tmp_path / "ref.rgpd")), env)
    complete = event_count(tmp_path / "ref.rgpd")
    for n, delay in enumerate(moments(rng, duration, budget(1, 15))):
        folder = tmp_path / f"k{n}"
        folder.mkdir()
        target = folder / "new.rgpd"
        kill_at(cli("import", "json", str(big_export), "-o", str(target)), env, delay)
        if target.exists():  # all of it
            sound(target)
            assert event_count(target) == complete
        # the next start: the same command again, which finds the folder swept
        with as_next_run(env):
            again = run_cli("import", "json", str(big_export), "-o", str(target),
                            "--overwrite")
        assert again[0] == 0, again[2]
        assert files_of(folder) == ["new.rgpd"]
        no_leftovers(folder, state)


def big_dossier(small_dossier: Path, folder: Path) -> Path:
    dossier = copy_dossier(small_dossier, folder)
    assert run_cli("consents", "import", str(dossier), str(
        people_csv(folder.parent / f"{folder.name}.csv", budget(4000, 40000))))[0] == 0
    return dossier


def test_kill_backup(small_dossier: Path, tmp_path: Path, rng: random.Random) -> None:
    from tests.consent_helpers import dossier_state

    state = tmp_path / "state"
    env = child_env(state)
    source = big_dossier(small_dossier, tmp_path / "src")
    state_before = dossier_state(source)
    duration = run_to_end(cli("backup", str(source), "-o", str(tmp_path / "ref.rgpd")), env)
    for n, delay in enumerate(moments(rng, duration, budget(2, 15))):
        folder = tmp_path / f"k{n}"
        folder.mkdir()
        target = folder / "copy.rgpd"
        kill_at(cli("backup", str(source), "-o", str(target)), env, delay)
        if target.exists():
            sound(target)
        assert dossier_state(source) == state_before
        with as_next_run(env):
            again = run_cli("backup", str(source), "-o", str(target), "--overwrite")
        assert again[0] == 0, again[2]
        assert files_of(folder) == ["copy.rgpd"]
        no_leftovers(folder, state)
    sound(source)


ERASER = """
import sys
from pathlib import Path
from assistant.store.dossier import open_dossier
with open_dossier(Path(sys.argv[1])) as d:
    for sid in range(1, d.consents.subject_count() + 1):
        d.consents.erase_subject(sid, reason="test")
        print(sid, flush=True)
"""


def test_kill_erase(small_dossier: Path, tmp_path: Path, rng: random.Random) -> None:
    state = tmp_path / "state"
    env = child_env(state)
    reference = copy_dossier(small_dossier, tmp_path / "ref")
    duration = run_to_end([sys.executable, "-c", ERASER, str(reference)], env)
    for n, delay in enumerate(moments(rng, duration, budget(2, 15))):
        folder = tmp_path / f"k{n}"
        dossier = copy_dossier(small_dossier, folder)
        kill_at([sys.executable, "-c", ERASER, str(dossier)], env, delay)
        next_start(dossier, env)
        sound(dossier)  # each erasure whole: its event, the identity blank, no key left
        from assistant.store.dossier import open_dossier

        with open_dossier(dossier, read_only=True) as d:
            erased = [s for s in range(1, d.consents.subject_count() + 1)
                      if d.consents.subject(s).erased]  # type: ignore[union-attr]
        data = b"".join(p.read_bytes() for p in folder.iterdir())
        for sid in erased:
            assert f"p{sid - 1}@exemple.fr".encode() not in data
        assert files_of(folder) == ["shop.rgpd"]
        no_leftovers(folder, state)


WINDOW_SAVES = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from assistant.domain.processing import Processing
from assistant.ui.main_window import MainWindow
from assistant.ui.settings import Settings
app = QApplication([])
window = MainWindow(Settings())
assert window.open_path(Path(sys.argv[1]))
count = [0]
def save():
    d = window.session.dossier
    window.session.perform(window, "save", lambda: d.register.create(
        Processing(name=f"Traitement {count[0]}", notes="x" * 3000)))
    count[0] += 1
    print(count[0], flush=True)
    QTimer.singleShot(0, save)
QTimer.singleShot(0, save)
QTimer.singleShot(int(float(sys.argv[2]) * 1000), app.quit)
app.exec()
"""


def test_kill_window_saves(small_dossier: Path, tmp_path: Path, rng: random.Random) -> None:
    state = tmp_path / "state"
    env = child_env(state)
    runs = budget(1, 8)
    for n in range(runs):
        folder = tmp_path / f"k{n}"
        dossier = copy_dossier(small_dossier, folder)
        child = subprocess.Popen([sys.executable, "-c", WINDOW_SAVES, str(dossier), "60"],
                                 env=env, stdout=subprocess.PIPE, text=True)
        assert child.stdout is not None
        target = rng.randint(5, 60)
        saved = 0
        for line in child.stdout:  # each line: a save the window finished
            saved = int(line)
            if saved >= target:
                break
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
        next_start(dossier, env)
        sound(dossier)
        from assistant.store.dossier import open_dossier

        with open_dossier(dossier, read_only=True) as d:
            kept = len(d.register.list())
        assert saved <= kept <= saved + 1  # every finished save; at most one more whole
        assert files_of(folder) == ["shop.rgpd"]
        no_leftovers(folder, state)


MIGRATE = """
import sys
from pathlib import Path
from assistant.store.dossier import open_dossier
open_dossier(Path(sys.argv[1])).close()
"""


def test_kill_schema_migration(tmp_path: Path, rng: random.Random) -> None:
    from assistant.store import migrations
    from assistant.store.dossier import open_dossier

    oldest = Path(__file__).parents[1] / "store" / "fixtures" / "dossier-v1.rgpd"
    state = tmp_path / "state"
    env = child_env(state)
    reference = tmp_path / "ref" / "old.rgpd"
    reference.parent.mkdir()
    shutil.copy(oldest, reference)
    duration = run_to_end([sys.executable, "-c", MIGRATE, str(reference)], env)
    with open_dossier(reference, read_only=True) as d:
        processings = len(d.register.list())
        name = d.organisation.get().legal_name
    for n, delay in enumerate(moments(rng, duration, budget(2, 15))):
        folder = tmp_path / f"k{n}"
        dossier = folder / "old.rgpd"
        folder.mkdir()
        shutil.copy(oldest, dossier)
        kill_at([sys.executable, "-c", MIGRATE, str(dossier)], env, delay)
        next_start(dossier, env)  # migrates what the kill left, whole
        sound(dossier)
        with open_dossier(dossier, read_only=True) as d:
            assert d.schema_version == migrations.CURRENT_VERSION
            assert len(d.register.list()) == processings
            assert d.organisation.get().legal_name == name
        assert files_of(folder) == ["old.rgpd"]
        no_leftovers(folder, state)


