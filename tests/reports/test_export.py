"""Writing the PDF: atomic, clear refusals, nothing partial on failure or cancel."""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

import pytest

from assistant.domain.progress import drive
from assistant.exchange.errors import OutputFolderMissing
from assistant.reports.builder import ExportOptions, export_pdf
from assistant.reports.errors import OutputNotWritable
from assistant.store.dossier import open_dossier
from assistant.store.errors import DiskFull
from tests.cli.test_export_pdf import LATER

OPTIONS = ExportOptions(lang="en", date=LATER)


def test_export_writes_a_pdf_and_returns_its_path(demo_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "dossier.pdf"
    with open_dossier(demo_file, read_only=True) as dossier:
        assert drive(export_pdf(dossier, target, OPTIONS)) == target
    assert target.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == ["dossier.pdf"]


def test_a_folder_that_does_not_exist_is_refused(demo_file: Path, tmp_path: Path) -> None:
    with open_dossier(demo_file, read_only=True) as dossier, \
            pytest.raises(OutputFolderMissing):
        drive(export_pdf(dossier, tmp_path / "missing" / "x.pdf", OPTIONS))
    assert not (tmp_path / "missing").exists()


def test_a_read_only_folder_is_refused_with_its_own_message(
        demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with open_dossier(demo_file, read_only=True) as dossier, \
            pytest.raises(OutputNotWritable) as caught:
        drive(export_pdf(dossier, tmp_path / "x.pdf", OPTIONS))
    from assistant.content.messages import messages

    words = messages("en").exception(caught.value)
    assert str(tmp_path / "x.pdf") in words and "nothing was written" in words
    assert list(tmp_path.iterdir()) == []


def test_a_full_disk_leaves_no_partial_file_and_keeps_the_old_one(
        demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "x.pdf"
    target.write_bytes(b"the previous export")
    real_write = Path.write_bytes

    def half_then_full(self: Path, data: bytes) -> int:
        real_write(self, data[: len(data) // 2])
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(Path, "write_bytes", half_then_full)
    with open_dossier(demo_file, read_only=True) as dossier, pytest.raises(DiskFull):
        drive(export_pdf(dossier, target, OPTIONS, overwrite=True))
    monkeypatch.undo()
    assert [p.name for p in tmp_path.iterdir()] == ["x.pdf"]
    assert target.read_bytes() == b"the previous export"


def test_cancelling_midway_writes_nothing(demo_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "x.pdf"
    with open_dossier(demo_file, read_only=True) as dossier:
        job = export_pdf(dossier, target, OPTIONS)
        stages = [next(job).stage for _ in range(12)]
        job.close()
    assert "layout" in stages or "build" in stages
    assert list(tmp_path.iterdir()) == []


def test_progress_is_reported_from_reading_to_writing(demo_file: Path, tmp_path: Path) -> None:
    with open_dossier(demo_file, read_only=True) as dossier:
        job = export_pdf(dossier, tmp_path / "x.pdf", OPTIONS)
        seen = []
        try:
            while True:
                p = next(job)
                assert p.total == 0 or 0 <= p.done <= p.total
                seen.append(p.stage)
        except StopIteration:
            pass
    assert seen[0] == "read" and seen[-1] == "write"
    assert {"build", "layout"} <= set(seen)
