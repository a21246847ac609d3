"""Settings, read from the environment once. Topic names live only here.

Every variable is documented in the README's configuration table; keep the two in step.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace


@dataclass(frozen=True, slots=True)
class Settings:
    bootstrap_servers: str | None  # None: start the embedded broker (demo, tests)
    input_topic: str = "articles"
    dlq_topic: str = "articles.dlq"
    strike_topic: str = "events.strike"
    diplomacy_topic: str = "events.diplomacy"
    territory_topic: str = "events.territory"
    topic_partitions: int = 4
    topic_replication: int = 1
    app_id: str = "war-events"
    http_host: str = "0.0.0.0"
    http_port: int = 6066
    max_message_bytes: int = 1_048_576
    max_body_chars: int = 200_000
    log_level: str = "INFO"
    log_format: str = "json"
    security_protocol: str = "PLAINTEXT"  # PLAINTEXT | SSL | SASL_PLAINTEXT | SASL_SSL
    sasl_mechanism: str = "SCRAM-SHA-512"
    sasl_username: str | None = None
    sasl_password: str | None = None
    ssl_cafile: str | None = None
    producer_max_batch_size: int = 16_384
    data_dir: str = "/tmp/war-events"
    keep_days: int = 7  # corroboration state older than this (by event day) is dropped
    fetch_max_wait_ms: int | None = None  # None: faust's 1,500 ms; the embedded broker wants ~10

    @property
    def candidates_topic(self) -> str:
        """Internal: extracted events repartitioned by blocking key for the corroboration stage."""
        return f"{self.app_id}-candidates"

    @property
    def event_topics(self) -> dict[str, str]:
        """Event type -> topic name."""
        return {
            "strike": self.strike_topic,
            "diplomacy": self.diplomacy_topic,
            "territory": self.territory_topic,
        }

    @property
    def all_topics(self) -> list[str]:
        return [self.input_topic, self.dlq_topic, *self.event_topics.values(), self.candidates_topic]

    def with_bootstrap(self, servers: str) -> Settings:
        """A copy pointing at ``servers`` (e.g. once the embedded broker is up)."""
        return replace(self, bootstrap_servers=servers)

    def redacted(self) -> dict[str, object]:
        """The settings for a start-up log line, with secrets masked."""
        out = {f.name: getattr(self, f.name) for f in fields(self)}
        if out["sasl_password"]:
            out["sasl_password"] = "***"
        return out


# Environment variable -> (field, parser). The README's configuration table lists these.
_ENV: dict[str, tuple[str, type]] = {
    "KAFKA_BOOTSTRAP_SERVERS": ("bootstrap_servers", str),
    "INPUT_TOPIC": ("input_topic", str),
    "DLQ_TOPIC": ("dlq_topic", str),
    "STRIKE_TOPIC": ("strike_topic", str),
    "DIPLOMACY_TOPIC": ("diplomacy_topic", str),
    "TERRITORY_TOPIC": ("territory_topic", str),
    "TOPIC_PARTITIONS": ("topic_partitions", int),
    "TOPIC_REPLICATION_FACTOR": ("topic_replication", int),
    "SERVICE_APP_ID": ("app_id", str),
    "SERVICE_HTTP_HOST": ("http_host", str),
    "SERVICE_HTTP_PORT": ("http_port", int),
    "MAX_MESSAGE_BYTES": ("max_message_bytes", int),
    "MAX_BODY_CHARS": ("max_body_chars", int),
    "LOG_LEVEL": ("log_level", str),
    "LOG_FORMAT": ("log_format", str),
    "KAFKA_SECURITY_PROTOCOL": ("security_protocol", str),
    "KAFKA_SASL_MECHANISM": ("sasl_mechanism", str),
    "KAFKA_SASL_USERNAME": ("sasl_username", str),
    "KAFKA_SASL_PASSWORD": ("sasl_password", str),
    "KAFKA_SSL_CAFILE": ("ssl_cafile", str),
    "PRODUCER_MAX_BATCH_SIZE": ("producer_max_batch_size", int),
    "SERVICE_DATA_DIR": ("data_dir", str),
    "CORROBORATION_KEEP_DAYS": ("keep_days", int),
    "CONSUMER_FETCH_MAX_WAIT_MS": ("fetch_max_wait_ms", int),
}


class ConfigError(ValueError):
    """An environment variable holds a value the service cannot use."""


def load(environ: Mapping[str, str] | None = None) -> Settings:
    """Settings from ``environ`` (default: the process environment); unset or empty -> default."""
    env = os.environ if environ is None else environ
    values: dict[str, object] = {"bootstrap_servers": None}
    for name, (field_name, parse) in _ENV.items():
        raw = env.get(name, "").strip()
        if not raw:
            continue
        try:
            values[field_name] = parse(raw)
        except ValueError:
            raise ConfigError(f"{name}={raw!r} is not a valid {parse.__name__}") from None
    settings = Settings(**values)  # type: ignore[arg-type]
    if settings.log_format not in ("json", "text"):
        raise ConfigError("LOG_FORMAT must be 'json' or 'text'")
    return settings


def to_env(settings: Settings) -> dict[str, str]:
    """The environment variables that reproduce ``settings`` (for a child worker process)."""
    out = {}
    for name, (field_name, _) in _ENV.items():
        value = getattr(settings, field_name)
        if value is not None:
            out[name] = str(value)
    return out
