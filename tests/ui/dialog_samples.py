"""One or more ready-made instances of every dialog and window the app has, for the tests
that open them all (fit on a small screen, names for screen readers, no keyboard trap).

A dialog is found by walking the modules of ``assistant.ui`` (:func:`discovered`); each one
needs an entry in :data:`SAMPLES` that builds it from the demo dossier. A new dialog without
an entry fails ``test_every_dialog_has_a_sample``: add a function here with ``@sample``.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtWidgets import QDialog, QMainWindow, QWidget

import assistant.ui
from assistant.store.dossier import Dossier


@dataclass
class SampleContext:
    dossier: Dossier  # the demo dossier, read-only: samples never write
    folder: Path  # a scratch folder (files a dialog shows or reads)
    parent: QWidget | None = None
    extra: dict[str, object] = field(default_factory=dict)

    @property
    def session(self):  # type: ignore[no-untyped-def]
        """The main window's session (dialogs that read the open dossier through it)."""
        return self.parent.session  # type: ignore[union-attr]


Factory = Callable[[SampleContext], list[QWidget]]
SAMPLES: dict[str, Factory] = {}


def sample(*names: str) -> Callable[[Factory], Factory]:
    """Register a factory for the dialogs named ``module.Class``."""

    def register(factory: Factory) -> Factory:
        for name in names:
            SAMPLES[name] = factory
        return factory

    return register


def discovered() -> dict[str, type]:
    """Every QDialog and QMainWindow subclass defined in ``assistant.ui``, by
    ``module.Class`` (the main window itself is tested with its pages)."""
    found: dict[str, type] = {}
    for info in pkgutil.walk_packages(assistant.ui.__path__, "assistant.ui."):
        module = importlib.import_module(info.name)
        for name, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ != module.__name__ or not issubclass(cls, (QDialog, QMainWindow)):
                continue
            key = f"{module.__name__.removeprefix('assistant.ui.')}.{name}"
            if key != "main_window.MainWindow":
                found[key] = cls
    return found


def build(name: str, ctx: SampleContext) -> list[QWidget]:
    if name not in SAMPLES:
        raise LookupError(f"{name} has no sample: add one to tests/ui/dialog_samples.py "
                          "with @sample")
    return SAMPLES[name](ctx)


# -- the samples ---------------------------------------------------------------------------
@sample("dialogs.task_dialog.TaskDialog")
def _task(ctx: SampleContext) -> list[QWidget]:
    from assistant.content.guide import load_steps
    from assistant.domain.guide.model import TaskStatus
    from assistant.ui.dialogs.task_dialog import TaskDialog
    from assistant.ui.i18n import current_lang

    task = load_steps(current_lang())[5].tasks[0]
    return [TaskDialog(task, TaskStatus.DONE, by="Camille", parent=ctx.parent),
            TaskDialog(task, TaskStatus.NOT_APPLICABLE, by="Camille", parent=ctx.parent)]


@sample("dialogs.new_dossier_dialog.NewDossierDialog")
def _new_dossier(ctx: SampleContext) -> list[QWidget]:
    from assistant.ui.dialogs.new_dossier_dialog import NewDossierDialog

    return [NewDossierDialog(ctx.parent)]


@sample("dialogs.organisation_dialog.OrganisationDialog")
def _organisation(ctx: SampleContext) -> list[QWidget]:
    from assistant.ui.dialogs.organisation_dialog import OrganisationDialog

    return [OrganisationDialog(ctx.dossier.organisation.get(), ctx.parent)]


@sample("dialogs.processing_editor.ProcessingEditor")
def _processing(ctx: SampleContext) -> list[QWidget]:
    from assistant.ui.dialogs.processing_editor import ProcessingEditor

    processing = ctx.dossier.register.list()
    return [ProcessingEditor(processing[0], ctx.dossier.processors.list(), ctx.parent)]


@sample("dialogs.record_editor.RecordEditor")
def _record_editor(ctx: SampleContext) -> list[QWidget]:
    """The skeleton of the record editors has no form of its own: one editor built on it."""
    from assistant.ui.dialogs.request_editor import RequestEditor

    return [RequestEditor(ctx.dossier.requests.list()[0], ctx.parent)]


@sample("dialogs.processor_editor.ProcessorEditor")
def _processor_editor(ctx: SampleContext) -> list[QWidget]:
    from assistant.ui.dialogs.processor_editor import ProcessorEditor

    processing = ctx.dossier.register.list()
    processor = ctx.dossier.processors.list()[0]
    return [ProcessorEditor(processor, processing, (int(processing[0].id or 0),), ctx.parent)]


@sample("dialogs.history_dialog.HistoryDialog")
def _history(ctx: SampleContext) -> list[QWidget]:
    from assistant.domain.history import PROCESSING
    from assistant.ui.dialogs.history_dialog import HistoryDialog

    p = ctx.dossier.register.list()[0]
    return [HistoryDialog(f"{p.reference} — {p.name}",
                          ctx.dossier.changes.of(PROCESSING, int(p.id or 0)), ctx.parent)]


@sample("dialogs.processor_dialog.ProcessorDialog")
def _processor(ctx: SampleContext) -> list[QWidget]:
    from assistant.domain.processor import Processor
    from assistant.ui.dialogs.processor_dialog import ProcessorDialog

    return [ProcessorDialog(Processor(name=""), ctx.parent)]


@sample("dialogs.request_editor.RequestEditor")
def _request(ctx: SampleContext) -> list[QWidget]:
    from assistant.ui.dialogs.request_editor import RequestEditor

    return [RequestEditor(ctx.dossier.requests.list()[0], ctx.parent)]


@sample("dialogs.breach_editor.BreachEditor")
def _breach(ctx: SampleContext) -> list[QWidget]:
    from assistant.ui.dialogs.breach_editor import BreachEditor

    return [BreachEditor(ctx.dossier.breaches.list()[0], ctx.parent)]


@sample("dialogs.consent_dialogs.PersonDialog", "dialogs.consent_dialogs.RecordDialog",
        "dialogs.consent_dialogs.PurposeDialog", "dialogs.consent_dialogs.NoticeDialog",
        "dialogs.consent_dialogs.EraseDialog")
def _consents(ctx: SampleContext) -> list[QWidget]:
    from assistant.ui.dialogs.consent_dialogs import (
        EraseDialog,
        NoticeDialog,
        PersonDialog,
        PurposeDialog,
        RecordDialog,
    )

    consents = ctx.dossier.consents
    purposes = consents.purposes()
    choices = [(int(p.id or 0), p.name) for p in ctx.dossier.register.list()]
    return [PersonDialog(ctx.parent), RecordDialog(purposes, consents.notices(),
                                                   "Jeanne Dupont", ctx.parent),
            PurposeDialog(purposes[0], choices, ctx.parent),
            NoticeDialog(purposes[0], ctx.parent), EraseDialog("Jeanne Dupont", ctx.parent)]


@sample("dialogs.dpia_dialog.DpiaDialog")
def _dpia(ctx: SampleContext) -> list[QWidget]:
    from assistant.ui.dialogs.dpia_dialog import DpiaDialog

    processing = ctx.dossier.register.list()
    return [DpiaDialog(processing[5], ctx.dossier.guide.screening(int(processing[5].id or 0)),
                       parent=ctx.parent)]


@sample("dialogs.action_dialog.ActionDialog")
def _action(ctx: SampleContext) -> list[QWidget]:
    from assistant.domain.guide.model import CustomAction
    from assistant.ui.dialogs.action_dialog import ActionDialog

    return [ActionDialog(CustomAction(title=""), ctx.parent)]


@sample("dialogs.decision_dialog.DecisionDialog")
def _decision(ctx: SampleContext) -> list[QWidget]:
    from assistant.domain.guide.model import DecisionState
    from assistant.ui.dialogs.decision_dialog import DecisionDialog

    return [DecisionDialog("missing_retention:processing:1", "Fixer la durée de conservation",
                           DecisionState.POSTPONED, by="Camille", parent=ctx.parent)]


@sample("dialogs.template_dialog.TemplateDialog")
def _template(ctx: SampleContext) -> list[QWidget]:
    from assistant.ui.dialogs.template_dialog import TemplateDialog

    return [TemplateDialog(ctx.parent),
            TemplateDialog(ctx.parent, sector="florist", held={"customer_management"})]


@sample("dialogs.score_dialog.ScoreDialog")
def _score(ctx: SampleContext) -> list[QWidget]:
    from assistant.ui.dialogs.score_dialog import ScoreDialog
    from assistant.ui.guide_texts import assessment

    result = assessment(ctx.dossier)
    assert result is not None
    return [ScoreDialog(result.score, ctx.parent)]


@sample("dialogs.welcome_dialog.WelcomeDialog")
def _welcome(ctx: SampleContext) -> list[QWidget]:
    from assistant.ui.dialogs.welcome_dialog import WelcomeDialog

    return [WelcomeDialog(ctx.parent)]


@sample("dialogs.about_dialog.AboutDialog")
def _about(ctx: SampleContext) -> list[QWidget]:
    from assistant.ui.dialogs.about_dialog import AboutDialog

    return [AboutDialog(ctx.parent)]


@sample("dialogs.crash_dialog.CrashDialog")
def _crash(ctx: SampleContext) -> list[QWidget]:
    from assistant.ui.dialogs.crash_dialog import CrashDialog

    details = "Traceback (most recent call last):\n" + "  File \"x.py\", line 1\n" * 40
    return [CrashDialog(details, str(ctx.folder / "assistant.log"), ctx.parent)]


@sample("dialogs.help_window.HelpWindow")
def _help(ctx: SampleContext) -> list[QWidget]:
    from assistant.ui.dialogs.help_window import HelpWindow

    window = HelpWindow(ctx.parent)
    window.show_page("start.md")
    return [window]


@sample("dialogs.subject_picker.SubjectPicker")
def _picker(ctx: SampleContext) -> list[QWidget]:
    from assistant.ui.dialogs.subject_picker import SubjectPicker

    return [SubjectPicker(ctx.dossier.consents, "a", ctx.parent)]


@sample("dialogs.batch_export_dialog.BatchExportDialog")
def _batch(ctx: SampleContext) -> list[QWidget]:
    from assistant.ui.dialogs.batch_export_dialog import BatchExportDialog

    return [BatchExportDialog(12, ctx.folder, ctx.parent)]


@sample("dialogs.model_dossier_dialog.ModelDossierDialog")
def _model(ctx: SampleContext) -> list[QWidget]:
    from assistant.ui.dialogs.model_dossier_dialog import ModelDossierDialog

    return [ModelDossierDialog(ctx.folder, ctx.dossier.path, ctx.parent)]


@sample("dialogs.consent_import_dialog.ConsentImportDialog")
def _import(ctx: SampleContext) -> list[QWidget]:
    from assistant.exchange.consent_import import preview
    from assistant.ui.dialogs.consent_import_dialog import ConsentImportDialog

    source = ctx.folder / "clients.csv"
    source.write_text("email;finalite;statut;date\n"
                      "jeanne@example.fr;newsletter;oui;2026-03-01\n"
                      "paul@example.fr;sms;non;02/03/2026 10:30\n", encoding="utf-8")
    return [ConsentImportDialog(source, preview(source), ctx.parent)]


@sample("backup_actions.RestoreDialog")
def _restore(ctx: SampleContext) -> list[QWidget]:
    from assistant.store.backup import BackupFile
    from assistant.ui.backup_actions import RestoreDialog

    backups = []
    for i in range(1, 8):
        path = ctx.folder / f"shop_2026120{i}T070000000000Z_daily.rgpd"
        path.write_bytes(b"x" * 4096 * i)
        backups.append(BackupFile(path, f"2026-12-0{i}T07:00:00.000000Z", "daily", "shop"))
    return [RestoreDialog(backups, ctx.parent)]


@sample("portfolio_window.PortfolioWindow")
def _portfolio(ctx: SampleContext) -> list[QWidget]:
    from assistant.ui.portfolio_window import PortfolioWindow
    from assistant.ui.settings import Settings

    return [PortfolioWindow(Settings(), None, ctx.parent)]


@sample("dialogs.customer_screen_dialogs.ScreenSetupDialog",
        "dialogs.customer_screen_dialogs.OwnerExitDialog")
def _customer_screen(ctx: SampleContext) -> list[QWidget]:
    from assistant.ui.dialogs.customer_screen_dialogs import OwnerExitDialog, ScreenSetupDialog

    return [ScreenSetupDialog(ctx.session, ctx.parent), OwnerExitDialog("2468", ctx.parent)]


@sample("dialogs.answer_dialog.AnswerDialog")
def _answer(ctx: SampleContext) -> list[QWidget]:
    from assistant.ui.dialogs.answer_dialog import AnswerDialog

    request = ctx.dossier.requests.list()[0]
    return [AnswerDialog(ctx.session, request, ctx.parent, folder=ctx.folder)]


@sample("dialogs.till_dialog.TillDialog")
def _till(ctx: SampleContext) -> list[QWidget]:
    from assistant.ui.dialogs.till_dialog import TillDialog

    return [TillDialog(ctx.dossier, ctx.parent), TillDialog(ctx.dossier, ctx.parent, paper=True)]


@sample("dialogs.website_check_dialog.WebsiteCheckDialog")
def _website(ctx: SampleContext) -> list[QWidget]:
    from assistant.ui.dialogs.website_check_dialog import WebsiteCheckDialog

    return [WebsiteCheckDialog(ctx.session, ctx.parent)]


@sample("dialogs.wording_dialogs.WordingEditor", "dialogs.wording_dialogs.WordingsDialog")
def _wordings(ctx: SampleContext) -> list[QWidget]:
    from assistant.ui.dialogs.wording_dialogs import WordingEditor, WordingsDialog

    purpose = ctx.dossier.consents.purposes()[0]
    return [WordingEditor(ctx.session, purpose, ctx.parent), WordingsDialog(ctx.session,
                                                                             ctx.parent)]


@sample("dialogs.follow_up_dialog.FollowUpDialog")
def _follow_up(ctx: SampleContext) -> list[QWidget]:
    from assistant.store.desk import FollowUp
    from assistant.ui.dialogs.follow_up_dialog import FollowUpDialog

    noted = FollowUp("Relancer pour les bons de livraison", "Camille", "2025-03-11", "2025-06-01")
    return [FollowUpDialog(["Fleurs de Lune"], noted, ctx.parent),
            FollowUpDialog(["Fleurs de Lune", "Boulangerie Martin"], FollowUp(), ctx.parent)]
