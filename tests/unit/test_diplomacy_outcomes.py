"""Diplomacy outcomes: whether an event ended with an agreement, and when it did not.

Sentences written for these tests; facts may be real.
"""

from __future__ import annotations

from tests.unit.diplomacy_kit import WEDNESDAY, one


def test_tally_of_past_agreements_is_no_event_and_no_outcome() -> None:
    body = ("Zelenskyy met Italian Prime Minister Giorgia Meloni in Rome on Tuesday.\n"
            "Ukraine has now signed bilateral security agreements with 20 countries.")
    e = one(body, WEDNESDAY)
    assert (e["kind"], e["outcome"]) == ("meeting", None)


def test_ended_with_an_agreement_is_an_agreement_outcome() -> None:
    body = ("The two delegations held talks in Riyadh on Monday, which ended with an agreement to swap more "
            "prisoners of war but no ceasefire.")
    assert one(body, WEDNESDAY)["outcome"] == "agreement"
