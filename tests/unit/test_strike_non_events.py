"""Strike non-events: invasions, habits, causes and non-comments that are no strike of their own.

Short reports written for these tests, read with the tiny gazetteer of ``strike_kit`` (2025-03-14, the
publication day, is a Friday).
"""

from __future__ import annotations

import pytest

from tests.unit.strike_kit import names, one, run


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Three European leaders arrived in Kyiv by overnight train on Thursday, their first trip since "
                     "Russia launched its full-scale invasion.", id="launched-its-invasion"),
        pytest.param("Russia, which started its war in February 2022, now holds a fifth of the country.",
                     id="started-its-war"),
        pytest.param("Russian artillery has shelled the river bank daily since withdrawing from the city in 2022.",
                     id="has-shelled-since-withdrawing"),
        pytest.param("Kharkiv, near the border, has been a frequent target of Russian missile attacks.",
                     id="frequent-target"),
        pytest.param("Kherson, a port city on the Dnipro, has been under near-daily Russian bombardment since the "
                     "autumn.", id="under-near-daily-bombardment"),
        pytest.param("Fuel prices were pushed up by a months-long campaign of Ukrainian drone strikes on refineries.",
                     id="a-months-long-campaign"),
        pytest.param("Diesel prices hit a record in May after months of Ukrainian drone attacks on refineries.",
                     id="after-months-of-attacks"),
        pytest.param("The governor of Belgorod declared an emergency, citing the danger due to constant Ukrainian "
                     "shelling.", id="due-to-constant-shelling"),
        pytest.param("Germany announced a new military aid package, including 36 howitzers and 120,000 rounds of "
                     "artillery ammunition.", id="an-aid-package"),
        pytest.param("Ukrainian troops are running short of artillery shells near Kharkiv, commanders said.",
                     id="running-short-of-shells"),
        pytest.param("Gasoline prices on the Moscow exchange hit a record this week.", id="prices-hit-a-record"),
        pytest.param("Ukrainian troops repelled 12 enemy attacks near Kupiansk and Balakliia, the General Staff said.",
                     id="repelled-n-enemy-attacks"),
        pytest.param("In the Kupiansk direction, Russian troops attacked 19 times near Balakliia.",
                     id="attacked-n-times-in-a-direction"),
    ],
)
def test_no_strike(body: str) -> None:
    assert run(body) == []


def test_a_repelled_ground_attack_is_no_strike() -> None:
    assert run("The ministry said the attack had been repelled and that Ukraine had lost dozens of armored "
               "vehicles near Belgorod.") == []


def test_declining_to_comment_on_the_attack_is_no_report() -> None:
    body = "Russia's defence ministry did not comment on the Odesa attack."
    assert run(body) == []


def test_no_comment_on_the_strike_on_a_city_adds_no_place() -> None:
    body = ("Russian glide bombs hit a store in Kharkiv on Saturday. Russian artillery struck Kherson on Sunday, "
            "killing one man. Russia's defence ministry did not comment on the strike on Kharkiv.")
    assert [names(f) for f in run(body)] == [["Kharkiv"], ["Kherson"]]


def test_a_habit_leading_the_sentence_keeps_the_strike() -> None:
    assert names(one("After weeks of shelling, a Russian missile hit Kharkiv on Monday, killing five people.")) == [
        "Kharkiv"]


def test_a_region_shelled_daily_is_background() -> None:
    assert run("The Sumy and Kharkiv regions border Russia and are shelled daily.") == []


def test_what_a_plant_produces_is_not_what_struck_it() -> None:
    fields = one("Ukrainian drones struck a plant in Ryazan that produces components for Shahed drones and "
                 "Iskander missiles overnight.")
    assert {w["category"]: w["model"] for w in fields["weapons"]} == {"drone": None}


