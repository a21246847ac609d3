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
