"""Diplomacy rules from the fourth blind batch: the person who runs an event named before, multi-day events
ended on a day, "is expected in <city>", a progressive with a weekday, venues "at the X base in <city>"
(sentences written for these tests; facts may be real)."""

from __future__ import annotations

from tests.unit.test_diplomacy import events, one

WEDNESDAY = "2025-03-12T18:00:00Z"


def test_meeting_chaired_by_joins_the_meeting_before_without_later_clause_people() -> None:
    body = ("Sybiha is expected to attend a meeting of EU foreign ministers in Brussels on Thursday. The meeting "
            "will be chaired by EU foreign policy chief Kaja Kallas for the last time before Trump takes office.")
    e = one(body, WEDNESDAY)
    assert (e["kind"], e["status"], e["date"]) == ("meeting", "scheduled", "2025-03-13")
    assert set(e["names"]) == {"Andrii Sybiha", "Kaja Kallas"}


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


def test_expected_in_city_is_a_planned_visit() -> None:
    body = "Chinese Foreign Minister Wang Yi is expected in Kyiv later this week."
    e = one(body, WEDNESDAY)
    assert (e["kind"], e["status"], e["venue_name"], e["names"]) == ("visit", "scheduled", "Kyiv", ["Wang Yi"])


def test_expected_in_without_a_person_or_before_a_month_is_no_event() -> None:
    assert events("Results are expected in Kyiv by the end of the week. A decision is due in March.", WEDNESDAY) == []


def test_progressive_with_weekdays_is_planned_and_takes_the_first_day() -> None:
    body = ("On Saturday and Sunday, Switzerland is hosting a peace summit at a lakeside resort. Swiss President "
            "Karin Keller-Sutter will chair the meeting.")
    e = one(body, WEDNESDAY)
    assert (e["kind"], e["status"], e["date"]) == ("summit", "scheduled", "2025-03-15")
    assert e["names"] == ["Karin Keller-Sutter"]


def test_city_after_a_country_adjective_is_the_venue() -> None:
    body = ("Zelenskyy will attend talks with US Defense Secretary Pete Hegseth at the US air base in Ramstein on "
            "Friday.")
    assert one(body, WEDNESDAY)["venue_name"] == "Ramstein"


def test_talks_opened_by_a_host_minister_add_the_host() -> None:
    body = ("Russian and Ukrainian delegations met in Istanbul on Monday for direct talks. The talks at the "
            "Ciragan Palace were opened by Turkish Foreign Minister Hakan Fidan.")
    e = one(body, WEDNESDAY)
    assert (e["kind"], e["names"], sorted(e["countries"])) == ("talks", ["Hakan Fidan"], ["RU", "TR", "UA"])


def test_ended_with_an_agreement_is_an_agreement_outcome() -> None:
    body = ("The two delegations held talks in Riyadh on Monday, which ended with an agreement to swap more "
            "prisoners of war but no ceasefire.")
    assert one(body, WEDNESDAY)["outcome"] == "agreement"


def test_travelled_to_a_capital_for_talks_is_a_visit() -> None:
    body = "Hungarian Prime Minister Viktor Orban, who travelled to Moscow on Friday for talks with Putin, said so."
    e = one(body, WEDNESDAY)
    assert (e["kind"], e["venue_name"], e["date"]) == ("visit", "Moscow", "2025-03-07")


def test_met_and_is_due_to_hold_talks_are_two_events_with_one_subject() -> None:
    body = ("British Foreign Secretary David Lammy met Andrii Sybiha in Kyiv on Tuesday and is due to hold talks "
            "with Volodymyr Zelenskyy on Thursday.")
    found = sorted((e["status"], e["date"], sorted(e["names"])) for e in events(body, WEDNESDAY))
    assert found == [("held", "2025-03-11", ["Andrii Sybiha", "David Lammy"]),
                     ("scheduled", "2025-03-13", ["David Lammy", "Volodymyr Zelenskyy"])]


def test_city_naming_the_conference_on_whose_sidelines_they_met_is_the_venue() -> None:
    body = ("Wang Yi is expected in Moscow later this week. Antony Blinken met Wang on the sidelines of the "
            "Munich Security Conference on Saturday.")
    found = {e["kind"]: e["venue_name"] for e in events(body, WEDNESDAY)}
    assert found == {"visit": "Moscow", "meeting": "Munich"}


def test_arrival_in_a_relative_clause_is_background_of_the_main_meeting() -> None:
    body = ("Zelenskyy, who arrived in Paris on Monday, met French Prime Minister Francois Bayrou at the Hotel "
            "Matignon on Monday evening.")
    e = one(body, WEDNESDAY)
    assert (e["kind"], e["date"], e["venue_name"]) == ("meeting", "2025-03-10", "Paris")
    assert set(e["names"]) == {"Volodymyr Zelenskyy", "Francois Bayrou"}


def test_travel_on_to_a_city_names_the_venue() -> None:
    body = "Biden will travel on to Warsaw, where he is scheduled to meet Polish President Andrzej Duda on Thursday."
    e = one(body, WEDNESDAY)
    assert (e["status"], e["venue_name"], e["date"]) == ("scheduled", "Warsaw", "2025-03-13")


def test_country_word_before_aid_is_no_venue() -> None:
    body = ("Biden arrived in Kyiv on Monday. Biden met Ukrainian President Volodymyr Zelenskyy and announced "
            "$500 million in U.S. assistance.")
    e = one(body, WEDNESDAY)
    assert (e["venue_name"], sorted(e["names"])) == ("Kyiv", ["Joe Biden", "Volodymyr Zelenskyy"])


def test_the_talks_as_subject_of_a_verb_keep_the_meeting_kind() -> None:
    body = ("When the foreign ministers, Sergei Lavrov and Dmytro Kuleba, met in the Turkish resort of Antalya in "
            "March 2022, the talks ended without progress towards a ceasefire.")
    e = one(body, WEDNESDAY)
    assert (e["kind"], e["outcome"], e["venue_name"]) == ("meeting", "no_breakthrough", "Antalya")


def test_deal_signed_before_witnesses_and_its_signatories_are_one_agreement() -> None:
    body = ("Russia and Ukraine have signed a deal to reopen Black Sea ports. The agreement was signed at a "
            "ceremony in Istanbul on Wednesday, in the presence of UN Secretary General Antonio Guterres.\n"
            "Russia's Defence Minister Sergei Shoigu and Ukraine's Infrastructure Minister Oleksandr Kubrakov "
            "signed separate documents with Turkey and the UN.")
    e = one(body, WEDNESDAY)
    assert (e["kind"], e["date"], e["venue_name"]) == ("agreement", "2025-03-12", "Istanbul")
    assert set(e["names"]) == {"Antonio Guterres", "Sergei Shoigu", "Oleksandr Kubrakov"}


def test_city_venue_replaces_the_country_of_a_bare_mention() -> None:
    body = ("The donor conference, co-hosted by Germany, opened on Tuesday.\n"
            "Zelenskyy met German President Frank-Walter Steinmeier in Berlin on Monday.")
    venues = [e["venue_name"] for e in events(body, WEDNESDAY) if "Frank-Walter Steinmeier" in e["names"]]
    assert venues == ["Berlin"]


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
