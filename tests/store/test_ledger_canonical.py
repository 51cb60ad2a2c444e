"""One known event gives one known hash, whichever way it reaches the ledger: typed in, at
the till, from a CSV file, from a JSON dossier. Each hash is also the SHA-256 of the
canonical line written out here by hand, as DESIGN.md documents it, and verify (which
recomputes it in SQL) finds the chain sound."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from pathlib import Path

import pytest

from assistant.domain.consent import EventKind, Identity, identity_hash
from assistant.domain.progress import drive
from assistant.store.consent_repo import Choice
from assistant.store.dossier import Dossier, create_dossier, open_dossier
from assistant.store.verify import verify_dossier

UID = "0123456789abcdef0123456789abcdef"
SALT = bytes(range(16))
LEA = Identity(email="lea@fleurs.example", first_name="Léa", last_name="Martin")
OCCURRED = "2026-03-01T10:00:00.000000Z"
RECORDED = "2026-03-01T10:05:00.000000Z"
IDENTITY_HASH = hashlib.sha256(
    SALT + "\x1f".join(("rgpd-identity/1", "lea@fleurs.example", "", "Léa", "Martin", "")
                       ).encode()).hexdigest()
# The first event of a ledger: Léa consents to the newsletter, in the shop, typed by Lise.
TYPED_LINE = "\x1f".join((
    "rgpd-consent/2", "1", "0" * 64, UID, IDENTITY_HASH, "newsletter", "granted", OCCURRED,
    "0", RECORDED, "in_store", "", "", "", "", "Lise", "", ""))
TYPED_HASH = "7619f018f6e94104555c517f4623d6f675ddaf8837d51b9bbf609c6a1282c96b"
CSV = ("email;prenom;nom;finalite;statut;date;canal\r\n"
       "lea@fleurs.example;Léa;Martin;newsletter;oui;01/03/2026 10:00;magasin\r\n").encode()
# The same from a CSV file, imported at RECORDED by Lise: the file's SHA-256 and line too.
CSV_LINE = "\x1f".join((
    "rgpd-consent/2", "1", "0" * 64, UID, IDENTITY_HASH, "newsletter", "granted", OCCURRED,
    "0", RECORDED, "in_store", "", "", "", "", "Lise", hashlib.sha256(CSV).hexdigest(), "2"))
CSV_HASH = "f8367d32c57aec68b6238f83895a3668aac65ae30c144fdcd7735468d9d6d63f"


def test_the_written_out_lines_are_the_pinned_hashes() -> None:
    assert identity_hash(SALT, LEA) == IDENTITY_HASH
    assert hashlib.sha256(TYPED_LINE.encode()).hexdigest() == TYPED_HASH
    assert hashlib.sha256(CSV_LINE.encode()).hexdigest() == CSV_HASH


@pytest.fixture
def fixed_people(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every new person gets UID and SALT (they are random otherwise)."""
    monkeypatch.setattr("assistant.store.consent_repo.new_uid", lambda: UID)
    monkeypatch.setattr("assistant.store.consent_repo.new_salt", lambda: SALT)
    monkeypatch.setattr("assistant.store.ledger.bulk.uids_and_salts",
                        lambda: iter([(UID, SALT)]))


def _head(path: Path) -> str:
    report = drive(verify_dossier(path))
    assert report.sound, report.problems
    with open_dossier(path, read_only=True) as d:
        head = d.consents.chain_head()
    assert head.count == 1
    return head.hash


def _newsletter(d: Dossier) -> int:
    purpose = d.consents.purpose_by_code("newsletter")
    assert purpose is not None
    return int(purpose.id or 0)


def test_typed_in(tmp_path: Path, fixed_people: None) -> None:
    with create_dossier(tmp_path / "a.rgpd") as d:
        lea = d.consents.add_subject(LEA)
        event = d.consents.record(lea.id, _newsletter(d), EventKind.GRANTED,
                                  occurred_at=OCCURRED, recorded_at=RECORDED,
                                  recorded_by="Lise")
        assert event.hash == TYPED_HASH
    assert _head(tmp_path / "a.rgpd") == TYPED_HASH


def test_at_the_till(tmp_path: Path, fixed_people: None) -> None:
    from assistant.store.consent_people import record_for

    with create_dossier(tmp_path / "a.rgpd") as d:
        _, created, events = record_for(d, LEA, [Choice(_newsletter(d), EventKind.GRANTED)],
                                        occurred_at=OCCURRED, recorded_at=RECORDED,
                                        recorded_by="Lise")
        assert created and [e.hash for e in events] == [TYPED_HASH]
    assert _head(tmp_path / "a.rgpd") == TYPED_HASH


def test_from_a_csv_file(tmp_path: Path, fixed_people: None,
                         monkeypatch: pytest.MonkeyPatch) -> None:
    from assistant.exchange.consent_import import import_consents

    monkeypatch.setattr("assistant.exchange.consent_import.utc_now",
                        lambda: datetime(2026, 3, 1, 10, 5, tzinfo=UTC))
    source = tmp_path / "consents.csv"
    source.write_bytes(CSV)
    with create_dossier(tmp_path / "a.rgpd") as d:
        report = drive(import_consents(d, source, recorded_by="Lise", zone=UTC))
        assert report.events_added == 1 and report.chain_head == CSV_HASH
    assert _head(tmp_path / "a.rgpd") == CSV_HASH


def test_from_a_json_dossier(tmp_path: Path, fixed_people: None) -> None:
    from assistant.exchange.json_dossier import export_json, import_json

    with create_dossier(tmp_path / "a.rgpd") as d:
        lea = d.consents.add_subject(LEA)
        d.consents.record(lea.id, _newsletter(d), EventKind.GRANTED, occurred_at=OCCURRED,
                          recorded_at=RECORDED, recorded_by="Lise")
        drive(export_json(d, tmp_path / "a.json"))
    drive(import_json(tmp_path / "a.json", tmp_path / "b.rgpd"))
    assert _head(tmp_path / "b.rgpd") == TYPED_HASH
