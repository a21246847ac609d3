"""Strike rules added after the third blind batch: one test per rule, on short reports written for these tests.

Uses the tiny in-test gazetteer of ``test_strike_quality`` (2025-03-14, the publication day, is a Friday).
"""

from __future__ import annotations

import pytest

from tests.unit.test_strike_quality import names, one, run, targets, weapons

# ------------------------------------------------------------------------------------- not a strike


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Three European leaders arrived in Kyiv by overnight train on Thursday, their first trip since "
                     "Russia launched its full-scale invasion.", id="launched-its-invasion"),
        pytest.param("Russia, which started its war in February 2022, now holds a fifth of the country.",
                     id="started-its-war"),
    ],
)
def test_launching_the_invasion_is_no_strike(body: str) -> None:
    assert run(body) == []


def test_a_purpose_aside_is_not_the_attack() -> None:
    body = ("Ukrainian officials said the Engels air base, home to bombers that Russia uses to fire cruise missiles "
            "at Ukrainian cities, was hit by a swarm of drones overnight.")
    fields = one(body)
    assert fields["attacker"] == "UA"
    assert set(weapons(fields)) == {"drone"}


def test_is_home_to_a_power_plant_is_no_target() -> None:
    body = ("Ukrainian drones struck Belgorod overnight, injuring two people. "
            "The town of Zaporizhzhia lies west of the front and is home to a coal-fired power plant.")
    assert targets(one(body)) == set()


def test_drone_depots_are_a_target_not_a_weapon() -> None:
    body = "Russian forces struck Ukrainian ammunition and drone depots near Kharkiv on Friday."
    assert "drone" not in weapons(one(body))


# ------------------------------------------------------------------------------------------ counts


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param("Russia launched 40 drones at Odesa overnight. Air defences shot down 31 of them, it said.",
                     {"drone": (40, 31)}, id="n-of-them-next-sentence"),
        pytest.param("Russia fired 12 cruise missiles and six drones at Lviv overnight, and 9 of the missiles and "
                     "two drones were shot down.", {"missile": (12, 9), "drone": (6, 2)}, id="n-of-the-passive"),
        pytest.param("Two Russian missiles hit the port of Odesa overnight, while two others were shot down.",
                     {"missile": (None, 2)}, id="hits-are-a-part-of-the-salvo"),
        pytest.param("Two Russian missiles hit the port of Odesa overnight, injuring three people.",
                     {"missile": (2, None)}, id="hits-alone-are-launched"),
    ],
)
def test_counts(body: str, expected: dict[str, tuple[int | None, int | None]]) -> None:
    assert weapons(one(body)) == expected


def test_multiple_launch_rocket_systems_are_artillery() -> None:
    body = "Russian forces shelled Kherson with multiple-launch rocket systems on Friday, killing one man."
    assert set(weapons(one(body))) == {"artillery"}


# -------------------------------------------------------------------------------------- casualties


@pytest.mark.parametrize(
    ("body", "killed", "injured"),
    [
        pytest.param("A Russian drone hit a house in Sumy overnight. No-one was killed.", 0, None, id="no-one"),
        pytest.param("Officials said the death toll from a Russian missile strike on a civilian convoy on the "
                     "outskirts of the city of Zaporizhzhia on Friday had risen to 25.", 25, None, id="long-toll"),
    ],
)
def test_casualties(body: str, killed: int | None, injured: int | None) -> None:
    fields = one(body)
    assert (fields["casualties"]["killed"], fields["casualties"]["injured"]) == (killed, injured)


# ------------------------------------------------------------------------------------------ places


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param("Russian missiles and drones hit 12 regions overnight, including Kyiv, Lviv, Poltava and "
                     "Odesa, the air force said.",
                     ["Kyiv Oblast", "Lviv Oblast", "Poltava Oblast", "Odesa Oblast"], id="regions-including"),
        pytest.param("Russian missiles struck a power plant in Kharkiv on Friday, causing blackouts in the Sumy and "
                     "Poltava regions.", ["Kharkiv"], id="blackout-regions-are-effects"),
        pytest.param("Russian drones hit Kyiv overnight, Kyiv City Military Administration Head Sumy Petrenko said.",
                     ["Kyiv"], id="first-name-after-a-title"),
        pytest.param("Russian missiles struck the port of Odesa on Friday, less than 24 hours after Moscow and Kyiv "
                     "signed a deal in Ankara.", ["Odesa"], id="hours-after-back-reference"),
    ],
)
def test_places(body: str, expected: list[str]) -> None:
    assert names(one(body)) == expected


def test_a_summary_of_many_settlements_is_not_the_dated_strike() -> None:
    body = ("A Russian glide bomb hit Zaporizhzhia on Thursday, killing two people. Over the past day, Russian "
            "forces shelled Kherson and Sumy with drones and artillery, officials said.")
    fields = run(body)
    assert names(fields[0]) == ["Zaporizhzhia"]


# ------------------------------------------------------------------------------------------ events


def test_the_same_night_told_separately_is_that_nights_wave() -> None:
    body = ("Ukrainian drones struck an oil depot in Belgorod overnight. In a separate incident the same night, "
            "a drone hit a plant in Ryazan, the governor said.")
    fields = one(body)
    assert names(fields) == ["Belgorod", "Ryazan"]


def test_a_strong_attacker_never_joins_the_other_sides_wave() -> None:
    body = ("In a separate incident the same night, a drone hit a plant in Ryazan, the governor said. "
            "Meanwhile, Russia launched 33 drones against Ukraine overnight.")
    assert len(run(body)) == 2


# ----------------------------------------------------------------------------------------- targets


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param("Russian missiles fired from warships in the Black Sea hit the port of Odesa on Friday.",
                     {"transport"}, id="launch-platform"),
        pytest.param("Moscow said it struck energy facilities that support the operation of Ukraine's "
                     "military-industrial complex in Kharkiv on Friday.", {"energy"}, id="beneficiary"),
        pytest.param("Russia's defence ministry claimed its missiles destroyed a Ukrainian navy vessel in the port "
                     "of Odesa on Friday.", {"military", "transport"}, id="claimed-concrete-hit"),
        pytest.param("Russia struck Kharkiv with drones on Friday. Moscow claimed its attacks were aimed at "
                     "military-industrial enterprises.", set(), id="claimed-aim"),
        pytest.param("Russian drones hit Dnipro on Friday. Zelensky denounced the strikes on civilian "
                     "infrastructure as terrorism.", set(), id="condemnation"),
        pytest.param("A Russian missile hit a civilian convoy near Zaporizhzhia on Friday, killing 25 people.",
                     {"civilian_other"}, id="civilian-convoy"),
    ],
)
def test_targets(body: str, expected: set[str]) -> None:
    assert targets(run(body)[0]) == expected


def test_lifting_restrictions_on_strikes_is_hypothetical() -> None:
    body = ("Russian drones hit Sumy on Friday. Zelensky urged allies to lift restrictions on using long-range "
            "weapons against military targets inside Russia.")
    assert targets(one(body)) == set()


def test_a_repelled_ground_attack_is_no_strike() -> None:
    assert run("The ministry said the attack had been repelled and that Ukraine had lost dozens of armored "
               "vehicles near Belgorod.") == []


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


def test_downed_all_the_missiles_is_as_many_as_launched() -> None:
    body = "Russia launched four cruise missiles and 39 drones at Odesa overnight. Air defences downed all the " \
           "missiles and 26 of the drones."
    assert weapons(one(body)) == {"missile": (4, 4), "drone": (39, 26)}


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


def test_a_relative_hurt_counts_one() -> None:
    body = "Russia shelled Kherson on Friday. A 55-year-old man was killed and his wife was wounded, officials said."
    assert one(body)["casualties"] == {"killed": 1, "injured": 1}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param("Russia fired about 100 drones at Odesa overnight. The air force later said Russia had launched "
                     "93 drones, of which 80 were shot down.", {"drone": (93, 80)}, id="exact-beats-about"),
        pytest.param("Russia fired more than 100 missiles at Lviv overnight. The air force later said it had "
                     "launched 127 missiles.", {"missile": (127, None)}, id="larger-exact-beats-more-than"),
    ],
)
def test_an_exact_figure_beats_a_vague_one(body: str, expected: dict[str, tuple[int | None, int | None]]) -> None:
    assert weapons(one(body)) == expected
