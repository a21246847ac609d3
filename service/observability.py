"""Operational metrics beyond the per-message ones: faust's own sensor and consumer lag per partition.

``install(app, metrics)`` is called once by ``create_app``. It

- attaches faust's Prometheus sensor (``faust.sensors.prometheus``) to ``metrics.registry`` under the fixed
  prefix ``war_events_faust`` (not the app id, which differs per deployment and per test), without the
  ``/metrics`` page ``setup_prometheus_sensors`` would add: ``service.app`` already serves that registry;
- refreshes ``war_events_consumer_lag{topic,partition}`` every ``LAG_INTERVAL_SECONDS`` from the consumer:
  log end offset (a ListOffsets request, so the value stays true while fetching is paused) minus the
  committed offset (or the position, before the first commit). Only partitions of the agents' source topics
  that this worker holds are exported; a partition revoked by a rebalance loses its series at the next refresh.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Collection, Mapping
from typing import Protocol, cast

import faust
from faust.sensors.prometheus import FaustMetrics, PrometheusMonitor
from faust.types import TP
from prometheus_client import Gauge

from service.metrics import PREFIX, Metrics

log = logging.getLogger(__name__)

FAUST_PREFIX = f"{PREFIX}_faust"
LAG_INTERVAL_SECONDS = 5.0
CALL_TIMEOUT_SECONDS = 2.0  # a broker round trip; the timer must never hang on one


class LagSource(Protocol):
    """The part of faust's consumer the lag needs (``faust.transport.consumer.Consumer``)."""

    @property
    def _committed_offset(self) -> Mapping[TP, int | None]: ...  # faust: offsets committed by this worker

    def assignment(self) -> set[TP]: ...

    def highwater(self, tp: TP) -> int | None: ...

    async def highwaters(self, *partitions: TP) -> Mapping[TP, int]: ...

    async def position(self, tp: TP) -> int | None: ...


def lag(end: int | None, committed: int | None, position: int | None) -> int | None:
    """Messages not yet committed: ``end - committed``; before any commit, ``end - position``.

    Offsets are Kafka's "next offset" on both sides. None when either side is unknown (no fetch yet).
    Never negative (the end offset may come from an older fetch than the commit).
    """
    done = committed if committed is not None else position
    if end is None or done is None:
        return None
    return max(end - done, 0)


class LagReporter:
    """Sets ``gauge{topic,partition}`` for the partitions of ``topics()`` held by ``consumer()``."""

    def __init__(self, gauge: Gauge, consumer: Callable[[], LagSource], topics: Callable[[], Collection[str]]):
        self.gauge = gauge
        self.consumer = consumer
        self.topics = topics
        self.exported: set[tuple[str, str]] = set()

    async def refresh(self) -> dict[TP, int]:
        """Update the gauge; returns the lag per partition that was set. Partitions no longer held are removed."""
        values = await self._measure()
        current = {(tp.topic, str(tp.partition)) for tp in values}
        for topic, partition in self.exported - current:
            self.gauge.remove(topic, partition)
        for tp, value in values.items():
            self.gauge.labels(topic=tp.topic, partition=str(tp.partition)).set(value)
        self.exported = current
        return values

    async def _measure(self) -> dict[TP, int]:
        try:
            consumer = self.consumer()
            topics = set(self.topics())
            held = sorted(tp for tp in consumer.assignment() if tp.topic in topics)
        except Exception:  # noqa: BLE001 - consumer not started or stopping: nothing held, nothing to report
            return {}
        if not held:
            return {}
        try:
            ends: Mapping[TP, int | None] = await asyncio.wait_for(consumer.highwaters(*held), CALL_TIMEOUT_SECONDS)
        except Exception as exc:  # noqa: BLE001 - broker busy or rebalancing: the last fetched highwater will do
            log.debug("end offsets unavailable, using the fetched highwater", extra={"error": repr(exc)})
            ends = {tp: consumer.highwater(tp) for tp in held}
        out = {}
        for tp in held:
            committed = consumer._committed_offset.get(tp)
            position = await self._position(consumer, tp) if committed is None else None
            value = lag(ends.get(tp), committed, position)
            if value is not None:
                out[tp] = value
        return out

    @staticmethod
    async def _position(consumer: LagSource, tp: TP) -> int | None:
        """The next offset to fetch; None while unknown (aiokafka waits for an offset reset: bounded here)."""
        try:
            return await asyncio.wait_for(consumer.position(tp), CALL_TIMEOUT_SECONDS)
        except Exception:  # noqa: BLE001 - unknown now, the next refresh tries again
            return None


def source_topics(app: faust.App) -> set[str]:
    """The topics the app's agents consume (not faust's internal assignor topic)."""
    return {name for agent in app.agents.values() for name in getattr(agent.channel, "topics", ())}


def install(app: faust.App, metrics: Metrics) -> LagReporter:
    """Attach faust's Prometheus sensor and the consumer-lag timer to ``app`` (once per app and registry)."""
    app.monitor = PrometheusMonitor(metrics=FaustMetrics.create(metrics.registry, FAUST_PREFIX))
    reporter = LagReporter(metrics.consumer_lag, lambda: cast(LagSource, app.consumer), lambda: source_topics(app))

    async def refresh_consumer_lag() -> None:
        await reporter.refresh()

    app.timer(interval=LAG_INTERVAL_SECONDS, name="refresh_consumer_lag")(refresh_consumer_lag)
    return reporter


__all__ = ["install", "lag", "LagReporter", "source_topics", "FAUST_PREFIX", "LAG_INTERVAL_SECONDS"]
