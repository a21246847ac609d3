"""One clause of an article read as a strike fact: side votes, date, weapons, counts, casualties, places.

``read_facts(doc) -> list[Fact]`` skips sentences without a strike word (a cheap set test), splits the
others into clauses (at "; ", ", while ", ", and ", "a day after" ...), drops datelines ("KYIV (Reuters)
-"), background and hypothetical remarks, and keeps each clause that tells of a strike (``level``
"strong": enough to open an event; "weak": only adds to one; "outage": only adds an energy target).
All offsets in a Fact are offsets into the body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from service.domain import Mention
from service.extract import strike_counts as counts
from service.extract import strike_sides as sides
from service.extract import strike_where as where
from service.extract.strike_counts import Casualty, Count
from service.nlp.dates import DateRef
from service.nlp.numbers import find_numbers, fold
from service.nlp.text import Doc, Sentence
from service.nlp.weapons import WEAPON_WORDS, TargetMention, find_targets, find_weapons
from service.nlp.weapons import wordset as _wordset

_CLAUSE_BREAK = re.compile(r"[;,]\s+(?:(?:while|whereas|even\s+as|as|but|and)\s+)?")
_BREAK_WORD = re.compile(r"\s(?:while|whereas)\s+")
_RELATIVE_DAY = re.compile(
    r"\b(?P<n>a|one|two|three)\s+days?\s+(?:after|before|earlier)\b|\bthe\s+(?:previous|preceding)\s+day\b"
)
_DATELINE = re.compile(
    r"(?:\(\w+\)\s*)?[A-Z]{2}[A-Z'.-]+(?:[ ,]+[A-Z]{2}[A-Z'.-]*){0,4}(?:,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}"
    r"(?:,\s*\d{4})?)?\s*(?:\([A-Za-z .]{1,30}\))?\s*(?:-+|:)\s*"
)
_OUTAGE = re.compile(r"\b(?:power\s+(?:cuts?|outages?)|blackouts?|cut(?:ting)?\s+power|de-energi[sz]ed|"
                     r"without\s+(?:power|electricity|heating))\b")
_CLAIMED = re.compile(r"\b(?:claim(?:ed|s)?|insist\w*)\b")
_WORD = re.compile(r"[a-z0-9]+")
# A sentence without one of these words says nothing about a strike: skip it cheaply.
_STRIKE_WORDS = WEAPON_WORDS | _wordset(
    "attack attacks attacked attacking strike strikes struck striking hit hits hitting target targeted targeting "
    "launched launch launches fired firing shot downed downing intercepted intercept intercepting destroyed "
    "destroying neutralised neutralized explosion explosions blast blasts barrage bombardment raid raids assault "
    "killed killing kill kills dead died death deaths toll injured injuring wounded wounding hurt injuries "
    "casualties victims damaged damage debris fire ablaze power blackout blackouts outages outage energized "
    "energised electricity locations targets impact impacts smouldering obliterated collapsed bombardments "
    "barrages onslaught shelled defences defenses"
)
_SIDE_WORDS = _wordset("russia russian russians moscow kremlin occupiers invaders enemy ukraine ukrainian ukrainians "
                       "kyiv kiev sbu")
_STRIKE_VERB = re.compile(r"\b(?:attacked|struck|hit|targeted|shelled|pounded|bombed|bombarded)\b")
_HARM_WORDS = _wordset(
    "killed killing kill kills dead died death deaths toll fatalities lives injured injuring injure injures wounded "
    "wounding hurt hurting injuries hospitalized hospitalised casualties victims"
)
_MAX_CLAUSE = 1_500  # longer "clauses" are tables, lists or junk, not prose reporting a strike
_SEPARATE = re.compile(r"\b(?:in\s+a\s+separate|separately|in\s+another\s+(?:attack|strike|incident))\b")
_ROLE_OR_CUE = re.compile(
    rf"\b(?:{counts.LAUNCH}|{counts.INTERCEPT}|attacks?|strikes?|barrages?|bombardments?)\b")


@dataclass
class Fact:
    """What one clause says about a strike (body offsets throughout)."""

    sentence: int
    start: int
    end: int
    level: str  # "strong" | "weak" | "outage"
    votes: dict[str, int]
    source: str | None = None
    date: str | None = None
    date_rank: int = 0  # 3 an explicit day, 2 a statement day ("said on Friday"), 1 "overnight", 0 none
    date_span: tuple[int, int] | None = None
    categories: dict[str, str | None] = field(default_factory=dict)
    counts: list[Count] = field(default_factory=list)
    casualties: list[Casualty] = field(default_factory=list)
    sites: tuple[int, int, int] | None = None
    targets: list[TargetMention] = field(default_factory=list)
    places: list[tuple[Mention, str | None, int]] = field(default_factory=list)  # mention, facility, end
    claimed: bool = False
    separate: bool = False  # "In a separate attack, ...": never part of an earlier wave
    place_vote: str | None = None  # the vote its places' country gave (included in ``votes``)

    @property
    def lean(self) -> str | None:
        """The side the words point to, however weakly (a place's country aside: Crimea, occupied towns)."""
        ru, ua = self.votes["RU"], self.votes["UA"]
        if self.place_vote:
            ru, ua = (ru - 1, ua) if self.place_vote == "RU" else (ru, ua - 1)
        return None if ru == ua else ("RU" if ru > ua else "UA")

    @property
    def attacker(self) -> str | None:
        """The side with a strong vote (>= 2), if one leads."""
        ru, ua = self.votes["RU"], self.votes["UA"]
        if max(ru, ua) >= 2 and ru != ua:
            return "RU" if ru > ua else "UA"
        return None


def _clauses(sentence: Sentence, low: str, skip: int) -> list[tuple[int, int]]:
    """Clause spans (body offsets) of a sentence, after its first ``skip`` characters (a dateline)."""
    base, stop = sentence.start, sentence.end
    cuts: list[tuple[int, int]] = []  # (end of a clause, start of the next)
    for m in _CLAUSE_BREAK.finditer(low, base + skip, stop):
        if m.group(0)[0] == ";" or m.end() - m.start() > 2:  # ", " alone is a list comma, not a clause break
            cuts.append((m.start(), m.end()))
    if "while" in low[base:stop] or "whereas" in low[base:stop]:
        cuts += [(m.start(), m.end()) for m in _BREAK_WORD.finditer(low, base + skip, stop)]
    if "day" in low[base:stop]:
        cuts += [(m.start(), m.start()) for m in _RELATIVE_DAY.finditer(low, base + skip, stop)]
    spans, start = [], base + skip
    for cut_end, next_start in sorted(cuts):
        if cut_end > start:
            spans.append((start, cut_end))
        start = max(start, next_start)
    if start < stop:
        spans.append((start, stop))
    return spans


def _level(fact: Fact, cue: bool, strong_noun: bool, low: str) -> str | None:
    """How much a clause may do: open an event ("strong"), add to one ("weak"), or nothing (None)."""
    if not cue and not fact.categories:
        if fact.casualties:
            return "weak"  # "In Lviv, one person was killed": a detail of the wave being told
        return "outage" if _OUTAGE.search(low) else None
    side3 = max(fact.votes.values()) >= 3
    harm = any(c.value for c in fact.casualties)
    if fact.counts or (harm and (cue or fact.categories)):
        return "strong"
    if fact.categories and (side3 or fact.places or fact.targets) and cue | bool(fact.places):
        return "strong"
    if strong_noun and (side3 or fact.places or fact.targets):
        return "strong"
    if cue and fact.places and (fact.targets or (side3 and _STRIKE_VERB.search(low))):
        return "strong"  # "Russia attacked Sumy overnight."
    return "weak"


def _read_clause(doc: Doc, low: str, index: where.PlaceIndex, sent: Sentence, span: tuple[int, int],
                 floor: int) -> Fact | None:
    start, end = span
    text, ltext = doc.text[start:end], low[start:end]
    words = set(_WORD.findall(ltext))
    if end - start > _MAX_CLAUSE or _STRIKE_WORDS.isdisjoint(words) or sides.is_irrealis(text, words):
        return None
    cue, strong_noun = sides.strike_cues(text)
    has_side = not _SIDE_WORDS.isdisjoint(words)
    votes = sides.attacker_votes(text) if has_side else {"RU": 0, "UA": 0}
    weapons = find_weapons(text, words)
    if not cue and weapons and max(votes.values()) < 3 and not _ROLE_OR_CUE.search(low, sent.start, sent.end):
        weapons = []  # "it is the artillery, not the conference table, that shapes the war"
    fact = Fact(sent.index, start, end, "weak", votes, sides.source_side(text) if has_side else None)
    for w in weapons:
        fact.categories.setdefault(w.category, w.model)
        if w.model and not fact.categories[w.category]:
            fact.categories[w.category] = w.model
    nums = find_numbers(ltext)
    fact.counts = counts.find_counts(text, weapons, nums) if weapons and nums else []  # clause offsets for now
    harm_words = not _HARM_WORDS.isdisjoint(words)
    fact.casualties = counts.find_casualties(text, nums) if harm_words else []
    fact.sites = counts.find_sites_hit(text) if "locations" in words or "sites" in words else None
    fact.claimed = _CLAIMED.search(ltext) is not None
    fact.separate = _SEPARATE.search(ltext) is not None
    fact.targets = [] if fact.claimed else find_targets(text, words)
    fact.places = where.places(doc, low, index, span, floor)
    level = _level(fact, cue, strong_noun, ltext)
    if level is None:
        return None
    fact.level = level
    _absolute(fact, start)
    countries = {m.place.country for m, _, _ in fact.places if m.place.country}
    if len(countries) == 1:
        fact.place_vote = "UA" if countries == {"RU"} else "RU"
        fact.votes[fact.place_vote] += 1
    return fact


def _absolute(fact: Fact, base: int) -> None:
    """Move clause-relative offsets to body offsets."""
    fact.counts = [counts.Count(c.start + base, c.end + base, c.category, c.model, c.value, c.qualifier, c.role)
                   for c in fact.counts]
    fact.casualties = [counts.Casualty(c.start + base, c.end + base, c.kind, c.value) for c in fact.casualties]
    if fact.sites:
        fact.sites = (fact.sites[0] + base, fact.sites[1] + base, fact.sites[2])
    fact.targets = [TargetMention(t.start + base, t.end + base, t.category, t.text, t.facility) for t in fact.targets]
    if fact.date_span:
        fact.date_span = (fact.date_span[0] + base, fact.date_span[1] + base)


def _date_facts(doc: Doc, low: str, facts: list[Fact], clauses: list[tuple[int, int]], refs: list[DateRef]) -> None:
    """Date each fact: its own time expression, else its sentence's; "a day after" counts back from it."""
    own: tuple[str | None, int, tuple[int, int] | None] = (None, 0, None)
    for start, end in clauses:
        if not _RELATIVE_DAY.search(low, start, min(end, start + 40)):
            found = where.clause_date(low, refs, start, end)
            if found[0] and found[1] > own[1]:
                own = found
    for fact in facts:
        fact.date, fact.date_rank, fact.date_span = where.clause_date(low, refs, fact.start, fact.end)
        rel = _RELATIVE_DAY.search(low, fact.start, min(fact.end, fact.start + 40))
        if rel and fact.date is None:
            days = {"a": 1, "one": 1, "two": 2, "three": 3}.get(rel.group("n") or "a", 1)
            ref = date.fromisoformat(own[0]) if own[0] else doc.anchor
            if ref is not None:
                fact.date, fact.date_rank = (ref - timedelta(days=days)).isoformat(), 3
                fact.date_span = (rel.start(), rel.end())
        elif fact.date is None and own[0]:
            fact.date, fact.date_rank, fact.date_span = own


def read_facts(doc: Doc) -> list[Fact]:
    """Every strike fact in the article, in text order."""
    out: list[Fact] = []
    low = fold(doc.text)
    index = where.PlaceIndex(doc)
    for sent in doc.sentences:
        words = set(_WORD.findall(low, sent.start, sent.end))
        if _STRIKE_WORDS.isdisjoint(words) or sides.is_background(sent.text, words):
            continue
        dl = _DATELINE.match(sent.text)
        floor = sent.start + (dl.end() if dl else 0)
        clauses = _clauses(sent, low, floor - sent.start)
        facts = [f for f in (_read_clause(doc, low, index, sent, c, floor) for c in clauses) if f is not None]
        if not facts:
            continue
        _date_facts(doc, low, facts, clauses, where.sentence_dates(doc, low, sent, floor, words))
        if len(facts) == 1 and not facts[0].places and facts[0].level != "outage":
            facts[0].places = where.places(doc, low, index, (sent.start, sent.end), floor)
        out.extend(facts)
    return out
