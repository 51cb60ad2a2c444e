"""More of the places sync clients use, as accountants' firms have them."""

from __future__ import annotations

from pathlib import PurePosixPath, PureWindowsPath

import pytest

from assistant.store.location import classify


@pytest.mark.parametrize("path,detail", [
    (r"G:\My Drive\Clients\a.rgpd", "Google Drive"),
    (r"G:\Mon Drive\Clients\a.rgpd", "Google Drive"),
    (r"G:\Shared drives\Cabinet\a.rgpd", "Google Drive"),
    (r"G:\Drives partagés\Cabinet\a.rgpd", "Google Drive"),
    (r"C:\Users\Cam\GoogleDrive\a.rgpd", "Google Drive"),
    (r"C:\Users\Cam\iCloudDrive\Clients\a.rgpd", "iCloud"),
    (r"C:\Users\Cam\Dropbox (Cabinet Martin)\Clients\a.rgpd", "Dropbox"),
    (r"C:\Users\Cam\OneDrive - Cabinet Martin\a.rgpd", "OneDrive"),
])
def test_windows_sync_folders(path: str, detail: str) -> None:
    risk = classify(PureWindowsPath(path))
    assert risk is not None and (risk.kind, risk.detail) == ("cloud", detail)


def test_a_sync_clients_files_whatever_the_folder_is_called() -> None:
    """A SharePoint library synced by OneDrive lives in C:\\Users\\X\\<Firm>\\...: only the
    file attributes Windows reports tell."""
    path = PureWindowsPath(r"C:\Users\Cam\Cabinet Martin\Clients - Documents\a.rgpd")
    assert classify(path) is None
    risk = classify(path, cloud_files=True)
    assert risk is not None and risk.kind == "cloud"


def test_names_that_only_look_alike() -> None:
    for path in ("/home/me/Dropboxes/a.rgpd", "/home/me/my drive notes/a.rgpd",
                 "/home/me/boxing/a.rgpd"):
        assert classify(PurePosixPath(path)) is None, path
