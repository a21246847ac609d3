"""The PromQL of the deployment files: dashboard targets, alert expressions, and the series they select."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import yaml

from tests.conftest import ROOT

DEPLOY = ROOT / "deploy"
DASHBOARD = DEPLOY / "grafana" / "dashboards" / "war-events.json"
RULES = sorted((DEPLOY / "prometheus" / "rules").glob("*.rules.yml"))
PROMETHEUS_CONFIG = DEPLOY / "prometheus" / "prometheus.yml"

# Grafana's variables, as a test evaluates them (a 1 s scrape interval leaves plenty of samples in a minute).
GRAFANA_VARIABLES = {"$__rate_interval": "1m", "$__interval": "15s", "$__range": "5m"}

_KEYWORDS = {"by", "without", "on", "ignoring", "group_left", "group_right", "bool", "and", "or", "unless",
             "offset", "inf", "nan"}
_GROUPING = re.compile(r"\b(?:by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)")
_RANGE = re.compile(r"\[[^\]]*\]")
_NAME = re.compile(r"(?<![\w:.])([a-zA-Z_:][\w:]*)\s*(\{[^}]*\})?(\s*\()?")


def dashboard_expressions(path: Path = DASHBOARD) -> list[tuple[str, str]]:
    """(panel title, expression with Grafana's variables substituted) for every target of every panel."""
    out = []
    for panel in _panels(json.loads(path.read_text())):
        for target in panel.get("targets", []):
            expr = target["expr"]
            for name, value in GRAFANA_VARIABLES.items():
                expr = expr.replace(name, value)
            out.append((panel["title"], expr))
    return out


def _panels(node: dict[str, Any]) -> list[dict[str, Any]]:
    found = []
    for panel in node.get("panels", []):
        found.append(panel)
        found.extend(_panels(panel))  # rows may nest their panels
    return found


def rules(paths: list[Path] = RULES) -> list[dict[str, Any]]:
    """Every rule (alerting or recording) of the rule files."""
    return [rule for path in paths for group in yaml.safe_load(path.read_text())["groups"] for rule in group["rules"]]


def rule_expressions(paths: list[Path] = RULES) -> list[tuple[str, str]]:
    """(alert or record name, expression)."""
    return [(rule.get("alert") or rule["record"], rule["expr"].strip()) for rule in rules(paths)]


def selectors(expr: str) -> list[str]:
    """The instant vector selectors an expression reads, e.g. ``up{job="war-events"}``, in order.

    Range brackets, grouping label lists and string arguments are dropped first; names followed by ``(`` are
    functions or aggregations, not series.
    """
    text = _RANGE.sub("", _GROUPING.sub("", _blank_strings_outside_braces(expr)))
    out = []
    for match in _NAME.finditer(text):
        name, matchers, call = match.groups()
        if call or name.lower() in _KEYWORDS:
            continue
        out.append(name + (matchers or ""))
    return out


def metric_names(expr: str) -> set[str]:
    return {selector.split("{", 1)[0] for selector in selectors(expr)}


def _blank_strings_outside_braces(expr: str) -> str:
    out, depth, quote = [], 0, ""
    for char in expr:
        if quote:
            out.append(char if depth else " ")
            if char == quote:
                quote = ""
            continue
        if char in "\"'":
            quote = char
            out.append(char if depth else " ")
            continue
        depth += char == "{"
        depth -= char == "}"
        out.append(char)
    return "".join(out)


def job_name(path: Path = PROMETHEUS_CONFIG) -> str:
    """The scrape job of the workers (the rules and the dashboard select it)."""
    config = yaml.safe_load(path.read_text())
    return str(config["scrape_configs"][0]["job_name"])
