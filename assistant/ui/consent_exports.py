"""The Consents page's exports: the ledger or the current statuses as CSV, the records as
W3C DPV JSON-LD, and the selected person's proof (JSON here; the PDF is a document of the
Documents page). Each file is written on a worker from a read-only connection of its own,
so the page stays usable; the file dialog asks before replacing a file.

The words are filed under the page's name in the translations (``ConsentsPage``), where
they were when these were the page's methods. The imports live in
:mod:`assistant.ui.consent_transfer`.
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QMainWindow

from assistant.domain.progress import Progress
from assistant.ui.errors import show_error
from assistant.ui.i18n import current_lang, translate
from assistant.ui.jobs import JobRunner

if TYPE_CHECKING:
    from assistant.store.dossier import Dossier
    from assistant.ui.pages.consents_page import ConsentsPage

# make(dossier, target, overwrite): the export itself, a job yielding its progress
Maker = Callable[["Dossier", Path, bool], Generator[Progress, None, object]]


def save_name(page: ConsentsPage, title: str, suggested: str, pattern: str) -> Path | None:
    """The file the user chose, None if they cancelled or declined to replace it; the
    file dialog asked before replacing (``overwrite`` is then passed on)."""
    dossier = page.session.dossier
    if dossier is None:
        return None
    chosen, _ = QFileDialog.getSaveFileName(page, title,
                                            str(dossier.path.parent / suggested), pattern)
    return Path(chosen) if chosen else None


def _say(page: ConsentsPage, text: str, timeout: int) -> None:
    window = page.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, timeout)


def run_export(page: ConsentsPage, title: str, target: Path, make: Maker) -> None:
    """Run ``make(dossier, target, overwrite)`` on a worker; the file dialog that gave
    ``target`` asked before replacing a file."""
    dossier = page.session.dossier
    if dossier is None:
        return
    path = dossier.path
    head = dossier.consents.chain_head()

    def job() -> Generator[Progress, None, Path]:
        from assistant.store.dossier import open_dossier

        with open_dossier(path, read_only=True, check=False) as worker:
            yield from make(worker, target, True)
        return target

    runner = JobRunner(page, translate("ConsentsPage", "Exporting…"), job)
    runner.done.connect(lambda p: _say(page, translate(
        "ConsentsPage", "Exported: %1 (chain head %2, for an inspector)").replace(
        "%1", str(p)).replace("%2", head.hash[:16] + "…"), 15000))
    runner.error.connect(lambda exc: show_error(page, title, exc))
    page.run_job(runner)


def export_csv(page: ConsentsPage, statuses: bool) -> None:
    """The ledger (every event) or the current statuses (one line a person and purpose)."""
    from assistant.exchange.consent_export import export_consents

    title = translate("ConsentsPage", "Export the consents")
    name = (translate("ConsentsPage", "consent-statuses") if statuses
            else translate("ConsentsPage", "consent-ledger")) + ".csv"
    target = save_name(page, title, name, translate("ConsentsPage", "CSV files (*.csv)"))
    if target is not None:
        lang = current_lang()
        run_export(page, title, target, lambda d, t, o: export_consents(
            d, t, lang=lang, statuses=statuses, overwrite=o))


def export_dpv(page: ConsentsPage) -> None:
    from assistant.exchange.consent_proof import export_dpv as write_dpv

    title = translate("ConsentsPage", "Export consent records")
    target = save_name(page, title, "consent-records-dpv.jsonld",
                       translate("ConsentsPage", "JSON-LD files (*.jsonld *.json)"))
    if target is not None:
        run_export(page, title, target, lambda d, t, o: write_dpv(d, t, overwrite=o))


def export_proof(page: ConsentsPage) -> None:
    """The selected person's proof of consent, as JSON."""
    from assistant.exchange.consent_proof import write_person_proof

    dossier = page.session.dossier
    sid = page.selected_id()
    if dossier is None or sid is None:
        return
    subject = dossier.consents.subject(sid)
    if subject is None:
        return
    title = translate("ConsentsPage", "Proof of consent")
    stem = translate("ConsentsPage", "consent-proof")  # outside the f-string, for lupdate
    target = save_name(page, title, f"{stem}-{subject.uid[:8]}.json",
                       translate("ConsentsPage", "JSON files (*.json)"))
    if target is None:
        return
    done = page.session.perform(page, title, lambda: write_person_proof(
        dossier, sid, target, overwrite=True))  # the file dialog asked
    if done is not None:
        _say(page, translate("ConsentsPage", "Exported: %1").replace("%1", str(target)), 8000)


def export_proof_pdf(page: ConsentsPage) -> None:
    """The proof as PDF is a document of the Documents page: show it there, ready."""
    dossier = page.session.dossier
    sid = page.selected_id()
    subject = dossier.consents.subject(sid) if dossier is not None and sid else None
    if subject is None:
        return
    page.navigate.emit("documents")
    documents = getattr(page.window(), "pages", {}).get("documents")
    if documents is not None and hasattr(documents, "prepare_proof"):
        documents.prepare_proof(subject.uid)
