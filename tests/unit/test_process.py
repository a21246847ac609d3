"""The agent's per-message seam, on plain bytes: events, an empty result, or a dead letter."""

from __future__ import annotations

import orjson
import pytest

from service.dlq import Origin
from service.process import Limits, process
from service.resources import Resources, default_resources

ORIGIN = Origin("articles", 3, 41, 1_765_000_000_000)
LIMITS = Limits(max_message_bytes=1_048_576, max_body_chars=200_000)
STAMP = "2025-12-07T10:00:00.000Z"


@pytest.fixture(scope="module")
def resources() -> Resources:
    return default_resources()


def test_bad_bytes_become_a_dead_letter_that_keeps_them(resources: Resources) -> None:
    out = process(b"k", b"\xffnot json", ORIGIN, resources, LIMITS, STAMP)
    assert not out.events
    assert out.dead_letter is not None
    assert (out.dead_letter.reason, out.dead_letter.stage) == ("not_utf8", "decode")
    assert out.dead_letter.value == b"\xffnot json" and out.dead_letter.key == b"k"
    headers = dict(out.dead_letter.headers("now"))
    assert headers["dlq.offset"] == b"41" and headers["dlq.partition"] == b"3" and headers["dlq.topic"] == b"articles"


def test_an_article_without_events_gives_an_empty_result(resources: Resources) -> None:
    raw = orjson.dumps({"id": "q", "body": "The council approved the city budget for next year."})
    out = process(b"q", raw, ORIGIN, resources, LIMITS, STAMP)
    assert out.dead_letter is None and out.events == []
    assert out.extraction_seconds is not None


def test_events_are_keyed_by_their_id_and_stamped(resources: Resources) -> None:
    raw = orjson.dumps({"id": "s1", "published_at": "2025-12-07T00:00:00Z",
                        "body": "Russia launched 653 drones and 51 missiles overnight, the air force said. "
                                "Air defences shot down 585 drones and 30 missiles."})
    out = process(b"s1", raw, ORIGIN, resources, LIMITS, STAMP)
    assert out.events, "expected a strike event"
    for event_type, key, value, blocking_key in out.events:
        assert blocking_key.startswith(event_type + "|")
        event = orjson.loads(value)
        assert event["type"] == event_type and key == event["event_id"].encode()
        assert event["extracted_at"] == STAMP


def test_an_extractor_crash_is_a_dead_letter_not_a_stopped_stream(resources: Resources) -> None:
    class Broken:
        def mentions(self, text: str) -> list[object]:
            raise RuntimeError("gazetteer exploded")

    raw = orjson.dumps({"id": "x", "body": "Russia launched 5 drones."})
    out = process(None, raw, ORIGIN, Resources(gazetteer=Broken()), LIMITS, STAMP)  # type: ignore[arg-type]
    assert out.dead_letter is not None
    assert (out.dead_letter.reason, out.dead_letter.stage) == ("extraction_error", "extract")
    assert "gazetteer exploded" in out.dead_letter.detail
