"""Counts in news English: one test per rule of service.nlp.numbers, on phrases written for these tests."""

from __future__ import annotations

import time

import pytest

from service.nlp.numbers import find_numbers, fold, parse_count


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        pytest.param("Russia launched 653 drones", 653, "exact", id="digits"),
        pytest.param("about 1,200 shells", 1200, "about", id="comma-thousands"),
        pytest.param("some 1 200 shells", 1200, "about", id="space-thousands"),
        pytest.param("a 2.5 km front", 2.5, "exact", id="decimal"),
        pytest.param("five drones", 5, "exact", id="word"),
        pytest.param("thirty-two missiles", 32, "exact", id="hyphenated-word"),
        pytest.param("twenty five drones", 25, "exact", id="spaced-compound"),
        pytest.param("one hundred and twenty drones", 120, "exact", id="hundred-and"),
        pytest.param("two thousand five hundred shells", 2500, "exact", id="thousands-words"),
        pytest.param("a dozen drones", 12, "exact", id="a-dozen"),
        pytest.param("half a dozen villages", 6, "exact", id="half-a-dozen"),
        pytest.param("three dozen drones", 36, "exact", id="n-dozen"),
        pytest.param("more than a hundred drones", 100, "more_than", id="a-hundred"),
        pytest.param("killing at least four people", 4, "at_least", id="at-least"),
        pytest.param("no fewer than 9 missiles", 9, "at_least", id="no-fewer-than"),
        pytest.param("more than 800 drones", 800, "more_than", id="more-than"),
        pytest.param("Over 40 Shaheds", 40, "more_than", id="over-capitalised"),
        pytest.param("around 90 missiles", 90, "about", id="around"),
        pytest.param("nearly 3,000 glide bombs", 3000, "about", id="nearly"),
        pytest.param("up to 50 drones", 50, "up_to", id="up-to"),
        pytest.param("as many as 7 rockets", 7, "up_to", id="as-many-as"),
        pytest.param("1.5 million people", 1_500_000, "exact", id="scale-word"),
        pytest.param("$3bn in aid", 3_000_000_000, "exact", id="scale-suffix"),
        pytest.param("one person was killed", 1, "exact", id="one"),
    ],
)
def test_value_and_qualifier(text: str, value: float, qualifier: str) -> None:
    nums = find_numbers(text)
    assert nums, text
    assert (nums[0].value, nums[0].qualifier) == (value, qualifier)
    assert text[nums[0].start : nums[0].end] == nums[0].text


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("dozens of drones", id="dozens"),
        pytest.param("hundreds of shells", id="hundreds"),
        pytest.param("several investigators", id="several"),
        pytest.param("tens of thousands of troops", id="tens-of-thousands"),
    ],
)
def test_vague_quantities_have_no_value(text: str) -> None:
    nums = find_numbers(text)
    assert nums and nums[0].value is None and nums[0].qualifier is None


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Kh-101 and S-300 missiles", id="model-numbers"),
        pytest.param("a drone hit an apartment block", id="article-a"),
        pytest.param("the 47th brigade", id="ordinal"),
        pytest.param("", id="empty"),
    ],
)
def test_not_counts(text: str) -> None:
    assert find_numbers(text) == []


def test_a_word_before_a_number_does_not_hide_it() -> None:
    assert [n.value for n in find_numbers("a barrage of 120 missiles and 90 drones")] == [120, 90]


def test_several_numbers_in_order() -> None:
    nums = find_numbers("launched 653 drones and 51 missiles; 585 drones and thirty missiles were downed")
    assert [n.value for n in nums] == [653, 51, 585, 30]


def test_fold_keeps_length_and_offsets() -> None:
    text = "Ukraine's \u0130stanbul DRONES"
    assert len(fold(text)) == len(text)
    assert fold("KYIV Drones") == "kyiv drones"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("at least 4 people", (4, "at_least"), id="qualified"),
        pytest.param("eight", (8, "exact"), id="word"),
        pytest.param("hundreds", (None, None), id="vague"),
        pytest.param("no number here", (None, None), id="none"),
    ],
)
def test_parse_count(text: str, expected: tuple[object, object]) -> None:
    assert parse_count(text) == expected


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("1 " * 500_000, id="digits"),
        pytest.param("one hundred and " * 60_000, id="words"),
        pytest.param("1,000," * 160_000, id="separators"),
        pytest.param("at least more than " * 50_000, id="qualifiers"),
    ],
)
def test_one_megabyte_does_not_stall(body: str) -> None:
    started = time.perf_counter()
    find_numbers(body[:1_000_000])
    assert time.perf_counter() - started < 10.0
