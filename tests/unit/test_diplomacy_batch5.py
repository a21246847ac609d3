"""Diplomacy rules from the fifth blind batch: "the same day" dates, "spent hours with", unnamed groups of
leaders, a visitor's meetings with several hosts, "met leaders at a summit", site visits, attendees of a
signing, country adjectives of smaller states, names that never run across a line break
(sentences written for these tests; facts may be real)."""

from __future__ import annotations

import pytest

from service.nlp.actors import find_people
from tests.unit.test_diplomacy import events, one

THURSDAY = "2024-10-17T18:00:00Z"


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


def test_spent_hours_with_names_the_parties_of_the_talks() -> None:
    body = ("US and Russian delegations held talks in Riyadh on Tuesday. In Riyadh, Secretary of State Marco Rubio "
            "spent more than four hours with Russian Foreign Minister Sergei Lavrov at a palace.")
    e = one(body, THURSDAY)
    assert (e["kind"], e["venue_name"], e["date"]) == ("talks", "Riyadh", "2024-10-15")
    assert set(e["names"]) == {"Marco Rubio", "Sergei Lavrov"}


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


def test_a_group_meeting_needs_a_place_and_a_day() -> None:
    assert events("European leaders held an emergency meeting hosted by French President Emmanuel Macron.",
                  THURSDAY) == []


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


def test_met_leaders_at_a_summit_is_the_summit_with_its_host() -> None:
    body = ("Zelenskyy met leaders of Balkan countries at a summit in Tirana, Albania, hosted by Prime Minister "
            "Edi Rama.")
    e = one(body, THURSDAY)
    assert (e["kind"], e["venue_name"]) == ("summit", "Tirana")
    assert set(e["names"]) == {"Volodymyr Zelenskyy", "Edi Rama"}


def test_visiting_the_site_of_a_strike_is_no_second_visit() -> None:
    body = ("Greek Prime Minister Kyriakos Mitsotakis visited Odesa on Wednesday, meeting Zelenskyy.\n"
            "The two leaders had earlier visited the site of a drone strike which killed 12 people on Saturday.")
    e = one(body, THURSDAY)
    assert (e["kind"], e["date"]) == ("visit", "2024-10-16")


def test_attendees_of_a_signing_are_its_participants() -> None:
    body = ("Russian Defence Minister Sergei Shoigu and Ukrainian Infrastructure Minister Oleksandr Kubrakov "
            "signed separate agreements in Istanbul on Friday. Guterres and Erdogan attended the signing.")
    e = one(body, THURSDAY)
    assert e["kind"] == "agreement"
    assert {"Antonio Guterres", "Recep Tayyip Erdogan"} <= set(e["names"])
    assert "TR" in e["countries"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        pytest.param("Albanian Prime Minister Edi Rama spoke.", "AL", id="albanian"),
        pytest.param("Slovenian President Natasa Pirc Musar spoke.", "SI", id="slovenian"),
        pytest.param("Montenegrin President Jakov Milatovic spoke.", "ME", id="montenegrin"),
    ],
)
def test_smaller_states_adjectives_give_the_country(text: str, code: str) -> None:
    assert [p.person.country for p in find_people(text)] == [code]


def test_a_name_never_runs_across_a_line_break() -> None:
    people = find_people("The summit was hosted by Prime Minister Edi Rama.\nOdesa has been hit often.")
    assert [p.person.name for p in people] == ["Edi Rama"]


def test_delegates_sent_by_other_countries_join_the_talks_but_not_a_possessor() -> None:
    body = ("Senior officials from about 30 countries held talks in Jeddah on Saturday.\nThe Ukrainian delegation "
            "was led by Andriy Yermak, the head of Zelenskyy's office, while the US sent national security adviser "
            "Jake Sullivan.")
    e = one(body, THURSDAY)
    assert set(e["names"]) == {"Andriy Yermak", "Jake Sullivan"}


def test_sent_without_a_delegation_adds_no_delegate() -> None:
    body = "Ukrainian and Saudi officials held talks in Jeddah on Saturday.\nThe US sent more air defence systems."
    assert one(body, THURSDAY)["names"] == []


def test_a_separate_round_expected_there_is_another_planned_event_at_the_same_venue() -> None:
    body = ("US and Ukrainian officials are due to hold talks in Geneva on Sunday, an official said, with a separate "
            "round between US and Russian teams expected there on Monday.")
    found = sorted((e["date"], e["status"], e["venue_name"], sorted(e["countries"])) for e in events(body, THURSDAY))
    assert found == [("2024-10-20", "scheduled", "Geneva", ["UA", "US"]),
                     ("2024-10-21", "scheduled", "Geneva", ["RU", "US"])]


def test_countries_listed_after_including_are_parties_and_the_talks_stay_talks() -> None:
    body = ("Talks in Saudi Arabia on a peace plan have ended without a communique.\nSenior officials from about "
            "40 countries, including China, Brazil and the United States, met in Jeddah on Saturday and Sunday.")
    e = one(body, "2023-08-06T18:00:00Z")
    assert e["kind"] == "talks"
    assert {"CN", "BR", "US"} <= set(e["countries"])
