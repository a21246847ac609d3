"""Strike weapons: which weapon categories were used (not those stored or hit at the target).

Short reports written for these tests, read with the tiny gazetteer of ``strike_kit`` (2025-03-14, the
publication day, is a Friday).
"""

from __future__ import annotations

from typing import Any

from tests.unit.strike_kit import one, one_of, targets, weapons


def test_weapons_stored_at_the_target_are_no_weapons_used() -> None:
    fields = one("A Russian missile hit a hangar in Odesa on Friday where naval drones were being prepared.")
    assert sorted(weapons(fields)) == ["missile"]


def test_drone_depots_are_a_target_not_a_weapon() -> None:
    body = "Russian forces struck Ukrainian ammunition and drone depots near Kharkiv on Friday."
    assert "drone" not in weapons(one(body))


def test_multiple_launch_rocket_systems_are_artillery() -> None:
    body = "Russian forces shelled Kherson with multiple-launch rocket systems on Friday, killing one man."
    assert set(weapons(one(body))) == {"artillery"}


def test_weapons_being_prepared_at_the_target_are_no_weapons_used() -> None:
    body = "A Russian missile hit a hangar in Odesa where Ukraine was preparing naval drones, the ministry said."
    fields: dict[str, Any] = one(body)
    assert set(weapons(fields)) == {"missile"}
    assert "military" in targets(fields)


def test_rockets_of_a_rocket_launcher_are_artillery() -> None:
    body = "Ukraine fired a Vampire multiple rocket launcher at Belgorod on Friday, and 12 rockets were shot down."
    assert weapons(one_of(body)) == {"artillery": (None, 12)}
