"""Strike waves: where one strike event ends and another begins, and what joins a wave.

Short reports written for these tests, read with the tiny gazetteer of ``strike_kit`` (2025-03-14, the
publication day, is a Friday).
"""

from __future__ import annotations

import pytest

from tests.unit.strike_kit import names, one, run, targets


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


def test_a_second_strike_inside_a_sentence_is_the_same_raid() -> None:
    body = ("Russia fired 40 missiles at Ukraine overnight. A missile hit a block of flats in Dnipro, killing five, "
            "while a second strike damaged a warehouse in the city.")
    assert targets(one(body)) == {"residential", "industrial"}


def test_the_same_night_told_separately_is_that_nights_wave() -> None:
    body = ("Ukrainian drones struck an oil depot in Belgorod overnight. In a separate incident the same night, "
            "a drone hit a plant in Ryazan, the governor said.")
    fields = one(body)
    assert names(fields) == ["Belgorod", "Ryazan"]


def test_a_strong_attacker_never_joins_the_other_sides_wave() -> None:
    body = ("In a separate incident the same night, a drone hit a plant in Ryazan, the governor said. "
            "Meanwhile, Russia launched 33 drones against Ukraine overnight.")
    assert len(run(body)) == 2


def test_a_daily_summary_is_not_the_strike_told_before() -> None:
    body = ("On Friday morning, a Russian drone hit a car in Kherson, injuring the driver. "
            "Over the past day, Russian forces fired 230 shells at 19 settlements of the region, including Kherson "
            "and Odesa, the governor said.")
    assert len(run(body)) == 2


def test_an_earlier_dated_attack_stays_apart_from_the_night_range() -> None:
    body = ("Russia said it downed 20 Ukrainian drones overnight on 11-12 March over the Bryansk region. "
            "Earlier, on 11 March, Ukrainian drones attacked an oil refinery in Ryazan.")
    assert len(run(body)) == 2


def test_fpv_drones_join_the_shelling_of_the_same_border_area() -> None:
    body = ("Russian troops shelled border villages in the Sumy region on Tuesday. Russian forces fired mortars at "
            "villages near Sumy, and attacked Kharkiv with FPV drones.")
    assert len(run(body)) == 1


@pytest.mark.parametrize(
    ("body", "count"),
    [
        pytest.param("Russia attacked Ukraine overnight with 30 missiles and 20 drones, the air force said; 25 "
                     "missiles were shot down. Around midday, Russian forces dropped two guided aerial bombs on "
                     "Kharkiv, hitting a residential building and injuring four people.", 2,
                     id="glide-bombs-after-the-nights-missile-wave"),
        pytest.param("Russian forces dropped two guided bombs on Zaporizhzhia on Friday, injuring five. Overnight, "
                     "Russia launched 45 drones at Ukraine, the air force said, and 30 were downed.", 2,
                     id="a-drone-wave-after-glide-bombs"),
        pytest.param("A source in the SBU told Reuters the agency was behind the attack on the Ryazan oil refinery "
                     "overnight, as well as a drone attack on a fuel depot in the Bryansk region on Tuesday.", 2,
                     id="as-well-as-another-attack"),
        pytest.param("A Russian drone hit a port warehouse in Odesa overnight, injuring one. In the morning, Russian "
                     "forces struck Kharkiv with a guided bomb, damaging a school.", 2,
                     id="a-glide-bomb-after-a-drone-strike"),
        pytest.param("Russian warplanes struck Kharkiv on Friday. They dropped two guided bombs on a factory.", 1,
                     id="glide-bombs-of-the-warplanes-told-before"),
        pytest.param("Russian forces shelled Kherson on Friday, killing one. In the neighbouring Zaporizhzhia "
                     "region, Russian artillery hit Zaporizhzhia, injuring two.", 2,
                     id="shelling-in-the-neighbouring-region"),
        pytest.param("Russian troops shelled Sumy on Friday. The Russians fired mortars and tube artillery, used "
                     "FPV drones and dropped two guided aerial bombs on Sumy, injuring one man.", 1,
                     id="shelling-with-drones-and-glide-bombs-is-one-day"),
        pytest.param("A Russian drone hit a gas station in Sumy on Friday evening, injuring one. Russian forces "
                     "also shelled Sumy with artillery during the day.", 1,
                     id="a-front-line-drone-and-shelling-of-one-region"),
    ],
)
def test_front_line_and_air_raid_waves(body: str, count: int) -> None:
    assert len(run(body)) == count


def test_a_dated_day_stays_with_its_own_attack_named_as_well_as() -> None:
    first, second = run("A source in the SBU told Reuters the agency was behind the attack on the Ryazan oil refinery"
                        " overnight, as well as a drone attack on a fuel depot in the Bryansk region on Tuesday.")
    assert (first["date"], second["date"]) == ("2025-03-14", "2025-03-11")
    assert (names(first), names(second)) == (["Ryazan oil refinery"], ["Bryansk Oblast"])


def test_damage_told_next_joins_the_strike_just_told() -> None:
    body = ("Russian artillery shelled Kherson on Friday, damaging 11 houses and a gas pipeline. Separately, a "
            "Russian guided bomb struck Kharkiv on Friday afternoon, injuring one man. A shop and a private house "
            "were damaged.")
    kherson, kharkiv = run(body)
    assert targets(kharkiv) == {"civilian_other", "residential"}
    assert targets(kherson) == {"residential", "energy"}


def test_glide_bombs_on_the_shelled_region_are_that_days_shelling() -> None:
    """A daily tally: shelling of front-line villages, and glide bombs dropped on a town of the same region."""
    text = ("Over the past day, Russian forces shelled Kupiansk and Kharkiv, the governor said. Kupiansk came "
            "under artillery fire, and Russian aircraft dropped guided aerial bombs on Balakliia.")
    assert len(run(text)) == 1
