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
