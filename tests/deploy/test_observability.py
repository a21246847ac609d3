"""Consumer lag arithmetic and bookkeeping, and what ``observability.install`` attaches to a faust app."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping

import faust
import pytest
from faust.sensors.prometheus import PrometheusMonitor
from faust.types import TP
from prometheus_client import CollectorRegistry, generate_latest

from service.metrics import Metrics
from service.observability import LagReporter, install, lag, source_topics

IN0, IN1, OTHER = TP("articles", 0), TP("articles", 1), TP("war-events-__assignor-__leader", 0)


@pytest.mark.parametrize(
    "end, committed, position, expected",
    [
        pytest.param(120, 100, None, 20, id="end-minus-committed"),
        pytest.param(120, None, 90, 30, id="before-first-commit-position"),
        pytest.param(120, 100, 110, 20, id="committed-wins-over-position"),
        pytest.param(None, 100, None, None, id="no-fetch-yet"),
        pytest.param(120, None, None, None, id="nothing-known"),
        pytest.param(100, 105, None, 0, id="stale-end-never-negative"),
    ],
)
def test_lag(end: int | None, committed: int | None, position: int | None, expected: int | None) -> None:
    assert lag(end, committed, position) == expected


class FakeConsumer:
    """The few members of faust's consumer the reporter reads, with settable offsets."""

    def __init__(self, held: set[TP], ends: dict[TP, int], committed: dict[TP, int | None],
                 positions: dict[TP, int], end_offsets_fail: bool = False) -> None:
        self.held, self.ends, self._committed_offset, self.positions = held, ends, committed, positions
        self.end_offsets_fail = end_offsets_fail
        self.fetched_highwater = {tp: end - 1 for tp, end in ends.items()}

    def assignment(self) -> set[TP]:
        return self.held

    def highwater(self, tp: TP) -> int | None:
        return self.fetched_highwater.get(tp)

    async def highwaters(self, *partitions: TP) -> Mapping[TP, int]:
        if self.end_offsets_fail:
            raise ConnectionError("broker busy")
        return {tp: self.ends[tp] for tp in partitions}

    async def position(self, tp: TP) -> int | None:
        return self.positions.get(tp)


def _samples(registry: CollectorRegistry) -> dict[tuple[str, str], float]:
    return {(s.labels["topic"], s.labels["partition"]): s.value
            for family in registry.collect() if family.name == "war_events_consumer_lag" for s in family.samples}


def test_reporter_exports_held_input_partitions_and_drops_revoked_ones() -> None:
    registry = CollectorRegistry()
    metrics = Metrics(registry)
    consumer = FakeConsumer({IN0, IN1, OTHER}, {IN0: 50, IN1: 9, OTHER: 3}, {IN0: 40, IN1: None}, {IN1: 4})
    reporter = LagReporter(metrics.consumer_lag, lambda: consumer, lambda: {"articles"})
    assert asyncio.run(reporter.refresh()) == {IN0: 10, IN1: 5}
    assert _samples(registry) == {("articles", "0"): 10.0, ("articles", "1"): 5.0}

    consumer.held = {IN1}  # a rebalance moved partition 0 to another worker
    consumer.ends[IN1] = 30
    asyncio.run(reporter.refresh())
    assert _samples(registry) == {("articles", "1"): 26.0}


def test_reporter_falls_back_to_the_fetched_highwater() -> None:
    metrics = Metrics(CollectorRegistry())
    consumer = FakeConsumer({IN0}, {IN0: 50}, {IN0: 40}, {}, end_offsets_fail=True)
    reporter = LagReporter(metrics.consumer_lag, lambda: consumer, lambda: {"articles"})
    assert asyncio.run(reporter.refresh()) == {IN0: 9}


def test_reporter_reports_nothing_before_the_consumer_starts() -> None:
    registry = CollectorRegistry()
    metrics = Metrics(registry)

    def not_started() -> FakeConsumer:
        raise RuntimeError("Consumer thread not yet started")

    reporter = LagReporter(metrics.consumer_lag, not_started, lambda: {"articles"})
    assert asyncio.run(reporter.refresh()) == {}
    assert _samples(registry) == {}


def test_install_attaches_faust_sensor_to_our_registry_with_a_fixed_prefix_and_a_lag_timer() -> None:
    registry = CollectorRegistry()
    app = faust.App("war-events-test-abc", broker="kafka://127.0.0.1:1", value_serializer="raw")
    source = app.topic("articles-abc", value_type=bytes)

    @app.agent(source)
    async def agent(stream: faust.StreamT[bytes]) -> None:
        async for _ in stream:
            pass

    tasks_before = len(app._app_tasks)
    install(app, Metrics(registry))
    assert isinstance(app.monitor, PrometheusMonitor)
    assert source_topics(app) == {"articles-abc"}
    assert len(app._app_tasks) == tasks_before + 1  # the lag timer
    text = generate_latest(registry).decode()
    assert "war_events_faust_messages_received_total" in text and "war_events_build_info" in text
    assert "war_events_test_abc" not in text, "faust's metric names must not depend on the app id"
