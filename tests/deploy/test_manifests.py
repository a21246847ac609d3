"""The deployment files agree with the service: kinds, environment variables, ports, probes, users, names."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from prometheus_client import CollectorRegistry

from service.config import _ENV, Settings
from service.metrics import Metrics
from service.observability import FAUST_PREFIX
from tests.conftest import ROOT
from tests.deploy.promql import DASHBOARD, DEPLOY, dashboard_expressions, job_name, metric_names, rule_expressions

K8S = DEPLOY / "k8s"
COMPOSE = DEPLOY / "docker-compose.yml"
DEFAULTS = Settings(bootstrap_servers=None)
PORT = DEFAULTS.http_port
ALL_YAML = sorted(p for p in DEPLOY.rglob("*") if p.suffix in (".yml", ".yaml"))


def _docs(path: Path) -> list[dict[str, Any]]:
    return [doc for doc in yaml.safe_load_all(path.read_text()) if doc is not None]


def _k8s() -> dict[str, dict[str, Any]]:
    """Kind -> the one object of that kind under deploy/k8s."""
    objects: dict[str, dict[str, Any]] = {}
    for path in sorted(K8S.glob("*.yaml")):
        for doc in _docs(path):
            assert doc["kind"] not in objects, f"two {doc['kind']} objects"
            objects[doc["kind"]] = doc
    return objects


@pytest.fixture(scope="module")
def k8s() -> dict[str, dict[str, Any]]:
    return _k8s()


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    return yaml.safe_load(COMPOSE.read_text())


@pytest.mark.parametrize("path", ALL_YAML, ids=lambda p: str(p.relative_to(DEPLOY)))
def test_every_yaml_file_parses(path: Path) -> None:
    assert _docs(path)


def test_k8s_has_the_expected_kinds(k8s: dict[str, dict[str, Any]]) -> None:
    assert set(k8s) == {"ConfigMap", "Deployment", "Service", "PodDisruptionBudget", "ScaledObject", "Kustomization"}
    assert k8s["ScaledObject"]["apiVersion"] == "keda.sh/v1alpha1"
    assert k8s["PodDisruptionBudget"]["apiVersion"] == "policy/v1"
    listed = set(k8s["Kustomization"]["resources"])
    assert listed == {p.name for p in K8S.glob("*.yaml")} - {"kustomization.yaml"}


def _container(k8s: dict[str, dict[str, Any]]) -> dict[str, Any]:
    (container,) = k8s["Deployment"]["spec"]["template"]["spec"]["containers"]
    return container


def test_k8s_environment_variables_are_ones_the_service_reads(k8s: dict[str, dict[str, Any]]) -> None:
    container = _container(k8s)
    names = set(k8s["ConfigMap"]["data"]) | {e["name"] for e in container.get("env", [])}
    assert names - set(_ENV) == set()
    assert {ref["configMapRef"]["name"] for ref in container["envFrom"]} == {k8s["ConfigMap"]["metadata"]["name"]}
    assert all(isinstance(v, str) for v in k8s["ConfigMap"]["data"].values()), "ConfigMap values must be strings"


def test_compose_environment_variables_are_ones_the_service_reads(compose: dict[str, Any]) -> None:
    assert set(compose["services"]["worker"]["environment"]) - set(_ENV) == set()


def test_ports_match_the_service_http_port(k8s: dict[str, dict[str, Any]], compose: dict[str, Any]) -> None:
    container = _container(k8s)
    assert int(k8s["ConfigMap"]["data"].get("SERVICE_HTTP_PORT", PORT)) == PORT
    (port,) = container["ports"]
    assert port["containerPort"] == PORT
    (service_port,) = k8s["Service"]["spec"]["ports"]
    assert service_port["targetPort"] in (port["name"], PORT) and service_port["port"] == PORT
    annotations = k8s["Deployment"]["spec"]["template"]["metadata"]["annotations"]
    assert annotations["prometheus.io/port"] == str(PORT) and annotations["prometheus.io/path"] == "/metrics"
    worker = compose["services"]["worker"]
    assert int(worker["environment"].get("SERVICE_HTTP_PORT", PORT)) == PORT
    assert [str(p) for p in worker["expose"]] == [str(PORT)]
    (scrape,) = yaml.safe_load((DEPLOY / "prometheus" / "prometheus.yml").read_text())["scrape_configs"][:1]
    assert scrape["dns_sd_configs"][0]["port"] == PORT and scrape["dns_sd_configs"][0]["names"] == ["worker"]
    assert f"SERVICE_HTTP_PORT={PORT}" in (ROOT / "Dockerfile").read_text()


def test_probes_hit_healthz_and_readyz_on_the_http_port(k8s: dict[str, dict[str, Any]]) -> None:
    container = _container(k8s)
    named = {p["name"]: p["containerPort"] for p in container["ports"]}
    probes = {kind: container[kind]["httpGet"] for kind in ("livenessProbe", "readinessProbe", "startupProbe")}
    assert probes["livenessProbe"]["path"] == "/healthz"
    assert probes["startupProbe"]["path"] == "/healthz"
    assert probes["readinessProbe"]["path"] == "/readyz"
    for get in probes.values():
        assert named.get(get["port"], get["port"]) == PORT


def test_runs_as_non_root(k8s: dict[str, dict[str, Any]], compose: dict[str, Any]) -> None:
    pod = k8s["Deployment"]["spec"]["template"]["spec"]
    assert pod["securityContext"]["runAsNonRoot"] is True and pod["securityContext"]["runAsUser"] != 0
    context = _container(k8s)["securityContext"]
    assert context["allowPrivilegeEscalation"] is False and context["readOnlyRootFilesystem"] is True
    mounts = {m["mountPath"] for m in _container(k8s)["volumeMounts"]}
    assert any(DEFAULTS.data_dir.startswith(m) for m in mounts), "the data dir must be writable"
    users = re.findall(r"^USER\s+(\S+)", (ROOT / "Dockerfile").read_text(), re.M)
    assert users and users[-1].split(":")[0] not in ("0", "root")
    assert compose["services"]["worker"].get("user") in (None, users[-1])


def test_selectors_and_names_agree(k8s: dict[str, dict[str, Any]]) -> None:
    pod_labels = k8s["Deployment"]["spec"]["template"]["metadata"]["labels"]
    for selector in (k8s["Deployment"]["spec"]["selector"]["matchLabels"], k8s["Service"]["spec"]["selector"],
                     k8s["PodDisruptionBudget"]["spec"]["selector"]["matchLabels"]):
        assert selector.items() <= pod_labels.items()
    assert k8s["ScaledObject"]["spec"]["scaleTargetRef"]["name"] == k8s["Deployment"]["metadata"]["name"]
    assert k8s["Service"]["metadata"]["name"] == job_name(), "a ServiceMonitor on the Service must give the rules' job"


def test_keda_scales_the_consumer_group_on_the_input_topic(k8s: dict[str, dict[str, Any]]) -> None:
    config = k8s["ConfigMap"]["data"]
    spec = k8s["ScaledObject"]["spec"]
    (trigger,) = spec["triggers"]
    assert trigger["type"] == "kafka"
    meta = trigger["metadata"]
    assert meta["consumerGroup"] == config.get("SERVICE_APP_ID", DEFAULTS.app_id)
    assert meta["topic"] == config.get("INPUT_TOPIC", DEFAULTS.input_topic)
    assert meta["bootstrapServers"] == config["KAFKA_BOOTSTRAP_SERVERS"]
    assert int(meta["lagThreshold"]) > 0
    assert 1 <= spec["minReplicaCount"] <= spec["maxReplicaCount"] <= int(config["TOPIC_PARTITIONS"])


def test_compose_runs_kraft_kafka_topic_init_two_workers_prometheus_and_grafana(compose: dict[str, Any]) -> None:
    services = compose["services"]
    assert set(services) >= {"kafka", "topic-init", "worker", "prometheus", "grafana"}
    kafka = services["kafka"]
    assert kafka["image"].startswith("apache/kafka:")
    assert "controller" in kafka["environment"]["KAFKA_PROCESS_ROLES"], "KRaft: the broker is its own controller"
    script = "\n".join(services["topic-init"]["command"])
    for topic in (DEFAULTS.input_topic, DEFAULTS.dlq_topic, *DEFAULTS.event_topics.values()):
        assert topic in script
    worker = services["worker"]
    assert worker["deploy"]["replicas"] == 2
    build = worker["build"]
    assert (COMPOSE.parent / build["context"] / build["dockerfile"]).resolve() == ROOT / "Dockerfile"
    assert worker["depends_on"]["topic-init"]["condition"] == "service_completed_successfully"
    assert worker["environment"]["KAFKA_BOOTSTRAP_SERVERS"] == "kafka:9092"
    mounts = {v.split(":")[1]: (COMPOSE.parent / v.split(":")[0]).resolve() for v in services["prometheus"]["volumes"]
              if v.startswith("./")}
    assert mounts["/etc/prometheus/rules"] == DEPLOY / "prometheus" / "rules"
    grafana = {v.split(":")[1]: (COMPOSE.parent / v.split(":")[0]).resolve() for v in services["grafana"]["volumes"]}
    provider = yaml.safe_load((DEPLOY / "grafana/provisioning/dashboards/war-events.yml").read_text())["providers"][0]
    assert grafana[provider["options"]["path"]] == DASHBOARD.parent
    assert grafana["/etc/grafana/provisioning/datasources"] == DEPLOY / "grafana/provisioning/datasources"


def test_dashboard_uses_the_provisioned_datasource() -> None:
    (source,) = yaml.safe_load((DEPLOY / "grafana/provisioning/datasources/prometheus.yml").read_text())["datasources"]
    dashboard = json.loads(DASHBOARD.read_text())
    panels = [p for p in dashboard["panels"] if p["type"] != "row"]
    assert panels and all(p["datasource"]["uid"] == source["uid"] for p in panels)
    assert all(t["datasource"]["uid"] == source["uid"] for p in panels for t in p["targets"])
    assert len({p["id"] for p in dashboard["panels"]}) == len(dashboard["panels"])


def test_dashboard_shows_what_operators_need() -> None:
    exprs = [e for _, e in dashboard_expressions()]
    text = "\n".join(exprs)
    for needle in ("rate(war_events_articles_consumed_total", "rate(war_events_events_produced_total",
                   "sum by (type)", "sum by (reason) (rate(war_events_dead_letters_total",
                   "war_events_consumer_lag", "war_events_articles_without_events_total", "war_events_worker_ready"):
        assert needle in text
    for q in ("0.5", "0.95", "0.99"):
        assert f"histogram_quantile({q}, sum by (le) (rate(war_events_end_to_end_latency_seconds_bucket" in text
    for q in ("0.5", "0.99"):
        assert f"histogram_quantile({q}, sum by (le) (rate(war_events_extraction_duration_seconds_bucket" in text


def _exposed_names() -> set[str]:
    """Every sample name a worker's /metrics can show (the service's metrics and faust's sensor), plus ``up``."""
    from faust.sensors.prometheus import FaustMetrics

    registry = CollectorRegistry()
    Metrics(registry)
    FaustMetrics.create(registry, FAUST_PREFIX)
    names = {sample.name for family in registry.collect() for sample in family.samples}
    names |= {family.name for family in registry.collect() if family.type == "gauge"}  # labelled, none set yet
    return names | {"up"}


EXPRESSIONS = [pytest.param(name, expr, id=f"{name}#{i}")
               for i, (name, expr) in enumerate(dashboard_expressions() + rule_expressions())]


@pytest.mark.parametrize("name, expr", EXPRESSIONS)
def test_expressions_name_only_metrics_the_worker_exposes(name: str, expr: str) -> None:
    assert metric_names(expr), f"{name}: no metric found in {expr!r}"
    assert metric_names(expr) <= _exposed_names(), f"{name}: unknown metric in {expr!r}"
