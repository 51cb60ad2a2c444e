"""What a CSV import writes is pinned to the byte: the same files, imported at the same
time with the same random draws, give the same chain head, the same events, the same seals
of the people and the same people's rows as the figures written here (taken from the
import as it was before its speed work). The bulk path is fast by doing the canonical form,
the identity hash, the seal and the search words its own way; this file says that its way
is still the one way.

Covered: the app's own layout into an empty ledger (new people, people repeated across the
write's chunks, names to fold, phones, refusals, dates unknown), the same kind of file again
into a ledger that has people (merged identities, events already recorded), and two tools'
exports (people found by email, phone or the tool's id)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from assistant.domain.progress import drive
from assistant.exchange.consent_import import import_consents
from assistant.store.dossier import create_dossier, open_dossier
from assistant.store.verify import verify_dossier

FIXTURES = Path(__file__).parent / "fixtures" / "consent_layouts"
PARIS = ZoneInfo("Europe/Paris")
FIRST = ["Camille", "Léa", "Łukasz", "Chloé", "Hugo", "Noël", "Zoé", "Jérôme", "Νίκος",
         "Văn An", "Anne-Marie", "", "Jean Pierre"]
LAST = ["Martin", "Ødegaard", "Nguyễn", "Kowalski", "Bœuf", "Παπαδόπουλος", "D'Arc",
        "Wiśniewska", "", "Le Gall"]
PURPOSES = ["newsletter", "sms", "partners", "loyalty"]
CHANNELS = ["magasin", "site", "papier", "courriel", "téléphone"]


def _draws() -> Iterator[tuple[str, bytes]]:
    """The people's uids and salts, the same at every run (random otherwise)."""
    n = 0
    while True:
        n += 1
        block = hashlib.sha256(n.to_bytes(8, "big")).digest()
        yield block[:16].hex(), block[16:]


@pytest.fixture
def fixed(monkeypatch: pytest.MonkeyPatch) -> None:
    draws = _draws()
    monkeypatch.setattr("assistant.store.ledger.bulk.uids_and_salts", lambda: draws)
    # people forgotten by the write's memory between chunks, and found again in the file
    monkeypatch.setattr("assistant.store.ledger.bulk.RECENT_MAX", 500)
    # small chunks: the write's chunks of a small file
    monkeypatch.setattr("assistant.exchange.consent_import_files.BATCH", 700)
    times = iter([datetime(2026, 3, 1, 9, 30, 15, 123456, tzinfo=UTC),
                  datetime(2026, 4, 2, 17, 5, 0, 1, tzinfo=UTC),
                  datetime(2026, 4, 3, 8, 0, 0, tzinfo=UTC),
                  datetime(2026, 4, 4, 8, 0, 0, tzinfo=UTC)])
    monkeypatch.setattr("assistant.exchange.consent_import.utc_now", lambda: next(times))


def _own_lines(rows: int, shift: int, *, more: bool = False) -> list[str]:
    """The app's own layout: some people on several rows (also far apart, beyond a chunk
    of the write), some with a reference only, an email only, or a phone; ``more``: the
    people's phones when they had none (their identity then grows)."""
    lines = []
    for i in range(rows):
        p = (i * 7 + shift) % (rows * 2 // 3)
        email = f"Client.{p}@Courriel.example" if p % 5 else ""
        ref = f"C-{p:05d}" if p % 3 else ""
        if not email and not ref:
            ref = f"R{p}"
        phone = f"06 {p % 100:02d} {(p // 100) % 100:02d} 11 22" if p % 4 == 0 else (
            f"07 {p % 100:02d} {(p // 100) % 100:02d} 33 44" if more else "")
        status = ("non", "oui", "retiré", "oui")[i % 4] if i % 9 else "refusé"
        unknown = "oui" if i % 13 == 0 and status == "oui" else ""
        date = "" if unknown or i % 997 == 0 else \
            f"{1 + i % 28:02d}/{1 + i % 12:02d}/2025 {i % 24:02d}:{i % 60:02d}"
        lines.append(f"{email};{ref};{FIRST[p % len(FIRST)]};{LAST[p % len(LAST)]};{phone};"
                     f"{PURPOSES[i % 4]};{status};{date};{CHANNELS[i % 5]};{unknown}")
    return lines


def _write_csv(path: Path, lines: list[str]) -> None:
    header = "courriel;reference_client;prenom;nom;telephone;finalite;statut;date;canal;" \
             "date_inconnue"
    path.write_text("\r\n".join([header, *lines]) + "\r\n", encoding="utf-8")


def _digest(path: Path) -> dict[str, str | int]:
    """The chain head, and a SHA-256 of every event, every seal and every person's row."""
    with open_dossier(path, read_only=True) as d:
        conn = d.conn
        head = d.consents.chain_head()

        def sha(sql: str) -> str:
            h = hashlib.sha256()
            for row in conn.execute(sql):
                h.update(repr(tuple(row)).encode())
            return h.hexdigest()

        return {
            "head": head.hash, "events": head.count,
            "event_rows": sha("SELECT * FROM consent_event_text ORDER BY seq"),
            "seals": sha("SELECT subject_id, seal FROM subject_seal ORDER BY subject_id"),
            "people": sha("SELECT * FROM subject_text ORDER BY id"),
            "statuses": sha("SELECT * FROM consent_status ORDER BY subject_id, purpose_id"),
            "search": sha("SELECT rowid FROM subject_search WHERE subject_search MATCH "
                          "'\"le\"* OR \"06\"* OR \"c-0001\"* OR \"lukasz\" OR \"odegaard\"' "
                          "ORDER BY rowid"),
        }


PINNED = {
    "own": {
        "head": "a032c5a900c71bd5ff82596192e2b72c5f0bfc3c2b4f454fd17066daabc0a427",
        "events": 2996,
        "event_rows": "455d9a4fcddcaf98c61968f0a79d2bd3f297a116c86f80c9a3e4ccb6913a706c",
        "seals": "ee74d636542f3bdddafa1694972a7c80848531965708befe8facb73db0a9fe91",
        "people": "9a1088c4169c168c345db068d02765055d2d6a6d224a52fc15de0a0c41ec17c4",
        "statuses": "17e6fa941eaaf695b7dd2d878979f546e5b3cbd1e192fd7d5638397045698f1c",
        "search": "08d71feaeeca74f83b771e0b1d5a7d24036371bacd46e5e1a38c60b6d1ebc917",
    },
    "own_again": {
        "head": "869fab0b50813a16658d094fabf6eef02589ea0b1fb2db988756a8bb61da80f1",
        "events": 3789,
        "event_rows": "9cdfde7a7341069dc7c89feba7af3635c33344a051798ba4069e4fcbad86a55d",
        "seals": "ddbe22a0f8d2e92a2efda1ffefddee572bdd86b484ff237b9e0dc32ec0da8e75",
        "people": "1caa3f315b810b0e1b7a0178c6cb61c1e0e903f0d25221710c3ea4ffed6f0463",
        "statuses": "962e8898cc73218890617e774115677043c7b0b2c374a84a9388877cfa60b636",
        "search": "08d71feaeeca74f83b771e0b1d5a7d24036371bacd46e5e1a38c60b6d1ebc917",
    },
    "tools": {
        "head": "2b587e89f179e348d37ee749bdb265a1ec9d6759b41be50440c8b194a5458c8a",
        "events": 3797,
        "event_rows": "a2a80cc71450f0b0910ad6d195034854f39a1ff1aeb6ba8be787ed6ccde4edea",
        "seals": "a6578791e65e68cf65a9f9119e3b64a3e989b91ca510934a7b108bebaf5d2582",
        "people": "677220507c297c11dd3631a538ecd2debf95cec0b9f0ccd283f8cceefa6886ef",
        "statuses": "2864d31378fec745d94ee298b828ee6f50f883b71ed7772af7f0b07ee8cf8589",
        "search": "20b41f9a6e9d437a0ac26b0b479466f1a250edd6cd5fd202180cd8fc2ace522f",
    },
}


def test_an_import_writes_the_pinned_bytes(tmp_path: Path, fixed: None) -> None:
    """About 2 s: four imports and a verify, the least that crosses the write's chunks."""
    dossier = tmp_path / "shop.rgpd"
    create_dossier(dossier).close()
    first, second = tmp_path / "first.csv", tmp_path / "second.csv"
    # five chunks of the write, people found again across them
    _write_csv(first, _own_lines(3_000, 0))
    # events already recorded, people whose identity grows, new people
    _write_csv(second, _own_lines(3_000, 0)[::4] + _own_lines(800, 5, more=True))
    found = {}
    with open_dossier(dossier) as d:
        report = drive(import_consents(d, first, skip_invalid=True, recorded_by="Lise",
                                       zone=PARIS))
        assert report.events_added > 2_900
    found["own"] = _digest(dossier)
    with open_dossier(dossier) as d:
        report = drive(import_consents(d, second, skip_invalid=True, recorded_by="Lise",
                                       zone=PARIS))
        assert report.unchanged > 0
    found["own_again"] = _digest(dossier)
    with open_dossier(dossier) as d:
        for name in ("shopify-customers_export.csv", "brevo-contacts.csv"):
            drive(import_consents(d, FIXTURES / name, skip_invalid=True, zone=PARIS))
    found["tools"] = _digest(dossier)
    assert drive(verify_dossier(dossier)).sound
    assert found == PINNED
