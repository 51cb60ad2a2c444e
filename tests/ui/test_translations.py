"""French must be complete: every UI string translated, with the source's placeholders."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from assistant.ui.i18n import compiled_qm, ts_path

ROOT = Path(__file__).resolve().parents[2]
PLACEHOLDER = re.compile(r"%(?:L?\d+|n)")


def messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    out = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out.append((name, message.findtext("source") or "", message))
    return out


def live(message: ET.Element) -> bool:
    translation = message.find("translation")
    return translation is None or translation.get("type") not in ("obsolete", "vanished")


def translation_texts(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    if translation is None:
        return []
    forms = [f.text or "" for f in translation.iter("numerusform")]
    return forms or [translation.text or ""]


def test_every_french_message_is_translated_with_its_placeholders() -> None:
    problems = []
    found = [m for m in messages(ts_path("fr")) if live(m[2])]
    assert len(found) > 100
    for context, source, message in found:
        translation = message.find("translation")
        texts = translation_texts(message)
        if translation is None or translation.get("type") == "unfinished" or not all(texts):
            problems.append(f"{context}: untranslated: {source!r}")
            continue
        wanted = set(PLACEHOLDER.findall(source))
        if message.get("numerus") == "yes":
            wanted.discard("%n")  # a singular form may spell out "one"
        for text in texts:
            if not wanted <= set(PLACEHOLDER.findall(text)):
                problems.append(f"{context}: {source!r} -> {text!r} drops a placeholder")
        if source.count("&") == 1 and any(t.count("&") != 1 for t in texts):
            problems.append(f"{context}: {source!r} -> {texts!r}: keyboard accelerator lost")
    assert problems == []


@pytest.mark.skipif(shutil.which("true") is None, reason="no shell tools")
def test_no_ui_string_is_missing_from_the_catalogue(tmp_path: Path) -> None:
    """Extract the strings again from the code: nothing new may be untranslated."""
    import PySide6

    lupdate = Path(PySide6.__file__).parent / "lupdate"
    if not lupdate.exists():
        pytest.skip("lupdate is not shipped with this PySide6")
    copy = tmp_path / "assistant_fr.ts"
    shutil.copy(ts_path("fr"), copy)
    sources = sorted(str(p) for p in (ROOT / "assistant").rglob("*.py"))
    result = subprocess.run([str(lupdate), "-silent", "-locations", "none", *sources,
                             "-ts", str(copy)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    missing = [f"{c}: {s!r}" for c, s, m in messages(copy)
               if live(m) and (m.find("translation") is None
                               or m.find("translation").get("type") == "unfinished")]
    assert missing == [], "run pyside6-lupdate (see README) and translate these"
    # Strings the catalogue translates but the code no longer shows through tr()/translate()
    # (for example a context lupdate cannot read): they would silently stay in English.
    before = {(c, s) for c, s, m in messages(ts_path("fr")) if live(m)}
    after = {(c, s) for c, s, m in messages(copy) if live(m)}
    assert sorted(before - after) == [], "these are no longer extracted from the code"


def test_the_catalogue_compiles_and_translates(qapp) -> None:  # type: ignore[no-untyped-def]
    qm = compiled_qm("fr")
    assert qm is not None and qm.exists()
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("MainWindow", "&File") == "&Fichier"
        assert QCoreApplication.translate("Guide", "Postponed") == "Reportée"
    finally:
        QCoreApplication.removeTranslator(translator)


def test_english_says_its_counts_in_the_singular_and_the_plural(tmp_path: Path) -> None:
    """English shows its sources, except for plural forms: ``assistant_en.ts`` gives each
    counted message (``tr(text, "", n)``) its two forms, so "%n request(s)" reads "1 request"
    and "2 requests". Extracted again from the code: none may be missing."""
    import PySide6

    counted = {(c, s) for c, s, m in messages(ts_path("fr"))
               if live(m) and m.get("numerus") == "yes"}
    lupdate = Path(PySide6.__file__).parent / "lupdate"
    copy = tmp_path / "assistant_en.ts"
    shutil.copy(ts_path("en"), copy)
    if lupdate.exists():
        sources = sorted(str(p) for p in (ROOT / "assistant").rglob("*.py"))
        result = subprocess.run([str(lupdate), "-silent", "-locations", "none", "-pluralonly",
                                 *sources, "-ts", str(copy)], capture_output=True, text=True,
                                timeout=120)
        assert result.returncode == 0, result.stderr
    problems = []
    english = {(c, s): m for c, s, m in messages(copy) if live(m)}
    for key in sorted(counted):
        message = english.get(key)
        forms = translation_texts(message) if message is not None else []
        if len(forms) != 2 or not all(forms) or any("(s)" in f or "(es)" in f for f in forms):
            problems.append(f"{key[0]}: {key[1]!r} -> {forms}")
    assert not problems, ("give these their English forms in assistant_en.ts "
                          "(lupdate -pluralonly, see README):\n" + "\n".join(problems))
