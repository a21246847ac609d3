"""Diplomacy rules from the third blind batch: joined parties, headline plans, unnamed summits, lists of
signatories, titles standing for names (sentences written for these tests; facts may be real)."""

from __future__ import annotations

import pytest

from tests.unit.test_diplomacy import events, one

WEDNESDAY = "2025-03-12T18:00:00Z"


def test_met_and_said_he_would_keeps_the_meeting_held() -> None:
    body = ("Polish Foreign Minister Radoslaw Sikorski met Andrii Sybiha in Kyiv on Tuesday and said he would "
            "visit Kharkiv later this week.")
    e = one(body, WEDNESDAY)
    assert (e["kind"], e["status"], e["date"]) == ("meeting", "held", "2025-03-11")


def test_joined_them_and_the_three_leaders_make_one_visit() -> None:
    body = ("Finnish President Alexander Stubb and Swedish Prime Minister Ulf Kristersson arrived in Kyiv on "
            "Tuesday. Danish Prime Minister Mette Frederiksen joined them separately.\n"
            "The three leaders held talks with Ukrainian President Volodymyr Zelenskyy at his office.")
    e = one(body, WEDNESDAY)
    assert e["kind"] == "visit"
    assert set(e["names"]) == {"Alexander Stubb", "Ulf Kristersson", "Mette Frederiksen", "Volodymyr Zelenskyy"}


def test_date_after_since_is_background() -> None:
    body = ("British Prime Minister Keir Starmer arrived in Kyiv for talks with Ukrainian President Volodymyr "
            "Zelenskyy, his first trip to Ukraine since Russia stepped up its offensive in February.")
    assert one(body, WEDNESDAY)["date"] is None


def test_summit_with_unnamed_leaders_is_kept() -> None:
    body = "EU leaders are due to decide on the request at a summit in Brussels on March 20-21."
    e = one(body, WEDNESDAY)
    assert (e["kind"], e["status"], e["date"], e["venue_name"], e["names"]) == (
        "summit", "scheduled", "2025-03-20", "Brussels", [])


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


def test_pronoun_right_before_the_trigger_mid_sentence() -> None:
    body = ("Zelenskyy said Ukraine would back a truce if it was mutual.\n"
            "Speaking in Helsinki, where he held talks with Finnish President Alexander Stubb on Wednesday, he "
            "said Kyiv needed guarantees.")
    e = one(body, WEDNESDAY)
    assert set(e["names"]) == {"Volodymyr Zelenskyy", "Alexander Stubb"}


def test_negotiating_teams_meeting_is_talks() -> None:
    body = ("US special envoy Steve Witkoff said American and Russian negotiating teams would meet in Riyadh "
            "on Sunday.")
    e = one(body, WEDNESDAY)
    assert (e["kind"], e["status"], e["venue_name"]) == ("talks", "scheduled", "Riyadh")
    assert set(e["countries"]) == {"US", "RU"}


def test_the_president_is_the_president_named_before_and_host_is_no_summit() -> None:
    body = ("Zelenskyy and Japanese Prime Minister Shigeru Ishiba signed a security accord on Wednesday.\n"
            "The President also held a meeting with Italian Prime Minister Giorgia Meloni, the host of the summit.")
    meeting = next(e for e in events(body, WEDNESDAY) if "Giorgia Meloni" in e["names"])
    assert meeting["kind"] == "meeting"
    assert set(meeting["names"]) == {"Volodymyr Zelenskyy", "Giorgia Meloni"}


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


def test_tally_of_past_agreements_is_no_event_and_no_outcome() -> None:
    body = ("Zelenskyy met Italian Prime Minister Giorgia Meloni in Rome on Tuesday.\n"
            "Ukraine has now signed bilateral security agreements with 20 countries.")
    e = one(body, WEDNESDAY)
    assert (e["kind"], e["outcome"]) == ("meeting", None)


def test_listed_signatory_countries_make_a_new_agreement() -> None:
    body = ("Zelenskyy met US President Joe Biden in Vilnius on Tuesday.\n"
            "The leaders of the G7 - the U.S., the U.K., France, Germany, Italy, Canada and Japan - also signed "
            "a joint declaration on Tuesday.")
    found = events(body, WEDNESDAY)
    assert sorted(e["kind"] for e in found) == ["agreement", "meeting"]
    deal = next(e for e in found if e["kind"] == "agreement")
    assert set(deal["countries"]) == {"US", "GB", "FR", "DE", "IT", "CA", "JP"}
    assert next(e for e in found if e["kind"] == "meeting")["outcome"] is None


def test_signed_on_behalf_of_joins_the_agreement() -> None:
    body = ("Russian Defence Minister Sergei Shoigu and Ukrainian minister Oleksandr Kubrakov signed the grain "
            "deal in Istanbul on Friday. Turkish Defence Minister Hulusi Akar signed on behalf of Turkey.")
    e = one(body, WEDNESDAY)
    assert {"Sergei Shoigu", "Oleksandr Kubrakov", "Hulusi Akar"} <= set(e["names"])


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


def test_co_hosted_video_call_is_a_call_with_its_attendees() -> None:
    body = ("French President Emmanuel Macron and British Prime Minister Keir Starmer co-hosted a video call of "
            "European leaders on Sunday, attended by Zelenskyy.")
    e = one(body, WEDNESDAY)
    assert (e["kind"], e["date"]) == ("call", "2025-03-09")
    assert set(e["names"]) == {"Emmanuel Macron", "Keir Starmer", "Volodymyr Zelenskyy"}


def test_meeting_on_the_sidelines_of_a_summit_is_its_own_event() -> None:
    body = ("Zelenskyy will attend the NATO summit in The Hague next week, where he is expected to meet Trump on "
            "the sidelines.")
    e = one(body, WEDNESDAY)
    assert (e["kind"], e["status"], e["venue_name"]) == ("meeting", "scheduled", "The Hague")
    assert set(e["names"]) == {"Volodymyr Zelenskyy", "Donald Trump"}


def test_the_next_day_is_held_the_day_after_the_event_before() -> None:
    body = "Zelenskyy met Erdogan in Ankara on Monday. The next day, he spoke to Trump by phone."
    call = next(e for e in events(body, WEDNESDAY) if e["kind"] == "call")
    assert (call["status"], call["date"]) == ("held", "2025-03-11")


def test_due_in_a_city_for_a_meeting_is_planned() -> None:
    body = "US envoy Steve Witkoff is due in Moscow later this week for a meeting with Putin, the Kremlin said."
    e = one(body, WEDNESDAY)
    assert (e["kind"], e["status"], e["venue_name"]) == ("meeting", "scheduled", "Moscow")


def test_the_two_leaders_also_discussed_is_the_call_before() -> None:
    body = ("Zelenskyy thanked US President Joe Biden for the aid during a phone call on Monday. The two leaders also "
            "discussed the situation at the front.")
    e = one(body, WEDNESDAY)
    assert (e["kind"], e["date"]) == ("call", "2025-03-10")


def test_sidelines_meeting_takes_the_city_of_the_sentence_before_not_the_dateline() -> None:
    body = ("WASHINGTON (AP) - US President Joe Biden welcomed Zelenskyy to the White House on Tuesday.\n"
            "Earlier, Zelenskyy addressed the United Nations in New York. He also held talks with Brazilian "
            "President Luiz Inacio Lula da Silva on the sidelines.")
    lula = next(e for e in events(body, WEDNESDAY) if "Luiz Inacio Lula da Silva" in e["names"])
    assert lula["venue_name"] == "New York"


def test_countries_of_an_embedded_question_are_not_parties() -> None:
    body = ("Zelenskyy said he expected to speak to US President Donald Trump on Thursday to find out what the US "
            "and Russia had agreed.")
    assert set(one(body, WEDNESDAY)["countries"]) == {"UA", "US"}


def test_flew_to_a_capital_where_they_signed_is_an_agreement_dated_later_in_the_day() -> None:
    body = ("Zelenskyy met German Chancellor Olaf Scholz in Berlin on Monday. Later in the day, Zelenskyy flew to "
            "Paris, where he and French President Emmanuel Macron signed a security agreement.")
    deal = next(e for e in events(body, WEDNESDAY) if "Emmanuel Macron" in e["names"])
    assert (deal["kind"], deal["outcome"], deal["venue_name"], deal["date"]) == (
        "agreement", "agreement", "Paris", "2025-03-10")


def test_meeting_that_could_take_place_is_planned() -> None:
    body = "Kremlin aide Yuri Ushakov said a Putin-Trump meeting could take place in the coming weeks."
    e = one(body, WEDNESDAY)
    assert (e["kind"], e["status"], set(e["names"])) == ("meeting", "scheduled", {"Vladimir Putin", "Donald Trump"})


def test_residence_outside_a_city_is_at_that_city() -> None:
    body = "Putin held talks with Indian Prime Minister Narendra Modi at his residence outside Moscow on Monday."
    assert one(body, WEDNESDAY)["venue_name"] == "Moscow"


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
