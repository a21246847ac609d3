"""A real Prometheus scrapes a real worker on a real broker; every dashboard and alert expression is evaluated.

Prometheus is Debian's binary (``apt-get install prometheus``), started with a temporary config that scrapes the
worker every second under the job name of deploy/prometheus/prometheus.yml and loads the real rule files. An
expression naming a metric the worker does not expose finds no series and fails the test.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson
import pytest
import yaml

from service.broker import free_port
from service.client import Outgoing
from service.demo import stop_process
from tests.conftest import sample_articles
from tests.deploy.promql import RULES, dashboard_expressions, job_name, rule_expressions, selectors
from tests.integration.harness import publish_and_collect, settings_for, worker

pytestmark = pytest.mark.integration

MALFORMED = [b"this is not JSON", b"[1, 2, 3]", b'{"id": "no-body"}']
QUIET = {"id": "quiet-1", "body": "The weather in Lviv was mild on Tuesday and markets were calm.",
         "published_at": "2025-12-09T08:00:00Z"}


@dataclass
class Prometheus:
    url: str
    proc: subprocess.Popen[bytes]
    log_path: Path

    def api(self, path: str, **params: str) -> Any:
        query = urllib.parse.urlencode(params)
        try:
            with urllib.request.urlopen(f"{self.url}/api/v1/{path}?{query}", timeout=10) as resp:
                body = json.load(resp)
        except urllib.error.HTTPError as exc:  # a bad expression answers 400 with the reason
            body = json.load(exc)
        assert body["status"] == "success", f"{path} {params}: {body.get('error')}"
        return body["data"]

    def query(self, expr: str) -> list[dict[str, Any]]:
        data = self.api("query", query=expr)
        result: list[dict[str, Any]] = data["result"] if data["resultType"] == "vector" else [data["result"]]
        return result

    def value(self, expr: str) -> float | None:
        result = self.query(expr)
        return float(result[0]["value"][1]) if result else None


def _wait(what: str, check: Callable[[], bool], timeout: float, log: Callable[[], str] = lambda: "") -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}\n{log()[-3000:]}")
        time.sleep(0.5)


@pytest.fixture(scope="module")
def prometheus_binary() -> str:
    path = shutil.which("prometheus")
    if path is None:
        pytest.skip("prometheus not installed (Debian: apt-get install prometheus; .ci/run does it)")
    return path


def start_prometheus(binary: str, target: str, tmp: Path) -> Prometheus:
    config = {
        "global": {"scrape_interval": "1s", "scrape_timeout": "1s", "evaluation_interval": "1s"},
        "rule_files": [str(path) for path in RULES],
        "scrape_configs": [{"job_name": job_name(), "static_configs": [{"targets": [target]}]}],
    }
    config_path = tmp / "prometheus.yml"
    config_path.write_text(yaml.safe_dump(config))
    port = free_port()
    log_path = tmp / "prometheus.log"
    with open(log_path, "ab") as log:
        proc = subprocess.Popen(
            [binary, f"--config.file={config_path}", f"--storage.tsdb.path={tmp / 'tsdb'}",
             f"--web.listen-address=127.0.0.1:{port}", "--storage.tsdb.retention.time=1h"],
            stdout=log, stderr=log,
        )
    prom = Prometheus(f"http://127.0.0.1:{port}", proc, log_path)

    def ready() -> bool:
        if proc.poll() is not None:
            raise AssertionError(f"prometheus exited with {proc.returncode}:\n{log_path.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(f"{prom.url}/-/ready", timeout=1) as resp:
                return resp.status == 200
        except OSError:
            return False

    _wait("prometheus to be ready", ready, 30)
    return prom


@pytest.fixture(scope="module")
def scraped(bootstrap: str, prometheus_binary: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Prometheus]:
    """A worker that processed articles, scraped by Prometheus until the counters show all of them."""
    tmp = tmp_path_factory.mktemp("scrape")
    settings = settings_for(bootstrap, uuid.uuid4().hex[:8], tmp)
    messages = [Outgoing(a["id"].encode(), orjson.dumps(a)) for a in [*sample_articles(), QUIET]]
    messages += [Outgoing(f"bad-{i}".encode(), raw) for i, raw in enumerate(MALFORMED)]
    with worker(settings, tmp) as running:
        prom = start_prometheus(prometheus_binary, f"127.0.0.1:{running.http_port}", tmp)
        try:
            logs = lambda: running.log() + prom.log_path.read_text()  # noqa: E731
            _wait("prometheus to scrape the worker's /metrics (up == 1)",
                  lambda: prom.value(f'up{{job="{job_name()}"}}') == 1, 20, logs)
            publish_and_collect(settings, messages, expect=len(MALFORMED), timeout=60, settle=0.5)
            _wait("prometheus to see every article consumed",
                  lambda: prom.value("sum(war_events_articles_consumed_total)") == len(messages), 60, logs)
            _wait("the lag of every input partition, at zero",
                  lambda: prom.value(f'count(war_events_consumer_lag{{topic="{settings.input_topic}"}} == 0)')
                  == settings.topic_partitions, 30, logs)
            _wait("five scrapes at least, so rate() over a minute has samples to work with",
                  lambda: (prom.value(f'count_over_time(up{{job="{job_name()}"}}[1m])') or 0) >= 5, 30, logs)
            _wait("the rules to be evaluated", lambda: _rules_evaluated(prom), 15, logs)
            yield prom
        finally:
            stop_process(prom.proc)  # type: ignore[arg-type]


def _rules_evaluated(prom: Prometheus) -> bool:
    rules = [rule for group in prom.api("rules")["groups"] for rule in group["rules"]]
    return bool(rules) and all(not rule["lastEvaluation"].startswith("0001") for rule in rules)


def test_the_worker_is_up_ready_and_counted_every_message(scraped: Prometheus) -> None:
    job = job_name()
    assert scraped.value(f'up{{job="{job}"}}') == 1
    assert scraped.value(f'war_events_worker_ready{{job="{job}"}}') == 1
    assert scraped.value("sum(war_events_dead_letters_total)") == len(MALFORMED)
    assert scraped.value('war_events_build_info{version!=""}') == 1
    assert (scraped.value("war_events_faust_messages_received_total") or 0) >= len(MALFORMED)


@pytest.mark.parametrize("title, expr", [pytest.param(t, e, id=f"{t}#{i}")
                                         for i, (t, e) in enumerate(dashboard_expressions())])
def test_dashboard_expression_returns_data(scraped: Prometheus, title: str, expr: str) -> None:
    assert scraped.query(expr), f"panel {title!r}: no data for {expr}"


@pytest.mark.parametrize("name, expr", [pytest.param(n, e, id=n) for n, e in rule_expressions()])
def test_rule_expression_is_valid_and_every_series_it_reads_has_data(scraped: Prometheus, name: str, expr: str) -> None:
    scraped.query(expr)  # valid PromQL (firing or not: a healthy worker should not fire it)
    for selector in selectors(expr):
        assert scraped.query(selector), f"{name}: {selector} selects nothing"


def test_prometheus_evaluates_every_rule_without_error(scraped: Prometheus) -> None:
    rules = [rule for group in scraped.api("rules")["groups"] for rule in group["rules"]]
    assert {r["name"] for r in rules} == {name for name, _ in rule_expressions()}
    assert [(r["name"], r.get("lastError")) for r in rules if r["health"] != "ok"] == []
