"""Gazetteer regions: the region (admin1) a place named in a text is put in.

Sentences written for these tests, read with the real gazetteer.
"""

from __future__ import annotations

import pytest

from service.nlp.gazetteer import Gazetteer


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
