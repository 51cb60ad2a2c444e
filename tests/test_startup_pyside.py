"""The start's quicker answer to PySide6's question about each imported module (does its
source name PySide6?) is PySide's own answer, for every module the window loads."""

from __future__ import annotations

import json
import os
import subprocess
import sys

SCRIPT = """
import json, sys
import PySide6.QtWidgets
feature = sys.modules["shibokensupport.feature"]
slow = feature._mod_uses_pyside
from assistant.app import quicken_pyside_import_check
quicken_pyside_import_check()
quick = feature._mod_uses_pyside
quicken_pyside_import_check()  # once only
import assistant.ui.main_window, assistant.ui.pages.overview_page, assistant.content.guide
modules = [m for m in list(sys.modules.values()) if getattr(m, "__file__", None)]
print(json.dumps({"again": feature._mod_uses_pyside is quick, "replaced": quick is not slow,
                  "differ": [m.__name__ for m in modules if quick(m) != slow(m)],
                  "ours": sum(quick(m) for m in modules if m.__name__.startswith("assistant.ui")),
                  "checked": len(modules)}))
"""


def test_the_quicker_check_answers_as_pyside_does() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True,
                          text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.splitlines()[-1])
    assert result["replaced"] and result["again"]
    assert result["differ"] == []
    assert result["ours"] > 10 and result["checked"] > 100  # it did look at the window's
