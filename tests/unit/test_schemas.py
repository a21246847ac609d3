"""Contracts: the schemas are current, and every event the pipeline emits validates against them."""

from __future__ import annotations

import json
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from service.corroborate import apply
from service.domain import Article
from service.pipeline import run
from service.resources import default_resources
from tests.conftest import ROOT, sample_articles
from tools.gen_schemas import TYPES, schema

DEV = ROOT.parent / "shared" / "eval" / "dev"


def _articles() -> list[dict[str, Any]]:
    """The bundled samples, plus the shared development set when it is beside the repository."""
    out = sample_articles()
    if DEV.is_dir():
        out += [json.loads(p.read_text())["article"] for p in sorted(DEV.glob("*.json"))]
    return out


def _article(data: dict[str, Any]) -> Article:
    fields = ("id", "body", "url", "source", "published_at", "title", "language")
    return Article(**{k: data.get(k) for k in fields})


@pytest.mark.parametrize("event_type", list(TYPES))
def test_committed_schemas_match_the_generator(event_type: str) -> None:
    committed = json.loads((ROOT / "schemas" / f"{event_type}.schema.json").read_text())
    assert committed == schema(event_type), "run: python tools/gen_schemas.py"


def test_the_schemas_are_valid_json_schema() -> None:
    for path in (ROOT / "schemas").glob("*.schema.json"):
        Draft202012Validator.check_schema(json.loads(path.read_text()))


def test_the_article_schema_examples_are_valid() -> None:
    article_schema = json.loads((ROOT / "schemas" / "article.schema.json").read_text())
    for example in article_schema["examples"]:
        assert not list(Draft202012Validator(article_schema).iter_errors(example))


@pytest.mark.parametrize("data", _articles(), ids=lambda a: a["id"])
def test_every_event_validates_and_every_quote_is_the_body_at_its_offsets(data: dict[str, Any]) -> None:
    article = _article(data)
    validators = {t: Draft202012Validator(schema(t)) for t in TYPES}
    for candidate in run(article, default_resources()):
        (_, _, event), = apply({}, {}, candidate, now="2025-12-07T10:00:00.000Z")  # as the worker publishes it
        errors = [f"{list(e.path)}: {e.message}" for e in validators[event["type"]].iter_errors(event)]
        assert not errors, errors
        for field_name, spans in event["evidence"].items():
            for span in spans:
                assert article.body[span["start"] : span["end"]] == span["quote"], field_name


@pytest.mark.parametrize("data", sample_articles(), ids=lambda a: a["id"])
def test_the_same_article_twice_gives_identical_events(data: dict[str, Any]) -> None:
    article = _article(data)
    assert run(article, default_resources()) == run(article, default_resources())
