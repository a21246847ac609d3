"""The fields of one strike wave, read off its facts (``strike`` groups the facts into waves).

``weapons(facts, doc)``: one item per category, the largest stated counts ("about 100" gives way to "93");
``casualties``: the largest stated toll (a "nobody was hurt there" zero gives way to a toll unsaid);
``locations``: places hit, facilities named once (``stray`` drops a namesake across the border);
``targets``: one per category. Each also returns the evidence spans it was read from.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from service.domain import Span
from service.extract import strike_where as where
from service.extract.strike_fact import Fact
from service.nlp.numbers import fold
from service.nlp.text import Doc

_HEAD = re.compile(r"(?:refinery|plant|station|base|airbase|airfield|depot|terminal|airport|port)$")


def weapons(facts: list[Fact], doc: Doc) -> tuple[list[dict[str, Any]], list[Span]]:
    items: dict[str, dict[str, Any]] = {}
    spans: list[Span] = []
    for fact in facts:
        for cat, model in fact.categories.items():
            item = items.setdefault(cat, {"category": cat, "model": None, "launched": None, "intercepted": None,
                                          "launched_qualifier": None})
            item["model"] = item["model"] or model
        for c in fact.counts:
            item = items.setdefault(c.category, {"category": c.category, "model": c.model, "launched": None,
                                                 "intercepted": None, "launched_qualifier": None})
            item["model"] = item["model"] or c.model
            vague = item["launched_qualifier"] not in (None, "exact")  # "about 100" gives way to "93"
            if c.role in ("launched", "both") and (item["launched"] is None or c.value > item["launched"] and (
                    c.qualifier in (None, "exact") or vague) or vague and c.qualifier in (None, "exact")):
                item["launched"], item["launched_qualifier"] = c.value, c.qualifier
            if c.role in ("intercepted", "both") and (item["intercepted"] is None or c.value > item["intercepted"]):
                item["intercepted"] = c.value
            spans.append(doc.span(c.start, c.end))
    for item in items.values():  # "downed all the missiles" (role "all"): as many as launched
        if item["intercepted"] is None and item["launched"] is not None and any(
                c.role == "all" and c.category == item["category"] for f in facts for c in f.counts):
            item["intercepted"] = item["launched"]
    return list(items.values()), spans


def casualties(facts: list[Fact], doc: Doc) -> tuple[dict[str, int | float | None], list[Span]]:
    out: dict[str, int | float | None] = {"killed": None, "injured": None}
    spans: list[Span] = []
    both = set()  # "nobody was hurt there": a zero for both kinds, from one place of the wave
    for fact in facts:
        pairs = {(c.start, c.end) for c in fact.casualties if c.kind == "killed" and not c.value}
        for c in fact.casualties:
            if out[c.kind] is None or c.value > (out[c.kind] or 0):
                out[c.kind] = c.value
            spans.append(doc.span(c.start, c.end))
            if not c.value and (c.start, c.end) in pairs and c.kind == "injured":
                both.add((c.start, c.end))
    for kind, other in (("killed", "injured"), ("injured", "killed")):  # two injured here, nobody hurt there:
        if out[kind] == 0 and out[other] and all((c.start, c.end) in both for f in facts  # the toll unsaid
                                                 for c in f.casualties if c.kind == kind):
            out[kind] = None
    return out, spans


def long_range(facts: list[Fact]) -> bool:
    """A missile, or a count of ten or more drones: a long-range air raid, not front-line bombing."""
    return any("missile" in f.categories or any(c.category == "drone" and c.value >= 10 for c in f.counts)
               for f in facts)


def _one_region(locs: list[dict[str, Any]], small: set[str]) -> list[dict[str, Any]]:
    """A village named among the places of the one region a front-line report is about ("Kherson, Bilozerka
    and Dniprovske" in Kherson Oblast) is that region's namesake, not the bigger one elsewhere the gazetteer
    knows: it takes the region (without coordinates). ``small``: the names of villages and small towns."""
    named = [v for v in locs if v["precision"] == "admin1"]
    towns = [v for v in locs if v["precision"] == "settlement"]
    held = {region for region, n in Counter(v.get("admin1") for v in towns).items() if n >= 2}
    if len(named) > 1 or not named and len(held) != 1:
        return locs  # several regions: a wide attack, or an unclear one
    region = named[0]["admin1"] if named else held.pop()
    inside = [v for v in towns if v.get("admin1") == region]
    if len(inside) < 2:
        return locs
    for v in towns:
        if v.get("admin1") != region and v["name"] in small and v.get("country") == inside[0].get("country"):
            v.update(admin1=region, admin1_code=inside[0].get("admin1_code"), lat=None, lon=None, geonameid=None)
    return locs


def locations(facts: list[Fact], doc: Doc) -> tuple[list[dict[str, Any]], list[Span]]:
    seen: dict[str, dict[str, Any]] = {}
    spans: list[Span] = []
    small: set[str] = set()
    for fact in facts:
        if fact.level == "outage":
            continue
        for mention, facility, end in fact.places:
            loc = mention.place.to_json()
            if mention.place.precision == "settlement" and 0 < mention.place.population < 20_000:
                small.add(mention.place.name)
            if facility:
                loc.update(name=facility, precision="facility", settlement=mention.place.name)
                if "nuclear" in facility.lower():  # plants are named after the region, not their town
                    loc.update(admin1=None, admin1_code=None, lat=None, lon=None, geonameid=None)
            loc["role"] = "hit"
            key = loc["name"].lower()
            if facility and any(v.get("settlement") == mention.place.name and k.split()[-1] == key.split()[-1]
                                for k, v in seen.items()):
                continue  # "the Ryazan oil refinery" ... "the Ryazan refinery": one plant
            if key not in seen:
                seen[key] = loc
                spans.append(doc.span(mention.start, end))
    # "struck an oil refinery in the Ryazan region" + "the Ryazan oil refinery" later: that facility
    heads = {_HEAD.search(t.text.lower()).group(0) for f in facts for t in f.targets  # type: ignore[union-attr]
             if t.facility and _HEAD.search(t.text.lower())}
    low = None
    for loc in list(seen.values()) if heads else ():
        if loc["precision"] != "admin1" or any(v["precision"] != "admin1" and v.get("admin1") == loc["name"]
                                               for v in seen.values()):
            continue
        low = low if low is not None else fold(doc.text)
        for head in sorted(heads):
            found = where.facility_in(doc, low, loc["name"], head)
            if found and found[1].lower() not in seen:
                mention, name, end = found
                fac = mention.place.to_json()
                fac.update(name=name, precision="facility", settlement=mention.place.name, role="hit")
                seen[name.lower()] = fac
                spans.append(doc.span(mention.start, end))
                break
    # a settlement named beside its own facility is the same place
    out = [v for v in seen.values() if not (v["precision"] != "facility" and any(
        w.get("settlement") == v["name"] and w.get("admin1") for w in seen.values()))]  # not a region's plant
    out = stray(out, doc)
    return _one_region(out, small) if small and not long_range(facts) else out, spans


def targets(facts: list[Fact], doc: Doc) -> tuple[list[dict[str, Any]], list[Span]]:
    out: dict[str, dict[str, Any]] = {}
    spans: list[Span] = []
    fuel = any(t.category == "energy" and t.facility for f in facts for t in f.targets)
    for fact in facts:
        outage = any(t.category == "energy" for t in fact.targets)
        for t in fact.targets:
            if t.category == "residential" and outage and t.text.lower().startswith("home"):
                continue  # "cut power to 300,000 homes" is an energy target
            if t.category == "industrial" and fuel and doc.text[max(0, t.start - 1) : t.start] in ("\"", "'"):
                continue  # the governor's quoted "industrial enterprise" is the refinery or depot struck
            out.setdefault(t.category, {"category": t.category, "name": t.text})
            spans.append(doc.span(t.start, t.end))
    return list(out.values()), spans


def stray(locs: list[dict[str, Any]], doc: Doc) -> list[dict[str, Any]]:
    """Drop a settlement read as a namesake across the border: every other place of the wave is in the
    other country and nothing else in the article is in its region ("Dubovoye" near Belgorod read as a
    Ukrainian village far away)."""
    if len(locs) < 2:
        return locs
    regions_seen = [m.place.admin1 for m in doc.places]
    out = []
    for loc in locs:
        others = {v.get("country") for v in locs if v is not loc}
        lone = loc["precision"] == "settlement" and loc.get("admin1") and regions_seen.count(loc["admin1"]) <= 1
        if lone and len(others) == 1 and loc.get("country") not in others:
            continue
        out.append(loc)
    return out
