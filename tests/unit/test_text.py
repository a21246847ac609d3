"""Text preparation: length-preserving normalisation, sentence splitting, place look-up by offsets, and the
lower-cased pattern helper. Sentences written for these tests."""

from __future__ import annotations

import re
import time
from dataclasses import replace
from datetime import date

import pytest

from service.domain import Article, Mention, Place
from service.nlp.text import LowerCasePattern, lower_case_pattern, make_doc, normalise, split_sentences, title_date


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("\u201cWe held\u201d \u2014 he said\u2019s", '"We held" - he said\'s'),
        ("a\u00a0b\tc\rd", "a b c d"),
        ("<p>Kyiv</p> &amp; Lviv", "   Kyiv     &     Lviv"),
        ("plain ascii", "plain ascii"),
    ],
    ids=["quotes-dashes", "spaces", "html", "ascii-unchanged"],
)
def test_normalise_maps_one_to_one(body, expected):
    assert normalise(body) == expected and len(normalise(body)) == len(body)


def test_sentences_split_at_stops_and_line_breaks_not_abbreviations():
    text = 'Mr. Smith met Gen. Jones. "It went well," he said! Next line\nSecond line? Yes.'
    assert [s.text for s in split_sentences(text)] == [
        "Mr. Smith met Gen. Jones.", '"It went well," he said!', "Next line", "Second line?", "Yes."]


def _mention(start: int, end: int, name: str) -> Mention:
    return Mention(start, end, name, Place(name, "settlement", "UA", None, None))


def test_places_in_returns_the_mentions_inside_the_range_in_text_order():
    doc = make_doc(Article(id="t", body="Kyiv and Lviv. Odesa and Dnipro."))
    doc = replace(doc, places=(_mention(0, 4, "Kyiv"), _mention(9, 13, "Lviv"), _mention(15, 20, "Odesa"),
                               _mention(25, 31, "Dnipro")))
    assert [m.surface for m in doc.places_in(0, 14)] == ["Kyiv", "Lviv"]
    assert [m.surface for m in doc.places_in(10, 31)] == ["Odesa", "Dnipro"]


def test_places_in_keeps_working_on_unordered_mentions():
    doc = make_doc(Article(id="t", body="Kyiv and Lviv."))
    doc = replace(doc, places=(_mention(9, 13, "Lviv"), _mention(0, 4, "Kyiv")))
    assert [m.surface for m in doc.places_in(0, 14)] == ["Lviv", "Kyiv"]


def test_places_in_is_fast_on_many_mentions():
    body = "Kyiv. " * 50_000
    doc = make_doc(Article(id="t", body=body))
    doc = replace(doc, places=tuple(_mention(i * 6, i * 6 + 4, "Kyiv") for i in range(50_000)))
    started = time.perf_counter()
    for sent in doc.sentences:
        assert len(doc.places_in(sent.start, sent.end)) == 1
    assert time.perf_counter() - started < 2.0


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        (r"\bsign(?:ed|s)?\b", "Kyiv and Washington SIGNED the deal; Signs of progress."),
        (r"(?:led|headed) by\s\w+", "The delegation was Headed By Umerov."),
    ],
    ids=["word", "phrase"],
)
def test_lower_case_pattern_matches_like_ignorecase(pattern, text):
    fast, slow = lower_case_pattern(re.compile(pattern, re.I)), re.compile(pattern, re.I)
    assert isinstance(fast, LowerCasePattern)
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in slow.finditer(text)]
    assert fast.search(text, 10).span() == slow.search(text, 10).span()


@pytest.mark.parametrize(
    "pattern",
    [r"(?-i:[A-Z])x", r"Kremlin", r"[A-Z]\w+"],
    ids=["case-sensitive-part", "upper-case-literal", "upper-case-class"],
)
def test_lower_case_pattern_keeps_case_sensitive_patterns(pattern):
    compiled = re.compile(pattern, re.I)
    assert lower_case_pattern(compiled) is compiled


def test_lower_case_pattern_falls_back_when_lower_casing_changes_length():
    text = "\u0130stanbul talks"  # "İ".lower() is two characters
    fast = lower_case_pattern(re.compile(r"talks", re.I))
    assert fast.search(text).span() == (9, 14)


@pytest.mark.parametrize(("title", "expected"), [
    pytest.param("Russian Offensive Campaign Assessment, August 21, 2024", date(2024, 8, 21), id="month-day-year"),
    pytest.param("Kyiv, 3 March 2025: what the envoys agreed", date(2025, 3, 3), id="day-month-year"),
    pytest.param("Sept. 5, 2023: drones over Odesa", date(2023, 9, 5), id="abbreviated-month"),
    pytest.param("Frontline report 2024-08-21", date(2024, 8, 21), id="iso"),
    pytest.param("May 2024 in review", None, id="month-only-is-no-day"),
    pytest.param("Mayday 12, 2024", None, id="not-a-month"),
])
def test_a_title_date_anchors_an_article_without_published_at(title: str, expected: date | None) -> None:
    assert title_date(title) == expected
    doc = make_doc(Article(id="t", body="Russian forces advanced on Saturday.", title=title))
    assert doc.anchor == expected


def test_published_at_wins_over_the_title_date() -> None:
    doc = make_doc(Article(id="t", body="x", title="Assessment, August 21, 2024", published_at="2024-08-22T06:00:00Z"))
    assert doc.anchor == date(2024, 8, 22)
