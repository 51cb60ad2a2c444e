"""Right after the window closes a dossier, every command reads and copies it, and a failure
names the file it is about: never the output, called read-only, for the dossier's fault."""

from __future__ import annotations

import errno
import io
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.cli import main
from assistant.domain.processing import Processing
from assistant.store.backup import backup_to
from assistant.store.dossier import open_dossier
from assistant.store.errors import DossierNotFound, NotSqlite, ReadOnlyLocation
from assistant.store.outputs import output_path


def _cli(*args: str, data_dir: Path) -> tuple[int, str]:
    err = io.StringIO()
    out = io.StringIO()
    from contextlib import redirect_stderr, redirect_stdout

    with redirect_stderr(err), redirect_stdout(out):
        code = main(["--lang", "en", "--data-dir", str(data_dir), *args])
    return code, err.getvalue()


def test_every_export_works_right_after_the_window_closes(demo_copy: Path,
                                                          tmp_path: Path) -> None:
    state = tmp_path / "state"
    window = open_dossier(demo_copy)  # the window: a change, then File › Close
    window.register.create(Processing(name="Added in the window"))
    window.close()
    out = tmp_path / "out"
    out.mkdir()
    for args in (["export", "json", str(demo_copy), "-o", str(out / "d.json")],
                 ["consents", "export", str(demo_copy), "-o", str(out / "l.csv")],
                 ["backup", str(demo_copy), "-o", str(out / "copy.rgpd")]):
        code, err = _cli(*args, data_dir=state)
        assert code == 0, (args, err)
    # and from another process, as a command typed in a terminal is
    result = subprocess.run(
        [sys.executable, "-m", "assistant", "--lang", "en", "--data-dir", str(state),
         "export", "json", str(demo_copy), "-o", str(out / "again.json")],
        capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "read-only" not in result.stderr


class _Unreadable:
    """A source connection whose pages SQLite refuses to give (its WAL, say, cannot be
    read back), as SQLite words it."""

    def __init__(self, message: str, code: int) -> None:
        self.message = message
        self.code = code

    def backup(self, *_a: object, **_k: object) -> None:
        error = sqlite3.OperationalError(self.message)
        error.sqlite_errorcode = self.code  # type: ignore[attr-defined]
        raise error


@pytest.mark.parametrize(("message", "code", "kind"), [
    ("attempt to write a readonly database", 8, ReadOnlyLocation),  # SQLITE_READONLY
    ("file is not a database", 26, NotSqlite),  # SQLITE_NOTADB
])
def test_a_copy_that_fails_on_the_dossier_names_the_dossier(
        tmp_path: Path, message: str, code: int, kind: type) -> None:
    source = tmp_path / "Shop.rgpd"
    target = tmp_path / "copy.rgpd"
    with pytest.raises(kind) as caught:
        backup_to(_Unreadable(message, code), target,  # type: ignore[arg-type]
                  source_path=source)
    assert caught.value.path == source
    assert sorted(p.name for p in tmp_path.iterdir()) == []  # nothing left behind


def test_an_error_about_another_file_names_that_file(tmp_path: Path) -> None:
    target = tmp_path / "out.pdf"
    other = tmp_path / "fonts" / "DejaVuSans.ttf"
    with pytest.raises(ReadOnlyLocation) as caught, output_path(target):
        raise PermissionError(errno.EACCES, "Permission denied", str(other))
    assert caught.value.path == other
    with pytest.raises(DossierNotFound) as caught, output_path(target) as tmp:
        tmp.unlink()
        raise FileNotFoundError(errno.ENOENT, "No such file", str(tmp))
    assert caught.value.path == target  # the output's own temporary file: the output
    assert not target.exists()
