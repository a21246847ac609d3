"""Diplomacy merging: which mentions are one event and which stay apart.

Sentences written for these tests; facts may be real.
"""

from __future__ import annotations

import pytest

from tests.unit.diplomacy_kit import THURSDAY, WEDNESDAY, events, one


def test_joined_them_and_the_three_leaders_make_one_visit() -> None:
    body = ("Finnish President Alexander Stubb and Swedish Prime Minister Ulf Kristersson arrived in Kyiv on "
            "Tuesday. Danish Prime Minister Mette Frederiksen joined them separately.\n"
            "The three leaders held talks with Ukrainian President Volodymyr Zelenskyy at his office.")
    e = one(body, WEDNESDAY)
    assert e["kind"] == "visit"
    assert set(e["names"]) == {"Alexander Stubb", "Ulf Kristersson", "Mette Frederiksen", "Volodymyr Zelenskyy"}


def test_preparations_for_the_summit_join_the_summit_not_the_meeting() -> None:
    body = ("Trump and Putin agreed to hold a summit in Budapest. Rubio and Lavrov are expected to meet next "
            "week. Hungarian Prime Minister Viktor Orban said preparations for the summit were underway.")
    meeting = next(e for e in events(body, WEDNESDAY) if "Marco Rubio" in e["names"])
    assert meeting["kind"] == "meeting"


def test_met_and_said_the_two_would_meet_again_is_a_second_event() -> None:
    body = "Zelenskyy met Polish President Andrzej Duda in Warsaw on Tuesday and said the two would meet again in Kyiv."
    found = sorted((e["status"], e["venue_name"], tuple(sorted(e["names"]))) for e in events(body, WEDNESDAY))
    pair = ("Andrzej Duda", "Volodymyr Zelenskyy")
    assert found == [("held", "Warsaw", pair), ("scheduled", "Kyiv", pair)]


def test_meeting_on_the_sidelines_of_a_summit_is_its_own_event() -> None:
    body = ("Zelenskyy will attend the NATO summit in The Hague next week, where he is expected to meet Trump on "
            "the sidelines.")
    e = one(body, WEDNESDAY)
    assert (e["kind"], e["status"], e["venue_name"]) == ("meeting", "scheduled", "The Hague")
    assert set(e["names"]) == {"Volodymyr Zelenskyy", "Donald Trump"}


def test_the_two_leaders_also_discussed_is_the_call_before() -> None:
    body = ("Zelenskyy thanked US President Joe Biden for the aid during a phone call on Monday. The two leaders also "
            "discussed the situation at the front.")
    e = one(body, WEDNESDAY)
    assert (e["kind"], e["date"]) == ("call", "2025-03-10")


def test_summit_hosted_by_is_one_event_dated_by_its_opening() -> None:
    body = ("European leaders wrapped up a two-day summit in Tirana on Wednesday with pledges of support. "
            "The summit opened on Tuesday, hosted by Albanian Prime Minister Edi Rama.")
    e = one(body, WEDNESDAY)
    assert (e["kind"], e["status"], e["date"], e["venue_name"]) == ("summit", "held", "2025-03-11", "Tirana")
    assert e["names"] == ["Edi Rama"]


def test_attendee_with_another_date_does_not_join_the_summit() -> None:
    body = ("NATO leaders wrapped up a two-day summit in Vilnius on Wednesday. The summit opened on Tuesday, "
            "hosted by Lithuanian President Gitanas Nauseda.\nOn Wednesday, Zelenskyy took part in the first "
            "meeting of the NATO-Ukraine Council alongside NATO Secretary General Mark Rutte.")
    kinds = sorted((e["kind"], e["date"]) for e in events(body, WEDNESDAY))
    assert kinds == [("meeting", "2025-03-12"), ("summit", "2025-03-11")]


def test_met_and_is_due_to_hold_talks_are_two_events_with_one_subject() -> None:
    body = ("British Foreign Secretary David Lammy met Andrii Sybiha in Kyiv on Tuesday and is due to hold talks "
            "with Volodymyr Zelenskyy on Thursday.")
    found = sorted((e["status"], e["date"], sorted(e["names"])) for e in events(body, WEDNESDAY))
    assert found == [("held", "2025-03-11", ["Andrii Sybiha", "David Lammy"]),
                     ("scheduled", "2025-03-13", ["David Lammy", "Volodymyr Zelenskyy"])]


def test_deal_signed_before_witnesses_and_its_signatories_are_one_agreement() -> None:
    body = ("Russia and Ukraine have signed a deal to reopen Black Sea ports. The agreement was signed at a "
            "ceremony in Istanbul on Wednesday, in the presence of UN Secretary General Antonio Guterres.\n"
            "Russia's Defence Minister Sergei Shoigu and Ukraine's Infrastructure Minister Oleksandr Kubrakov "
            "signed separate documents with Turkey and the UN.")
    e = one(body, WEDNESDAY)
    assert (e["kind"], e["date"], e["venue_name"]) == ("agreement", "2025-03-12", "Istanbul")
    assert set(e["names"]) == {"Antonio Guterres", "Sergei Shoigu", "Oleksandr Kubrakov"}


def test_a_visitors_talks_with_another_host_join_the_visit() -> None:
    body = ("Zelenskyy arrived in Berlin on Sunday on his first visit since the invasion.\nZelenskyy was received "
            "by German President Frank-Walter Steinmeier before holding talks with Chancellor Olaf Scholz.")
    e = one(body, THURSDAY)
    assert (e["kind"], e["venue_name"]) == ("visit", "Berlin")
    assert set(e["names"]) == {"Volodymyr Zelenskyy", "Frank-Walter Steinmeier", "Olaf Scholz"}


def test_talks_with_a_third_country_after_a_visit_stay_apart() -> None:
    body = ("Zelenskyy arrived in Berlin on Sunday.\nZelenskyy was received by German President Frank-Walter "
            "Steinmeier before holding talks with Polish President Andrzej Duda.")
    assert len(events(body, THURSDAY)) == 2


def test_visiting_the_site_of_a_strike_is_no_second_visit() -> None:
    body = ("Greek Prime Minister Kyriakos Mitsotakis visited Odesa on Wednesday, meeting Zelenskyy.\n"
            "The two leaders had earlier visited the site of a drone strike which killed 12 people on Saturday.")
    e = one(body, THURSDAY)
    assert (e["kind"], e["date"]) == ("visit", "2024-10-16")


def test_a_separate_round_expected_there_is_another_planned_event_at_the_same_venue() -> None:
    body = ("US and Ukrainian officials are due to hold talks in Geneva on Sunday, an official said, with a separate "
            "round between US and Russian teams expected there on Monday.")
    found = sorted((e["date"], e["status"], e["venue_name"], sorted(e["countries"])) for e in events(body, THURSDAY))
    assert found == [("2024-10-20", "scheduled", "Geneva", ["UA", "US"]),
                     ("2024-10-21", "scheduled", "Geneva", ["RU", "US"])]


def test_the_definite_meeting_dates_a_summit_told_over_the_weekend() -> None:
    body = ("Leaders gathered at the Burgenstock resort in Switzerland over the weekend for a summit on peace in "
            "Ukraine. The two-day meeting, which opened on Saturday, ended on Sunday. Swiss President Viola Amherd, "
            "who hosted the summit, said Olaf Scholz and Emmanuel Macron attended.")
    e = one(body, WEDNESDAY)
    assert (e["kind"], e["date"], e["venue_name"]) == ("summit", "2025-03-08", "Burgenstock")


def test_as_the_talks_wrapped_up_names_no_new_talks_or_venue() -> None:
    body = ("US and Ukrainian officials held talks in Jeddah on Saturday.\nOn Sunday, as the talks wrapped up, a "
            "Russian bomb struck a hospital in the city of Kupiansk.")
    e = one(body, "2023-08-07T09:00:00Z")
    assert (e["venue_name"], e["date"]) == ("Jeddah", "2023-08-05")


def test_spoke_with_one_leader_and_then_with_others_is_two_calls() -> None:
    body = ("On his flight home, Trump spoke by phone with Zelenskyy for an hour and then with European leaders, "
            "including Keir Starmer and Emmanuel Macron, the White House said.")
    calls = sorted(sorted(e["names"]) for e in events(body, WEDNESDAY))
    assert calls == [["Donald Trump", "Emmanuel Macron", "Keir Starmer"], ["Donald Trump", "Volodymyr Zelenskyy"]]


@pytest.mark.parametrize(
    "body",
    [
        "Georgian and Armenian delegations held their first direct talks in years in Vienna. The meeting on "
        "Thursday, led by Georgia's Foreign Minister Ilia Darchiashvili and Armenia's Foreign Minister Ararat "
        "Mirzoyan, lasted three hours.",
        "The first direct talks between Georgia and Armenia in years were held in Vienna on Thursday. The "
        "delegations, led by Georgia's Foreign Minister Ilia Darchiashvili and Armenia's Foreign Minister Ararat "
        "Mirzoyan, met for three hours.",
    ],
    ids=["the-meeting-led-by", "the-delegations-led-by-met"],
)
def test_the_leaders_of_both_sides_in_the_next_sentence_join_the_talks(body: str) -> None:
    e = one(body, WEDNESDAY)
    assert (e["kind"], e["venue_name"], sorted(e["countries"])) == ("talks", "Vienna", ["AM", "GE"])
    assert len(e["names"]) == 2
