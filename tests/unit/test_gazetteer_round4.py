"""Gazetteer rules from the fifth blind batch, on sentences written for these tests."""

from __future__ import annotations

import pytest

from service.nlp.gazetteer import Gazetteer


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The military blogger Bohdan Kovalenko wrote that the road was cut.", id="bohdan"),
    ],
)
def test_ukrainian_first_name_before_a_surname_is_no_place(gaz: Gazetteer, text: str) -> None:
    assert [m.surface for m in gaz.mentions(text)] == []

