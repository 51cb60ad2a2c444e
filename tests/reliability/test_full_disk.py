"""A full disk, for real: a small tmpfs filled to within a few kilobytes, then every command
that writes there. Each ends with exit 0 or a message (never a traceback), a refusal
leaves the dossier as it was and no half-written file, and once space is freed the dossier
verifies. Mounting needs root (or a user namespace): skipped with the reason otherwise."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.consent_helpers import dossier_state
from tests.reliability.conftest import budget, copy_dossier, run_cli

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="tmpfs is Linux's")

DISK = 4 * 1024 * 1024


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    point = tmp_path / "disk"
    point.mkdir()
    try:
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={DISK},mode=0700",
                               "tmpfs", str(point)], capture_output=True, text=True,
                              timeout=20)
    except (OSError, subprocess.SubprocessError) as exc:
        pytest.skip(f"cannot mount a small tmpfs here ({exc})")
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here: {done.stderr.strip() or 'refused'}")
    try:
        yield point
    finally:
        subprocess.run(["umount", "-l", str(point)], capture_output=True, timeout=20)


def fill(disk: Path, leave: int) -> Path:
    """Fill ``disk`` until ``leave`` bytes are free; returns the filler to delete."""
    filler = disk / f"filler-{uuid.uuid4().hex[:6]}"
    free = shutil.disk_usage(disk).free
    with filler.open("wb") as out:
        remaining = max(0, free - leave)
        block = b"\0" * (1 << 16)
        while remaining > 0:
            try:
                remaining -= out.write(block[:remaining])
            except OSError:
                break
    return filler


def leftovers(folder: Path) -> list[str]:
    from assistant.store.leftovers import is_leftover_name

    return [p.name for p in folder.iterdir() if is_leftover_name(p.name)]


def refused_cleanly(code: int, err: str) -> None:
    assert code in (0, 1), err
    assert "Traceback" not in err
    if code == 1:
        assert "disk is full" in err or "Free some space" in err, err
        assert "damaged" not in err, err


LEVELS = [0, 6 * 1024, 40 * 1024, 160 * 1024, 600 * 1024]


def levels() -> list[int]:
    return LEVELS if budget(0, 1) else LEVELS[::2]


def test_every_command_on_a_full_disk(small_disk: Path, small_dossier: Path,
                                      tmp_path: Path) -> None:
    source_csv = tmp_path / "in.csv"
    source_csv.write_text("email;purpose;status;date\n" + "".join(
        f"full{i}@x.fr;newsletter;granted;2024-01-0{1 + i % 9}\n" for i in range(3000)))
    json_source = tmp_path / "shop.json"
    assert run_cli("export", "json", str(small_dossier), "-o", str(json_source))[0] == 0
    tried, outcomes = 0, []
    for leave in levels():
        folder = small_disk / f"at-{leave}"
        dossier = copy_dossier(small_dossier, folder)
        before = dossier_state(dossier)
        filler = fill(small_disk, leave)
        commands = [
            ("consents", "import", str(dossier), str(source_csv)),
            ("export", "json", str(dossier), "-o", str(folder / "out.json")),
            ("consents", "export", str(dossier), "-o", str(folder / "out.csv")),
            ("backup", str(dossier), "-o", str(folder / "copy.rgpd")),
            ("new", str(folder / "new.rgpd"), "--name", "Fleuriste"),
            ("import", "json", str(json_source), "-o", str(folder / "imported.rgpd")),
            ("verify", str(dossier)),
        ]
        changed = False
        for argv in commands:
            code, _, err = run_cli(*argv)
            refused_cleanly(code, err)
            tried += 1
            outcomes.append((leave, argv[0], argv[1], code))
            if argv[0] == "consents" and argv[1] == "import":
                changed = code == 0
            if code == 1 and argv[0] != "verify" and "-o" in argv:
                out = Path(argv[argv.index("-o") + 1])
                assert not out.exists(), argv
            if code == 1 and argv[0] == "new":
                assert not (folder / "new.rgpd").exists()
            assert leftovers(folder) == [], argv
        filler.unlink()
        if not changed:
            assert dossier_state(dossier) == before
        code, _, err = run_cli("verify", str(dossier))
        assert code == 0, err
        for made in ("copy.rgpd", "new.rgpd", "imported.rgpd"):
            if (folder / made).exists():
                assert run_cli("verify", str(folder / made))[0] == 0, made
        shutil.rmtree(folder)
    assert tried
    # the disk was full for real: some commands were refused, at every level but the last
    assert any(code == 1 for *_, code in outcomes), outcomes


def test_a_window_session_on_a_disk_that_fills(small_disk: Path, small_dossier: Path) -> None:
    """Saves made while the disk fills: each one is refused with the full disk named, or
    kept whole; once space is back, the dossier verifies and holds every kept save."""
    from assistant.domain.processing import Processing
    from assistant.store.dossier import open_dossier
    from assistant.store.errors import DiskFull

    dossier = copy_dossier(small_dossier, small_disk / "w")
    kept, refused = 0, 0
    filler = fill(small_disk, 300 * 1024)
    with open_dossier(dossier) as d:
        for n in range(400):
            try:
                d.register.create(Processing(name=f"Traitement {n}", notes="x" * 4000))
                kept += 1
            except DiskFull:
                refused += 1
                if refused > 5:
                    break
    filler.unlink()
    assert refused, "the disk never filled"
    assert run_cli("verify", str(dossier))[0] == 0
    with open_dossier(dossier, read_only=True) as d:
        assert len(d.register.list()) == kept
    os.sync()
