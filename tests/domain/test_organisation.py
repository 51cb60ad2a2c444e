import pytest

from assistant.domain.findings import Severity
from assistant.domain.organisation import Organisation, check_organisation, digits_only


def codes(org: Organisation, severity: Severity | None = None) -> set[str]:
    return {f.code for f in check_organisation(org.normalised())
            if severity is None or f.severity is severity}


def test_siren_and_siret_checks() -> None:
    base = Organisation(legal_name="Au Pain Doré SARL")
    assert "invalid_siren" in codes(Organisation(legal_name="x", siren="123"))
    assert "siren_checksum" in codes(Organisation(legal_name="x", siren="999888770"))
    assert "siret_checksum" in codes(Organisation(legal_name="x", siret="99988877900018"))
    assert "siret_siren_mismatch" in codes(
        Organisation(legal_name="x", siren="999888779", siret="73282932000074"))
    # La Poste's establishments share a SIREN whose SIRETs do not pass Luhn
    assert "invalid_siret" not in codes(Organisation(legal_name="x", siret="35600000000048"))
    assert not codes(Organisation(legal_name="x", siren="999 888 779",
                                  siret="999 888 779 00017"), Severity.ERROR)
    assert "required" in codes(Organisation(), Severity.ERROR)
    assert "missing_siren" in codes(base)


def test_digits_only_keeps_text_that_is_not_a_number() -> None:
    assert digits_only("999 888 779") == "999888779"
    assert digits_only("99988877a") == "99988877a"


def test_email_and_complete_organisation() -> None:
    assert "invalid_email" in codes(Organisation(legal_name="x", email="not-an-email"))
    complete = Organisation(
        legal_name="Au Pain Doré SARL", siren="999888779", address="18 rue des Capucins",
        postcode="69001", city="Lyon", representative_name="Camille Martin",
        email="contact@aupaindore.example")
    assert check_organisation(complete.normalised()) == []


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_siren_of_nine_digits_is_refused_for_its_check_digit(lang: str) -> None:
    """"123456789" has its 9 digits: the message says the check digit is wrong, not that
    9 digits are wanted."""
    from assistant.content.messages import messages

    found = [f for f in check_organisation(Organisation(legal_name="x", siren="123456789"))
             if f.severity is Severity.ERROR]
    assert [f.code for f in found] == ["siren_checksum"]
    text = messages(lang).finding(found[0])  # type: ignore[arg-type]
    assert "Luhn" in text and "9" not in text.replace("123456789", "")
    short = [f for f in check_organisation(Organisation(legal_name="x", siren="12345678"))
             if f.code == "invalid_siren"]
    assert "8" in messages(lang).finding(short[0])  # type: ignore[arg-type]


def test_vat_numbers_are_checked_and_must_carry_the_siren() -> None:
    base = dict(legal_name="x", siren="303265045")
    assert not codes(Organisation(**base, vat_number="fr 40 303 265 045"), Severity.ERROR)
    assert Organisation(vat_number="fr 40 303 265 045").normalised().vat_number == \
        "FR40303265045"
    assert "vat_checksum" in codes(Organisation(**base, vat_number="FR41303265045"))
    assert "invalid_vat" in codes(Organisation(**base, vat_number="FR12"))
    assert "vat_siren_mismatch" in codes(Organisation(legal_name="x", siren="999888779",
                                                      vat_number="FR40303265045"))
    assert not codes(Organisation(legal_name="x", vat_number="DE136695976"), Severity.ERROR)
