from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta, timezone

import pytest

from assistant.domain.consent import (
    GENESIS,
    DateProblem,
    EventKind,
    Identity,
    add_months,
    canonical,
    event_hash,
    parse_channel,
    parse_status,
    parse_when,
    search_keys,
    search_terms,
    valid_email,
)

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
PARIS = timezone(timedelta(hours=1))


def fields(**over: object) -> list[object]:
    base: dict[str, object] = dict(seq=1, prev=GENESIS, subject="a" * 32, ihash="b" * 64,
                                   purpose="newsletter", kind="granted",
                                   occurred="2025-01-01T10:00:00.000000Z",
                                   recorded="2025-01-01T10:00:01.000000Z", channel="web",
                                   detail="", version="", sha="", evidence="", by="",
                                   source="", line=None)
    base.update(over)
    return list(base.values())


def test_canonical_form_is_fixed_and_documented() -> None:
    data = canonical(fields())
    assert data.startswith(b"rgpd-consent/1\x1f1\x1f" + GENESIS.encode())
    assert data.count(b"\x1f") == 16
    # a known value: changing the canonical form must be a new scheme, never silent
    assert event_hash(fields()) == event_hash(fields())
    assert event_hash(fields()) != event_hash(fields(evidence="x"))
    assert event_hash(fields()) != event_hash(fields(seq=2))


def test_a_separator_inside_a_field_is_refused() -> None:
    with pytest.raises(ValueError):
        canonical(fields(evidence="a\x1fb"))


@pytest.mark.parametrize("text,expected", [
    ("2025-03-31", "2025-03-30T23:00:00+00:00"),
    ("31/03/2025", "2025-03-30T23:00:00+00:00"),
    ("31/03/2025 14:30", "2025-03-31T13:30:00+00:00"),
    ("2025-03-31T14:30:00Z", "2025-03-31T14:30:00+00:00"),
    ("2025-03-31T14:30:00+02:00", "2025-03-31T12:30:00+00:00"),
    ("1/2/2025", "2025-01-31T23:00:00+00:00"),
])
def test_dates_of_the_contract(text: str, expected: str) -> None:
    moment, problem = parse_when(text, now=NOW, local_zone=PARIS)
    assert problem is None and moment is not None
    assert moment.isoformat() == expected


@pytest.mark.parametrize("text,problem", [
    ("31/02/2025", DateProblem.IMPOSSIBLE), ("2025-02-30", DateProblem.IMPOSSIBLE),
    ("2025-13-01", DateProblem.IMPOSSIBLE), ("yesterday", DateProblem.FORMAT),
    ("02/31/2025", DateProblem.IMPOSSIBLE), ("2027-01-01", DateProblem.FUTURE),
    ("01/01/1900", DateProblem.TOO_OLD), ("", DateProblem.FORMAT),
])
def test_bad_dates(text: str, problem: DateProblem) -> None:
    assert parse_when(text, now=NOW, local_zone=PARIS) == (None, problem)


@pytest.mark.parametrize("text,kind", [
    ("granted", EventKind.GRANTED), ("Accordé", EventKind.GRANTED), ("OUI", EventKind.GRANTED),
    ("yes", EventKind.GRANTED), ("1", EventKind.GRANTED), ("withdrawn", EventKind.WITHDRAWN),
    ("retiré", EventKind.WITHDRAWN), ("non", EventKind.WITHDRAWN), ("0", EventKind.WITHDRAWN),
    ("maybe", None), ("", None),
])
def test_statuses(text: str, kind: EventKind | None) -> None:
    assert parse_status(text) == kind


def test_channels_keep_unknown_values_as_other() -> None:
    assert parse_channel("Magasin") == ("in_store", "")
    assert parse_channel("site") == ("web", "")
    assert parse_channel("Téléphone") == ("phone", "")
    assert parse_channel("salon du chocolat") == ("other", "salon du chocolat")
    assert parse_channel("") == ("other", "")


def test_search_folds_letters_without_combining_marks() -> None:
    keys = search_keys(Identity("l.k@example.org", "C-12", "Łukasz", "Ødegaard-Nguyễn",
                                "+33 6 12 34 56 78"))
    assert {"lukasz", "odegaard", "nguyen", "c-12", "l.k@example.org", "33612345678",
            "0612345678"} <= keys
    assert search_terms("  ŁUKASZ  odegaard ") == ["odegaard", "lukasz"]
    assert search_terms("06 12") == ["0612"]
    assert search_terms("+33 6.12") == ["33612"]
    assert search_terms("anne 06") == ["anne", "06"]


def test_email_check() -> None:
    assert valid_email("a.b+c@example.org")
    for bad in ("bad", "a@b", "a@@b.org", "a b@example.org", "a@example.org;x@y.org"):
        assert not valid_email(bad), bad


def test_add_months_clamps_to_the_month_end() -> None:
    assert add_months(datetime(2025, 1, 31, tzinfo=UTC), 1).day == 28
    assert add_months(datetime(2025, 3, 15, tzinfo=UTC), -36).year == 2022


def test_scheme_1_events_hash_as_they_always_did() -> None:
    """The canonical form of scheme 1 is frozen: an event hashed before refusals and
    unknown dates existed gives the same bytes today."""
    from assistant.domain.consent import canonical, event_fields, event_hash

    values = event_fields(1, seq=1, prev_hash="0" * 64, subject_uid="a" * 32,
                          identity_hash="b" * 64, purpose="newsletter", kind="granted",
                          occurred_at="2024-01-01T10:00:00.000000Z", date_unknown=False,
                          recorded_at="2024-01-01T10:00:01.000000Z", channel="web",
                          channel_detail="", notice_version="", notice_sha256="",
                          evidence="", recorded_by="", source_sha256="", source_line=None)
    expected = "\x1f".join(["rgpd-consent/1", "1", "0" * 64, "a" * 32, "b" * 64, "newsletter",
                            "granted", "2024-01-01T10:00:00.000000Z",
                            "2024-01-01T10:00:01.000000Z", "web", "", "", "", "", "", "",
                            ""]).encode()
    assert canonical(values, scheme=1) == canonical(values) == expected
    assert event_hash(values) == hashlib.sha256(expected).hexdigest()
    two = event_fields(2, **{**dict(zip(
        ("seq", "prev_hash", "subject_uid", "identity_hash", "purpose", "kind", "occurred_at"),
        values[:7], strict=True)), "date_unknown": True, "recorded_at": values[7],
        "channel": "web", "channel_detail": "", "notice_version": "", "notice_sha256": "",
        "evidence": "", "recorded_by": "", "source_sha256": "", "source_line": None})
    assert canonical(two).split(b"\x1f")[0] == b"rgpd-consent/2"
    assert canonical(two).split(b"\x1f")[8] == b"1"
    with pytest.raises(ValueError):
        event_fields(1, **{**dict(zip(
            ("seq", "prev_hash", "subject_uid", "identity_hash", "purpose", "kind",
             "occurred_at"), values[:7], strict=True)), "kind": "refused",
            "date_unknown": False, "recorded_at": "", "channel": "", "channel_detail": "",
            "notice_version": "", "notice_sha256": "", "evidence": "", "recorded_by": "",
            "source_sha256": "", "source_line": None})


@pytest.mark.parametrize(("current", "new", "unknown", "wins"), [
    (None, "granted", True, True),
    ("granted", "withdrawn", False, True),
    ("granted", "refused", False, False),  # a refusal ends no consent
    ("withdrawn", "refused", False, True),
    ("refused", "granted", False, True),
    ("refused", "granted", True, False),  # a "yes" of unknown date may be older
    ("withdrawn", "granted", True, False),
    ("granted", "withdrawn", True, True),
    ("erased", "granted", False, False),
])
def test_which_event_becomes_the_current_state(current: str | None, new: str, unknown: bool,
                                                wins: bool) -> None:
    from assistant.domain.consent import supersedes

    assert supersedes(current, new, new_date_unknown=unknown) is wins
