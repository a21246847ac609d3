"""diplomacy events (work in progress: being written)."""

from __future__ import annotations

from service.domain import Draft
from service.nlp.text import Doc
from service.resources import Resources


def extract(doc: Doc, resources: Resources) -> list[Draft]:
    return []
