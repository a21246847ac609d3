"""Strike sides: who attacked, told by either side or in the passive.

Short reports written for these tests, read with the tiny gazetteer of ``strike_kit`` (2025-03-14, the
publication day, is a Friday).
"""

from __future__ import annotations

import pytest

from service.extract.strike_sides import attacker_votes
from tests.unit.strike_kit import names, one, weapons


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
    ],
)
def test_who_was_behind_and_who_died(clause: str, votes: dict[str, int]) -> None:
    assert attacker_votes(clause) == votes
