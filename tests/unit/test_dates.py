"""One test per date rule, with sentences written for these tests."""

from __future__ import annotations

import re
import time
from datetime import date

import pytest

from service.nlp.dates import document_year, find_dates, is_future

SUNDAY = date(2025, 12, 7)  # a Sunday
FRIDAY = date(2025, 12, 19)


def values(text: str, anchor: date | None = SUNDAY, future: bool = False, year: int | None = None):
    return [(r.value, r.kind) for r in find_dates(text, anchor, future, year)]


@pytest.mark.parametrize(
    ("text", "anchor", "future", "expected"),
    [
        ("The delegations met on Saturday in Riyadh.", SUNDAY, False, ("2025-12-06", "day")),
        ("Officials said Sunday the talks went well.", SUNDAY, False, ("2025-12-07", "day")),
        ("The leaders will meet on Monday.", SUNDAY, True, ("2025-12-08", "day")),
        ("The envoy is set to meet them on Friday afternoon.", FRIDAY, True, ("2025-12-19", "day")),
        ("The minister visited last Sunday.", SUNDAY, False, ("2025-11-30", "day")),
        ("A new round is planned for next Sunday.", SUNDAY, True, ("2025-12-14", "day")),
        ("Drones hit the port today.", SUNDAY, False, ("2025-12-07", "day")),
        ("The governor said yesterday that ...", SUNDAY, False, ("2025-12-06", "day")),
        ("Talks resume tomorrow.", SUNDAY, True, ("2025-12-08", "day")),
        ("Kyiv was shelled three days ago.", SUNDAY, False, ("2025-12-04", "day")),
    ],
    ids=["past-weekday", "same-weekday", "future-weekday", "future-same-weekday", "last-weekday",
         "next-weekday", "today", "yesterday", "tomorrow", "days-ago"],
)
def test_relative_days(text, anchor, future, expected):
    assert values(text, anchor, future)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The strike came on Friday night.", ("2025-12-06", "night")),
        ("Explosions shook the city on the night of 23-24 February.", ("2025-02-24", "night")),
        ("Drones flew in on the night of February 9-10, 2024.", ("2024-02-10", "night")),
        ("Russia attacked overnight into Saturday.", ("2025-12-06", "night")),
        ("The air force said it downed 40 drones overnight.", ("2025-12-07", "night")),
        ("Sirens sounded on the night of Friday to Saturday.", ("2025-12-06", "night")),
    ],
    ids=["weekday-night", "night-of-day-range", "night-of-month-first", "overnight-into", "overnight",
         "night-of-weekday-to-weekday"],
)
def test_nights_take_the_morning_date(text, expected):
    assert values(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They spoke on March 27 by phone.", "2025-03-27"),
        ("The deal was signed on 27 March.", "2025-03-27"),
        ("Talks are due on March 28-30.", "2025-03-28"),
        ("He said on Feb 27 that troops withdrew.", "2025-02-27"),
        ("The monitors reported on Oct. 1 that ...", "2025-10-01"),
        ("The meeting in Jeddah on March 11, 2025 ended.", "2025-03-11"),
        ("The summit took place on 5th of December.", "2025-12-05"),
        ("The report is dated 2024-06-30.", "2024-06-30"),
    ],
    ids=["month-day", "day-month", "day-range-first-day", "abbrev-month", "abbrev-with-dot", "with-year",
         "ordinal-of", "iso"],
)
def test_calendar_days(text, expected):
    assert values(text)[0] == (expected, "day")


def test_past_month_day_after_anchor_is_last_year():
    assert values("The exchange took place on December 20.")[0] == ("2024-12-20", "day")


def test_future_month_day_before_anchor_is_next_year():
    assert values("Both sides will meet on January 12.", future=True)[0] == ("2026-01-12", "day")


def test_no_anchor_no_year_is_unresolved():
    assert values("The call took place on March 27.", anchor=None) == [(None, "day")]


def test_no_anchor_uses_document_year():
    text = "The call took place on March 27. A tweet dated March 27, 2022 confirmed it."
    assert values("on March 27", anchor=None, year=document_year(text)) == [("2022-03-27", "day")]


def test_document_year_none_without_years():
    assert document_year("No years here at all, only March 3.") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia seized 400 square kilometres in November.", "2025-11"),
        ("Gains slowed during the last month.", "2025-11"),
        ("Troops took 200 km2 last month.", "2025-11"),
        ("The last call was in December 2022.", "2022-12"),
        ("Losses peaked in late October.", "2025-10"),
    ],
    ids=["in-month", "during-the-last-month", "last-month", "month-year", "late-month"],
)
def test_months(text, expected):
    assert values(text)[0] == (expected, "month")


def test_in_month_after_anchor_month_is_last_year():
    assert values("It fell in December.", anchor=date(2025, 3, 1))[0] == ("2024-12", "month")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Since late August, units recaptured villages.", "span"),
        ("Losses have doubled since the start of September.", "span"),
        ("The brigade liberated a square kilometre last week.", "span"),
        ("Leaders arrive this weekend.", "span"),
        ("Talks were held two weeks ago.", "relative"),
        ("Earlier, the chancellor spoke with Kyiv.", "relative"),
    ],
    ids=["since", "since-the-start-of", "last-week", "this-weekend", "weeks-ago", "earlier"],
)
def test_spans_have_no_value(text, kind):
    assert values(text)[0] == (None, kind)


@pytest.mark.parametrize(
    "text",
    ["Troops march on the city.", "They may meet again.", "A sunday school was hit.", "Only 12 km away."],
    ids=["march-verb", "may-modal", "lowercase-weekday", "number-without-month"],
)
def test_non_dates(text):
    assert values(text) == []


def test_offsets_point_into_the_text():
    text = "Ministers met in Ankara on Thursday, March 10."
    for ref in find_dates(text, SUNDAY):
        assert text[ref.start : ref.end] == ref.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Macron will meet Zelenskyy.", True), ("The envoy is set to meet Putin.", True),
     ("The next round would be held in Istanbul.", True), ("Scholz spoke with Putin.", False)],
    ids=["will", "is-set-to", "would-be-held", "past"],
)
def test_is_future(text, expected):
    assert is_future(text) is expected


def test_odd_input_is_fast_and_safe():
    big = ("March 1-" * 50_000) + ("overnight Friday night " * 20_000) + "\u0432\u0447\u043e\u0440\u0430 "
    t0 = time.perf_counter()
    find_dates(big, SUNDAY)
    assert time.perf_counter() - t0 < 2.0
    assert find_dates("", SUNDAY) == []
    assert [r.value for r in find_dates("Feb 30 was odd", SUNDAY)] == [None]


@pytest.mark.parametrize(
    "text",
    [
        "on the night of 23-24 February", "night of February 9-10, 2024", "late on Friday night",
        "Friday-Saturday night", "overnight into Sunday", "dated 2024-06-30", "on March 28-30, 2022",
        "the 5th of December", "since late August 2023", "in November 2024", "during early May",
        "over the past month", "three days ago", "earlier today", "overnight", "last Friday morning",
        "over the last few weeks", "recently", "a couple of weeks ago",
    ],
    ids=lambda t: t.replace(" ", "-"),
)
def test_first_word_dispatch_matches_like_the_whole_pattern(text):
    from service.nlp import dates_patterns as dates

    for start in (m.start() for m in re.finditer(r"\b\w", text)):
        word = re.match(r"[^\W_]+", text[start:]).group(0)
        key = "#" if word[0].isdigit() else word.lower()
        whole = dates._PATTERN.match(text, start)
        part = dates._BY_FIRST_WORD[key].match(text, start) if key in dates._BY_FIRST_WORD else None
        assert (whole.span() if whole else None) == (part.span() if part else None), (text, start)
        if whole:
            assert whole.lastgroup == part.lastgroup


def test_repeated_question_gets_an_equal_fresh_list():
    first = find_dates("They met on Monday.", date(2025, 3, 5))
    first.clear()
    assert len(find_dates("They met on Monday.", date(2025, 3, 5))) == 1
