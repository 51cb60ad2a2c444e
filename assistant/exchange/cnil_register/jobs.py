"""The register spreadsheet as jobs (generators of :class:`Progress`), for the command line
and the window: ``export register`` fills the template, ``import register`` makes a new
dossier from a filled one, or adds its processing to an open dossier as drafts."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Generator
from pathlib import Path

from assistant.domain.processing import ProcessingStatus
from assistant.domain.processor import Processor
from assistant.domain.progress import Progress
from assistant.exchange.cnil_register.fill import fill, register_data
from assistant.exchange.cnil_register.layout import template_path
from assistant.exchange.cnil_register.read import ReadRegister, read
from assistant.exchange.cnil_register.workbook import OdsBook, XlsxBook, open_book
from assistant.store.dossier import Dossier, building_dossier
from assistant.store.errors import DossierError

FORMATS = ("ods", "xlsx")


class RegisterNotSpreadsheet(DossierError):
    """The file is not an ODS or XLSX spreadsheet."""

    code = "register_not_spreadsheet"


class RegisterRefused(DossierError):
    """params: ``count``, ``detail`` (each problem with its sheet, on its own line)."""

    code = "register_refused"


def export_register(dossier: Dossier, target: Path | str, fmt: str, *,
                    overwrite: bool = False) -> Generator[Progress, None, Path]:
    """Fill a copy of the CNIL's template with ``dossier``'s register into ``target`` (an
    existing file replaced only when ``overwrite``; never a dossier)."""
    from assistant.store.outputs import check_output, output_path

    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; known: {', '.join(FORMATS)}")
    target = Path(target)
    check_output(target, overwrite=overwrite, reading=[dossier.path])
    yield Progress(0, 3, "read")
    data = register_data(dossier)
    with tempfile.TemporaryDirectory(prefix="rgpd-register-") as tmp:
        work = Path(tmp) / f"template.{fmt}"
        shutil.copyfile(template_path(fmt), work)
        book = OdsBook(work) if fmt == "ods" else XlsxBook(work)
        yield Progress(1, 3, "write")
        fill(book, data)
        yield Progress(2, 3, "write")
        with output_path(target, overwrite=overwrite, reading=[dossier.path]) as part:
            book.save(part)
    yield Progress(3, 3, "done")
    return target


def read_register(source: Path | str) -> ReadRegister:
    """A filled template, read and checked (refused, with every problem, if any)."""
    source = Path(source)
    if not source.exists():
        from assistant.store.errors import DossierNotFound

        raise DossierNotFound(source)
    try:
        book = open_book(source)
        found = read(book)
    except (ValueError, KeyError, OSError) as exc:
        raise RegisterNotSpreadsheet(source, detail=str(exc)) from exc
    if found.problems:
        from assistant.content.messages import messages

        words = messages("fr")
        lines = [f"{where} : {words.finding_with_field(f)}" for where, f in found.problems]
        raise RegisterRefused(source, count=len(lines), detail="\n".join(lines),
                              findings=found.problems)
    return found


def _store(dossier: Dossier, found: ReadRegister, *, drafts: bool) -> list[int]:
    """Write the processing (and the processors they name) into ``dossier``; the ids."""
    from dataclasses import replace

    existing = {p.name.casefold(): p.id for p in dossier.processors.list()}
    ids: list[int] = []
    with dossier.transaction():
        for p, names in zip(found.processings, found.processors, strict=True):
            processor_ids = []
            for name in names:
                key = name.casefold()
                if key not in existing:
                    existing[key] = dossier.processors.save(Processor(name=name)).id
                processor_ids.append(int(existing[key] or 0))
            status = ProcessingStatus.DRAFT if drafts else p.status
            created = dossier.register.create(replace(p, processor_ids=tuple(processor_ids),
                                                      status=status))
            ids.append(int(created.id or 0))
    return ids


def import_register(source: Path | str, target: Path | str, *, language: str = "fr",
                    overwrite: bool = False) -> Generator[Progress, None, ReadRegister]:
    """A new dossier ``target`` from a filled template ``source`` (all or nothing; an
    existing dossier replaced only when ``overwrite``, and never while open)."""
    from assistant.store.outputs import check_output

    check_output(target, overwrite=overwrite, reading=[source], makes_dossier=True)
    yield Progress(0, 3, "read")
    found = read_register(source)
    yield Progress(1, 3, "write")
    with building_dossier(target, language=language, overwrite=overwrite,
                          reading=[source]) as dossier:
        org = found.organisation
        if not org.legal_name:
            from dataclasses import replace

            org = replace(org, legal_name=Path(source).stem)
        dossier.organisation.save(org, undoable=False)
        if found.dpo is not None:
            from assistant.domain.guide.model import Pilot

            dossier.guide.put_pilot(Pilot(), found.dpo, _now())
        _store(dossier, found, drafts=False)
        yield Progress(2, 3, "finish")
    yield Progress(3, 3, "done")
    return found


def store_drafts(dossier: Dossier, found: object) -> list[int]:
    """Add what :func:`read_register` found to an open dossier, each processing as a draft
    to review (one transaction; the processors it names are added if new)."""
    assert isinstance(found, ReadRegister)
    return _store(dossier, found, drafts=True)


def _now() -> str:
    from assistant.domain.clock import now_text

    return now_text()


__all__ = ["FORMATS", "RegisterNotSpreadsheet", "RegisterRefused", "export_register",
           "import_register", "read_register", "store_drafts"]
