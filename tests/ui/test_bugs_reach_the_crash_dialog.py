"""A bug in a store call (an UPDATE of a column that is not there) reaches the crash
dialog: it is never told to the user as a storage problem."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest


def break_organisation_updates(path: Path) -> None:
    """The dossier's organisation row can no longer be updated: a trigger names a column
    the table does not have (as a schema step out of step with the code would)."""
    conn = sqlite3.connect(path)
    conn.execute("CREATE TRIGGER broken BEFORE UPDATE ON organisation BEGIN "
                 "UPDATE organisation SET no_such_column = 1 WHERE 0; END")
    conn.commit()
    conn.close()


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[BaseException]:
    """What the user was shown as an error of theirs or of the computer's."""
    from assistant.ui import errors

    shown: list[BaseException] = []
    monkeypatch.setattr(errors, "show_error", lambda _p, _t, exc: shown.append(exc))
    from assistant.ui import session

    monkeypatch.setattr(session, "show_error", lambda _p, _t, exc: shown.append(exc))
    return shown


def test_an_action_s_bug_goes_to_the_crash_dialog(window, demo_copy: Path,  # type: ignore[no-untyped-def]
                                                  told: list[BaseException]) -> None:
    break_organisation_updates(demo_copy)
    assert window.open_path(demo_copy)
    dossier = window.session.dossier
    org = dossier.organisation.get()
    with pytest.raises(sqlite3.OperationalError, match="no such column"):  # to excepthook
        window.session.perform(window, "Organisation", lambda: dossier.organisation.save(org))
    assert told == []
    assert dossier.organisation.get() == org  # rolled back
