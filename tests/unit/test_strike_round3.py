"""Strike rules added after the fourth blind batch: one test per rule, on short reports written for these tests.

Uses the tiny in-test gazetteer of ``test_strike_quality`` (2025-03-14, the publication day, is a Friday).
"""

from __future__ import annotations

from typing import Any

import pytest

from service.extract.strike_harm import find_casualties
from service.nlp.numbers import find_numbers
from service.nlp.weapons import find_targets
from tests.unit.test_strike_quality import one, run, targets, weapons

# ------------------------------------------------------------------------------------------ casualties


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


def test_a_later_toll_update_joins_the_wave_with_a_toll() -> None:
    body = ("Russian missiles hit Kharkiv overnight, injuring 14 people. "
            "In Belgorod, the governor said the death toll from Thursday's Ukrainian shelling had risen to 6. "
            "Later on Friday he said another man had died in hospital, bringing the toll to 7.")
    by_place = {f["locations"][0]["name"]: f["casualties"] for f in run(body) if f["locations"]}
    assert by_place["Belgorod"]["killed"] == 7
    assert by_place["Kharkiv"]["killed"] is None


# ------------------------------------------------------------------------------------------ boundaries


def test_in_response_to_is_a_back_reference() -> None:
    body = ("Russia said on Friday it had struck military sites in Kharkiv overnight in response to what it called "
            "an attack on Belgorod on Wednesday.")
    fields = one(body)
    assert fields["date"] == "2025-03-14"
    assert [loc["name"] for loc in fields["locations"]] == ["Kharkiv"]


def test_a_daily_summary_is_not_the_strike_told_before() -> None:
    body = ("On Friday morning, a Russian drone hit a car in Kherson, injuring the driver. "
            "Over the past day, Russian forces fired 230 shells at 19 settlements of the region, including Kherson "
            "and Odesa, the governor said.")
    assert len(run(body)) == 2


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Russian artillery has shelled the river bank daily since withdrawing from the city in 2022.",
                     id="has-shelled-since-withdrawing"),
        pytest.param("Kharkiv, near the border, has been a frequent target of Russian missile attacks.",
                     id="frequent-target"),
    ],
)
def test_habitual_remarks_are_no_strike(body: str) -> None:
    assert run(body) == []


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


# ------------------------------------------------------------------------------------------ counts


def test_n_of_the_m_launched_were_shot_down() -> None:
    body = "Russia attacked Odesa with drones overnight. The air force said 9 of the 12 drones launched were downed."
    assert weapons(one(body)) == {"drone": (12, 9)}


def test_a_timestamp_is_no_count() -> None:
    assert [n.value for n in find_numbers("14:25 GMT - Two bombs hit Zaporizhzhia")] == [2]


# ------------------------------------------------------------------------------------------ targets


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("A drone hit a passenger bus near the market.", {"transport", "civilian_other"}, id="bus"),
        pytest.param("Shelling damaged a tram in the city centre.", {"transport"}, id="tram"),
        pytest.param("A trolleybus and a pharmacy were damaged.", {"civilian_other"}, id="pharmacy"),
        pytest.param("The ministry said it struck decision-making centres.", {"government"},
                     id="decision-making-centres"),
    ],
)
def test_target_words(text: str, expected: set[str]) -> None:
    assert {t.category for t in find_targets(text)} == expected


def test_weapons_being_prepared_at_the_target_are_no_weapons_used() -> None:
    body = "A Russian missile hit a hangar in Odesa where Ukraine was preparing naval drones, the ministry said."
    fields: dict[str, Any] = one(body)
    assert set(weapons(fields)) == {"missile"}
    assert "military" in targets(fields)


def test_including_a_capital_in_a_list_of_cities_hit() -> None:
    body = "Russia fired 40 missiles at cities across Ukraine on Friday, including Kyiv, Lviv and Odesa."
    assert [loc["name"] for loc in one(body)["locations"]] == ["Kyiv", "Lviv", "Odesa"]


def test_declining_to_comment_on_the_attack_is_no_report() -> None:
    body = "Russia's defence ministry did not comment on the Odesa attack."
    assert run(body) == []


def test_where_the_fragments_fell_is_a_place_of_the_wave() -> None:
    body = ("Ukraine fired six missiles at the Bryansk region overnight, Russia said on Friday. "
            "Fragments of one fell on a military facility near Belgorod, causing a fire.")
    assert "Belgorod" in [loc["name"] for loc in one(body)["locations"]]
