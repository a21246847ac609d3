"""Every Prometheus metric the service exposes, declared in one place.

Names: ``war_events_<noun>_total`` / ``_seconds``. Labels come from closed sets only
(event type, dead-letter reason, stage), never ids or place names.
"""

from __future__ import annotations

from prometheus_client import REGISTRY, CollectorRegistry, Counter, Gauge, Histogram, Info

from service import __version__
from service.codec import REASONS
from service.domain import EVENT_TYPES

PREFIX = "war_events"
_LATENCY_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)
_EXTRACT_BUCKETS = (0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5)


class Metrics:
    """The service's metrics on one registry (the default one in the worker; a fresh one in tests)."""

    def __init__(self, registry: CollectorRegistry = REGISTRY) -> None:
        self.registry = registry
        self.articles_consumed = Counter(
            f"{PREFIX}_articles_consumed_total", "Messages read from the input topic.", registry=registry
        )
        self.articles_without_events = Counter(
            f"{PREFIX}_articles_without_events_total",
            "Valid articles that yielded no event.",
            registry=registry,
        )
        self.events_produced = Counter(
            f"{PREFIX}_events_produced_total",
            "Event versions sent to the event topics (tombstones not counted).",
            ["type"],
            registry=registry,
        )
        self.dead_letters = Counter(
            f"{PREFIX}_dead_letters_total", "Messages sent to the dead-letter topic.", ["reason"],
            registry=registry,
        )
        self.end_to_end_latency = Histogram(
            f"{PREFIX}_end_to_end_latency_seconds",
            "From an article consumed to all its events acknowledged by the broker.",
            buckets=_LATENCY_BUCKETS,
            registry=registry,
        )
        self.extraction_duration = Histogram(
            f"{PREFIX}_extraction_duration_seconds",
            "Time spent extracting and enriching one article (CPU, in process).",
            buckets=_EXTRACT_BUCKETS,
            registry=registry,
        )
        self.worker_ready = Gauge(
            f"{PREFIX}_worker_ready", "1 when connected to the broker with partitions assigned.",
            registry=registry,
        )
        self.merges = Counter(
            f"{PREFIX}_merges_total", "Reports folded into an existing event (corroboration).", ["type"],
            registry=registry,
        )
        self.new_events = Counter(
            f"{PREFIX}_new_events_total", "Reports that started a new real-world event.", ["type"], registry=registry
        )
        self.unchanged_reports = Counter(
            f"{PREFIX}_unchanged_reports_total",
            "Reports that added no fact to their event (duplicates): no new version.",
            ["type"],
            registry=registry,
        )
        self.corroboration = Histogram(
            f"{PREFIX}_corroboration_outlets",
            "Distinct outlets behind each published event version.",
            buckets=(1, 2, 3, 4, 5, 7, 10, 20),
            registry=registry,
        )
        self.build = Info(f"{PREFIX}_build", "Build information.", registry=registry)
        self.build.info({"version": __version__})
        for event_type in EVENT_TYPES:  # export zeros so rate() and alerts see every series from the start
            for counter in (self.events_produced, self.merges, self.new_events, self.unchanged_reports):
                counter.labels(type=event_type)
        for reason in REASONS:
            self.dead_letters.labels(reason=reason)
        self.consumer_lag = Gauge(  # refreshed by service.observability; topic/partition: a closed set
            f"{PREFIX}_consumer_lag",
            "Messages in an input partition this worker holds that are not yet committed (log end - committed).",
            ["topic", "partition"],
            registry=registry,
        )
