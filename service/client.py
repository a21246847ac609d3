"""Clients of the running service: publish articles, tail events and dead letters, replay dead letters."""

from __future__ import annotations

import asyncio
import sys
import time
from collections.abc import AsyncIterator, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson
from aiokafka import TopicPartition

from service import kafka
from service.config import Settings
from service.dlq import header_map


@dataclass(frozen=True, slots=True)
class Outgoing:
    key: bytes | None
    value: bytes


def read_articles(path: Path) -> Iterator[Outgoing]:
    """Messages from a JSON file (an object or an array of objects) or a JSON Lines file.

    Each article is sent keyed by its ``id``. A line that is not valid JSON is sent as it is, with
    no key: the service, not the publisher, decides what is valid (it becomes a dead letter).
    """
    data = path.read_bytes()
    stripped = data.lstrip()
    if stripped[:1] in (b"[", b"{"):
        try:
            doc = orjson.loads(data)
        except orjson.JSONDecodeError:
            doc = None  # JSON Lines whose first line is an object
        if isinstance(doc, list):
            yield from (_outgoing(orjson.dumps(item), item) for item in doc)
            return
        if isinstance(doc, dict):
            yield _outgoing(orjson.dumps(doc), doc)
            return
    for line in data.splitlines():
        if not line.strip():
            continue
        try:
            item = orjson.loads(line)
        except orjson.JSONDecodeError:
            item = None
        yield _outgoing(line, item)


def _outgoing(raw: bytes, item: Any) -> Outgoing:
    key = item.get("id") if isinstance(item, dict) else None
    return Outgoing(str(key).encode() if key is not None else None, raw)


class Progress:
    """A one-line progress report on stderr for large files (quiet for small ones)."""

    def __init__(self, every: int = 1000) -> None:
        self.every, self.count, self.started = every, 0, time.monotonic()

    def tick(self) -> None:
        self.count += 1
        if self.count % self.every == 0:
            rate = self.count / max(time.monotonic() - self.started, 1e-9)
            print(f"\rpublished {self.count:,} ({rate:,.0f}/s)", end="", file=sys.stderr, flush=True)

    def done(self) -> None:
        if self.count >= self.every:
            print(file=sys.stderr)


async def publish(settings: Settings, messages: Iterable[Outgoing], topic: str | None = None) -> int:
    """Send messages to the input topic (or ``topic``); waits until the broker acknowledged all."""
    producer = kafka.producer(settings, acks="all", linger_ms=5, max_request_size=settings.max_message_bytes * 2)
    await producer.start()
    progress = Progress()
    try:
        pending = []
        for msg in messages:
            pending.append(await producer.send(topic or settings.input_topic, msg.value, key=msg.key))
            progress.tick()
            if len(pending) >= 1000:
                await asyncio.gather(*pending)
                pending.clear()
        await asyncio.gather(*pending)
    finally:
        await producer.stop()
        progress.done()
    return progress.count


@dataclass(frozen=True, slots=True)
class Received:
    topic: str
    key: bytes | None
    value: bytes | None
    headers: dict[str, str]
    timestamp_ms: int

    def json(self) -> Any:
        return orjson.loads(self.value) if self.value is not None else None


async def tail(
    settings: Settings, topics: list[str], *, from_beginning: bool, idle_timeout: float | None = None,
    ready: asyncio.Event | None = None,
) -> AsyncIterator[Received]:
    """Records of ``topics`` as they arrive (no consumer group: reads every partition).

    Stops after ``idle_timeout`` seconds without a record (None: runs until cancelled); sets
    ``ready`` once positioned, so a caller can publish without racing the reader.
    """
    consumer = kafka.consumer(settings, enable_auto_commit=False, group_id=None)
    await consumer.start()
    try:
        partitions = await _partitions(consumer, topics)
        consumer.assign(partitions)
        if from_beginning:
            await consumer.seek_to_beginning(*partitions)
        else:
            await consumer.seek_to_end(*partitions)
            for tp in partitions:  # resolve the lazy seek now, before anything is published
                await consumer.position(tp)
        if ready is not None:
            ready.set()
        last = time.monotonic()
        while True:
            batch = await consumer.getmany(timeout_ms=200)
            for records in batch.values():
                for r in records:
                    last = time.monotonic()
                    yield Received(r.topic, r.key, r.value, header_map(r.headers), r.timestamp)
            if idle_timeout is not None and time.monotonic() - last > idle_timeout:
                return
    finally:
        await consumer.stop()


async def _partitions(consumer: Any, topics: list[str]) -> list[TopicPartition]:
    out: list[TopicPartition] = []
    for topic in topics:
        parts = consumer.partitions_for_topic(topic)
        deadline = time.monotonic() + 10
        while not parts and time.monotonic() < deadline:
            await consumer._client.force_metadata_update()  # topic just created: refresh
            parts = consumer.partitions_for_topic(topic)
        out.extend(TopicPartition(topic, p) for p in sorted(parts or []))
    return out


async def replay_dead_letters(settings: Settings, *, reason: str | None, idle_timeout: float = 3.0) -> int:
    """Re-publish dead letters (original key and bytes) to the input topic; returns how many."""
    letters = []
    async for rec in tail(settings, [settings.dlq_topic], from_beginning=True, idle_timeout=idle_timeout):
        if reason is None or rec.headers.get("dlq.reason") == reason:
            letters.append(Outgoing(rec.key, rec.value or b""))
    return await publish(settings, letters)
