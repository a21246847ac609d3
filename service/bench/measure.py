"""Measuring a running pipeline from the outside: articles in, outputs back, times of both.

``drive`` publishes articles (as fast as possible, or paced at a rate) while tailing the output
topics. An output record names the articles it carries (``Match``); an article is complete when
every kind of output naming it has arrived once. Latency is wall-clock time from just before the
article was handed to the producer to the arrival of its last kind of output; throughput is the
article count over the time from the first article produced to the last output received.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import orjson
from aiokafka import AIOKafkaConsumer

from service import kafka
from service.client import Outgoing, Received, _partitions
from service.config import Settings
from service.dlq import header_map

# The bench's own consumers ask for short fetch waits: tansu answers a waiting fetch only when the wait
# expires, not when data arrives, so a long wait would add up to that much to every measured latency.
FETCH_MAX_WAIT_MS = 20

# An output record -> (kind of output, article id) pairs it carries.
Match = Callable[[Received], list[tuple[str, str]]]


def by_key(rec: Received) -> list[tuple[str, str]]:
    """Pass-through workers: one output per article, keyed by the article's key."""
    return [("out", rec.key.decode())] if rec.key else []


def by_sources(rec: Received) -> list[tuple[str, str]]:
    """The service: an event (type) names its articles in ``sources``; tombstones name none."""
    if rec.value is None:
        return []
    event = orjson.loads(rec.value)
    return [(event["type"], s["article_id"]) for s in event.get("sources") or [] if s.get("article_id")]


@dataclass
class Run:
    """What one measured run saw."""

    articles: int  # published
    seconds: float  # first article produced -> last output received
    latencies_ms: list[float] = field(default_factory=list)
    offered_rate: float | None = None
    expected: int = 0  # articles that should produce output
    complete: int = 0  # of those, how many did (all their kinds of output) before the run ended
    crashed: str | None = None  # a worker died during the run
    cpu: dict[str, float | None] = field(default_factory=dict)  # CPU cores used: "workers", "broker", "load"

    @property
    def rate(self) -> float:
        """Articles per second; 0 when not every expected article completed (the figure would flatter)."""
        if self.seconds <= 0 or self.complete < self.expected:
            return 0.0
        return self.articles / self.seconds

    def percentile(self, q: float) -> float | None:
        return percentile(self.latencies_ms, q)


def percentile(values: list[float], q: float) -> float | None:
    """The q-th percentile (0-100), nearest rank on sorted values; None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(q / 100 * len(ordered) + 0.5) - 1))
    return ordered[rank]


async def drive(
    settings: Settings, out_topics: list[str], messages: list[Outgoing], match: Match,
    expected: dict[str, set[str]], *, rate: float | None = None, idle: float = 10.0, first_wait: float = 300.0,
    workers: list[subprocess.Popen[bytes]] | None = None, broker_pid: int | None = None,
) -> Run:
    """Publish ``messages`` to ``settings.input_topic`` and collect outputs until every article of
    ``expected`` (article id -> kinds of output it yields) is complete; or, once outputs flow, nothing
    arrived for ``idle`` seconds; or nothing at all arrived ``first_wait`` seconds after the last send;
    or one of ``workers`` exited (the run is then marked ``crashed``). Records the CPU cores used meanwhile
    by the workers, the broker (``broker_pid``, when it runs here) and this process (the load generator)."""
    sent_at: dict[str, float] = {}
    first_seen: dict[tuple[str, str], float] = {}
    missing = {a: set(kinds) for a, kinds in expected.items() if kinds}
    wanted = len(missing)
    last: list[float | None] = [None]
    enough, ready = asyncio.Event(), asyncio.Event()

    async def reader() -> None:
        consumer = await positioned_consumer(settings, out_topics)
        ready.set()
        try:
            while True:
                batch = await consumer.getmany(timeout_ms=100)
                now = time.time()
                for records in batch.values():
                    for r in records:
                        last[0] = now
                        for kind, article_id in match(Received(r.topic, r.key, r.value, header_map(r.headers),
                                                               r.timestamp)):
                            first_seen.setdefault((kind, article_id), now)
                            kinds = missing.get(article_id)
                            if kinds is not None:
                                kinds.discard(kind)
                                if not kinds:
                                    del missing[article_id]
                if not missing:
                    enough.set()
        finally:
            await consumer.stop()

    task = asyncio.create_task(reader())
    crashed = None
    pids = {"workers": [p.pid for p in workers or []], "broker": [broker_pid] if broker_pid else []}
    cpu_before = {k: _cpu_seconds(v) for k, v in pids.items()}
    wall_before, load_before = time.monotonic(), time.process_time()
    try:
        await asyncio.wait_for(ready.wait(), 60)
        await _send(settings, messages, sent_at, rate)
        sent = time.time()
        while not enough.is_set():
            dead = [p for p in workers or [] if p.poll() is not None]
            if dead:
                crashed = f"worker pid {dead[0].pid} exited with code {dead[0].returncode}"
                break
            now, seen = time.time(), last[0]
            if (seen is None and now - sent > first_wait) or (seen is not None and now - max(seen, sent) > idle):
                break
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(enough.wait(), 0.2)
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
    wall = max(time.monotonic() - wall_before, 1e-9)
    run = _summarise(len(messages), sent_at, first_seen, expected, rate)
    run.expected, run.complete, run.crashed = wanted, wanted - len(missing), crashed
    run.cpu = {k: _share(cpu_before[k], _cpu_seconds(v), wall) for k, v in pids.items()}
    run.cpu["load"] = (time.process_time() - load_before) / wall
    return run


def _cpu_seconds(pids: list[int]) -> float | None:
    """User + system CPU seconds of live processes (/proc/PID/stat); None when there are none."""
    total, seen = 0.0, False
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        seen = True
    return total if seen else None


def _share(before: float | None, after: float | None, wall: float) -> float | None:
    return None if before is None or after is None else (after - before) / wall


async def positioned_consumer(settings: Settings, topics: list[str]) -> AIOKafkaConsumer:
    """A started consumer (no group) on every partition of ``topics``, positioned at their ends."""
    consumer = kafka.consumer(settings, enable_auto_commit=False, group_id=None, fetch_max_wait_ms=FETCH_MAX_WAIT_MS,
                              max_partition_fetch_bytes=settings.max_message_bytes + 65_536)
    await consumer.start()
    partitions = await _partitions(consumer, topics)
    consumer.assign(partitions)
    await consumer.seek_to_end(*partitions)
    for tp in partitions:  # resolve the lazy seek now, before anything is published
        await consumer.position(tp)
    return consumer


async def _send(settings: Settings, messages: list[Outgoing], sent_at: dict[str, float], rate: float | None) -> None:
    producer = kafka.producer(settings, acks="all", linger_ms=5, max_request_size=settings.max_message_bytes * 2)
    await producer.start()
    try:
        pending = []
        start = time.monotonic()
        for i, msg in enumerate(messages):
            if rate:
                delay = start + i / rate - time.monotonic()
                if delay > 0:
                    await asyncio.sleep(delay)
            assert msg.key is not None
            sent_at[msg.key.decode()] = time.time()
            pending.append(await producer.send(settings.input_topic, msg.value, key=msg.key))
            if len(pending) >= 500:
                await asyncio.gather(*pending)
                pending.clear()
        await asyncio.gather(*pending)
    finally:
        await producer.stop()


def _summarise(count: int, sent_at: dict[str, float], first_seen: dict[tuple[str, str], float],
               expected: dict[str, set[str]], rate: float | None) -> Run:
    """Latency of each article whose every expected kind of output arrived; throughput over all of them."""
    done: dict[str, float] = {}
    for article_id, kinds in expected.items():
        times = [first_seen.get((kind, article_id)) for kind in kinds]
        if kinds and article_id in sent_at and all(t is not None for t in times):
            done[article_id] = max(t for t in times if t is not None)
    if not done or not sent_at:
        return Run(count, 0.0, [], rate)
    seconds = max(done.values()) - min(sent_at.values())
    latencies = [(at - sent_at[a]) * 1000 for a, at in done.items()]
    return Run(count, seconds, latencies, rate)


def peak_rss_mb(pid: int) -> float | None:
    """VmHWM (peak resident set) of a live process, in MB; None when unreadable."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None
