"""The part of a large import worked out on the second core: the same values as the writer
works out itself, an import through the helper as sound as one without, and the writer
doing it all itself when the file is small or the helper fails."""

from __future__ import annotations

import marshal
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.domain.consent import identity_hash_of
from assistant.domain.progress import drive
from assistant.exchange.consent_import import import_consents
from assistant.store import history
from assistant.store.dossier import create_dossier
from assistant.store.ledger import prepare as prepare_module
from assistant.store.ledger.people import uids_and_salts
from assistant.store.ledger.prepare import prepare, prepared
from assistant.store.verify import verify_dossier

ROWS = [
    (2, "Lea@Fleurs.example", "C-1", "Léa", "Martin-Dubois", "06 12 34 56 78", 1, "granted",
     "2026-03-01T10:00:00.000000Z", "in_store", "", None, "r:C-1", "", 0),
    (3, "", "C-2", "Νίκος", "Παπαδόπουλος", "", 1, "refused", "2026-03-02T10:00:00.000000Z",
     "web", "", None, "r:C-2", "", 0),
    (4, "hugo@fleurs.example", "", "", "Ødegaard", "+33 6 00 00 00 01", 2, "granted",
     "2026-03-03T10:00:00.000000Z", "paper", "", None, "e:hugo@fleurs.example", "", 1),
]


def _comparable(values: list[tuple[object, ...]]) -> list[tuple[object, ...]]:
    """Without the random uid and salt, with the identity hash checked against the salt
    instead, and the search words in order (the index has no positions: they come in any
    order, a set's, which differs from one process to another)."""
    out = []
    for row, pre in zip(ROWS * 2, values, strict=True):
        assert pre[3] == identity_hash_of(pre[2], *row[1:6])  # type: ignore[arg-type]
        out.append((pre[0], sorted(str(pre[4]).split()), *pre[5:]))
    return out


def test_the_helper_gives_what_the_writer_works_out(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(prepare_module, "PROCESS_MIN_ROWS", 1)
    chunks = [marshal.dumps(ROWS), marshal.dumps(ROWS)]
    got = list(prepared(chunks, 6))
    assert [rows for rows, _ in got] == [ROWS, ROWS]
    assert all(answer is not None for _, answer in got)
    helper = [pre for _, answer in got for pre in answer or []]
    itself = prepare(ROWS * 2, uids_and_salts())
    assert _comparable(helper) == _comparable(itself)
    assert len({pre[1] for pre in helper}) == 6  # a new uid each time


def test_a_small_file_starts_no_process(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse() -> None:
        raise AssertionError("no helper for a small file")

    monkeypatch.setattr(prepare_module, "_start", refuse)
    assert list(prepared([marshal.dumps(ROWS)], 3)) == [(ROWS, None)]


def test_the_writer_does_it_itself_when_the_helper_fails(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(prepare_module, "PROCESS_MIN_ROWS", 1)
    # a "helper" that ends at once, without answering
    monkeypatch.setattr(prepare_module, "_start", lambda: subprocess.Popen(
        [sys.executable, "-c", "pass"], stdin=subprocess.PIPE, stdout=subprocess.PIPE))
    got = list(prepared([marshal.dumps(ROWS)] * 3, 9))
    assert got == [(ROWS, None)] * 3


def test_an_import_through_the_helper_is_sound(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(prepare_module, "PROCESS_MIN_ROWS", 1)
    monkeypatch.setattr("assistant.exchange.consent_import_files.BATCH", 7)  # several chunks
    started = []
    start = prepare_module._start
    monkeypatch.setattr(prepare_module, "_start", lambda: started.append(1) or start())
    lines = ["email;reference_client;prenom;nom;telephone;finalite;statut;date;canal"]
    lines += [f"p{i}@fleurs.example;C-{i};Zoé;Nguyễn{i};06 12 34 56 {i:02d};newsletter;oui;"
              f"0{1 + i % 9}/03/2026 10:00;magasin" for i in range(40)]
    source = tmp_path / "c.csv"
    source.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    with create_dossier(tmp_path / "a.rgpd") as d:
        report = drive(import_consents(d, source))
        assert (report.events_added, report.subjects_added) == (40, 40)
        assert history.check(d.conn).identities == []
        assert len(d.consents.search("nguyen12")) == 1
    assert started == [1]
    verified = drive(verify_dossier(tmp_path / "a.rgpd"))
    assert verified.sound, verified.problems
