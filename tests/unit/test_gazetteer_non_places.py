"""Gazetteer non-places: capitalised words and first names that are no place.

Sentences written for these tests, read with the real gazetteer.
"""

from __future__ import annotations

import pytest

from service.nlp.gazetteer import Gazetteer
from tests.unit.test_gazetteer import places


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def test_capitalised_word_without_a_region_after_it_is_not_a_place(gaz: Gazetteer) -> None:
    text = "Officials said: Repairs will take weeks, the company said."
    assert "Repairs" not in {m.surface for m in gaz.mentions(text)}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The military blogger Bohdan Kovalenko wrote that the road was cut.", id="bohdan"),
    ],
)
def test_ukrainian_first_name_before_a_surname_is_no_place(gaz: Gazetteer, text: str) -> None:
    assert [m.surface for m in gaz.mentions(text)] == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        pytest.param("A spokesman for the Tavria group said fighting continued.", "Tavria", id="tavria-group"),
        pytest.param("The Khortytsia operational-strategic group said troops had left.", "Khortytsia",
                     id="operational-strategic-group"),
        pytest.param("The troops advanced toward the village of Verbove, Brig. Gen. Oleksandr Tarnavsky said.", "Brig",
                     id="rank-after-a-village-list"),
        pytest.param("Troops liberated the village of Urozhaine, Deputy Defence Minister Hanna Maliar said.",
                     "Deputy Defence", id="title-after-a-village-list"),
        pytest.param("Fighters of the Azov regiment defended the plant.", "Azov", id="regiment"),
        pytest.param("The Azov Brigade said its fighters held the line.", "Azov", id="capitalised-brigade"),
        pytest.param("Ships in the Sea of Azov were hit.", "Azov", id="sea-of"),
    ],
)
def test_command_names_units_ranks_and_seas_are_no_places(gaz: Gazetteer, text: str, word: str) -> None:
    assert word not in {m.surface for m in gaz.mentions(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Marines held a bridgehead on the left bank of the Dnipro near Krynky.", ["Krynky"],
                     id="bank-of-the-river"),
        pytest.param("Boats crossed the Dnipro on Friday.", [], id="crossed-the-river"),
        pytest.param("A missile hit Dnipro on Friday.", ["Dnipro"], id="the-city"),
        pytest.param("Drones hit Azov on Friday.", ["Azov"], id="the-town-named-like-a-sea"),
        pytest.param("Drones hit the Dnipro region.", ["Dnipro region"], id="the-region"),
    ],
)
def test_a_river_that_shares_a_towns_name_is_no_town(gaz: Gazetteer, text: str, expected: list[str]) -> None:
    assert [m.surface for m in gaz.mentions(text)] == expected


def test_a_village_named_in_a_third_countrys_airspace_is_no_ukrainian_place(gaz: Gazetteer) -> None:
    text = "Drones hit Lviv. A Russian missile violated Polish airspace for 39 seconds near the village of Oserdow."
    assert [m.surface for m in gaz.mentions(text)] == ["Lviv"]


@pytest.mark.parametrize(
    "text",
    [
        "In a statement, the ministry said so.",
        "On Friday, Vladimir Putin spoke to reporters.",
        "Marco Rubio, Steve Witkoff and Jared Kushner met on Sunday.",
        "The head of Russia's wealth fund Kirill Dmitriev arrived. Dmitriev said little.",
        "President Victoria told the Economist about Victory Day in May.",
        "Over the past month, Mr Lykhoviy said, Details were scarce.",
        "NATO and the EU met at the UN.",
    ],
    ids=["in", "first-name-vladimir", "people", "surname-after-first-name", "stop-words", "sentence-openers",
         "acronyms"],
)
def test_false_positive_guards(gaz: Gazetteer, text: str) -> None:
    assert [p for p in places(gaz, text) if p[1] != "country"] == []


def test_organisations_named_after_places_are_not_places(gaz: Gazetteer) -> None:
    assert places(gaz, "The Kyiv Independent and the Minsk Agreements.") == []


def test_camel_case_name_after_a_village_list_is_not_a_village(gaz: Gazetteer) -> None:
    text = "Russian units entered the villages of Novoselivka and Kalynivka, DeepState reported."
    assert all(not m.surface.startswith("Deep") for m in gaz.mentions(text))
