"""Strike rules added after the fifth blind batch: one test per rule, on short reports written for these tests.

Uses the tiny in-test gazetteer of ``test_strike_quality`` (2025-03-14, the publication day, is a Friday).
"""

from __future__ import annotations

import pytest

from service.extract.strike_harm import find_casualties
from service.nlp.numbers import find_numbers
from service.nlp.weapons import find_targets
from tests.unit.test_strike_quality import names, one, run, weapons

# ------------------------------------------------------------------------------------------ counts


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param("Russian troops struck a school in Kharkiv on Tuesday with a guided aerial bomb.",
                     {"glide_bomb": (1, None)}, id="with-a-guided-bomb-is-one"),
        pytest.param("A Russian missile hit the port city of Odesa on Tuesday as the minister was visiting.",
                     {"missile": (1, None)}, id="a-missile-without-other-numbers-is-one"),
        pytest.param("The navy said the attack, carried out with an Iskander ballistic missile, hit Odesa.",
                     {"missile": (1, None)}, id="carried-out-with-a-missile"),
    ],
)
def test_a_single_weapon_counts_one(body: str, expected: dict[str, tuple[int | None, int | None]]) -> None:
    assert weapons(one(body)) == expected


def test_a_model_variant_after_a_slash_is_no_count() -> None:
    assert [n.value for n in find_numbers("attacked with Shahed-136/131 drones and 12 missiles")] == [12]


# ------------------------------------------------------------------------------------------ casualties


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        pytest.param("Three nurses in Kharkiv were lightly injured.", None, 3, id="person-in-place-lightly-hurt"),
        pytest.param("Two rail workers were seriously wounded.", None, 2, id="adjective-before-person"),
        pytest.param("Officials said 14 people had died and 30 had been wounded.", 14, 30, id="had-died"),
        pytest.param("One employee of the depot was injured.", None, 1, id="one-employee-of-the-site"),
        pytest.param("There were no casualties in Kursk Oblast, the governor said.", None, None,
                     id="no-casualties-in-one-region-is-no-toll"),
        pytest.param("There were no casualties, the governor said.", 0, 0, id="no-casualties-is-zero"),
    ],
)
def test_casualty_phrases(text: str, killed: int | None, injured: int | None) -> None:
    found = find_casualties(text)
    got = {k: max((c.value for c in found if c.kind == k), default=None) for k in ("killed", "injured")}
    assert got == {"killed": killed, "injured": injured}


def test_a_toll_by_a_later_day_joins_the_strike() -> None:
    body = ("Russian artillery shelled a market in Kherson on Tuesday. "
            "By Thursday morning officials said 9 people had died and 20 had been wounded.")
    fields = one(body)
    assert (fields["date"], fields["casualties"]) == ("2025-03-11", {"killed": 9, "injured": 20})


# ------------------------------------------------------------------------------------------ places, dates


def test_a_plant_named_after_another_city_is_in_the_city_named() -> None:
    body = "Russian missiles hit the Dnipro Hydroelectric Station in the southern city of Zaporizhzhia overnight."
    assert names(one(body)) == ["Zaporizhzhia"]


def test_overnight_on_a_day_range_is_the_morning() -> None:
    body = "Russia said it downed 20 Ukrainian drones overnight on 11-12 March over the Bryansk region."
    assert one(body)["date"] == "2025-03-12"


def test_an_earlier_dated_attack_stays_apart_from_the_night_range() -> None:
    body = ("Russia said it downed 20 Ukrainian drones overnight on 11-12 March over the Bryansk region. "
            "Earlier, on 11 March, Ukrainian drones attacked an oil refinery in Ryazan.")
    assert len(run(body)) == 2


# ------------------------------------------------------------------------------------------ targets


@pytest.mark.parametrize(
    ("text", "category"),
    [
        pytest.param("They shelled residential streets in the city.", "residential", id="residential-streets"),
        pytest.param("A bomb hit a blood transfusion centre.", "civilian_other", id="transfusion-centre"),
    ],
)
def test_target_phrases(text: str, category: str) -> None:
    assert [t.category for t in find_targets(text)] == [category]


# ------------------------------------------------------------------------------------------ background


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Diesel prices hit a record in May after months of Ukrainian drone attacks on refineries.",
                     id="after-months-of-attacks"),
        pytest.param("The governor of Belgorod declared an emergency, citing the danger due to constant Ukrainian "
                     "shelling.", id="due-to-constant-shelling"),
    ],
)
def test_a_habit_named_as_a_cause_is_no_strike(body: str) -> None:
    assert run(body) == []


def test_a_habit_leading_the_sentence_keeps_the_strike() -> None:
    assert names(one("After weeks of shelling, a Russian missile hit Kharkiv on Monday, killing five people.")) == [
        "Kharkiv"]


def test_a_region_shelled_daily_is_background() -> None:
    assert run("The Sumy and Kharkiv regions border Russia and are shelled daily.") == []


def test_localized_attacks_near_towns_are_ground_combat() -> None:
    body = ("Russian forces continue to conduct localized attacks near Sumy. "
            "Russian forces struck Kharkiv with drones overnight, killing two civilians.")
    assert names(one(body)) == ["Kharkiv"]


def test_a_gas_distribution_station_is_energy() -> None:
    assert [t.category for t in find_targets("A drone hit a gas distribution station.")] == ["energy"]


def test_two_districts_of_a_city_are_not_places_hit() -> None:
    body = "Russian bombs hit Kharkiv's Odesa and Industrialnyi districts on Tuesday, killing two people."
    assert names(one(body)) == ["Kharkiv"]


def test_pushing_toward_a_town_is_ground_combat() -> None:
    body = ("Russian missiles hit Kharkiv on Tuesday, killing two people. "
            "The attack came as Russian troops continue to push toward Sumy.")
    assert names(one(body)) == ["Kharkiv"]


def test_fpv_drones_join_the_shelling_of_the_same_border_area() -> None:
    body = ("Russian troops shelled border villages in the Sumy region on Tuesday. Russian forces fired mortars at "
            "villages near Sumy, and attacked Kharkiv with FPV drones.")
    assert len(run(body)) == 1


def test_a_claimed_military_aim_set_against_civil_targets_adds_nothing() -> None:
    body = ("Russian missiles hit the port of Odesa on Tuesday. A Kremlin spokesman said the missiles had targeted "
            "military infrastructure, not grain facilities.")
    assert "military" not in {t["category"] for t in one(body)["targets"]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("A drone set fire to an oil pumping station.", ["energy"], id="oil-pumping-station"),
        pytest.param("Two missiles damaged a pumping station.", [], id="bare-pumping-station-is-no-energy"),
    ],
)
def test_pumping_stations(text: str, expected: list[str]) -> None:
    assert [t.category for t in find_targets(text)] == expected


def test_a_district_named_before_its_village_is_no_place_hit() -> None:
    body = "A Ukrainian drone struck a car in the village of Belgorod district's Dubki on Sunday, wounding two men."
    assert names(one(body)) == []
