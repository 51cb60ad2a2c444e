"""A dossier other accounts can read is said so on stderr: made owner-only by a command that
changes it, left as it is (with how to close it) by one that only reads it."""

from __future__ import annotations

import io
import os
import stat
from pathlib import Path

import pytest

from assistant.cli import main

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX rights")


def _run(*args: str, data_dir: Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["--lang", "en", "--data-dir", str(data_dir), *args], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_reading_warns_and_changing_closes(demo_copy: Path, tmp_path: Path) -> None:
    demo_copy.chmod(0o644)
    state = tmp_path / "state"
    for args in (["verify", str(demo_copy)],
                 ["consents", "export", str(demo_copy), "-o", str(tmp_path / "l.csv")]):
        code, out, err = _run(*args, data_dir=state)
        assert code == 0, err
        assert "can be read by other accounts of this computer (mode 644)" in err
        assert f'chmod 600 "{demo_copy}"' in err and "chmod" not in out
        assert stat.S_IMODE(demo_copy.stat().st_mode) == 0o644
    code, _out, err = _run("consents", "record", str(demo_copy), "--email", "n@x.fr",
                           "--purpose", "newsletter", "--status", "granted", data_dir=state)
    assert code == 0, err
    assert "was made readable by you only" in err
    assert stat.S_IMODE(demo_copy.stat().st_mode) == 0o600
    code, _out, err = _run("verify", str(demo_copy), data_dir=state)
    assert code == 0 and "other accounts" not in err
