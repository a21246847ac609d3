"""Diplomacy rules for later references, lists, kinds, venues and outcomes (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.unit.diplomacy_kit import events, one

WEDNESDAY = "2025-03-12T18:00:00Z"


def kinds(body: str) -> list[tuple[str, str]]:
    return [(e["kind"], e["status"]) for e in events(body, WEDNESDAY)]


def test_definite_reference_spoken_about_joins_the_event() -> None:
    body = ("Polish President Andrzej Duda met Ukrainian President Volodymyr Zelenskyy in Warsaw on Tuesday. "
            "Duda later told reporters that the talks had been useful and that he would not discuss details.")
    e = one(body, WEDNESDAY)
    assert (e["kind"], e["status"], e["venue_name"], e["date"]) == ("meeting", "held", "Warsaw", "2025-03-11")


def test_weekday_possessive_call_dates_the_call() -> None:
    body = ("French President Emmanuel Macron spoke with Turkish President Recep Tayyip Erdogan by phone. "
            "Erdogan said the two leaders discussed grain exports during Monday's call.")
    e = one(body, WEDNESDAY)
    assert (e["kind"], e["date"]) == ("call", "2025-03-10")


def test_definite_summit_with_co_chairs_joins_the_summit() -> None:
    body = ("Leaders gathered in London on Sunday for a summit hosted by British Prime Minister Keir Starmer. "
            "The summit, co-chaired by Starmer and French President Emmanuel Macron, drew 18 leaders.")
    e = one(body, WEDNESDAY)
    assert (e["kind"], e["venue_name"], e["date"]) == ("summit", "London", "2025-03-09")
    assert {"Keir Starmer", "Emmanuel Macron"} <= set(e["names"])


def test_list_after_fronted_back_reference_belongs_to_the_call() -> None:
    body = ("German Chancellor Olaf Scholz held talks with Ukrainian President Volodymyr Zelenskyy in Berlin on "
            "Monday. After the talks, Scholz, Macron and Zelenskyy held a phone call with US President Joe Biden.")
    call = next(e for e in events(body, WEDNESDAY) if e["kind"] == "call")
    assert {"Olaf Scholz", "Emmanuel Macron", "Volodymyr Zelenskyy", "Joe Biden"} <= set(call["names"])
    assert call["date"] == "2025-03-10"  # the day of the talks it followed


def test_pronoun_subject_is_the_person_of_the_previous_sentence() -> None:
    body = ("Ukrainian President Volodymyr Zelenskyy said air defence was his priority. "
            "He is due to meet US President Joe Biden in Washington later this month.")
    e = one(body, WEDNESDAY)
    assert set(e["names"]) == {"Volodymyr Zelenskyy", "Joe Biden"}
    assert (e["status"], e["date"]) == ("scheduled", "2025-03")


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("German Foreign Minister Annalena Baerbock arrived in Kyiv on Tuesday for talks with Ukrainian Foreign "
         "Minister Dmytro Kuleba.", "visit"),
        ("German Chancellor Olaf Scholz welcomed Ukrainian President Volodymyr Zelenskyy in Berlin on Tuesday.",
         "visit"),
        ("Japanese Prime Minister Fumio Kishida arrived in Kyiv on Tuesday on an unannounced visit and met "
         "Ukrainian President Volodymyr Zelenskyy.", "visit"),
        ("Zelenskyy said he had discussed the energy attacks in a phone call with British Prime Minister Keir "
         "Starmer on Tuesday.", "call"),
        ("The Kremlin said Putin had briefed Belarusian President Alexander Lukashenko on the Riyadh talks by "
         "phone.", "call"),
        ("Putin is due to meet Chinese President Xi Jinping in Beijing on Friday - the first China-Russia summit "
         "this year.", "summit"),
    ],
    ids=["arrived-for-talks-is-visit", "welcomed-in-host-city-is-visit", "arrived-on-visit-and-met",
         "discussed-in-phone-call", "briefed-on-talks-by-phone", "appositive-names-summit"],
)
def test_kind(body: str, kind: str) -> None:
    assert one(body, WEDNESDAY)["kind"] == kind


def test_virtual_meeting_is_a_call_with_its_host() -> None:
    body = ("The video conference, hosted by German Chancellor Olaf Scholz, included French President Emmanuel "
            "Macron and British Prime Minister Keir Starmer.")
    e = one(body, WEDNESDAY)
    assert e["kind"] == "call"
    assert {"Olaf Scholz", "Emmanuel Macron", "Keir Starmer"} <= set(e["names"])


@pytest.mark.parametrize(
    ("body", "venue"),
    [
        ("Putin received Belarusian President Alexander Lukashenko in the Black Sea resort of Sochi on Monday.",
         "Sochi"),
        ("Zelenskyy stopped in the Polish city of Rzeszow on Monday, where he met Polish President Andrzej Duda.",
         "Rzeszów"),
        ("Ukrainian and Russian delegations met at Istanbul's Dolmabahce Palace on Monday.", "Istanbul"),
        ("Ukrainian and Russian delegations met at Istanbul's \u00c7ira\u011fan Palace on Monday.", "Istanbul"),
    ],
    ids=["resort-of", "city-of-where-he-met", "city-possessive-palace", "palace-name-with-diacritics"],
)
def test_venue_phrasings(body: str, venue: str) -> None:
    assert one(body, WEDNESDAY)["venue_name"] == venue


@pytest.mark.parametrize(
    ("body", "outcome"),
    [
        ("Macron hosted Zelenskyy at the Elysee Palace on Monday. The meeting ended without a deal on jets.",
         "no_breakthrough"),
        ("Erdogan met Putin in Sochi on Monday. Erdogan said he would keep trying, but no agreement was announced.",
         "no_breakthrough"),
        ("US and Russian officials held talks in Riyadh on Tuesday. Rubio told reporters the two sides agreed to "
         "reopen their embassies.", "agreement"),
        ("Starmer and Macron hosted a summit in London on Monday at which thirty countries formally committed to "
         "a reassurance force.", "agreement"),
        ("Zelenskyy held a phone call with Erdogan on Monday; the two leaders agreed to stay in contact.", None),
        ("Starmer hosted European leaders in London on Sunday for a summit. Macron and Tusk were among those who "
         "attended. The leaders did not agree on a peacekeeping force, Starmer said.", "no_breakthrough"),
    ],
    ids=["ended-without-a-deal", "no-agreement-announced-next-sentence", "two-sides-agreed-next-sentence",
         "formally-committed", "stay-in-contact-is-no-outcome", "leaders-did-not-agree-next-sentence"],
)
def test_outcomes(body: str, outcome: str | None) -> None:
    assert one(body, WEDNESDAY)["outcome"] == outcome


@pytest.mark.parametrize(
    "body",
    [
        "Kuleba met Baerbock in Kyiv on Monday. It was Baerbock's ninth visit to Ukraine since February 2022.",
        "Zelenskyy met Erdogan in Ankara on Monday, who offered Turkey as a venue for future negotiations.",
        "Putin met Lukashenko in Minsk on Monday. Putin called the talks constructive and invited him to Moscow.",
        "Duda met Zelenskyy in Warsaw on Monday. Zelenskyy said Kyiv would not accept any outcome from talks "
        "held without Ukraine.",
    ],
    ids=["possessive-visit-joins", "offered-as-venue", "called-the-talks", "outcome-from-talks"],
)
def test_background_mentions_add_no_event(body: str) -> None:
    assert len(events(body, WEDNESDAY)) == 1


def test_relative_clause_plan_after_call_is_a_second_event() -> None:
    body = ("Erdogan received Zelenskyy in Ankara on Tuesday, a day after a phone call with Putin in which the two "
            "agreed to meet in Astana.")
    found = {e["kind"]: e for e in events(body, WEDNESDAY)}
    assert found["call"]["date"] == "2025-03-10"  # a day before the Tuesday meeting
    planned = [e for e in events(body, WEDNESDAY) if e["status"] == "scheduled"]
    assert len(planned) == 1
    assert set(planned[0]["names"]) == {"Vladimir Putin", "Recep Tayyip Erdogan"}
    assert planned[0]["venue_name"] == "Astana"


def test_preparatory_meeting_is_not_the_summit() -> None:
    body = ("The Astana summit has no set date. Lavrov and Fidan are expected to meet next week to prepare the "
            "summit, the Kremlin said.")
    assert ("meeting", "scheduled") in kinds(body)


def test_where_clause_adds_the_counterpart_to_the_planned_meeting() -> None:
    body = ("Ukrainian Foreign Minister Andrii Sybiha is set to travel to Brussels on Thursday for a meeting of NATO "
            "foreign ministers, where he will hold talks with NATO Secretary General Mark Rutte.")
    e = one(body, WEDNESDAY)
    assert set(e["names"]) == {"Andrii Sybiha", "Mark Rutte"}
    assert (e["venue_name"], e["status"]) == ("Brussels", "scheduled")


def test_on_her_visit_is_under_way() -> None:
    body = ("Kuleba hosted German Foreign Minister Annalena Baerbock in Kyiv on Monday. Baerbock, on her fifth "
            "visit to Ukraine, said Germany would keep up its support.")
    assert kinds(body) == [("visit", "held")]  # the named visit makes the hosting a visit


def test_later_that_day_takes_the_previous_date() -> None:
    body = ("Zelenskyy held a phone call with Erdogan on Monday. Later that day, Zelenskyy spoke with Finnish "
            "President Alexander Stubb.")
    assert [e["date"] for e in events(body, WEDNESDAY)] == ["2025-03-10", "2025-03-10"]


def test_delegation_heads_and_chair_join_the_talks() -> None:
    body = ("Russian and Ukrainian delegations met for direct talks in Istanbul on Monday. The Russian delegation "
            "was again led by presidential aide Vladimir Medinsky. Turkish Foreign Minister Hakan Fidan opened and "
            "chaired the session.")
    e = one(body, WEDNESDAY)
    assert {"Vladimir Medinsky", "Hakan Fidan"} <= set(e["names"])


def test_earlier_round_is_its_own_event_with_the_same_parties() -> None:
    body = ("Russian and Ukrainian delegations held talks at Istanbul's Ciragan Palace on Monday. The first round, "
            "held in the same city on February 14, produced a prisoner swap.")
    found = sorted(events(body, WEDNESDAY), key=lambda e: e["date"])
    assert [(e["date"], e["venue_name"]) for e in found] == [("2025-02-14", "Istanbul"), ("2025-03-10", "Istanbul")]
    assert set(found[0]["countries"]) == {"RU", "UA"}


def test_sidelines_of_the_summit_takes_the_summit_venue() -> None:
    body = ("Zelenskyy will attend the NATO summit in Vilnius, which opens on Tuesday. On Wednesday, on the "
            "sidelines of the summit, Zelenskyy will meet US President Joe Biden.")
    meeting = next(e for e in events(body, "2025-03-09T10:00:00Z") if e["kind"] == "meeting")
    assert meeting["venue_name"] == "Vilnius"


@pytest.mark.parametrize(
    "body",
    [
        "Zelenskyy welcomed Biden's decision to send more air defence systems.",
        "Macron welcomed the news from Washington and praised Starmer.",
    ],
    ids=["welcomed-possessive-object", "welcomed-the-news"],
)
def test_welcomed_a_decision_is_no_meeting(body: str) -> None:
    assert events(body, WEDNESDAY) == []


def test_pronoun_after_told_reporters_he() -> None:
    body = ("Zelenskyy met Biden in Washington on Tuesday. He told reporters he would meet Turkish President Recep "
            "Tayyip Erdogan in Ankara next week.")
    planned = next(e for e in events(body, WEDNESDAY) if e["status"] == "scheduled")
    assert set(planned["names"]) == {"Volodymyr Zelenskyy", "Recep Tayyip Erdogan"}


def test_a_modified_summit_does_not_rename_a_meeting() -> None:
    body = "Zelenskyy met Biden in Washington on Tuesday. The NATO summit also discussed air defence."
    assert [e["kind"] for e in events(body, WEDNESDAY)] == ["meeting"]


def test_planned_event_reported_next_as_past_took_place() -> None:
    body = ("Polish President Andrzej Duda received Zelenskyy in Warsaw on Tuesday, ahead of a video call with US "
            "President Joe Biden. The call, hosted by Duda, included British Prime Minister Keir Starmer.")
    call = next(e for e in events(body, WEDNESDAY) if e["kind"] == "call")
    assert call["status"] == "held"
    assert {"Joe Biden", "Keir Starmer"} <= set(call["names"])


def test_the_two_spoke_by_phone_is_a_call_of_the_pair_named_before() -> None:
    body = "Marco Rubio and Sergei Lavrov met in Geneva on Friday. The two spoke by phone on Monday."
    call = next(e for e in events(body, "2025-10-22T10:00:00Z") if e["kind"] == "call")
    assert (set(call["names"]), call["date"]) == ({"Marco Rubio", "Sergei Lavrov"}, "2025-10-20")


def test_the_two_discussed_is_the_topic_of_the_meeting_before() -> None:
    body = ("Finnish President Alexander Stubb arrived in Kyiv on Wednesday on an unannounced visit.\n"
            "Stubb met President Volodymyr Zelenskyy, and the two discussed air defence and the next aid package.\n"
            "Air raid sirens sounded shortly before the talks began.")
    assert len(events(body, "2024-04-03T15:00:00Z")) == 1


def test_the_call_after_a_lead_with_two_leaders_agreeing_is_their_call() -> None:
    body = ("French President Emmanuel Macron and Chinese President Xi Jinping agreed on Monday to restart "
            "flights between the two countries.\nThe call lasted more than an hour, according to the Elysee.")
    e = one(body, WEDNESDAY)
    assert (e["kind"], sorted(e["names"]), e["date"], e["outcome"]) == (
        "call", ["Emmanuel Macron", "Xi Jinping"], "2025-03-10", "agreement")
