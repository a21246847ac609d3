"""Settings come from the environment, with defaults deployments rely on."""

from __future__ import annotations

import pytest

from service.config import ConfigError, load, to_env


def test_defaults_are_the_documented_topic_names() -> None:
    settings = load({})
    assert settings.bootstrap_servers is None
    assert settings.input_topic == "articles"
    assert settings.dlq_topic == "articles.dlq"
    assert settings.event_topics == {
        "strike": "events.strike", "diplomacy": "events.diplomacy", "territory": "events.territory"}
    assert settings.http_port == 6066


def test_environment_overrides_and_round_trips() -> None:
    env = {"KAFKA_BOOTSTRAP_SERVERS": "k1:9092,k2:9092", "STRIKE_TOPIC": "s", "SERVICE_HTTP_PORT": "9100"}
    settings = load(env)
    assert (settings.bootstrap_servers, settings.strike_topic, settings.http_port) == ("k1:9092,k2:9092", "s", 9100)
    assert load(to_env(settings)) == settings


def test_a_bad_number_is_a_clear_error() -> None:
    with pytest.raises(ConfigError, match="SERVICE_HTTP_PORT"):
        load({"SERVICE_HTTP_PORT": "eighty"})


def test_the_password_never_reaches_a_log_line() -> None:
    settings = load({"KAFKA_SASL_PASSWORD": "s3cret", "KAFKA_SECURITY_PROTOCOL": "SASL_SSL"})
    assert "s3cret" not in repr(settings.redacted())
