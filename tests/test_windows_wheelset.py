"""The Windows wheel set (packaging/windows/requirements.txt): every dependency pinned, each
with a wheel for Windows, so that a dependency without one fails here and not on a shop's PC.

The logic is tested on made-up resolutions; one test asks the package index for real (as
the issue asks of CI), and skips, saying why, only when the index cannot be reached."""

from __future__ import annotations

import importlib.util
import sys
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


@pytest.mark.slow  # about 15 s: pip resolves 24 packages' metadata from the index
def test_the_windows_wheel_set_installs_on_windows(capsys: pytest.CaptureFixture[str]) -> None:
    status = wheelset.check()
    captured = capsys.readouterr()
    if status == wheelset.EXIT_UNREACHABLE:
        pytest.skip("the package index cannot be reached from here, so whether every "
                    "dependency has a Windows wheel is unknown: " + captured.err[-300:])
    assert status == wheelset.EXIT_SOUND, captured.err
