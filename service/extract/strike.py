"""Strike events: one per attack wave told in an article.

``extract(doc, resources) -> list[Draft]``. Clauses are read as facts (``strike_facts``); each fact joins
the wave it fits best (same attacker, no conflicting date, same kind of weapon: artillery shelling is
not an air raid), or opens a new wave when it says enough on its own (counts, casualties, a place hit,
a named side with a strike noun). A wave's figures are the largest stated ("more than 800" then "810"
-> 810), its date the explicit day, else the statement day ("said on Friday"), else the article's day.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from service.domain import Draft, Span
from service.extract.strike_facts import Fact, read_facts
from service.nlp.text import Doc
from service.resources import Resources

_AIR = frozenset({"drone", "missile", "glide_bomb", "aircraft"})
_MAX_WAVES = 12


@dataclass
class Wave:
    """The facts of one attack wave, in text order."""

    facts: list[Fact] = field(default_factory=list)
    votes: dict[str, int] = field(default_factory=lambda: {"RU": 0, "UA": 0})
    dates: dict[int, str] = field(default_factory=dict)  # rank -> first date of that rank (see Fact)
    categories: set[str] = field(default_factory=set)
    last: int = 0  # index of the latest fact added: undated facts join the wave just talked about

    @property
    def attacker(self) -> str | None:
        ru, ua = self.votes["RU"], self.votes["UA"]
        if max(ru, ua) >= 2 and ru != ua:
            return "RU" if ru > ua else "UA"
        return None

    def add(self, fact: Fact) -> None:
        self.facts.append(fact)
        if fact.level == "outage":
            return
        for side, n in fact.votes.items():
            self.votes[side] += n
        if fact.date:
            self.dates.setdefault(fact.date_rank, fact.date)
        self.categories.update(fact.categories)


def _fits(wave: Wave, fact: Fact) -> float:
    """How well a fact fits a wave (0 = it cannot belong to it)."""
    if fact.attacker and wave.attacker and fact.attacker != wave.attacker:
        return 0.0
    lean = fact.lean
    if fact.level == "weak" and lean and wave.attacker and lean != wave.attacker:
        return 0.0  # a detail that points the other way (a place in the other country) is not this wave's
    if fact.separate:
        return 0.0
    if fact.date and fact.date_rank != 2:  # a statement day never contradicts ("toll rose, officials said Friday")
        theirs = wave.dates.get(3) or wave.dates.get(1)
        if theirs and fact.date != theirs and (fact.date_rank == 3 or 3 in wave.dates):
            return 0.0
    cats = set(fact.categories)
    if cats and wave.categories and fact.level != "outage":
        if cats == {"artillery"} and not wave.categories & {"artillery"}:
            return 0.0
        if wave.categories == {"artillery"} and cats & _AIR:
            return 0.0
    score = 1.0
    if fact.date and fact.date in wave.dates.values():
        score += 4
    if fact.attacker and fact.attacker == wave.attacker:
        score += 2
    return score


def group_waves(facts: list[Fact]) -> list[Wave]:
    """Facts -> waves (see the module docstring)."""
    waves: list[Wave] = []
    for n, fact in enumerate(facts):
        best, best_score = None, 0.0
        for wave in waves:
            score = _fits(wave, fact)
            if score and score + wave.last / (len(facts) + 1) > best_score:
                best, best_score = wave, score + wave.last / (len(facts) + 1)
        if best is not None:
            best.add(fact)
            best.last = n
        elif fact.level == "strong" and len(waves) < _MAX_WAVES:
            wave = Wave(last=n)
            wave.add(fact)
            waves.append(wave)
    return waves


def _weapons(wave: Wave, doc: Doc) -> tuple[list[dict[str, Any]], list[Span]]:
    items: dict[str, dict[str, Any]] = {}
    spans: list[Span] = []
    for fact in wave.facts:
        for cat, model in fact.categories.items():
            item = items.setdefault(cat, {"category": cat, "model": None, "launched": None, "intercepted": None,
                                          "launched_qualifier": None})
            item["model"] = item["model"] or model
        for c in fact.counts:
            item = items.setdefault(c.category, {"category": c.category, "model": c.model, "launched": None,
                                                 "intercepted": None, "launched_qualifier": None})
            item["model"] = item["model"] or c.model
            if c.role in ("launched", "both") and (item["launched"] is None or c.value > item["launched"]):
                item["launched"], item["launched_qualifier"] = c.value, c.qualifier
            if c.role in ("intercepted", "both") and (item["intercepted"] is None or c.value > item["intercepted"]):
                item["intercepted"] = c.value
            spans.append(doc.span(c.start, c.end))
    return list(items.values()), spans


def _casualties(wave: Wave, doc: Doc) -> tuple[dict[str, int | float | None], list[Span]]:
    out: dict[str, int | float | None] = {"killed": None, "injured": None}
    spans: list[Span] = []
    for fact in wave.facts:
        for c in fact.casualties:
            if out[c.kind] is None or c.value > (out[c.kind] or 0):
                out[c.kind] = c.value
            spans.append(doc.span(c.start, c.end))
    return out, spans


def _locations(wave: Wave, doc: Doc) -> tuple[list[dict[str, Any]], list[Span]]:
    seen: dict[str, dict[str, Any]] = {}
    spans: list[Span] = []
    for fact in wave.facts:
        if fact.level == "outage":
            continue
        for mention, facility, end in fact.places:
            loc = mention.place.to_json()
            if facility:
                loc.update(name=facility, precision="facility", settlement=mention.place.name)
                if "nuclear" in facility.lower():  # plants are named after the region, not their town
                    loc.update(admin1=None, admin1_code=None, lat=None, lon=None, geonameid=None)
            loc["role"] = "hit"
            key = loc["name"].lower()
            if key not in seen:
                seen[key] = loc
                spans.append(doc.span(mention.start, end))
    # a settlement named beside its own facility is the same place
    out = [v for v in seen.values() if not (v["precision"] != "facility" and any(
        w.get("settlement") == v["name"] for w in seen.values()))]
    return out, spans


def _targets(wave: Wave, doc: Doc) -> tuple[list[dict[str, Any]], list[Span]]:
    out: dict[str, dict[str, Any]] = {}
    spans: list[Span] = []
    for fact in wave.facts:
        outage = any(t.category == "energy" for t in fact.targets)
        for t in fact.targets:
            if t.category == "residential" and outage and t.text.lower().startswith("home"):
                continue  # "cut power to 300,000 homes" is an energy target
            out.setdefault(t.category, {"category": t.category, "name": t.text})
            spans.append(doc.span(t.start, t.end))
    return list(out.values()), spans


def _draft(wave: Wave, doc: Doc) -> Draft:
    weapons, w_spans = _weapons(wave, doc)
    casualties, c_spans = _casualties(wave, doc)
    locations, l_spans = _locations(wave, doc)
    targets, t_spans = _targets(wave, doc)
    anchor = doc.anchor.isoformat() if doc.anchor else None
    when = wave.dates.get(3) or wave.dates.get(2) or wave.dates.get(1) or anchor
    attacker = wave.attacker or ("UA" if wave.votes["UA"] > wave.votes["RU"] else "RU")
    sites = max((f.sites[2] for f in wave.facts if f.sites), default=None)
    sources = [f.source for f in wave.facts if f.source]
    claimed_by = max(sources, key=sources.count) if sources else None  # the side most often quoted
    own_claim = bool(sources) and set(sources) == {attacker}  # only the attacker speaks of it
    fields: dict[str, Any] = {
        "attacker": attacker,
        "weapons": weapons,
        "targets": targets,
        "casualties": casualties,
        "sites_hit": sites,
        "locations": locations,
        "date": when,
        "modality": "claimed" if own_claim else "reported",
        "claimed_by": claimed_by,
    }
    date_spans = [doc.span(*f.date_span) for f in wave.facts if f.date_span and f.date == when][:1]
    evidence = {
        "weapons": tuple(w_spans),
        "casualties": tuple(c_spans),
        "locations": tuple(l_spans),
        "targets": tuple(t_spans),
        "date": tuple(date_spans),
        "event": tuple(doc.span(f.start, f.end) for f in wave.facts if f.level == "strong")[:4],
    }
    has_counts = any(w["launched"] is not None or w["intercepted"] is not None for w in weapons)
    confidence = 0.45 + 0.15 * has_counts + 0.1 * bool(locations) + 0.1 * (wave.attacker is not None)
    confidence += 0.05 * (3 in wave.dates) + 0.05 * any(v is not None for v in casualties.values())
    return Draft("strike", fields, {k: v for k, v in evidence.items() if v}, min(confidence, 0.95))


def extract(doc: Doc, resources: Resources) -> list[Draft]:
    """Strike events of one article: one Draft per attack wave, in text order."""
    if not doc.text.strip():
        return []
    return [_draft(wave, doc) for wave in group_waves(read_facts(doc))]
