"""French (and English) that a reader does not stop at, scanned in every catalogue: the UI's
(the French translations and their English sources) and the content's messages.

- A count meets its noun through plural forms (``tr(text, "", n)`` with ``%n`` and two
  French forms), never "(s)", and never a number put in front of a plural noun by a
  ``%1`` that could be 1 ("1 events", "1 traitements").
- French contracts "de le" into "du", "à le" into "au" (and their plurals).
- French puts a space before ":" (a no-break one, U+00A0 or U+202F, or an ordinary one).
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from assistant.domain.text import contract_fr
from assistant.paths import resources_dir
from assistant.ui.i18n import ts_path
from tests.ui.test_translations import live, messages, translation_texts

COUNT_S = re.compile(r"\(s\)|\(x\)|\(es\)")
# a placeholder that may stand for a count, directly before a plural noun
NUMBER_BEFORE_PLURAL = re.compile(
    r"(?<!of the )(?<!of )(?<!des )(?<!sur )(?<!/)"  # a total ("of the 9 items") is no count
    r"(?:%\d|\{(?:count|n|number|total|events|people|rows|points|done|incomplete)\})"
    r"\s+(?:[a-zàâçéèêëîïôûù'’-]+\s+)?"
    r"(?:events|processing activities|traitements|événements|personnes|people|tasks|"
    r"tâches|points|rows|lignes|actions|requests|demandes|consents|consentements|"
    r"criteria|critères|dossiers|files|fichiers|items|éléments)\b", re.IGNORECASE)
# "de le" before a noun ("de le dernier contact"); before a verb "le" is a pronoun and right
# ("de le remettre", "de les garder")
BAD_FRENCH = re.compile(r"\b(?:de le|de les|à le|à les)\s+(?!\w+(?:er|ir|re|oir)\b)"
                        r"|\b(?:de le|à le) (?:dernier|premier)\b", re.IGNORECASE)
COLON_WITHOUT_SPACE = re.compile(r"[^\s\u00a0\u202f%:/\d(]:(?:\s|$)")
FRENCH = ("fr",)


def _ui_texts() -> list[tuple[str, str, str, bool]]:
    """(where, English source, French translation, has plural forms) of the UI."""
    out = []
    for context, source, message in messages(ts_path("fr")):
        if not live(message):
            continue
        numerus = message.get("numerus") == "yes"
        for text in translation_texts(message):
            out.append((context, source, text, numerus))
    return out


def _content_texts(lang: str) -> list[tuple[str, str]]:
    """(file:key, text) of every message of the content files of ``lang``."""
    out = []
    folder = resources_dir() / "content" / lang
    for path in sorted(folder.glob("*.toml")):
        with path.open("rb") as handle:
            data = tomllib.load(handle)

        def walk(value: object, key: str, path: Path = path) -> None:
            if isinstance(value, str):
                out.append((f"{path.name}:{key}", value))
            elif isinstance(value, dict):
                for k, v in value.items():
                    walk(v, f"{key}.{k}" if key else k)
            elif isinstance(value, list):
                for i, v in enumerate(value):
                    walk(v, f"{key}[{i}]")

        walk(data, "")
    return out


def test_no_count_without_plural_forms_in_the_ui() -> None:
    problems = []
    for context, source, text, numerus in _ui_texts():
        for label, words in (("English", source), ("French", text)):
            # a counted English source is an identifier: assistant_en.ts gives its forms
            if COUNT_S.search(words) and not (numerus and label == "English"):
                problems.append(f"{context}: {label} {words!r} uses (s): use tr(..., n)")
            if not numerus and NUMBER_BEFORE_PLURAL.search(words):
                problems.append(f"{context}: {label} {words!r}: a count before a plural "
                                "noun without plural forms")
    assert not problems, "\n".join(problems)


def test_french_plural_forms_agree() -> None:
    """The singular form of a French plural message has no plural noun after its count."""
    problems = []
    for context, source, message in messages(ts_path("fr")):
        if not live(message) or message.get("numerus") != "yes":
            continue
        forms = translation_texts(message)
        if len(forms) != 2:
            problems.append(f"{context}: {source!r} needs two French forms")
            continue
        if forms[0] == forms[1] and re.search(r"%n \w+s\b", forms[0]):
            problems.append(f"{context}: {source!r}: the singular is {forms[0]!r}")
    assert not problems, "\n".join(problems)


# counts that are never one: a DPIA is required from two criteria, an ambiguous person is
# two people or more, Art. 28(3) has nine items
NEVER_ONE = {"pdf.dpia_required", "rules.dpia_required.detail",
             "findings.proof_person_ambiguous", "pdf.contract_complete"}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_no_count_without_plural_forms_in_the_content(lang: str) -> None:
    """A content message with a count has its singular beside it (``key_one``, a rule's
    ``detail_one``), which :meth:`Messages.get` and the reports pick for one."""
    texts = _content_texts(lang)
    keys = {where.split(":", 1)[1] for where, _t in texts}
    problems = []
    for where, text in texts:
        key = where.split(":", 1)[1]
        if COUNT_S.search(text):
            problems.append(f"{where}: {text!r} uses (s)")
        elif NUMBER_BEFORE_PLURAL.search(text) and key not in NEVER_ONE \
                and not key.endswith("_one") and f"{key}_one" not in keys:
            problems.append(f"{where}: {text!r} has no singular ({key}_one)")
    assert not problems, "\n".join(problems)


def test_french_contracts_de_le_and_a_le() -> None:
    problems = [f"{c}: {t!r}" for c, _s, t, _n in _ui_texts() if BAD_FRENCH.search(t)]
    problems += [f"{w}: {t!r}" for w, t in _content_texts("fr") if BAD_FRENCH.search(t)]
    assert not problems, "\n".join(problems)


def test_french_puts_a_space_before_a_colon() -> None:
    problems = [f"{c}: {t!r}" for c, _s, t, _n in _ui_texts()
                if COLON_WITHOUT_SPACE.search(t.replace("://", ""))]
    problems += [f"{w}: {t!r}" for w, t in _content_texts("fr")
                 if COLON_WITHOUT_SPACE.search(t.replace("://", ""))]
    assert not problems, "\n".join(problems)


SPACE_BEFORE_MARK = re.compile(r"\S [?!](?:[\s»)]|$)")


def test_french_holds_a_question_mark_to_its_word() -> None:
    """A no-break space before "?" and "!": a line never starts with one of them."""
    problems = [f"{c}: {t!r}" for c, _s, t, _n in _ui_texts() if SPACE_BEFORE_MARK.search(t)]
    problems += [f"{w}: {t!r}" for w, t in _content_texts("fr")
                 if SPACE_BEFORE_MARK.search(t)]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(("text", "contracted"), [
    ("à compter de le dernier contact", "à compter du dernier contact"),
    ("à compter de la collecte", "à compter de la collecte"),
    ("de les salariés, à le départ, à les clients", "des salariés, au départ, aux clients"),
    ("De le début", "Du début"),
    ("à compter de l'enregistrement", "à compter de l'enregistrement"),
])
def test_contract_fr(text: str, contracted: str) -> None:
    assert contract_fr(text) == contracted


def test_the_template_dialog_says_du_dernier_contact(qtbot) -> None:  # type: ignore[no-untyped-def]
    from assistant.ui.dialogs.template_dialog import TemplateDialog
    from assistant.ui.i18n import install_translations

    install_translations("fr")
    try:
        dialog = TemplateDialog()
        qtbot.addWidget(dialog)
        texts = []
        for row in range(dialog.list.count()):
            dialog.list.setCurrentRow(row)
            texts.append(dialog.details.toPlainText())
        joined = "\n".join(texts)
        assert "de le " not in joined and "du dernier contact" in joined
        assert re.search(r"\S:", joined.replace("://", "")) is None  # "identification : 5 ans"
    finally:
        install_translations("en")


def test_the_scan_sees_a_bad_string() -> None:
    """The patterns catch what a reader stopped at (so that the tests above can fail)."""
    assert NUMBER_BEFORE_PLURAL.search("Registre : %1 événements")
    assert NUMBER_BEFORE_PLURAL.search("Examinés : %1 traitements sur %2")
    assert NUMBER_BEFORE_PLURAL.search("Ledger: %1 events")
    assert COUNT_S.search("%n request(s)")
    assert BAD_FRENCH.search("à compter de le dernier contact")
    assert COLON_WITHOUT_SPACE.search("FideliCaisse SAS: indiquez")
    assert not COLON_WITHOUT_SPACE.search("Registre : 3 événements (https://cnil.fr)")


_ = FRENCH, Path
