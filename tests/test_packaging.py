"""Resources must install with the package: build the wheel, install it in a fresh virtual
environment, and create the demo dossier from there (not from this source tree)."""

from __future__ import annotations

import os
import site
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_wheel_carries_resources_and_runs_the_demo(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    # The project's build backend, called as pip calls it (PEP 517 build_wheel, in the
    # project's folder), without pip making a fresh build environment each run (5 s of CPU):
    # hatchling is a test dependency for this.
    dist.mkdir()
    backend = f"import hatchling.build; hatchling.build.build_wheel({str(dist)!r})"
    build = subprocess.run([sys.executable, "-c", backend], capture_output=True, text=True,
                           timeout=600, cwd=ROOT)
    assert build.returncode == 0, build.stderr
    wheel = next(dist.glob("rgpd_assistant-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    for needed in ("assistant/_resources/content/fr/templates.toml",
                   "assistant/_resources/content/en/vocabularies.toml",
                   "assistant/_resources/schema/dossier.schema.json",
                   "assistant/_resources/translations/assistant_fr.ts",
                   "assistant/_resources/fonts/DejaVuSans.ttf",
                   "assistant/_resources/fonts/DejaVuSans-Bold.ttf",
                   "assistant/_resources/fonts/LICENSE-DejaVu.txt",
                   "assistant/_resources/content/fr/messages-reports.toml",
                   "assistant/store/schema/core.sql"):
        assert needed in names, needed
    assert not any(n.endswith((".qm", ".rgpd", ".pyc")) for n in names)

    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=False)
    python = env_dir / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    purelib = subprocess.run([str(python), "-c", "import sysconfig;"
                              "print(sysconfig.get_paths()['purelib'])"],
                             capture_output=True, text=True, check=True).stdout.strip()
    # Dependencies come from this environment; the package itself only from the wheel.
    deps = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"],
            *site.getsitepackages()}
    Path(purelib, "zz_test_deps.pth").write_text("\n".join(sorted(deps)) + "\n")
    install = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps",
         "--no-index", "-q", str(wheel)], capture_output=True, text=True, timeout=600)
    if install.returncode != 0 and "no such option: --python" in install.stderr:
        with zipfile.ZipFile(wheel) as zf:
            zf.extractall(purelib)
    else:
        assert install.returncode == 0, install.stderr

    work = tmp_path / "elsewhere"
    work.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH",)}
    env["RGPD_ASSISTANT_DATA_DIR"] = str(tmp_path / "state")
    where = subprocess.run([str(python), "-c", "import assistant; print(assistant.__file__)"],
                           capture_output=True, text=True, cwd=work, env=env, check=True)
    assert str(env_dir) in where.stdout, where.stdout
    demo = subprocess.run([str(python), "-m", "assistant", "demo", "demo.rgpd"],
                          capture_output=True, text=True, cwd=work, env=env, timeout=120)
    assert demo.returncode == 0, demo.stderr
    verify = subprocess.run([str(python), "-m", "assistant", "verify", "demo.rgpd"],
                            capture_output=True, text=True, cwd=work, env=env, timeout=120)
    assert verify.returncode == 0, verify.stderr
    pdf = subprocess.run([str(python), "-m", "assistant", "export", "pdf", "demo.rgpd", "-o",
                          "demo.pdf"],
                         capture_output=True, text=True, cwd=work, env=env, timeout=120)
    assert pdf.returncode == 0, pdf.stderr  # the bundled font is found from the wheel
    assert (work / "demo.pdf").read_bytes().startswith(b"%PDF")
