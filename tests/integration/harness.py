"""Running real workers against a real broker, and reading what they publish."""

from __future__ import annotations

import asyncio
import contextlib
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from service.broker import free_port
from service.client import Outgoing, Received, publish, tail
from service.config import Settings, load
from service.demo import start_worker, stop_process, wait_ready
from service.kafka import ensure_topics
from tests.compaction import compact


def settings_for(bootstrap: str, suffix: str, tmp_path: Path, extra: dict[str, str] | None = None) -> Settings:
    """Settings with topic names and a group id of their own (``extra``: more variables, which win)."""
    return load({
        "KAFKA_BOOTSTRAP_SERVERS": bootstrap,
        "INPUT_TOPIC": f"articles-{suffix}",
        "DLQ_TOPIC": f"articles-{suffix}.dlq",
        "STRIKE_TOPIC": f"events-{suffix}.strike",
        "DIPLOMACY_TOPIC": f"events-{suffix}.diplomacy",
        "TERRITORY_TOPIC": f"events-{suffix}.territory",
        "SERVICE_APP_ID": f"war-events-{suffix}",
        "SERVICE_DATA_DIR": str(tmp_path),
        "CONSUMER_FETCH_MAX_WAIT_MS": "10",  # tansu holds a fetch until its deadline (real Kafka does not)
        **(extra or {}),
    })


@dataclass
class RunningWorker:
    proc: subprocess.Popen[bytes]
    http_port: int
    log_path: Path

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""


@contextmanager
def worker(settings: Settings, tmp_path: Path, name: str = "worker") -> Iterator[RunningWorker]:
    asyncio.run(ensure_topics(settings))
    port = free_port()
    log_path = tmp_path / f"{name}.log"
    proc = start_worker(settings, port, log_path)
    try:
        wait_ready(port, proc, timeout=120)
        yield RunningWorker(proc, port, log_path)
    finally:
        stop_process(proc)


@dataclass
class Collected:
    records: list[Received] = field(default_factory=list)

    def on(self, topic: str) -> list[Received]:
        return [r for r in self.records if r.topic == topic]

    def compacted(self, topics: list[str]) -> dict[bytes, dict[str, Any]]:
        """What a compacted topic keeps: the last value per key; a tombstone removes its key."""
        return compact((r.key, None if r.value is None else r.json())
                       for r in self.records if r.topic in topics and r.key is not None)


async def _publish_and_collect(
    settings: Settings, messages: list[Outgoing], expect: int, timeout: float, settle: float
) -> Collected:
    topics = [*settings.event_topics.values(), settings.dlq_topic]
    out = Collected()
    ready = asyncio.Event()
    enough = asyncio.Event()

    async def reader() -> None:
        async for rec in tail(settings, topics, from_beginning=True, ready=ready):
            out.records.append(rec)
            if len(out.records) >= expect:
                enough.set()

    task = asyncio.create_task(reader())
    try:
        await ready.wait()
        await publish(settings, messages)
        with contextlib.suppress(asyncio.TimeoutError):
            await asyncio.wait_for(enough.wait(), timeout)
        await asyncio.sleep(settle)  # anything beyond the expected count (a duplicate, an extra) shows up
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
    return out


def publish_and_collect(
    settings: Settings, messages: list[Outgoing], expect: int, timeout: float = 120, settle: float = 3.0
) -> Collected:
    """Publish ``messages`` and read the event and dead-letter topics from the beginning.

    Waits until at least ``expect`` records arrived (or ``timeout``), then ``settle`` seconds more,
    so the result shows extra records too, not just the first ``expect``.
    """
    return asyncio.run(_publish_and_collect(settings, messages, expect, timeout, settle))
