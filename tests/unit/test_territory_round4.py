"""Territory rules from the fifth blind batch's misses, one test per rule, on sentences written for these tests.

Uses the in-test gazetteer of ``test_territory`` (the extractor alone is judged). Published 2025-12-03 (a Wednesday).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.test_territory import run, view


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


def test_village_read_from_context_is_known_again_later() -> None:
    body = ("Russia said it captured Zhuravka (east of Lyman). Ukrainian troops repelled attacks near Siversk. "
            "Kyiv denied the claim about Zhuravka and said "
            "Ukrainian troops withdrew from positions near the village.")
    assert [view(e)[:3] for e in run(body)] == [("RU", "captured", ["Zhuravka"]), ("UA", "withdrew", ["Zhuravka"])]


def test_hamlet_namesake_across_the_border_takes_the_article_region() -> None:
    body = ("Ukrainian troops captured Sudzha in the Kursk region last week. Russia's defence ministry said on "
            "Tuesday its forces had recaptured the village of Pishchane.")
    regions = [[loc.get("admin1") for loc in f["locations"]] for f in run(body)]
    assert regions[-1] == ["Kursk Oblast"]


def test_pulled_back_to_the_outskirts_left_the_place() -> None:
    body = "A Ukrainian brigade said on Monday that its units had pulled back to the outskirts of Toretsk."
    assert [view(e)[:3] for e in run(body)] == [("UA", "withdrew", ["Toretsk"])]


def test_month_and_day_of_that_month_are_one_event_with_the_day() -> None:
    body = ("Ukrainian forces withdrew from Toretsk in November. A Ukrainian brigade said on November 20 that "
            "its units had withdrawn from Toretsk.")
    assert [view(e) for e in run(body)] == [("UA", "withdrew", ["Toretsk"], None, "2025-11-20")]


def test_area_of_russian_territory_is_in_the_region_the_article_is_about() -> None:
    body = ("Ukrainian troops pushed deeper into the Kursk region and captured Sudzha. Kyiv said its forces now "
            "controlled 900 sq km of Russian territory.")
    regions = [[loc.get("admin1") for loc in f["locations"]] for f in run(body) if f["status"] == "controls"]
    assert regions == [["Kursk Oblast"]]
