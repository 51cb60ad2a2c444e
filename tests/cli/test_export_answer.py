"""``export answer``: writes the answer a request calls for and files it; refuses with exit 1
and the reason what cannot be answered, writing nothing."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

from assistant.cli import main
from assistant.store.dossier import open_dossier


def run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main([*args, "--lang", "en"], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_an_acknowledgment_is_written_and_filed(demo_copy: Path, tmp_path: Path) -> None:
    out = tmp_path / "answers"
    code, text, err = run("export", "answer", str(demo_copy), "--request", "D-002", "-o",
                          str(out), "--kind", "acknowledgment", "--date", "2026-12-01")
    assert code == 0, err
    names = sorted(p.name for p in out.iterdir())
    assert names == ["D-002-acknowledgment-v1-letter.docx", "D-002-acknowledgment-v1-letter.pdf",
                     "D-002-acknowledgment-v1-letter.txt"]
    pdf = out / "D-002-acknowledgment-v1-letter.pdf"
    assert hashlib.sha256(pdf.read_bytes()).hexdigest() in text
    assert "Filed with request D-002 as answer v1" in text
    with open_dossier(demo_copy, read_only=True) as dossier:
        request = next(r for r in dossier.requests.list() if r.reference == "D-002")
        filed = dossier.request_answers.answers(int(request.id or 0))
        assert [(a.kind.value, a.version) for a in filed] == [("acknowledgment", 1)]
    again = run("export", "answer", str(demo_copy), "--request", "D-002", "-o", str(out),
                "--kind", "acknowledgment", "--date", "2026-12-01")
    assert again[0] == 0 and "This one is v2" in again[2]


def test_refusals_write_nothing(demo_copy: Path, tmp_path: Path) -> None:
    out = tmp_path / "answers"
    before = hashlib.sha256(demo_copy.read_bytes()).hexdigest()
    code, _, err = run("export", "answer", str(demo_copy), "--request", "D-099", "-o",
                       str(out))
    assert code == 1 and "no request D-099" in err and "D-001" in err
    code, _, err = run("export", "answer", str(demo_copy), "--request", "D-002", "-o",
                       str(out), "--kind", "portability")
    assert code == 1 and "does not call for this answer" in err
    code, _, err = run("export", "answer", str(demo_copy), "--request", "D-003", "-o",
                       str(out), "--kind", "access")
    assert code == 1 and "identity first" in err
    assert not out.exists()
    assert hashlib.sha256(demo_copy.read_bytes()).hexdigest() == before
    code, _, err = run("export", "answer", str(demo_copy), "--request", "D-002", "-o",
                       str(out), "--set", "colour=blue")
    assert code == 2


def test_access_with_the_identity_check_given(demo_copy: Path, tmp_path: Path) -> None:
    out = tmp_path / "a"
    code, text, err = run("export", "answer", str(demo_copy), "--request", "D-003", "-o",
                          str(out), "--identity", "customer_reference", "--identity-detail",
                          "order 1042", "--doc-lang", "fr", "--no-file")
    assert code == 0, err
    assert "Not filed" in text
    assert (out / "D-003-access-v1-letter.pdf").exists()


def test_an_answer_replacing_another_kind_needs_supersede(demo_copy: Path,
                                                          tmp_path: Path) -> None:
    out = tmp_path / "answers"
    code, _, err = run("export", "answer", str(demo_copy), "--request", "D-003", "-o",
                       str(out), "--kind", "refusal", "--date", "2026-12-01")
    assert code == 0, err
    before = demo_copy.read_bytes()
    args = ("export", "answer", str(demo_copy), "--request", "D-003", "-o", str(out),
            "--identity", "customer_reference", "--identity-detail", "order 1042",
            "--date", "2026-12-02")
    code, _, err = run(*args)
    assert code == 1 and "--supersede" in err and "(refusal v1, sent on 2026-12-01)" in err
    assert demo_copy.read_bytes() == before
    code, text, err = run(*args, "--supersede")
    assert code == 0, err
    assert "as answer v1 (access)" in text
    code, _, err = run("export", "answer", str(demo_copy), "--request", "D-003", "-o",
                       str(out), "--kind", "acknowledgment")
    assert code == 1 and "contradict" in err


def test_an_erasure_is_carried_out_and_confirmed(demo_copy: Path, tmp_path: Path) -> None:
    with open_dossier(demo_copy) as dossier:
        karim = dossier.consents.subject(1)  # somebody of the ledger
        assert karim is not None and not karim.erased
    out = tmp_path / "answers"
    args = ("export", "answer", str(demo_copy), "--request", "D-002", "-o", str(out),
            "--person", karim.identity.email, "--doc-lang", "en", "--date", "2026-12-01")
    code, _, err = run(*args)
    assert code == 1 and "erase them first" in err and "--carry-out" in err
    with open_dossier(demo_copy, read_only=True) as dossier:  # nothing done, nothing linked
        assert not dossier.consents.subject(karim.id).erased
        rid = next(int(r.id or 0) for r in dossier.requests.list() if r.reference == "D-002")
        assert dossier.request_links.get(rid) is None
    code, _, err = run(*args, "--carry-out", "--recipients", "none")
    assert code == 0, err
    text = (out / "D-002-erasure-v1-letter.txt").read_text("utf-8")
    assert "we erased your personal data" in text.replace("\u00a0", " ")
    assert "disclosed to no recipient" in text and "[to complete" not in text
    with open_dossier(demo_copy, read_only=True) as dossier:
        assert dossier.consents.subject(karim.id).erased
