"""Numbered paper consent forms: one per number, each purpose's wording with its version and
hash, unticked boxes, the fields to fill, the short Art. 13 information; printing notes in the
dossier which wordings each number carries."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from assistant.cli import main
from assistant.domain.consent_wording import short_hash
from assistant.store.dossier import open_dossier
from tests.consent_helpers import dossier_state
from tests.reports.conftest import flat, pages_text


def cli(*args: str, lang: str = "fr") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["--lang", lang, *args], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def shop(tmp_path: Path) -> Path:
    path = tmp_path / "shop.rgpd"
    assert cli("new", str(path), "--name", "Fleurs de Lise")[0] == 0
    return path


def test_one_form_per_number_with_each_wording_and_its_hash(shop: Path, tmp_path: Path) -> None:
    target = tmp_path / "forms.pdf"
    code, out, err = cli("export", "pdf", str(shop), "--kind", "consent-form", "--purposes",
                         "newsletter,sms", "--numbers", "5-9", "-o", str(target))
    assert code == 0, err
    assert "5 formulaires n° 0005 à 0009" in out
    with open_dossier(shop, read_only=True) as d:
        notices = [d.consents.current_notice(int(d.consents.purpose_by_code(c).id or 0),
                                             language="fr") for c in ("newsletter", "sms")]
    pages = [flat(p) for p in pages_text(target.read_bytes())]
    assert len(pages) == 5  # two purposes fit on one page
    for number, page in zip(range(5, 10), pages, strict=True):
        assert f"Formulaire n° {number:04d}" in page
        assert page.count(f"{number:04d}") >= 2  # the header and the large number
        for n in notices:
            assert n is not None
            assert flat(n.text)[:60] in page
            assert f"Texte {n.version} · empreinte SHA-256 {short_hash(n.sha256)}" in page
        for field in ("Nom", "Prénom", "Courriel", "Téléphone", "Date", "Signature"):
            assert field in page
        assert page.count("Oui") >= 2 and page.count("Non") >= 2
        assert "Responsable du traitement" in page and "CNIL" in page
    with open_dossier(shop, read_only=True) as d:
        batch = d.consent_forms.batch_for(7)
        assert batch is not None and (batch.first, batch.last) == (5, 9)
        assert [nid for _pid, nid in batch.wordings] == [n.id for n in notices if n]


def test_english_forms_print_the_english_wordings(shop: Path, tmp_path: Path) -> None:
    target = tmp_path / "forms-en.pdf"
    code, _out, err = cli("export", "pdf", str(shop), "--kind", "consent-form", "--purposes",
                          "phone", "--numbers", "1", "--doc-lang", "en", "-o", str(target),
                          lang="en")
    assert code == 0, err
    (page,) = pages_text(target.read_bytes())
    assert "may call me to present its offers" in flat(page) and "Form no. 0001" in page


def test_a_wording_changed_after_printing_stays_the_one_on_those_forms(
        shop: Path, tmp_path: Path) -> None:
    assert cli("export", "pdf", str(shop), "--kind", "consent-form", "--purposes", "sms",
               "--numbers", "1-10", "-o", str(tmp_path / "a.pdf"))[0] == 0
    with open_dossier(shop) as d:
        sms = d.consents.purpose_by_code("sms")
        assert sms is not None
        first = d.consents.current_notice(int(sms.id or 0), language="fr")
        assert first is not None
        d.consents.add_notice(int(sms.id or 0), "fr-2", "Nouveau texte des SMS.",
                              first.effective_from, language="fr")
        batch = d.consent_forms.batch_for(7)
        assert batch is not None and batch.wordings == ((int(sms.id or 0), first.id),)
    before = dossier_state(shop)
    code, _out, err = cli("export", "pdf", str(shop), "--kind", "consent-form", "--purposes",
                          "sms", "--numbers", "5-20", "-o", str(tmp_path / "b.pdf"))
    assert code == 1 and "déjà imprimés avec d'autres textes" in err and "0011" in err
    assert not (tmp_path / "b.pdf").exists() and dossier_state(shop) == before
    code, _out, err = cli("export", "pdf", str(shop), "--kind", "consent-form", "--purposes",
                          "sms", "--numbers", "11-20", "-o", str(tmp_path / "b.pdf"))
    assert code == 0, err
    (page, *_rest) = pages_text((tmp_path / "b.pdf").read_bytes())
    assert "Nouveau texte des SMS." in page and "Texte fr-2" in page


@pytest.mark.parametrize("args,code,words", [
    (["--purposes", "newsletter,cakes", "--numbers", "1-5"], 1, "« cakes » n'existe pas"),
    (["--purposes", "newsletter", "--numbers", "9-3"], 1, "le premier numéro doit être"),
    (["--purposes", "newsletter", "--numbers", "0-3"], 1, "vont de 1 à 999999"),
    (["--purposes", "newsletter", "--numbers", "1-3000"], 1, "2000 formulaires au plus"),
    (["--purposes", "newsletter"], 2, "needs --purposes CODE,CODE and --numbers"),
])
def test_bad_input_writes_nothing(shop: Path, tmp_path: Path, args: list[str], code: int,
                                  words: str) -> None:
    before = dossier_state(shop)
    result, _out, err = cli("export", "pdf", str(shop), "--kind", "consent-form", *args,
                            "-o", str(tmp_path / "x.pdf"))
    assert result == code and words in err
    assert not (tmp_path / "x.pdf").exists() and dossier_state(shop) == before


def test_an_existing_file_or_the_dossier_itself_is_refused(shop: Path, tmp_path: Path) -> None:
    existing = tmp_path / "keep.pdf"
    existing.write_bytes(b"mine")
    assert cli("export", "pdf", str(shop), "--kind", "consent-form", "--purposes", "sms",
               "--numbers", "1", "-o", str(existing))[0] == 1
    assert existing.read_bytes() == b"mine"
    before = dossier_state(shop)
    for extra in ((), ("--overwrite",)):  # never onto the dossier, even when asked
        for target in (shop, Path(f"{shop}-wal")):
            assert cli("export", "pdf", str(shop), "--kind", "consent-form", "--purposes",
                       "sms", "--numbers", "1", "-o", str(target), *extra)[0] == 1
    assert dossier_state(shop) == before
    assert cli("export", "pdf", str(shop), "--kind", "consent-form", "--purposes", "sms",
               "--numbers", "1", "-o", str(existing), "--overwrite")[0] == 0
    assert existing.read_bytes().startswith(b"%PDF")
