"""The broker unreachable at worker start, and for ~20 s midway, while the in-memory broker keeps running.

The worker talks to the broker through a TCP proxy in this process (tansu advertises the proxy's address,
so every connection goes through it). Pausing the proxy drops every connection and refuses new ones.
The worker must wait with backoff, say it is not ready while cut off, and lose nothing it accepted.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from pathlib import Path

import pytest

from bench.articles import generate
from service.broker import EmbeddedBroker, free_port
from service.client import publish
from service.demo import wait_ready
from tests.integration.harness import settings_for
from tests.reliability.support import (
    FAST_GROUP,
    QUIET,
    PausableProxy,
    Reader,
    account,
    all_there,
    covered,
    event_topics,
    expected_event_ids,
    messages,
    port_refuses,
    spawn_worker,
    wait_until,
)

pytestmark = pytest.mark.integration
N = 800
OUTAGE_SECONDS = 20.0
DOWN_AT_START_SECONDS = 10.0


def test_the_worker_waits_for_the_broker_and_survives_an_outage(tmp_path: Path) -> None:
    broker_port = free_port()
    articles = generate(N, prefix=f"o{uuid.uuid4().hex[:6]}")
    ids, expected = [a["id"] for a in articles], expected_event_ids(articles)
    with PausableProxy(upstream=broker_port) as proxy:
        settings = settings_for(f"127.0.0.1:{proxy.port}", uuid.uuid4().hex[:8], tmp_path)
        worker = spawn_worker(settings, tmp_path / "outage.log", {**FAST_GROUP, **QUIET})
        try:
            # 1. no broker at all: the worker keeps retrying and is not ready
            time.sleep(DOWN_AT_START_SECONDS)
            assert worker.alive(), worker.log()[-3000:]
            assert worker.readyz() != 200
            with EmbeddedBroker(port=broker_port, advertised_port=proxy.port, log_path=tmp_path / "broker.log"):
                started = time.monotonic()
                wait_ready(worker.http_port, worker.proc, 120)
                print(f"ready {time.monotonic() - started:.1f}s after the broker came up")
                with Reader(settings, [*event_topics(settings), settings.dlq_topic]) as reader:
                    asyncio.run(publish(settings, messages(articles)))  # accepted: acknowledged by the broker
                    wait_until(lambda: len(covered(reader.snapshot(), event_topics(settings))) >= N // 4, 90, 0.2)
                    # 2. cut off midway for ~20 s
                    at_pause = len(covered(reader.snapshot(), event_topics(settings)))
                    proxy.pause()
                    assert port_refuses(proxy.port)
                    statuses = []
                    until = time.monotonic() + OUTAGE_SECONDS
                    while time.monotonic() < until:
                        statuses.append(worker.readyz())
                        time.sleep(0.5)
                    alive_through = worker.alive()
                    proxy.resume()
                    resumed = time.monotonic()
                    topics = event_topics(settings)
                    done = wait_until(lambda: all_there(reader.snapshot(), topics, ids, expected), 120, 1)
                    recovery = time.monotonic() - resumed
                    time.sleep(3)
                    ready_after = wait_until(lambda: worker.readyz() == 200, 30)
                    records = reader.snapshot()
                worker.stop()  # while the broker still answers: a clean shutdown commits
        finally:
            worker.stop()
    acc = account(settings, records, ids, expected)
    not_ready = sum(1 for s in statuses if s != 200)
    print(acc.summary(), f"covered_at_pause={at_pause} readyz_during_outage={sorted(set(statuses), key=str)} "
          f"not_ready_samples={not_ready}/{len(statuses)} recovery={recovery:.1f}s")
    assert alive_through and done and ready_after, worker.log()[-3000:]
    assert acc.missing_articles == [] and acc.missing_event_ids == [] and acc.unknown_event_ids == []
    assert acc.dead_letters == 0
    # readiness follows a metadata probe every 2 s (service.app.probe_broker): most samples of a 20 s
    # outage must say not ready
    assert not_ready >= len(statuses) // 2, f"/readyz said 200 in {len(statuses) - not_ready}/{len(statuses)} samples"
