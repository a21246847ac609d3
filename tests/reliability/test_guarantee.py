"""The delivery guarantee: at least once, with idempotent event ids.

A replayed article gives the same event ids (so consumers de-duplicate by key), and the corroboration
stage publishes nothing new for an article it has already folded in.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from pathlib import Path

import orjson
import pytest

from bench.articles import generate
from service import corroborate
from service.client import publish
from service.dlq import Origin
from service.process import Limits, process
from service.resources import default_resources
from tests.integration.harness import settings_for
from tests.reliability.scenarios import KEEP_ALL
from tests.reliability.support import (
    Reader,
    account,
    all_there,
    event_topics,
    expected_event_ids,
    messages,
    start_ready_worker,
    wait_until,
)

pytestmark = pytest.mark.integration
N = 150


def test_processing_an_article_again_gives_the_same_ids_and_the_same_events() -> None:
    resources, limits = default_resources(), Limits(1_048_576, 200_000)
    buckets: dict[str, object] = {}
    clusters: dict[str, object] = {}
    for i, article in enumerate(generate(N, prefix="idem")):
        raw = orjson.dumps(article)
        first = process(article["id"].encode(), raw, Origin("a", 0, i), resources, limits, "t1")
        again = process(article["id"].encode(), raw, Origin("a", 3, 10 * i), resources, limits, "t2")
        assert [e[:2] for e in first.events] == [e[:2] for e in again.events]  # (type, key)
        for a, b in zip(first.events, again.events, strict=True):
            e1, e2 = orjson.loads(a[2]), orjson.loads(b[2])
            assert e1.pop("extracted_at") == "t1" and e2.pop("extracted_at") == "t2"
            assert e1 == e2
        published = set()
        for event in first.events:
            out = corroborate.apply(buckets, clusters, orjson.loads(event[2]), "now")
            published |= {(key, value["version"]) for _, key, value in out if value is not None}
        for event in again.events:  # the replay: already folded in, so the same version again, never a new one
            out = corroborate.apply(buckets, clusters, orjson.loads(event[2]), "later")
            assert out and {(key, value["version"]) for _, key, value in out if value is not None} <= published


def test_a_replayed_batch_makes_no_new_version(bootstrap: str, tmp_path: Path) -> None:
    """(The articles span 15 event days: state is kept for all of them, see KEEP_ALL; with the default
    7-day retention the older half would be published again as version 1.)"""
    settings = settings_for(bootstrap, uuid.uuid4().hex[:8], tmp_path, KEEP_ALL)
    articles = generate(N, prefix=f"g{uuid.uuid4().hex[:6]}")
    ids, expected = [a["id"] for a in articles], expected_event_ids(articles)
    worker = start_ready_worker(settings, tmp_path / "guarantee.log")
    try:
        with Reader(settings, [*event_topics(settings), settings.dlq_topic]) as reader:
            asyncio.run(publish(settings, messages(articles)))
            assert wait_until(lambda: all_there(reader.snapshot(), event_topics(settings), ids, expected), 90)
            time.sleep(3)
            first = len(reader.snapshot())
            asyncio.run(publish(settings, messages(articles)))  # the same articles again, as after a crash
            time.sleep(8)
            records = reader.snapshot()
        unchanged = sum(v for k, v in worker.metrics().items() if k.startswith("war_events_unchanged_reports_total"))
    finally:
        worker.stop()
    acc = account(settings, records, ids, expected)
    print(acc.summary(), f"unchanged_reports={unchanged}")
    assert first == len(expected), "each event published once, as version 1"
    # the replay re-sends each event's current version (at least once: a crash between state and send
    # loses nothing) and never makes a new version
    assert len(records) == 2 * first, f"the replay published {len(records) - first} records"
    assert unchanged == len(expected)
    assert acc.missing_event_ids == [] and acc.unknown_event_ids == [] and acc.duplicates == first
