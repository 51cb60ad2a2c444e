"""Opening a dossier for writing in a synced or network folder warns, once per dossier if
the user says so; reading it does not."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

import assistant.store.location as location
from assistant.store.location import LocationRisk
from assistant.ui.main_window import MainWindow


def test_a_synced_folder_warns_and_can_be_told_not_to(window: MainWindow, demo_file: Path,
                                                      tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    synced = tmp_path / "Dropbox (Cabinet Martin)" / "Clients"
    synced.mkdir(parents=True)
    path = synced / "a.rgpd"
    path.write_bytes(demo_file.read_bytes())
    shown: list[str] = []

    def tick_and_close(box: QMessageBox) -> int:
        shown.append(box.text())
        box.checkBox().setChecked(True)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", tick_and_close)
    assert window.open_path(path)
    assert len(shown) == 1 and "synchronised by Dropbox" in shown[0]
    assert "Risky location: Dropbox" in window.statusBar().currentMessage()
    window.close_dossier()
    assert window.open_path(path)  # told not to warn again for this dossier
    assert len(shown) == 1


def test_unnamed_sync_clients_and_network_shares_in_words(window: MainWindow, demo_copy: Path,
                                                          monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    monkeypatch.setattr(location, "location_risk",
                        lambda _p: LocationRisk("cloud", "a cloud storage provider"))
    assert window.open_path(demo_copy)
    assert "synchronised by a cloud storage provider" in shown[-1]
    window.close_dossier()
    monkeypatch.setattr(location, "location_risk", lambda _p: LocationRisk("network", "cifs"))
    assert window.open_path(demo_copy)
    assert "network location (cifs)" in shown[-1]


def test_reading_does_not_warn(window: MainWindow, demo_file: Path, tmp_path: Path,
                               monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    monkeypatch.setattr(location, "location_risk", lambda _p: LocationRisk("cloud", "OneDrive"))
    assert window.open_read_only(demo_file)
    assert shown == []


def test_a_dossier_other_accounts_can_read_warns_on_windows(window: MainWindow,
                                                             demo_copy: Path,
                                                             monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Windows' Public Documents: mode bits protect nothing there, the folder's access list
    lets every account read. Selected explicitly, as Windows would classify the folder."""
    import assistant.store.exposure as exposure
    from assistant.store.exposure import classify

    shown: list[str] = []

    def tick_and_close(box: QMessageBox) -> int:
        shown.append(box.text())
        box.checkBox().setChecked(True)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", tick_and_close)
    public = r"C:\Users\Public\Documents\demo.rgpd"
    monkeypatch.setattr(exposure, "exposure", lambda p, **_k: classify(
        public, {"PUBLIC": r"C:\Users\Public"}))
    assert window.open_path(demo_copy)
    assert len(shown) == 1 and "public folder" in shown[0] and str(demo_copy) in shown[0]
    window.close_dossier()
    assert window.open_path(demo_copy)  # told not to warn again for this dossier
    assert len(shown) == 1


def test_no_exposure_warning_where_mode_bits_work(window: MainWindow, demo_copy: Path,
                                                  monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    assert window.open_path(demo_copy)  # Linux: created 0600, the folder does not matter
    assert shown == []
