"""Strike places: which places were hit (and which names only locate, govern or fight on the ground).

Short reports written for these tests, read with the tiny gazetteer of ``strike_kit`` (2025-03-14, the
publication day, is a Friday).
"""

from __future__ import annotations

import pytest

from service.domain import Place
from tests.unit.strike_kit import extract, hit_places, names, one, one_of, resources, run, targets, ua


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param("Russia pummelled Kyiv with drones and missiles overnight.", ["Kyiv"], id="pummelled-kyiv"),
        pytest.param("Ukrainian drones hit Engels on Friday, Belgorod governor Ivan Petrov said.", ["Engels"],
                     id="lower-case-governor-title"),
        pytest.param("The governor of Russia's Belgorod region said Ukrainian drones hit Engels on Friday.",
                     ["Engels"], id="governor-of-region"),
        pytest.param("Russia said it downed 40 Ukrainian drones over Crimea and the Black and Azov seas overnight.",
                     ["Crimea"], id="azov-sea-is-no-town"),
        pytest.param("Ukrainian drones hit Ryazan, south-east of Moscow, on Friday.", ["Ryazan"],
                     id="hyphenated-compass-locator"),
        pytest.param("Russian missiles hit Odesa on Friday, killing two. Officials had told Ankara of the attack.",
                     ["Odesa"], id="foreign-capital-as-government"),
        pytest.param("Russian missiles hit the central oblasts of Poltava and Dnipro on Friday.",
                     ["Poltava Oblast", "Dnipropetrovsk Oblast"], id="oblasts-of-are-regions"),
        pytest.param("Russian missiles and drones hit 12 regions overnight, including Kyiv, Lviv, Poltava and "
                     "Odesa, the air force said.",
                     ["Kyiv Oblast", "Lviv Oblast", "Poltava Oblast", "Odesa Oblast"], id="regions-including"),
        pytest.param("Russian missiles struck a power plant in Kharkiv on Friday, causing blackouts in the Sumy and "
                     "Poltava regions.", ["Kharkiv"], id="blackout-regions-are-effects"),
        pytest.param("Russian drones hit Kyiv overnight, Kyiv City Military Administration Head Sumy Petrenko said.",
                     ["Kyiv"], id="first-name-after-a-title"),
        pytest.param("Russian missiles struck the port of Odesa on Friday, less than 24 hours after Moscow and Kyiv "
                     "signed a deal in Ankara.", ["Odesa"], id="hours-after-back-reference"),
        pytest.param("Russian drones hit Sumy on Friday, killing two. The strike came a day after Russian and "
                     "Ukrainian delegations met in Ankara.", ["Sumy"], id="a-day-after-meeting-place"),
        pytest.param("Russia launched missile strikes on cities across Ukraine, including the capital, Kyiv, on "
                     "Friday.", ["Kyiv"], id="including-the-capital-comma"),
        pytest.param("Russia launched 500 drones at Ukraine overnight. The main target was Kyiv, the president said, "
                     "adding that energy facilities were also hit.", ["Kyiv"], id="the-main-target-was"),
        pytest.param("08:35 - Kyiv: debris from a downed Russian drone fell in the Darnytskyi district, damaging "
                     "a private house.", ["Kyiv"], id="a-live-blogs-city-header"),
        pytest.param("Russian missiles hit Kharkiv overnight. A Russian cruise missile violated Polish airspace "
                     "near Lviv, the Polish military said.", ["Kharkiv"], id="an-airspace-violation-hits-nothing"),
        pytest.param("Russian drones entered Ukrainian airspace from the Black Sea and attacked Odesa overnight.",
                     ["Odesa"], id="drones-that-entered-airspace-and-attacked"),
        pytest.param("Hours before the envoy landed in Ankara, Russia launched a missile attack on Kyiv, where a "
                     "hospital was hit.", ["Kyiv"], id="where-a-visitor-landed"),
        pytest.param("A Russian drone hit an energy facility in the Sumy district overnight.", ["Sumy Oblast"],
                     id="a-raion-is-its-region"),
        pytest.param("Russian missiles hit power plants from Kharkiv in the east to Lviv in the west on Friday.",
                     ["Kharkiv", "Lviv"], id="from-east-to-west-cities"),
        pytest.param("Energy facilities were hit in 12 regions, from Kharkiv in the east to Lviv in the west, by "
                     "Russian missiles on Friday.", ["Kharkiv Oblast", "Lviv Oblast"],
                     id="from-east-to-west-of-regions"),
        pytest.param("Ukrainian drones hit the Ryazan oil refinery overnight, setting it ablaze. The governor said "
                     "the Ryazan refinery had halted work.", ["Ryazan oil refinery"], id="one-refinery-named-twice"),
        pytest.param("A Ukrainian drone hit the Azov gunpowder plant in the town of Engels overnight.", ["Engels"],
                     id="a-plant-named-after-another-town"),
    ],
)
def test_places(body: str, expected: list[str]) -> None:
    assert names(one(body)) == expected


def test_capital_before_a_facility_noun_is_the_facility() -> None:
    fields = one("Russian missiles hit the Kyiv Hydroelectric Power Plant on Friday, officials said.")
    assert [(loc["name"], loc["precision"]) for loc in fields["locations"]] == [
        ("Kyiv Hydroelectric Power Plant", "facility")]


def test_the_city_is_the_city_named_before() -> None:
    body = ("Russian glide bombs hit a store in Kharkiv on Friday afternoon, killing 12. A second strike on Friday "
            "evening hit a residential area in the city centre, injuring 18.")
    assert [names(f) for f in run(body)] == [["Kharkiv"], ["Kharkiv"]]


def test_a_summary_of_many_settlements_is_not_the_dated_strike() -> None:
    body = ("A Russian glide bomb hit Zaporizhzhia on Thursday, killing two people. Over the past day, Russian "
            "forces shelled Kherson and Sumy with drones and artillery, officials said.")
    fields = run(body)
    assert names(fields[0]) == ["Zaporizhzhia"]


def test_a_river_is_not_its_namesake_city() -> None:
    body = "Russian artillery shelled Kherson from across the Dnipro River on Friday, damaging a power line."
    assert names(one(body)) == ["Kherson"]


def test_a_per_region_breakdown_names_regions() -> None:
    body = "Russia's defence ministry said it had downed 16 Ukrainian drones overnight: nine over the Bryansk region " \
           "and seven over Belgorod."
    assert names(one(body)) == ["Bryansk Oblast", "Belgorod Oblast"]


def test_the_city_of_the_mayor_who_speaks() -> None:
    body = "Russian missiles struck Lviv overnight. Kyiv's mayor said an energy facility in the city was damaged."
    assert names(one(body)) == ["Lviv", "Kyiv"]


def test_including_a_capital_in_a_list_of_cities_hit() -> None:
    body = "Russia fired 40 missiles at cities across Ukraine on Friday, including Kyiv, Lviv and Odesa."
    assert [loc["name"] for loc in one(body)["locations"]] == ["Kyiv", "Lviv", "Odesa"]


def test_where_the_fragments_fell_is_a_place_of_the_wave() -> None:
    body = ("Ukraine fired six missiles at the Bryansk region overnight, Russia said on Friday. "
            "Fragments of one fell on a military facility near Belgorod, causing a fire.")
    assert "Belgorod" in [loc["name"] for loc in one(body)["locations"]]


def test_a_plant_named_after_another_city_is_in_the_city_named() -> None:
    body = "Russian missiles hit the Dnipro Hydroelectric Station in the southern city of Zaporizhzhia overnight."
    assert names(one(body)) == ["Zaporizhzhia"]


def test_two_districts_of_a_city_are_not_places_hit() -> None:
    body = "Russian bombs hit Kharkiv's Odesa and Industrialnyi districts on Tuesday, killing two people."
    assert names(one(body)) == ["Kharkiv"]


def test_a_district_named_before_its_village_is_no_place_hit() -> None:
    body = "A Ukrainian drone struck a car in the village of Belgorod district's Dubki on Sunday, wounding two men."
    assert names(one(body)) == []


def test_localized_attacks_near_towns_are_ground_combat() -> None:
    body = ("Russian forces continue to conduct localized attacks near Sumy. "
            "Russian forces struck Kharkiv with drones overnight, killing two civilians.")
    assert names(one(body)) == ["Kharkiv"]


def test_pushing_toward_a_town_is_ground_combat() -> None:
    body = ("Russian missiles hit Kharkiv on Tuesday, killing two people. "
            "The attack came as Russian troops continue to push toward Sumy.")
    assert names(one(body)) == ["Kharkiv"]


_VILLAGES = resources({
    "Kherson": ua("Kherson", "Kherson Oblast"),
    "Bilozerka": Place("Bilozerka", "settlement", "UA", "Kherson Oblast", "UA-65", 46.6, 32.4, 1, 9000),
    "Stepanivka": Place("Stepanivka", "settlement", "UA", "Sumy Oblast", "UA-59", 50.9, 34.6, 2, 5000),
    "Kharkiv": ua("Kharkiv", "Kharkiv Oblast"),
})


@pytest.mark.parametrize(
    ("body", "admin1"),
    [
        pytest.param("Russian artillery shelled Kherson on Friday, killing two. Villages including Bilozerka and "
                     "Stepanivka came under fire as well.", {"Kherson Oblast"}, id="a-village-of-the-region"),
        pytest.param("Russian artillery shelled Kherson and Bilozerka on Friday. Separately, a Russian drone hit "
                     "Kharkiv and Stepanivka, injuring one.", {"Kherson Oblast"},
                     id="no-region-of-its-own-elsewhere"),
    ],
)
def test_a_small_namesake_takes_the_region_of_the_report(body: str, admin1: set[str]) -> None:
    first = extract(body, "2025-03-14T09:00:00Z", _VILLAGES)[0].fields
    assert {loc["admin1"] for loc in first["locations"]} == admin1


def test_the_main_blow_fell_on_a_place() -> None:
    body = ("Russia attacked Ukraine with 80 drones overnight, the air force said on Friday. The main blow fell on "
            "Odesa, where port infrastructure was damaged. Windows were blown out in several high-rise buildings.")
    fields = one(body)
    assert names(fields) == ["Odesa"]
    assert targets(fields) == {"transport", "residential"}


def test_a_city_district_is_the_city_named_before() -> None:
    body = ("Russian shelling killed two people in Kherson on Friday. On Wednesday, a Russian shell struck a "
            "residential building in the Dniprovskyi district, killing one man.")
    assert [names(f) for f in run(body)] == [["Kherson"], ["Kherson"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param("Ukrainian drones attacked the Morozovsk air base overnight.", ["Morozovsk air base"],
                     id="facility"),
        pytest.param("A source in Kyiv said Ukrainian drones hit the Ryazan oil refinery overnight.",
                     ["Ryazan oil refinery"], id="source-city-is-not-hit"),
        pytest.param("Russian drones destroyed a railway station in Fastiv, near Kyiv, overnight.", ["Fastiv"],
                     id="locator-city-is-not-hit"),
        pytest.param("Moscow said its forces struck Odesa overnight with missiles.", ["Odesa"],
                     id="government-metonym"),
        pytest.param("KYIV (Reuters) - Russian drones hit Kharkiv overnight, injuring two.", ["Kharkiv"],
                     id="dateline"),
        pytest.param("Russia launched drones from the Belgorod region at Sumy overnight.", ["Sumy"],
                     id="origin"),
        pytest.param("Officials in Odesa said Russian drones hit the port overnight.", ["Odesa"],
                     id="local-officials-speak-of-their-city"),
        pytest.param("Russia launched 90 drones from Belgorod, Moscow and Rostov at Kharkiv overnight.",
                     ["Kharkiv"], id="origin-list"),
        pytest.param("Russian drones hit a train in Sumy on Friday, injuring 30. Kharkiv Governor Oleh Syniehubov "
                     "said there were no other reports.", ["Sumy"], id="place-before-a-title"),
        pytest.param("Russian missiles hit a building in the Dniprovskyi district in Kyiv on Friday, killing two.",
                     ["Kyiv"], id="adjectival-district-name"),
    ],
)
def test_places_hit_and_not_hit(body: str, expected: list[str]) -> None:
    assert hit_places(one_of(body)) == expected


def test_region_after_a_city_name_is_the_region() -> None:
    fields = one_of("Russia downed 47 drones fired overnight by Ukraine, mainly at the Rostov border region.")
    assert [(loc["name"], loc["precision"]) for loc in fields["locations"]] == [("Rostov Oblast", "admin1")]


def test_facility_named_by_its_region() -> None:
    fields = one_of("Ukrainian drones struck an oil refinery in Russia's Ryazan region overnight, the governor said. "
                 "The fire at the Ryazan oil refinery was put out by morning.")
    assert "Ryazan oil refinery" in hit_places(fields)


def test_city_district_is_not_a_place() -> None:
    fields = one_of("Russian artillery shelled the Dniprovskyi district of Kherson on Friday, killing one man.")
    assert hit_places(fields) == ["Kherson"]


def test_capital_as_main_target() -> None:
    fields = one_of("Russia launched 300 drones at Ukraine overnight, with Kyiv the main target, officials said.")
    assert hit_places(fields) == ["Kyiv"]


def test_southern_port_of_is_the_city() -> None:
    fields = one_of("In the southern port of Odesa, a Russian drone killed one person on Friday.")
    assert fields["targets"] == []


def test_an_unknown_base_in_a_named_region_is_a_facility() -> None:
    body = "Ukrainian drones hit bombers at the Olenya air base in the Bryansk region on Friday, Kyiv said."
    fields = one(body)
    assert hit_places(fields) == ["Olenya air base"]
    assert [loc["admin1"] for loc in fields["locations"]] == ["Bryansk Oblast", "Bryansk Oblast"]


def test_a_two_city_dateline_is_no_place_hit() -> None:
    res = resources({"MOSCOW": Place("Moscow", "settlement", "RU", "Moscow", None, 55.7, 37.6),
                     "Engels": Place("Engels", "settlement", "RU", "Saratov Oblast", None, 51.5, 46.1)})
    found = extract("MOSCOW/KYIV, March 14 (Reuters) - Ukrainian drones hit Engels overnight.", "2025-03-14T09:00:00Z",
                    res)
    assert [names(d.fields) for d in found] == [["Engels"]]


def test_the_town_a_road_leads_to_is_no_place_hit() -> None:
    body = "A Russian drone struck a bus near Kupiansk on Friday. The bus was hit on the road to Kharkiv, killing two."
    assert names(one(body)) == ["Kupiansk"]
