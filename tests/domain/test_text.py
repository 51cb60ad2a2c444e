import pytest

from assistant.domain.text import check_text, describe_char, fold, forbidden_character, normalise


def test_fold_removes_case_and_accents_including_letters_without_combining_marks() -> None:
    assert fold("Łukasz") == "lukasz"
    assert fold("Ødegaard") == "odegaard"
    assert fold("Nguyễn") == "nguyen"
    assert fold("Straße") == "strasse"
    assert fold("Œuvre Æsop") == "oeuvre aesop"
    assert fold("ΑΘΗΝΑ") == fold("αθηνα")


def test_normalise_is_nfc_and_trimmed() -> None:
    decomposed = "Cafe\u0301 "
    assert normalise(decomposed) == "Café"


def test_forbidden_characters() -> None:
    assert forbidden_character("ok\ttext") == "\t"
    assert forbidden_character("ok\ttext", multiline=True) is None
    assert forbidden_character("a\x00b") == "\x00"
    assert forbidden_character("abc\u202edef") == "\u202e"
    assert forbidden_character("Zażółć gęślą jaźń") is None
    assert describe_char("\x00").startswith("U+0000")


def test_check_text_reports_length_and_characters() -> None:
    found = check_text("x" * 201, "name", max_length=200, required=True)
    assert [f.code for f in found] == ["too_long"]
    assert found[0].params == {"length": "201", "max": "200"}
    assert [f.code for f in check_text("  ", "name", max_length=200, required=True)] == [
        "required"
    ]


@pytest.mark.parametrize(("text", "joiners", "found"), [
    ("Nguyễn Παπαδόπουλος Łukasz", False, None),
    ("Mar\u00adtin", False, "\u00ad"),  # the soft hyphen, in Latin-1
    ("Nguy\u200bễn", False, "\u200b"),
    ("\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645", True, None),  # a joiner a name needs
    ("\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645", False, "\u200c"),
    ("x\u3164y", False, "\u3164"),  # a blank filler
    ("a\U0001f600b\U000e0001", False, "\U000e0001"),  # past the BMP: an emoji, a tag
    ("a\U0001d173", True, "\U0001d173"),
    ("é\U0001f600", False, None),
])
def test_invisible_character_finds_the_first_one(text: str, joiners: bool,
                                                 found: str | None) -> None:
    from assistant.domain.text import invisible_character, is_invisible

    assert invisible_character(text, allow_joiners=joiners) == found
    # the same as looking at each character
    assert found == next((c for c in text if is_invisible(c) and not (
        joiners and c in "\u200c\u200d")), None)
