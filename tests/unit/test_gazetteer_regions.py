"""Gazetteer regions: the region (admin1) a place named in a text is put in.

Sentences written for these tests, read with the real gazetteer.
"""

from __future__ import annotations

import pytest

from service.nlp.gazetteer import Gazetteer
from tests.unit.test_gazetteer import named, places


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def admin1(gaz: Gazetteer, text: str, surface: str) -> str | None:
    for m in gaz.mentions(text):
        if m.surface == surface:
            return m.place.admin1
    raise AssertionError(f"{surface!r} not found")


def test_region_after_a_purpose_clause_is_not_the_places_region(gaz: Gazetteer) -> None:
    text = "Moscow said it was pulling troops back from the Izium area to regroup and dig in in the Donetsk region."
    assert admin1(gaz, text, "Izium") == "Kharkiv Oblast"


def test_unknown_village_takes_the_region_of_the_place_named_before_it(gaz: Gazetteer) -> None:
    text = "Ukrainian units advanced from Sudzha towards the village of Zarichkovo, bloggers said."
    assert admin1(gaz, text, "Zarichkovo") == "Kursk Oblast"


def test_region_closing_a_sublist_is_not_inherited_after_and(gaz: Gazetteer) -> None:
    text = ("The villages are Levadne in the Zaporizhzhia region, and Blahodatne and Neskuchne, she said. "
            "Fighting continued near Velyka Novosilka and Vuhledar.")
    assert admin1(gaz, text, "Blahodatne") != "Zaporizhzhia Oblast"


@pytest.mark.parametrize(
    ("text", "surface", "region"),
    [
        pytest.param("Drones hit two airfields overnight: Zharkovets in the Tver region, and Kolmovo.", "Zharkovets",
                     "Tver Oblast", id="after-colon"),
        pytest.param("Drones hit two airfields, Kolmovo in the Tver region, Zharkovets in the Pskov region.",
                     "Zharkovets", "Pskov Oblast", id="after-comma-in-a-list"),
    ],
)
def test_unknown_name_listed_with_its_region_is_a_place_there(gaz: Gazetteer, text: str, surface: str,
                                                              region: str) -> None:
    found = {m.surface: m.place.admin1 for m in gaz.mentions(text)}
    assert found.get(surface) == region


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Shelling in the Donetsk region continued.", "Donetsk region", ("Donetsk Oblast", "admin1")),
        ("The Kharkiv regional administration said so.", "Kharkiv regional", ("Kharkiv Oblast", "admin1")),
        ("Drones fell in Russia's Kursk oblast.", "Kursk oblast", ("Kursk Oblast", "admin1")),
        ("Power returned in Kherson and Mykolaiv regions.", "Kherson", ("Kherson Oblast", "admin1")),
        ("Power returned in Kherson and Mykolaiv regions.", "Mykolaiv regions", ("Mykolaiv Oblast", "admin1")),
        ("The governor of Luhansk said nothing.", "Luhansk", ("Luhansk", "settlement")),
        ("Strikes on Crimea intensified.", "Crimea", ("Crimea", "admin1")),
        ("Gains in Ukraine's Donbas region.", "Donbas", ("Donbas", "region")),
    ],
    ids=["donetsk-region", "regional", "lowercase-oblast", "coordinated-first", "coordinated-last",
         "bare-luhansk-is-city", "crimea", "donbas-area"],
)
def test_region_surface_forms(gaz: Gazetteer, text: str, surface: str, expected: tuple) -> None:
    assert named(gaz, text, surface)[:2] == expected


def test_kyiv_region_is_kyiv_oblast_with_its_own_code(gaz: Gazetteer) -> None:
    region = gaz.lookup("Kyiv region")
    city = gaz.lookup("Kyiv")
    assert region is not None and city is not None
    assert (region.precision, region.admin1_code) == ("admin1", "UA-32")
    assert (city.precision, city.admin1, city.admin1_code) == ("settlement", "Kyiv Oblast", "UA-30")


@pytest.mark.parametrize(
    ("text", "surface", "admin1"),
    [
        ("Russia says it captured Zelenyi Hai and Dobropillia in Zaporizhzhia.", "Dobropillia",
         "Zaporizhzhia Oblast"),
        ("Russia says it captured Zelenyi Hai and Dobropillia in Zaporizhzhia.", "Zaporizhzhia",
         "Zaporizhzhia Oblast"),
        ("Troops advanced toward Dobropillia, a mining town.", "Dobropillia", "Donetsk Oblast"),
        ("Losses were heavy near the village of Novopavlivka in Donetsk Oblast.", "Novopavlivka",
         "Donetsk Oblast"),
        ("An air base in Russia's southern Rostov region was hit near Morozovsk.", "Morozovsk", "Rostov Oblast"),
        ("Moscow said it took the village of Rozdolne in Ukraine's Donbas region.", "Rozdolne",
         "Donetsk Oblast"),
    ],
    ids=["region-after-list", "city-name-as-region", "default-most-populous", "explicit-oblast",
         "country-between", "donbas-hint"],
)
def test_disambiguation_by_region_named_next_to_the_place(gaz: Gazetteer, text: str, surface: str,
                                                          admin1: str) -> None:
    assert named(gaz, text, surface)[2] == admin1


def test_region_word_turns_city_name_into_region_only_after_a_place(gaz: Gazetteer) -> None:
    assert named(gaz, "A missile hit Zaporizhzhia on Friday.", "Zaporizhzhia")[1] == "settlement"


def test_unknown_village_named_as_such_is_placed_in_the_region_given(gaz: Gazetteer) -> None:
    text = "Ukraine liberated the village of Robotyne in Zaporizhzhia Oblast."
    assert named(gaz, text, "Robotyne") == ("Robotyne", "settlement", "Zaporizhzhia Oblast")


def test_small_namesake_elsewhere_follows_the_region_the_article_is_about(gaz: Gazetteer) -> None:
    text = ("Fighting raged in Zaporizhzhia Oblast. Troops pushed south of Robotyne in Zaporizhzhia Oblast. "
            "The areas in question are Mala Tokmachka and Ocheretuvate.")
    assert named(gaz, text, "Ocheretuvate")[2] == "Zaporizhzhia Oblast"


def test_unknown_name_placed_in_a_region_by_the_text(gaz: Gazetteer) -> None:
    text = "Troops gained ground near Novoprokopivka in Zaporizhzhia Oblast. Russian troops in Donetsk Oblast."
    assert [m.surface for m in gaz.mentions(text) if m.place.precision == "settlement"] == ["Novoprokopivka"]
    assert named(gaz, text, "Novoprokopivka") == ("Novoprokopivka", "settlement", "Zaporizhzhia Oblast")


@pytest.mark.parametrize(
    ("text", "surface", "admin1"),
    [
        pytest.param("Fighting in Donetsk Oblast intensified as Russian units advanced near Vilne.", "Vilne",
                     "Donetsk Oblast", id="region-before-moves-small-namesake"),
        pytest.param("In Zaporizhzhia Oblast, Russian forces shelled Troitske for hours.", "Troitske",
                     "Zaporizhzhia Oblast", id="region-before-picks-its-namesake"),
        pytest.param("In Donetsk Oblast, Russian troops advanced, while in Dnipro a drone damaged a school in Vilne.",
                     "Vilne", "Dnipropetrovsk Oblast", id="town-of-another-region-between-stops-the-hint"),
        pytest.param("Shelling hit the Kursk region again, wounding two residents of the village of Oktyabrsky.",
                     "Oktyabrsky", "Kursk Oblast", id="a-village-is-not-a-big-namesake-elsewhere"),
    ],
)
def test_region_named_earlier_in_the_sentence(gaz: Gazetteer, text: str, surface: str, admin1: str) -> None:
    assert named(gaz, text, surface)[2] == admin1


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Drones targeted the western oblasts of Lviv and Volyn overnight.", id="oblasts-of-a-and-b"),
        pytest.param("Power cuts hit the regions of Lviv, Volyn and Rivne.", id="regions-of-a-list"),
    ],
)
def test_regions_of_a_list_are_regions(gaz: Gazetteer, text: str) -> None:
    found = places(gaz, text)
    assert found and all(p[1] == "admin1" for p in found), found


def test_region_named_earlier_in_the_other_country_does_not_move_a_village(gaz: Gazetteer) -> None:
    text = "Ukrainian drones struck the Belgorod region overnight, while Russian shells hit Vilne."
    assert named(gaz, text, "Vilne")[2] == "Dnipropetrovsk Oblast"


def test_villages_of_a_list_follow_the_region_named_before(gaz: Gazetteer) -> None:
    text = "Russian troops in the Zaporizhzhia region shelled the villages of Kamianka and Stepnohirsk on Monday."
    assert named(gaz, text, "Kamianka")[2] == "Zaporizhzhia Oblast"
