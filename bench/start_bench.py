"""How long the window takes to show the demo dossier, against a bare PySide6 window started
the same way, in the same run: launch of the process to the first paint.

    nice -n 10 python bench/start_bench.py [--runs N] [--no-installed] [--no-source]
                                           [--tree DIR] [--against DIR]

``--tree DIR`` measures another checkout of the app (``main``, to compare a change).
``--against DIR`` measures this tree and another checkout in the same run, their processes
interleaved with the bare window's, so that a shared machine's load weighs on both alike
(installed case only): the before and after of a change.

Two cases, each with its own baseline:

* **installed** (as a user runs it): the wheel built from this tree and installed into a
  temporary venv, its bytecode compiled at install (``pip install``, then ``compileall``
  of what was installed), run as ``venv/bin/rgpd-assistant --smoke-test DEMO`` with
  ``PYTHONDONTWRITEBYTECODE`` unset. The app's dependencies (PySide6, reportlab…) are not
  installed again: a ``.pth`` file lends the venv those of the running interpreter, whose
  bytecode pip compiled when they were installed. The app's own code comes from the wheel
  only (the editable install's hook is not read through a ``.pth`` path line).
* **from source**: ``python -m assistant --smoke-test DEMO`` in this tree, with the
  environment as it is (this machine sets ``PYTHONDONTWRITEBYTECODE=1``: every run compiles
  every module of the app again).

The bare window imports PySide6, shows a QMainWindow, processes events and grabs it (a
paint). The app's ``--smoke-test`` shows the window, opens the dossier, grabs it the same
way and prints the moment (the first paint: the window, the dossier's name, its pages and the
overview's boxes); then it lets what follows the first paint run (the overview's
assessment), grabs the window again, prints that moment too ("settled") and quits. The ratio
is taken at the first paint; the settled moment is printed beside it. Each figure is the
median of N fresh processes (offscreen); the bench says whether the bytecode of each case was
cached.

Beside the time to the first paint (what a user waits for), each case's CPU time: up to the
paint (as the process itself counts it when it paints) and in all (user and system, of the
whole process, what follows the paint included). On a machine others share, the wall clock
measures their load too, the CPU time much less so: the CPU ratio to the paint is the
steadiest figure there.
"""

from __future__ import annotations

import argparse
import math
import os
import re
import resource
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BASELINE = (
    "import time\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication([])\n"
    "w = QMainWindow(); w.resize(1280, 800); w.show(); app.processEvents()\n"
    "w.grab(); print(f'painted at {time.time():.3f}, cpu {time.process_time():.3f} s',"
    " flush=True); w.close()\n"
)
PAINTED = re.compile(r"painted at (\d+\.\d+)(?:, cpu (\d+\.\d+) s)?")
SETTLED = re.compile(r"settled at (\d+\.\d+)")


def launch_to_paint(command: list[str], env: dict[str, str],
                    cwd: Path) -> tuple[float, float, float, float]:
    """Seconds from launching ``command`` to the paint it reports, the CPU seconds the
    process used in all, the seconds to the settled window (the paint's if it says none),
    and the CPU seconds the process had used when it painted."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.time()
    done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=300)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    found = PAINTED.search(done.stdout)
    if done.returncode != 0 or found is None:
        raise SystemExit(f"{command[0]} failed ({done.returncode}):\n{done.stdout}\n"
                         f"{done.stderr[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    settled = SETTLED.search(done.stdout)
    painted = float(found.group(1)) - started
    return (painted, cpu, float(settled.group(1)) - started if settled else painted,
            float(found.group(2)) if found.group(2) else math.nan)  # an older tree: none


def medians(cases: dict[str, list[str]], runs: int, env: dict[str, str],
            cwd: Path) -> dict[str, tuple[float, ...]]:
    """Median of each case (to the paint, CPU, to the settled window, CPU to the paint),
    the runs interleaved so that a busy moment of the machine weighs on every case alike."""
    times: dict[str, list[tuple[float, float, float, float]]] = {name: [] for name in cases}
    for _ in range(runs):
        for name, command in cases.items():
            times[name].append(launch_to_paint(command, env, cwd))
    return {name: tuple(statistics.median(v[i] for v in values) for i in range(4))
            for name, values in times.items()}


def bytecode_state(folder: Path) -> str:
    sources = [p for p in folder.rglob("*.py")]
    cached = [p for p in sources
              if any((p.parent / "__pycache__").glob(f"{p.stem}.*.pyc"))]
    return f"{len(cached)} of {len(sources)} modules of the app have cached bytecode"


def installed_venv(tmp: Path, tree: Path) -> tuple[Path, Path]:
    """A venv with the wheel of this tree installed and compiled; (its python, the
    installed package folder)."""
    wheels = tmp / "wheel"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w",
                    str(wheels), str(tree)], check=True)
    venv = tmp / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    site = Path(subprocess.run([str(python), "-c", "import sysconfig; "
                                "print(sysconfig.get_path('purelib'))"],
                               check=True, capture_output=True, text=True).stdout.strip())
    # the running interpreter's packages (PySide6, reportlab…), after the venv's own
    (site / "zz_lent_dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n")
    wheel = next(wheels.glob("*.whl"))
    subprocess.run([str(python), "-m", "pip", "install", "-q", "--no-deps", "--no-index",
                    "--compile", str(wheel)], check=True)
    package = site / "assistant"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run([str(python), "-m", "compileall", "-q", str(package)], check=True,
                   env=env)
    where = subprocess.run([str(python), "-c", "import assistant; print(assistant.__file__)"],
                           check=True, capture_output=True, text=True, cwd=tmp).stdout
    if not where.startswith(str(package)):
        raise SystemExit(f"the venv imports the app from {where.strip()}, not the wheel")
    return python, package


def report_other(name: str, figures: dict[str, tuple[float, ...]]) -> None:
    """The other checkout's line, beside this tree's (``--against``)."""
    (bare, _, _, bare_first), (app, app_cpu, settled, app_first) = \
        figures["bare"], figures["other"]
    print(f"  {name}: {app:.2f} s to the paint ({app / bare:.2f}x), {app_first:.2f} s CPU "
          f"to it ({app_first / bare_first:.2f}x), settled at {settled:.2f} s, "
          f"{app_cpu:.2f} s CPU in all")


def report(title: str, figures: dict[str, tuple[float, ...]], runs: int,
           bytecode: str) -> None:
    (bare, bare_cpu, _, bare_first), (app, app_cpu, settled, app_first) = \
        figures["bare"], figures["app"]
    print(title)
    print(f"  bare PySide6 window:            {bare:.2f} s to the paint, {bare_first:.2f} s CPU "
          f"to it, {bare_cpu:.2f} s CPU in all (medians of {runs})")
    print(f"  app with the demo dossier open: {app:.2f} s to the paint, {app_first:.2f} s CPU "
          f"to it, {app_cpu:.2f} s CPU in all (medians of {runs})")
    print(f"  app settled (the overview's assessment shown): {settled:.2f} s")
    print(f"  ratio app / bare window: {app / bare:.2f}x to the paint (target <= 2x), "
          f"{settled / bare:.2f}x to the settled window; CPU {app_first / bare_first:.2f}x to "
          f"the paint, {app_cpu / bare_cpu:.2f}x in all (settling and exit included)")
    print(f"  bytecode: {bytecode}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--no-installed", action="store_true")
    parser.add_argument("--no-source", action="store_true")
    parser.add_argument("--tree", type=Path, default=ROOT,
                        help="the checkout to measure (default: this one)")
    parser.add_argument("--against", type=Path,
                        help="another checkout measured in the same run (installed case)")
    args = parser.parse_args()
    tree = args.tree.resolve()
    with tempfile.TemporaryDirectory(prefix="start-bench-") as name:
        tmp = Path(name)
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
               "RGPD_ASSISTANT_DATA_DIR": str(tmp / "state")}
        demo = tmp / "demo.rgpd"
        subprocess.run([sys.executable, "-m", "assistant", "demo", str(demo)], cwd=tree,
                       env=env, check=True, stdout=subprocess.DEVNULL)
        if not args.no_installed:
            python, package = installed_venv(tmp, tree)
            script = python.parent / "rgpd-assistant"
            compiled = {k: v for k, v in env.items() if k != "PYTHONDONTWRITEBYTECODE"}
            cases = {"bare": [str(python), "-c", BASELINE],
                     "app": [str(script), "--smoke-test", str(demo)]}
            if args.against is not None:
                (tmp / "against").mkdir()
                other, _ = installed_venv(tmp / "against", args.against.resolve())
                cases["other"] = [str(other.parent / "rgpd-assistant"), "--smoke-test",
                                  str(demo)]
            figures = medians(cases, args.runs, compiled, tmp)
            report("installed wheel, bytecode compiled at install "
                   "(PYTHONDONTWRITEBYTECODE unset)", figures, args.runs,
                   bytecode_state(package))
            if args.against is not None:
                report_other(f"against {args.against}", figures)
        if not args.no_source:
            figures = medians({"bare": [sys.executable, "-c", BASELINE],
                               "app": [sys.executable, "-m", "assistant", "--smoke-test",
                                       str(demo)]}, args.runs, env, tree)
            setting = os.environ.get("PYTHONDONTWRITEBYTECODE")
            report(f"from source (PYTHONDONTWRITEBYTECODE={setting or 'unset'})", figures,
                   args.runs, bytecode_state(tree / "assistant"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
