"""The seals of the people a CSV import adds: written by the bulk writer itself (not by the
trigger, one Python call back per person), the same bytes as the trigger's, and the trigger
back for every other write, whether the import commits, fails or corrects an identity."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from assistant.domain.consent import Identity
from assistant.domain.progress import drive
from assistant.exchange.consent_import import import_consents
from assistant.store import history
from assistant.store.dossier import Dossier, create_dossier
from assistant.store.ledger.bulk import bulk

CSV = ("email;reference_client;prenom;nom;telephone;finalite;statut;date;canal\r\n"
       "lea@fleurs.example;C-1;Léa;Martin;06 12 34 56 78;newsletter;oui;01/03/2026 10:00;"
       "magasin\r\n"
       ";C-2;Νίκος;Παπαδόπουλος;;newsletter;non;02/03/2026 10:00;site\r\n"
       "hugo@fleurs.example;;Hugo;;+33 6 00 00 00 01;sms;oui;03/03/2026 10:00;papier\r\n")


def _import(d: Dossier, folder: Path, text: str, name: str = "c.csv") -> None:
    source = folder / name
    source.write_text(text, encoding="utf-8")
    drive(import_consents(d, source))


def _seals(d: Dossier) -> dict[int, str]:
    return dict(d.conn.execute(
        "SELECT subject_id, lower(hex(seal)) FROM subject_seal").fetchall())


def test_an_import_seals_its_people_as_the_trigger_would(tmp_path: Path) -> None:
    with create_dossier(tmp_path / "a.rgpd") as d:
        _import(d, tmp_path, CSV)
        written = _seals(d)
        assert len(written) == 3
        assert history.check(d.conn).identities == []
        # the trigger seals each row again on an update that changes nothing: same seals
        with d.transaction():
            d.conn.execute("UPDATE subject SET updated_at = updated_at")
        assert _seals(d) == written


def test_people_written_after_an_import_are_sealed_by_the_trigger(tmp_path: Path) -> None:
    with create_dossier(tmp_path / "a.rgpd") as d:
        _import(d, tmp_path, CSV)
        added = d.consents.add_subject(Identity(email="zoe@fleurs.example"))
        assert added.id in _seals(d)
        assert history.check(d.conn).identities == []


def test_an_import_that_fails_leaves_the_trigger_sealing(tmp_path: Path) -> None:
    with create_dossier(tmp_path / "a.rgpd") as d:
        with pytest.raises(RuntimeError, match="finish"), bulk(
                d, recorded_by="", now=datetime.now(UTC), rows=10):
            pass  # finish() not run: refused, rolled back
        added = d.consents.add_subject(Identity(email="zoe@fleurs.example"))
        assert added.id in _seals(d)
        assert history.check(d.conn).identities == []


def test_an_identity_an_import_completes_is_sealed_again(tmp_path: Path) -> None:
    with create_dossier(tmp_path / "a.rgpd") as d:
        known = d.consents.add_subject(Identity(email="lea@fleurs.example"))
        before = _seals(d)[known.id]
        _import(d, tmp_path, CSV)  # gives Léa her reference, names and phone
        assert _seals(d)[known.id] != before
        assert history.check(d.conn).identities == []
        assert len(_seals(d)) == 3
