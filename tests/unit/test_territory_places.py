"""Territory places: which places an event is about and the region each lies in.

Sentences written for these tests, read with the in-test gazetteer of ``test_territory`` (the extractor
alone is judged). Published 2025-12-03 (a Wednesday) unless a test says otherwise.
"""

from __future__ import annotations

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
