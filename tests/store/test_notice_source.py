"""Reading from a dossier what a notice is drawn from."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.domain.findings import ValidationError
from assistant.domain.processing import ProcessingStatus
from assistant.store.dossier import open_dossier
from assistant.store.notice_source import read_notice_source


def test_every_processing_not_archived_by_default(demo_copy: Path) -> None:
    with open_dossier(demo_copy) as dossier:
        first = dossier.register.list()[0]
        dossier.register.set_status([first.id], ProcessingStatus.ARCHIVED)
        source = read_notice_source(dossier)
        assert first.id not in {p.id for p in source.processings}
        assert len(source.processings) == len(dossier.register.list()) - 1
        assert source.organisation.legal_name == "Au Pain Doré SARL"
        assert source.pilot is not None and source.pilot.name == "Camille Martin"
        assert source.dpo is not None and not source.dpo.designated
        assert source.processors and source.screenings


def test_chosen_processing_in_the_order_given(demo_file: Path) -> None:
    with open_dossier(demo_file, read_only=True) as dossier:
        ids = [p.id for p in dossier.register.list()][:3]
        source = read_notice_source(dossier, [ids[2], ids[0], ids[2]])
        assert [p.id for p in source.processings] == [ids[2], ids[0]]


def test_an_unknown_processing_is_refused_by_its_number(demo_file: Path) -> None:
    with open_dossier(demo_file, read_only=True) as dossier, \
            pytest.raises(ValidationError) as caught:
        read_notice_source(dossier, [1, 999])
    assert [f.params["value"] for f in caught.value.findings] == ["999"]


def test_the_tools_the_dossier_shows_are_named_where_transfers_are_asked(
        demo_copy: Path) -> None:
    """A newsletter tool or a web shop is often outside the EEA: a notice that asks whether
    data leaves it names the ones the dossier shows the shop uses."""
    from dataclasses import replace

    from assistant.content.notices import notice_facts
    from assistant.store.suppression_repo import record_export, record_import_from

    with open_dossier(demo_copy) as dossier:
        assert read_notice_source(dossier).tools == {}
        linked = {p.code: p.processing_id for p in dossier.consents.purposes()}
        newsletter = linked["newsletter"]
        assert newsletter is not None
        record_import_from(dossier, "shopify")
        record_export(dossier, "mailchimp", "newsletter")
        tools = read_notice_source(dossier).tools
        assert tools[newsletter] == ("Mailchimp", "Shopify")
        p = dossier.register.get(newsletter)
        assert p is not None and p.no_transfer_confirmed  # the demo's owner checked it
        again = dossier.register.update(replace(p, no_transfer_confirmed=False))
        assert not again.no_transfer_confirmed
        assert dossier.register.get(newsletter) == again
        fact = notice_facts(read_notice_source(dossier, [newsletter]), "fr").get(
            "transfers", newsletter)
        assert fact is not None and fact.is_gap
        assert "vous utilisez Mailchimp, Shopify" in fact.gap_marker
