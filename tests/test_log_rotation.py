"""The log keeps working when another program holds it at rotation time (Windows: the
window app and a command line share it, an antivirus scans it)."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest

from assistant.logrotation import PatientRotatingFileHandler
from assistant.store import held


def emit_many(handler: logging.Handler, n: int) -> None:
    for i in range(n):
        handler.handle(logging.LogRecord("t", logging.INFO, __file__, 1, f"line {i} " + "x" * 80,
                                         None, None))


@pytest.fixture
def handler(tmp_path: Path):  # type: ignore[no-untyped-def]
    made = PatientRotatingFileHandler(tmp_path / "assistant.log", maxBytes=500, backupCount=2,
                                      encoding="utf-8")
    yield made
    made.close()


def test_rotation_waits_for_a_briefly_held_log(tmp_path: Path, handler, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(held, "PATIENT", True)
    monkeypatch.setattr(held.time, "sleep", lambda _s: None)
    real, calls = os.replace, []

    def flaky(a: object, b: object) -> None:
        calls.append(a)
        if len(calls) <= 2:
            raise PermissionError(13, "used by another process")
        real(a, b)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "replace", flaky)
    emit_many(handler, 10)
    assert (tmp_path / "assistant.log.1").exists()


def test_a_log_held_for_good_is_written_on_without_rotation(
        tmp_path: Path, handler, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(held, "PATIENT", True)
    monkeypatch.setattr(held.time, "sleep", lambda _s: None)

    def always_held(a: object, b: object) -> None:
        raise PermissionError(13, "used by another process")

    monkeypatch.setattr(os, "replace", always_held)
    emit_many(handler, 20)
    text = (tmp_path / "assistant.log").read_text(encoding="utf-8")
    assert "line 0 " in text and "line 19 " in text  # nothing lost
    assert not (tmp_path / "assistant.log.1").exists()
    assert "Traceback" not in capsys.readouterr().err  # no logging error printed


def test_the_window_logs_at_once_and_rotates_once_it_has_painted(
        data_dir: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The window's log: a plain handler from the start (a crash before the first paint is
    logged), handed to the rotating one after the paint, the lines of both in one file and
    a log grown past its size rotated at the next line."""
    from assistant import logsetup

    monkeypatch.setattr(logsetup, "MAX_BYTES", 300)
    root = logging.getLogger()
    level = root.level
    path = logsetup.setup_logging(rotate=False)
    try:
        ours = [h for h in root.handlers if getattr(h, "_rgpd_assistant", False)]
        assert len(ours) == 1 and not isinstance(ours[0], PatientRotatingFileHandler)
        logging.getLogger("t").warning("before the paint " + "x" * 400)
        logsetup.start_rotation()
        ours = [h for h in root.handlers if getattr(h, "_rgpd_assistant", False)]
        assert len(ours) == 1 and isinstance(ours[0], PatientRotatingFileHandler)
        logging.getLogger("t").warning("after the paint")
        assert "before the paint" in (path.parent / (path.name + ".1")).read_text("utf-8")
        assert "after the paint" in path.read_text("utf-8")
        logsetup.start_rotation()  # once only: nothing more to hand over
        assert len([h for h in root.handlers if getattr(h, "_rgpd_assistant", False)]) == 1
    finally:
        for handler in list(root.handlers):
            if getattr(handler, "_rgpd_assistant", False):
                root.removeHandler(handler)
                handler.close()
        root.setLevel(level)
