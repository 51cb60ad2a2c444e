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


def test_dates_in_english_show_the_whole_year(english) -> None:  # type: ignore[no-untyped-def]
    from assistant.ui.guide_texts import format_date, moment_date
    from assistant.ui.models.processing_table_model import format_timestamp

    assert "2029" in format_date("2029-02-16")
    assert "2029" in moment_date("2029-02-16T10:31:00.000000Z")
    assert "2029" in format_timestamp("2029-02-16T10:31:00.000000Z")
