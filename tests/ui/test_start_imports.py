"""What the window loads to start: the page shown, not the others; no PDF code. What it
loads before its first paint: not the overview's assessment, the repositories it does not
read, nor the focus ring; those come right after.

Run in a fresh interpreter, as a user starts the app (other tests have loaded everything in
this one): it takes a few seconds, the price of a start, and keeps the start fast."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SCRIPT = """
import json, sys
from PySide6.QtWidgets import QMainWindow
from assistant.ui.main_window import MainWindow
painted = []

def grab(self, *args):  # the smoke test's first grab is the first paint it times
    if not painted:
        painted.append(sorted(sys.modules))
        import PySide6.QtGui, PySide6.QtWidgets  # their classes' Python types, made so far
        painted.append(sorted(name for module in (PySide6.QtGui, PySide6.QtWidgets)
                              for name, value in vars(module).items()
                              if isinstance(value, type)))
    return QMainWindow.grab(self, *args)

MainWindow.grab = grab
from assistant.cli import main
code = main(["--smoke-test", sys.argv[1]])
print(json.dumps({"code": code, "modules": sorted(sys.modules), "painted": painted[0],
                  "types": painted[1]}))
"""


def test_the_window_starts_without_the_pages_not_shown_nor_the_pdf_code(
        demo_copy: Path, tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "RGPD_ASSISTANT_DATA_DIR": str(tmp_path / "state")}
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(demo_copy)], env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    result = json.loads(lines[-1])
    assert result["code"] == 0 and "dossier opened=True" in done.stdout
    modules = set(result["modules"])
    assert "assistant.ui.pages.overview_page" in modules  # the page the window shows
    pages = {m for m in modules if m.startswith("assistant.ui.pages.")}
    assert pages <= {"assistant.ui.pages", "assistant.ui.pages.base",
                     "assistant.ui.pages.start_page", "assistant.ui.pages.guide_page",
                     "assistant.ui.pages.overview_page"}, pages
    heavy = {m for m in modules if m.split(".")[0] in ("reportlab", "phonenumbers", "PIL")
             or m.startswith(("assistant.reports", "assistant.website",
                              "assistant.cli.commands", "assistant.ui.portfolio_window"))}
    assert not heavy, sorted(heavy)
    # the window's other flows load when first used: the File menu's dialogs and formats,
    # restoring a backup, the demo's builder, the help
    later = {"assistant.ui.backup_actions", "assistant.store.unopened", "assistant.exchange",
             "assistant.demo", "assistant.ui.dialogs.help_window",
             "assistant.ui.dialogs.about_dialog", "assistant.ui.dialogs.welcome_dialog",
             "assistant.ui.dialogs.new_dossier_dialog", "assistant.ui.dialogs.head_prompt",
             "assistant.ui.portfolio_window"}
    assert not later & modules, sorted(later & modules)
    # before the first paint: the window, the dossier's name and the overview's boxes; the
    # overview's assessment (the guide's rules and content), the repositories it reads, the
    # focus ring, the Tab order, the menus' entries and the log's rotation come right after
    # it, and have come by the time the window settles
    assert "smoke-test: settled at" in done.stdout
    after_paint = {"assistant.domain.guide.rules", "assistant.content.guide",
                   "assistant.store.guide_repo", "assistant.store.consent_repo",
                   "assistant.store.breach_repo", "assistant.store.request_repo",
                   "assistant.ui.widgets.deadlines_box", "assistant.ui.focus_ring",
                   "assistant.ui.focus_order", "assistant.ui.consent_menu",
                   "assistant.ui.desk_menu", "assistant.ui.file_jobs",
                   "logging.handlers", "assistant.logrotation",
                   "assistant.store.processing_repo", "assistant.store.processor_repo",
                   "assistant.domain.processing"}
    first = set(result["painted"])
    assert "assistant.ui.pages.overview_page" in first
    assert not after_paint & first, sorted(after_paint & first)
    assert after_paint <= modules, sorted(after_paint - modules)
    # nor what only other work needs: the command line's catalogue of messages, the schema
    # steps' functions (the identity and consent rules, the ledger's hashing), the legal
    # clocks' rules, uuid (a new dossier's or a copy's), the integrity check, the crash
    # dialog (loaded when a bug shows it), the table views of the other pages, the network
    # module (the computer's name comes from uname), importlib.resources (the schema's steps
    # are read as files) and html (the notices' lines)
    not_first = {"assistant.content.messages", "assistant.domain.identity",
                 "assistant.domain.consent", "assistant.store.ledger.times",
                 "assistant.store.phones", "assistant.domain.deadlines", "uuid",
                 "assistant.store.verify_log", "assistant.store.verify",
                 "assistant.ui.dialogs.crash_dialog", "assistant.ui.widgets.fit_table",
                 "socket", "importlib.resources", "html"}
    assert not not_first & first, sorted(not_first & first)
    # PySide makes a class's Python type, all its enumerations with it, when first touched:
    # not before the first paint the styles' (the system theme keeps the system's style
    # and asks its name later), those of the kinds of widget a page holds (the toolbars'
    # buttons are found after the paint), the actions' and shortcuts' (the menus' entries
    # and the pages' actions come after it), nor the icons' (the sidebar's entries and the
    # overview's buttons are made without the constructors' overloads that take one), nor
    # the dialogs' and the jobs' (the first of them comes after it)
    not_made = {"QStyle", "QCommonStyle", "QTextDocument", "QAction", "QActionGroup",
                "QKeySequence", "QIcon", "QDialog", "QProgressDialog", "QCheckBox"}
    assert not not_made & set(result["types"]), sorted(not_made & set(result["types"]))
