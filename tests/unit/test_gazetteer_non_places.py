"""Gazetteer non-places: capitalised words and first names that are no place.

Sentences written for these tests, read with the real gazetteer.
"""

from __future__ import annotations

import pytest

from service.nlp.gazetteer import Gazetteer


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
