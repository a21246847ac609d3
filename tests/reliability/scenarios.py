"""Kill-the-worker scenarios, shared by the tests and bench/crash_test.py.

``crash(...)``: one worker, ``kill -9`` when a fraction of the articles has events, a new worker in the
same group finishes the job. ``rebalance(...)``: two workers in one group, one killed, the other takes
over. Both return a ``Report``: the account of the event topics plus timings.
"""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from bench.articles import generate
from service.client import publish
from service.config import Settings
from tests.integration.harness import settings_for
from tests.reliability.support import (
    Account,
    Reader,
    Worker,
    account,
    all_there,
    covered,
    event_topics,
    expected_event_ids,
    messages,
    start_ready_worker,
    wait_until,
)


@dataclass
class Report:
    account: Account
    covered_at_kill: int = 0
    kills: int = 0
    settings: Settings | None = None
    survivor_partitions: int = 0
    survivor_alive: bool = True
    timings: dict[str, float] = field(default_factory=dict)

    def summary(self) -> str:
        times = " ".join(f"{k}={v:.1f}s" for k, v in self.timings.items())
        return f"{self.account.summary()} kills={self.kills} covered_at_kill={self.covered_at_kill} {times}"


# The generated articles cover n / PER_DAY days in seconds. With the default 7-day retention of corroboration
# state (by event day), a replay reaching back further than that would meet no state and publish version 1
# again; a real stream covers days in days. Keep everything, so duplicates measure the replay alone.
KEEP_ALL = {"CORROBORATION_KEEP_DAYS": "100000"}


def _setup(bootstrap: str, tmp: Path, n: int, extra: dict[str, str] | None) -> tuple[Settings, list[dict], dict]:
    settings = settings_for(bootstrap, uuid.uuid4().hex[:8], tmp, {**KEEP_ALL, **(extra or {})})
    articles = generate(n, prefix=f"a{uuid.uuid4().hex[:6]}")
    return settings, articles, expected_event_ids(articles)


def _finish(settings: Settings, reader: Reader, ids: list[str], expected: dict[str, str], timeout: float) -> float:
    """Seconds until every article and every expected event id is there (or ``timeout``), then a settle."""
    started = time.monotonic()
    topics = event_topics(settings)
    wait_until(lambda: all_there(reader.snapshot(), topics, ids, expected), timeout, every=1.0)
    elapsed = time.monotonic() - started
    time.sleep(3)  # duplicates and late versions show up too
    return elapsed


def _publish_then_kill(settings: Settings, reader: Reader, articles: list[dict], kill_fraction: float,
                       timeout: float, victim: Worker, report: Report) -> None:
    """Publish the articles; once ``kill_fraction`` of them have events, ``kill -9`` the victim."""
    import asyncio

    t = time.monotonic()
    asyncio.run(publish(settings, messages(articles)))
    report.timings["publish"] = time.monotonic() - t
    goal = int(len(articles) * kill_fraction)
    wait_until(lambda: len(covered(reader.snapshot(), event_topics(settings))) >= goal, timeout, 0.2)
    report.covered_at_kill = len(covered(reader.snapshot(), event_topics(settings)))
    victim.kill9()
    report.kills = 1


def crash(bootstrap: str, tmp: Path, n: int, kill_fraction: float = 0.5, timeout: float = 300,
          extra: dict[str, str] | None = None) -> Report:
    """Publish ``n`` articles, kill -9 the worker once ``kill_fraction`` of them have events, restart it."""
    settings, articles, expected = _setup(bootstrap, tmp, n, extra)
    ids = [a["id"] for a in articles]
    report = Report(account=None, settings=settings)  # type: ignore[arg-type]
    topics = [*event_topics(settings), settings.dlq_topic]
    t0 = time.monotonic()
    first = start_ready_worker(settings, tmp / "crash-1.log")
    second: Worker | None = None
    try:
        report.timings["first_ready"] = time.monotonic() - t0
        with Reader(settings, topics) as reader:
            t1 = time.monotonic()
            _publish_then_kill(settings, reader, articles, kill_fraction, timeout, first, report)
            report.timings["until_kill"] = time.monotonic() - t1
            t2 = time.monotonic()
            second = start_ready_worker(settings, tmp / "crash-2.log")
            report.timings["restart_ready"] = time.monotonic() - t2
            report.timings["after_restart"] = _finish(settings, reader, ids, expected, timeout)
            report.timings["total"] = time.monotonic() - t1
            report.account = account(settings, reader.snapshot(), ids, expected)
    finally:
        first.stop()
        if second is not None:
            second.stop()
    return report


def rebalance(bootstrap: str, tmp: Path, n: int, kill_fraction: float = 0.3, timeout: float = 300,
              extra: dict[str, str] | None = None) -> Report:
    """Two workers in one group; once ``kill_fraction`` of the articles have events, kill -9 the first."""
    settings, articles, expected = _setup(bootstrap, tmp, n, extra)
    ids = [a["id"] for a in articles]
    report = Report(account=None, settings=settings)  # type: ignore[arg-type]
    topics = [*event_topics(settings), settings.dlq_topic]
    t0 = time.monotonic()
    one = start_ready_worker(settings, tmp / "rebalance-1.log")
    two: Worker | None = None
    try:
        two = start_ready_worker(settings, tmp / "rebalance-2.log")
        # both must hold input partitions before the articles go in: then the kill takes work away
        both = wait_until(lambda: held(one) > 0 and held(two) > 0, 60, 1.0)
        report.timings["both_ready"] = time.monotonic() - t0
        assert both, f"the two workers never shared the partitions: {held(one)} / {held(two)}"
        with Reader(settings, topics) as reader:
            t1 = time.monotonic()
            _publish_then_kill(settings, reader, articles, kill_fraction, timeout, one, report)
            t2 = time.monotonic()
            report.timings["after_kill"] = _finish(settings, reader, ids, expected, timeout)
            report.timings["takeover_total"] = time.monotonic() - t2
            report.timings["total"] = time.monotonic() - t1
            report.account = account(settings, reader.snapshot(), ids, expected)
            everything = 2 * settings.topic_partitions  # the input topic and the candidates topic
            wait_until(lambda: held(two) == everything, 30, 1.0)
            report.survivor_partitions = held(two)
            report.survivor_alive = two.alive()
    finally:
        one.stop()
        if two is not None:
            two.stop()
    return report


def held(worker: Worker) -> int:
    """Partitions of the input and candidates topics this worker holds (its consumer-lag series)."""
    try:
        return sum(1 for k in worker.metrics() if k.startswith("war_events_consumer_lag{"))
    except OSError:
        return 0
