"""Fast paths of the extraction core give exactly what the patterns they stand in for give.

Each fast path skips work (a narrower scan, an early exit) that cannot change the answer; these tests
compare it with the plain pattern on sentences written for them.
"""

from __future__ import annotations

from datetime import date

import pytest

from service.extract.strike_sides import _SIDE_AT, side_words
from service.nlp.dates import find_dates
from service.nlp.dates_patterns import may_hold_dates


@pytest.mark.parametrize(
    "clause",
    [
        "Russian forces struck Kyiv overnight, the Kremlin said.",
        "Ukraine's SBU hit a depot near Moscow; Kyivstar was not affected.",
        "The enemy shelled the village, and the occupiers fired drones at Kherson.",
        "invaders and an enemy_unit moved; Russia-backed units and anti-Russian slogans",
        "PreRussia words and KremlinX or Ukrainian",
        "",
    ],
    ids=["capitalised-sides", "inside-longer-words", "lower-case-sides", "lower-case-edges", "word-starts-only",
         "empty"],
)
def test_side_word_scan_matches_the_plain_pattern(clause: str) -> None:
    assert [m.span() for m in side_words(clause)] == [m.span() for m in _SIDE_AT.finditer(clause)]


@pytest.mark.parametrize(
    ("text", "may"),
    [
        ("The delegations met in Geneva and talked for hours.", False),
        ("The two leaders spoke by phone on Monday.", True),
        ("Officials met yesterday in Riyadh.", True),
        ("The memo dated 2025-03-04 was leaked.", True),
        ("A midnight-blue overnightbag and a weekday.", True),
        ("", False),
    ],
    ids=["no-time-word", "weekday", "relative-day", "iso-date", "keywords-inside-words", "empty"],
)
def test_may_hold_dates_gate(text: str, may: bool) -> None:
    """The gate says no only when no window cut from the text holds a time expression."""
    assert may_hold_dates(text) is may
    if not may:
        windows = (text[i:j] for i in range(len(text)) for j in range(i + 1, len(text) + 1))
        assert all(find_dates(w, date(2025, 3, 4)) == [] for w in windows)
