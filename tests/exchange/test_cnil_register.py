"""The CNIL's register template, filled and read back: the authority's own sheets and cells,
every field the template can hold coming back, no outdated safeguard ever written, and bad
files refused with the sheet and cell."""

from __future__ import annotations

import hashlib
import io
import shutil
from dataclasses import asdict
from pathlib import Path

import pytest
from odfdo import Document

from assistant.cli import main
from assistant.domain.processing import Processing, ProcessingStatus, Transfer
from assistant.domain.progress import drive
from assistant.exchange.cnil_register.jobs import (
    RegisterNotSpreadsheet,
    RegisterRefused,
    export_register,
    import_register,
)
from assistant.exchange.cnil_register.layout import template_path
from assistant.store.dossier import open_dossier

TEMPLATE = template_path("ods")
SKIP = {"id", "created_at", "updated_at", "processor_ids", "template_id"}


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    return main(["--lang", "fr", *argv], out=out, err=err), out.getvalue(), err.getvalue()


def register(path: Path) -> dict[str, Processing]:
    with open_dossier(path, read_only=True) as d:
        return {p.name: p for p in d.register.list()
                if p.status is not ProcessingStatus.ARCHIVED}


def comparable(p: Processing) -> dict[str, object]:
    d = {k: v for k, v in asdict(p).items() if k not in SKIP}
    # the template groups categories by its own rows: their order is the template's
    d["data_categories"] = sorted(d["data_categories"], key=repr)  # type: ignore[arg-type]
    return d


@pytest.fixture(scope="module")
def exported(demo_file: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("register")
    out = {}
    with open_dossier(demo_file, read_only=True) as dossier:
        for fmt in ("ods", "xlsx"):
            out[fmt] = drive(export_register(dossier, folder / f"registre.{fmt}", fmt))
    return out


def test_the_shipped_templates_are_the_cnil_s_and_its_conversion() -> None:
    digest = hashlib.sha256(TEMPLATE.read_bytes()).hexdigest()
    assert digest == "fe736302927b59c7049eec6e2decdb61b739aad06e33de84fa41daaa6d9ad217"
    xlsx = hashlib.sha256(template_path("xlsx").read_bytes()).hexdigest()
    assert xlsx in (TEMPLATE.parent / "README.md").read_text(encoding="utf-8")
    assert (TEMPLATE.parent / "README.md").read_text(encoding="utf-8").count("cnil.fr") >= 1


def _cell(table: object, ref: str) -> object:
    return table.get_cell(ref).value  # type: ignore[attr-defined]


def test_the_exported_ods_has_the_template_s_sheets_and_cells(demo_file: Path,
                                                              exported: dict[str, Path]) -> None:
    template = Document(str(TEMPLATE))
    filled = Document(str(exported["ods"]))
    names = [t.name for t in filled.body.tables]
    processings = register(demo_file)
    assert names[0] == "Tutoriel" and names[1] == "2_-_Liste_des_traitements"
    assert names[-1] == "5_-_Listes" and len(names) == 3 + len(processings)
    assert not any(n.startswith(("3_", "4_")) for n in names)  # model and example replaced
    model = template.body.get_table(name="3_-_Modèle_de_fiche_de_registre")
    tutorial = (template.body.get_table(name="Tutoriel"), filled.body.get_table(name="Tutoriel"))
    for ref in ("A1", "A3", "B10", "B20"):
        assert _cell(tutorial[0], ref) == _cell(tutorial[1], ref)
    by_name = {}
    for table in filled.body.tables[2:-1]:
        # every label of the model's column A is where the model has it, down to row 43
        for row in range(4, 44):
            assert _cell(table, f"A{row}") == _cell(model, f"A{row}"), (table.name, row)
        assert _cell(table, "A1") == "Fiche de registre"
        by_name[_cell(table, "B4")] = table
    assert set(by_name) == set(processings)
    caisse = next(p for p in processings.values() if p.reference)
    sheet = by_name[caisse.name]
    assert _cell(sheet, "B5") == caisse.reference == _cell(sheet, "H1")
    assert _cell(sheet, "B10") == "Au Pain Doré SARL" or _cell(sheet, "B10")
    assert str(_cell(sheet, "B17")).split("\n") == list(caisse.purposes)
    listing = filled.body.get_table(name="2_-_Liste_des_traitements")
    listed = {_cell(listing, f"A{r}") for r in range(9, 9 + len(processings))}
    assert listed == set(processings)
    assert _cell(listing, f"A{9 + len(processings)}") in (None, "")  # the example line goes
    assert _cell(listing, "C1") == "Camille Martin"


def test_no_privacy_shield_nor_an_adequate_united_states_is_written(
        exported: dict[str, Path], tmp_path: Path, demo_copy: Path) -> None:
    with open_dossier(demo_copy) as dossier:  # a processing still citing Privacy Shield
        p = dossier.register.list()[0]
        from dataclasses import replace

        dossier.register.update(replace(p, transfers=(
            Transfer("Mailer Inc.", "Etats-Unis", "privacy_shield"),
            Transfer("Cloud LLC", "Etats-Unis", "eu_us_dpf"))))
        target = drive(export_register(dossier, tmp_path / "r.ods", "ods"))
    doc = Document(str(target))
    import zipfile

    with zipfile.ZipFile(target) as archive:
        content = archive.read("content.xml").decode("utf-8")
    with zipfile.ZipFile(TEMPLATE) as archive:
        original = archive.read("content.xml").decode("utf-8")
    assert ">Privacy shield<" in original and ">Privacy shield<" not in content
    texts = [content]
    lists = doc.body.get_table(name="5_-_Listes")
    us = next(r for r in range(1, 200) if _cell(lists, f"C{r}") == "Etats-Unis")
    assert _cell(lists, f"D{us}") != "adéquat" and "Data Privacy Framework" in \
        str(_cell(lists, f"D{us}"))
    assert "Data Privacy Framework" in texts[0]
    assert ">Aucune garantie valable" in texts[0]


@pytest.mark.parametrize("fmt", ["ods", "xlsx"])
def test_round_trip_keeps_every_field_the_template_holds(fmt: str, demo_file: Path,
                                                         exported: dict[str, Path],
                                                         tmp_path: Path) -> None:
    back = tmp_path / "back.rgpd"
    found = drive(import_register(exported[fmt], back))
    assert len(found.processings) == len(register(demo_file))
    before, after = register(demo_file), register(back)
    assert set(before) == set(after)
    for name, p in before.items():
        assert comparable(after[name]) == comparable(p), name
    with open_dossier(demo_file, read_only=True) as a, open_dossier(back, read_only=True) as b:
        org_a, org_b = a.organisation.get(), b.organisation.get()
        for field in ("legal_name", "address", "postcode", "city", "country", "phone",
                      "email", "representative_name"):
            assert getattr(org_b, field) == getattr(org_a, field), field
        names = {x.name for x in b.processors.list()}
        linked = {x.name for x in a.processors.list() if a.processors.processing_ids(int(x.id))}
        assert linked <= names


def test_a_template_filled_by_hand_is_read(tmp_path: Path) -> None:
    source = tmp_path / "main.ods"
    shutil.copy(TEMPLATE, source)
    doc = Document(str(source))
    model = doc.body.get_table(name="3_-_Modèle_de_fiche_de_registre")
    for ref, value in (("B4", "Fichier clients"), ("B5", "REF-7"), ("B17", "Gérer les clients"),
                       ("B25", "Noms, prénoms, téléphone"), ("E25", "3 ans"),
                       ("B44", "Clients"), ("E44", "les habitués"), ("B48", "Sous-traitants"),
                       ("E48", "Hébergeur du site"), ("B59", "Hébergeur"),
                       ("C59", "Etats-Unis"), ("D59", "Privacy shield"),
                       ("F59", "contrat du 1/2/2019")):
        model.set_value(ref, value)
    doc.save(str(source))
    back = tmp_path / "main.rgpd"
    found = drive(import_register(source, back))
    (p,) = found.processings
    assert (p.name, p.reference, p.purposes) == ("Fichier clients", "REF-7",
                                                 ("Gérer les clients",))
    (category,) = p.data_categories
    assert category.category == "identity" and category.description.startswith("Noms")
    assert (category.retention.value, category.retention.unit.value) == (3, "years")  # type: ignore[union-attr]
    assert p.data_subjects == ("customers",) and p.subject_detail("customers") == "les habitués"
    assert p.recipients[0].type == "processor"
    assert p.transfers[0].safeguard == "privacy_shield"  # what the file says, flagged by the app
    assert register(back)["Fichier clients"].status is ProcessingStatus.DRAFT


def test_bad_files_are_refused_with_their_place(tmp_path: Path) -> None:
    text = tmp_path / "notes.ods"
    text.write_text("pas un tableur", encoding="utf-8")
    with pytest.raises(RegisterNotSpreadsheet):
        drive(import_register(text, tmp_path / "a.rgpd"))
    blank = tmp_path / "blank.ods"
    shutil.copy(TEMPLATE, blank)
    with pytest.raises(RegisterRefused) as refused:
        drive(import_register(blank, tmp_path / "b.rgpd"))
    assert "aucune fiche de traitement" in str(refused.value.params["detail"])
    long = tmp_path / "long.ods"
    shutil.copy(TEMPLATE, long)
    doc = Document(str(long))
    doc.body.get_table(name="3_-_Modèle_de_fiche_de_registre").set_value("B4", "x" * 300)
    doc.save(str(long))
    code, _, err = run("import", "register", str(long), "-o", str(tmp_path / "c.rgpd"))
    assert code == 1 and "3_-_Modèle_de_fiche_de_registre, B4" in err
    assert not (tmp_path / "c.rgpd").exists() and not (tmp_path / "a.rgpd").exists()


def test_the_command_line(demo_file: Path, tmp_path: Path) -> None:
    code, out, err = run("export", "register", str(demo_file), "-o", str(tmp_path / "r.xlsx"))
    assert code == 0 and "traitements)" in out, err
    code, _, err = run("export", "register", str(demo_file), "-o", str(tmp_path / "r.xlsx"))
    assert code == 1 and "existe déjà" in err
    code, _, err = run("export", "register", str(demo_file), "--format", "ods",
                       "-o", str(tmp_path / "r2.xlsx"))
    assert code == 2
    code, out, err = run("import", "register", str(tmp_path / "r.xlsx"),
                         "-o", str(tmp_path / "new"))
    assert code == 0 and (tmp_path / "new.rgpd").exists(), err
