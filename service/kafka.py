"""aiokafka clients configured from Settings (security included); topic creation."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import ssl
from typing import Any

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import KafkaConnectionError, KafkaError, TopicAlreadyExistsError

from service.config import Settings

log = logging.getLogger(__name__)


def ssl_context(settings: Settings) -> ssl.SSLContext | None:
    if "SSL" not in settings.security_protocol:
        return None
    return ssl.create_default_context(cafile=settings.ssl_cafile)


def client_kwargs(settings: Settings) -> dict[str, Any]:
    """Connection arguments shared by every aiokafka client."""
    kwargs: dict[str, Any] = {
        "bootstrap_servers": settings.bootstrap_servers,
        "security_protocol": settings.security_protocol,
    }
    if settings.security_protocol.startswith("SASL"):
        kwargs.update(
            sasl_mechanism=settings.sasl_mechanism,
            sasl_plain_username=settings.sasl_username,
            sasl_plain_password=settings.sasl_password,
        )
    context = ssl_context(settings)
    if context is not None:
        kwargs["ssl_context"] = context
    return kwargs


def producer(settings: Settings, **extra: Any) -> AIOKafkaProducer:
    return AIOKafkaProducer(**client_kwargs(settings), **extra)


def consumer(settings: Settings, *topics: str, **extra: Any) -> AIOKafkaConsumer:
    return AIOKafkaConsumer(*topics, **client_kwargs(settings), **extra)


async def ensure_topics(settings: Settings, timeout: float = 60.0) -> None:
    """Create the service's topics if they are missing (explicitly: brokers' auto-create defaults vary).

    Retries with backoff while the broker is unreachable, up to ``timeout`` seconds.
    """
    deadline = asyncio.get_running_loop().time() + timeout
    delay = 0.2
    while True:
        admin = AIOKafkaAdminClient(**client_kwargs(settings))
        try:
            await admin.start()
            existing = set(await admin.list_topics())
            missing = [t for t in settings.all_topics if t not in existing]
            if missing:
                compacted = set(settings.event_topics.values())  # upserts keyed by event_id: keep the latest
                new = [NewTopic(t, settings.topic_partitions, settings.topic_replication,
                                topic_configs={"cleanup.policy": "compact"} if t in compacted else {})
                       for t in missing]
                with contextlib.suppress(TopicAlreadyExistsError):
                    await admin.create_topics(new)
                log.info("created topics", extra={"topics": missing})
            return
        except (KafkaConnectionError, KafkaError, OSError) as exc:
            if asyncio.get_running_loop().time() + delay > deadline:
                raise
            log.warning("broker not ready, retrying", extra={"error": repr(exc), "retry_in": delay})
            await asyncio.sleep(delay)
            delay = min(delay * 2, 5.0)
        finally:
            await admin.close()
