"""Hostile input through a real worker: thousands of generated malformed messages mixed with valid and
adversarial articles. The worker never stops, every bad message is one dead letter with the reason
``process`` gives it, and every valid article still yields its events."""

from __future__ import annotations

import asyncio
import random
import time
import uuid
from collections import Counter
from pathlib import Path
from typing import Any

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bench.articles import generate
from service.client import Outgoing, Received, publish
from service.dlq import Origin
from service.process import Limits, process
from service.resources import default_resources
from tests.integration.harness import settings_for
from tests.reliability.hostile import adversarial_articles, adversarial_body, bad_messages
from tests.reliability.support import (
    Reader,
    event_topics,
    start_ready_worker,
    wait_until,
)

pytestmark = pytest.mark.integration
LIMITS = Limits(max_message_bytes=300_000, max_body_chars=200_000)
ENV = {"MAX_MESSAGE_BYTES": str(LIMITS.max_message_bytes), "MAX_BODY_CHARS": str(LIMITS.max_body_chars)}
BAD = 2000
VALID = 200
BIG_UNITS = ("1,1,1,1,", "Russian forces captured the village of ", "Macron met Zelenskyy in London and ", " ")


def _draw_bad(n: int) -> list[bytes]:
    drawn: list[bytes] = []

    @settings(max_examples=n, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(bad_messages(LIMITS.max_message_bytes, LIMITS.max_body_chars))
    def collect(message: tuple[bytes, set[str]]) -> None:
        drawn.append(message[0])

    collect()
    return drawn


def _draw_adversarial(n: int) -> list[dict[str, Any]]:
    drawn: list[dict[str, Any]] = []

    @settings(max_examples=n, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(adversarial_articles(5_000), st.integers(0, 10**9))
    def collect(article: dict[str, Any], salt: int) -> None:
        drawn.append({**article, "id": f"{article['id']}-{salt}-{len(drawn)}"})

    collect()
    return drawn


def _outcome(raw: bytes) -> Any:
    return process(b"k", raw, Origin("x", 0, 0), default_resources(), LIMITS, "now")


def _expected_reason(raw: bytes) -> str | None:
    letter = _outcome(raw).dead_letter
    return letter.reason if letter else None


def _types_named(records: list[Received], topics: list[str]) -> set[tuple[str, str]]:
    """(article id, event type) for every event version seen. Ids are not compared: an adversarial article
    (same days and places as the valid ones) may corroborate a valid article's event under its own id."""
    return {(s["article_id"], r.json()["type"]) for r in records if r.topic in topics and r.value is not None
            for s in r.json()["sources"]}


def test_the_worker_survives_thousands_of_hostile_messages(bootstrap: str, tmp_path: Path) -> None:
    bad = _draw_bad(BAD)
    valid = generate(VALID, prefix=f"v{uuid.uuid4().hex[:6]}")
    adversarial = _draw_adversarial(100)
    big = [{**valid[i], "id": f"big-{i}", "body": adversarial_body(unit, 200_000)} for i, unit in enumerate(BIG_UNITS)]
    outgoing = [Outgoing(f"bad-{i}".encode(), raw) for i, raw in enumerate(bad)]
    outgoing += [Outgoing(a["id"].encode(), orjson.dumps(a)) for a in [*valid, *adversarial, *big]]
    # the worker's own code, in this process, says which messages must become dead letters and why:
    # every generated bad message, and adversarial articles the language router turns away
    expected = {m.key: reason for m in outgoing if (reason := _expected_reason(m.value)) is not None}
    assert all(f"bad-{i}".encode() in expected for i in range(len(bad))), "a generated bad message is valid"
    assert not any(a["id"].encode() in expected for a in valid)
    random.Random(7).shuffle(outgoing)

    settings = settings_for(bootstrap, uuid.uuid4().hex[:8], tmp_path, ENV)
    topics = [*event_topics(settings), settings.dlq_topic]
    worker = start_ready_worker(settings, tmp_path / "hostile.log")
    try:
        with Reader(settings, topics) as reader:
            asyncio.run(publish(settings, outgoing))
            wanted = {(a["id"], e[0]) for a in valid for e in _outcome(orjson.dumps(a)).events}

            def done() -> bool:
                records = reader.snapshot()
                letters = sum(1 for r in records if r.topic == settings.dlq_topic)
                return letters >= len(expected) and wanted <= _types_named(records, event_topics(settings))

            wait_until(done, 150, 1.0)
            time.sleep(3)  # settle: an extra dead letter would show up now
            records = reader.snapshot()
        assert worker.alive(), worker.log()[-3000:]
        metrics = worker.metrics()
    finally:
        worker.stop()

    letters = [r for r in records if r.topic == settings.dlq_topic]
    print(f"sent {len(bad)} bad + {len(valid)} valid + {len(adversarial) + len(big)} adversarial "
          f"({len(expected) - len(bad)} of them not English); dead letters {len(letters)} "
          f"{dict(Counter(r.headers['dlq.reason'] for r in letters))}")
    assert Counter(r.key for r in letters) == Counter(expected.keys())  # one dead letter per rejected message
    assert {r.key: r.headers["dlq.reason"] for r in letters} == expected
    by_key = {m.key: m.value for m in outgoing}
    assert all(r.value == by_key[r.key] for r in letters), "a dead letter is not the original bytes"
    assert wanted <= _types_named(records, event_topics(settings)), "a valid article lost an event"
    dead = sum(v for k, v in metrics.items() if k.startswith("war_events_dead_letters_total{"))
    assert dead == len(expected)
    assert metrics["war_events_articles_consumed_total"] == len(outgoing)
