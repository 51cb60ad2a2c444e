"""Shared fixtures. Qt runs offscreen (set once, here); every test gets its own state folder
so nothing touches the real user folders."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import atexit
import hashlib
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant import paths

# The tests start the app as a child process dozens of times (python -m assistant,
# killed imports, a window saving). Where PYTHONDONTWRITEBYTECODE is set (this project's
# machines), each child would compile every module of the app from source again: they
# share one bytecode folder of the session instead, outside the source tree, deleted at
# the end. Not for this process, which compiles each module once anyway. The worker
# processes of a parallel run (pytest-xdist) take the folder of the run that started them.
_BYTECODE = os.environ.get("RGPD_TESTS_BYTECODE", "")
if not (os.environ.get("PYTEST_XDIST_WORKER") and os.path.isdir(_BYTECODE)):
    _BYTECODE = tempfile.mkdtemp(prefix="rgpd-tests-bytecode-")
    atexit.register(shutil.rmtree, _BYTECODE, ignore_errors=True)
    os.environ["RGPD_TESTS_BYTECODE"] = _BYTECODE
os.environ["PYTHONPYCACHEPREFIX"] = _BYTECODE
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)


@pytest.fixture(autouse=True)
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    folder = tmp_path_factory.mktemp("state")
    paths.set_data_dir(folder)
    yield folder
    paths.set_data_dir(None)


@pytest.fixture
def new_dossier(tmp_path: Path) -> Iterator:
    from assistant.store.dossier import create_dossier

    dossier = create_dossier(tmp_path / "shop.rgpd")
    yield dossier
    dossier.close()


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo dossier built once per session; copy it before changing it."""
    from assistant.demo import build_demo
    from assistant.domain.progress import drive

    path = tmp_path_factory.mktemp("demo") / "demo.rgpd"
    paths.set_data_dir(tmp_path_factory.mktemp("demo-state"))
    drive(build_demo(path, "fr"))
    return path


@pytest.fixture
def demo_copy(demo_file: Path, tmp_path: Path) -> Path:
    target = tmp_path / "demo-copy.rgpd"
    target.write_bytes(demo_file.read_bytes())
    return target


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def folder_state(folder: Path) -> dict[str, str]:
    """Every file of a folder with its hash: to show a refusal changed nothing."""
    return {p.name: file_digest(p) for p in sorted(folder.iterdir()) if p.is_file()}


def corrupt_dossier(path: Path) -> Path:
    """A dossier at ``path`` whose header is still ours but some register pages are scribbled
    over: it fails quick_check."""
    from assistant.domain.processing import Processing
    from assistant.store.dossier import create_dossier

    with create_dossier(path) as dossier:
        for i in range(200):
            dossier.register.create(Processing(name=f"Traitement {i}", notes="x" * 2000))
    data = bytearray(path.read_bytes())
    for offset in range(4096 * 3, min(len(data), 4096 * 6)):
        data[offset] = 0xFF
    path.write_bytes(bytes(data))
    return path
