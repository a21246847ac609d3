"""Strike rules added after the blind batches: one test per rule, on short reports written for these tests.

A tiny in-test gazetteer stands in for the real one (names as the real one would resolve them), so the
tests judge the strike extractor alone. 2025-03-14, the publication day used throughout, is a Friday.
"""

from __future__ import annotations

from typing import Any

import pytest

from service.domain import Place
from tests.unit import strike_kit as kit
from tests.unit.strike_kit import weapons

PLACES: dict[str, Place] = {
    "Kyiv": kit.ua("Kyiv", "Kyiv Oblast"),
    "Kharkiv": kit.ua("Kharkiv", "Kharkiv Oblast"),
    "Kherson": kit.ua("Kherson", "Kherson Oblast"),
    "Odesa": kit.ua("Odesa", "Odesa Oblast"),
    "Sumy": kit.ua("Sumy", "Sumy Oblast"),
    "Dnipro": kit.ua("Dnipro", "Dnipropetrovsk Oblast"),
    "Lviv": kit.ua("Lviv", "Lviv Oblast"),
    "Poltava": kit.ua("Poltava", "Poltava Oblast"),
    "Zaporizhzhia": kit.ua("Zaporizhzhia", "Zaporizhzhia Oblast"),
    "Belgorod": kit.ru("Belgorod", "Belgorod Oblast"),
    "Ryazan": kit.ru("Ryazan", "Ryazan Oblast"),
    "Moscow": kit.ru("Moscow", "Moscow"),
    "Azov": kit.ru("Azov", "Rostov Oblast"),
    "Engels": kit.ru("Engels", "Saratov Oblast"),
    "Ankara": Place("Ankara", "settlement", "TR", None, None, 39.9, 32.8),
    "Bryansk region": Place("Bryansk Oblast", "admin1", "RU", "Bryansk Oblast", "RU-BRY"),
    "Crimea": Place("Crimea", "admin1", "UA", "Crimea", "UA-43"),
    "Ukraine": Place("Ukraine", "country", "UA"),
}
RESOURCES = kit.resources(PLACES)


def run(body: str, published: str = "2025-03-14T09:00:00Z") -> list[dict[str, Any]]:
    return [d.fields for d in kit.extract(body, published, RESOURCES)]


def one(body: str) -> dict[str, Any]:
    fields = run(body)
    assert len(fields) == 1, fields
    return fields[0]


def names(fields: dict[str, Any]) -> list[str]:
    return [loc["name"] for loc in fields["locations"]]


def targets(fields: dict[str, Any]) -> set[str]:
    return {t["category"] for t in fields["targets"]}


# ------------------------------------------------------------------------------------------- counts


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param("Russia launched 40 drones and a ballistic missile at Kharkiv overnight.",
                     {"drone": (40, None), "missile": (1, None)}, id="and-a-missile-is-one"),
        pytest.param("A Russian missile hit the port of Odesa on Friday, killing three.",
                     {"missile": (1, None)}, id="a-missile-is-one"),
        pytest.param("A Russian drone hit a car in Kherson on Friday, injuring two.",
                     {"drone": (None, None)}, id="a-drone-is-no-count"),
        pytest.param("Russia launched a massive drone and missile attack on Sumy overnight, killing two.",
                     {"drone": (None, None), "missile": (None, None)}, id="a-drone-and-missile-attack-no-count"),
        pytest.param("Russia launched 70 drones at Odesa overnight, with 52 drones shot down.",
                     {"drone": (70, 52)}, id="with-n-shot-down"),
        pytest.param("Russia fired 50 missiles at Lviv overnight. Air defences shot down 31 of the missiles, "
                     "including some launched from bombers, as well as 44 drones.",
                     {"missile": (50, 31), "drone": (None, 44)}, id="n-of-the-weapon-as-well-as"),
        pytest.param("Three Russian missiles hit Odesa on Friday, while two others were shot down.",
                     {"missile": (None, 2)}, id="two-others-were-shot-down"),  # the 3 that hit are a part
        pytest.param("Russia launched 90 drones at Sumy overnight. Seventy were shot down, the air force said.",
                     {"drone": (90, 70)}, id="bare-count-of-the-sentence-before"),
        pytest.param("Two glide bombs hit a shopping centre in Kharkiv on Friday, killing four.",
                     {"glide_bomb": (2, None)}, id="plural-bombs-hit-are-launched"),
        pytest.param("Russia launched 60 drones at Sumy overnight. Of the 60 drones, 45 were shot down.",
                     {"drone": (60, 45)}, id="of-the-total-comma-part-shot-down"),
        pytest.param("Twelve people were killed and 45 wounded when Russian missiles hit Dnipro on Friday.",
                     {"missile": (None, None)}, id="casualty-count-before-missiles-hit-is-no-launch"),
        pytest.param("Russian drones attacked Sumy overnight; one of the downed drones exploded near a school.",
                     {"drone": (None, None)}, id="one-of-the-downed-drones-is-no-count"),
    ],
)
def test_counts(body: str, expected: dict[str, tuple[Any, Any]]) -> None:
    assert weapons(one(body)) == expected


# ------------------------------------------------------------------------------------------- casualties


@pytest.mark.parametrize(
    ("body", "killed", "injured"),
    [
        pytest.param("Russian drones hit Kherson on Friday. Nobody was hurt, the governor said.", 0, 0,
                     id="nobody-was-hurt"),
        pytest.param("Russian drones hit Kherson on Friday; nobody was injured.", 0, 0,
                     id="nobody-was-injured"),
        pytest.param("Russian drones hit Kherson on Friday; nobody was killed.", 0, None,
                     id="nobody-was-killed"),
        pytest.param("A Russian missile hit a school in Sumy on Friday. Two rescuers later died at the scene, "
                     "he said, and another was injured.", 2, 1, id="another-was-injured"),
        pytest.param("Russian drones hit Kherson on Friday. Officials said the death toll from the Russian attack "
                     "on the southern port city of Kherson the day before had risen to 21.", 21, None,
                     id="long-death-toll-phrase"),
    ],
)
def test_casualties(body: str, killed: int | None, injured: int | None) -> None:
    cas = one(body)["casualties"]
    assert (cas["killed"], cas["injured"]) == (killed, injured)


# ------------------------------------------------------------------------------------------- places


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param("Russia pummelled Kyiv with drones and missiles overnight.", ["Kyiv"], id="pummelled-kyiv"),
        pytest.param("Ukrainian drones hit Engels on Friday, Belgorod governor Ivan Petrov said.", ["Engels"],
                     id="lower-case-governor-title"),
        pytest.param("The governor of Russia's Belgorod region said Ukrainian drones hit Engels on Friday.",
                     ["Engels"], id="governor-of-region"),
        pytest.param("Russian missiles hit power plants from Kharkiv in the east to Lviv in the west on Friday.",
                     ["Kharkiv Oblast", "Lviv Oblast"], id="from-east-to-west-are-regions"),
        pytest.param("Russia said it downed 40 Ukrainian drones over Crimea and the Black and Azov seas overnight.",
                     ["Crimea"], id="azov-sea-is-no-town"),
        pytest.param("Ukrainian drones hit Ryazan, south-east of Moscow, on Friday.", ["Ryazan"],
                     id="hyphenated-compass-locator"),
        pytest.param("Russian missiles hit Odesa on Friday, killing two. Officials had told Ankara of the attack.",
                     ["Odesa"], id="foreign-capital-as-government"),
        pytest.param("Russian missiles hit the central oblasts of Poltava and Dnipro on Friday.",
                     ["Poltava Oblast", "Dnipropetrovsk Oblast"], id="oblasts-of-are-regions"),
    ],
)
def test_places(body: str, expected: list[str]) -> None:
    assert names(one(body)) == expected


def test_capital_before_a_facility_noun_is_the_facility() -> None:
    fields = one("Russian missiles hit the Kyiv Hydroelectric Power Plant on Friday, officials said.")
    assert [(loc["name"], loc["precision"]) for loc in fields["locations"]] == [
        ("Kyiv Hydroelectric Power Plant", "facility")]


# ------------------------------------------------------------------------------------------- targets


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param("Russian drones hit grain storage facilities in Odesa on Friday.", {"industrial"},
                     id="grain-storage-is-industrial"),
        pytest.param("Russian missiles hit a nine-storey building in Dnipro on Friday.", {"residential"},
                     id="n-storey-building-is-residential"),
        pytest.param("Russian missiles hit a printing house in Kharkiv on Friday.", {"industrial"},
                     id="printing-house-is-industrial"),
        pytest.param("Russian drones hit a hangar at an air base near Odesa on Friday.", {"military"},
                     id="hangar-is-military"),
        pytest.param("Russian drones hit a school in Sumy on Friday. Moscow says it strikes only military targets.",
                     {"civilian_other"}, id="only-military-targets-is-boilerplate"),
        pytest.param("Ukrainian drones hit an oil depot in Engels on Friday. The governor said an \"industrial "
                     "enterprise\" was on fire.", {"energy"}, id="quoted-industrial-enterprise-is-the-depot"),
    ],
)
def test_targets(body: str, expected: set[str]) -> None:
    assert targets(one(body)) == expected


# ------------------------------------------------------------------------------------------- waves


@pytest.mark.parametrize(
    ("body", "count"),
    [
        pytest.param("Russian glide bombs hit Zaporizhzhia on Friday, killing three. Also on Friday, a Russian "
                     "drone attacked a car in Kherson, injuring two men.", 2, id="also-on-friday-other-weapon"),
        pytest.param("Russian missiles hit a school in Kharkiv on Friday morning, killing two. A second strike on "
                     "Friday evening hit a residential area, injuring 18.", 2, id="a-second-strike"),
        pytest.param("Ukrainian drones hit Belgorod on Friday, killing two. The attack came a day after Russia "
                     "launched its largest aerial assault on Ukraine.", 1, id="a-day-after-is-a-back-reference"),
        pytest.param("Ukrainian drones hit an oil depot in Engels on Friday. Kyiv said the depot supplied an "
                     "airfield, which Moscow uses to launch bombers that carry out missile strikes on Ukrainian "
                     "cities.", 1, id="what-an-airfield-is-used-for"),
        pytest.param("Over the past day, Russian forces attacked 20 settlements in Kherson with artillery and drones."
                     " On Thursday, a Russian drone dropped explosives on a car in Kherson, injuring two.", 2,
                     id="a-days-summary-and-a-dated-strike"),
    ],
)
def test_wave_boundaries(body: str, count: int) -> None:
    assert len(run(body)) == count


def test_during_the_visit_takes_the_visits_day() -> None:
    body = ("On Wednesday, the Greek prime minister visited Odesa with Zelensky. During the visit, a Russian missile "
            "struck the port of Odesa, killing five people.")
    assert one(body)["date"] == "2025-03-12"


def test_last_item_of_a_list_cut_at_and() -> None:
    fields = one("Russian strikes hit a hospital in Dnipro, a school in Kyiv, and a warehouse in Lviv on Friday.")
    assert targets(fields) == {"civilian_other", "industrial"}


def test_toll_of_the_store_attack_joins_the_store_strike() -> None:
    body = ("Russian glide bombs hit a store in Kharkiv on Friday, killing 12. A second strike on Friday evening hit "
            "a residential area, injuring 18. By Saturday, the death toll from the store attack had risen to 16.")
    fields = run(body, "2025-03-15T09:00:00Z")
    assert [f["casualties"]["killed"] for f in fields] == [16, None]


def test_weapons_stored_at_the_target_are_no_weapons_used() -> None:
    fields = one("A Russian missile hit a hangar in Odesa on Friday where naval drones were being prepared.")
    assert sorted(weapons(fields)) == ["missile"]


def test_the_city_is_the_city_named_before() -> None:
    body = ("Russian glide bombs hit a store in Kharkiv on Friday afternoon, killing 12. A second strike on Friday "
            "evening hit a residential area in the city centre, injuring 18.")
    assert [names(f) for f in run(body)] == [["Kharkiv"], ["Kharkiv"]]


def test_a_second_strike_inside_a_sentence_is_the_same_raid() -> None:
    body = ("Russia fired 40 missiles at Ukraine overnight. A missile hit a block of flats in Dnipro, killing five, "
            "while a second strike damaged a warehouse in the city.")
    assert targets(one(body)) == {"residential", "industrial"}
