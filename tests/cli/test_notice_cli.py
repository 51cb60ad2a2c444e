"""``python -m assistant export notice``: kinds, formats, chosen processing, recording the
version, and the refusals (exit 1) and usage errors (exit 2)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from assistant.cli import main
from assistant.store.dossier import open_dossier
from tests.conftest import file_digest, folder_state
from tests.reports.conftest import flat, pages_text


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["--lang", "en", *argv], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.mark.parametrize(("kind", "fmt"), [("website", "html"), ("poster", "pdf"),
                                           ("cctv", "md"), ("form", "html"), ("staff", "pdf")])
def test_each_kind_and_format(demo_file: Path, tmp_path: Path, kind: str, fmt: str) -> None:
    target = tmp_path / f"{kind}.{fmt}"
    before = file_digest(demo_file)
    code, out, err = run("export", "notice", str(demo_file), "--kind", kind, "--format", fmt,
                         "-o", str(target), "--doc-lang", "fr", "--date", "2025-03-12")
    assert code == 0, err
    assert str(target) in out
    assert file_digest(demo_file) == before  # read only without --record
    data = target.read_bytes()
    if fmt == "pdf":
        assert data.startswith(b"%PDF")
        text = flat(" ".join(pages_text(data)))
    else:
        text = data.decode("utf-8")
    assert "Boulangerie-Café Au Pain Doré" in text


def test_chosen_processing_and_recording(demo_copy: Path, tmp_path: Path) -> None:
    with open_dossier(demo_copy, read_only=True) as dossier:
        ids = {p.template_id: p.id for p in dossier.register.list()}
    chosen = f"{ids['newsletter']},{ids['loyalty_programme']}"
    target = tmp_path / "form.md"
    code, out, err = run("export", "notice", str(demo_copy), "--kind", "form", "--format",
                         "md", "--processing", chosen, "-o", str(target), "--record",
                         "--date", "2025-03-12")
    assert code == 0, err
    assert "Version 1 recorded in the dossier, in force since 2025-03-12." in out
    text = target.read_text("utf-8")
    assert "Lettre d'information — Purposes" in text and "Programme de fidélité" in text
    assert "Version 1 in force since 12 March 2025" in text
    with open_dossier(demo_copy, read_only=True) as dossier:
        version = dossier.info_notices.latest(__import__(
            "assistant.domain.notices.document", fromlist=["NoticeKind"]).NoticeKind.FORM, "en")
        assert version is not None and version.processing_ids == (ids["newsletter"],
                                                                  ids["loyalty_programme"])
        assert text.startswith(version.text)
    again = tmp_path / "again.md"
    code, out, _ = run("export", "notice", str(demo_copy), "--kind", "form", "--format", "md",
                       "--processing", chosen, "-o", str(again), "--record")
    assert code == 0 and "already is version 1" in out


def test_gaps_and_warnings_go_to_stderr(demo_file: Path, tmp_path: Path) -> None:
    code, _, err = run("export", "notice", str(demo_file), "--kind", "website", "--format",
                       "html", "-o", str(tmp_path / "w.html"))
    assert code == 0
    assert "Warning:" in err and "Art. 8" in err and "under 15" in err
    assert "[to complete in the register: how long \"Ateliers pâtisserie pour enfants\" " \
        "keeps data" in err
    # the demo's recruitment file does not say yet whether data leaves the EEA
    assert "whether data of \"Recrutement" in err and "leaves the European Economic" in err


def test_refusals_leave_everything_as_it_was(demo_file: Path, tmp_path: Path) -> None:
    existing = tmp_path / "there.html"
    existing.write_text("mine")
    state = folder_state(tmp_path)
    code, _, err = run("export", "notice", str(demo_file), "--kind", "cctv", "--format",
                       "html", "-o", str(existing))
    assert code == 1 and "already exists" in err
    code, _, err = run("export", "notice", str(demo_file), "--kind", "cctv", "--format",
                       "html", "-o", str(tmp_path / "x.html"), "--processing", "999")
    assert code == 1 and "no. 999 is not in the register" in err
    before = file_digest(demo_file)
    code, _, err = run("export", "notice", str(demo_file), "--kind", "cctv", "--format",
                       "html", "-o", str(demo_file), "--overwrite")
    assert code == 1 and "writing there would destroy it" in err
    code, _, err = run("export", "notice", str(demo_file), "--kind", "cctv", "--format",
                       "html", "-o", f"{demo_file}-wal", "--overwrite")
    assert code == 1 and "writing there would destroy it" in err
    assert folder_state(tmp_path) == state and file_digest(demo_file) == before


def test_a_kind_with_nothing_to_cover_is_refused(new_dossier, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    new_dossier.close()
    code, _, err = run("export", "notice", str(new_dossier.path), "--kind", "cctv",
                       "--format", "pdf", "-o", str(tmp_path / "sign.pdf"))
    assert code == 1 and "the register holds no processing yet" in err
    assert not (tmp_path / "sign.pdf").exists()


def test_a_kind_the_register_does_not_need_is_refused_by_its_name(demo_copy: Path,
                                                                  tmp_path: Path) -> None:
    from assistant.store.dossier import open_dossier

    with open_dossier(demo_copy) as dossier:  # a shop without cameras
        cameras = [p.id for p in dossier.register.list() if p.template_id == "cctv"]
        dossier.register.delete(cameras)
    code, _, err = run("--lang", "fr", "export", "notice", str(demo_copy), "--kind", "cctv",
                       "--format", "pdf", "-o", str(tmp_path / "sign.pdf"))
    assert code == 1 and "(« Panneau de vidéoprotection »)" in err.replace("\u00a0", " ")
    assert "(cctv)" not in err and not (tmp_path / "sign.pdf").exists()


@pytest.mark.parametrize("argv", [
    ("--kind", "banner", "--format", "pdf"),
    ("--kind", "cctv", "--format", "docx"),
    ("--kind", "cctv", "--format", "pdf", "--processing", "1,two"),
    ("--kind", "cctv", "--format", "pdf", "--processing", ","),
    ("--format", "pdf"),
])
def test_usage_errors_exit_2(demo_file: Path, tmp_path: Path, argv: tuple[str, ...]) -> None:
    with pytest.raises(SystemExit) if "--processing" not in argv else _nothing():
        code, _, _ = run("export", "notice", str(demo_file), *argv, "-o",
                         str(tmp_path / "x.pdf"))
        assert code == 2
    assert not (tmp_path / "x.pdf").exists()


class _nothing:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> bool:
        return False
