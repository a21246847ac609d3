"""Shared harness of the strike unit tests: a tiny gazetteer that finds exactly the names it is given
(the real gazetteer is tested elsewhere, so these tests judge the strike extractor alone)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any, cast

from service.domain import Article, Draft, Mention, Place
from service.extract import strike
from service.nlp.text import make_doc
from service.resources import Resources


def ua(name: str, oblast: str) -> Place:
    return Place(name, "settlement", "UA", oblast, None, 48.0, 35.0)


def ru(name: str, oblast: str) -> Place:
    return Place(name, "settlement", "RU", oblast, None, 48.0, 40.0)


class TinyGazetteer:
    """Finds exactly the names of ``places`` (longest first)."""

    def __init__(self, places: dict[str, Place]) -> None:
        self.places = places
        self.names = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in sorted(places, key=len, reverse=True))
                                + r")\b")

    def mentions(self, text: str) -> list[Mention]:
        return [Mention(m.start(), m.end(), m.group(0), self.places[m.group(0)]) for m in self.names.finditer(text)]


def resources(places: dict[str, Place]) -> Resources:
    return Resources(gazetteer=cast(Any, TinyGazetteer(places)))


def extract(body: str, published: str | None, res: Resources) -> list[Draft]:
    """Strike drafts of one article."""
    doc = make_doc(Article(id="t", body=body, published_at=published))
    return strike.extract(replace(doc, places=tuple(res.gazetteer.mentions(doc.text))), res)


def weapons(fields: dict[str, Any]) -> dict[str, tuple[Any, Any]]:
    return {w["category"]: (w["launched"], w["intercepted"]) for w in fields["weapons"]}
