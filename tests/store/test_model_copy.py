"""A new client dossier from a model: the standard parts come over, nothing personal does,
and the new dossier is sound."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.domain.consent import Purpose
from assistant.domain.findings import ValidationError
from assistant.domain.guide.model import ActionState, CustomAction, TaskState, TaskStatus
from assistant.domain.organisation import Organisation
from assistant.domain.processing import ProcessingStatus
from assistant.domain.progress import drive
from assistant.exchange.errors import OutputExists
from assistant.store.dossier import open_dossier
from assistant.store.model_copy import new_from_model
from assistant.store.verify import verify_dossier
from tests.conftest import file_digest

CLIENT = Organisation(legal_name="Fleurs de Łódź SARL", siren="999888779",
                      siret="99988877900017", city="Lille", country="")


@pytest.fixture(scope="module")
def copied(demo_file: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("model")
    model = folder / "Modele-boulangerie.rgpd"
    model.write_bytes(demo_file.read_bytes())
    with open_dossier(model) as m:  # the firm's standard, beyond the demo
        m.guide.settle_task(TaskState("dpo_assessed", 1, TaskStatus.NOT_APPLICABLE,
                                      reason="Pas de DPO obligatoire pour un commerce",
                                      on="2025-01-02", by="Camille Martin"))
        m.guide.save_action(CustomAction(title="Done already", state=ActionState.DONE))
        archived = m.register.list()[-1]
        assert archived.id is not None
        m.register.set_status([archived.id], ProcessingStatus.ARCHIVED)
        m.consents.save_purpose(Purpose(None, "click_collect", "Retrait en boutique",
                                        validity_months=24), undoable=False)
    digest = file_digest(model)
    target = drive(new_from_model(model, folder / "client.rgpd", CLIENT))
    assert file_digest(model) == digest  # the model is only read
    return model, target


def test_the_new_dossier_is_sound_and_its_own(copied: tuple[Path, Path]) -> None:
    model, target = copied
    report = drive(verify_dossier(target))
    assert report.sound, report.problems
    with open_dossier(model, read_only=True) as m, open_dossier(target, read_only=True) as d:
        assert d.uuid and d.uuid != m.uuid
        assert d.language == m.language
        org = d.organisation.get()
        assert org.legal_name == "Fleurs de Łódź SARL" and org.siret == "99988877900017"
        assert org.sector == m.organisation.get().sector  # from the model
        assert org.country == "France"
        assert org.address == "" and org.representative_name == ""  # not the model's


def test_nothing_personal_is_copied(copied: tuple[Path, Path]) -> None:
    _model, target = copied
    with open_dossier(target, read_only=True) as d:
        conn = d.conn
        for table in ("subject", "consent_batch", "consent_event", "consent_status",
                      "consent_import", "rights_request", "breach", "guide_pilot",
                      "guide_dpia_screening", "guide_action_decision"):
            assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table
        assert d.guide.pilot() is None


def test_the_register_comes_over_as_drafts(copied: tuple[Path, Path]) -> None:
    model, target = copied
    with open_dossier(model, read_only=True) as m, open_dossier(target, read_only=True) as d:
        originals = m.register.list(include_archived=False)
        copies = d.register.list()
        assert len(originals) < len(m.register.list())  # the archived one stays behind
        assert [p.name for p in copies] == [p.name for p in originals]
        assert {p.status for p in copies} == {ProcessingStatus.DRAFT}
        for original, copy in zip(originals, copies, strict=True):
            assert copy.purposes == original.purposes
            assert copy.data_categories == original.data_categories
            assert copy.retention == original.retention
            assert copy.security_measures == original.security_measures
            assert copy.template_id == original.template_id
            names = {p.id: p.name for p in m.processors.list()}
            new_names = {p.id: p.name for p in d.processors.list()}
            assert sorted(new_names[i] for i in copy.processor_ids) == sorted(
                names[i] for i in original.processor_ids)
            assert copy.created_at != original.created_at


def test_processors_without_their_contracts(copied: tuple[Path, Path]) -> None:
    model, target = copied
    with open_dossier(model, read_only=True) as m, open_dossier(target, read_only=True) as d:
        assert [p.name for p in d.processors.list()] == [p.name for p in m.processors.list()]
        assert any(p.contract_reference for p in m.processors.list())
        for p in d.processors.list():
            assert (p.contract_reference, p.contract_date, p.contract_clauses) == ("", "", ())


def test_purposes_and_wordings_word_for_word(copied: tuple[Path, Path]) -> None:
    model, target = copied
    with open_dossier(model, read_only=True) as m, open_dossier(target, read_only=True) as d:
        def purposes(x):  # type: ignore[no-untyped-def]
            return [(p.code, p.label, p.description, p.validity_months, p.archived)
                    for p in x.consents.purposes()]

        assert purposes(d) == purposes(m)
        assert "click_collect" in {p.code for p in d.consents.purposes()}
        assert [(n.version, n.text, n.sha256, n.effective_from) for n in d.consents.notices()
                ] == [(n.version, n.text, n.sha256, n.effective_from)
                      for n in m.consents.notices()]
        linked = {p.code: p.processing_id for p in d.consents.purposes()}
        names = {p.id: p.name for p in d.register.list()}
        for p in m.consents.purposes():
            if p.processing_id is not None:
                original = m.register.get(p.processing_id)
                assert original is not None
                assert names[linked[p.code]] == original.name


def test_checklists_only_what_does_not_apply(copied: tuple[Path, Path]) -> None:
    model, target = copied
    with open_dossier(model, read_only=True) as m, open_dossier(target, read_only=True) as d:
        wanted = {t.task_id: t.reason for t in m.guide.tasks()
                  if t.status is TaskStatus.NOT_APPLICABLE}
        assert wanted and len(wanted) < len(m.guide.tasks())
        tasks = d.guide.tasks()
        assert {t.task_id: t.reason for t in tasks} == wanted
        for t in tasks:
            assert t.by == "dossier modèle Modele-boulangerie"  # not the model's pilot
        open_actions = [a.title for a in m.guide.actions() if a.state is ActionState.OPEN]
        assert open_actions and len(open_actions) < len(m.guide.actions())
        assert [a.title for a in d.guide.actions()] == open_actions
        assert all(not a.due_on and not a.owner for a in d.guide.actions())


def test_refusals_leave_nothing(demo_file: Path, tmp_path: Path) -> None:
    model = tmp_path / "model.rgpd"
    model.write_bytes(demo_file.read_bytes())
    (tmp_path / "taken.rgpd").write_bytes(b"")
    with pytest.raises(OutputExists):
        drive(new_from_model(model, tmp_path / "taken.rgpd", CLIENT))
    names = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(ValidationError):
        drive(new_from_model(model, tmp_path / "bad.rgpd",
                             Organisation(legal_name="X", siren="123")))
    from assistant.store.errors import NotSqlite

    with pytest.raises(NotSqlite):
        drive(new_from_model(tmp_path / "taken.rgpd", tmp_path / "c.rgpd", CLIENT))
    assert sorted(p.name for p in tmp_path.iterdir()) == names  # no partial file left


def test_cancelling_leaves_nothing(demo_file: Path, tmp_path: Path) -> None:
    model = tmp_path / "model.rgpd"
    model.write_bytes(demo_file.read_bytes())
    job = new_from_model(model, tmp_path / "c.rgpd", CLIENT)
    next(job)
    next(job)
    next(job)
    job.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["model.rgpd"]


def test_the_copy_has_exactly_the_models_purposes(tmp_path: Path) -> None:
    """A default purpose the firm removed from its model is not in its clients' dossiers."""
    from assistant.store.dossier import create_dossier

    model = tmp_path / "model.rgpd"
    with create_dossier(model, language="en") as m:
        m.organisation.save(Organisation(legal_name="Model"), undoable=False)
        sms = m.consents.purpose_by_code("sms")
        assert sms is not None
        m.consents.delete_purpose(int(sms.id or 0))
    target = drive(new_from_model(model, tmp_path / "client.rgpd", CLIENT))
    with open_dossier(target, read_only=True) as d:
        assert [p.code for p in d.consents.purposes()] == ["newsletter", "partners", "loyalty",
                                                           "phone"]
        assert d.language == "en"
        assert d.guide.tasks() == [] and d.register.list() == []
