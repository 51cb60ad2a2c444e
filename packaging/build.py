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


ICON_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)  # what Explorer asks for at 100-250 %


def write_ico(target: Path, images: dict[int, bytes]) -> None:
    """A Windows icon holding one PNG image per size (the PNG form Windows reads since
    Vista): Explorer, the taskbar and the file type each pick the size they need, sharp at
    125 % and 150 % scaling instead of a 256-pixel image shrunk."""
    import struct

    sizes = sorted(images)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    entries, data = b"", b""
    for size in sizes:
        png = images[size]
        side = 0 if size >= 256 else size  # 0 means 256 in an icon directory
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        offset += len(png)
        data += png
    target.write_bytes(header + entries + data)


def render_icons() -> None:
    """PNG renderings of the SVG icons, and the Windows icons (.ico) of the app and of its
    dossier files (Qt's SVG renderer, offscreen)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QGuiApplication, QIcon

    app = QGuiApplication.instance() or QGuiApplication([])
    icons = BUILD / "icons"
    icons.mkdir(parents=True, exist_ok=True)
    for name in ("rgpd-assistant", "rgpd-dossier"):
        icon = QIcon(str(ROOT / "resources" / "icons" / f"{name}.svg"))
        images = {}
        for size in ICON_SIZES:
            buffer = QBuffer()
            buffer.open(QIODevice.OpenModeFlag.WriteOnly)
            icon.pixmap(size, size).save(buffer, "PNG")
            images[size] = bytes(buffer.data())
            (icons / f"{name}-{size}.png").write_bytes(images[size])
        (icons / f"{name}.png").write_bytes(images[256])
        write_ico(icons / f"{name}.ico", images)
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
