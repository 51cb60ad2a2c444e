"""Translations: Qt Linguist ``.ts`` sources in ``resources/translations``, compiled to ``.qm``
on first run (into the cache folder, keyed by the source's hash) or shipped pre-built in a
bundle. Qt's own ``qtbase_<lang>.qm`` is loaded too, so standard buttons speak French."""

from __future__ import annotations

import hashlib
import logging
import shutil
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from assistant.content.catalog import Lang
from assistant.paths import cache_dir, resources_dir
from assistant.store import held
from assistant.store.errors import DossierError
from assistant.ui.user_locale import user_locale
from assistant.windowed import NO_CONSOLE

log = logging.getLogger(__name__)

_installed: list[QTranslator] = []
_current: Lang = "fr"


def current_lang() -> Lang:
    """The language of the UI and of the content it shows."""
    return _current


def ts_path(lang: Lang) -> Path:
    return resources_dir() / "translations" / f"assistant_{lang}.ts"


def lrelease_command() -> list[str] | None:
    """How to run Qt's lrelease here: PySide6 ships it beside its modules."""
    import PySide6

    exe = "lrelease.exe" if sys.platform == "win32" else "lrelease"
    bundled = Path(PySide6.__file__).parent / exe
    if bundled.exists():
        return [str(bundled)]
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    return [found] if found else None


def compiled_qm(lang: Lang) -> Path | None:
    """The ``.qm`` for ``lang``: pre-built beside the source, or compiled into the cache."""
    source = ts_path(lang)
    prebuilt = source.with_suffix(".qm")
    if prebuilt.exists():
        return prebuilt
    if not source.exists():
        return None
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    target = cache_dir() / "translations" / f"assistant_{lang}-{digest}.qm"
    if target.exists():
        return target
    command = lrelease_command()
    if command is None:
        log.warning("lrelease not found: the interface stays in English")
        return None
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(".tmp")
    import subprocess  # only when the catalogue changed: not at every start

    result = subprocess.run(
        [*command, "-silent", str(source), "-qm", str(tmp)],
        capture_output=True, text=True, check=False,
        creationflags=NO_CONSOLE,  # no console window flashing over the app on Windows
    )
    if result.returncode != 0 or not tmp.exists():
        log.warning("lrelease failed (%s): %s", result.returncode, result.stderr.strip())
        held.discard(tmp)
        return None
    try:
        held.replace(tmp, target)
    except (OSError, DossierError):  # another instance compiled it meanwhile and holds it
        log.warning("could not put %s in place", target.name, exc_info=True)
        held.discard(tmp)
        return target if target.exists() else None
    return target


def install_translations(lang: Lang) -> None:
    """Load the app's and Qt's translations for ``lang`` and set the default locale."""
    global _current
    app = QCoreApplication.instance()
    for translator in _installed:
        if app is not None:
            app.removeTranslator(translator)
    _installed.clear()
    _current = lang
    QLocale.setDefault(user_locale(lang))  # the user's date formats, in the app's language
    if app is None:
        return
    if lang != "en":  # Qt's own words are English already
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt_translator = QTranslator(app)
        if qt_translator.load(f"qtbase_{lang}", qt_dir):
            app.installTranslator(qt_translator)
            _installed.append(qt_translator)
    # English: the sources are English, and assistant_en.ts holds only their plural forms
    # ("%n request(s)" -> "1 request", "2 requests"), as Qt Linguist makes them
    qm = compiled_qm(lang)
    if qm is not None:
        translator = QTranslator(app)
        if translator.load(str(qm)):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            log.warning("could not load %s", qm)


def short_date_pattern() -> str:
    """The date format of every date the window shows: the user's locale's short one with
    the full year (a register needs 2026, not 26)."""
    pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``QCoreApplication.translate`` under a short name that lupdate also recognises; for
    strings outside a QObject's methods."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def first_translation(contexts: tuple[str, ...], text: str, disambiguation: str | None = None,
                      n: int = -1) -> str:
    """``text`` as the first of ``contexts`` that holds it translates it (for a class whose
    words are filed under several class names), else the source with its count filled in."""
    missing = QCoreApplication.translate("\x00", text, disambiguation, n)
    for context in contexts:
        found = QCoreApplication.translate(context, text, disambiguation, n)
        if found != missing:
            return found
    return missing
