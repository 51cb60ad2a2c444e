"""A file just written and offered to open: with no program for it on this computer (no PDF
reader), the user is told so at once, where the file is, and offered its folder, rather
than a Yes that does nothing."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from assistant.ui import actions


def _fake_xdg_mime(folder: Path, answer: str) -> None:
    script = folder / "xdg-mime"
    script.write_text(f"#!/bin/sh\nprintf '%s' '{answer}'\n", encoding="utf-8")
    script.chmod(0o755)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="xdg-mime is Linux's")
def test_linux_asks_xdg_mime_whether_a_program_opens_the_file(tmp_path: Path,
                                                              monkeypatch) -> None:  # type: ignore[no-untyped-def]
    pdf = tmp_path / "dossier.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    monkeypatch.setenv("PATH", str(bin_dir))
    _fake_xdg_mime(bin_dir, "")
    assert not actions.can_open(pdf)
    _fake_xdg_mime(bin_dir, "org.gnome.Evince.desktop\n")
    assert actions.can_open(pdf)
    (bin_dir / "xdg-mime").unlink()
    assert actions.can_open(pdf)  # nobody to ask: Qt's own answer decides


def test_no_reader_says_so_and_offers_the_folder(qtbot, english, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                 monkeypatch) -> None:
    pdf = tmp_path / "dossier.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    monkeypatch.setattr(actions, "can_open", lambda path: path.is_dir())
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2])
                        or QMessageBox.StandardButton.Yes)
    shown: list[tuple[str, list[str]]] = []

    def exec_(box: QMessageBox) -> int:
        shown.append((box.text(), [b.text() for b in box.buttons()]))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    actions.offer_to_open(None, "Export the PDF", "PDF saved. Open it now?", pdf)
    assert asked == []  # no Yes that would do nothing
    [(text, buttons)] = shown
    assert "No program to open this file" in text and str(pdf) in text
    assert "Open the &folder" in buttons

    shown.clear()
    monkeypatch.setattr(actions, "can_open", lambda path: False)  # no file manager either
    actions.offer_to_open(None, "Export the PDF", "PDF saved. Open it now?", pdf)
    [(text, buttons)] = shown
    assert str(pdf) in text and "Open the &folder" not in buttons
