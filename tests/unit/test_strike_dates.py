"""Strike dates: the day a strike took place.

Short reports written for these tests, read with the tiny gazetteer of ``strike_kit`` (2025-03-14, the
publication day, is a Friday).
"""

from __future__ import annotations

import pytest

from tests.unit.strike_kit import drafts, one, one_of


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


@pytest.mark.parametrize(
    ("body", "published", "expected"),
    [
        pytest.param("Russia attacked Kyiv with 90 drones overnight.", "2025-03-14T09:00:00Z", "2025-03-14",
                     id="overnight-is-the-morning"),
        pytest.param("Russia attacked Kyiv with 90 drones overnight, the air force said on Thursday.",
                     "2025-03-15T09:00:00Z", "2025-03-13", id="said-on-weekday"),
        pytest.param("On March 9, Russia hit Kharkiv with glide bombs, injuring 4.", "2025-03-14T09:00:00Z",
                     "2025-03-09", id="explicit-day"),
        pytest.param("Russian drones hit Odesa on Friday night, killing two.", "2025-03-16T09:00:00Z",
                     "2025-03-15", id="weekday-night-next-morning"),
        pytest.param("Russia attacked Sumy on Tuesday, killing 3.", None, None, id="no-anchor"),
    ],
)
def test_dates(body: str, published: str | None, expected: str | None) -> None:
    assert one_of(body, published)["date"] == expected


def test_a_day_after_is_the_previous_day() -> None:
    found = drafts("Friday's drone attack on Kyiv came a day after Russia launched 60 missiles at Ukraine.")
    assert sorted(d.fields["date"] for d in found) == ["2025-03-13", "2025-03-14"]


def test_same_period_takes_the_day_named_before() -> None:
    body = ("Talks between the two delegations ended on Wednesday without a deal. Diplomats flew home. "
            "During the same period, Russia launched 400 drones at Ukraine in a massive overnight assault.")
    assert one_of(body)["date"] == "2025-03-12"


def test_night_of_is_not_an_evening() -> None:
    body = ("Russia launched 400 drones at Kyiv overnight. Recap: on the night of March 12-13, Russia fired 700 "
            "drones at Lviv.")
    assert [d.fields["date"] for d in drafts(body)] == ["2025-03-14", "2025-03-13"]
