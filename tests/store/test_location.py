from __future__ import annotations

from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest

from assistant.store.location import classify, location_risk, parse_mounts

MOUNTS = parse_mounts("""\
/dev/vda / ext4 rw,relatime 0 0
server:/export /mnt/nas nfs4 rw 0 0
//fs/compta /mnt/compta\\040partagée cifs rw 0 0
me@host:/data /home/me/remote fuse.sshfs rw 0 0
tmpfs /tmp tmpfs rw 0 0
""")


@pytest.mark.parametrize("path,kind,detail", [
    ("/mnt/nas/clients/boulangerie.rgpd", "network", "nfs4"),
    ("/mnt/compta partagée/a.rgpd", "network", "cifs"),
    ("/home/me/remote/a.rgpd", "network", "fuse.sshfs"),
    ("/home/me/Dropbox/Clients/a.rgpd", "cloud", "Dropbox"),
    ("/home/me/Nextcloud/a.rgpd", "cloud", "Nextcloud"),
    ("/home/me/Google Drive/a.rgpd", "cloud", "Google Drive"),
    ("/Users/me/Library/Mobile Documents/com~apple~CloudDocs/a.rgpd", "cloud", "iCloud"),
    ("/home/me/OneDrive - Cabinet Dupuis/a.rgpd", "cloud", "OneDrive"),
])
def test_risky_places(path: str, kind: str, detail: str) -> None:
    risk = classify(PurePosixPath(path), mounts=MOUNTS)
    assert risk is not None and (risk.kind, risk.detail) == (kind, detail)


def test_safe_places() -> None:
    assert classify(PurePosixPath("/home/me/Documents/a.rgpd"), mounts=MOUNTS) is None
    assert classify(PurePosixPath("/tmp/a.rgpd"), mounts=MOUNTS) is None
    assert classify(PurePosixPath("/home/me/Boxes/a.rgpd"), mounts=MOUNTS) is None


def test_windows_cases() -> None:
    assert classify(PureWindowsPath(r"\\serveur\compta\a.rgpd")).detail == "UNC share"  # type: ignore[union-attr]
    assert classify(PureWindowsPath(r"Z:\clients\a.rgpd"), remote_drive=True).kind == "network"  # type: ignore[union-attr]
    onedrive = classify(PureWindowsPath(r"C:\Users\Cam\OneDrive - Firme\a.rgpd"),
                        env={"OneDriveCommercial": r"C:\Users\Cam\OneDrive - Firme"})
    assert onedrive is not None and onedrive.detail == "OneDrive"
    assert classify(PureWindowsPath(r"C:\Users\Cam\Documents\a.rgpd")) is None


def test_marker_files_reveal_a_synced_folder(tmp_path: Path) -> None:
    synced = tmp_path / "Clients"
    synced.mkdir()
    (tmp_path / ".nextcloudsync.log").write_text("")
    risk = location_risk(synced / "a.rgpd")
    assert risk is not None and risk.detail == "Nextcloud"
