"""Shared harness of the strike unit tests: a tiny gazetteer that finds exactly the names it is given
(the real gazetteer is tested elsewhere, so these tests judge the strike extractor alone), and the places and
helpers (``run``, ``one``, ``names``, ``targets``) of the rule-family files test_strike_<family>.py, whose
reports are published on 2025-03-14, a Friday. ``drafts``, ``one_of`` and ``hit_places`` read with a wider
gazetteer (``WIDE_PLACES``: namesakes, countries, Rostov-on-Don) and may take another publication time."""

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


PLACES: dict[str, Place] = {
    "Kyiv": ua("Kyiv", "Kyiv Oblast"),
    "Kharkiv": ua("Kharkiv", "Kharkiv Oblast"),
    "Kupiansk": ua("Kupiansk", "Kharkiv Oblast"),
    "Balakliia": ua("Balakliia", "Kharkiv Oblast"),
    "Kherson": ua("Kherson", "Kherson Oblast"),
    "Odesa": ua("Odesa", "Odesa Oblast"),
    "Sumy": ua("Sumy", "Sumy Oblast"),
    "Dnipro": ua("Dnipro", "Dnipropetrovsk Oblast"),
    "Lviv": ua("Lviv", "Lviv Oblast"),
    "Poltava": ua("Poltava", "Poltava Oblast"),
    "Zaporizhzhia": ua("Zaporizhzhia", "Zaporizhzhia Oblast"),
    "Belgorod": ru("Belgorod", "Belgorod Oblast"),
    "Ryazan": ru("Ryazan", "Ryazan Oblast"),
    "Moscow": ru("Moscow", "Moscow"),
    "Azov": ru("Azov", "Rostov Oblast"),
    "Engels": ru("Engels", "Saratov Oblast"),
    "Ankara": Place("Ankara", "settlement", "TR", None, None, 39.9, 32.8),
    "Bryansk region": Place("Bryansk Oblast", "admin1", "RU", "Bryansk Oblast", "RU-BRY"),
    "Crimea": Place("Crimea", "admin1", "UA", "Crimea", "UA-43"),
    "Ukraine": Place("Ukraine", "country", "UA"),
}
RESOURCES = resources(PLACES)


def run(body: str, published: str = "2025-03-14T09:00:00Z") -> list[dict[str, Any]]:
    return [d.fields for d in extract(body, published, RESOURCES)]


def one(body: str) -> dict[str, Any]:
    fields = run(body)
    assert len(fields) == 1, fields
    return fields[0]


def names(fields: dict[str, Any]) -> list[str]:
    return [loc["name"] for loc in fields["locations"]]


def targets(fields: dict[str, Any]) -> set[str]:
    return {t["category"] for t in fields["targets"]}


WIDE_PLACES: dict[str, Place] = {
    "Kyiv": ua("Kyiv", "Kyiv Oblast"),
    "Fastiv": ua("Fastiv", "Kyiv Oblast"),
    "Kharkiv": ua("Kharkiv", "Kharkiv Oblast"),
    "Kherson": ua("Kherson", "Kherson Oblast"),
    "Odesa": ua("Odesa", "Odesa Oblast"),
    "Dnipro": ua("Dnipro", "Dnipropetrovsk Oblast"),
    "Zaporizhzhia": ua("Zaporizhzhia", "Zaporizhzhia Oblast"),
    "Sumy": ua("Sumy", "Sumy Oblast"),
    "Morozovsk": ru("Morozovsk", "Rostov Oblast"),
    "Ryazan": ru("Ryazan", "Ryazan Oblast"),
    "Belgorod": ru("Belgorod", "Belgorod Oblast"),
    "Moscow": ru("Moscow", "Moscow"),
    "Rostov": ru("Rostov-on-Don", "Rostov Oblast"),
    "Bryansk region": Place("Bryansk Oblast", "admin1", "RU", "Bryansk Oblast", "RU-BRY"),
    "Ryazan region": Place("Ryazan Oblast", "admin1", "RU", "Ryazan Oblast", "RU-RYA"),
    "Crimea": Place("Crimea", "admin1", "UA", "Crimea", "UA-43"),
    "Dniprovskyi": ua("Dniprovskyi", "Kyiv Oblast"),  # a namesake of a city district
    "Ukraine": Place("Ukraine", "country", "UA"),
    "Russia": Place("Russia", "country", "RU"),
}
WIDE = resources(WIDE_PLACES)


def drafts(body: str, published: str | None = "2025-03-14T09:00:00Z") -> list[Draft]:
    """Strike drafts of one article, read with ``WIDE_PLACES`` (2025-03-14 is a Friday)."""
    return extract(body, published, WIDE)


def one_of(body: str, published: str | None = "2025-03-14T09:00:00Z") -> dict[str, Any]:
    """The fields of the one strike draft of an article, read with ``WIDE_PLACES``."""
    found = drafts(body, published)
    assert len(found) == 1, [d.fields for d in found]
    return found[0].fields


def hit_places(fields: dict[str, Any]) -> list[str]:
    """The names of the places hit that are not whole regions."""
    return [loc["name"] for loc in fields["locations"] if loc["precision"] != "admin1"]
