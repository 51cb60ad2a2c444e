"""The desktop integration files agree with pyproject.toml and pass their validators."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from assistant import __version__

ROOT = Path(__file__).resolve().parents[1]
LINUX = ROOT / "packaging" / "linux"
APP_ID = "io.github.rgpdassistant.RgpdAssistant"


def project() -> dict:
    with open(ROOT / "pyproject.toml", "rb") as handle:
        return tomllib.load(handle)["project"]


def test_metainfo_matches_the_project() -> None:
    root = ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == f"{APP_ID}.desktop"  # type: ignore[union-attr]
    releases = [r.get("version") for r in root.iter("release")]
    assert releases[0] == __version__, "add a <release> for the new version"
    assert root.findtext("project_license") == project()["license"]


def test_desktop_file_declares_the_dossier_type() -> None:
    desktop = configparser.ConfigParser(interpolation=None)
    desktop.optionxform = str  # type: ignore[assignment,method-assign]
    desktop.read(LINUX / f"{APP_ID}.desktop", encoding="utf-8")
    entry = desktop["Desktop Entry"]
    assert entry["Exec"].split()[0] == "rgpd-assistant"
    assert project()["gui-scripts"]["rgpd-assistant"] == "assistant.app:main"
    assert "application/x-rgpd-dossier" in entry["MimeType"]
    mime = ET.parse(LINUX / "rgpd-assistant-mime.xml").getroot()
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    assert mime.find("m:mime-type", ns).get("type") == "application/x-rgpd-dossier"  # type: ignore[union-attr]
    assert mime.find("m:mime-type/m:glob", ns).get("pattern") == "*.rgpd"  # type: ignore[union-attr]


@pytest.mark.parametrize("tool,args,name", [
    ("appstreamcli", ["validate", "--no-net"], f"{APP_ID}.metainfo.xml"),
    ("desktop-file-validate", [], f"{APP_ID}.desktop"),
])
def test_validators_accept_the_files(tool: str, args: list[str], name: str) -> None:
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} is not installed (Debian: appstream, desktop-file-utils)")
    result = subprocess.run([tool, *args, str(LINUX / name)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_windows_installer_points_at_the_bundle_layout() -> None:
    script = (ROOT / "packaging" / "windows" / "rgpd-assistant.iss").read_text(encoding="utf-8")
    name = project()["name"]
    assert f'#define AppExe "{name}.exe"' in script
    assert f'#define Bundle "..\\dist\\{name}"' in script
    assert ".rgpd" in script and "ChangesAssociations=yes" in script
    spec = (ROOT / "packaging" / "rgpd-assistant.spec").read_text(encoding="utf-8")
    assert 'name=f"{NAME}-cli"' in spec and "name=NAME" in spec


def test_the_version_is_written_once() -> None:
    """pyproject.toml takes it from the package (hatch), so the two cannot disagree."""
    with open(ROOT / "pyproject.toml", "rb") as handle:
        data = tomllib.load(handle)
    assert "version" in data["project"]["dynamic"]
    assert data["tool"]["hatch"]["version"]["path"] == "assistant/__init__.py"
