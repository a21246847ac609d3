"""Month-level relative dates ("later this month") — sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from service.nlp.dates import find_dates

ANCHOR = date(2025, 3, 12)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The two leaders are expected to meet later this month.", ("2025-03", "month")),
        ("Envoys met in Doha earlier this month.", ("2025-03", "month")),
        ("A new round is planned for this month.", ("2025-03", "month")),
        ("The minister will travel to Brussels later this week.", (None, "span")),
    ],
    ids=["later-this-month", "earlier-this-month", "this-month", "later-this-week-stays-a-span"],
)
def test_this_month(text: str, expected: tuple[str | None, str]) -> None:
    assert [(r.value, r.kind) for r in find_dates(text, ANCHOR, True)][0] == expected
