"""Diplomacy kinds: whether an event is a call, meeting, talks, visit, summit or agreement.

Sentences written for these tests; facts may be real.
"""

from __future__ import annotations

import pytest

from tests.unit.diplomacy_kit import SATURDAY, THURSDAY, WEDNESDAY, events, one


def test_summit_with_unnamed_leaders_is_kept() -> None:
    body = "EU leaders are due to decide on the request at a summit in Brussels on March 20-21."
    e = one(body, WEDNESDAY)
    assert (e["kind"], e["status"], e["date"], e["venue_name"], e["names"]) == (
        "summit", "scheduled", "2025-03-20", "Brussels", [])


def test_negotiating_teams_meeting_is_talks() -> None:
    body = ("US special envoy Steve Witkoff said American and Russian negotiating teams would meet in Riyadh "
            "on Sunday.")
    e = one(body, WEDNESDAY)
    assert (e["kind"], e["status"], e["venue_name"]) == ("talks", "scheduled", "Riyadh")
    assert set(e["countries"]) == {"US", "RU"}


def test_co_hosted_video_call_is_a_call_with_its_attendees() -> None:
    body = ("French President Emmanuel Macron and British Prime Minister Keir Starmer co-hosted a video call of "
            "European leaders on Sunday, attended by Zelenskyy.")
    e = one(body, WEDNESDAY)
    assert (e["kind"], e["date"]) == ("call", "2025-03-09")
    assert set(e["names"]) == {"Emmanuel Macron", "Keir Starmer", "Volodymyr Zelenskyy"}


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("Chinese special envoy Li Hui arrived in Kyiv on Tuesday for talks.", "visit"),
        ("Ukrainian Defence Minister Rustem Umerov arrived in Istanbul on Friday for talks with the Russian "
         "delegation.", "talks"),
    ],
    ids=["guest-of-an-unnamed-host", "talks-in-a-third-country"],
)
def test_arrived_for_talks_is_a_visit_only_in_the_hosts_country(body: str, kind: str) -> None:
    assert one(body, WEDNESDAY)["kind"] == kind


def test_travelled_to_a_capital_for_talks_is_a_visit() -> None:
    body = "Hungarian Prime Minister Viktor Orban, who travelled to Moscow on Friday for talks with Putin, said so."
    e = one(body, WEDNESDAY)
    assert (e["kind"], e["venue_name"], e["date"]) == ("visit", "Moscow", "2025-03-07")


def test_arrival_in_a_relative_clause_is_background_of_the_main_meeting() -> None:
    body = ("Zelenskyy, who arrived in Paris on Monday, met French Prime Minister Francois Bayrou at the Hotel "
            "Matignon on Monday evening.")
    e = one(body, WEDNESDAY)
    assert (e["kind"], e["date"], e["venue_name"]) == ("meeting", "2025-03-10", "Paris")
    assert set(e["names"]) == {"Volodymyr Zelenskyy", "Francois Bayrou"}


def test_the_talks_as_subject_of_a_verb_keep_the_meeting_kind() -> None:
    body = ("When the foreign ministers, Sergei Lavrov and Dmytro Kuleba, met in the Turkish resort of Antalya in "
            "March 2022, the talks ended without progress towards a ceasefire.")
    e = one(body, WEDNESDAY)
    assert (e["kind"], e["outcome"], e["venue_name"]) == ("meeting", "no_breakthrough", "Antalya")


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("European leaders held an emergency meeting in Paris on Monday hosted by French President "
                     "Emmanuel Macron.", id="european-leaders"),
        pytest.param("NATO defence ministers met in Brussels on Monday, chaired by Secretary General Mark Rutte.",
                     id="nato-ministers"),
    ],
)
def test_a_group_of_unnamed_leaders_makes_a_meeting(body: str) -> None:
    e = one(body, THURSDAY)
    assert (e["kind"], e["status"], e["date"]) == ("meeting", "held", "2024-10-14")


def test_met_leaders_at_a_summit_is_the_summit_with_its_host() -> None:
    body = ("Zelenskyy met leaders of Balkan countries at a summit in Tirana, Albania, hosted by Prime Minister "
            "Edi Rama.")
    e = one(body, THURSDAY)
    assert (e["kind"], e["venue_name"]) == ("summit", "Tirana")
    assert set(e["names"]) == {"Volodymyr Zelenskyy", "Edi Rama"}


def test_travel_on_to_a_city_where_he_will_meet_is_a_planned_meeting() -> None:
    body = "Biden will travel on to Warsaw, where he is scheduled to meet Polish President Andrzej Duda on Thursday."
    e = one(body, WEDNESDAY)
    assert (e["kind"], e["status"]) == ("meeting", "scheduled")


def test_delegations_met_is_talks() -> None:
    e = one("The Ukrainian and Russian delegations met in Istanbul on Friday for less than two hours.", SATURDAY)
    assert (e["kind"], e["venue_name"], e["date"]) == ("talks", "Istanbul", "2025-08-15")


def test_put_their_signatures_on_is_a_signing_and_attendees_keep_it_one() -> None:
    body = ("The grain deal was signed on Friday in Istanbul. Russian Defence Minister Sergei Shoigu and Ukrainian "
            "Infrastructure Minister Oleksandr Kubrakov put their signatures on separate documents with UN "
            "Secretary-General Antonio Guterres and Turkish President Recep Tayyip Erdogan, who both took part in "
            "the ceremony.")
    e = one(body, SATURDAY)
    assert e["kind"] == "agreement"
    assert {"Sergei Shoigu", "Oleksandr Kubrakov", "Recep Tayyip Erdogan"} <= set(e["names"])


def test_and_then_an_audience_with_the_pope_is_a_second_meeting_of_the_same_day() -> None:
    body = ("On Saturday, Zelenskyy met Italian Prime Minister Giorgia Meloni in Rome, and then had a 40-minute "
            "audience with Pope Francis at the Vatican.")
    found = {tuple(sorted(e["names"])): e for e in events(body, "2023-05-15T09:00:00Z")}
    pope = found[("Pope Francis", "Volodymyr Zelenskyy")]
    assert (pope["kind"], pope["date"]) == ("meeting", "2023-05-13")
    assert ("Giorgia Meloni", "Volodymyr Zelenskyy") in found
