"""Territory actors: the side that made the change when no taker is named.

Sentences written for these tests, read with the in-test gazetteer of ``test_territory`` (the extractor
alone is judged). Published 2025-12-03 (a Wednesday) unless a test says otherwise.
"""

from __future__ import annotations

import pytest

from tests.unit.test_territory import run, view


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
