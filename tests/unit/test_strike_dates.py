"""Strike dates: the day a strike took place.

Short reports written for these tests, read with the tiny gazetteer of ``strike_kit`` (2025-03-14, the
publication day, is a Friday).
"""

from __future__ import annotations

from tests.unit.strike_kit import one


def test_during_the_visit_takes_the_visits_day() -> None:
    body = ("On Wednesday, the Greek prime minister visited Odesa with Zelensky. During the visit, a Russian missile "
            "struck the port of Odesa, killing five people.")
    assert one(body)["date"] == "2025-03-12"


def test_in_response_to_is_a_back_reference() -> None:
    body = ("Russia said on Friday it had struck military sites in Kharkiv overnight in response to what it called "
            "an attack on Belgorod on Wednesday.")
    fields = one(body)
    assert fields["date"] == "2025-03-14"
    assert [loc["name"] for loc in fields["locations"]] == ["Kharkiv"]


def test_overnight_on_a_day_range_is_the_morning() -> None:
    body = "Russia said it downed 20 Ukrainian drones overnight on 11-12 March over the Bryansk region."
    assert one(body)["date"] == "2025-03-12"
