"""Diplomacy participants: the people and countries taking part in an event.

Sentences written for these tests; facts may be real.
"""

from __future__ import annotations

import pytest

from service.nlp.actors import find_people
from tests.unit.diplomacy_kit import THURSDAY, WEDNESDAY, events, one


def test_pronoun_right_before_the_trigger_mid_sentence() -> None:
    body = ("Zelenskyy said Ukraine would back a truce if it was mutual.\n"
            "Speaking in Helsinki, where he held talks with Finnish President Alexander Stubb on Wednesday, he "
            "said Kyiv needed guarantees.")
    e = one(body, WEDNESDAY)
    assert set(e["names"]) == {"Volodymyr Zelenskyy", "Alexander Stubb"}


def test_the_president_is_the_president_named_before_and_host_is_no_summit() -> None:
    body = ("Zelenskyy and Japanese Prime Minister Shigeru Ishiba signed a security accord on Wednesday.\n"
            "The President also held a meeting with Italian Prime Minister Giorgia Meloni, the host of the summit.")
    meeting = next(e for e in events(body, WEDNESDAY) if "Giorgia Meloni" in e["names"])
    assert meeting["kind"] == "meeting"
    assert set(meeting["names"]) == {"Volodymyr Zelenskyy", "Giorgia Meloni"}


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


def test_countries_of_an_embedded_question_are_not_parties() -> None:
    body = ("Zelenskyy said he expected to speak to US President Donald Trump on Thursday to find out what the US "
            "and Russia had agreed.")
    assert set(one(body, WEDNESDAY)["countries"]) == {"UA", "US"}


def test_meeting_chaired_by_joins_the_meeting_before_without_later_clause_people() -> None:
    body = ("Sybiha is expected to attend a meeting of EU foreign ministers in Brussels on Thursday. The meeting "
            "will be chaired by EU foreign policy chief Kaja Kallas for the last time before Trump takes office.")
    e = one(body, WEDNESDAY)
    assert (e["kind"], e["status"], e["date"]) == ("meeting", "scheduled", "2025-03-13")
    assert set(e["names"]) == {"Andrii Sybiha", "Kaja Kallas"}


def test_talks_opened_by_a_host_minister_add_the_host() -> None:
    body = ("Russian and Ukrainian delegations met in Istanbul on Monday for direct talks. The talks at the "
            "Ciragan Palace were opened by Turkish Foreign Minister Hakan Fidan.")
    e = one(body, WEDNESDAY)
    assert (e["kind"], e["names"], sorted(e["countries"])) == ("talks", ["Hakan Fidan"], ["RU", "TR", "UA"])


def test_spent_hours_with_names_the_parties_of_the_talks() -> None:
    body = ("US and Russian delegations held talks in Riyadh on Tuesday. In Riyadh, Secretary of State Marco Rubio "
            "spent more than four hours with Russian Foreign Minister Sergei Lavrov at a palace.")
    e = one(body, THURSDAY)
    assert (e["kind"], e["venue_name"], e["date"]) == ("talks", "Riyadh", "2024-10-15")
    assert set(e["names"]) == {"Marco Rubio", "Sergei Lavrov"}


def test_attendees_of_a_signing_are_its_participants() -> None:
    body = ("Russian Defence Minister Sergei Shoigu and Ukrainian Infrastructure Minister Oleksandr Kubrakov "
            "signed separate agreements in Istanbul on Friday. Guterres and Erdogan attended the signing.")
    e = one(body, THURSDAY)
    assert e["kind"] == "agreement"
    assert {"Antonio Guterres", "Recep Tayyip Erdogan"} <= set(e["names"])
    assert "TR" in e["countries"]


def test_delegates_sent_by_other_countries_join_the_talks_but_not_a_possessor() -> None:
    body = ("Senior officials from about 30 countries held talks in Jeddah on Saturday.\nThe Ukrainian delegation "
            "was led by Andriy Yermak, the head of Zelenskyy's office, while the US sent national security adviser "
            "Jake Sullivan.")
    e = one(body, THURSDAY)
    assert set(e["names"]) == {"Andriy Yermak", "Jake Sullivan"}


def test_sent_without_a_delegation_adds_no_delegate() -> None:
    body = "Ukrainian and Saudi officials held talks in Jeddah on Saturday.\nThe US sent more air defence systems."
    assert one(body, THURSDAY)["names"] == []


def test_countries_listed_after_including_are_parties_and_the_talks_stay_talks() -> None:
    body = ("Talks in Saudi Arabia on a peace plan have ended without a communique.\nSenior officials from about "
            "40 countries, including China, Brazil and the United States, met in Jeddah on Saturday and Sunday.")
    e = one(body, "2023-08-06T18:00:00Z")
    assert e["kind"] == "talks"
    assert {"CN", "BR", "US"} <= set(e["countries"])


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


def test_people_listed_before_who_are_the_subject_of_the_relative_trigger() -> None:
    body = ("Putin and Erdogan met in Sochi on Monday. The meeting was prepared by Foreign Minister Sergei Lavrov "
            "and his Turkish counterpart Hakan Fidan, who held talks in Moscow on Thursday.")
    found = {e["venue_name"]: sorted(e["names"]) for e in events(body, WEDNESDAY)}
    assert found["Moscow"] == ["Hakan Fidan", "Sergei Lavrov"]
    assert "Sergei Lavrov" not in found["Sochi"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Polish President Andrzej Duda arrived in Kyiv on Tuesday. At a meeting with Zelensky, he pledged more "
         "help.", ["Andrzej Duda", "Volodymyr Zelenskyy"]),
        ("During talks with Chinese leader Xi Jinping in Beijing on Tuesday, Putin praised the partnership.",
         ["Vladimir Putin", "Xi Jinping"]),
        ("Zelensky made an appeal to Congress on Tuesday. After a closed-door meeting with Speaker Mike Johnson, "
         "Mr. Johnson told reporters that nothing had changed.", ["Mike Johnson", "Volodymyr Zelenskyy"]),
    ],
    ids=["he-after-the-fronted-meeting", "named-subject", "dangling-subject-is-the-one-before"],
)
def test_a_fronted_meeting_takes_the_subject_of_the_main_clause(body: str, expected: list[str]) -> None:
    assert sorted(one(body, WEDNESDAY)["names"]) == expected


def test_people_after_and_warned_are_no_parties() -> None:
    body = ("Biden hosted Zelensky at the White House on Tuesday and warned that Republicans were handing a gift to "
            "President Vladimir Putin of Russia.")
    assert sorted(one(body, WEDNESDAY)["names"]) == ["Joe Biden", "Volodymyr Zelenskyy"]


def test_country_written_after_a_name_is_the_persons_country() -> None:
    body = "Zelensky spoke by phone on Tuesday with Prime Minister Mark Rutte of the Netherlands about air defence."
    assert sorted(one(body, WEDNESDAY)["countries"]) == ["NL", "UA"]


def test_attended_alongside_adds_the_person_after_it() -> None:
    body = ("Leaders gathered for a peace summit in Geneva on Saturday. Kamala Harris and Olaf Scholz attended "
            "alongside Volodymyr Zelensky.")
    assert sorted(one(body, WEDNESDAY)["names"]) == ["Kamala Harris", "Olaf Scholz", "Volodymyr Zelenskyy"]


def test_countries_listed_before_which_took_part_are_parties() -> None:
    body = ("Swiss President Viola Amherd hosted a peace summit in Geneva on Saturday with German Chancellor Olaf "
            "Scholz. India, Thailand and the United Arab Emirates, which took part, did not sign the final document.")
    assert {"IN", "TH", "AE"} <= set(one(body, WEDNESDAY)["countries"])


def test_a_subordinate_meeting_with_its_own_country_subject_takes_no_subject_from_the_main_clause() -> None:
    body = ("Zelensky held talks with Saudi Crown Prince Mohammed bin Salman in Riyadh on Monday, a day before US "
            "and Ukrainian officials were due to meet in Jeddah.")
    planned = next(e for e in events(body, WEDNESDAY) if e["status"] == "scheduled")
    assert (planned["names"], sorted(planned["countries"]), planned["date"]) == ([], ["UA", "US"], "2025-03-11")


def test_country_represented_by_lists_its_delegates() -> None:
    body = ("American and Ukrainian officials held talks in Jeddah on Tuesday. The US delegation was led by "
            "Secretary of State Marco Rubio. Kyiv was represented by Andriy Yermak, the head of the presidential "
            "office, and foreign minister Andrii Sybiha.")
    e = one(body, WEDNESDAY)
    assert set(e["names"]) == {"Marco Rubio", "Andriy Yermak", "Andrii Sybiha"}


def test_delegation_head_and_national_negotiator_join_the_talks() -> None:
    body = ("Russian and Ukrainian delegations held peace talks in Istanbul on Tuesday. "
            "The Turkish president greeted the negotiators before the talks began. "
            "Vladimir Medinsky, who led Russia's delegation, said Moscow had received written proposals from Kyiv. "
            "Ukrainian negotiator David Arakhamia told reporters Kyiv had offered a neutral status.")
    e = one(body, WEDNESDAY)
    assert set(e["names"]) == {"Vladimir Medinsky", "David Arakhamia"}
    assert set(e["countries"]) == {"UA", "RU"}


def test_subject_before_a_relative_clause_meets_after_it() -> None:
    body = ("Zelenskyy, who did not attend the talks, had met Saudi Crown Prince Mohammed bin Salman in Jeddah on "
            "Monday.")
    e = one(body, WEDNESDAY)
    assert set(e["names"]) == {"Volodymyr Zelenskyy", "Mohammed bin Salman"}


def test_a_leader_who_looked_on_is_no_signatory() -> None:
    body = ("Russian Defence Minister Sergei Shoigu and Ukrainian minister Oleksandr Kubrakov signed separate deals "
            "in Istanbul on Friday, as Turkish President Recep Tayyip Erdogan looked on.")
    assert set(one(body, WEDNESDAY)["names"]) == {"Sergei Shoigu", "Oleksandr Kubrakov"}


def test_countries_listed_between_double_dashes_are_the_summit_parties() -> None:
    body = ("Leaders of the Group of Seven -- the U.S., Germany, France, Britain, Italy, Canada and Japan -- met for "
            "a summit in the Bavarian Alps on Monday.")
    e = one(body, WEDNESDAY)
    assert e["kind"] == "summit"
    assert set(e["countries"]) == {"US", "DE", "FR", "GB", "IT", "CA", "JP"}


def test_a_country_that_sent_its_envoy_adds_a_delegate_but_makes_no_event() -> None:
    body = ("Talks on Ukraine were held in Jeddah on Saturday. The US delegation was led by national security "
            "adviser Jake Sullivan. China sent its special envoy for Eurasian affairs, Li Hui.")
    assert set(one(body, "2023-08-07T09:00:00Z")["names"]) == {"Jake Sullivan", "Li Hui"}
    assert events("Trump sent his special envoy Steve Witkoff to Moscow.", WEDNESDAY) == []


def test_the_subject_does_not_join_a_summit_between_two_others() -> None:
    body = ("Zelenskyy travelled to Paris on Tuesday for talks with Emmanuel Macron ahead of Friday's summit between "
            "Donald Trump and Xi Jinping in Seoul.")
    summit = next(e for e in events(body, WEDNESDAY) if e["kind"] == "summit")
    assert sorted(summit["names"]) == ["Donald Trump", "Xi Jinping"]


def test_the_two_then_joined_a_video_call_brings_the_pair_into_the_call() -> None:
    body = ("Zelenskyy travelled to Paris on Tuesday for talks with Emmanuel Macron. The two then joined a video "
            "conference with Donald Trump and JD Vance.")
    call = next(e for e in events(body, WEDNESDAY) if e["kind"] == "call")
    assert sorted(call["names"]) == ["Donald Trump", "Emmanuel Macron", "JD Vance", "Volodymyr Zelenskyy"]
