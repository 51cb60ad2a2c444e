"""Static checks of the Windows build files, which cannot run here: the PyInstaller spec and
the Inno Setup script name nothing that only exists on Linux, every file they take exists
or is made by packaging/build.py, and every file shipped has a name Windows takes."""

from __future__ import annotations

import ast
import re
import subprocess
import tomllib
from collections import defaultdict
from pathlib import Path, PureWindowsPath

import pytest

from assistant.store.filenames import MAX_PATH_CHARS, name_problem, utf16_len

ROOT = Path(__file__).resolve().parents[1]
WINDOWS = ROOT / "packaging" / "windows"
ISS = (WINDOWS / "rgpd-assistant.iss").read_text(encoding="utf-8")
SPEC = (ROOT / "packaging" / "rgpd-assistant.spec").read_text(encoding="utf-8")
BUILD = (ROOT / "packaging" / "build.py").read_text(encoding="utf-8")
# Paths and names that exist on Linux only.
LINUX_ONLY = re.compile(r"(?<![\w.])(/usr/|/opt/|/home/|/tmp/|/etc/|/var/|~/)|\.so\b|"
                        r"\.sh\b|\blib\w+\.so|\bxdg-|\.desktop\b|/bin/")
# The longest folder a per-user install puts the bundle in, with a long user name:
# %LOCALAPPDATA%\Programs\RGPD Assistant\_internal\
INSTALL_ROOT = PureWindowsPath("C:/Users/Camille Dupont-Martinez/AppData/Local/Programs/"
                               "RGPD Assistant/_internal")


def project_name() -> str:
    with open(ROOT / "pyproject.toml", "rb") as handle:
        return tomllib.load(handle)["project"]["name"]


def iss_lines() -> list[str]:
    return [line for line in ISS.splitlines() if line.strip() and not line.startswith(";")]


def iss_defines() -> dict[str, str]:
    return dict(re.findall(r'^#define (\w+) "([^"]*)"', ISS, re.MULTILINE))


def expand(text: str) -> str:
    for name, value in iss_defines().items():
        text = text.replace("{#" + name + "}", value)
    return text


def test_the_installer_names_nothing_that_exists_on_linux_only() -> None:
    for line in iss_lines():
        without_urls = re.sub(r"https?://\S+", "", line)
        assert not LINUX_ONLY.search(without_urls), line
        if line.startswith(("Source:", "SetupIconFile", "LicenseFile", "OutputDir")):
            assert "/" not in without_urls, f"Windows paths use \\: {line}"


def test_every_file_the_installer_takes_exists_or_is_built() -> None:
    sources = [expand(m) for m in re.findall(r'Source: "([^"]+)"', ISS)]
    sources += [expand(m) for m in re.findall(r"^(?:SetupIconFile|LicenseFile)=(.+)$", ISS,
                                              re.MULTILINE)]
    assert sources
    name = project_name()
    for source in sources:
        relative = PureWindowsPath(source)
        parts = relative.parts
        if parts[:2] == ("..", "dist"):  # the PyInstaller bundle: the spec's COLLECT name
            assert parts[2] == name and "name=NAME" in SPEC, source
        elif parts[:2] == ("..", "build"):  # made by packaging/build.py
            assert parts[2] == "icons" and relative.suffix == ".ico", source
            assert f'"{relative.stem}"' in BUILD and "write_ico" in BUILD, source
            assert (ROOT / "resources" / "icons" / f"{relative.stem}.svg").exists()
        else:
            assert (WINDOWS / Path(*parts)).resolve().exists(), source


def test_the_dossier_type_is_associated_with_its_icon_and_open_with() -> None:
    text = expand(ISS)
    prog_id = iss_defines()["ProgId"]
    exe = iss_defines()["AppExe"]
    assert exe == f"{project_name()}.exe"
    assert "ChangesAssociations=yes" in text
    assert re.search(rf'Subkey: "Software\\Classes\\\.rgpd"; .*ValueData: "{prog_id}"', text)
    assert f'Subkey: "Software\\Classes\\.rgpd\\OpenWithProgids"; ValueType: string; ' \
           f'ValueName: "{prog_id}"' in text
    icon = next(li for li in text.splitlines() if f"Classes\\{prog_id}\\DefaultIcon\"" in li)
    assert f'ValueData: """{{app}}\\{iss_defines()["DossierIcon"]}"",0"' in icon
    assert "rgpd-dossier.ico" in text and 'DestDir: "{app}"' in text
    for key in (f"{prog_id}\\shell\\open\\command", f"Applications\\{exe}\\shell\\open\\command"):
        line = next(li for li in text.splitlines() if f"Classes\\{key}\"" in li)
        assert f'""{{app}}\\{exe}"" ""%1""' in line, "the file is passed, quoted"
    assert f"Applications\\{exe}\\SupportedTypes" in text
    assert "FriendlyAppName" in text


def test_uninstalling_keeps_the_dossiers() -> None:
    assert "[UninstallDelete]" not in ISS or not re.search(
        r"\{(localappdata|userappdata|userdocs|commondocs)\}",
        ISS.split("[UninstallDelete]", 1)[1].split("\n[", 1)[0])
    assert "PrivilegesRequired=lowest" in ISS  # per user: no administrator needed


def test_the_spec_builds_a_window_app_without_console_and_a_console_cli() -> None:
    tree = ast.parse(SPEC)
    exes = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "EXE":
            keywords = {k.arg: k.value for k in node.keywords}
            name = ast.unparse(keywords["name"])
            exes[name] = ast.literal_eval(keywords["console"])
    assert exes == {"NAME": False, "f'{NAME}-cli'": True}
    assert 'rgpd-assistant.ico" if sys.platform == "win32"' in SPEC


def test_the_spec_names_nothing_that_exists_on_linux_only() -> None:
    tree = ast.parse(SPEC)
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            assert not LINUX_ONLY.search(node.value), node.value
    for match in re.findall(r'\(str\([^)]*\), "([^"]+)"\)', SPEC):  # datas destinations
        for part in match.split("/"):
            assert name_problem(part) is None, match


def test_the_spec_excludes_no_module_the_app_imports() -> None:
    excludes = ast.literal_eval(re.search(r"excludes = (\[.*?\])", SPEC, re.DOTALL).group(1))
    hidden = ast.literal_eval(re.search(r"hiddenimports = (\[.*?\])", SPEC,
                                        re.DOTALL).group(1))
    imported = set()
    for path in (ROOT / "assistant").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                imported.add(node.module)
            elif isinstance(node, ast.Import):
                imported.update(a.name for a in node.names)
    for module in excludes:
        assert not any(m == module or m.startswith(module + ".") for m in imported), module
    import importlib.util

    for module in hidden:
        assert importlib.util.find_spec(module) is not None, module


def shipped_files() -> list[str]:
    result = subprocess.run(["git", "ls-files", "resources", "assistant", "packaging"],
                            cwd=ROOT, capture_output=True, text=True, check=False)
    if result.returncode != 0 or not result.stdout.strip():
        pytest.skip("not a git checkout")
    return result.stdout.splitlines()


def test_every_shipped_file_has_a_name_windows_takes() -> None:
    folders: dict[str, set[str]] = defaultdict(set)
    for path in shipped_files():
        for part in path.split("/"):
            assert name_problem(part) is None, path
        folder, _, name = path.rpartition("/")
        assert name.casefold() not in folders[folder.casefold()], \
            f"{path}: another file differs only by case, one name on Windows"
        folders[folder.casefold()].add(name.casefold())


def test_every_resource_fits_windows_path_length_once_installed() -> None:
    longest = max((p for p in shipped_files() if p.startswith("resources/")),
                  key=lambda p: utf16_len(p))
    installed = INSTALL_ROOT / PureWindowsPath(longest)
    assert utf16_len(str(installed)) <= MAX_PATH_CHARS, installed


def test_the_wheel_set_and_the_checklist_are_beside_the_installer() -> None:
    assert (WINDOWS / "requirements.txt").exists()
    checklist = (WINDOWS / "CHECKLIST.md").read_text(encoding="utf-8")
    for step in ("Install", "first run", "Explorer", "kill", "antivirus", "Uninstall"):
        assert step.lower() in checklist.lower(), step


def test_the_windows_icons_hold_every_size_explorer_asks_for(tmp_path: Path) -> None:
    import importlib.util
    import io

    from PIL import Image

    spec = importlib.util.spec_from_file_location("packaging_build",
                                                  ROOT / "packaging" / "build.py")
    assert spec is not None and spec.loader is not None
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    images = {}
    for size in build.ICON_SIZES:
        buffer = io.BytesIO()
        Image.new("RGBA", (size, size), (37, 99, 168, 255)).save(buffer, "PNG")
        images[size] = buffer.getvalue()
    target = tmp_path / "x.ico"
    build.write_ico(target, images)
    with Image.open(target) as icon:
        assert icon.format == "ICO"
        assert {s[0] for s in icon.ico.sizes()} == set(build.ICON_SIZES)
        icon.size = (256, 256)
        icon.load()
        assert icon.size == (256, 256)
