"""The faust application: topics, the extraction agent and the web views (/metrics, /healthz, /readyz).

Built by ``create_app`` (nothing happens at import). The agent is thin: raw bytes in, ``process``
(pure) in the middle, sends out; every message ends as events, an empty result or a dead letter.
"""

from __future__ import annotations

import logging
import time
from datetime import UTC, datetime
from typing import Any

import faust
from faust.web import Request, Response, View
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from service.config import Settings
from service.dlq import Origin
from service.kafka import ssl_context
from service.metrics import Metrics
from service.process import Limits, Outcome, process
from service.resources import Resources

log = logging.getLogger(__name__)


def _credentials(settings: Settings) -> Any:
    if settings.security_protocol.startswith("SASL"):
        return faust.SASLCredentials(
            username=settings.sasl_username,
            password=settings.sasl_password,
            mechanism=settings.sasl_mechanism,
            ssl_context=ssl_context(settings),
        )
    if settings.security_protocol == "SSL":
        return faust.SSLCredentials(ssl_context(settings))
    return None


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def create_app(settings: Settings, resources: Resources, metrics: Metrics) -> faust.App:
    """A faust App wired to ``settings`` with the extraction agent registered."""
    assert settings.bootstrap_servers, "bootstrap servers must be resolved before the app is built"
    app = faust.App(
        settings.app_id,
        broker=[f"kafka://{s.strip()}" for s in settings.bootstrap_servers.split(",") if s.strip()],
        broker_credentials=_credentials(settings),
        value_serializer="raw",
        key_serializer="raw",
        topic_partitions=settings.topic_partitions,
        topic_replication_factor=settings.topic_replication,
        topic_allow_declare=False,  # topics are created explicitly (kafka.ensure_topics) or by the platform
        producer_max_batch_size=settings.producer_max_batch_size,
        producer_max_request_size=settings.max_message_bytes + 65_536,
        consumer_max_fetch_size=settings.max_message_bytes + 65_536,
        web_host=settings.http_host,
        web_bind=settings.http_host,
        web_port=settings.http_port,
        web_in_thread=False,
        datadir=settings.data_dir,
        store="memory://",
    )
    source = app.topic(settings.input_topic, key_type=bytes, value_type=bytes)
    sinks = {t: app.topic(name, key_type=bytes, value_type=bytes) for t, name in settings.event_topics.items()}
    dlq = app.topic(settings.dlq_topic, key_type=bytes, value_type=bytes)
    limits = Limits(settings.max_message_bytes, settings.max_body_chars)

    async def publish(outcome: Outcome, consumed_at: float) -> None:
        if outcome.dead_letter is not None:
            letter = outcome.dead_letter
            await dlq.send(key=letter.key, value=letter.value, headers=letter.headers(utc_now()))
            metrics.dead_letters.labels(reason=letter.reason).inc()
            return
        if outcome.extraction_seconds is not None:
            metrics.extraction_duration.observe(outcome.extraction_seconds)
        if not outcome.events:
            metrics.articles_without_events.inc()
            return
        pending = len(outcome.events)

        def on_sent(_: Any) -> None:  # the broker acknowledged one event of this article
            nonlocal pending
            pending -= 1
            if pending == 0:
                metrics.end_to_end_latency.observe(time.perf_counter() - consumed_at)

        for event_type, key, value in outcome.events:
            await sinks[event_type].send(key=key, value=value, callback=on_sent)
            metrics.events_produced.labels(type=event_type).inc()

    @app.agent(source, name="extract")
    async def extract(stream: faust.StreamT[bytes]) -> None:
        async for event in stream.events():
            consumed_at = time.perf_counter()
            message = event.message
            metrics.articles_consumed.inc()
            origin = Origin(message.topic, message.partition, message.offset, int(message.timestamp * 1000))
            outcome = process(message.key, message.value, origin, resources, limits, utc_now())
            await publish(outcome, consumed_at)

    @app.page("/metrics")
    class MetricsView(View):
        async def get(self, request: Request) -> Response:
            return self.bytes(generate_latest(metrics.registry), content_type=CONTENT_TYPE_LATEST)

    @app.page("/healthz")
    class Healthz(View):
        async def get(self, request: Request) -> Response:
            return self.json({"status": "ok"})

    @app.page("/readyz")
    class Readyz(View):
        async def get(self, request: Request) -> Response:
            ready = is_ready(app)
            metrics.worker_ready.set(1 if ready else 0)
            return self.json({"ready": ready}, status=200 if ready else 503)

    @app.timer(interval=5.0)
    async def refresh_ready() -> None:
        metrics.worker_ready.set(1 if is_ready(app) else 0)

    return app


def is_ready(app: faust.App) -> bool:
    """Connected to the broker with partitions assigned and not in the middle of a rebalance."""
    try:
        assigned = bool(app.consumer.assignment())
    except Exception:  # noqa: BLE001 - consumer not started yet
        return False
    return assigned and not app.rebalancing
