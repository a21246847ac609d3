"""Territory actors: the side that made the change when no taker is named.

Sentences written for these tests, read with the in-test gazetteer of ``territory_kit`` (the extractor
alone is judged). Published 2025-12-03 (a Wednesday) unless a test says otherwise.
"""

from __future__ import annotations

import pytest

from tests.unit.territory_kit import run, view


@pytest.mark.parametrize(
    ("body", "actor"),
    [
        pytest.param("The fall of Toretsk was confirmed by Ukrainian officials on Thursday.", "RU",
                     id="fall-of-a-ukrainian-town-told-by-its-officials"),
        pytest.param("The town of Sudzha was captured in August, officials in Kyiv said.", "UA",
                     id="capture-of-a-russian-town-told-by-the-other-side"),
    ],
)
def test_capture_without_a_named_taker_is_the_other_side_of_the_places_country(body: str, actor: str) -> None:
    assert [view(e)[:2] for e in run(body)] == [(actor, "captured")]


def test_side_that_owns_a_defence_line_is_not_the_actor() -> None:
    body = "Ukrainian forces have broken through Russia's first line of defence and are advancing toward Robotyne."
    assert [view(e)[:3] for e in run(body)] == [("UA", "advancing", ["Robotyne"])]


def test_country_after_in_eastern_owns_the_ground() -> None:
    body = "Russia has been advancing in eastern Ukraine, capturing some 4,000 square kilometres in 2024."
    assert [view(e)[:4] for e in run(body)] == [("RU", "captured", [], 4000.0)]


def test_withdrawing_our_units_is_the_speakers_side() -> None:
    body = "\"I decided to withdraw our units from Avdiivka,\" Ukraine's commander in chief said."
    assert [view(e)[:3] for e in run(body)] == [("UA", "withdrew", ["Avdiivka"])]


@pytest.mark.parametrize(
    ("body", "actor", "status"),
    [
        pytest.param("Units of the Centre group of forces have liberated Novoselivka, the ministry said.", "RU",
                     "captured", id="russian-group-of-forces"),
        pytest.param("The 3rd Assault Brigade has liberated Novoselivka, the brigade said.", "UA", "recaptured",
                     id="no-side-liberates-its-own-village"),
    ],
)
def test_liberation_without_a_side_word(body: str, actor: str, status: str) -> None:
    assert [view(e)[:2] for e in run(body)] == [(actor, status)]


def test_our_units_in_a_known_officials_quote_are_his_side() -> None:
    body = ("Shoigu told Putin on Monday that Russian troops had taken Kurakhove. \"Today, our units completed the "
            "liberation of Kurakhove,\" he said.")
    assert [view(e)[:3] for e in run(body)] == [("RU", "captured", ["Kurakhove"])]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param("Ukrainian troops were forced out of Toretsk, the army said.", ("RU", "captured"),
                     id="forced-out-is-other-side-capture"),
        pytest.param("Russian forces pushed Ukrainian troops out of Chasiv Yar.", ("RU", "captured"),
                     id="push-out-abroad-is-capture"),
        pytest.param("Fighting raged near Avdiivka, which Russian forces captured in February.", ("RU", "captured"),
                     id="relative-clause-object"),
        pytest.param("Moscow now holds most of Bakhmut, Russian officials said.", ("RU", "controls"),
                     id="holds-most-of"),
        pytest.param("Ukrainian troops in Kupiansk are nearly surrounded, a commander said.", ("RU", "encircling"),
                     id="troops-surrounded-are-the-other-side"),
    ],
)
def test_actor_and_status(body: str, expected: tuple[str, str]) -> None:
    [e] = run(body)
    assert (e["actor"], e["status"]) == expected


def test_its_troops_take_the_side_speaking_before() -> None:
    body = ("Ukrainian troops have retaken Kupiansk, Zelenskyy said. Russia's Defence Ministry did not comment. "
            "Last week it said its troops had taken the nearby village of Vovchansk.")
    assert [view(f)[:3] for f in run(body, "2025-06-24T19:00:00Z")] == [
        ("UA", "recaptured", ["Kupiansk"]), ("RU", "captured", ["Vovchansk"])]


def test_its_troops_in_a_denied_claim_are_the_claimants() -> None:
    [e] = run("Ukraine's military on Wednesday denied Russia's claim that its troops had captured Toretsk.")
    assert (e["actor"], e["status"], e["disputed"]) == ("RU", "captured", True)
