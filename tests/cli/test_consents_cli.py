"""The consents commands as a user runs them, and crash safety: an import killed with SIGKILL
at any moment leaves the dossier exactly as before or after, and it verifies.

Each exit status (0, 1, 2) is seen once from a real process (``run``: ``python -m
assistant``, its language from ``LANG``); the other steps call the same ``main`` in this
process (``here``), which gives the same status and streams a second of CPU sooner."""

from __future__ import annotations

import io
import os
import pty
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from assistant.cli import main
from tests.cli.test_cli import ROOT, run
from tests.consent_helpers import csv_rows, dossier_state


def here(*args: str, lang: str = "en") -> subprocess.CompletedProcess[str]:
    """The command line in this process, answered as ``run`` answers."""
    out, err = io.StringIO(), io.StringIO()
    try:
        code = main(["--lang", lang, *args], out=out, err=err)
    except SystemExit as exc:  # argparse's usage errors end the process: status 2
        code = int(exc.code or 0)
    return subprocess.CompletedProcess(list(args), code, out.getvalue(), err.getvalue())


def test_import_export_verify_contract(tmp_path: Path) -> None:
    shop = tmp_path / "shop.rgpd"
    assert here("new", str(shop), "--name", "Fleurs").returncode == 0
    good = tmp_path / "good.csv"
    good.write_text("courriel;prénom;nom;finalité;statut;date\n"
                    "a@example.org;Łukasz;Ø;newsletter;oui;31/01/2025 10:30\n",
                    encoding="utf-8")
    r = run("consents", "import", str(shop), str(good), data_dir=tmp_path)
    assert r.returncode == 0, r.stderr
    assert "Events added: 1" in r.stdout and "chain head" in r.stdout
    head = r.stdout.split("chain head ")[1].split()[0]
    r = here("consents", "import", str(shop), str(good))
    assert r.returncode == 0 and "already imported" in r.stdout

    bad = tmp_path / "bad.csv"
    bad.write_text("email,purpose,status,date\nx@example.org,cakes,yes,2025-01-01\n"
                   "y@example.org,newsletter,yes,31/02/2025\n", encoding="utf-8")
    before = dossier_state(shop)
    r = run("consents", "import", str(shop), str(bad), data_dir=tmp_path)
    assert r.returncode == 1
    assert f"{bad}:2: unknown purpose" in r.stderr and f"{bad}:3: " in r.stderr
    assert "nothing was imported" in r.stderr
    assert dossier_state(shop) == before

    report = tmp_path / "rejected.csv"
    r = here("consents", "import", str(shop), str(bad), "--skip-invalid", "--report",
             str(report))
    assert r.returncode == 1  # no valid row at all
    assert report.exists() and "unknown purpose" in report.read_text("utf-8-sig")

    out = tmp_path / "out.csv"
    r = here("consents", "export", str(shop), "-o", str(out), lang="fr")
    assert r.returncode == 0 and out.read_bytes().startswith(b"\xef\xbb\xbf")
    assert "Łukasz" in out.read_text("utf-8-sig")
    r = here("verify", str(shop), "--head", head)
    assert r.returncode == 0, r.stderr
    r = here("verify", str(shop), "--head", "ab" * 32)
    assert r.returncode == 1 and "is not in the ledger" in r.stderr
    # as pasted from a PDF: in pieces, in capitals
    r = here("verify", str(shop), "--head", f"{head[:8].upper()} {head[8:20]}")
    assert r.returncode == 0, r.stderr
    # a malformed head is the user's typing, not a fault of the dossier: a usage error
    r = run("verify", str(shop), "--head", "deadbeef", data_dir=tmp_path, lang="fr")
    assert r.returncode == 2 and "« deadbeef » n'est pas une tête de chaîne" in r.stderr
    assert "problème" not in r.stderr
    assert here("consents", "import", str(shop)).returncode == 2
    assert here("consents", "export", str(shop)).returncode == 2


def test_missing_file_and_missing_dossier_exit_1(tmp_path: Path) -> None:
    shop = tmp_path / "shop.rgpd"
    assert here("new", str(shop), "--name", "F").returncode == 0
    r = here("consents", "import", str(shop), str(tmp_path / "nope.csv"))
    assert r.returncode == 1 and "nope.csv" in r.stderr
    r = here("consents", "import", str(tmp_path / "nope.rgpd"), str(shop))
    assert r.returncode == 1 and "nope.rgpd" in r.stderr


def _import_until(shop: Path, source: Path, data_dir: Path, stage: str,
                  extra_delay: float) -> int:
    """Run an import with its progress on a terminal; SIGKILL it once ``stage`` shows (in
    the words the progress line gives it in English)."""
    from assistant.content.messages import messages

    stage = (messages("en").optional("stage", stage) or stage).rstrip("…")
    env = dict(os.environ, RGPD_ASSISTANT_DATA_DIR=str(data_dir), LANG="en_GB.UTF-8",
               PYTHONPATH=str(ROOT))
    master, slave = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "assistant", "consents", "import",
                             str(shop), str(source)], stdout=subprocess.DEVNULL,
                            stderr=slave, env=env, cwd=data_dir)
    os.close(slave)
    seen = b""
    deadline = time.monotonic() + 120
    try:
        while stage.encode() not in seen and proc.poll() is None:
            if time.monotonic() > deadline:
                raise AssertionError(f"stage {stage!r} never shown: {seen[-200:]!r}")
            ready, _, _ = select.select([master], [], [], 0.5)
            if ready:
                try:
                    seen += os.read(master, 4096)
                except OSError:
                    break
        time.sleep(extra_delay)
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
        return proc.wait(30)
    finally:
        os.close(master)


@pytest.mark.slow
# Two moments here (mid-write, at the commit); tests/reliability/test_kill_matrix.py kills
# imports at random moments, many more in its slow profile (RGPD_RELIABILITY=slow).
@pytest.mark.parametrize("stage,delay", [("write", 0.2), ("commit", 0.0)])
def test_a_killed_import_leaves_the_dossier_before_or_after(tmp_path: Path, stage: str,
                                                            delay: float) -> None:
    from assistant.domain.progress import drive
    from assistant.store.dossier import open_dossier
    from assistant.store.verify import verify_dossier

    shop = tmp_path / "shop.rgpd"
    assert here("new", str(shop), "--name", "F").returncode == 0
    first = tmp_path / "first.csv"
    first.write_text(csv_rows(50))
    assert here("consents", "import", str(shop), str(first)).returncode == 0
    with open_dossier(shop, read_only=True) as d:
        before = (d.consents.chain_head(), d.consents.subject_count())
    source = tmp_path / "big.csv"
    source.write_text(csv_rows(30_000, start=1000))
    code = _import_until(shop, source, tmp_path, stage, delay)
    assert code in (-signal.SIGKILL, 0)  # measured here: killed while writing or
    # committing leaves the state before; 0.3 s after "commit" shows, the import has ended
    report = drive(verify_dossier(shop))
    assert report.sound, report.problems
    with open_dossier(shop) as d:  # the lock of the killed process is gone with it
        head, people = d.consents.chain_head(), d.consents.subject_count()
    if head == before[0]:
        assert people == before[1]  # exactly before
    else:
        assert (head.count, people) == (before[0].count + 30_000, before[1] + 30_000)
        r = here("consents", "import", str(shop), str(source))
        assert "already imported" in r.stdout  # exactly after


def test_times_without_a_zone_are_read_in_the_zone_given(tmp_path: Path) -> None:
    """An accountant's server runs in UTC; the shop's till wrote Paris time."""
    import sqlite3

    shop = tmp_path / "shop.rgpd"
    assert here("new", str(shop), "--name", "Fleurs").returncode == 0
    source = tmp_path / "caisse.csv"
    source.write_text("courriel;finalite;statut;date\n"
                      "a@example.org;newsletter;oui;14/03/2025 09:30\n"
                      "b@example.org;newsletter;oui;2025-07-14T09:30:00+02:00\n", "utf-8")
    r = here("consents", "import", str(shop), str(source), "--time-zone", "Mars/Olympus")
    assert r.returncode == 2 and "Mars/Olympus" in r.stderr
    r = here("consents", "import", str(shop), str(source), "--time-zone", "Europe/Paris")
    assert r.returncode == 0, r.stderr
    conn = sqlite3.connect(shop)
    try:
        times = [t for (t,) in conn.execute(
            "SELECT occurred_at FROM consent_event_text ORDER BY seq")]
    finally:
        conn.close()
    # winter time in Paris is UTC+1; a time with its own offset keeps it
    assert times == ["2025-03-14T08:30:00.000000Z", "2025-07-14T07:30:00.000000Z"]
