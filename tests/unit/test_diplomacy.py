"""One test per diplomacy rule, on short articles written for these tests."""

from __future__ import annotations

import time

import pytest

from tests.unit.diplomacy_kit import events, one


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("Lavrov and Rubio spoke by phone on Thursday.", "call"),
        ("Zelenskiy held a telephone conversation with Polish President Karol Nawrocki.", "call"),
        ("Russian and Ukrainian delegations held peace talks in Istanbul on Friday.", "talks"),
        ("Putin received Hungarian Prime Minister Viktor Orban in the Kremlin on Friday.", "meeting"),
        ("Trump and Putin held a summit in Alaska on Friday.", "summit"),
        ("NATO Secretary General Mark Rutte visited Kyiv on Tuesday.", "visit"),
        ("Ukraine and the United States signed a minerals deal on Wednesday.", "agreement"),
    ],
    ids=["call", "phone-conversation", "talks", "meeting-received", "summit", "visit", "agreement-signed"],
)
def test_kind(body, kind):
    assert one(body)["kind"] == kind


@pytest.mark.parametrize(
    ("body", "status", "date"),
    [
        ("Macron and Starmer will meet Zelenskyy in London on Monday.", "scheduled", "2025-08-18"),
        ("Witkoff is set to meet Putin in Moscow next week.", "scheduled", None),
        ("Umerov met Witkoff in Miami on Friday.", "held", "2025-08-15"),
        ("Trump said he would call Zelenskiy.", "scheduled", None),
    ],
    ids=["will-meet-weekday-ahead", "is-set-to", "held-weekday-back", "would-call"],
)
def test_status_and_date(body, status, date):
    event = one(body)
    assert (event["status"], event["date"]) == (status, date)


@pytest.mark.parametrize(
    ("body", "outcome"),
    [
        ("Talks between US and Russian officials in Riyadh ended without a breakthrough on Tuesday.",
         "no_breakthrough"),
        ("Ukrainian and Russian delegations met in Istanbul, but the talks produced no breakthrough.",
         "no_breakthrough"),
        ("Ukraine and US officials held talks in Jeddah and issued a joint statement.", "agreement"),
        ("Zelenskiy met Merz in Berlin on Friday.", None),
        ("Witkoff will hold talks with Putin in Moscow next week without a breakthrough expected.", None),
        ("Russian and Ukrainian delegations met in Istanbul on Friday, agreeing to swap prisoners but failing to "
         "agree on a ceasefire.", "agreement"),
    ],
    ids=["ended-without", "produced-no-breakthrough", "joint-statement", "none", "planned-has-no-outcome",
         "concrete-agreement-beats-failure"],
)
def test_outcome(body, outcome):
    assert one(body)["outcome"] == outcome


def test_participants_canonical_with_roles_and_countries():
    event = one("German Chancellor Olaf Scholz spoke with Ukrainian President Volodymyr Zelensky on Friday.")
    assert event["participants"] == [
        {"name": "Olaf Scholz", "role": "chancellor", "country": "DE"},
        {"name": "Volodymyr Zelenskyy", "role": "president", "country": "UA"},
    ]
    assert sorted(event["countries"]) == ["DE", "UA"]


def test_unknown_titled_participant_gets_country_from_adjective():
    event = one("Sybiha met Belgian Foreign Minister Maxime Prevot in Brussels on Thursday.")
    assert "Maxime Prevot" in event["names"] and "BE" in event["countries"]


@pytest.mark.parametrize(
    ("body", "countries"),
    [
        ("Ukrainian and United States officials held talks in Riyadh.", ["UA", "US"]),
        ("The next round of talks between Ukraine and Russia will be held in Istanbul.", ["RU", "UA"]),
        ("US-Ukraine talks in Geneva ended late on Sunday.", ["UA", "US"]),
        ("Witkoff met national security advisers from the United Kingdom, France and Germany in Miami.",
         ["DE", "FR", "GB", "US"]),
    ],
    ids=["adjective-pair", "between", "hyphen-compound", "officials-from-list"],
)
def test_party_countries(body, countries):
    assert sorted(one(body)["countries"]) == countries


def test_mediator_country_word_is_not_a_party():
    event = one("Macron and Merz will meet Zelenskyy in London on Monday to discuss the US-mediated plan.")
    assert "US" not in event["countries"]


def test_possessive_is_not_a_participant():
    event = one("Trump's special envoy Steve Witkoff met Putin in Moscow on Thursday.")
    assert event["names"] == ["Steve Witkoff", "Vladimir Putin"]


def test_attribution_tail_is_not_a_participant():
    event = one("Scholz talked to Zelensky on Friday, the chancellor's spokesman Steffen Hebestreit said.")
    assert event["names"] == ["Olaf Scholz", "Volodymyr Zelenskyy"]


def test_office_title_names_the_office_holder():
    event = one("Scholz spoke to the Russian president by phone on Friday.")
    assert "Vladimir Putin" in event["names"]


@pytest.mark.parametrize(
    ("body", "venue"),
    [
        ("US and Ukrainian officials met in Jeddah, Saudi Arabia, on Tuesday.", "Jeddah"),
        ("Xi and Putin held talks in the Kremlin on Thursday.", "Moscow"),
        ("Lavrov and Fidan spoke by phone from Ankara.", None),
    ],
    ids=["city-before-country", "kremlin-alias", "calls-have-no-venue"],
)
def test_venue(body, venue):
    assert one(body)["venue_name"] == venue


def test_same_talks_in_two_paragraphs_are_one_event():
    body = ("Negotiations between Ukrainian and US officials ended without a breakthrough.\n"
            "The talks in Florida wrapped up on Saturday.\n"
            "The talks in Miami followed a meeting between US envoys and Vladimir Putin in Moscow.")
    found = events(body, "2025-12-07T00:00:00Z")
    assert [(e["kind"], e["venue_name"]) for e in found] == [("talks", "Florida"), ("meeting", "Moscow")]
    assert found[0]["date"] == "2025-12-06" and found[0]["outcome"] == "no_breakthrough"


def test_held_and_planned_meetings_stay_apart():
    body = ("On Friday morning, Witkoff and Kushner met Ukraine's Rustem Umerov in Miami.\n"
            "On Friday afternoon, the pair is set to meet Egyptian and Qatari officials ahead of a planned "
            "meeting with Kirill Dmitriev on Saturday.")
    found = events(body, "2025-12-19T00:00:00Z")
    assert [(e["status"], e["date"]) for e in found] == [
        ("held", "2025-12-19"), ("scheduled", "2025-12-19"), ("scheduled", "2025-12-20")]
    assert found[1]["names"] == ["Steve Witkoff", "Jared Kushner"]


def test_delegation_head_joins_the_talks():
    body = ("Russian and Ukrainian delegations held talks in Istanbul on Friday.\n"
            "Rustem Umerov, who led Kyiv's delegation, said prisoners would be exchanged.")
    assert one(body, "2025-05-16T00:00:00Z")["names"] == ["Rustem Umerov"]


@pytest.mark.parametrize(
    "body",
    [
        "Kremlin spokesman Dmitry Peskov said there were no plans for a Putin-Zelenskyy meeting.",
        "Erdogan offered to host talks between Russia and Ukraine.",
        "Russia has repeatedly said it is open to peace talks.",
        "Zelensky visited troops near Pokrovsk on Sunday.",
        "Macron criticized Russia's escalatory path and urged more pressure on Moscow.",
        "Putin maintains contact with Hungarian Prime Minister Viktor Orban.",
        "Peace talks won't stop the arrest warrant against Putin, the court said.",
        "Zelenskiy said the meeting of top-level officials ordered a humanitarian plan.",
    ],
    ids=["no-plans", "offer", "open-to", "domestic-visit", "one-sided-statement", "maintains-contact",
         "negated-topic", "internal-meeting"],
)
def test_non_events(body):
    assert events(body) == []


def test_no_anchor_uses_document_year():
    body = ("In a phone call on March 27, Erdogan told Putin a ceasefire was needed.\n"
            "- Mevlut Cavusoglu (@MevlutCavusoglu) March 27, 2022")
    assert one(body, None)["date"] == "2022-03-27"


def test_evidence_quotes_the_body():
    body = "Zelenskyy’s call with Macron on Friday\u00a0lasted an hour."
    event = one(body)
    for spans in event["evidence"].values():
        for span in spans:
            assert body[span.start : span.end] == span.text


@pytest.mark.parametrize(
    "body",
    ["", "<p>   </p>", "Переговори в Стамбулі", "talks " * 200_000, "met with " * 50_000 + "Putin"],
    ids=["empty", "html", "cyrillic", "one-mb-triggers", "repeated-trigger"],
)
def test_odd_input_does_not_crash_or_stall(body):
    t0 = time.perf_counter()
    events(body)
    assert time.perf_counter() - t0 < 10.0


def test_meeting_on_the_sidelines_of_a_summit_is_a_meeting_there():
    event = one("Rubio met Lavrov on the sidelines of the ASEAN summit in Kuala Lumpur on Thursday.")
    assert (event["kind"], event["venue_name"], event["date"]) == ("meeting", "Kuala Lumpur", "2025-08-14")


def test_back_reference_does_not_pull_in_other_people():
    body = ("Zelensky met Trump at the White House on Monday.\n"
            "Trump said he had phoned Putin after the meeting and began arranging a meeting between Putin "
            "and Zelensky.")
    found = events(body, "2025-08-19T06:00:00Z")
    assert [(e["status"], sorted(e["countries"])) for e in found if e["kind"] == "meeting"] == [
        ("held", ["UA", "US"]), ("scheduled", ["RU", "UA"])]


def test_by_phone_is_a_call():
    assert one("The Kremlin said Putin and Trump spoke for 40 minutes by phone.")["kind"] == "call"


def test_chief_negotiator_joins_the_talks():
    body = ("Russian and Ukrainian delegations held a second round of talks in Istanbul on Monday.\n"
            "Russia's chief negotiator Vladimir Medinsky said Moscow proposed a short ceasefire.")
    assert one(body, "2025-06-02T18:00:00Z")["names"] == ["Vladimir Medinsky"]


@pytest.mark.parametrize(
    ("body", "names"),
    [
        ("Ukrainian and Russian negotiators met in Geneva on Thursday. Kyiv's delegation was led by Rustem Umerov, "
         "while Moscow's was headed by Vladimir Medinsky.", ["Rustem Umerov", "Vladimir Medinsky"]),
        ("U.S. and Russian officials will hold talks in Riyadh on Monday. The Russian side will be represented by "
         "senator Grigory Karasin and Sergei Beseda, an adviser to the FSB chief.",
         ["Grigory Karasin", "Sergei Beseda"]),
    ],
    ids=["delegation-led-by", "side-represented-by"],
)
def test_passive_delegation_heads_join_the_talks(body, names):
    assert one(body)["names"] == names


def test_planned_delegation_joins_the_planned_talks_not_an_earlier_meeting():
    body = ("Russian and U.S. officials will hold talks in Riyadh on Monday, days after U.S. negotiators met a "
            "Ukrainian team in Jeddah. The Russian side would be represented by senator Grigory Karasin.")
    planned = [e for e in events(body, "2025-03-21T12:00:00Z") if e["status"] == "scheduled"]
    assert [e["names"] for e in planned] == [["Grigory Karasin"]]


@pytest.mark.parametrize(
    ("body", "extra"),
    [
        ("Russian and Ukrainian envoys held talks in Istanbul on Friday. Turkish Foreign Minister Hakan Fidan "
         "opened the meeting.", "Hakan Fidan"),
        ("Zelenskiy will meet Trump at the White House on Monday. NATO Secretary General Mark Rutte is expected "
         "to join part of the meeting.", "Mark Rutte"),
        ("Macron hosted leaders in Paris on Thursday for a summit on Ukraine. Zelenskyy, Keir Starmer and "
         "Giorgia Meloni were among those who attended.", "Giorgia Meloni"),
    ],
    ids=["opened-the-meeting", "expected-to-join", "were-among-those-who-attended"],
)
def test_people_joining_an_event_are_its_participants(body, extra):
    assert extra in one(body)["names"]


def test_attendees_without_an_event_make_no_event():
    assert events("Zelenskyy and Keir Starmer attended a football match in London on Sunday.") == []


def test_concrete_agreement_beats_failure_on_another_point():
    body = ("Russian and Ukrainian delegations met in Istanbul on Friday, agreeing to swap 500 prisoners each "
            "but failing to agree on a truce.")
    assert one(body)["outcome"] == "agreement"


def test_agreeing_to_keep_talking_is_no_agreement():
    body = "U.S. and Ukrainian officials met in Geneva on Sunday, failing to agree on a plan but agreeing to continue."
    assert one(body)["outcome"] == "no_breakthrough"


def test_next_round_agreed_by_the_sides_inherits_their_countries():
    body = ("Ukrainian and Russian officials met in Abu Dhabi on Friday for talks that ended without a deal. "
            "The sides agreed to continue the talks next week.")
    planned = [e for e in events(body) if e["status"] == "scheduled"]
    assert len(planned) == 1 and sorted(planned[0]["countries"]) == ["RU", "UA"]


def test_named_visit_with_a_meeting_is_a_visit():
    body = ("Irish Prime Minister Micheal Martin arrived in Kyiv on Thursday on an unannounced visit. "
            "Martin met Zelenskyy, and his first trip to Ukraine since taking office last month ended at night.")
    found = one(body, "2025-06-05T12:00:00Z")
    assert (found["kind"], found["date"], found["venue_name"]) == ("visit", "2025-06-05", "Kyiv")


def test_elysee_palace_is_paris():
    body = "Macron received Zelenskyy at the Elysee Palace on Friday."
    assert one(body)["venue_name"] == "Paris"


def test_triggers_start_only_at_listed_first_words():
    import re

    from service.extract import diplomacy_lexicon as lx
    from service.extract.diplomacy_types import FIRST_WORDS

    text = ("After discussing the plan, envoys held talks, then a second round of peace talks; face-to-face "
            "negotiations and high-stakes consultations followed. He phoned Macron, spoke by phone with Tusk, "
            "will call Merz, sat down with Erdogan, travelled to Ankara, flew to Oslo, signed a deal, struck an "
            "accord and exchanged proposals over a videoconference. Crunch talks, a fresh round, the summit.")
    starters = {w.group(0).lower() for w in re.finditer(r"[^\W_]+", text) if lx.TRIGGER_ALL.match(text, w.start())}
    assert starters and starters <= FIRST_WORDS
