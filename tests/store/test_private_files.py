"""What holds personal data, or says what the user works on, is readable by its owner only:
the dossier, the backups and drafts folders, the log and the settings."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from assistant import paths
from assistant.domain.progress import drive
from assistant.store.backup import automatic_backup, backup_folder
from assistant.store.dossier import create_dossier, open_dossier
from assistant.store.drafts import DraftSlot
from assistant.store.file_notes import FileNote, take
from assistant.store.verify import verify_dossier

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX rights")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_dossier_open_to_others_is_closed_when_opened(tmp_path: Path) -> None:
    path = tmp_path / "shop.rgpd"
    create_dossier(path).close()
    path.chmod(0o644)
    take()
    with open_dossier(path, read_only=True):
        assert mode(path) == 0o644  # reading changes nothing, but says so
    assert take() == [FileNote("readable_by_others", path, "644")]
    drive(verify_dossier(path))
    assert take() == [FileNote("readable_by_others", path, "644")]
    with open_dossier(path):
        assert mode(path) == 0o600
        assert mode(Path(f"{path}-wal")) == 0o600
    assert take() == [FileNote("made_owner_only", path, "644")]
    with open_dossier(path):
        pass
    assert take() == []  # owner-only: nothing to say


def test_state_folders_are_owner_only_even_when_made_before(tmp_path: Path,
                                                            data_dir: Path) -> None:
    for name in ("data", "data/backups", "data/drafts"):
        (data_dir / name).mkdir(parents=True, exist_ok=True)
        (data_dir / name).chmod(0o755)
    d = create_dossier(tmp_path / "shop.rgpd")
    automatic_backup(d.conn, d.path, d.uuid, "daily")
    DraftSlot(d.uuid, "processing", None, dossier_path=d.path).save({"name": "x"})
    uuid = d.uuid
    d.close()
    for folder in (paths.data_dir(), paths.backups_dir(), backup_folder(uuid),
                   paths.data_dir() / "drafts"):
        assert mode(folder) == 0o700, folder


def test_the_log_is_owner_only(data_dir: Path) -> None:
    import logging

    from assistant.logsetup import setup_logging

    path = setup_logging()
    logging.getLogger("test").warning("a line")
    assert mode(path) == 0o600
    for handler in list(logging.getLogger().handlers):
        if getattr(handler, "_rgpd_assistant", False):
            logging.getLogger().removeHandler(handler)
            handler.close()


def test_the_settings_file_is_owner_only(qapp, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    from assistant.ui.settings import Settings

    settings = Settings()
    settings.set_value("x/y", "z")
    settings.sync()
    assert mode(paths.config_dir() / "settings.ini") == 0o600
