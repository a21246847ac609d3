"""Gazetteer: place mentions in news sentences, disambiguation, guards, lookups and country codes."""

from __future__ import annotations

import pytest

from service.nlp.gazetteer import Gazetteer
from service.nlp.gazetteer_build import ukrainian_style
from service.nlp.gazetteer_text import fold


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


def test_possessive_and_hyphenated_forms(gaz: Gazetteer) -> None:
    found = [(m.surface, m.place.name) for m in gaz.mentions("Kharkiv's mayor and Zaporizhzhia-based units "
                                                            "joined Russia-Ukraine talks.")]
    assert found == [("Kharkiv", "Kharkiv"), ("Zaporizhzhia", "Zaporizhzhia"), ("Russia", "Russia"),
                     ("Ukraine", "Ukraine")]


def test_organisations_named_after_places_are_not_places(gaz: Gazetteer) -> None:
    assert places(gaz, "The Kyiv Independent and the Minsk Agreements.") == []


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


def test_same_text_same_mentions(gaz: Gazetteer) -> None:
    text = "Drones hit Odesa and Izmail in Odesa Oblast."
    assert gaz.mentions(text) == gaz.mentions(text)


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


def test_camel_case_name_after_a_village_list_is_not_a_village(gaz: Gazetteer) -> None:
    text = "Russian units entered the villages of Novoselivka and Kalynivka, DeepState reported."
    assert all(not m.surface.startswith("Deep") for m in gaz.mentions(text))
