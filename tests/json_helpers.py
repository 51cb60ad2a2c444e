"""Helpers of the JSON interchange tests: export a dossier and read the document back; import
a document that must be refused, and check that nothing was written."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from assistant.domain.progress import drive
from assistant.exchange.errors import JsonRefused
from assistant.exchange.json_dossier import export_json, import_json
from assistant.store.dossier import open_dossier
from tests.conftest import folder_state


def export(path: Path, target: Path) -> dict[str, Any]:
    with open_dossier(path, read_only=True) as dossier:
        drive(export_json(dossier, target))
    return json.loads(target.read_text(encoding="utf-8"))


def refused(tmp_path: Path, doc: dict[str, Any]) -> JsonRefused:
    source = tmp_path / "in.json"
    source.write_text(json.dumps(doc), encoding="utf-8")
    before = folder_state(tmp_path)
    with pytest.raises(JsonRefused) as caught:
        drive(import_json(source, tmp_path / "out.rgpd"))
    assert folder_state(tmp_path) == before, "a refused import must write nothing"
    return caught.value
