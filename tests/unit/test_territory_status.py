"""Territory status: the change of control a sentence tells (captured, recaptured, advancing, withdrew,
encircling, disputed) or none.

Sentences written for these tests, read with the in-test gazetteer of ``test_territory`` (the extractor
alone is judged). Published 2025-12-03 (a Wednesday) unless a test says otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.test_territory import run, view


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
    ],
)
def test_batch3_rules(body: str, expected: list[tuple[Any, ...]]) -> None:
    assert [view(f) for f in run(body)] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
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
    ],
)
def test_batch4_rules(body: str, expected: list[tuple[Any, ...]]) -> None:
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
