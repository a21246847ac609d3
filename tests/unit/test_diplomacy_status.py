"""Diplomacy status: held or scheduled (plans, expectations, headlines, progressives).

Sentences written for these tests; facts may be real.
"""

from __future__ import annotations

from tests.unit.diplomacy_kit import WEDNESDAY, events, one


def test_met_and_said_he_would_keeps_the_meeting_held() -> None:
    body = ("Polish Foreign Minister Radoslaw Sikorski met Andrii Sybiha in Kyiv on Tuesday and said he would "
            "visit Kharkiv later this week.")
    e = one(body, WEDNESDAY)
    assert (e["kind"], e["status"], e["date"]) == ("meeting", "held", "2025-03-11")


def test_meeting_called_for_a_weekday_joined_by_video_link() -> None:
    body = ("NATO Secretary General Mark Rutte said he had called a meeting of the NATO-Ukraine Council for "
            "Friday, which Zelenskyy is due to join by video link, to discuss air defence.")
    e = one(body, WEDNESDAY)
    assert (e["kind"], e["status"], e["date"]) == ("meeting", "scheduled", "2025-03-14")
    assert set(e["names"]) == {"Mark Rutte", "Volodymyr Zelenskyy"}


def test_headline_name_to_verb_is_a_plan() -> None:
    body = ("Zelenskyy to speak to Trump\n"
            "Zelenskyy said he expected to speak to Trump on Thursday about the proposed truce.")
    e = one(body, WEDNESDAY)
    assert (e["kind"], e["status"], e["date"]) == ("call", "scheduled", "2025-03-13")


def test_due_in_a_city_for_a_meeting_is_planned() -> None:
    body = "US envoy Steve Witkoff is due in Moscow later this week for a meeting with Putin, the Kremlin said."
    e = one(body, WEDNESDAY)
    assert (e["kind"], e["status"], e["venue_name"]) == ("meeting", "scheduled", "Moscow")


def test_meeting_that_could_take_place_is_planned() -> None:
    body = "Kremlin aide Yuri Ushakov said a Putin-Trump meeting could take place in the coming weeks."
    e = one(body, WEDNESDAY)
    assert (e["kind"], e["status"], set(e["names"])) == ("meeting", "scheduled", {"Vladimir Putin", "Donald Trump"})


def test_expected_in_city_is_a_planned_visit() -> None:
    body = "Chinese Foreign Minister Wang Yi is expected in Kyiv later this week."
    e = one(body, WEDNESDAY)
    assert (e["kind"], e["status"], e["venue_name"], e["names"]) == ("visit", "scheduled", "Kyiv", ["Wang Yi"])


def test_progressive_with_weekdays_is_planned_and_takes_the_first_day() -> None:
    body = ("On Saturday and Sunday, Switzerland is hosting a peace summit at a lakeside resort. Swiss President "
            "Karin Keller-Sutter will chair the meeting.")
    e = one(body, WEDNESDAY)
    assert (e["kind"], e["status"], e["date"]) == ("summit", "scheduled", "2025-03-15")
    assert e["names"] == ["Karin Keller-Sutter"]


def test_a_summit_that_never_had_precise_dates_is_still_planned() -> None:
    body = ("Trump and Putin agreed on Thursday to hold a summit in Budapest.\n"
            "Peskov told reporters that the summit had never had precise dates.")
    assert [e["status"] for e in events(body, WEDNESDAY) if e["kind"] == "summit"] == ["scheduled"]


def test_past_tense_arrival_is_held_despite_a_planned_offensive_later_in_the_sentence() -> None:
    body = ("Zelenskyy arrived in Paris on Sunday evening, May 14, for a working dinner with Emmanuel Macron at the "
            "Elysee Palace, the last stop of a tour aimed at securing weapons ahead of a planned counteroffensive.")
    e = one(body, "2023-05-15T08:00:00Z")
    assert (e["status"], e["date"]) == ("held", "2023-05-14")


def test_a_visit_postponed_until_a_date_is_scheduled_for_that_date() -> None:
    body = "Zelenskyy postponed his visit to Saudi Arabia until March 20, his office said on Tuesday."
    e = one(body, WEDNESDAY)
    assert (e["kind"], e["status"], e["date"]) == ("visit", "scheduled", "2025-03-20")


def test_a_trip_that_had_been_due_is_a_plan_not_a_held_visit() -> None:
    body = "Zelenskyy had been due to travel to Saudi Arabia on Thursday, his office said."
    assert one(body, WEDNESDAY)["status"] == "scheduled"
