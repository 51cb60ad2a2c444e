"""The letter model: cleaned text, the items it covers, and its plain-text forms."""

from __future__ import annotations

from assistant.domain.letter import (
    EMAIL,
    Bullets,
    Letter,
    Para,
    Party,
    Signature,
    TextOptions,
    Title,
    clean,
    plain_text,
)


def sample(**changes: object) -> Letter:
    base = dict(
        lang="fr", sender=Party("Fleurs de Zoé", ("3 place Bellecour", "69002 Lyon")),
        recipient=Party("Jan Kowalski", ("j.kowalski@poczta.example",)),
        place_date="Lyon, le 3 mars 2026", subject="Votre demande d'accès",
        salutation="Monsieur,",
        body=(Para("Premier paragraphe."), Title("Finalités", ("purposes",)),
              Bullets(("Fidélité", "Lettre d'information\nune fois par mois"), ("purposes",)),
              Para("Sources.", ("source",))),
        closing="Salutations distinguées.", signature=Signature("Zoé Martin", "Gérante"),
        subject_label="Objet :", references=(("Notre référence :", "D-004"),),
        enclosures=("Copie de vos données",), enclosures_label="Pièces jointes :")
    base.update(changes)
    return Letter(**base)  # type: ignore[arg-type]


def test_clean_keeps_line_breaks_and_drops_controls() -> None:
    assert clean("a\r\nb\rc\td\x00e\x1b") == "a\nb\nc    de"
    assert clean("e\u0301") == "é"  # NFC


def test_covered_gathers_every_block() -> None:
    assert sample().covered() == {"purposes", "source"}


def test_plain_text_of_a_whole_letter() -> None:
    text = plain_text(sample())
    lines = text.splitlines()
    assert lines[:3] == ["Fleurs de Zoé", "3 place Bellecour", "69002 Lyon"]
    assert "Jan Kowalski" in lines and "Lyon, le 3 mars 2026" in lines
    assert "Notre référence : D-004" in lines
    assert "Objet : Votre demande d'accès" in lines
    assert "– Lettre d'information" in lines and "  une fois par mois" in lines
    assert lines[-3:] == ["", "Pièces jointes :", "– Copie de vos données"]
    assert text.endswith("\n") and not text.endswith("\n\n")


def test_email_text_is_the_body_only() -> None:
    text = plain_text(sample(), EMAIL)
    assert text.startswith("Monsieur,\n\nPremier paragraphe.")
    assert "Objet" not in text and "3 place Bellecour" not in text
    assert "Zoé Martin\nGérante" in text


def test_wrapping_keeps_every_word() -> None:
    long = "mot " * 60
    text = plain_text(sample(body=(Para(long.strip()),)), TextOptions(width=40))
    assert max(len(x) for x in text.splitlines()) <= 40
    assert text.count("mot") == 60


def test_cleaned_letter_reaches_every_text() -> None:
    dirty = sample(subject="Objet\x07", body=(Bullets(("a\tb",)),),
                   signature=Signature("Zo\u0065\u0301", "r\x00"))
    clean_letter = dirty.cleaned()
    assert clean_letter.subject == "Objet"
    assert clean_letter.body == (Bullets(("a    b",)),)
    assert clean_letter.signature == Signature("Zoé", "r")
