"""Diplomacy outcomes: whether an event ended with an agreement, and when it did not.

Sentences written for these tests; facts may be real.
"""

from __future__ import annotations

import pytest

from tests.unit.diplomacy_kit import WEDNESDAY, events, one


def test_tally_of_past_agreements_is_no_event_and_no_outcome() -> None:
    body = ("Zelenskyy met Italian Prime Minister Giorgia Meloni in Rome on Tuesday.\n"
            "Ukraine has now signed bilateral security agreements with 20 countries.")
    e = one(body, WEDNESDAY)
    assert (e["kind"], e["outcome"]) == ("meeting", None)


def test_ended_with_an_agreement_is_an_agreement_outcome() -> None:
    body = ("The two delegations held talks in Riyadh on Monday, which ended with an agreement to swap more "
            "prisoners of war but no ceasefire.")
    assert one(body, WEDNESDAY)["outcome"] == "agreement"


@pytest.mark.parametrize(
    "body",
    [
        "Two days of talks in Doha on a path to peace ended on Sunday without a joint statement, though the "
        "participants agreed that consultations should continue.",
        "US and Chinese officials met in Malta on Sunday, but no final communique was adopted.",
    ],
    ids=["without-a-joint-statement", "no-communique-adopted"],
)
def test_no_joint_text_is_no_breakthrough_not_an_agreement(body: str) -> None:
    assert one(body, WEDNESDAY)["outcome"] == "no_breakthrough"


def test_communique_signed_by_the_participants_is_the_outcome_not_a_signing() -> None:
    body = ("Leaders from 50 countries gathered in Lisbon for a summit on Ukraine. The two-day meeting, which opened "
            "on Saturday, ended on Sunday with a joint communique signed by 45 countries. Swiss President Viola "
            "Amherd, who hosted the summit, called it a success.")
    e = one(body, WEDNESDAY)
    assert (e["kind"], e["outcome"], e["date"]) == ("summit", "agreement", "2025-03-08")


def test_no_breakthrough_after_a_back_reference_is_the_outcome_of_the_event_before() -> None:
    body = ("Putin and Erdogan met for talks in Sochi on Monday. Erdogan said after the talks that Turkey would "
            "present new proposals soon, but no breakthrough was announced.")
    assert one(body, WEDNESDAY)["outcome"] == "no_breakthrough"


@pytest.mark.parametrize(
    "second",
    [
        'Putin set out his conditions. "The positions are very far apart," Orban admitted afterwards.',
        "The two leaders failed to bridge their differences over grain imports.",
    ],
    ids=["far-apart-two-sentences-on", "failed-to-bridge"],
)
def test_no_breakthrough_told_in_the_sentences_after_the_event(second: str) -> None:
    body = "On Tuesday, Orban flew to Moscow for talks with Vladimir Putin in the Kremlin. " + second
    assert one(body, WEDNESDAY)["outcome"] == "no_breakthrough"


def test_a_stall_in_a_clause_about_something_else_is_no_outcome() -> None:
    body = ("Zelensky met Biden at the White House on Tuesday. The visit came as Ukraine's counteroffensive has "
            "stalled.")
    assert one(body, WEDNESDAY)["outcome"] is None


def test_an_agreement_expected_to_be_signed_later_has_no_outcome_yet() -> None:
    body = ("Zelenskyy is due to travel on to Paris later on Wednesday, where he and French President Emmanuel "
            "Macron are expected to sign a similar agreement.")
    e = one(body, WEDNESDAY)
    assert (e["kind"], e["status"], e["outcome"], e["venue_name"]) == ("agreement", "scheduled", None, "Paris")


@pytest.mark.parametrize(
    "body",
    [
        "Russian and Ukrainian delegations met in Istanbul on Monday, but no ceasefire deal was reached.",
        "US and Russian officials held talks in Riyadh on Monday but did not reach an agreement on a ceasefire.",
        "Putin and Trump met in Anchorage on Monday. They did not announce any deal.",
        "Witkoff met Putin in Moscow on Monday; the talks yielded no concrete results, the Kremlin said.",
    ],
    ids=["no-adjective-deal-reached", "did-not-reach", "did-not-announce-next-sentence", "yielded-no-adjective"],
)
def test_negated_deal_phrases_are_no_breakthrough(body: str) -> None:
    assert one(body, WEDNESDAY)["outcome"] == "no_breakthrough"


def test_quoted_we_agreed_in_a_sentence_after_the_talks_is_an_agreement() -> None:
    body = ("Ukrainian and Russian officials held talks in Istanbul on Friday. Turkish Foreign Minister Hakan Fidan "
            "opened the meeting.\n\"We agreed to exchange 1,000 prisoners for 1,000 prisoners.\"")
    assert one(body, WEDNESDAY)["outcome"] == "agreement"


def test_meeting_that_ended_without_signing_a_deal_is_no_breakthrough() -> None:
    body = ("Zelenskyy met Trump in the Oval Office on February 28 in a meeting which ended with the Ukrainian "
            "leader being asked to leave without signing a minerals deal.")
    assert one(body, WEDNESDAY)["outcome"] == "no_breakthrough"


@pytest.mark.parametrize(
    ("follow", "outcome"),
    [
        ("The talks ended without a breakthrough on a ceasefire, although the two sides agreed to swap 500 "
         "prisoners each.", "agreement"),
        ("The talks ended without a breakthrough, but the two sides agreed to meet again.", "no_breakthrough"),
    ],
    ids=["no-breakthrough-but-a-swap", "no-breakthrough-agreed-to-meet-again"],
)
def test_a_concrete_deal_in_the_sentence_after_outweighs_no_breakthrough(follow: str, outcome: str) -> None:
    body = "Georgian and Armenian officials held talks in Vienna on Monday, a ministry said. " + follow
    held = [e for e in events(body, WEDNESDAY) if e["status"] == "held"]
    assert [e["outcome"] for e in held] == [outcome]


def test_produced_only_an_agreement_is_still_an_agreement() -> None:
    body = "The talks between Armenian and Azerbaijani officials in Vienna on Monday produced only an agreement on " \
           "border demarcation."
    assert one(body, WEDNESDAY)["outcome"] == "agreement"
