"""Diplomacy venues: the city an event takes place in.

Sentences written for these tests; facts may be real.
"""

from __future__ import annotations

from tests.unit.diplomacy_kit import SATURDAY, WEDNESDAY, events, one


def test_sidelines_meeting_takes_the_city_of_the_sentence_before_not_the_dateline() -> None:
    body = ("WASHINGTON (AP) - US President Joe Biden welcomed Zelenskyy to the White House on Tuesday.\n"
            "Earlier, Zelenskyy addressed the United Nations in New York. He also held talks with Brazilian "
            "President Luiz Inacio Lula da Silva on the sidelines.")
    lula = next(e for e in events(body, WEDNESDAY) if "Luiz Inacio Lula da Silva" in e["names"])
    assert lula["venue_name"] == "New York"


def test_residence_outside_a_city_is_at_that_city() -> None:
    body = "Putin held talks with Indian Prime Minister Narendra Modi at his residence outside Moscow on Monday."
    assert one(body, WEDNESDAY)["venue_name"] == "Moscow"


def test_city_after_a_country_adjective_is_the_venue() -> None:
    body = ("Zelenskyy will attend talks with US Defense Secretary Pete Hegseth at the US air base in Ramstein on "
            "Friday.")
    assert one(body, WEDNESDAY)["venue_name"] == "Ramstein"


def test_city_naming_the_conference_on_whose_sidelines_they_met_is_the_venue() -> None:
    body = ("Wang Yi is expected in Moscow later this week. Antony Blinken met Wang on the sidelines of the "
            "Munich Security Conference on Saturday.")
    found = {e["kind"]: e["venue_name"] for e in events(body, WEDNESDAY)}
    assert found == {"visit": "Moscow", "meeting": "Munich"}


def test_travel_on_to_a_city_names_the_venue() -> None:
    body = "Biden will travel on to Warsaw, where he is scheduled to meet Polish President Andrzej Duda on Thursday."
    e = one(body, WEDNESDAY)
    assert (e["status"], e["venue_name"], e["date"]) == ("scheduled", "Warsaw", "2025-03-13")


def test_country_word_before_aid_is_no_venue() -> None:
    body = ("Biden arrived in Kyiv on Monday. Biden met Ukrainian President Volodymyr Zelenskyy and announced "
            "$500 million in U.S. assistance.")
    e = one(body, WEDNESDAY)
    assert (e["venue_name"], sorted(e["names"])) == ("Kyiv", ["Joe Biden", "Volodymyr Zelenskyy"])


def test_city_venue_replaces_the_country_of_a_bare_mention() -> None:
    body = ("The donor conference, co-hosted by Germany, opened on Tuesday.\n"
            "Zelenskyy met German President Frank-Walter Steinmeier in Berlin on Monday.")
    venues = [e["venue_name"] for e in events(body, WEDNESDAY) if "Frank-Walter Steinmeier" in e["names"]]
    assert venues == ["Berlin"]


def test_city_naming_the_conference_of_the_same_sentence_is_the_sidelines_venue() -> None:
    body = ("On Saturday, Zelenskyy will address the Munich Security Conference and is scheduled to meet U.S. Vice "
            "President Kamala Harris on the sidelines.")
    assert one(body, WEDNESDAY)["venue_name"] == "Munich"


def test_a_named_resort_before_its_country_is_the_venue() -> None:
    body = ("Swiss President Viola Amherd and German Chancellor Olaf Scholz met at the Burgenstock resort in "
            "Switzerland on Saturday.")
    assert one(body, WEDNESDAY)["venue_name"] == "Burgenstock"


def test_capitals_signing_together_are_no_venue() -> None:
    body = ("Moscow and Kyiv signed a grain deal on Friday with UN Secretary-General Antonio Guterres and Turkish "
            "President Recep Tayyip Erdogan.")
    assert one(body, SATURDAY)["venue_name"] is None


def test_chequers_is_the_venue_as_named() -> None:
    body = "British Prime Minister Rishi Sunak will host Zelenskyy at Chequers, his country residence, on Monday."
    e = one(body, SATURDAY)
    assert (e["venue_name"], e["venue"]["precision"], e["status"]) == ("Chequers", "facility", "scheduled")


def test_city_named_after_its_state_refines_the_venue() -> None:
    body = ("Trump and Putin failed to agree a ceasefire after three hours of talks in Alaska on Friday.\n"
            "The two leaders met at a military base in Anchorage.")
    assert one(body, SATURDAY)["venue_name"] == "Anchorage"


def test_the_talks_in_a_city_keep_the_state_named_first() -> None:
    body = ("US and Ukrainian officials held talks in Florida on Friday. The talks in Miami ended without a "
            "breakthrough.")
    assert one(body, SATURDAY)["venue_name"] == "Florida"


def test_city_after_a_named_palace_far_from_the_trigger_is_the_venue() -> None:
    body = ("Marco Rubio and Mike Waltz met Russian Foreign Minister Sergei Lavrov and Kremlin aide Yuri Ushakov "
            "for four and a half hours on Tuesday at the Diriyah Palace in Riyadh.")
    assert one(body, WEDNESDAY)["venue_name"] == "Riyadh"


def test_a_place_inside_a_quote_is_not_the_venue_of_talks_told_outside_it() -> None:
    body = ('Slovak Prime Minister Robert Fico met Chinese President Xi Jinping in Beijing on Tuesday. "Nobody '
            'makes peace from an office in Brussels," Fico told reporters after three hours of talks in the capital.')
    assert one(body, WEDNESDAY)["venue_name"] == "Beijing"


def test_a_visit_to_a_country_where_he_met_the_host_in_a_city_takes_the_city_and_day() -> None:
    body = ("Zelenskyy cut short an official visit to Kenya, where he met President William Ruto in Nairobi on "
            "Tuesday, and said he would fly home after the talks.")
    e = one(body, WEDNESDAY)
    assert (e["kind"], e["venue_name"], e["date"]) == ("visit", "Nairobi", "2025-03-11")
