"""The full-text index of the people's words during a bulk write: filled without merging its
segments, its options (which FTS5 keeps in the file) left exactly as they were whether the
write commits or fails; and the words it is given, each cut to 100 characters."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from assistant.domain.consent import fold, search_keys_folded, search_keys_of
from assistant.domain.progress import drive
from assistant.exchange.consent_import import CsvRowsRefused, import_consents
from assistant.store.dossier import Dossier
from assistant.store.ledger.bulk import Row, bulk

NOW = datetime(2026, 3, 1, 10, 5, tzinfo=UTC)
HEADER = "courriel;reference_client;prenom;nom;finalite;statut;date;canal\r\n"


def _options(d: Dossier) -> list[tuple[object, ...]]:
    return d.conn.execute("SELECT k, v FROM subject_search_config ORDER BY k").fetchall()


def _csv(path: Path, rows: list[str]) -> Path:
    path.write_text(HEADER + "".join(r + "\r\n" for r in rows), encoding="utf-8")
    return path


def _people(count: int, ref: str = "C") -> list[str]:
    return [f"client{i}@x.example;{ref}-{i};Łukasz;Ødegaard{i};newsletter;oui;"
            f"01/03/2026 10:00;magasin" for i in range(count)]


def test_the_options_are_the_same_after_an_import_and_the_index_is_sound(
        new_dossier: Dossier, tmp_path: Path) -> None:
    before = _options(new_dossier)
    assert [k for k, _ in before] == ["version"]
    during: list[tuple[object, ...]] = []
    with bulk(new_dossier, recorded_by="Lise", now=NOW, rows=1) as writer:
        during = _options(new_dossier)
        writer.start_part("ab" * 32, "a.csv", None, 1)
        purpose = new_dossier.consents.purpose_by_code("newsletter")
        assert purpose is not None
        writer.write([tuple(Row(2, "a@x.example", "", "Léa", "Martin", "", int(purpose.id or 0),
                                "granted", "2026-03-01T10:00:00.000000Z", "in_store", "", None,
                                "e:a@x.example", "", 0))])
        drive(writer.finish(0))
    assert ("automerge", 0) in during and ("crisismerge", 64) in during
    assert _options(new_dossier) == before
    drive(import_consents(new_dossier, _csv(tmp_path / "a.csv", _people(300))))
    assert _options(new_dossier) == before
    new_dossier.conn.execute("INSERT INTO subject_search (subject_search) "
                             "VALUES ('integrity-check')")
    assert len(new_dossier.consents.search("lukasz odegaard12")) == 11  # 12, 120..129
    assert new_dossier.consents.search("c-299") != []


def test_an_option_set_before_is_kept(new_dossier: Dossier, tmp_path: Path) -> None:
    new_dossier.conn.execute("INSERT INTO subject_search (subject_search, rank) "
                             "VALUES ('automerge', 8)")
    before = _options(new_dossier)
    drive(import_consents(new_dossier, _csv(tmp_path / "a.csv", _people(20))))
    assert _options(new_dossier) == before == [("automerge", 8), ("version", 4)]


def test_a_refused_write_leaves_the_options_and_the_index_as_they_were(
        new_dossier: Dossier, tmp_path: Path) -> None:
    drive(import_consents(new_dossier, _csv(tmp_path / "a.csv", _people(20))))
    before = _options(new_dossier)
    found = new_dossier.consents.search("lukasz")
    # the same emails with other references: refused while writing, after the index was
    # given the new people of the file's first rows
    rows = [f"new{i}@x.example;N-{i};Noël;Faure;newsletter;oui;01/03/2026 10:00;magasin"
            for i in range(30)] + _people(20, ref="D")
    with pytest.raises(CsvRowsRefused):
        drive(import_consents(new_dossier, _csv(tmp_path / "b.csv", rows)))
    assert _options(new_dossier) == before
    assert new_dossier.consents.search("lukasz") == found
    assert new_dossier.consents.search("noel") == []
    # and the next import is as sound
    drive(import_consents(new_dossier, _csv(tmp_path / "c.csv", rows[:30])))
    assert _options(new_dossier) == before
    assert len(new_dossier.consents.search("noel faure")) == 30
    new_dossier.conn.execute("INSERT INTO subject_search (subject_search) "
                             "VALUES ('integrity-check')")


def _reference(email: str, ref: str, first: str, last: str, phone: str) -> set[str]:
    """The words as they were made before they were cut where they come from: the whole
    set, then every word cut to 100 when one was longer."""
    import re

    from assistant.domain.consent import phone_digits

    keys = set(re.split(r"[\s\-'’.,_]+", fold(first)))
    keys.update(re.split(r"[\s\-'’.,_]+", fold(last)))
    keys.update(k for k in (fold(email), fold(ref)) if k)
    digits = phone_digits(phone)
    if digits:
        keys.add(digits)
        if digits.startswith("33") and len(digits) == 11:
            keys.add("0" + digits[2:])
    keys.discard("")
    return {k[:100] for k in keys} if keys and max(map(len, keys)) > 100 else keys


@pytest.mark.parametrize("identity", [
    ("a@x.example", "C-1", "Łukasz", "Ødegaard-Nguyễn", "+33 6 12 34 56 78"),
    ("x" * 150 + "@x.example", "R" * 120, "Anne" * 30, "Straße " + "ß" * 60, "06" * 60),
    ("", "", "", "", ""),
    ("", "", "'", "-", "abc"),
    ("ﬁ" * 70 + "@x.example", "", "ǅ" * 101, "D'Arc", "0033612345678"),
])
def test_search_words_are_those_of_the_whole_set_cut(
        identity: tuple[str, str, str, str, str]) -> None:
    email, ref, first, last, phone = identity
    assert search_keys_of(*identity) == _reference(*identity)
    assert search_keys_folded(fold(email), fold(ref), first, last, phone) == \
        _reference(*identity)
