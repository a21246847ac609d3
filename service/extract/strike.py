"""Strike events: one per attack wave told in an article.

``extract(doc, resources) -> list[Draft]``. Clauses are read as facts (``strike_facts``); each fact joins
the wave it fits best (same attacker, no conflicting date, same kind of weapon: artillery shelling is
not an air raid, nor are glide bombs on a front-line city), or opens a new wave when it says enough on its
own (counts, casualties, a place hit, a named side with a strike noun). A wave's figures are the largest
stated ("more than 800" then "810" -> 810; ``strike_fields``), its date the explicit day, else the
statement day ("said on Friday"), else the article's day.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from service.domain import Draft
from service.extract import strike_fields as parts
from service.extract.strike_fact import Fact
from service.extract.strike_facts import read_facts
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
    evenings: set[str] = field(default_factory=set)  # explicit days told as an evening ("late on Friday")
    month: str | None = None  # the month an undated wave is told in ("In April, ...")
    regions: set[str | None] = field(default_factory=set)  # the admin1 of every place its facts name
    countries: set[str | None] = field(default_factory=set)  # the country of every place its facts name
    long_range: bool = False  # ``strike_fields.long_range(facts)``, kept as facts are added
    target_kinds: set[str] = field(default_factory=set)  # the category of every target its facts name
    toll: bool = False  # a fact of it tells of the dead

    @property
    def attacker(self) -> str | None:
        ru, ua = self.votes["RU"], self.votes["UA"]
        if max(ru, ua) >= 2 and ru != ua:
            return "RU" if ru > ua else "UA"
        return None

    def add(self, fact: Fact) -> None:
        self.facts.append(fact)
        self.regions.update(m.place.admin1 for m, _, _ in fact.places)
        self.countries.update(m.place.country for m, _, _ in fact.places)
        self.long_range = self.long_range or parts.long_range([fact])
        self.target_kinds.update(t.category for t in fact.targets)
        self.toll = self.toll or any(c.kind == "killed" and c.value for c in fact.casualties)
        if fact.level == "outage":
            return
        for side, n in fact.votes.items():
            self.votes[side] += n
        if fact.month:
            self.month = self.month or fact.month
        if fact.date:
            self.dates.setdefault(fact.date_rank, fact.date)
            if fact.evening and fact.date_rank == 3:
                self.evenings.add(fact.date)
        self.categories.update(fact.categories)

    @property
    def date(self) -> str | None:
        """The explicit day, else the statement day, else the night's morning; an evening followed by the
        night's wave ("hit Dnipro late on Friday ... 163 drones overnight") takes the morning's date."""
        night = self.dates.get(1)
        if night and self.dates.get(3) in self.evenings and _next_day(self.dates[3]) == night:
            return night
        return self.dates.get(3) or self.dates.get(2) or night or self.month


def _same_night(wave: Wave, fact: Fact) -> bool:
    """A fact told "separately" that is still the same wave: the same night (no explicit day on either),
    the same side and the same kind of weapon ("Separately, Kyiv said its drones hit a refinery overnight")."""
    side = fact.attacker or fact.lean or fact.place_vote
    if side is None or side != wave.attacker or not set(fact.categories) & wave.categories:
        return False
    if fact.same_night:  # "In a separate incident the same night, a drone hit ...": that night's wave
        return fact.date is None or fact.date in wave.dates.values()
    return fact.date_rank == 1 and 3 not in wave.dates and wave.dates.get(1) == fact.date


def _next_day(day: str) -> str:
    return (date.fromisoformat(day) + timedelta(days=1)).isoformat()


def _evening_then_night(wave: Wave, fact: Fact, theirs: str) -> bool:
    """An evening strike and the overnight wave that follows it are one wave."""
    if fact.date_rank == 1 and theirs in wave.evenings:
        return _next_day(theirs) == fact.date
    if fact.date_rank == 3 and fact.evening and fact.date and 3 not in wave.dates and 1 in wave.dates:
        return _next_day(fact.date) == wave.dates[1]
    return False


def _elsewhere(wave: Wave, fact: Fact) -> bool:
    """Every place the fact names lies in a region none of the wave's places lies in (in the same country:
    a namesake across the border is the gazetteer's slip, see ``strike_fields.stray``)."""
    mine = {m.place.admin1 for m, _, _ in fact.places}
    if not mine or not wave.regions or None in mine or not mine.isdisjoint(wave.regions):
        return False
    return {m.place.country for m, _, _ in fact.places} <= wave.countries


def _near(wave: Wave, fact: Fact) -> bool:
    """Every place the fact names lies in a region of the wave's places."""
    mine = {m.place.admin1 for m, _, _ in fact.places}
    return bool(mine) and None not in mine and mine <= wave.regions


def _fits(wave: Wave, fact: Fact) -> float:
    """How well a fact fits a wave (0 = it cannot belong to it)."""
    if fact.attacker and wave.attacker and fact.attacker != wave.attacker:
        return 0.0
    if fact.attacker and not wave.attacker and wave.votes[fact.attacker] < wave.votes["RU" if fact.attacker == "UA"
                                                                                     else "UA"]:
        return 0.0  # "Meanwhile, Russia launched 33 drones": not the wave that hit a plant in Russia
    lean = fact.lean
    if fact.level == "weak" and lean and wave.attacker and lean != wave.attacker:
        return 0.0  # a detail that points the other way (a place in the other country) is not this wave's
    if fact.separate and not _same_night(wave, fact):
        return 0.0
    if fact.date_rank == 3 and not wave.dates and any(f.summary for f in wave.facts if f.level == "strong"):
        return 0.0  # "over the past day, 27 settlements were attacked" + "On Friday, a drone hit a car"
    if fact.summary and fact.level == "strong" and fact.places and 3 in wave.dates and fact.date_rank != 3 \
            and not fact.counts:
        return 0.0  # "Over the past day, Russian forces carried out 412 attacks on 14 settlements": not that strike
    if fact.many and not fact.counts and (wave.long_range or 3 in wave.dates) and not any(
            f.summary for f in wave.facts):
        return 0.0  # "Over the past day, Russian troops carried out 612 strikes on 17 settlements": not the night's
        # long-range drone wave, nor the strike told with its day
    if fact.summary and fact.level == "strong" and (len(fact.places) >= 2 or fact.many) \
            and not any(f.summary for f in wave.facts) \
            and any(f.places for f in wave.facts if f.level == "strong"):
        return 0.0  # "over the past day, 412 shells hit 31 settlements, including ...": not the bus hit in Bilozerka
    if fact.date and fact.date_rank != 2:  # a statement day never contradicts ("toll rose, officials said Friday")
        theirs = wave.dates.get(3) or wave.dates.get(1)
        if theirs and fact.date != theirs and (fact.date_rank == 3 or 3 in wave.dates) \
                and not _evening_then_night(wave, fact, theirs):
            return 0.0
    if fact.month and any(d[:7] != fact.month for d in wave.dates.values()) or wave.month and (
            fact.month or fact.date or wave.month)[:7] != wave.month:
        return 0.0  # "In April, a strike on Sumy killed 35": not this week's wave
    if fact.apart and fact.categories and wave.categories and not set(fact.categories) & wave.categories:
        return 0.0  # "Earlier on Wednesday, a drone struck a car": another attack
    cats = set(fact.categories)
    if cats and wave.categories and fact.level != "outage":
        if cats == {"artillery"} and not wave.categories & {"artillery"} and not (
                wave.categories == {"drone"} and not wave.long_range and _near(wave, fact)) and not (
                fact.loose and not fact.date and _near(wave, fact)):
            return 0.0  # (a front-line drone strike and shelling in the same region are that day's attacks)
        if wave.categories == {"artillery"} and cats & _AIR and "artillery" not in cats and not (
                fact.fpv and cats == {"drone"}) and not (cats <= {"glide_bomb", "aircraft"} and _near(wave, fact)):
            return 0.0  # (but "fired mortars and artillery, used FPV drones and dropped two KABs" is shelling, and
            # so are "X and Y came under artillery fire, and aircraft dropped glide bombs on Z" in the same region)
        if cats == {"glide_bomb"} and not wave.categories & {"glide_bomb", "artillery", "aircraft"} \
                or wave.categories == {"glide_bomb"} and parts.long_range([fact]):
            return 0.0  # glide bombs on a front-line city are not the night's missile-and-drone wave
    if "artillery" in wave.categories and fact.level == "strong" and fact.places and not fact.fpv \
            and not wave.long_range and _elsewhere(wave, fact):
        return 0.0  # a day's shelling of Sumy region, then "In the neighbouring Chernihiv region, a drone hit a car"
    score = 1.0
    if fact.date and fact.date in wave.dates.values():
        score += 4
    if fact.attacker and fact.attacker == wave.attacker:
        score += 2
    if fact.update and fact.date_rank != 3 and wave.toll and any(c.kind == "killed" and c.value
                                                                  for c in fact.casualties):
        score += 5  # "Later he said one more had died, bringing the toll to 25": the wave with a death toll
    if fact.targets and not fact.places and fact.level != "outage" and (fact.casualties or fact.categories) and \
            fact.refers and not wave.target_kinds.isdisjoint(t.category for t in fact.targets):
        score += 1  # "the death toll from the store attack": the wave that hit a store
    return score


def group_waves(facts: list[Fact]) -> list[Wave]:
    """Facts -> waves (see the module docstring)."""
    waves: list[Wave] = []
    pending: list[Fact] = []  # weak facts told before any wave ("Kyiv said it targeted refineries")
    for n, fact in enumerate(facts):
        best, best_score = None, 0.0
        for wave in waves:
            score = _fits(wave, fact)
            if score and score + wave.last / (len(facts) + 1) > best_score:
                best, best_score = wave, score + wave.last / (len(facts) + 1)
        if best is not None:
            if fact.loose and "artillery" not in best.categories:
                fact.categories = {}  # "X is being shelled" of a missile strike: no artillery
            best.add(fact)
            best.last = n
        elif fact.level == "strong" and len(waves) < _MAX_WAVES:
            wave = Wave(last=n)
            wave.add(fact)
            for early in pending if not waves else ():
                if _fits(wave, early):
                    wave.add(early)
            waves.append(wave)
        elif fact.level == "weak" and not waves:
            pending.append(fact)
    return waves


def _draft(wave: Wave, doc: Doc) -> Draft:
    attacker = wave.attacker or ("UA" if wave.votes["UA"] > wave.votes["RU"] else "RU")
    weapons, w_spans = parts.weapons(wave.facts, doc)
    casualties, c_spans = parts.casualties(wave.facts, doc)
    locations, l_spans = parts.locations(wave.facts, doc)
    targets, t_spans = parts.targets(wave.facts, doc)
    anchor = doc.anchor.isoformat() if doc.anchor else None
    when = wave.date or anchor
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
        "event": tuple(doc.span(f.start, f.end) for f in [f for f in wave.facts if f.level == "strong"][:4]),
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
