"""Territory places: which places an event is about and the region each lies in.

Sentences written for these tests, read with the in-test gazetteer of ``test_territory`` (the extractor
alone is judged). Published 2025-12-03 (a Wednesday) unless a test says otherwise.
"""

from __future__ import annotations

import pytest

from tests.unit.test_territory import run, view


def test_advance_toward_unknown_village_takes_the_region_of_the_place_beside_it() -> None:
    [e] = run("Ukrainian troops advanced from the area around Sudzha in the direction of the village of Oleshkino.")
    assert [loc["admin1"] for loc in e["locations"]] == ["Kursk Oblast"]


def test_region_of_withdrawal_destination_is_not_the_places_region() -> None:
    [e] = run("Russia said it was pulling its troops back from Kupiansk and Vovchansk to reinforce its positions in "
              "the Donetsk region.")
    assert [(loc["name"], loc["admin1"]) for loc in e["locations"]] == [
        ("Kupiansk", "Kharkiv Oblast"), ("Vovchansk", "Kharkiv Oblast")]


def test_place_that_only_locates_another_advance_is_the_same_event() -> None:
    body = ("Russian forces recently advanced southeast of Toretsk. Footage shows that Russian forces advanced to "
            "the centre of Shcherbynivka (southeast of Toretsk).")
    assert [view(e)[:3] for e in run(body)] == [("RU", "advancing", ["Shcherbynivka"])]


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


def test_area_of_russian_territory_is_in_the_region_the_article_is_about() -> None:
    body = ("Ukrainian troops pushed deeper into the Kursk region and captured Sudzha. Kyiv said its forces now "
            "controlled 900 sq km of Russian territory.")
    regions = [[loc.get("admin1") for loc in f["locations"]] for f in run(body) if f["status"] == "controls"]
    assert regions == [["Kursk Oblast"]]


def test_the_town_reaches_back_past_sentences_without_places() -> None:
    body = ("Ukrainian troops withdrew from Vuhledar on Wednesday. Russian forces had attacked for weeks. Bloggers "
            "posted videos of soldiers. On Thursday, Russia's ministry said its troops had \"liberated\" the town.")
    assert [view(e)[:3] for e in run(body, "2025-11-28T10:00:00Z")] == [
        ("UA", "withdrew", ["Vuhledar"]), ("RU", "captured", ["Vuhledar"])]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Russian troops have pushed into the Kanal neighbourhood of Chasiv Yar.", id="unknown-name"),
        pytest.param("Russian troops have pushed into the Lyman microdistrict of Chasiv Yar.", id="known-name"),
    ],
)
def test_a_part_of_a_town_is_the_town(body: str) -> None:
    assert [view(e)[:3] for e in run(body)] == [("RU", "advancing", ["Chasiv Yar"])]


def test_a_village_located_by_an_apposition_is_the_only_place() -> None:
    body = "Russia claimed to have captured Stepove, a village northwest of Avdiivka."
    assert [view(e)[2] for e in run(body)] == [["Stepove"]]


def test_area_in_a_front_sector_named_after_a_regional_capital_takes_its_region() -> None:
    [e] = run("Ukrainian forces liberated 47 square kilometres in the Zaporizhzhia direction in August.")
    assert [loc["name"] for loc in e["locations"]] == ["Zaporizhzhia Oblast"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param("Novoprokopivka has been liberated, Ukraine's army said.",
                     [("UA", "recaptured", ["Novoprokopivka"])], id="passive-change-after-the-name"),
        pytest.param("Novoprokopivka, a small village in the south, was retaken by Ukrainian troops.",
                     [("UA", "recaptured", ["Novoprokopivka"])], id="village-apposition-after-the-name"),
        pytest.param("Meanwhile Ukrainian troops advanced.", [], id="an-adverb-opening-a-sentence"),
        pytest.param("Kovalenko was captured by Russian forces near Bakhmut.", [], id="a-surname-opening-a-sentence"),
    ],
)
def test_unknown_village_opening_a_sentence(body: str, expected: list[tuple[str, str, list[str]]]) -> None:
    assert [view(e)[:3] for e in run(body)] == expected


def test_there_after_a_region_in_the_same_sentence_is_the_region() -> None:
    body = ("Russian forces advanced near Pokrovsk. Ukrainian troops crossed into the Kursk region in August and "
            "Kyiv says it controls about 1,300 square kilometres there.")
    assert [[loc["name"] for loc in e["locations"]] for e in run(body)][-1] == ["Kursk Oblast"]


def test_a_town_left_is_not_folded_into_a_village_it_locates() -> None:
    body = ("The commander said he had ordered troops to withdraw from Avdiivka. Ukrainian forces have also withdrawn "
            "from the village of Sievierne, west of Avdiivka, a spokesman said.")
    assert [view(e)[2] for e in run(body)] == [["Avdiivka"], ["Sievierne"]]
