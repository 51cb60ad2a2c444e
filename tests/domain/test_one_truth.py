"""One truth per state: the score counts as complete exactly the processing that the
register shows complete (and the Overview's summary counts the same), whatever the gap."""

from __future__ import annotations

from dataclasses import replace

import pytest

from assistant.domain.guide.assess import assess
from assistant.domain.guide.model import Decision, DecisionState, GuideState
from assistant.domain.overview import register_summary
from assistant.domain.processing import (
    DataCategory,
    ProcessingStatus,
    Recipient,
    Retention,
    Transfer,
    is_complete,
)
from assistant.domain.processing import DurationUnit as U
from tests.domain.guide_helpers import complete, snap

GAPS = {
    "complete": {},
    "no legal basis": {"legal_basis": None},
    "no data source": {"data_source": ""},
    "camera images kept three months": {
        "data_categories": (DataCategory("cctv_images", retention=Retention(3, U.MONTHS)),)},
    "a processor not named": {"recipients": (Recipient("processor", "Delivery firm"),)},
    "a transfer without safeguard": {"transfers": (Transfer("Mailer Inc.", "US"),)},
    "no security measure": {"security_measures": ()},
}


@pytest.mark.parametrize("gap", GAPS)
def test_the_score_and_the_register_agree(gap: str) -> None:
    processings = [complete(1), complete(2, **GAPS[gap]),
                   complete(3, status=ProcessingStatus.ARCHIVED, legal_basis=None)]
    result = assess(snap(*processings), ())
    shown_complete = sum(1 for p in processings
                         if p.status is not ProcessingStatus.ARCHIVED and is_complete(p))
    summary = register_summary(processings)
    live = [p for p in processings if p.status is not ProcessingStatus.ARCHIVED]
    assert result.score.processing_total == len(live) == 2
    assert result.score.processing_complete == shown_complete
    assert result.score.processing_complete == len(live) - summary.incomplete
    assert (shown_complete == 2) == (gap == "complete")


def test_a_decision_on_the_plan_does_not_make_an_entry_complete() -> None:
    """Marking "processor not named" not applicable closes the action; the register entry
    still lacks the name, and the score says what the register says."""
    gap = complete(2, recipients=(Recipient("processor", "Delivery firm"),))
    decided = GuideState(decisions=(Decision("rule:processor_not_identified:processing:2",
                                             DecisionState.NOT_APPLICABLE, "no processor"),))
    result = assess(snap(complete(1), gap, state=decided), ())
    assert result.score.processing_complete == 1
    assert not is_complete(gap)
    assert is_complete(replace(gap, processor_ids=(7,)))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_status_has_one_word_in_the_window_and_the_pdf(lang: str) -> None:
    from assistant.content.messages import messages

    msg = messages(lang)  # type: ignore[arg-type]
    for status in ProcessingStatus:
        word = msg.get("status", status.value)
        assert msg.get("pdf", f"status_{status.value}").startswith(word)
