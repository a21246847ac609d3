"""Diplomacy vetoes: words around a trigger that make it no event of its own (demands, conditions,
references back), and what is still an event.

Sentences written for these tests; facts may be real.
"""

from __future__ import annotations

import pytest

from tests.unit.diplomacy_kit import MONDAY, THURSDAY, WEDNESDAY, events


def test_expected_in_without_a_person_or_before_a_month_is_no_event() -> None:
    assert events("Results are expected in Kyiv by the end of the week. A decision is due in March.", WEDNESDAY) == []


def test_a_group_meeting_needs_a_place_and_a_day() -> None:
    assert events("European leaders held an emergency meeting hosted by French President Emmanuel Macron.",
                  THURSDAY) == []


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Macron urged the Kremlin to halt its offensive and open negotiations without conditions.",
                     id="urged-to-open-negotiations"),
        pytest.param("Trump has said no deal is possible until he meets Putin in person.", id="until-he-meets"),
        pytest.param("Moscow said it would resume grain exports once its demands were met.", id="demands-were-met"),
        pytest.param("Peskov said the proposal had to be discussed with Beijing first.", id="had-to-be-discussed"),
    ],
)
def test_no_event_of_its_own(body: str) -> None:
    assert events(body, MONDAY) == []


def test_criticizing_the_call_is_no_second_call() -> None:
    body = ("German Chancellor Olaf Scholz spoke with Vladimir Putin by phone on Friday. Ukrainian President "
            "Volodymyr Zelenskyy criticized the call, saying it helped Moscow.")
    found = events(body, MONDAY)
    assert [e["kind"] for e in found] == ["call"]
    assert {p["name"] for p in found[0]["participants"]} == {"Olaf Scholz", "Vladimir Putin"}


def test_those_talks_refer_back() -> None:
    body = ("US and Russian officials held talks in Riyadh on Monday. Hours before those talks began, Russian "
            "drones struck Kyiv.")
    assert [e["kind"] for e in events(body, MONDAY)] == ["talks"]


def test_a_visitor_met_by_a_host_is_still_met() -> None:
    body = "Zelenskyy was met by Polish President Andrzej Duda at Warsaw airport on Sunday."
    assert len(events(body, MONDAY)) == 1


def test_talks_that_should_continue_are_no_event() -> None:
    body = "Diplomats from 40 countries agreed in Jeddah that consultations should continue."
    assert events(body, WEDNESDAY) == []


def test_a_meeting_said_to_be_possible_is_no_event() -> None:
    body = "A meeting between Putin and President Volodymyr Zelenskyy is possible once a draft treaty is ready."
    assert events(body, WEDNESDAY) == []


def test_not_wanting_a_quoted_meeting_is_no_meeting() -> None:
    body = 'On Wednesday, Trump said he did not want a "wasted meeting" with Putin.'
    assert events(body, WEDNESDAY) == []


def test_proposed_holding_another_round_is_no_planned_event() -> None:
    body = "Umerov said Kyiv had proposed holding another round of talks with Russia before the end of June."
    assert events(body, WEDNESDAY) == []


def test_too_early_to_talk_about_a_meeting_is_no_meeting() -> None:
    body = "The Kremlin said it was too early to talk about a meeting between Xi Jinping and Emmanuel Macron."
    assert events(body, WEDNESDAY) == []
