from __future__ import annotations

from dataclasses import replace

import pytest

from assistant.domain.findings import ValidationError
from assistant.domain.processing import (
    DataCategory,
    DurationUnit,
    LegalBasis,
    Processing,
    ProcessingStatus,
    Retention,
    Transfer,
)
from assistant.domain.processor import Processor
from assistant.store.dossier import Dossier, open_dossier
from assistant.store.errors import InUse


def names(d: Dossier) -> list[str]:
    return [p.name for p in d.register.list()]


def test_create_gives_an_id_a_reference_and_timestamps(new_dossier: Dossier) -> None:
    p = new_dossier.register.create(Processing(name=" Clients ", purposes=("Vendre",)))
    assert p.id == 1 and p.reference == "T-001" and p.name == "Clients"
    assert p.created_at.endswith("Z") and p.created_at == p.updated_at
    assert new_dossier.register.get(1) == p


def test_every_field_round_trips(new_dossier: Dossier) -> None:
    proc = new_dossier.processors.save(Processor(name="HébergeLibre", country="France"))
    p = Processing(
        name="Ζαχαροπλαστείο Łódź — Пекарня", reference="R-9",
        status=ProcessingStatus.ACTIVE, purposes=("A", "B"), sub_purposes=("c",),
        legal_basis=LegalBasis.LEGITIMATE_INTERESTS, legal_basis_detail="Sécurité",
        art9_condition="explicit_consent", data_subjects=("customers", "Voisins"),
        data_categories=(DataCategory("health", "allergies", True,
                                      Retention(1, DurationUnit.YEARS, "collection", "n")),),
        retention=Retention(note="relation"), processor_ids=(int(proc.id or 0),),
        transfers=(Transfer("X", "Japon", "adequacy_decision", "https://e.example"),),
        data_source="data_subject", joint_controller="Mairie", notes="multi\nline",
    )
    created = new_dossier.register.create(p)
    assert replace(created, id=None, created_at="", updated_at="") == p


def test_undo_and_redo_of_each_change(new_dossier: Dossier) -> None:
    reg, undo = new_dossier.register, new_dossier.undo
    a = reg.create(Processing(name="A"), label="create A")
    reg.update(replace(a, name="A2"), label="rename")
    reg.duplicate(int(a.id or 0), suffix="copie")
    reg.set_status([int(a.id or 0)], ProcessingStatus.ARCHIVED)
    reg.delete([int(a.id or 0)])
    assert names(new_dossier) == ["A2 (copie)"]
    undo.undo()  # delete
    assert names(new_dossier) == ["A2", "A2 (copie)"]
    assert reg.get(int(a.id or 0)).status is ProcessingStatus.ARCHIVED  # type: ignore[union-attr]
    undo.undo()  # archive
    assert reg.get(int(a.id or 0)).status is ProcessingStatus.DRAFT  # type: ignore[union-attr]
    undo.undo()  # duplicate
    assert names(new_dossier) == ["A2"]
    assert undo.undo_label == "rename"
    undo.undo()
    assert names(new_dossier) == ["A"]
    undo.undo()
    assert names(new_dossier) == []
    assert not undo.can_undo
    for _ in range(5):
        undo.redo()
    assert names(new_dossier) == ["A2 (copie)"]
    assert not undo.can_redo


def test_undo_survives_ids_and_processor_links(new_dossier: Dossier) -> None:
    proc = new_dossier.processors.save(Processor(name="P"))
    p = new_dossier.register.create(Processing(name="A", processor_ids=(int(proc.id or 0),)))
    new_dossier.register.delete([int(p.id or 0)])
    new_dossier.undo.undo()
    assert new_dossier.register.get(int(p.id or 0)) == p


def test_refused_names_write_nothing(new_dossier: Dossier) -> None:
    for bad in ("x" * 500, "", "a\x00b", "abc\u202egnp.exe"):
        with pytest.raises(ValidationError) as caught:
            new_dossier.register.create(Processing(name=bad))
        assert caught.value.findings[0].field == "name"
    assert names(new_dossier) == []
    assert not new_dossier.undo.can_undo


def test_unknown_processor_is_refused(new_dossier: Dossier) -> None:
    with pytest.raises(ValidationError) as caught:
        new_dossier.register.create(Processing(name="A", processor_ids=(42,)))
    assert caught.value.findings[0].code == "unknown_processor"


def test_a_processor_in_use_cannot_be_deleted(new_dossier: Dossier) -> None:
    proc = new_dossier.processors.save(Processor(name="P"))
    new_dossier.register.create(Processing(name="A", processor_ids=(int(proc.id or 0),)))
    with pytest.raises(InUse):
        new_dossier.processors.delete(int(proc.id or 0))
    assert new_dossier.processors.get(int(proc.id or 0)) is not None


def test_changes_are_on_disk_when_the_call_returns(new_dossier: Dossier) -> None:
    new_dossier.register.create(Processing(name="Saved"))
    path = new_dossier.path
    new_dossier.close()
    with open_dossier(path) as again:
        assert names(again) == ["Saved"]


def test_restoring_an_archived_processing_gives_back_its_status(new_dossier: Dossier) -> None:
    register = new_dossier.register
    draft = register.create(Processing(name="Ateliers enfants"))
    active = register.create(Processing(name="Caisse", status=ProcessingStatus.ACTIVE))
    ids = [int(draft.id or 0), int(active.id or 0)]
    register.set_status(ids, ProcessingStatus.ARCHIVED)
    assert {register.get(i).status for i in ids} == {ProcessingStatus.ARCHIVED}  # type: ignore[union-attr]
    register.unarchive(ids)
    assert [register.get(i).status for i in ids] == [  # type: ignore[union-attr]
        ProcessingStatus.DRAFT, ProcessingStatus.ACTIVE]
    new_dossier.undo.undo()  # one step, undone as one
    assert {register.get(i).status for i in ids} == {ProcessingStatus.ARCHIVED}  # type: ignore[union-attr]
