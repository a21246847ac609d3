"""Territory places: which places an event is about and the region each lies in.

Sentences written for these tests, read with the in-test gazetteer of ``territory_kit`` (the extractor
alone is judged). Published 2025-12-03 (a Wednesday) unless a test says otherwise.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from service.domain import Article, Mention
from service.extract import territory
from service.nlp.text import make_doc
from tests.unit.territory_kit import _DON, _KHA, _ZAP, PLACES, RESOURCES, run, view


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


def test_a_compound_name_read_by_its_second_word_is_the_whole_name() -> None:
    [e] = run("Russia claimed the capture of Nova Poltavka near Pokrovsk.")
    assert [(loc["name"], loc["admin1"]) for loc in e["locations"]] == [("Nova Poltavka", "Donetsk Oblast")]


def test_an_aside_after_a_list_locates_every_place_of_it() -> None:
    [e] = run("Russia's defence ministry said its troops had retaken the villages of Martynovka and Kazachya "
              "Loknya, north of Sudzha.")
    assert [(loc["name"], loc["admin1"]) for loc in e["locations"]] == [
        ("Martynovka", "Kursk Oblast"), ("Kazachya Loknya", "Kursk Oblast")]


def test_two_places_in_two_regions_take_one_region_each() -> None:
    body = "Russia said its troops had taken the villages of Kolodiazi and Vorone in the Donetsk and Kharkiv regions."
    doc = make_doc(Article(id="t", body=body, published_at="2025-12-03T00:00:00Z"))
    d, k = body.index("Donetsk"), body.index("Kharkiv regions")
    regions = (Mention(d, d + 7, "Donetsk", PLACES["Donetsk Oblast"]),
               Mention(k, k + 15, "Kharkiv regions", PLACES["Kharkiv Oblast"]))
    [e] = [f.fields for f in territory.extract(replace(doc, places=regions), RESOURCES)]
    assert [(loc["name"], loc["admin1"]) for loc in e["locations"]] == [
        ("Kolodiazi", "Donetsk Oblast"), ("Vorone", "Kharkiv Oblast")]


def test_villages_retaken_after_a_russian_region_lie_in_that_region() -> None:
    body = ("Russia said on Thursday its forces had recaptured Sudzha in the Kursk region. The ministry said troops "
            "had also retaken the villages of Melovoi and Podol.")
    assert [[(loc["name"], loc["admin1"]) for loc in e["locations"]] for e in run(body)][-1] == [
        ("Melovoi", "Kursk Oblast"), ("Podol", "Kursk Oblast")]


def test_an_area_freed_after_a_russian_region_is_that_regions_recapture() -> None:
    body = ("Russia said its forces had recaptured Sudzha in the Kursk region. Gerasimov said more than 1,100 square "
            "kilometres had been freed since the start of the Russian counteroffensive.")
    last = run(body)[-1]
    assert (last["actor"], last["status"], last["area_km2"], [loc["name"] for loc in last["locations"]]) == (
        "RU", "recaptured", 1100.0, ["Kursk Oblast"])


def test_kyiv_as_government_is_not_a_place() -> None:
    [e] = run("Kyiv controlled around 1,000 square kilometers of Russia's Kursk region, the commander said.")
    assert view(e) == ("UA", "controls", [], 1000.0, None)
    assert [loc["name"] for loc in e["locations"]] == ["Kursk Oblast"]


def test_region_only_capture_names_region() -> None:
    [e] = run("Ukrainian forces have seized 74 settlements in Russia's Kursk region, Zelenskiy said.")
    assert (e["actor"], e["status"], e["locations"][0]["admin1"]) == ("UA", "captured", "Kursk Oblast")


def test_region_named_after_list_picks_namesake() -> None:
    [e] = run("Russia said its forces captured Zelenyi Hai and Dobropillia in Zaporizhzhia.")
    admin1 = {loc["admin1"] for loc in e["locations"]}
    assert admin1 == {_ZAP}


def test_aside_locates_places() -> None:
    [e] = run("Russian forces seized Pishchane (southeast of Kupiansk) and Ivanivka (east of Huliaipole).")
    assert [(loc["name"], loc["admin1"]) for loc in e["locations"]] == [
        ("Pishchane", _KHA), ("Ivanivka", _ZAP)]


def test_two_word_name_gets_the_text_region() -> None:
    fields = run("Russian troops captured Bila Hora in the Donetsk region, analysts said.")[0]
    assert [(loc["name"], loc["admin1"]) for loc in fields["locations"] if loc["precision"] == "settlement"] == [
        ("Bila Hora", "Donetsk Oblast")]


def test_comma_direction_of_is_a_locator_not_a_list() -> None:
    fields = run("Ukrainian forces recently regained positions in Stepove, north of Avdiivka, analysts said.")
    assert [view(f)[:3] for f in fields] == [("UA", "recaptured", ["Stepove"])]


def test_region_across_the_border_relocates_a_namesake() -> None:
    fields = run("In the Kursk region, Russian forces recaptured the village of Novopavlivka, Moscow said.")[0]
    assert [(loc["name"], loc["admin1"]) for loc in fields["locations"] if loc["precision"] == "settlement"] == [
        ("Novopavlivka", "Kursk Oblast")]


def test_anaphor_skips_the_place_in_an_aside() -> None:
    events = run("Russia claimed its forces seized Stepove (southeast of Pokrovsk). Ukraine's army said Ukrainian "
                 "forces continue to hold positions in the village.")
    assert [view(e)[:3] for e in events][-1] == ("UA", "controls", ["Stepove"])


def test_region_beside_the_border_is_not_the_villages_region() -> None:
    [e] = run("Ukraine reported the liberation of three villages in Donetsk Oblast - Vuhledar, Neskuchne and "
              "Storozheve - near the border with Zaporizhzhia Oblast.")
    assert {loc["admin1"] for loc in e["locations"] if loc["precision"] == "settlement"} == {_DON}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param("Ukrainian forces withdrew to new positions near Pokrovsk, the army said.", [],
                     id="destination-is-not-the-place-left"),
        pytest.param("Russian troops withdrew to the left bank of the river from Kherson.",
                     [("RU", "withdrew", ["Kherson"], None, None)], id="place-left-after-from"),
    ],
)
def test_withdrawal_destination(body: str, expected: list[tuple[Any, ...]]) -> None:
    assert [view(f) for f in run(body)] == expected


def test_advance_into_one_place_and_near_another_is_two_events() -> None:
    events = run("Russian forces recently advanced in Kurakhove and southeast of Toretsk, analysts said.")
    assert [view(e)[:3] for e in events] == [("RU", "advancing", ["Kurakhove"]), ("RU", "advancing", ["Toretsk"])]


def test_advance_near_two_places_is_one_event() -> None:
    events = run("Russian forces advanced south of Kurakhove and east of Toretsk, analysts said.")
    assert [view(e)[:3] for e in events] == [("RU", "advancing", ["Kurakhove", "Toretsk"])]


def test_its_capture_of_a_named_place_is_that_place() -> None:
    events = run("Ukraine's army said Kupiansk was under pressure. Russia announced its capture of Vovchansk.")
    assert [view(e)[:3] for e in events] == [("RU", "captured", ["Vovchansk"])]
