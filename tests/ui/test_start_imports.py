"""What the window loads to start: the page shown, not the others; no PDF code.

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
from assistant.cli import main
code = main(["--smoke-test", sys.argv[1]])
print(json.dumps({"code": code, "modules": sorted(sys.modules)}))
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
