"""Strike extraction on odd input: evidence quotes the body, odd or huge texts give no events and never
stall, and the same input gives the same output.

Short reports written for these tests, read with the wider gazetteer of ``strike_kit``.
"""

from __future__ import annotations

import time

import pytest

from service.domain import Article
from service.nlp.text import make_doc
from tests.unit.strike_kit import drafts


def test_evidence_quotes_the_body() -> None:
    body = "KYIV \u2014 Russia\u2019s drones hit Odesa overnight, killing <b>two</b> people and injuring 5."
    doc_body = make_doc(Article(id="t", body=body)).article.body
    for draft in drafts(body):
        for spans in draft.evidence.values():
            for span in spans:
                assert doc_body[span.start : span.end] == span.text


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("", id="empty"),
        pytest.param("   \n  ", id="blank"),
        pytest.param("<p><br/></p>", id="html-only"),
        pytest.param("\u0420\u043e\u0441\u0441\u0438\u044f \u0430\u0442\u0430\u043a\u043e\u0432\u0430\u043b\u0430 "
                     "\u041a\u0438\u0435\u0432.", id="cyrillic"),
    ],
)
def test_odd_input_gives_no_events(body: str) -> None:
    assert drafts(body) == []


@pytest.mark.parametrize(
    "unit",
    [
        pytest.param("drones ", id="one-word"),
        pytest.param("Russia launched 5 drones at Kyiv. ", id="sentences"),
        pytest.param("killing at least four people and wounding ", id="no-punctuation"),
        pytest.param("44 of the 53 drones, ", id="commas"),
    ],
)
def test_one_megabyte_does_not_stall(unit: str) -> None:
    body = (unit * (1_000_000 // len(unit) + 1))[:1_000_000]
    started = time.perf_counter()
    drafts(body)
    assert time.perf_counter() - started < 60.0


def test_same_input_same_output() -> None:
    body = "Russia launched 200 drones at Kyiv overnight, killing three people."
    assert [d.fields for d in drafts(body)] == [d.fields for d in drafts(body)]
