"""The pages of the window's sidebar, in order, each built when first shown (see
:mod:`assistant.ui.page_shelf`)."""

from __future__ import annotations

import importlib
from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from assistant.ui.i18n import translate
from assistant.ui.page_shelf import PageSpec
from assistant.ui.pages.base import Page
from assistant.ui.session import Session


def _page(module: str, name: str, *args: object) -> Callable[[Session, QWidget], Page]:
    """A page's factory that imports its module when the page is first built (see
    :mod:`assistant.ui.page_shelf`: importing every page slowed the start)."""
    def build(session: Session, parent: QWidget) -> Page:
        cls = getattr(importlib.import_module(f"assistant.ui.pages.{module}"), name)
        return cls(session, *args, parent)  # type: ignore[no-any-return]

    return build


def page_specs() -> list[PageSpec]:
    """Every page of the sidebar, in order."""
    specs = [PageSpec("overview", translate("MainWindow", "Overview"),
                      _page("overview_page", "OverviewPage"))]

    # the six-step guide
    steps = [
        ("step1", translate("MainWindow", "1. Appoint a pilot")),
        ("step2", translate("MainWindow", "2. Map your processing")),
        ("step3", translate("MainWindow", "3. Prioritise the actions")),
        ("step4", translate("MainWindow", "4. Manage the risks")),
        ("step5", translate("MainWindow", "5. Organise internal processes")),
        ("step6", translate("MainWindow", "6. Document compliance")),
    ]
    for number, (key, title) in enumerate(steps, start=1):
        section = translate("MainWindow", "The six steps") if number == 1 else ""
        specs.append(PageSpec(key, title, _page("step_page", "StepPage", number),
                              section=section))

    specs += [
        PageSpec("register", translate("MainWindow", "Register"),
                 _page("register_page", "RegisterPage"),
                 section=translate("MainWindow", "Registers and records")),
        PageSpec("consents", translate("MainWindow", "Consents"),
                 _page("consents_page", "ConsentsPage")),
        # internal processes: requests, breaches, processors
        PageSpec("requests", translate("MainWindow", "Requests"),
                 _page("requests_page", "RequestsPage")),
        PageSpec("breaches", translate("MainWindow", "Breaches"),
                 _page("breaches_page", "BreachesPage")),
        PageSpec("processors", translate("MainWindow", "Processors"),
                 _page("processors_page", "ProcessorsPage")),
        # the PDF documentation
        PageSpec("documents", translate("MainWindow", "Documents"),
                 _page("documents_page", "DocumentsPage")),
        PageSpec("notices", translate("MainWindow", "Notices"),
                 _page("notices_page", "NoticesPage")),
    ]
    return specs
