"""The schema step for the CNIL template's fields the register lacked: a dossier of an older
version gains them empty, and they are stored, undone and exchanged like the others."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from assistant.domain.findings import ValidationError
from assistant.domain.guide.model import Dpo, Pilot
from assistant.domain.processing import Processing
from assistant.domain.progress import drive
from assistant.store import migrations
from assistant.store.dossier import Dossier, open_dossier

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("dossier-v*.rgpd")),
                         ids=lambda p: p.stem)
def test_an_older_dossier_gains_the_fields_empty(fixture: Path, tmp_path: Path) -> None:
    path = tmp_path / "old.rgpd"
    shutil.copy(fixture, path)
    with open_dossier(path) as dossier:
        assert dossier.schema_version == migrations.CURRENT_VERSION
        assert all(p.data_subject_details == () for p in dossier.register.list())
        saved = dossier.guide.pilot()
        assert saved is not None and (saved[1].address, saved[1].city) == ("", "")


def test_precisions_per_category_of_people_round_trip(new_dossier: Dossier) -> None:
    p = new_dossier.register.create(Processing(
        "Clients", data_subjects=("customers", "Prospects"),
        data_subject_details=(("customers", " ceux du fichier de fidélité "),
                              ("Prospects", ""), ("gone", "dropped: not listed"))))
    assert p.data_subject_details == (("customers", "ceux du fichier de fidélité"),)
    again = new_dossier.register.get(int(p.id or 0))
    assert again is not None and again.subject_detail("customers") == \
        "ceux du fichier de fidélité"
    new_dossier.register.update(replace(again, data_subject_details=()))
    new_dossier.undo.undo()
    assert new_dossier.register.get(int(p.id or 0)).subject_detail("customers")  # type: ignore[union-attr]
    with pytest.raises(ValidationError):
        new_dossier.register.create(Processing("X", data_subjects=("a",),
                                               data_subject_details=(("a", "\x00"),)))


def test_the_dpo_postal_address_is_kept(new_dossier: Dossier) -> None:
    dpo = Dpo(designated=True, name="Martin Henri", address="1 rue de Rivoli",
              postcode="75001", city="Paris", country="France")
    new_dossier.guide.save_pilot(Pilot(name="Ana"), dpo)
    saved = new_dossier.guide.pilot()
    assert saved is not None and saved[1] == dpo


def test_both_go_through_the_json_interchange(new_dossier: Dossier, tmp_path: Path) -> None:
    from assistant.exchange.json_dossier import export_json, import_json

    new_dossier.guide.save_pilot(Pilot(name="Ana"), Dpo(designated=True, name="M. Henri",
                                                        address="2 quai", city="Lyon"))
    new_dossier.register.create(Processing("Paie", data_subjects=("employees",),
                                           data_subject_details=(("employees", "CDI"),)))
    first = tmp_path / "a.json"
    drive(export_json(new_dossier, first))
    doc = json.loads(first.read_text(encoding="utf-8"))
    assert doc["processing"][0]["data_subject_details"] == {"employees": "CDI"}
    drive(import_json(first, tmp_path / "b.rgpd"))
    with open_dossier(tmp_path / "b.rgpd", read_only=True) as copy:
        second = tmp_path / "b.json"
        drive(export_json(copy, second))
    a = json.loads(first.read_text(encoding="utf-8"))
    b = json.loads(second.read_text(encoding="utf-8"))
    a.pop("exported_at"), b.pop("exported_at")
    assert a == b
