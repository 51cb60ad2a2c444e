"""``python -m assistant export pdf``: options, exit codes and messages."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from assistant.cli import main
from assistant.store.dossier import create_dossier
from tests.reports.conftest import flat, pages_text

# The demo's content is dated from the day it is built: a document must be dated after it.
LATER = dt.date.today() + dt.timedelta(days=2)
LATER_TEXT = f"{LATER.day} {LATER:%B} {LATER.year}"


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["--lang", "en", *argv], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_export_pdf_writes_the_dossier(demo_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "d.pdf"
    code, out, err = run("export", "pdf", str(demo_file), "-o", str(target),
                         "--date", LATER.isoformat(), "--doc-lang", "en")
    assert code == 0, err
    assert str(target) in out
    text = flat(" ".join(pages_text(target.read_bytes())))
    assert "GDPR compliance dossier" in text and LATER_TEXT in text


def test_same_date_gives_identical_files(demo_file: Path, tmp_path: Path) -> None:
    a, b = tmp_path / "a.pdf", tmp_path / "b.pdf"
    for target in (a, b):
        assert run("export", "pdf", str(demo_file), "-o", str(target), "--date",
                   LATER.isoformat())[0] == 0
    assert a.read_bytes() == b.read_bytes()


def test_extract_in_french_with_chosen_sections(demo_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "x.pdf"
    code, _, err = run("export", "pdf", str(demo_file), "-o", str(target), "--extract",
                       "--doc-lang", "fr", "--sections", "register-extract",
                       "--date", LATER.isoformat())
    assert code == 0, err
    text = flat(" ".join(pages_text(target.read_bytes())))
    assert "Registre des activités de traitement — extrait" in text
    assert "b) Finalités du traitement" in text
    assert "Sommaire" not in text and "Le responsable du traitement" not in text


def test_usage_errors_exit_2(demo_file: Path, tmp_path: Path) -> None:
    code, _, err = run("export", "pdf", str(demo_file), "-o", str(tmp_path / "x.pdf"),
                       "--sections", "register,nonsense")
    assert code == 2 and "nonsense" in err
    code, _, err = run("export", "pdf", str(demo_file), "-o", str(tmp_path / "x.pdf"),
                       "--kind", "register-extract", "--sections", "processors")
    assert code == 2 and "processors" in err
    assert list(tmp_path.iterdir()) == []


def test_refusals_exit_1_with_the_path(demo_file: Path, tmp_path: Path) -> None:
    code, _, err = run("export", "pdf", str(demo_file), "-o",
                       str(tmp_path / "no" / "x.pdf"))
    assert code == 1 and "does not exist" in err and str(tmp_path / "no") in err
    code, _, err = run("export", "pdf", str(tmp_path / "none.rgpd"), "-o",
                       str(tmp_path / "x.pdf"))
    assert code == 1 and "none.rgpd" in err
    assert list(tmp_path.iterdir()) == []


def _someone(demo_file: Path):  # type: ignore[no-untyped-def]
    from assistant.store.dossier import open_dossier

    with open_dossier(demo_file, read_only=True) as dossier:
        c = dossier.consents
        return next(s for s in (c.subject(i) for i in range(1, c.subject_count() + 1))
                    if s is not None and s.identity.email and c.history(s.id))


def test_consent_proof_by_id_email_or_reference(demo_file: Path, tmp_path: Path) -> None:
    person = _someone(demo_file)
    ids = (person.uid, person.uid[:8], person.identity.email.upper(),
           person.identity.customer_ref)
    for n, given in enumerate(ids):
        target = tmp_path / f"p{n}.pdf"
        code, _, err = run("export", "pdf", str(demo_file), "-o", str(target),
                           "--subject", given, "--date", LATER.isoformat())
        assert code == 0, err
        text = flat(" ".join(pages_text(target.read_bytes())))
        assert "Proof of consent" in text and person.uid in text
    first = (tmp_path / "p0.pdf").read_bytes()
    assert all((tmp_path / f"p{n}.pdf").read_bytes() == first for n in range(1, len(ids)))
    code, _, err = run("export", "pdf", str(demo_file), "-o", str(tmp_path / "k.pdf"),
                       "--kind", "consent-proof", "--subject", person.uid,
                       "--time-zone", "UTC", "--doc-lang", "fr")
    assert code == 0, err
    assert "fuseau horaire UTC" in flat(pages_text((tmp_path / "k.pdf").read_bytes())[0])


def test_consent_proof_refusals(demo_file: Path, tmp_path: Path) -> None:
    base = ("export", "pdf", str(demo_file), "-o", str(tmp_path / "x.pdf"))
    code, _, err = run(*base, "--subject", "nobody@nowhere.example")
    assert code == 1 and "nobody@nowhere.example" in err and "nobody in the consent" in err
    code, _, err = run(*base, "--kind", "consent-proof")
    assert code == 2 and "--subject" in err
    code, _, err = run(*base, "--extract", "--subject", "C-1003")
    assert code == 2 and "--subject" in err
    code, _, err = run(*base, "--time-zone", "Mars/Olympus_Mons")
    assert code == 2 and "Mars/Olympus_Mons" in err
    assert list(tmp_path.iterdir()) == []


def test_an_ambiguous_person_lists_ids_not_names(demo_copy: Path, tmp_path: Path) -> None:
    from assistant.domain.consent import Identity
    from assistant.store.dossier import open_dossier

    with open_dossier(demo_copy) as dossier:  # one person's reference is another's email
        other = dossier.consents.add_subject(Identity("someone@shop.example", "ann@x.example",
                                                      "Secret", "Name"))
        ann = dossier.consents.add_subject(Identity("ann@x.example", "", "Ann", "Hidden"))
    out = tmp_path / "out"
    out.mkdir()
    code, _, err = run("export", "pdf", str(demo_copy), "-o", str(out / "x.pdf"),
                       "--subject", "ann@x.example")
    assert code == 1 and "fits 2 people" in err
    assert other.uid in err and ann.uid in err
    for private in ("Secret", "Hidden", "someone@shop.example"):
        assert private not in err
    assert list(out.iterdir()) == []


def test_the_head_printed_on_the_pdf_is_checked_by_verify(demo_file: Path,
                                                          tmp_path: Path) -> None:
    import re

    target = tmp_path / "d.pdf"
    assert run("export", "pdf", str(demo_file), "-o", str(target), "--sections",
               "consents")[0] == 0
    text = flat(" ".join(pages_text(target.read_bytes())))
    printed = re.search(r"verify DOSSIER\.rgpd --head ([0-9a-f]{64})", text)
    assert printed
    code, _, err = run("verify", str(demo_file), "--head", printed.group(1))
    assert code == 0, err


def test_an_empty_ledger_prints_no_head_to_check(tmp_path: Path) -> None:
    shop = tmp_path / "empty.rgpd"
    create_dossier(shop).close()
    target = tmp_path / "e.pdf"
    assert run("export", "pdf", str(shop), "-o", str(target), "--sections", "consents")[0] == 0
    text = flat(" ".join(pages_text(target.read_bytes())))
    assert "--head" not in text and "0" * 64 not in text
    assert "The ledger has no event yet, so there is no head to keep" in text


def test_a_date_earlier_than_the_dossier_content_is_refused(demo_file: Path,
                                                             tmp_path: Path) -> None:
    target = tmp_path / "d.pdf"
    code, _, err = run("export", "pdf", str(demo_file), "-o", str(target),
                       "--date", "2020-01-01")
    assert code == 1 and not target.exists()
    assert "(2020-01-01) is earlier than the dossier's own content" in err
