"""Strike weapon counts: how many were launched and how many shot down.

Short reports written for these tests, read with the tiny gazetteer of ``strike_kit`` (2025-03-14, the
publication day, is a Friday).
"""

from __future__ import annotations

from typing import Any

import pytest

from service.nlp.numbers import find_numbers
from tests.unit.strike_kit import one, one_of, weapons


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param("Russia launched 40 drones and a ballistic missile at Kharkiv overnight.",
                     {"drone": (40, None), "missile": (1, None)}, id="and-a-missile-is-one"),
        pytest.param("A Russian missile hit the port of Odesa on Friday, killing three.",
                     {"missile": (1, None)}, id="a-missile-is-one"),
        pytest.param("A Russian drone hit a car in Kherson on Friday, injuring two.",
                     {"drone": (None, None)}, id="a-drone-is-no-count"),
        pytest.param("Russia launched a massive drone and missile attack on Sumy overnight, killing two.",
                     {"drone": (None, None), "missile": (None, None)}, id="a-drone-and-missile-attack-no-count"),
        pytest.param("Russia launched 70 drones at Odesa overnight, with 52 drones shot down.",
                     {"drone": (70, 52)}, id="with-n-shot-down"),
        pytest.param("Russia fired 50 missiles at Lviv overnight. Air defences shot down 31 of the missiles, "
                     "including some launched from bombers, as well as 44 drones.",
                     {"missile": (50, 31), "drone": (None, 44)}, id="n-of-the-weapon-as-well-as"),
        pytest.param("Three Russian missiles hit Odesa on Friday, while two others were shot down.",
                     {"missile": (None, 2)}, id="two-others-were-shot-down"),  # the 3 that hit are a part
        pytest.param("Russia launched 90 drones at Sumy overnight. Seventy were shot down, the air force said.",
                     {"drone": (90, 70)}, id="bare-count-of-the-sentence-before"),
        pytest.param("Two glide bombs hit a shopping centre in Kharkiv on Friday, killing four.",
                     {"glide_bomb": (2, None)}, id="plural-bombs-hit-are-launched"),
        pytest.param("Russia launched 60 drones at Sumy overnight. Of the 60 drones, 45 were shot down.",
                     {"drone": (60, 45)}, id="of-the-total-comma-part-shot-down"),
        pytest.param("Russia launched 90 missiles and 200 drones at Lviv overnight. Air defences shot down 81 "
                     "missiles, including all 11 Kalibr missiles launched from ships, and 80 drones.",
                     {"missile": (90, 81), "drone": (200, 80)}, id="list-tail-keeps-the-intercept-verb"),
        pytest.param("The air force said 32 of 44 drones launched overnight had been destroyed over Odesa.",
                     {"drone": (44, 32)}, id="n-of-m-launched-overnight-destroyed"),
        pytest.param("A Russian patrol ship destroyed three uncrewed boats approaching the port of Odesa on Friday.",
                     {"drone": (None, 3)}, id="uncrewed-boats-are-sea-drones"),
        pytest.param("Twelve people were killed and 45 wounded when Russian missiles hit Dnipro on Friday.",
                     {"missile": (None, None)}, id="casualty-count-before-missiles-hit-is-no-launch"),
        pytest.param("Russian drones attacked Sumy overnight; one of the downed drones exploded near a school.",
                     {"drone": (None, None)}, id="one-of-the-downed-drones-is-no-count"),
        pytest.param("Russia launched 40 drones at Odesa overnight. Air defences shot down 31 of them, it said.",
                     {"drone": (40, 31)}, id="n-of-them-next-sentence"),
        pytest.param("Russia fired 12 cruise missiles and six drones at Lviv overnight, and 9 of the missiles and "
                     "two drones were shot down.", {"missile": (12, 9), "drone": (6, 2)}, id="n-of-the-passive"),
        pytest.param("Two Russian missiles hit the port of Odesa overnight, while two others were shot down.",
                     {"missile": (None, 2)}, id="hits-are-a-part-of-the-salvo"),
        pytest.param("Two Russian missiles hit the port of Odesa overnight, injuring three people.",
                     {"missile": (2, None)}, id="hits-alone-are-launched"),
        pytest.param("Russia fired about 100 drones at Odesa overnight. The air force later said Russia had launched "
                     "93 drones, of which 80 were shot down.", {"drone": (93, 80)}, id="exact-beats-about"),
        pytest.param("Russia fired more than 100 missiles at Lviv overnight. The air force later said it had "
                     "launched 127 missiles.", {"missile": (127, None)}, id="larger-exact-beats-more-than"),
        pytest.param("Russian troops struck a school in Kharkiv on Tuesday with a guided aerial bomb.",
                     {"glide_bomb": (1, None)}, id="with-a-guided-bomb-is-one"),
        pytest.param("A Russian missile hit the port city of Odesa on Tuesday as the minister was visiting.",
                     {"missile": (1, None)}, id="a-missile-without-other-numbers-is-one"),
        pytest.param("The navy said the attack, carried out with an Iskander ballistic missile, hit Odesa.",
                     {"missile": (1, None)}, id="carried-out-with-a-missile"),
        pytest.param("Russian forces fired 412 shells from artillery, mortars, tanks and drones at Kherson on "
                     "Saturday, killing one.", {"artillery": (None, None), "drone": (None, None)},
                     id="shells-from-mixed-weapons"),
        pytest.param("Russian forces fired 78 shells from tanks and mortars at Kherson on Saturday.",
                     {"artillery": (78, None)}, id="shells-from-guns"),
        pytest.param("Ukraine's air force said Russia had launched four Kh-47M2 Kinzhal missiles and 25 Shahed drones "
                     "overnight.", {"missile": (4, None), "drone": (25, None)}, id="a-kh-designation-with-a-digit"),
        pytest.param("In January 2023, a Russian missile destroyed a section of a nine-storey building in Dnipro, "
                     "killing 40.", {"missile": (1, None)}, id="a-missile-that-destroyed-a-building"),
    ],
)
def test_counts(body: str, expected: dict[str, tuple[Any, Any]]) -> None:
    assert weapons(one(body)) == expected


def test_downed_all_the_missiles_is_as_many_as_launched() -> None:
    body = "Russia launched four cruise missiles and 39 drones at Odesa overnight. Air defences downed all the " \
           "missiles and 26 of the drones."
    assert weapons(one(body)) == {"missile": (4, 4), "drone": (39, 26)}


def test_n_of_the_m_launched_were_shot_down() -> None:
    body = "Russia attacked Odesa with drones overnight. The air force said 9 of the 12 drones launched were downed."
    assert weapons(one(body)) == {"drone": (12, 9)}


def test_a_timestamp_is_no_count() -> None:
    assert [n.value for n in find_numbers("14:25 GMT - Two bombs hit Zaporizhzhia")] == [2]


def test_a_model_variant_after_a_slash_is_no_count() -> None:
    assert [n.value for n in find_numbers("attacked with Shahed-136/131 drones and 12 missiles")] == [12]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param("Russia launched 412 drones and 27 missiles at Ukraine overnight.",
                     {"drone": (412, None), "missile": (27, None)}, id="launched"),
        pytest.param("Russia attacked Kyiv overnight. Air defences intercepted 380 drones and 19 missiles.",
                     {"drone": (None, 380), "missile": (None, 19)}, id="intercepted"),
        pytest.param("Russia attacked Odesa overnight, and 96 drones and three missiles were shot down.",
                     {"drone": (None, 96), "missile": (None, 3)}, id="passive-intercept"),
        pytest.param("Ukraine's air force said it shot down all seven Russian drones over Sumy overnight.",
                     {"drone": (7, 7)}, id="shot-down-all"),
        pytest.param("Russia said 31 of the 40 drones Kyiv fired overnight were aimed at the Bryansk region.",
                     {"drone": (40, None)}, id="n-of-m-launched"),
        pytest.param("Air defences shot down 58 of the 64 drones Russia launched at Kharkiv overnight.",
                     {"drone": (64, 58)}, id="n-of-m-intercepted"),
        pytest.param("Russia fired 120 drones at Odesa overnight, of which 101 were downed.",
                     {"drone": (120, 101)}, id="of-which"),
        pytest.param("Russia attacked Dnipro with 215 drones and decoys overnight.",
                     {"drone": (215, None)}, id="drones-and-decoys"),
        pytest.param("Russia attacked Kyiv with more than 300 drones on Friday. In all, 316 drones were launched.",
                     {"drone": (316, None)}, id="largest-count"),
        pytest.param("Russia struck Kharkiv with about twenty glide bombs on Friday.",
                     {"glide_bomb": (20, None)}, id="glide-bombs-in-words"),
        pytest.param("There were 11 missile hits and 40 drone strikes on Kyiv as Russia attacked overnight.",
                     {"missile": (None, None), "drone": (None, None)}, id="impacts-are-not-launches"),
        pytest.param("Russia launched dozens of drones at Sumy overnight.",
                     {"drone": (None, None)}, id="dozens-no-count"),
        pytest.param("Russia fired 70 missiles and 60 drones at Lviv overnight, of which 41 missiles and 52 "
                     "drones were shot down.", {"missile": (70, 41), "drone": (60, 52)}, id="coordinated-passive"),
        pytest.param("Russia launched 150 drones at Kyiv overnight; 90 drones were lost from radars.",
                     {"drone": (150, None)}, id="lost-drones-are-neither"),
        pytest.param("Russia launched 700 drones at Ukraine overnight, its largest attack this year.",
                     {"drone": (700, None)}, id="superlative-period-is-this-attack"),
        pytest.param("Russia fired two Iskander-M missiles at Sumy on Friday; neither was shot down.",
                     {"missile": (2, 0)}, id="neither-was-shot-down"),
        pytest.param("Russia fired three missiles at Odesa on Friday. None of the missiles were intercepted.",
                     {"missile": (3, 0)}, id="none-of-the-missiles"),
        pytest.param("Russia launched 12 drones at Kharkiv overnight and all 12 were shot down.",
                     {"drone": (12, 12)}, id="all-n-were-shot-down"),
        pytest.param("Russia attacked Kherson with four missiles overnight, none of which were intercepted.",
                     {"missile": (4, 0)}, id="none-of-which"),
    ],
)
def test_launched_and_intercepted_counts(body: str, expected: dict[str, tuple[Any, Any]]) -> None:
    assert weapons(one_of(body)) == expected


@pytest.mark.parametrize(
    ("body", "category", "model"),
    [
        pytest.param("Russia hit Kyiv with three Kinzhal hypersonic missiles on Friday.", "missile", "Kinzhal",
                     id="kinzhal"),
        pytest.param("Russia fired two Iskander-M ballistic missiles at Sumy on Friday.", "missile", "Iskander-M",
                     id="iskander"),
        pytest.param("Russian bombers launched six Kh-101 cruise missiles at Odesa on Friday.", "missile", "Kh-101",
                     id="kh-101"),
        pytest.param("Russia attacked Kharkiv with 30 Shahed-type drones on Friday.", "drone", "Shahed",
                     id="shahed"),
        pytest.param("Russian aircraft dropped KAB bombs on Zaporizhzhia on Friday, injuring 5 people.",
                     "glide_bomb", "KAB", id="kab"),
        pytest.param("Russian artillery shelled Kherson on Friday, killing two people.", "artillery", None,
                     id="artillery"),
    ],
)
def test_weapon_models(body: str, category: str, model: str | None) -> None:
    items = {w["category"]: w["model"] for w in one_of(body)["weapons"]}
    assert items[category] == model


def test_qualifier_is_kept() -> None:
    fields = one_of("Russia fired more than 90 missiles at Ukraine on Friday.")
    assert fields["weapons"][0]["launched"] == 90
    assert fields["weapons"][0]["launched_qualifier"] == "more_than"


