"""The faust application: topics, the two agents and the web views (/metrics, /healthz, /readyz).

Built by ``create_app`` (nothing happens at import). Agents are thin:

- ``extract`` reads raw article bytes, calls ``process`` (pure) and sends each extracted event to the
  internal candidates topic keyed by its blocking key (a repartition, like ``group_by``) — or one
  dead letter;
- ``corroborate`` folds each candidate into a changelog-backed table of clusters
  (``corroborate.apply``, pure) and publishes the new version of the real-world event, keyed by
  its stable id, with a tombstone when the id changed.
"""

from __future__ import annotations

import asyncio
import logging
import time
import types
from datetime import UTC, date, datetime, timedelta
from typing import Any

import faust
import orjson
from faust.serializers import codecs
from faust.web import Request, Response, View
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from service import corroborate, observability
from service.clock import utc_now
from service.codec import encode
from service.config import Settings
from service.dlq import DeadLetter, Origin
from service.kafka import ssl_context
from service.metrics import Metrics
from service.process import Limits, process
from service.resources import Resources

log = logging.getLogger(__name__)


class OrjsonCodec(codecs.Codec):
    """Table values as JSON through orjson (several times faster than faust's stdlib json codec)."""

    def _dumps(self, obj: Any) -> bytes:
        return orjson.dumps(obj)

    def _loads(self, s: bytes) -> Any:
        return orjson.loads(s)


CONSUMED_AT = "x-consumed-at-ms"  # header carrying the article's consumption time to the second agent


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


def base_app(settings: Settings) -> faust.App:
    """A faust App configured from ``settings`` with no agents (the service's, and the benchmark's no-op)."""
    assert settings.bootstrap_servers, "bootstrap servers must be resolved before the app is built"
    if settings.fetch_max_wait_ms is not None:
        _set_fetch_max_wait(settings.fetch_max_wait_ms)
    return faust.App(
        settings.app_id,
        broker=[f"kafka://{s.strip()}" for s in settings.bootstrap_servers.split(",") if s.strip()],
        broker_credentials=_credentials(settings),
        value_serializer="raw",
        key_serializer="raw",
        topic_partitions=settings.topic_partitions,
        topic_replication_factor=settings.topic_replication,
        producer_max_batch_size=settings.producer_max_batch_size,
        # never smaller than what the consumer can read: a dead letter of an oversized message must still fit
        producer_max_request_size=max(4 * settings.max_message_bytes, 16 * 1_048_576),
        consumer_max_fetch_size=settings.max_message_bytes + 65_536,
        web_host=settings.http_host,
        web_bind=settings.http_host,
        web_port=settings.http_port,
        web_in_thread=False,
        datadir=settings.data_dir,
        store="memory://",
    )


def create_app(settings: Settings, resources: Resources, metrics: Metrics) -> faust.App:
    """A faust App wired to ``settings`` with both agents registered."""
    codecs.register("orjson", OrjsonCodec())
    app = base_app(settings)
    source = app.topic(settings.input_topic, key_type=bytes, value_type=bytes)
    candidates = app.topic(settings.candidates_topic, key_type=bytes, value_type=bytes, internal=True,
                           partitions=settings.topic_partitions)
    sinks = {t: app.topic(name, key_type=bytes, value_type=bytes) for t, name in settings.event_topics.items()}
    dlq = app.topic(settings.dlq_topic, key_type=bytes, value_type=bytes)
    state_schema: Any = faust.Schema(key_type=str, value_type=None, key_serializer="raw", value_serializer="orjson")
    buckets = app.Table("buckets", default=None, schema=state_schema, partitions=settings.topic_partitions,
                        help="Corroboration index: bucket key (type|side|day) -> ids of its clusters.")
    clusters = app.Table("clusters", default=None, schema=state_schema, partitions=settings.topic_partitions,
                         help="Corroboration state: cluster id -> the reports of one real-world event.")
    limits = Limits(settings.max_message_bytes, settings.max_body_chars)

    async def dead_letter(letter: DeadLetter) -> None:
        await dlq.send(key=letter.key, value=letter.value, headers=letter.headers(utc_now()))
        metrics.dead_letters.labels(reason=letter.reason).inc()

    @app.agent(source, name="extract")
    async def extract(stream: faust.StreamT[bytes]) -> None:
        async for event in stream.events():
            consumed_ms = str(int(time.time() * 1000)).encode()
            message = event.message
            metrics.articles_consumed.inc()
            origin = Origin(message.topic, message.partition, message.offset, int(message.timestamp * 1000))
            outcome = process(message.key, message.value, origin, resources, limits, utc_now())
            if outcome.dead_letter is not None:
                await dead_letter(outcome.dead_letter)
                continue
            if outcome.extraction_seconds is not None:
                metrics.extraction_duration.observe(outcome.extraction_seconds)
            if not outcome.events:
                metrics.articles_without_events.inc()
            for _, _, value, blocking_key in outcome.events:
                await candidates.send(key=blocking_key.encode(), value=value, headers=[(CONSUMED_AT, consumed_ms)],
                                      partition=corroborate.partition_for(blocking_key, settings.topic_partitions))

    broker_ok = {"value": True}  # the last metadata probe's answer (see probe_broker)
    newest_day: dict[str, date] = {}  # per blocking key: the latest event day seen (drives expiry)

    @app.agent(candidates, name="corroborate")
    async def corroborate_events(stream: faust.StreamT[bytes]) -> None:
        async for event in stream.events():
            message = event.message
            try:
                candidate = orjson.loads(message.value)
                outcome, published = corroborate.fold(buckets, clusters, candidate, utc_now())
            except Exception as exc:  # noqa: BLE001 - a bug here must not stop the stream: dead letter
                log.exception("corroboration failed",
                              extra={"topic": message.topic, "partition": message.partition, "offset": message.offset})
                origin = Origin(message.topic, message.partition, message.offset, int(message.timestamp * 1000))
                detail = f"{type(exc).__name__}: {exc}"[:300]
                await dead_letter(DeadLetter(message.key, message.value, "corroboration_error", detail, "corroborate",
                                             origin))
                continue
            consumed_ms = int(dict(message.headers or []).get(CONSUMED_AT, b"0") or 0)
            await publish(candidate["type"], outcome, published, consumed_ms)
            expire(candidate)

    async def publish(event_type: str, outcome: str, published: corroborate.Records, consumed_ms: int) -> None:
        counter = {"new": metrics.new_events, "merged": metrics.merges, "unchanged": metrics.unchanged_reports}
        counter[outcome].labels(type=event_type).inc()

        def on_sent(_: Any) -> None:  # the broker acknowledged this version
            if consumed_ms:
                metrics.end_to_end_latency.observe(max(time.time() - consumed_ms / 1000, 0.0))

        for kind, key, value in published:
            if value is None:
                await sinks[kind].send(key=key.encode(), value=None)
                continue
            await sinks[kind].send(key=key.encode(), value=encode(value), callback=on_sent)
            metrics.events_produced.labels(type=kind).inc()
            metrics.corroboration.observe(value["corroboration"])

    def expire(candidate: dict[str, Any]) -> None:
        """Drop this blocking key's buckets once they are older than keep_days (bounded state)."""
        prefix, day = corroborate.partition_key(candidate), corroborate.event_day(candidate)
        if day is None or day <= newest_day.get(prefix, date.min):
            return
        if day > datetime.now(UTC).date() + timedelta(days=2):
            return  # a date in the future (a typo, a bad clock) must not expire everyone's state
        newest_day[prefix] = day
        mine = [k for k in list(buckets.keys()) if k.startswith(prefix + "|")]
        for key in corroborate.expired_keys(mine, day, settings.keep_days):
            for cluster_id in buckets[key] or []:
                clusters.pop(cluster_id, None)
                corroborate.forget(cluster_id)
            del buckets[key]

    @app.page("/metrics")
    class MetricsView(View):
        async def get(self, request: Request) -> Response:
            # prometheus_client's content type carries a charset, which aiohttp refuses as content_type=
            return self.bytes(generate_latest(metrics.registry), headers={"Content-Type": CONTENT_TYPE_LATEST})

    @app.page("/healthz")
    class Healthz(View):
        async def get(self, request: Request) -> Response:
            return self.json({"status": "ok"})

    @app.page("/readyz")
    class Readyz(View):
        async def get(self, request: Request) -> Response:
            ready = is_ready(app, broker_ok["value"])
            metrics.worker_ready.set(1 if ready else 0)
            return self.json({"ready": ready}, status=200 if ready else 503)

    @app.timer(interval=2.0)
    async def probe_broker() -> None:
        """Ask the brokers for metadata: readiness must drop while they do not answer."""
        try:
            client = app.producer._producer.client  # type: ignore[attr-defined]  # aiokafka under faust
            reached = await asyncio.wait_for(client.force_metadata_update(), 2.0)
        except Exception:  # noqa: BLE001 - any failure to reach the brokers means not ready
            reached = False
        broker_ok["value"] = bool(reached)
        metrics.worker_ready.set(1 if is_ready(app, broker_ok["value"]) else 0)

    observability.install(app, metrics)
    return app


def _set_fetch_max_wait(ms: int) -> None:
    """Make faust's consumers wait at most ``ms`` for data in a fetch (faust hard-codes 1,500 ms).

    Real Kafka answers a fetch as soon as data arrives, so this only matters for brokers that hold
    a fetch until its deadline (tansu does): each agent hop then costs up to the whole wait.
    """
    import faust.transport.drivers.aiokafka as driver

    real = driver.aiokafka
    if getattr(real, "_war_events_wait", None) == ms:
        return
    base = getattr(real, "_war_events_base", real.AIOKafkaConsumer)

    class Consumer(base):  # type: ignore[misc, valid-type]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["fetch_max_wait_ms"] = ms
            super().__init__(*args, **kwargs)

    patched = types.ModuleType(real.__name__)
    patched.__dict__.update({**vars(real), "AIOKafkaConsumer": Consumer, "_war_events_wait": ms,
                             "_war_events_base": base})
    driver.aiokafka = patched  # type: ignore[attr-defined]


def is_ready(app: faust.App, broker_ok: bool = True) -> bool:
    """Brokers answering, partitions assigned, and not in the middle of a rebalance."""
    try:
        assigned = bool(app.consumer.assignment())
    except Exception:  # noqa: BLE001 - consumer not started yet
        return False
    return assigned and not app.rebalancing and broker_ok
