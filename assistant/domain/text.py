"""Checks and normalisation shared by every piece of user text."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Bidirectional embedding/override/isolate controls: they can make text display in an order
# other than the one stored (the "Trojan Source" trick), so user text may not carry them.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")

NAME_MAX = 200
SHORT_MAX = 500
LONG_MAX = 20_000


def normalise(text: str) -> str:
    """NFC form with surrounding whitespace removed (what the dossier stores)."""
    return unicodedata.normalize("NFC", text).strip()


# Zero-width joiner and non-joiner: invisible, but part of how some names are spelt
# (Persian, Indic scripts).
JOINERS = frozenset("\u200c\u200d")
# Letters and symbols that draw nothing although Unicode does not class them as formats.
BLANK_FILLERS = frozenset("\u115f\u1160\u3164\uffa0\u2800\u034f\u180e")


def nfc(text: str) -> str:
    """``text`` in NFC (ASCII, the usual case, is returned as it is, at no cost)."""
    if text.isascii():
        return text
    return unicodedata.normalize("NFC", text)


def is_invisible(char: str) -> bool:
    """A character that draws nothing: a format character (zero-width space, byte-order
    mark, word joiner, soft hyphen, bidi marks...), or a blank filler letter."""
    return unicodedata.category(char) == "Cf" or char in BLANK_FILLERS


def invisible_character(text: str, *, allow_joiners: bool = False) -> str | None:
    """The first invisible character of ``text`` (see :func:`is_invisible`), or None."""
    if text.isascii():
        return None
    # one regular expression instead of a Python call per character (a million imported
    # names); it also stops at any character past the BMP, checked here one by one
    for found in _invisible_pattern(allow_joiners).finditer(text):
        char = found.group()
        if char <= "\uffff" or is_invisible(char):
            return char
    return None


@lru_cache(maxsize=2)
def _invisible_pattern(allow_joiners: bool) -> re.Pattern[str]:
    """The invisible characters of the BMP (less the joiners when allowed), and every
    character past it."""
    chars = [c for c in _bmp_invisible() if not (allow_joiners and c in JOINERS)]
    return re.compile("[" + "".join(re.escape(c) for c in chars) + "\U00010000-\U0010ffff]")


@lru_cache(maxsize=1)
def _bmp_invisible() -> tuple[str, ...]:
    """Every invisible character of the BMP, from this Python's Unicode data (about 20 ms,
    once, at the first text that is not ASCII)."""
    return tuple(sorted({chr(c) for c in range(0x10000) if is_invisible(chr(c))}))


def is_blank(text: str) -> bool:
    """Nothing a reader would see: empty, spaces, or invisible characters only."""
    return all(c.isspace() or is_invisible(c) for c in text)


def forbidden_character(text: str, *, multiline: bool = False) -> str | None:
    """The first character user text may not hold, or None.

    Control characters (NUL included) and bidi controls are refused; newlines and tabs
    are allowed in multi-line fields only. A one-line field (a name, a reference) also
    refuses invisible characters (zero-width space, byte-order mark...) but the joiners
    some spellings need: they make look-alikes. Long texts keep them (pasted prose has
    soft hyphens).
    """
    allowed = {"\n", "\t", "\r"} if multiline else set()
    for char in text:
        if char in allowed:
            continue
        if char in BIDI_CONTROLS:
            return char
        if unicodedata.category(char) in ("Cc", "Cs"):  # Cs: half a surrogate pair,
            return char  # which no file can store as text
        if not multiline and char not in JOINERS and is_invisible(char):
            return char
    return None


def describe_char(char: str) -> str:
    """``U+0000 (NULL)``: how a refused character is named in a message."""
    name = unicodedata.name(char, "")
    if not name and unicodedata.category(char) == "Cc":
        name = "control character"
    return f"U+{ord(char):04X} ({name})" if name else f"U+{ord(char):04X}"


def fold(text: str) -> str:
    """Lower-case, accent-free form for search: ``Łukasz`` -> ``lukasz``, ``Ø`` -> ``o``.

    NFKD strips combining accents; a few Latin letters carry no combining mark
    (ł, ø, đ, ß, æ, œ, ı, þ) and are mapped by hand.
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return stripped.translate(_EXTRA_FOLDS)


# Latin letters with no combining accent to drop (NFKD leaves them whole): mapped by hand
_PLAIN_LETTERS = {
    "ł": "l",
    "ø": "o",
    "đ": "d",
    "ð": "d",
    "ħ": "h",
    "ı": "i",
    "ŀ": "l",
    "ŧ": "t",
    "þ": "th",
    "æ": "ae",
    "œ": "oe",
    "ß": "ss",
}
_EXTRA_FOLDS = str.maketrans(_PLAIN_LETTERS)
_PLAIN_LATIN = str.maketrans({
    **_PLAIN_LETTERS,
    **{upper: plain.capitalize() for letter, plain in _PLAIN_LETTERS.items()
       if len(upper := letter.upper()) == 1 and upper != letter},
})


def plain_latin(text: str) -> str:
    """Latin letters without their accents, in their case; other scripts as they are
    (``Łódź`` -> ``Lodz``, ``Ζωή`` and ``й`` keep theirs): for file names."""
    kept: list[str] = []
    for char in unicodedata.normalize("NFKD", text):
        if unicodedata.combining(char) and kept and kept[-1].isascii():
            continue
        kept.append(char)
    return unicodedata.normalize("NFC", "".join(kept)).translate(_PLAIN_LATIN)


def check_text(
    value: str, field: str, *, max_length: int, multiline: bool = False, required: bool = False
) -> list:
    """Blocking findings for one text field (length, refused characters, emptiness)."""
    from assistant.domain.findings import Finding, Severity

    found: list[Finding] = []
    if required and is_blank(value):
        found.append(Finding("required", field, Severity.ERROR))
    if len(value) > max_length:
        found.append(
            Finding(
                "too_long",
                field,
                Severity.ERROR,
                {"length": str(len(value)), "max": str(max_length)},
            )
        )
    bad = forbidden_character(value, multiline=multiline)
    if bad is not None:
        # an invisible one is named so: the user cannot see what to remove
        code = "invisible_character" if is_invisible(bad) and bad not in BIDI_CONTROLS \
            else "forbidden_character"
        found.append(Finding(code, field, Severity.ERROR, {"char": describe_char(bad)}))
    return found


_FRENCH_CONTRACTIONS = [
    (re.compile(r"\b([Dd])e les\b"), lambda m: f"{m.group(1)}es"),
    (re.compile(r"\b([Dd])e le\b"), lambda m: f"{m.group(1)}u"),
    (re.compile(r"(?<!\w)([àÀ]) les\b"), lambda m: "aux" if m.group(1) == "à" else "Aux"),
    (re.compile(r"(?<!\w)([àÀ]) le\b"), lambda m: "au" if m.group(1) == "à" else "Au"),
]


def contract_fr(text: str) -> str:
    """French grammar where words are put together: "de le" is "du", "de les" "des", "à le"
    "au", "à les" "aux" ("à compter de" + "le dernier contact")."""
    for pattern, replacement in _FRENCH_CONTRACTIONS:
        text = pattern.sub(replacement, text)
    return text
