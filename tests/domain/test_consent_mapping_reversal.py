"""A mapping cannot turn a "no" into a consent, nor a "yes" into a refusal, and a column
whose name says it is an opt-out only ever records withdrawals."""

from __future__ import annotations

import pytest

from assistant.domain.consent_mapping import Choice, Mapping, check_mapping, looks_opt_out

HEADER = ["E-mail", "Newsletter", "Désabonné", "do_not_email", "STOP SMS"]


def problems(*choices: Choice) -> list[tuple[str, str]]:
    mapping = Mapping(email="E-mail", when_unknown=True, choices=choices)
    return [(p.code, p.where) for p in check_mapping(mapping, HEADER, ["newsletter", "sms"])]


@pytest.mark.parametrize("name", ["do_not_email", "Désabonné", "Optout", "Opt-out SMS",
                                  "Liste noire", "STOP SMS", "Ne pas écrire", "Refus pub",
                                  "Unsubscribed", "email_blacklisted", "No SMS"])
def test_names_of_opt_out_columns(name: str) -> None:
    assert looks_opt_out(name)


@pytest.mark.parametrize("name", ["Newsletter", "SMS promo", "Accepte les offres", "Opt-in",
                                  "Statut", "Consentement e-mail", "Fidélité"])
def test_names_of_ordinary_choice_columns(name: str) -> None:
    assert not looks_opt_out(name)


def test_a_no_given_as_consent_is_refused_with_its_key() -> None:
    assert problems(Choice("newsletter", "Newsletter", granted=("Non",), refused=("Oui",))) \
        == [("reversed_granted", "choices[0].granted"),
            ("reversed_refused", "choices[0].refused")]
    assert problems(Choice("newsletter", "Newsletter", granted=("0",), refused=("1",))) \
        == [("reversed_granted", "choices[0].granted"),
            ("reversed_refused", "choices[0].refused")]


def test_an_opt_out_column_cannot_give_consent() -> None:
    # do_not_email 0 as "consent given": the reversal the import must never make silently
    assert problems(Choice("newsletter", "do_not_email", granted=("0",), withdrawn=("1",))) \
        == [("opt_out_granted", "choices[0].granted")]
    assert problems(Choice("sms", "STOP SMS", granted=("Non",), withdrawn=("Oui",))) \
        == [("opt_out_granted", "choices[0].granted")]


def test_plain_mappings_pass() -> None:
    assert problems(Choice("newsletter", "Newsletter", granted=("Oui", "X"), refused=("Non",)),
                    Choice("sms", "Désabonné", withdrawn=("Oui", "1"), ignored=("Non", "0"))
                    ) == []
