"""One writer per dossier whatever name it is opened by."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.store.dossier import create_dossier, open_dossier
from assistant.store.errors import DossierLocked
from assistant.store.lock import is_locked
from tests.portfolio_helpers import held_open


@pytest.fixture
def dossier(tmp_path: Path) -> Path:
    path = tmp_path / "shop.rgpd"
    create_dossier(path).close()
    return path


def test_a_link_and_the_file_share_one_lock(dossier: Path, tmp_path: Path) -> None:
    link = tmp_path / "link.rgpd"
    link.symlink_to(dossier)
    (tmp_path / "sub").mkdir()
    dotted = tmp_path / "sub" / ".." / "shop.rgpd"
    with held_open(link):
        assert is_locked(dossier) and is_locked(link)
        for name in (dossier, link, dotted):
            with pytest.raises(DossierLocked):
                open_dossier(name)
    with held_open(dossier), pytest.raises(DossierLocked):
        open_dossier(link)


def test_the_lock_file_sits_beside_the_file_and_goes_with_it(dossier: Path,
                                                             tmp_path: Path) -> None:
    link = tmp_path / "elsewhere" / "link.rgpd"
    link.parent.mkdir()
    link.symlink_to(dossier)
    with open_dossier(link):
        assert (tmp_path / "shop.rgpd.lock").exists()
        assert not (link.parent / "link.rgpd.lock").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["elsewhere", "shop.rgpd"]
