"""Where the app keeps its state and new dossiers: the per-user folders, which on Windows
are %LOCALAPPDATA% (readable by the user only), and a warning when a dossier is saved where
other accounts can read it (Windows has no mode bits to protect it)."""

from __future__ import annotations

from pathlib import Path, PureWindowsPath

import platformdirs.windows
import pytest

from assistant import APP_NAME, paths
from assistant.store.exposure import classify, exposure

LOCAL = r"C:\Users\Léa Martin\AppData\Local"
ENV = {"USERPROFILE": r"C:\Users\Léa Martin", "LOCALAPPDATA": LOCAL,
       "APPDATA": r"C:\Users\Léa Martin\AppData\Roaming", "PUBLIC": r"C:\Users\Public",
       "ALLUSERSPROFILE": r"C:\ProgramData", "SystemDrive": "C:"}


def test_on_windows_every_folder_is_under_localappdata(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WIN_PD_OVERRIDE_LOCAL_APPDATA", LOCAL)
    monkeypatch.setenv("WIN_PD_OVERRIDE_APPDATA", ENV["APPDATA"])
    folders = paths.default_folders(platformdirs.windows.Windows(APP_NAME, appauthor=False))
    own = PureWindowsPath(LOCAL, APP_NAME)
    for kind, folder in folders.items():
        where = PureWindowsPath(folder)
        assert where == own or own in where.parents, (kind, folder)
        assert classify(where / "x.rgpd", ENV) is None  # the user's own: nobody else reads
    # backups and drafts live in the data folder (paths.backups_dir, store.drafts)
    assert PureWindowsPath(folders["data"]) == own


def test_the_defaults_here_are_the_user_s_own(tmp_path: Path) -> None:
    home = str(Path.home())
    for folder in paths.default_folders().values():
        assert folder.startswith(home)


@pytest.mark.parametrize("path,kind", [
    (r"C:\Users\Public\Documents\Boulangerie.rgpd", "public"),
    (r"C:\Users\Public\Desktop\Boulangerie.rgpd", "public"),
    (r"c:\users\public\documents\b.rgpd", "public"),  # Windows ignores case
    (r"C:\ProgramData\Shop\b.rgpd", "shared_data"),
    (r"C:\Boulangerie.rgpd", "drive_root"),
    (r"D:\Boulangerie.rgpd", "drive_root"),
    (r"C:\Dossiers RGPD\Boulangerie.rgpd", "outside_profile"),
    (r"E:\Clients\Boulangerie.rgpd", "outside_profile"),
    (r"C:\Users\Léa Martin\Documents\Boulangerie.rgpd", None),
    (r"C:\Users\Léa Martin\AppData\Local\rgpd-assistant\Boulangerie.rgpd", None),
    (r"\\serveur\cabinet\Boulangerie.rgpd", None),  # a share: the location warning's
])
def test_folders_other_accounts_can_read(path: str, kind: str | None) -> None:
    assert classify(PureWindowsPath(path), ENV) == kind


def test_public_is_found_without_its_variable() -> None:
    env = {k: v for k, v in ENV.items() if k != "PUBLIC"}
    assert classify(r"C:\Users\Public\Documents\b.rgpd", env) == "public"


def test_only_windows_lacks_the_mode_bits(tmp_path: Path) -> None:
    target = tmp_path / "b.rgpd"
    assert exposure(target, on_windows=False) is None  # Linux: 0600 protects the file
    assert exposure(target, on_windows=True, env=ENV) == "outside_profile"


def test_the_command_line_warns_when_it_saves_a_dossier_others_can_read(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    from assistant.cli import main
    from assistant.store import exposure as module

    seen: list[Path] = []

    def windows_public(path: Path, **_kw: object) -> str:
        seen.append(path)
        return classify(r"C:\Users\Public\Documents" + "\\" + path.name, ENV) or ""

    monkeypatch.setattr(module, "exposure", windows_public)
    target = tmp_path / "shop.rgpd"
    assert main(["--lang", "en", "new", str(target), "--name", "Shop"]) == 0
    err = capsys.readouterr().err
    assert "public folder" in err and str(target) in err
    assert target.exists()  # a warning, not a refusal
    assert main(["--lang", "fr", "backup", str(target), "-o", str(tmp_path / "c.rgpd")]) == 0
    assert "dossier public" in capsys.readouterr().err


def test_the_computer_s_name_is_the_network_module_s() -> None:
    import socket

    from assistant.paths import host_name

    assert host_name() == socket.gethostname()
