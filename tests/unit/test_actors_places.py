"""Place names after a lower-case organisation word are not people (sentences written for these tests)."""

from __future__ import annotations

import pytest

from service.nlp.actors import find_people


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He will meet Macron at the UN General Assembly in New York next week.", ["Emmanuel Macron"]),
        ("The envoy spoke at the NATO summit in The Hague on Tuesday.", []),
        ("Talks with his Swiss counterpart Ignazio Cassis were brief.", ["Ignazio Cassis"]),
    ],
    ids=["assembly-in-city", "summit-in-city", "title-before-name-still-works"],
)
def test_place_after_title_word_is_no_person(text: str, expected: list[str]) -> None:
    assert [p.person.name for p in find_people(text)] == expected
