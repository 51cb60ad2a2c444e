from __future__ import annotations

from pathlib import Path

from assistant.store.dossier import open_dossier
from assistant.ui.models.processing_table_model import ProcessingFilterModel, ProcessingTableModel


def test_processing_model_passes_the_model_tester(qtmodeltester, english, demo_file: Path) -> None:  # type: ignore[no-untyped-def]
    with open_dossier(demo_file, read_only=True) as dossier:
        rows = dossier.register.list()
    model = ProcessingTableModel()
    model.set_rows(rows)
    qtmodeltester.check(model)
    proxy = ProcessingFilterModel()
    proxy.setSourceModel(model)
    proxy.set_search("client")
    qtmodeltester.check(proxy)
    assert 0 < proxy.rowCount() < model.rowCount()
