"""Territory rules from the fourth blind batch's misses, one test per rule, on sentences written for these tests.

Uses the in-test gazetteer of ``test_territory`` (the extractor alone is judged). Published 2025-12-03 (a Wednesday)
unless a test says otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.test_territory import run, view


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


def test_regroup_as_the_purpose_of_a_pullback_adds_no_event() -> None:
    body = ("On Saturday, Russia said it was pulling its troops back from the Kupiansk and Vovchansk areas to "
            "\"regroup\" and reinforce positions in the Donetsk region.")
    assert [view(e) for e in run(body, "2025-12-07T10:00:00Z")] == [
        ("RU", "withdrew", ["Kupiansk", "Vovchansk"], None, "2025-12-06")]


def test_hours_later_takes_the_day_of_the_dated_sentence_before() -> None:
    body = ("Ukrainian troops raised the national flag over Kupiansk on Saturday. Hours later, Russia said its "
            "troops in the Vovchansk area would \"regroup\".")
    assert [view(e) for e in run(body, "2025-12-07T10:00:00Z")] == [
        ("UA", "recaptured", ["Kupiansk"], None, "2025-12-06"), ("RU", "withdrew", ["Vovchansk"], None, "2025-12-06")]


def test_undated_sentence_without_same_day_link_stays_undated() -> None:
    body = "Ukrainian troops raised the national flag over Kupiansk on Saturday. Russia withdrew from Vovchansk."
    assert [view(e)[4] for e in run(body, "2025-12-07T10:00:00Z")] == ["2025-12-06", None]


def test_live_blog_entry_takes_the_day_of_the_date_line() -> None:
    body = ("Here are the latest developments on Tuesday, December 2.\n14:10 GMT - Russia claims village\n"
            "Russia's defence ministry said its forces had taken Vovchansk.")
    assert [view(e)[4] for e in run(body)] == ["2025-12-02"]


def test_without_a_date_line_a_said_capture_stays_undated() -> None:
    body = "14:10 GMT - Russia claims village\nRussia's defence ministry said its forces had taken Vovchansk."
    assert [view(e)[4] for e in run(body)] == [None]


def test_the_ministry_said_reaches_back_to_a_lead_many_sentences_before() -> None:
    filler = " ".join(f"Background sentence number {n} tells of the strike." for n in range(8))
    body = (f"Russia said Tuesday that six missiles were fired at a facility in the Bryansk region. {filler} "
            "Separately, the defence ministry said its forces had recaptured the village of Sudzha.")
    assert [view(e)[1:] for e in run(body)] == [("recaptured", ["Sudzha"], None, "2025-12-02")]


def test_shortly_after_an_event_is_no_same_day_link() -> None:
    body = "Russia invaded on Saturday. Shortly after the invasion began, Russian forces captured Kherson."
    assert [view(e)[4] for e in run(body)] == [None]


@pytest.mark.parametrize(
    ("body", "actor"),
    [
        pytest.param("The fall of Toretsk was confirmed by Ukrainian officials on Thursday.", "RU",
                     id="fall-of-a-ukrainian-town-told-by-its-officials"),
        pytest.param("The town of Sudzha was captured in August, officials in Kyiv said.", "UA",
                     id="capture-of-a-russian-town-told-by-the-other-side"),
    ],
)
def test_capture_without_a_named_taker_is_the_other_side_of_the_places_country(body: str, actor: str) -> None:
    assert [view(e)[:2] for e in run(body)] == [(actor, "captured")]
