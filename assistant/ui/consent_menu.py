"""The main window's Consents menu: the purposes and their wordings, the till, paper forms and
the customer's screen, each with a keyboard shortcut that works from every page and at any
window width (a toolbar pushes what does not fit into an overflow menu; a menu bar does not).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMainWindow

from assistant.ui.actions import menu_action
from assistant.ui.session import Session

if TYPE_CHECKING:
    from assistant.ui.customer_screen import CustomerScreen


class ConsentMenu(QObject):
    def __init__(self, window: QMainWindow, session: Session) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.screen: CustomerScreen | None = None
        menu = self.menu = window.menuBar().addMenu(self.tr("C&onsents"))
        self.act_wordings = menu_action(self, menu, self.tr("&Purposes and wordings…"),
                                        self.wordings,
                                        "Ctrl+Shift+W")
        menu.addSeparator()
        self.act_till = menu_action(self, menu, self.tr("New &customer at the till…"),
                                    self.till, "Ctrl+Shift+C")
        self.act_paper = menu_action(self, menu, self.tr("Record a &paper form…"),
                                     lambda: self.till(paper=True), "Ctrl+Shift+F")
        self.act_screen = menu_action(self, menu, self.tr("Customer's &screen (full "
                                                            "screen)…"), self.customer_screen,
                                      "F11")
        menu.addSeparator()
        self.act_forms = menu_action(self, menu, self.tr("Print numbered consent "
                                                           "&forms…"), self.print_forms)
        for signal in (session.opened, session.closed, session.changed):
            signal.connect(self.update_actions)
        self.update_actions()

    def update_actions(self) -> None:
        dossier = self.session.dossier
        writable = dossier is not None and not dossier.read_only
        self.act_wordings.setEnabled(dossier is not None)
        for action in (self.act_till, self.act_paper, self.act_screen, self.act_forms):
            action.setEnabled(writable)

    # the till's flows (and the consent ledger's types) load when first used, not at start
    def wordings(self) -> None:
        from assistant.ui.till_actions import open_wordings

        open_wordings(self.window, self.session)

    def till(self, paper: bool = False) -> None:
        from assistant.ui.till_actions import record_at_till

        subject_id = record_at_till(self.window, self.session, paper=paper)
        consents = getattr(self.window, "pages", {}).get("consents")
        if subject_id is not None and consents is not None and consents.isVisible():
            consents.show_person(subject_id)

    def customer_screen(self) -> None:
        if self.screen is not None and self.screen.isVisible():
            self.screen.raise_()
            self.screen.activateWindow()
            return
        from assistant.ui.till_actions import open_customer_screen

        self.screen = open_customer_screen(self.window, self.session)

    def print_forms(self) -> None:
        show = getattr(self.window, "show_page", None)
        if callable(show):
            show("documents")
        documents = getattr(self.window, "pages", {}).get("documents")
        prepare = getattr(documents, "prepare_consent_forms", None)
        if callable(prepare):
            prepare()

    def close_screen(self) -> None:
        """The window closes: the customer's screen goes with it."""
        if self.screen is not None:
            self.screen.force_close()
            self.screen = None
