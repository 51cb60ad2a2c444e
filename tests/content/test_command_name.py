"""What the app tells a user to type names the command a user has: ``rgpd-assistant-cli``
(installed by the package, and in the bundle), never ``python -m assistant``, which works
only from the source tree."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = [*sorted((ROOT / "resources" / "help").rglob("*.md")),
           *sorted((ROOT / "resources" / "content").rglob("*.toml")),
           *sorted((ROOT / "resources" / "translations").glob("*.ts"))]
SOURCE_ONLY = re.compile(r"python3? -m assistant")


def test_no_shipped_text_names_the_source_trees_command() -> None:
    assert SHIPPED
    found = [f"{p.relative_to(ROOT)}:{n}" for p in SHIPPED
             for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
             if SOURCE_ONLY.search(line)]
    assert not found, found


def test_the_command_named_is_the_installed_one() -> None:
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["scripts"]
    assert "rgpd-assistant-cli" in scripts
    named = {m for p in SHIPPED for m in re.findall(r"rgpd-assistant[-\w]*(?= verify| export)",
                                                    p.read_text(encoding="utf-8"))}
    assert named == {"rgpd-assistant-cli"}
