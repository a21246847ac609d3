"""The in-test gazetteer and helpers of the territory tests: a tiny stand-in for the real gazetteer, so the
tests judge the extractor alone. ``run(body, published)`` -> the events' fields; ``view(fields)`` -> a short tuple.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any, cast

from service.domain import Article, Mention, Place
from service.extract import territory
from service.nlp.text import make_doc
from service.resources import Resources


def _ua(name: str, oblast: str) -> Place:
    return Place(name, "settlement", "UA", oblast, None, 48.0, 37.0)


_DON, _ZAP, _KHA = "Donetsk Oblast", "Zaporizhzhia Oblast", "Kharkiv Oblast"
PLACES: dict[str, Place] = {
    **{n: _ua(n, _DON) for n in (
        "Pokrovsk", "Myrnohrad", "Toretsk", "Kostiantynivka", "Avdiivka", "Sievierne", "Stepove", "Vuhledar",
        "Zarichne", "Novoekonomichne", "Udachne", "Kurakhove", "Novopavlivka", "Klishchiivka", "Chasiv Yar",
        "Dobropillia", "Bakhmut", "Staromaiorske", "Donetsk")},
    **{n: _ua(n, _KHA) for n in ("Kupiansk", "Vovchansk")},
    **{n: _ua(n, _ZAP) for n in ("Zelenyi Hai", "Robotyne", "Zaporizhzhia", "Huliaipole")},
    "Pishchane": _ua("Pishchane", "Poltava Oblast"),  # a namesake far from the front
    "Bila": _ua("Bila", "Ternopil Oblast"),  # the first word of "Bila Hora", a village elsewhere
    "Poltavka": _ua("Poltavka", "Mykolaiv Oblast"),  # the second word of "Nova Poltavka", a village elsewhere
    "Martynovka": _ua("Martynovka", "Crimea"),  # a namesake of a Kursk-region village
    "Kyiv": _ua("Kyiv", "Kyiv Oblast"),
    "Lviv": _ua("Lviv", "Lviv Oblast"),
    "Istanbul": Place("Istanbul", "settlement", "TR", "Istanbul", None),
    "Moscow": Place("Moscow", "settlement", "RU", "Moscow", None),
    "Sudzha": Place("Sudzha", "settlement", "RU", "Kursk Oblast", None),
    **{n: _ua(n, _DON) for n in ("Lyman", "Siversk")},
    "Kherson": _ua("Kherson", "Kherson Oblast"),
    "Zaporizhzhia Oblast": Place("Zaporizhzhia Oblast", "admin1", "UA", _ZAP, "UA-23"),
    "Luhansk region": Place("Luhansk Oblast", "admin1", "UA", "Luhansk Oblast", "UA-09"),
    "Donetsk region": Place("Donetsk Oblast", "admin1", "UA", _DON, "UA-14"),
    "Donetsk Oblast": Place("Donetsk Oblast", "admin1", "UA", _DON, "UA-14"),
    "Kharkiv Oblast": Place("Kharkiv Oblast", "admin1", "UA", _KHA, "UA-63"),
    "Kursk region": Place("Kursk Oblast", "admin1", "RU", "Kursk Oblast", "RU-KRS"),
    "Ukraine": Place("Ukraine", "country", "UA"),
    "Russia": Place("Russia", "country", "RU"),
}
# A namesake: the Dobropillia in Zaporizhzhia Oblast, found only with a region hint.
ZAP_DOBROPILLIA = _ua("Dobropillia", _ZAP)
_NAMES = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in sorted(PLACES, key=len, reverse=True)) + r")\b")


class FakeGazetteer:
    """Finds the names of PLACES verbatim; ``lookup`` knows the Zaporizhzhia Dobropillia."""

    def mentions(self, text: str) -> list[Mention]:
        return [Mention(m.start(), m.end(), m.group(0), PLACES[m.group(0)]) for m in _NAMES.finditer(text)]

    def lookup(self, name: str, admin1_hint: str | None = None) -> Place | None:
        if name == "Dobropillia" and admin1_hint == _ZAP:
            return ZAP_DOBROPILLIA
        return PLACES.get(name)


RESOURCES = Resources(gazetteer=cast(Any, FakeGazetteer()))


def run(body: str, published: str | None = "2025-12-03T00:00:00Z") -> list[dict[str, Any]]:
    doc = make_doc(Article(id="t", body=body, published_at=published))
    doc = replace(doc, places=tuple(RESOURCES.gazetteer.mentions(doc.text)))
    drafts = territory.extract(doc, RESOURCES)
    for d in drafts:  # every quote is the body's own text
        for spans in d.evidence.values():
            for s in spans:
                assert body[s.start : s.end] == s.text
    return [d.fields for d in drafts]


def view(fields: dict[str, Any]) -> tuple[Any, ...]:
    places = [loc["name"] for loc in fields["locations"] if loc["precision"] == "settlement"]
    return fields["actor"], fields["status"], places, fields["area_km2"], fields["date"]
