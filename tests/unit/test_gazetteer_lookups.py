"""Gazetteer lookups: a name with or without a region hint, country words, spelling and folding.

Names and words chosen for these tests, read with the real gazetteer.
"""

from __future__ import annotations

import pytest

from service.nlp.gazetteer import Gazetteer
from service.nlp.gazetteer_build import ukrainian_style
from service.nlp.gazetteer_text import fold


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


@pytest.mark.parametrize(
    ("name", "hint", "expected"),
    [
        ("Dobropillia", None, "Donetsk Oblast"),
        ("Dobropillia", "Kherson Oblast", "Kherson Oblast"),
        ("Novoselivka", "Poltava Oblast", "Poltava Oblast"),
        ("Pokrovsk", None, "Donetsk Oblast"),
    ],
    ids=["default", "hint-kherson", "hint-poltava", "pokrovsk-not-engels"],
)
def test_lookup_with_admin1_hint(gaz: Gazetteer, name: str, hint: str | None, expected: str) -> None:
    place = gaz.lookup(name, admin1_hint=hint)
    assert place is not None and place.admin1 == expected


def test_lookup_unknown_name(gaz: Gazetteer) -> None:
    assert gaz.lookup("Qwertyville") is None


@pytest.mark.parametrize(
    ("word", "code"),
    [("Russia", "RU"), ("Russia's", "RU"), ("Ukrainian", "UA"), ("Ukraine's", "UA"), ("Turkish", "TR"),
     ("Türkiye", "TR"), ("German", "DE"), ("French", "FR"), ("British", "GB"), ("American", "US"),
     ("the United States", "US"), ("U.S.", "US"), ("UK", "GB"), ("Kyiv", None), ("Moscow", None)],
    ids=lambda v: str(v),
)
def test_country_code(gaz: Gazetteer, word: str, code: str | None) -> None:
    assert gaz.country_code(word) == code


@pytest.mark.parametrize(
    ("bgn", "national"),
    [("Kupyansk", "Kupiansk"), ("Avdiyivka", "Avdiivka"), ("Zaporizhzhya", "Zaporizhzhia"),
     ("Kryvyy Rih", "Kryvyi Rih"), ("Hulyaypole", "Huliaipole"), ("Zelenyy Hay", "Zelenyi Hai")],
    ids=lambda v: str(v),
)
def test_ukrainian_style_spelling(bgn: str, national: str) -> None:
    assert ukrainian_style(bgn) == national


def test_fold_ignores_case_accents_and_apostrophes() -> None:
    assert fold("Kupyans'k") == fold("KUPYANSK") == "kupyansk"
    assert fold("Türkiye") == "turkiye"
