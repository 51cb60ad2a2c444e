"""The locale the window formats dates, times and numbers with: the user's own.

On Windows the user's regional settings (Settings › Time & language › Region, or a custom
short date such as ``yyyy-MM-dd``) reach Qt as ``QLocale.system()``; on Linux the
``LC_TIME``/``LANG`` variables do. When the app speaks the system's language, that locale
is used as it is, custom formats included. When the user chose the other language (English
on a French PC), the dates keep the country's order: English words with France's
``dd/MM/yyyy`` (``en_FR``), never the United States' ``M/d/yy`` that ``QLocale("en")``
would give.

Every date of the window goes through ``QLocale()`` (the default set here) and a short
format with the full year (``ui.models.clock_text.format_date``, ``ui.guide_texts``, the
date fields).
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

from assistant.content.catalog import Lang

_LANGUAGES = {"fr": QLocale.Language.French, "en": QLocale.Language.English}


def user_locale(lang: Lang, system: QLocale | None = None) -> QLocale:
    """The locale for an interface in ``lang`` on a system whose locale is ``system``
    (``QLocale.system()`` when not given)."""
    system = system if system is not None else QLocale.system()
    language = _LANGUAGES.get(lang, QLocale.Language.French)
    if system.language() in (QLocale.Language.C, QLocale.Language.AnyLanguage):
        # no regional settings at all (a bare "C" system): France for French, Europe's
        # English (en_150, day first) for English, never the United States' M/d/yy
        territory = QLocale.Country.France if lang == "fr" else QLocale.Country.Europe
        return QLocale(language, territory)
    if system.language() == language:
        return system  # the user's own settings, custom formats included
    return QLocale(language, system.territory())


__all__ = ["user_locale"]
