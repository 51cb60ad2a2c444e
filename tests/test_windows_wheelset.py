"""The Windows wheel set (packaging/windows/requirements.txt): every dependency pinned, each
with a wheel for Windows, so that a dependency without one fails here and not on a shop's PC.

The logic is tested on made-up resolutions, and the whole check (pip's resolution for
Windows, read back) on a folder of made-up wheels: tests never reach outside the machine.
``RGPD_ONLINE=1`` also asks the real package index whether the pinned set has a Windows wheel
for everything (a dependency's new release can lose its Windows wheel without any change
here); it skips, saying why, when the index cannot be reached."""

from __future__ import annotations

import base64
import hashlib
import importlib.util
import os
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
spec = importlib.util.spec_from_file_location("wheelset",
                                              ROOT / "packaging" / "windows" / "wheelset.py")
assert spec is not None and spec.loader is not None
wheelset = importlib.util.module_from_spec(spec)
sys.modules["wheelset"] = wheelset
spec.loader.exec_module(wheelset)

HASH = "--hash=sha256:" + "0" * 64


def item(name: str, version: str, filename: str, requires: list[str] | None = None) -> dict:
    return {"metadata": {"name": name, "version": version, "requires_dist": requires or []},
            "download_info": {"url": f"https://files.example/{filename}"}}


def test_the_pins_cover_every_dependency_of_pyproject() -> None:
    pins = wheelset.read_pins(wheelset.REQUIREMENTS.read_text(encoding="utf-8"))
    assert wheelset.check_pins(pins, wheelset.project_requirements()) == []
    assert "pyside6-essentials" in pins and "tzdata" in pins
    assert all(p.hashes for p in pins.values())


def test_a_dependency_missing_or_outside_its_range_is_named() -> None:
    pins = wheelset.read_pins(f"reportlab==3.6.0 {HASH}\npyinstaller==6.1 {HASH}\n")
    problems = wheelset.check_pins(pins, ["reportlab>=4.0", "jsonschema>=4.18",
                                          "pywin-only; sys_platform == 'linux'"])
    assert any("reportlab==3.6.0 is outside the range" in p for p in problems)
    assert any(p.startswith("jsonschema: a dependency") for p in problems)
    assert not any("pywin-only" in p for p in problems)  # not needed on Windows


def test_a_resolution_without_a_windows_wheel_fails() -> None:
    pins = wheelset.read_pins(f"uvloop==0.21.0 {HASH}\nreportlab==5.1.0 {HASH}\n"
                              f"old==1.0 {HASH}\n")
    report = {"install": [
        item("uvloop", "0.21.0", "uvloop-0.21.0-cp312-cp312-manylinux_2_17_x86_64.whl"),
        item("reportlab", "5.1.0", "reportlab-5.1.0-py3-none-any.whl"),
        item("lxml", "6.2.1", "lxml-6.2.1-cp312-cp312-win_amd64.whl"),
        item("weird", "1.0", "weird-1.0.tar.gz"),
    ]}
    problems = wheelset.check_report(report, pins)
    assert any("uvloop 0.21.0" in p and "not a Windows wheel" in p for p in problems)
    assert any("lxml 6.2.1 is needed but not pinned" in p for p in problems)
    assert any("weird-1.0.tar.gz is not a wheel" in p for p in problems)
    assert any("old==1.0 is pinned but no longer needed" in p for p in problems)
    assert not any("reportlab" in p for p in problems)


def test_dependencies_only_windows_needs_are_found() -> None:
    """pip evaluates markers for the computer it runs on, even with --platform."""
    report = {"install": [item("pyinstaller", "6.22", "pyinstaller-6.22-py3-none-win_amd64"
                               ".whl", ["pefile>=2022.5.30; sys_platform == 'win32'",
                                        "macholib>=1.8; sys_platform == 'darwin'",
                                        "altgraph"])]}
    assert wheelset.windows_only_needs(report) == ["pefile>=2022.5.30"]


def test_an_unreachable_index_is_told_apart() -> None:
    output = ("WARNING: Retrying (Retry(total=0...)) after connection broken by "
              "'NewConnectionError(...: Failed to establish a new connection: [Errno -3] "
              "Temporary failure in name resolution')")
    assert wheelset.UNREACHABLE.search(output)
    assert not wheelset.UNREACHABLE.search(
        "ERROR: No matching distribution found for uvloop")


def make_wheel(folder: Path, filename: str, requires: tuple[str, ...] = ()) -> str:
    """A wheel (the binary distribution format of the Python packaging specifications:
    ``{name}-{version}.dist-info`` with METADATA, WHEEL and RECORD) holding only its metadata;
    its requirement line with the sha256 pip checks."""
    name, version, *_ = filename.removesuffix(".whl").split("-")
    info = f"{name}-{version}.dist-info"
    files = {
        f"{info}/METADATA": "Metadata-Version: 2.1\n" f"Name: {name}\nVersion: {version}\n"
                            + "".join(f"Requires-Dist: {r}\n" for r in requires),
        f"{info}/WHEEL": "Wheel-Version: 1.0\nGenerator: tests\nRoot-Is-Purelib: true\n"
                         f"Tag: {'-'.join(filename.removesuffix('.whl').split('-')[2:])}\n",
    }
    record = []
    for path, text in files.items():
        digest = base64.urlsafe_b64encode(hashlib.sha256(text.encode()).digest()).rstrip(b"=")
        record.append(f"{path},sha256={digest.decode()},{len(text.encode())}")
    files[f"{info}/RECORD"] = "\n".join([*record, f"{info}/RECORD,,"]) + "\n"
    with zipfile.ZipFile(folder / filename, "w") as wheel:
        for path, text in files.items():
            wheel.writestr(path, text)
    sha256 = hashlib.sha256((folder / filename).read_bytes()).hexdigest()
    return f"{name.replace('_', '-')}=={version} --hash=sha256:{sha256}"


@pytest.fixture(scope="module")
def wheels(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """A folder of wheels shaped like the real set's (a pure one needing a compiled one for
    Windows, the build tool needing a Windows-only dependency through its marker, a
    Linux-only wheel), each with its pin; the folder itself under ``"folder"``."""
    folder = tmp_path_factory.mktemp("wheels")
    pins = {
        "reportlab": make_wheel(folder, "reportlab-4.4.1-py3-none-any.whl", ("pillow>=9.0",)),
        "pillow": make_wheel(folder, "pillow-11.3.0-cp312-cp312-win_amd64.whl"),
        "pyinstaller": make_wheel(folder, "pyinstaller-6.22.0-py3-none-win_amd64.whl", (
            "altgraph", "pefile>=2022.5.30; sys_platform == 'win32'",
            "macholib>=1.8; sys_platform == 'darwin'")),
        "altgraph": make_wheel(folder, "altgraph-0.17.5-py2.py3-none-any.whl"),
        "pefile": make_wheel(folder, "pefile-2024.8.26-py3-none-any.whl"),
        "uvloop": make_wheel(folder, "uvloop-0.21.0-cp312-cp312-manylinux_2_17_x86_64.whl"),
    }
    return {**pins, "folder": str(folder)}


def pinned(tmp_path: Path, wheels: dict[str, str], *names: str) -> Path:
    path = tmp_path / "requirements.txt"
    path.write_text("# made-up pins\n" + "".join(f"{wheels[n]}\n" for n in names))
    return path


def check_offline(tmp_path: Path, wheels: dict[str, str], names: tuple[str, ...],
                  capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    status = wheelset.check(pinned(tmp_path, wheels, *names), ["reportlab>=4.0"],
                            find_links=Path(wheels["folder"]))
    return status, capsys.readouterr().err


def test_a_sound_set_resolves_for_windows(tmp_path: Path, wheels: dict[str, str],
                                          capsys: pytest.CaptureFixture[str]) -> None:
    status, err = check_offline(tmp_path, wheels, (
        "reportlab", "pillow", "pyinstaller", "altgraph", "pefile"), capsys)
    assert status == wheelset.EXIT_SOUND, err


def test_a_windows_only_dependency_left_unpinned_is_found(
        tmp_path: Path, wheels: dict[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    """pip, on Linux, skips pefile (its marker says Windows): the check still asks for it."""
    status, err = check_offline(tmp_path, wheels, (
        "reportlab", "pillow", "pyinstaller", "altgraph"), capsys)
    assert status == wheelset.EXIT_UNSOUND
    assert "pefile>=2022.5.30: needed on Windows (its marker) but not pinned" in err
    assert err.count("wheel set: ") == 1, err


def test_a_pin_with_no_windows_wheel_fails_the_resolution(
        tmp_path: Path, wheels: dict[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    status, err = check_offline(tmp_path, wheels, (
        "reportlab", "pillow", "pyinstaller", "altgraph", "pefile", "uvloop"), capsys)
    assert status == wheelset.EXIT_UNSOUND
    assert "pip cannot install the set on Windows (win_amd64, Python 3.12" in err
    assert "uvloop" in err


@pytest.mark.slow  # about 15 s: pip resolves 24 packages' metadata from the index
@pytest.mark.skipif(os.environ.get("RGPD_ONLINE") != "1",
                    reason="asks the real package index: set RGPD_ONLINE=1 (tests never "
                           "reach outside the machine by default)")
def test_the_windows_wheel_set_installs_on_windows(capsys: pytest.CaptureFixture[str]) -> None:
    status = wheelset.check()
    captured = capsys.readouterr()
    if status == wheelset.EXIT_UNREACHABLE:
        pytest.skip("the package index cannot be reached from here, so whether every "
                    "dependency has a Windows wheel is unknown: " + captured.err[-300:])
    assert status == wheelset.EXIT_SOUND, captured.err
