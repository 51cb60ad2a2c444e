"""Build the Linux bundle (a PyInstaller folder) and smoke-test it, in one command:

    python packaging/build.py            # from a venv with the app's dependencies + pyinstaller

Steps: stage ``resources/`` with compiled translations (.qm) and icons, run PyInstaller on
``packaging/rgpd-assistant.spec``, then run the frozen programs as a user would: create the demo
dossier, verify it, export its PDF (when this version can), start the window offscreen on it.
Prints the bundle size and the start time. Exit status 0 only if every step passed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "packaging" / "build"
DIST = ROOT / "packaging" / "dist"


def project() -> dict:
    with open(ROOT / "pyproject.toml", "rb") as handle:
        return tomllib.load(handle)["project"]


def stage_resources() -> Path:
    """Copy resources and compile each .ts into the .qm the frozen app loads."""
    staged = BUILD / "resources"
    if staged.exists():
        shutil.rmtree(staged)
    shutil.copytree(ROOT / "resources", staged)
    sys.path.insert(0, str(ROOT))
    from assistant.ui.i18n import lrelease_command

    command = lrelease_command()
    if command is None:
        raise SystemExit("lrelease is missing (it ships with PySide6)")
    for ts in sorted((staged / "translations").glob("*.ts")):
        subprocess.run([*command, "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
                       check=True)
    return staged


def render_icons() -> None:
    """PNG and ICO renderings of the SVG icon (Qt's SVG renderer, offscreen)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication, QIcon

    app = QGuiApplication.instance() or QGuiApplication([])
    icons = BUILD / "icons"
    icons.mkdir(parents=True, exist_ok=True)
    icon = QIcon(str(ROOT / "resources" / "icons" / "rgpd-assistant.svg"))
    for size in (16, 32, 48, 64, 128, 256):
        icon.pixmap(size, size).save(str(icons / f"rgpd-assistant-{size}.png"))
    icon.pixmap(256, 256).save(str(icons / "rgpd-assistant.png"))
    icon.pixmap(256, 256).save(str(icons / "rgpd-assistant.ico"))
    del app


def run_pyinstaller(staged: Path) -> Path:
    env = dict(os.environ, RGPD_STAGED_RESOURCES=str(staged))
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
         "--distpath", str(DIST), "--workpath", str(BUILD / "pyinstaller"),
         str(ROOT / "packaging" / "rgpd-assistant.spec")],
        check=True, env=env)
    return DIST / project()["name"]


def folder_size(path: Path) -> int:
    """Bytes on disk, counting a file reached through several symlinks once."""
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def smoke_test(bundle: Path) -> None:
    name = project()["name"]
    exe = ".exe" if sys.platform == "win32" else ""
    cli = bundle / f"{name}-cli{exe}"
    gui = bundle / f"{name}{exe}"
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
        env.update(RGPD_ASSISTANT_DATA_DIR=str(work / "state"), QT_QPA_PLATFORM="offscreen")

        def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
            result = subprocess.run([str(a) for a in args], capture_output=True, text=True,
                                    cwd=work, env=env, timeout=300)
            shown = " ".join(str(a) for a in args)
            if result.returncode != 0:
                raise SystemExit(f"smoke test failed: {shown}\n{result.stdout}{result.stderr}")
            print(f"  ok: {shown}")
            return result

        run(cli, "--version")
        run(cli, "demo", work / "demo.rgpd")
        run(cli, "verify", work / "demo.rgpd")
        run(cli, "export", "json", work / "demo.rgpd", "-o", work / "demo.json")
        help_text = run(cli, "export", "--help").stdout
        if "pdf" in help_text.split("FORMAT", 1)[-1]:
            run(cli, "export", "pdf", work / "demo.rgpd", "-o", work / "demo.pdf")
            if not (work / "demo.pdf").read_bytes().startswith(b"%PDF"):
                raise SystemExit("smoke test failed: the exported PDF is not a PDF")
        else:
            print("  (this version has no PDF export yet: skipped)")
        started = time.perf_counter()
        shown = run(gui, "--smoke-test", work / "demo.rgpd").stdout.strip()
        wall = (time.perf_counter() - started) * 1000
        print(f"  {shown}; process wall time {wall:.0f} ms")


def main() -> int:
    started = time.perf_counter()
    staged = stage_resources()
    render_icons()
    bundle = run_pyinstaller(staged)
    print(f"bundle: {bundle} ({folder_size(bundle) / 1e6:.1f} MB), built in "
          f"{time.perf_counter() - started:.0f} s")
    if "--no-smoke-test" not in sys.argv:
        smoke_test(bundle)
    print("build and smoke test passed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
