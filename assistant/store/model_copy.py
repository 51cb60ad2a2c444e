"""A new client dossier from a model dossier: a firm sets its standard once.

What is copied is what does not depend on the client or on anyone's personal data:

* **The register**: every processing activity that is not archived, with all its fields
  (purposes, legal basis, data subjects and categories, retention, recipients, transfers,
  security measures, source, template, notes) and its links to processors. Not its dates
  (the copy's are the day of the copy) and not its status: every copied entry is a **draft**,
  for the new client to confirm. Archived entries (no longer carried out) are left out.
* **Processors**: name, service, contact, country, notes, transfers and their safeguard.
  Not the contract (reference, date, Art. 28 items covered): each client signs its own.
* **Consent purposes and their wordings**: codes, labels, descriptions, validity, the
  processing each belongs to, and every wording word for word (with its SHA-256 and the date
  from which it applies). The new dossier's purposes are exactly the model's.
* **Checklists**: the tasks the firm judged *not applicable*, with their reason, dated the
  day of the copy and signed "model dossier <file>". Tasks marked done are not copied: the
  new client has not done them.
* **Own actions** still open (title, detail, priority), without due date or person in
  charge.
* The organisation's **sector and country**, unless the new identity gives its own.

Never copied: people and their consents (the whole ledger), rights requests, breaches, the
pilot and the DPO, DPIA screenings and decisions about the action plan (each client's own
judgement), the plan's history, the model's uuid (the copy gets a new one).

The copy is built in a hidden temporary file beside the target and renamed into place only
when complete: a failure or a cancel leaves nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Generator
from dataclasses import replace
from pathlib import Path

from assistant.domain.guide.model import ActionState, CustomAction, TaskState, TaskStatus
from assistant.domain.organisation import Organisation
from assistant.domain.processing import ProcessingStatus
from assistant.domain.progress import Progress
from assistant.store.dossier import Dossier, building_dossier, open_dossier
from assistant.store.outputs import check_output


def new_from_model(model: Path | str, target: Path | str, organisation: Organisation, *,
                   overwrite: bool = False) -> Generator[Progress, None, Path]:
    """Create ``target`` with ``organisation`` as its identity and the model's standard
    parts (see the module docstring); returns the path of the new dossier. An existing
    ``target`` is replaced only when ``overwrite`` (never the model, nor an open one)."""
    model, target = Path(model), Path(target)
    # said before the model is read
    check_output(target, overwrite=overwrite, reading=[model], makes_dossier=True)
    yield Progress(0, 5, "read")
    with open_dossier(model, read_only=True, lock=False) as source:
        source.conn.execute("BEGIN")  # one consistent picture of the model
        try:
            with building_dossier(target, language=source.language, overwrite=overwrite,
                                  reading=[model]) as new:
                with new.transaction():
                    yield from _copy(source, new, organisation, model.stem)
                new.undo.clear()
        finally:
            source.conn.execute("COMMIT")
    yield Progress(5, 5, "done")
    return target


def _copy(source: Dossier, new: Dossier, organisation: Organisation,
          model_name: str) -> Generator[Progress, None, None]:
    model_org = source.organisation.get()
    new.organisation.save(replace(organisation,
                                  sector=organisation.sector or model_org.sector,
                                  country=organisation.country or model_org.country),
                          undoable=False)
    yield Progress(1, 5, "organisation")

    processor_ids: dict[int, int] = {}
    for processor in source.processors.list():
        saved = new.processors.save(replace(processor, id=None, contract_reference="",
                                            contract_date="", contract_clauses=()))
        processor_ids[int(processor.id or 0)] = int(saved.id or 0)
    processing_ids: dict[int, int] = {}
    for processing in source.register.list(include_archived=False):
        created = new.register.create(replace(
            processing, id=None, status=ProcessingStatus.DRAFT, created_at="", updated_at="",
            processor_ids=tuple(processor_ids[i] for i in processing.processor_ids
                                if i in processor_ids)))
        processing_ids[int(processing.id or 0)] = int(created.id or 0)
    yield Progress(2, 5, "register")

    _copy_purposes(source, new, processing_ids)
    yield Progress(3, 5, "purposes")

    _copy_guide(source, new, model_name)
    yield Progress(4, 5, "checklists")


def _copy_purposes(source: Dossier, new: Dossier, processing_ids: dict[int, int]) -> None:
    seeded = {p.code: p for p in new.consents.purposes()}
    wanted = source.consents.purposes()
    for code, p in seeded.items():
        if code not in {w.code for w in wanted}:
            new.consents.delete_purpose(int(p.id or 0))
    for p in wanted:
        existing = seeded.get(p.code)
        linked = processing_ids.get(p.processing_id) if p.processing_id is not None else None
        saved = new.consents.save_purpose(
            replace(p, id=existing.id if existing else None, processing_id=linked,
                    created_at="", updated_at=""), undoable=False)
        for n in source.consents.notices(int(p.id or 0)):
            new.consents.add_notice(int(saved.id or 0), n.version, n.text, n.effective_from,
                                    language=n.language)


def _copy_guide(source: Dossier, new: Dossier, model_name: str) -> None:
    from assistant.content.messages import messages

    by = messages("en" if new.language == "en" else "fr").get(
        "portfolio", "model_by", {"name": model_name})[:200]
    today = dt.date.today().isoformat()
    for task in source.guide.tasks():
        if task.status is TaskStatus.NOT_APPLICABLE:
            new.guide.settle_task(TaskState(task.task_id, task.step, task.status,
                                            reason=task.reason, on=today, by=by))
    for action in source.guide.actions():
        if action.state is ActionState.OPEN:
            new.guide.save_action(CustomAction(title=action.title, detail=action.detail,
                                               priority=action.priority))


__all__ = ["new_from_model"]
