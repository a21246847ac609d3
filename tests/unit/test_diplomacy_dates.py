"""Diplomacy dates: the day of an event, from the sentence, the one before or the publication day.

Sentences written for these tests; facts may be real.
"""

from __future__ import annotations

import pytest

from tests.unit.diplomacy_kit import THURSDAY, WEDNESDAY, events, one


def test_date_after_since_is_background() -> None:
    body = ("British Prime Minister Keir Starmer arrived in Kyiv for talks with Ukrainian President Volodymyr "
            "Zelenskyy, his first trip to Ukraine since Russia stepped up its offensive in February.")
    assert one(body, WEDNESDAY)["date"] is None


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Zelenskyy and Norwegian Prime Minister Jonas Gahr Store have signed a ten-year security agreement.",
         "2025-03-12"),
        ("Zelenskyy has met Norwegian Prime Minister Jonas Gahr Store three times since January.", None),
    ],
    ids=["news-of-the-day", "habitual-count"],
)
def test_lead_present_perfect_takes_the_publication_date(body: str, expected: str | None) -> None:
    assert one(body, WEDNESDAY)["date"] == expected


def test_the_next_day_is_held_the_day_after_the_event_before() -> None:
    body = "Zelenskyy met Erdogan in Ankara on Monday. The next day, he spoke to Trump by phone."
    call = next(e for e in events(body, WEDNESDAY) if e["kind"] == "call")
    assert (call["status"], call["date"]) == ("held", "2025-03-11")


def test_flew_to_a_capital_where_they_signed_is_an_agreement_dated_later_in_the_day() -> None:
    body = ("Zelenskyy met German Chancellor Olaf Scholz in Berlin on Monday. Later in the day, Zelenskyy flew to "
            "Paris, where he and French President Emmanuel Macron signed a security agreement.")
    deal = next(e for e in events(body, WEDNESDAY) if "Emmanuel Macron" in e["names"])
    assert (deal["kind"], deal["outcome"], deal["venue_name"], deal["date"]) == (
        "agreement", "agreement", "Paris", "2025-03-10")


def test_also_held_talks_takes_the_day_of_the_same_persons_event_before() -> None:
    body = ("On Tuesday, Zelenskyy met NATO Secretary General Mark Rutte in The Hague.\n"
            "Zelenskyy also held talks with Dutch Prime Minister Dick Schoof.")
    dates = {e["kind"]: e["date"] for e in events(body, WEDNESDAY)}
    assert dates == {"meeting": "2025-03-11", "talks": "2025-03-11"}


def test_also_without_a_shared_person_takes_no_date() -> None:
    body = ("On Tuesday, Zelenskyy met NATO Secretary General Mark Rutte in Brussels.\n"
            "Polish Prime Minister Donald Tusk also held talks with Dutch Prime Minister Dick Schoof.")
    dates = {e["kind"]: e["date"] for e in events(body, WEDNESDAY)}
    assert dates == {"meeting": "2025-03-11", "talks": None}


def test_date_after_came_days_after_belongs_to_the_other_event() -> None:
    body = ("Zelenskyy and Greek Prime Minister Kyriakos Mitsotakis held talks in Odesa. The visit came days after "
            "a Russian drone hit an apartment block in Odesa on Saturday.")
    assert one(body, WEDNESDAY)["date"] is None


def test_live_blog_events_without_a_time_take_the_blog_day() -> None:
    body = ("These are the latest developments on Tuesday, March 11.\n"
            "10:15 GMT - Rubio in Jeddah\nUS Secretary of State Marco Rubio met Saudi Crown Prince Mohammed bin "
            "Salman in Jeddah.")
    assert one(body, WEDNESDAY)["date"] == "2025-03-11"


@pytest.mark.parametrize(
    ("body", "day"),
    [
        pytest.param("Zelenskyy met Romanian President Klaus Iohannis in Bucharest on Oct. 10, the same day Finnish "
                     "and Estonian delegations held talks in Helsinki.", "2024-10-10", id="same-sentence"),
        pytest.param("Russian drones hit a grain terminal in Izmail overnight on Tuesday, the governor said.\n"
                     "On the same day, Zelenskyy held a phone conversation with Moldovan President Maia Sandu.",
                     "2024-10-15", id="day-of-another-event"),
    ],
)
def test_the_same_day_takes_the_last_day_named_before(body: str, day: str) -> None:
    assert events(body, THURSDAY)[-1]["date"] == day


def test_the_same_day_without_a_day_before_stays_undated() -> None:
    body = "On the same day, Zelenskyy held a phone conversation with Moldovan President Maia Sandu."
    assert one(body, THURSDAY)["date"] is None


@pytest.mark.parametrize(
    ("lead", "expected"),
    [("Two days of talks", "2025-03-08"), ("Three days of negotiations", "2025-03-07")],
    ids=["two-days", "three-days"],
)
def test_days_of_talks_that_ended_on_a_day_take_their_first_day(lead: str, expected: str) -> None:
    body = lead + " between US and Russian officials in Geneva ended on Sunday without a breakthrough."
    assert one(body, WEDNESDAY)["date"] == expected


def test_the_two_leaders_take_the_one_day_of_the_sentence_before() -> None:
    body = ("President Vladimir Putin on Monday rebuffed Turkish President Recep Tayyip Erdogan's appeal. The two "
            "leaders met at Putin's residence in Sochi.")
    assert one(body, WEDNESDAY)["date"] == "2025-03-10"


def test_a_live_blog_date_line_dates_its_time_stamped_entries() -> None:
    body = ("Sunday, 9 March 2025\n07:42 - Russian drones attacked Odesa overnight.\n"
            "17:50 - Foreign Minister Andrii Sybiha says he spoke by phone with his Polish counterpart Radoslaw "
            "Sikorski.")
    assert one(body, WEDNESDAY)["date"] == "2025-03-09"


def test_later_in_the_day_takes_the_day_of_a_sentence_without_event() -> None:
    body = ("Zelensky addressed the US Congress on Tuesday, appealing for more aid. Later in the day, Biden hosted "
            "Zelensky at the White House.")
    assert one(body, WEDNESDAY)["date"] == "2025-03-11"


def test_multi_day_talks_named_by_their_end_day_take_the_first_day() -> None:
    body = ("Talks on Ukraine hosted by Saudi Arabia ended Sunday without a joint statement, though officials said "
            "the two-day meeting in Jeddah broadened support.\nNational security advisers from the United States "
            "and China attended the talks, which began Saturday.")
    e = one(body, "2023-08-07T09:00:00Z")
    assert (e["date"], e["outcome"]) == ("2023-08-05", "no_breakthrough")


def test_said_on_a_day_that_he_would_travel_takes_the_trip_day_and_the_speaker() -> None:
    body = "Zelenskyy said on Saturday he would travel to Washington on Monday to meet Trump in the Oval Office."
    e = one(body, "2025-08-16T09:00:00Z")
    assert (e["status"], e["date"]) == ("scheduled", "2025-08-18")
    assert set(e["names"]) == {"Volodymyr Zelenskyy", "Donald Trump"}


def test_postponed_visit_takes_its_new_day() -> None:
    body = ("Zelenskyy postponed a visit to Saudi Arabia that had been planned for Wednesday. His office said the "
            "trip would now take place on March 10.")
    e = one(body, "2025-02-18T18:30:00Z")
    assert (e["kind"], e["status"], e["date"]) == ("visit", "scheduled", "2025-03-10")


def test_a_date_in_a_relative_clause_before_the_trigger_is_not_the_visit_date() -> None:
    body = ("Slovak Prime Minister Robert Fico met Chinese President Xi Jinping in Beijing on Tuesday. Fico, whose "
            "government took office on October 25, flew to Beijing a week after visiting Moscow.")
    beijing = [e for e in events(body, WEDNESDAY) if e["venue_name"] == "Beijing"]
    assert [e["date"] for e in beijing] == ["2025-03-11"]
