"""PySide6 6.12.0 on Python < 3.12 drops a reference to None each time Qt hands back an empty
QVariant; after a few thousand calls the interpreter aborts at exit ("none_dealloc"). The
dependency pins keep that combination out; this test catches it if it ever comes back."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def test_empty_qvariants_do_not_eat_references_to_none() -> None:
    script = textwrap.dedent("""
        import sys
        from PySide6.QtCore import QObject
        o = QObject()
        before = sys.getrefcount(None)
        for _ in range(2000):
            o.property("missing")
        lost = before - sys.getrefcount(None)
        print(lost)
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.strip()) < 100, "PySide6 loses references to None"
