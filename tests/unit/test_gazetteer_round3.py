"""Gazetteer rules from the fourth blind batch, on sentences written for these tests."""

from __future__ import annotations

import pytest

from service.nlp.gazetteer import Gazetteer


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


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


def test_capitalised_word_without_a_region_after_it_is_not_a_place(gaz: Gazetteer) -> None:
    text = "Officials said: Repairs will take weeks, the company said."
    assert "Repairs" not in {m.surface for m in gaz.mentions(text)}
