"""Territory status: the change of control a sentence tells (captured, recaptured, advancing, withdrew,
encircling, disputed) or none.

Sentences written for these tests, read with the in-test gazetteer of ``territory_kit`` (the extractor
alone is judged). Published 2025-12-03 (a Wednesday) unless a test says otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.territory_kit import run, view


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param("Vovchansk, the first town to fall in the offensive, was retaken by Ukrainian troops on Thursday.",
                     [("UA", "recaptured", ["Vovchansk"], None, "2025-11-27")], id="apposition-before-passive"),
        pytest.param("Vovchansk was retaken on Thursday.", [("UA", "recaptured", ["Vovchansk"], None, "2025-11-27")],
                     id="unnamed-recapturer-is-the-owner"),
        pytest.param("Ukraine's army said it had encircled hundreds of Russian troops near Lyman after recapturing "
                     "the village of Siversk.",
                     [("UA", "encircling", ["Lyman"], None, None), ("UA", "recaptured", ["Siversk"], None, None)],
                     id="after-gerund-takes-the-main-subject"),
        pytest.param("Ukrainian soldiers raised the national flag over Kupiansk.",
                     [("UA", "recaptured", ["Kupiansk"], None, None)], id="flag-raised-over"),
        pytest.param("Hours after the Russian retreat, Russian missiles struck Kherson.", [],
                     id="fronted-adverbial-noun-has-no-place"),
        pytest.param("Ukrainian troops pushed on, advancing from the area around Sudzha in the direction of the "
                     "village of Oleshkino.", [("UA", "advancing", ["Oleshkino"], None, None)],
                     id="advance-from-source-toward-target"),
        pytest.param("Kyiv says it has cleared most of the Russian groups that entered Kupiansk in September.", [],
                     id="advance-in-relative-of-cleared-force"),
        pytest.param("Russian forces captured the village of Toretsk, part of a push towards Kostiantynivka.",
                     [("RU", "captured", ["Toretsk"], None, None)], id="part-of-a-push-is-framing"),
        pytest.param("Ukrainian forces recaptured positions northeast of Tabaivka (northeast of Kupiansk).",
                     [("UA", "recaptured", ["Tabaivka"], None, None)], id="unknown-village-located-by-aside"),
        pytest.param("Ukrainian forces recaptured three villages in the south last week. The villages are Robotyne, "
                     "Levadne and Novodarivka, the army said.",
                     [("UA", "recaptured", ["Robotyne", "Levadne", "Novodarivka"], None, None)],
                     id="counted-villages-listed-next-sentence"),
        pytest.param("Ukrainian troops were pushing east toward the town of Lyman.",
                     [("UA", "advancing", ["Lyman"], None, None)], id="push-direction-toward"),
        pytest.param("Russian units pressed south into Vovchansk.",
                     [("RU", "advancing", ["Vovchansk"], None, None)], id="press-direction-into"),
        pytest.param("Russia's defence ministry said its troops in the Kupiansk and Vovchansk areas would \"regroup\" "
                     "to reinforce positions in the Donetsk region.",
                     [("RU", "withdrew", ["Kupiansk", "Vovchansk"], None, None)], id="quoted-regroup-is-a-retreat"),
        pytest.param("Moscow said its forces near Lyman would regroup to strengthen the defence of Siversk.",
                     [("RU", "withdrew", ["Lyman"], None, None)], id="regroup-to-reinforce-leaves-the-place-near"),
        pytest.param("The Russian ministry announced the regrouping of its troops from Kupiansk.",
                     [("RU", "withdrew", ["Kupiansk"], None, None)], id="regrouping-of-troops-from"),
        pytest.param("Russian forces may regroup and attack Kupiansk again.", [], id="regroup-as-a-plan-is-no-event"),
        pytest.param("Russian forces are regrouping near Kupiansk for a new offensive.", [],
                     id="regrouping-for-an-offensive-is-no-retreat"),
        pytest.param("Ukraine's army confirmed the loss of the town of Toretsk.",
                     [("RU", "captured", ["Toretsk"], None, None)], id="loss-of-a-place-is-the-other-side-capture"),
        pytest.param("Russia has suffered the loss of 40 tanks near Toretsk.", [], id="loss-of-equipment-is-no-event"),
        pytest.param("Lyman's capture would open the way to Siversk.", [],
                     id="possessive-capture-with-modal-is-hypothetical"),
        pytest.param("Its recapture would open the way to Siversk.", [], id="its-capture-with-modal-is-hypothetical"),
        pytest.param("Zelenskyy said Ukrainian flags were already flying in Lyman.",
                     [("UA", "recaptured", ["Lyman"], None, None)], id="flags-flying-in-a-place"),
        pytest.param("Lyman's recapture opens the way to Siversk, the Ukrainian army said.",
                     [("UA", "recaptured", ["Lyman"], None, None)], id="possessive-place-owns-the-change-noun"),
        pytest.param("The army said Russian troops had broken into the outskirts of Pokrovsk.",
                     [("RU", "advancing", ["Pokrovsk"], None, None)], id="broken-into-is-advancing"),
        pytest.param("Russian troops are trying to push toward Vovchansk, a local official said.",
                     [("RU", "advancing", ["Vovchansk"], None, None)], id="are-trying-to-push-toward-is-under-way"),
        pytest.param("Russian troops tried to push toward Vovchansk but were repelled.", [],
                     id="tried-to-push-stays-an-aim"),
        pytest.param("Russian troops are now threatening to encircle Kurakhove from the north.",
                     [("RU", "encircling", ["Kurakhove"], None, None)], id="are-now-threatening-to-encircle-undated"),
        pytest.param("Ukrainian troops left Vuhledar as Russian troops threatened to encircle the town.",
                     [("UA", "withdrew", ["Vuhledar"], None, None)], id="threatened-to-encircle-is-a-threat"),
        pytest.param("The camp near Lviv takes in about 120 children from Kharkiv Oblast every two weeks.", [],
                     id="takes-in-people-is-no-capture"),
        pytest.param("Hungary, which took over the rotating presidency of the EU on July 1, sent its premier to "
                     "Moscow.", [], id="took-over-a-presidency-is-no-capture"),
        pytest.param("Ukrainian forces were advancing toward Lyman, while in the south they pushed forward around "
                     "Kherson.", [("UA", "advancing", ["Lyman"], None, None),
                                  ("UA", "advancing", ["Kherson"], None, None)], id="while-splits-two-fronts"),
    ],
)
def test_wording_of_a_change_or_none(body: str, expected: list[tuple[Any, ...]]) -> None:
    assert [view(f) for f in run(body)] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param("Lyman was a rail hub on the road to Siversk. Its recapture was confirmed on Saturday.",
                     [("UA", "recaptured", ["Lyman"], None, "2025-11-29")],
                     id="its-points-to-the-subject-of-the-sentence-before"),
        pytest.param("Lyman, which Russia captured in May, was a rail hub on the road to Siversk.",
                     [("RU", "captured", ["Lyman"], None, "2025-05")], id="relative-clause-object-is-the-place-taken"),
        pytest.param("Russian troops are closing in on Kurakhove from three sides.",
                     [("RU", "encircling", ["Kurakhove"], None, None)], id="closing-in-from-three-sides-encircles"),
        pytest.param("Russian troops are closing in on Kurakhove.",
                     [("RU", "advancing", ["Kurakhove"], None, None)], id="closing-in-alone-advances"),
        pytest.param("Moscow said it captured Siversk. Kyiv denied the claim, saying Ukrainian forces still "
                     "hold the town.", [("RU", "captured", ["Siversk"], None, None)],
                     id="holding-stated-in-a-denial-is-no-event"),
    ],
)
def test_batch5_rules(body: str, expected: list[tuple[Any, ...]]) -> None:
    assert [view(f)[:4] for f in run(body)] == [e[:4] for e in expected]


def test_rejection_after_a_said_capture_disputes_it() -> None:
    [e] = run("The ministry said Russian forces had captured Toretsk. A Ukrainian military spokesman rejected the "
              "claim.")
    assert e["disputed"] is True


def test_regroup_as_the_purpose_of_a_pullback_adds_no_event() -> None:
    body = ("On Saturday, Russia said it was pulling its troops back from the Kupiansk and Vovchansk areas to "
            "\"regroup\" and reinforce positions in the Donetsk region.")
    assert [view(e) for e in run(body, "2025-12-07T10:00:00Z")] == [
        ("RU", "withdrew", ["Kupiansk", "Vovchansk"], None, "2025-12-06")]


def test_pulled_back_to_the_outskirts_left_the_place() -> None:
    body = "A Ukrainian brigade said on Monday that its units had pulled back to the outskirts of Toretsk."
    assert [view(e)[:3] for e in run(body)] == [("UA", "withdrew", ["Toretsk"])]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param("On Friday, Russia's Defence Ministry said its troops had restored control over the village of "
                     "Robotyne.", [("RU", "recaptured", ["Robotyne"], None, "2025-11-28")], id="restored-control"),
        pytest.param("Russia's Defence Ministry said its forces had taken \"full control\" of Avdiivka.",
                     [("RU", "captured", ["Avdiivka"], None, None)], id="quoted-full-control"),
        pytest.param("Ukrainian troops fell back from Pokrovsk on Saturday, a spokesman said.",
                     [("UA", "withdrew", ["Pokrovsk"], None, "2025-11-29")], id="fell-back-from"),
        pytest.param("Ukraine's army said its troops had fallen back from Pokrovsk.",
                     [("UA", "withdrew", ["Pokrovsk"], None, None)], id="had-fallen-back-is-no-fall"),
        pytest.param("Russian forces are within 3 kilometres of Pokrovsk, analysts said.",
                     [("RU", "advancing", ["Pokrovsk"], None, None)], id="within-kilometres-of"),
        pytest.param("Ukrainian forces completed their exit from Pokrovsk on Saturday.",
                     [("UA", "withdrew", ["Pokrovsk"], None, "2025-11-29")], id="exit-from"),
        pytest.param("Russia's exit from the grain deal angered Kyiv.", [], id="exit-from-a-deal"),
        pytest.param("Russian troops have advanced by up to 2 kilometres near Pokrovsk.",
                     [("RU", "advancing", ["Pokrovsk"], None, None)], id="advanced-by-a-distance-is-active"),
        pytest.param("Ukrainian troops cleared the village of Klishchiivka of Russian troops on Sunday.",
                     [("UA", "recaptured", ["Klishchiivka"], None, "2025-11-30")], id="cleared-a-village-of-troops"),
        pytest.param("Russian troops cleared the rubble of the building near Bakhmut.", [], id="cleared-rubble"),
        pytest.param("Russian troops captured several Ukrainian soldiers near Bakhmut.", [], id="captured-soldiers"),
        pytest.param("Ukrainian forces seized 20 Russian tanks near Kupiansk.", [], id="seized-tanks"),
        pytest.param("The front line was drawn in 2014 when Moscow-backed separatists seized parts of the Donetsk "
                     "region.", [], id="capture-in-2014-is-history"),
        pytest.param("Russian forces captured Avdiivka on Saturday, a town they had tried to take since 2014.",
                     [("RU", "captured", ["Avdiivka"], None, "2025-11-29")], id="since-2014-is-no-date-of-the-capture"),
        pytest.param("Avdiivka, on the front line since 2014, was captured by Russian forces on Saturday.",
                     [("RU", "captured", ["Avdiivka"], None, "2025-11-29")],
                     id="prepositional-apposition-before-passive"),
        pytest.param("Russia's ministry said Ukrainian units had been \"completely driven out\" of Robotyne and that "
                     "its troops had restored control over the village.",
                     [("RU", "recaptured", ["Robotyne"], None, None)], id="driven-out-and-restored-is-one-retaking"),
    ],
)
def test_wording_of_a_change_of_control(body: str, expected: list[tuple[Any, ...]]) -> None:
    assert [view(e) for e in run(body)] == expected


def test_almost_completely_surrounded_is_a_passive_encirclement() -> None:
    assert [view(e)[:3] for e in run("Avdiivka is now almost completely surrounded by Russian forces.")] == [
        ("RU", "encircling", ["Avdiivka"])]


def test_a_capture_that_would_allow_more_is_no_new_claim() -> None:
    body = "Russian troops captured Vuhledar on Monday. The capture would allow them to push on from Kurakhove."
    assert [view(e)[:3] for e in run(body)] == [("RU", "captured", ["Vuhledar"])]


def test_the_gains_refers_back_and_claims_nothing_new() -> None:
    body = ("Ukrainian forces recaptured Klishchiivka on Sunday. Analysts said the gains threatened Russian supply "
            "lines around Bakhmut.")
    assert [view(e)[:3] for e in run(body)] == [("UA", "recaptured", ["Klishchiivka"])]


def test_a_hub_on_the_outskirts_of_a_city_is_no_advance() -> None:
    body = "Ukraine has withdrawn its troops from Avdiivka, an industrial hub on the outskirts of Donetsk."
    assert [view(e)[:3] for e in run(body)] == [("UA", "withdrew", ["Avdiivka"])]


def test_decided_to_regroup_troops_from_areas_is_a_withdrawal() -> None:
    body = ("Russia's defence ministry said on Saturday it had decided to \"regroup\" troops from the Kupiansk and "
            "Vovchansk areas to the Donetsk region.")
    assert [view(e) for e in run(body, "2025-12-07T10:00:00Z")] == [
        ("RU", "withdrew", ["Kupiansk", "Vovchansk"], None, "2025-12-06")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param("Russian forces advanced north of Kupiansk and are attempting to cross the Oskil River near "
                     "Vovchansk.", [("RU", "advancing", ["Kupiansk", "Vovchansk"])],
                     id="attempt-to-cross-a-river-near-a-place-is-the-same-advance"),
        pytest.param("Refugees crossed the Dnipro River near Kherson.", [], id="a-crossing-needs-a-side"),
    ],
)
def test_river_crossings(body: str, expected: list[tuple[Any, ...]]) -> None:
    assert [view(f)[:3] for f in run(body)] == expected


def test_denied_capture_is_claimants_disputed_event() -> None:
    events = run(
        "Ukraine on Wednesday denied reports that Russian forces captured the city of Pokrovsk in the eastern "
        "Donetsk region.\nKyiv dismissed the claimed capture of Pokrovsk, Vovchansk and Kupiansk as propaganda.")
    assert len(events) == 1
    e = events[0]
    assert view(e) == ("RU", "captured", ["Pokrovsk", "Vovchansk", "Kupiansk"], None, None)
    assert (e["disputed"], e["modality"], e["claimed_by"]) == (True, "denied", "RU")


def test_denial_in_the_next_sentence_disputes_the_claim() -> None:
    [e] = run("Russia's Defence Ministry claimed its forces had captured Toretsk. Ukraine's military rejected the "
              "claim as false.")
    assert (e["actor"], e["status"], e["disputed"], e["modality"]) == ("RU", "captured", True, "denied")


def test_a_denial_naming_another_place_does_not_dispute_the_area_told_before_it() -> None:
    events = run("Ukraine's General Staff said its troops had recaptured Toretsk. Deputy Defence Minister Hanna Maliar "
                 "said Ukrainian forces had liberated about 50 square kilometres since June. Russia's Defence Ministry "
                 "denied that Toretsk had fallen.")
    [area] = [e for e in events if e["area_km2"] == 50.0]
    assert (area["disputed"], area["modality"]) != (True, "denied")


def test_undisputed_claim_stays_a_claim() -> None:
    [e] = run("Russia's Defence Ministry claimed its forces had captured Toretsk. Ukraine's military did not comment.")
    assert (e["disputed"], e["modality"]) == (False, "claimed")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param("Russian forces are attempting to encircle Siversk from the north and south.",
                     [("RU", "encircling", ["Siversk"], None, None)], id="attempting-to-encircle-is-encircling"),
        pytest.param("Ukrainian forces took Snihurivka on Thursday, a day after Moscow announced its troops would "
                     "pull out of Kherson.", [("UA", "recaptured", ["Snihurivka"], None, "2022-11-10"),
                                               ("RU", "withdrew", ["Kherson"], None, "2022-11-09")],
                     id="announced-withdrawal-a-day-after"),
        pytest.param('Zelenskyy said: "Sudzha has been cleared of Russian troops."',
                     [("UA", "captured", ["Sudzha"], None, "2022-11-10")], id="cleared-of-side-abroad-is-capture"),
        pytest.param('Russian forces withdrew from Lyman. "As of 12:30 Lyman is fully cleared," Zelenskyy said.',
                     [("RU", "withdrew", ["Lyman"], None, None), ("UA", "recaptured", ["Lyman"], None, "2022-11-10")],
                     id="cleared-after-withdrawal-is-the-other-sides-recapture"),
        pytest.param("Lyman, which Russia captured in May, is a rail hub. Its recapture opens the way to Kreminna.",
                     [("RU", "captured", ["Lyman"], None, "2022-05"), ("UA", "recaptured", ["Lyman"], None, None)],
                     id="its-recapture-points-back"),
        pytest.param("Russia's Defence Ministry said its forces had captured Kurakhove. \"Our units have completed "
                     "the liberation of Kurakhove,\" the ministry said.",
                     [("RU", "captured", ["Kurakhove"], None, None)], id="liberation-retold-by-the-same-side"),
    ],
)
def test_rules_attempts_and_retellings(body: str, expected: list[tuple[Any, ...]]) -> None:
    assert [view(f) for f in run(body, "2022-11-10T17:00:00Z")] == expected


def test_fell_after_a_clause_naming_drones_is_still_a_fall() -> None:
    events = run("After months of drone and artillery attacks, Bakhmut fell to Russian forces in May.")
    assert [view(e)[:3] for e in events] == [("RU", "captured", ["Bakhmut"])]


def test_positions_near_a_place_are_an_advance_not_a_capture() -> None:
    events = run("Ukrainian troops have been pushed back from positions near Toretsk, the Khortytsia group said.")
    assert [view(e) for e in events] == [("RU", "advancing", ["Toretsk"], None, None)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param("Ukrainian forces said 300 square kilometres of territory had been freed near Kupiansk.",
                     [("UA", "recaptured")], id="ground-freed"),
        pytest.param("Ninety Ukrainian soldiers from Kupiansk were freed on Friday, officials said.", [],
                     id="people-freed-are-no-ground"),
    ],
)
def test_freed(body: str, expected: list[tuple[str, str]]) -> None:
    assert [view(f)[:2] for f in run(body)] == expected
