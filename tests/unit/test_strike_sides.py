"""Strike sides: who attacked, told by either side or in the passive.

Short reports written for these tests, read with the tiny gazetteer of ``strike_kit`` (2025-03-14, the
publication day, is a Friday).
"""

from __future__ import annotations

import pytest

from service.extract.strike_sides import attacker_votes, model_side
from tests.unit.strike_kit import names, one, one_of, run, weapons


def test_a_purpose_aside_is_not_the_attack() -> None:
    body = ("Ukrainian officials said the Engels air base, home to bombers that Russia uses to fire cruise missiles "
            "at Ukrainian cities, was hit by a swarm of drones overnight.")
    fields = one(body)
    assert fields["attacker"] == "UA"
    assert set(weapons(fields)) == {"drone"}


@pytest.mark.parametrize(
    ("body", "attacker", "places"),
    [
        pytest.param("Kyiv was hit by a combined missile and drone attack early on Friday.", "RU", ["Kyiv"],
                     id="capital-was-hit"),
        pytest.param("Moscow's mayor said air defences had downed 34 drones approaching Moscow overnight.", "UA",
                     ["Moscow"], id="drones-approaching-the-capital"),
    ],
)
def test_a_passive_subject_is_the_target(body: str, attacker: str, places: list[str]) -> None:
    fields = one(body)
    assert (fields["attacker"], names(fields)) == (attacker, places)


def test_an_authorisation_aside_does_not_make_the_report_hypothetical() -> None:
    body = ("Russia said on Friday that Ukraine had fired five ATACMS missiles at the Bryansk region, the first such "
            "strike since Washington allowed Kyiv to use the weapons inside Russia.")
    fields = one(body)
    assert fields["attacker"] == "UA"
    assert weapons(fields) == {"missile": (5, None)}


def test_the_enemy_in_moscows_words_is_ukraine() -> None:
    body = ("\"Overnight, the enemy struck a facility in the Bryansk region with four missiles,\" the Russian defence "
            "ministry said.")
    assert one(body)["attacker"] == "UA"


@pytest.mark.parametrize(
    ("clause", "votes"),
    [
        pytest.param("Ukraine's SBU was behind the attack on the refinery", {"RU": 0, "UA": 3}, id="behind-the-attack"),
        pytest.param("34 Russian officers, including a commander, were killed in the strike", {"RU": 0, "UA": 2},
                     id="the-side-of-the-dead-soldiers"),
        pytest.param("Russian troops were behind the river when it began", {"RU": 0, "UA": 0},
                     id="behind-a-river-is-no-attack"),
        pytest.param("Ukraine's Southern Operational Command said its forces had again struck the bridge",
                     {"RU": 0, "UA": 3}, id="a-command-said-its-forces-again-struck"),
        pytest.param("two missiles were fired from bombers flying over Russia's Bryansk region", {"RU": 0, "UA": 0},
                     id="flying-over-russia-is-where-the-launchers-were"),
        pytest.param("Russia's defence ministry accused Kyiv of hitting an oil pumping station", {"RU": 0, "UA": 3},
                     id="accused-kyiv-of-hitting"),
    ],
)
def test_who_was_behind_and_who_died(clause: str, votes: dict[str, int]) -> None:
    assert attacker_votes(clause) == votes


def test_launchers_flying_over_a_region_are_not_the_target() -> None:
    body = ("Ukraine's air force said two Kh-22 missiles were fired at Poltava on Friday from Tu-22M3 bombers flying "
            "over Russia's Bryansk region, killing three.")
    fields = one(body)
    assert (fields["attacker"], names(fields)) == ("RU", ["Poltava"])


@pytest.mark.parametrize(
    ("body", "attacker", "claimed_by"),
    [
        pytest.param("Russia launched 200 drones at Kyiv overnight, Ukraine's air force said.", "RU", "UA",
                     id="russian-attack"),
        pytest.param("Ukrainian drones struck an oil refinery in Ryazan overnight, the governor said.", "UA", None,
                     id="ukrainian-drones"),
        pytest.param("Kyiv launched 45 drones at Russian territory overnight.", "UA", None, id="kyiv-launched"),
        pytest.param("Russia's defence ministry said its air defences downed 37 Ukrainian drones over the "
                     "Bryansk region overnight.", "UA", "RU", id="russian-mod-downed-claim"),
        pytest.param("Russia downed 52 drones fired overnight by Ukraine.", "UA", None, id="fired-by"),
        pytest.param("Ukraine shot down 60 Russia-launched drones overnight.", "RU", None, id="russia-launched"),
        pytest.param("A missile hit a school in Dnipro on Friday, killing three people.", "RU", None,
                     id="place-in-ukraine"),
        pytest.param("The enemy attacked Kherson with artillery on Friday, wounding two.", "RU", None,
                     id="the-enemy"),
    ],
)
def test_attacker(body: str, attacker: str, claimed_by: str | None) -> None:
    fields = one_of(body)
    assert fields["attacker"] == attacker
    assert fields["claimed_by"] == claimed_by


def test_sunk_ship_in_crimea_is_a_ukrainian_strike() -> None:
    assert one_of("Ukraine's navy said on Friday that its sea drones had sunk the Russian patrol ship off "
               "occupied Crimea.")["attacker"] == "UA"


def test_country_after_a_preposition_is_not_the_attacker() -> None:
    fields = one_of("Ukraine launched its largest attack on Russia yet on Tuesday night, targeting refineries, "
                 "Kyiv said. Russia said it shot down 140 Ukrainian drones over the Bryansk region.")
    assert fields["attacker"] == "UA"


@pytest.mark.parametrize(
    ("body", "attacker"),
    [
        pytest.param("ATACMS missiles hit an air base in Crimea on Friday, killing two.", "UA",
                     id="atacms-are-ukraines"),
        pytest.param("Storm Shadow missiles struck a shipyard in Crimea overnight.", "UA",
                     id="storm-shadows-are-ukraines"),
    ],
)
def test_a_model_only_one_side_fires_names_the_attacker(body: str, attacker: str) -> None:
    assert one(body)["attacker"] == attacker


@pytest.mark.parametrize(
    ("model", "side"),
    [
        pytest.param("Kh-101", "RU", id="kh-series"),
        pytest.param("Kalibr", "RU", id="kalibr"),
        pytest.param("Neptune", "UA", id="neptune"),
        pytest.param("S-300", None, id="both-sides-field-s-300"),
    ],
)
def test_model_side(model: str, side: str | None) -> None:
    assert model_side(model) == side


def test_an_accusation_against_the_other_side_is_not_the_nights_wave() -> None:
    body = ("Russia launched 145 drones at Ukraine overnight. Officials said two hospitals in Sumy were damaged. "
            "Russia's defence ministry accused Kyiv of hitting an oil depot in Belgorod.")
    assert [(f["attacker"], names(f)) for f in run(body)] == [("RU", ["Sumy"]), ("UA", ["Belgorod"])]
