"""Strike casualties: killed and injured counts, and tolls told later that join their strike.

Short reports written for these tests, read with the tiny gazetteer of ``strike_kit`` (2025-03-14, the
publication day, is a Friday).
"""

from __future__ import annotations

import pytest

from service.extract.strike_harm import find_casualties
from tests.unit.strike_kit import one, one_of, run


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
        pytest.param("Three nurses in Kharkiv were lightly injured.", None, 3, id="person-in-place-lightly-hurt"),
        pytest.param("Two rail workers were seriously wounded.", None, 2, id="adjective-before-person"),
        pytest.param("Officials said 14 people had died and 30 had been wounded.", 14, 30, id="had-died"),
        pytest.param("One employee of the depot was injured.", None, 1, id="one-employee-of-the-site"),
        pytest.param("There were no casualties in Kursk Oblast, the governor said.", None, None,
                     id="no-casualties-in-one-region-is-no-toll"),
        pytest.param("There were no casualties, the governor said.", 0, 0, id="no-casualties-is-zero"),
        pytest.param("The governor said 41 people had sought medical help.", None, 41, id="sought-medical-help"),
        pytest.param("Russian shelling of the city on December 24 killed 10 people.", 10, None,
                     id="the-day-of-the-month-is-no-toll"),
        pytest.param("Later a second victim, a woman, was taken to hospital.", None, 2, id="a-second-victim"),
        pytest.param("A third person died in hospital on Saturday.", 3, None, id="a-third-person-died"),
        pytest.param("The second man was not hurt.", None, None, id="a-second-man-not-hurt"),
    ],
)
def test_casualty_phrases(text: str, killed: int | None, injured: int | None) -> None:
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


def test_people_who_sought_medical_help_join_the_toll() -> None:
    body = ("A Russian missile hit a shopping centre in Poltava on Friday, killing six. The governor said 52 people "
            "had sought medical help, and 19 of them were hospitalised.")
    assert one(body)["casualties"] == {"killed": 6, "injured": 52}


def test_a_toll_told_after_another_strike_joins_the_strike_just_told() -> None:
    body = ("Russian glide bombs hit a residential building in Kharkiv on Friday morning, killing two. In Kherson, "
            "Russian artillery shelled the city centre in the afternoon. A woman was killed near her home.")
    by_place = {f["locations"][0]["name"]: f["casualties"]["killed"] for f in run(body)}
    assert by_place == {"Kharkiv": 2, "Kherson": 1}


@pytest.mark.parametrize(
    ("body", "killed", "injured"),
    [
        pytest.param("Russia attacked Kyiv with drones overnight, killing at least four people.", 4, None,
                     id="killing-at-least"),
        pytest.param("A Russian missile hit Dnipro on Friday, leaving at least eight people injured.", None, 8,
                     id="leaving-injured"),
        pytest.param("Russian drones hit Odesa on Friday, killing one person and wounding eleven others.", 1, 11,
                     id="killing-and-wounding"),
        pytest.param("Russian glide bombs hit Kharkiv on Friday. The attack injured six.", None, 6,
                     id="the-attack-injured"),
        pytest.param("Russian shelling killed a woman in Kherson on Friday.", 1, None, id="killed-a-woman"),
        pytest.param("Russia attacked Sumy overnight. Two people were killed and 14 were wounded.", 2, 14,
                     id="passive-figures"),
        pytest.param("Russia attacked Kyiv overnight with 40 drones. There were no casualties.", 0, 0,
                     id="no-casualties"),
        pytest.param("Russian drones attacked Odesa overnight. No one was hurt.", 0, 0, id="no-one-hurt"),
        pytest.param("Russia struck Dnipro on Friday, injuring at least 3 people. Later the toll rose as 9 "
                     "people were reported injured.", None, 9, id="largest-figure"),
        pytest.param("Russian missiles hit Zaporizhzhia on Friday, 1 dead.", 1, None, id="n-dead"),
        pytest.param("A Russian drone hit a bus in Kherson on Friday. An elderly man later died in hospital.", 1,
                     None, id="a-man-died"),
        pytest.param("Russia struck Sumy with missiles on Friday. The death toll from the strike on Sumy rose to "
                     "21.", 21, None, id="death-toll"),
    ],
)
def test_casualty_wording(body: str, killed: int | None, injured: int | None) -> None:
    assert one_of(body)["casualties"] == {"killed": killed, "injured": injured}


@pytest.mark.parametrize(
    ("body", "killed", "injured"),
    [
        pytest.param("A Russian missile hit Kharkiv on Thursday, killing four people. By Friday the death toll "
                     "had risen to nine.", 9, None, id="toll-rose-on-a-later-day"),
        pytest.param("A Russian missile hit Sumy on Thursday, wounding 20 people. On Friday the number of injured "
                     "rose to 46.", None, 46, id="injured-number-rose"),
        pytest.param("Russian missiles struck Dnipro on Friday, and 60 people, including 8 children, were injured.",
                     None, 60, id="including-aside"),
    ],
)
def test_casualty_updates(body: str, killed: int | None, injured: int | None) -> None:
    fields = one_of(body)
    assert (fields["casualties"]["killed"], fields["casualties"]["injured"]) == (killed, injured)


def test_the_driver_is_one_person() -> None:
    fields = one_of("A Russian drone attacked a car in Kherson on Friday, injuring the driver.")
    assert (fields["casualties"]["killed"], fields["casualties"]["injured"]) == (None, 1)


def test_a_second_victim_told_apart_counts_two() -> None:
    body = ("Russian drones hit Kharkiv overnight, damaging a power plant. A 61-year-old man was injured by shrapnel, "
            "and later a second victim, a woman, was taken to hospital, the mayor said.")
    assert one(body)["casualties"] == {"killed": None, "injured": 2}


def test_a_motive_called_retaliation_is_no_hypothetical() -> None:
    body = ("Russia launched missiles at cities across Ukraine on Friday, killing 14 people and injuring 97 in what "
            "the Kremlin called retaliation for an explosion on a bridge.")
    fields = one(body)
    assert fields["casualties"] == {"killed": 14, "injured": 97}


def test_wounding_a_relative_counts_one() -> None:
    body = "Russian artillery struck Kherson on Friday morning, killing a 64-year-old man and wounding his wife."
    assert one(body)["casualties"] == {"killed": 1, "injured": 1}
