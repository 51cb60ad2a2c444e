"""Dates in the user's own format: the system's regional settings, in the app's language."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale

from assistant.ui.models.clock_text import format_date
from assistant.ui.user_locale import user_locale


@pytest.fixture
def default_locale():  # type: ignore[no-untyped-def]
    before = QLocale()
    yield
    QLocale.setDefault(before)


@pytest.mark.parametrize("system,lang,expected", [
    ("fr_FR", "fr", "03/05/2027"),
    ("fr_FR", "en", "03/05/2027"),  # English words, France's order: not 5/3/2027
    ("de_DE", "en", "03/05/2027"),
    ("en_US", "en", "5/3/2027"),  # an American's own settings stay theirs
    ("fr_CA", "fr", "2027-05-03"),  # Quebec writes ISO dates
    ("en_GB", "fr", "03/05/2027"),
])
def test_dates_follow_the_user_s_region(system: str, lang: str, expected: str,
                                        default_locale: None) -> None:
    QLocale.setDefault(user_locale(lang, QLocale(system)))  # type: ignore[arg-type]
    assert format_date(date(2027, 5, 3)) == expected


def test_the_system_locale_is_kept_with_its_custom_formats() -> None:
    """On Windows QLocale.system() carries the user's custom short date (yyyy-MM-dd...):
    it is used as it is when the languages agree."""
    system = QLocale("fr_BE")
    assert user_locale("fr", system) is system
    assert user_locale("en", system).name() == "en_BE"
