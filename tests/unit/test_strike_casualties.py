"""Strike casualties: killed and injured counts, and tolls told later that join their strike.

Short reports written for these tests, read with the tiny gazetteer of ``strike_kit`` (2025-03-14, the
publication day, is a Friday).
"""

from __future__ import annotations

import pytest

from service.extract.strike_harm import find_casualties
from tests.unit.strike_kit import one, run


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


@pytest.mark.parametrize(
    ("body", "killed", "injured"),
    [
        pytest.param("A Russian drone hit a house in Sumy overnight. No-one was killed.", 0, None, id="no-one"),
        pytest.param("Officials said the death toll from a Russian missile strike on a civilian convoy on the "
                     "outskirts of the city of Zaporizhzhia on Friday had risen to 25.", 25, None, id="long-toll"),
    ],
)
def test_casualty_tolls(body: str, killed: int | None, injured: int | None) -> None:
    fields = one(body)
    assert (fields["casualties"]["killed"], fields["casualties"]["injured"]) == (killed, injured)


def test_a_relative_hurt_counts_one() -> None:
    body = "Russia shelled Kherson on Friday. A 55-year-old man was killed and his wife was wounded, officials said."
    assert one(body)["casualties"] == {"killed": 1, "injured": 1}


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        pytest.param("Two women aged 47 and 72 were killed in the attack.", None, None, id="ages-are-no-count"),
        pytest.param("A man aged 66 was wounded by shrapnel.", None, None, id="one-age-is-no-count"),
        pytest.param("Rescuers recovered the bodies of 11 people from the rubble.", 11, None, id="bodies-of-n"),
        pytest.param("No one was injured in the attack.", 0, 0, id="no-one-injured-is-no-casualties"),
        pytest.param("One more woman died in hospital, bringing the death toll to 9.", 9, None,
                     id="bringing-the-toll-to"),
        pytest.param("The driver and three passengers sustained injuries.", None, 4, id="the-driver-and-n-passengers"),
        pytest.param("Two pensioners suffered shrapnel wounds.", None, 2, id="suffered-wounds"),
    ],
)
def test_casualty_phrases(text: str, killed: int | None, injured: int | None) -> None:
    found = find_casualties(text)
    got = {k: max((c.value for c in found if c.kind == k), default=None) for k in ("killed", "injured")}
    assert got == {"killed": killed, "injured": injured}


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
def test_casualty_phrases_of_people(text: str, killed: int | None, injured: int | None) -> None:
    found = find_casualties(text)
    got = {k: max((c.value for c in found if c.kind == k), default=None) for k in ("killed", "injured")}
    assert got == {"killed": killed, "injured": injured}


def test_toll_of_the_store_attack_joins_the_store_strike() -> None:
    body = ("Russian glide bombs hit a store in Kharkiv on Friday, killing 12. A second strike on Friday evening hit "
            "a residential area, injuring 18. By Saturday, the death toll from the store attack had risen to 16.")
    fields = run(body, "2025-03-15T09:00:00Z")
    assert [f["casualties"]["killed"] for f in fields] == [16, None]


def test_a_later_toll_update_joins_the_wave_with_a_toll() -> None:
    body = ("Russian missiles hit Kharkiv overnight, injuring 14 people. "
            "In Belgorod, the governor said the death toll from Thursday's Ukrainian shelling had risen to 6. "
            "Later on Friday he said another man had died in hospital, bringing the toll to 7.")
    by_place = {f["locations"][0]["name"]: f["casualties"] for f in run(body) if f["locations"]}
    assert by_place["Belgorod"]["killed"] == 7
    assert by_place["Kharkiv"]["killed"] is None


def test_a_toll_by_a_later_day_joins_the_strike() -> None:
    body = ("Russian artillery shelled a market in Kherson on Tuesday. "
            "By Thursday morning officials said 9 people had died and 20 had been wounded.")
    fields = one(body)
    assert (fields["date"], fields["casualties"]) == ("2025-03-11", {"killed": 9, "injured": 20})


@pytest.mark.parametrize(
    ("body", "killed", "injured"),
    [
        pytest.param("Ukraine said 34 Russian officers, including a fleet commander, were killed in Friday's missile "
                     "strike on a headquarters in Crimea. Another 105 occupiers were wounded.", 34, 105,
                     id="officers-killed-and-occupiers-wounded"),
        pytest.param("Ukrainian drones hit an oil refinery in Ryazan overnight; two people were injured. Debris fell "
                     "on a house in Belgorod. Nobody was hurt there, the governor said.", None, 2,
                     id="nobody-hurt-there-leaves-the-toll-unsaid"),
        pytest.param("Russian glide bombs hit Zaporizhzhia on Friday. Later, officials said the death toll had risen "
                     "to nine, and the number of injured to 34.", 9, 34, id="a-toll-and-the-number-of-injured"),
        pytest.param("Russian drones hit Kherson on Friday. In Odesa, a drone hit a house, killing one. No one was "
                     "injured in Kherson.", 1, None, id="no-one-injured-here-one-killed-there"),
    ],
)
def test_tolls_of_soldiers_and_of_places(body: str, killed: int | None, injured: int | None) -> None:
    cas = one(body)["casualties"]
    assert (cas["killed"], cas["injured"]) == (killed, injured)
