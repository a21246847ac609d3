"""Gazetteer: place mentions in news sentences, spellings, venues and odd input. Regions, non-places and
lookups are in ``test_gazetteer_regions``, ``test_gazetteer_non_places`` and ``test_gazetteer_lookups``."""

from __future__ import annotations

import pytest

from service.nlp.gazetteer import Gazetteer


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def places(gaz: Gazetteer, text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [(m.place.name, m.place.precision, m.place.country, m.place.admin1) for m in gaz.mentions(text)]


def named(gaz: Gazetteer, text: str, surface: str) -> tuple[str, str, str | None]:
    for m in gaz.mentions(text):
        if m.surface == surface:
            return m.place.name, m.place.precision, m.place.admin1
    raise AssertionError(f"{surface!r} not found in {places(gaz, text)}")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Russian drones hit Fastiv in Kyiv Oblast overnight.", "Fastiv", ("Fastiv", "settlement", "Kyiv Oblast")),
        ("Russian drones hit Fastiv in Kyiv Oblast overnight.", "Kyiv Oblast",
         ("Kyiv Oblast", "admin1", "Kyiv Oblast")),
        ("Missiles struck Kyiv before dawn.", "Kyiv", ("Kyiv", "settlement", "Kyiv Oblast")),
        ("Fighting continues near Pokrovsk.", "Pokrovsk", ("Pokrovsk", "settlement", "Donetsk Oblast")),
        ("Troops held Kupiansk.", "Kupiansk", ("Kupiansk", "settlement", "Kharkiv Oblast")),
        ("Drones targeted the airfield at Morozovsk.", "Morozovsk", ("Morozovsk", "settlement", "Rostov Oblast")),
        ("Shelling hit Chasiv Yar again.", "Chasiv Yar", ("Chasiv Yar", "settlement", "Donetsk Oblast")),
        ("Blasts were heard in Sevastopol.", "Sevastopol", ("Sevastopol", "settlement", "Crimea")),
    ],
    ids=["fastiv", "kyiv-oblast", "kyiv-city", "pokrovsk", "kupiansk", "morozovsk-russia", "two-words",
         "sevastopol-crimea"],
)
def test_settlements_and_regions(gaz: Gazetteer, text: str, surface: str, expected: tuple) -> None:
    assert named(gaz, text, surface) == expected


@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        ("Explosions rocked Kiev on Monday.", "Kiev", "Kyiv"),
        ("Guided bombs fell on Kharkov.", "Kharkov", "Kharkiv"),
        ("The port of Odessa was attacked.", "Odessa", "Odesa"),
        ("Russia claimed Kupyansk.", "Kupyansk", "Kupiansk"),
        ("Moscow said it took Avdeyevka.", "Avdeyevka", "Avdiivka"),
        ("A drone hit Zaporozhye.", "Zaporozhye", "Zaporizhzhia"),
        ("Fighting near Volchansk went on.", "Volchansk", "Vovchansk"),
        ("Russia calls the town Dimitrov, near Pokrovsk.", "Dimitrov", "Myrnohrad"),
    ],
    ids=["kiev", "kharkov", "odessa", "kupyansk", "avdeyevka", "zaporozhye", "volchansk", "dimitrov"],
)
def test_spelling_variants_map_to_the_ukrainian_spelling(gaz: Gazetteer, text: str, surface: str,
                                                         name: str) -> None:
    assert named(gaz, text, surface)[0] == name


@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        ("Talks will be held in Istanbul, Türkiye.", "Istanbul", "Istanbul"),
        ("Talks will be held in Istanbul, Türkiye.", "Türkiye", "Turkey"),
        ("Officials met in Jeddah, Saudi Arabia.", "Saudi Arabia", "Saudi Arabia"),
        ("Negotiators gathered in Geneva.", "Geneva", "Geneva"),
        ("Envoys flew to Miami.", "Miami", "Miami"),
        ("The talks in Florida ended.", "Florida", "Florida"),
        ("Leaders will meet in Abu Dhabi.", "Abu Dhabi", "Abu Dhabi"),
        ("Washington paused aid.", "Washington", "Washington"),
        ("Trump and Putin met in Anchorage, Alaska.", "Alaska", "Alaska"),
        ("Aid from the U.S. and the UK.", "UK", "United Kingdom"),
        ("Britain pledged more aid.", "Britain", "United Kingdom"),
    ],
    ids=["istanbul", "turkiye", "saudi", "geneva", "miami", "florida", "abu-dhabi", "washington", "alaska",
         "uk", "britain"],
)
def test_venues_and_countries(gaz: Gazetteer, text: str, surface: str, name: str) -> None:
    assert named(gaz, text, surface)[0] == name


def test_florida_is_an_admin1_of_the_us(gaz: Gazetteer) -> None:
    place = gaz.lookup("Florida")
    assert place is not None and (place.precision, place.country, place.admin1_code) == ("admin1", "US", "US-FL")


@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        ("Ракети влучили в Харків.", "Харків", "Kharkiv"),
        ("Удар по Одесса ночью.", "Одесса", "Odesa"),
    ],
    ids=["ukrainian-cyrillic", "russian-cyrillic"],
)
def test_cyrillic_names(gaz: Gazetteer, text: str, surface: str, name: str) -> None:
    assert named(gaz, text, surface)[0] == name


def test_possessive_and_hyphenated_forms(gaz: Gazetteer) -> None:
    found = [(m.surface, m.place.name) for m in gaz.mentions("Kharkiv's mayor and Zaporizhzhia-based units "
                                                            "joined Russia-Ukraine talks.")]
    assert found == [("Kharkiv", "Kharkiv"), ("Zaporizhzhia", "Zaporizhzhia"), ("Russia", "Russia"),
                     ("Ukraine", "Ukraine")]


def test_spans_point_into_the_text(gaz: Gazetteer) -> None:
    text = "Drones hit Sumy, Kharkiv and Poltava regions; Kursk region and Belgorod were shelled."
    for m in gaz.mentions(text):
        assert text[m.start : m.end] == m.surface
    assert [m.place.name for m in gaz.mentions(text)] == [
        "Sumy Oblast", "Kharkiv Oblast", "Poltava Oblast", "Kursk Oblast", "Belgorod"]


def test_mentions_do_not_overlap_and_prefer_longest(gaz: Gazetteer) -> None:
    found = gaz.mentions("Strikes on Kryvyi Rih and Bila Tserkva.")
    assert [m.surface for m in found] == ["Kryvyi Rih", "Bila Tserkva"]


@pytest.mark.parametrize("text", ["", "<p></p>", "a" * 10_000, "Kyiv " * 50_000, "Ы" * 100_000],
                         ids=["empty", "html", "no-caps", "repeated", "cyrillic-noise"])
def test_odd_input_does_not_crash(gaz: Gazetteer, text: str) -> None:
    assert isinstance(gaz.mentions(text), list)


def test_same_text_same_mentions(gaz: Gazetteer) -> None:
    text = "Drones hit Odesa and Izmail in Odesa Oblast."
    assert gaz.mentions(text) == gaz.mentions(text)


