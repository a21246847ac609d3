"""Territory rules from the third blind batch's misses, one test per rule, on sentences written for these tests.

Uses the in-test gazetteer of ``test_territory`` (the extractor alone is judged).
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


def test_advance_toward_unknown_village_takes_the_region_of_the_place_beside_it() -> None:
    [e] = run("Ukrainian troops advanced from the area around Sudzha in the direction of the village of Oleshkino.")
    assert [loc["admin1"] for loc in e["locations"]] == ["Kursk Oblast"]


def test_the_ministry_said_takes_the_date_of_its_dated_statement() -> None:
    body = ("Russia's Defence Ministry said on Sunday its air defences had downed 30 drones. Separately, the "
            "ministry said Russian forces had taken Toretsk.")
    assert [view(e) for e in run(body, "2025-02-10T10:00:00Z")] == [("RU", "captured", ["Toretsk"], None, "2025-02-09")]


def test_rejection_after_a_said_capture_disputes_it() -> None:
    [e] = run("The ministry said Russian forces had captured Toretsk. A Ukrainian military spokesman rejected the "
              "claim.")
    assert e["disputed"] is True


def test_region_of_withdrawal_destination_is_not_the_places_region() -> None:
    [e] = run("Russia said it was pulling its troops back from Kupiansk and Vovchansk to reinforce its positions in "
              "the Donetsk region.")
    assert [(loc["name"], loc["admin1"]) for loc in e["locations"]] == [
        ("Kupiansk", "Kharkiv Oblast"), ("Vovchansk", "Kharkiv Oblast")]


def test_place_that_only_locates_another_advance_is_the_same_event() -> None:
    body = ("Russian forces recently advanced southeast of Toretsk. Footage shows that Russian forces advanced to "
            "the centre of Shcherbynivka (southeast of Toretsk).")
    assert [view(e)[:3] for e in run(body)] == [("RU", "advancing", ["Shcherbynivka"])]
