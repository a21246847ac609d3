"""The alert rules and the Prometheus config pass promtool, and every alert has a unit test that fires it.

promtool comes with Debian's ``prometheus`` package (``apt-get install prometheus``; ``.ci/run`` installs it).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from tests.deploy.promql import DEPLOY, PROMETHEUS_CONFIG, RULES, rules

RULE_TESTS = sorted((DEPLOY / "prometheus" / "tests").glob("*.test.yml"))
OPERATIONS_README = DEPLOY / "README.md"


@pytest.fixture(scope="module")
def promtool() -> str:
    path = shutil.which("promtool")
    if path is None:
        pytest.skip("promtool not installed (Debian: apt-get install prometheus; .ci/run does it)")
    return path


def _run(*args: str, cwd: Path | None = None) -> str:
    proc = subprocess.run(list(args), capture_output=True, text=True, timeout=120, cwd=cwd)
    output = proc.stdout + proc.stderr
    assert proc.returncode == 0, f"{' '.join(args)} failed:\n{output}"
    return output


def test_there_are_rules_and_rule_tests() -> None:
    assert RULES and RULE_TESTS


def test_rule_files_pass_promtool_check(promtool: str) -> None:
    output = _run(promtool, "check", "rules", *map(str, RULES))
    assert "SUCCESS" in output


def test_rule_unit_tests_pass(promtool: str) -> None:
    for path in RULE_TESTS:  # rule_files in a test file are relative to it
        _run(promtool, "test", "rules", path.name, cwd=path.parent)


def test_prometheus_config_passes_promtool_check(promtool: str) -> None:
    output = _run(promtool, "check", "config", str(PROMETHEUS_CONFIG))
    assert "SUCCESS" in output and "1 rule files found" in output


def test_every_alert_is_made_to_fire_by_a_unit_test() -> None:
    alerts = {rule["alert"] for rule in rules() if "alert" in rule}
    fired = {
        case["alertname"]
        for path in RULE_TESTS
        for test in yaml.safe_load(path.read_text())["tests"]
        for case in test.get("alert_rule_test", [])
        if case.get("exp_alerts")
    }
    assert alerts - fired == set(), "alerts no unit test makes fire"
    assert fired <= alerts


def test_the_rules_cover_lag_dead_letters_silence_workers_and_latency() -> None:
    text = " ".join(rule["expr"] for rule in rules())
    for metric in ("war_events_consumer_lag", "war_events_dead_letters_total", "war_events_events_produced_total",
                   "war_events_articles_consumed_total", 'up{job="war-events"}', "war_events_worker_ready",
                   "war_events_end_to_end_latency_seconds_bucket"):
        assert metric in text


def test_every_alert_has_a_severity_a_summary_and_a_runbook_section_that_exists() -> None:
    anchors = {_anchor(line) for line in OPERATIONS_README.read_text().splitlines() if line.startswith("#")}
    for rule in rules():
        if "alert" not in rule:
            continue
        assert rule["labels"]["severity"] in {"page", "ticket"}, rule["alert"]
        assert rule["annotations"]["summary"], rule["alert"]
        runbook = rule["annotations"]["runbook"]
        assert runbook.startswith("deploy/README.md#"), rule["alert"]
        assert runbook.split("#", 1)[1] in anchors, f"{rule['alert']}: no heading for {runbook}"


def _anchor(heading: str) -> str:
    """GitHub's anchor for a Markdown heading."""
    text = heading.lstrip("#").strip().lower()
    return re.sub(r"\s", "-", re.sub(r"[^\w\- ]", "", text))
