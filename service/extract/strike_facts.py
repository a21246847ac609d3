"""One clause of an article read as a strike fact: side votes, date, weapons, counts, casualties, places.

``read_facts(doc) -> list[Fact]`` skips sentences without a strike word (a cheap set test), splits the
others into clauses (at "; ", ", while ", ", and ", "a day after" ...), drops datelines ("KYIV (Reuters)
-"), background and hypothetical remarks, and keeps each clause that tells of a strike (``level``
"strong": enough to open an event; "weak": only adds to one; "outage": only adds an energy target).
All offsets in a Fact are offsets into the body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
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
    "barrages onslaught shelled defences defenses ruins rubble wreckage slammed crashed sank sunk sinking"
)
_SIDE_WORDS = _wordset("russia russian russians moscow kremlin occupiers invaders enemy ukraine ukrainian ukrainians "
                       "kyiv kiev sbu")
_STRIKE_VERB = re.compile(r"\b(?:attacked|struck|hit|targeted|shelled|pounded|bombed|bombarded)\b")
_HARM_WORDS = _wordset(
    "killed killing kill kills dead died death deaths toll fatalities lives injured injuring injure injures wounded "
    "wounding hurt hurting injuries hospitalized hospitalised casualties victims"
)
_SINCE_BEFORE = re.compile(r"\b(?:since|until|till|by)\s+$")
_UPDATE = re.compile(
    r"\b(?:toll|number\s+of)\b[^.;]{0,60}?\b(?:rose|risen|climbed|reached|increased|jumped|grew)\b|"
    r"\blater\s+died\b|\bdied\s+(?:in\s+hospital|of\s+(?:their|his|her)\s+(?:wounds|injuries))"
)
_MLRS = re.compile(r"\b(?:multiple\s+rocket\s+launch\w*|rocket\s+launchers?|mlrs|grad|uragan|smerch|tornado-s|himars|"
                   r"vampire|rm-70|bm-2[17]|bm-30)\b")
_ZERO_WORDS = _wordset("neither none no")
_DOWN_WORDS = _wordset("shot downed intercepted destroyed neutralised neutralized repelled eliminated suppressed "
                       "jammed")
_MAX_CLAUSE = 1_500  # longer "clauses" are tables, lists or junk, not prose reporting a strike
_APART = re.compile(r"\s*(?:earlier|later)\s+(?:on|that|in\s+the)\s+(?:day|\w+day|morning|evening|night|week)\b")
_EVENING = re.compile(r"\b(?:late|evening)\b")  # "Friday night" is dated the next morning already
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
    apart: bool = False  # "Earlier on Wednesday, ...": another wave unless the same kind of weapon
    evening: bool = False  # its explicit day is told as an evening or night ("late on Friday")
    month: str | None = None  # "YYYY-MM" of an undated fact told in a month ("In April, a strike on Sumy ...")
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
                 floor: int, clean: str | None = None) -> Fact | None:
    start, end = span
    text, ltext = doc.text[start:end], low[start:end]
    words = sides.words_in(low, clean, start, end)
    if end - start > _MAX_CLAUSE or _STRIKE_WORDS.isdisjoint(words) or sides.is_irrealis(text, words, ltext):
        return None
    cue, strong_noun = sides.strike_cues(text, ltext, words)
    has_side = not _SIDE_WORDS.isdisjoint(words)
    votes = sides.attacker_votes(text, ltext, words) if has_side else {"RU": 0, "UA": 0}
    weapons = find_weapons(text, words, ltext)
    if any(w.category == "missile" and w.text[:1] in "rR" for w in weapons) and _MLRS.search(low, sent.start, sent.end):
        weapons = [replace(w, category="artillery") if w.category == "missile" and w.text.lower().startswith("rocket")
                   else w for w in weapons]  # rockets of a multiple rocket launcher are artillery
    if not cue and weapons and max(votes.values()) < 3 and not _ROLE_OR_CUE.search(low, sent.start, sent.end):
        weapons = []  # "it is the artillery, not the conference table, that shapes the war"
    fact = Fact(sent.index, start, end, "weak", votes, sides.source_side(text) if has_side else None)
    for w in weapons:
        fact.categories.setdefault(w.category, w.model)
        if w.model and not fact.categories[w.category]:
            fact.categories[w.category] = w.model
    harm_words = not _HARM_WORDS.isdisjoint(words)
    nums = find_numbers(ltext) if weapons or harm_words else []
    fact.counts = counts.find_counts(text, weapons, nums, ltext) if weapons and nums else []  # clause offsets for now
    if not fact.counts and not _ZERO_WORDS.isdisjoint(words) and not _DOWN_WORDS.isdisjoint(words):
        # "...; neither was shot down"
        earlier = find_weapons(doc.text[sent.start : start]) if not weapons and start > sent.start else []
        fact.counts = counts.none_intercepted(ltext, weapons, earlier[-1] if earlier else None)
        for c in fact.counts:
            fact.categories.setdefault(c.category, c.model)
    fact.casualties = counts.find_casualties(text, nums, ltext) if harm_words else []
    if not cue and not fact.categories and not fact.casualties and _OUTAGE.search(ltext) is None:
        return None  # ``_level`` would say None whatever the clause's targets and places: spare their scans
    fact.sites = counts.find_sites_hit(text) if "locations" in words or "sites" in words else None
    fact.claimed = ("claim" in ltext or "insist" in ltext) and _CLAIMED.search(ltext) is not None
    fact.separate = ("separate" in ltext or "another" in ltext) and _SEPARATE.search(ltext) is not None
    fact.apart = _APART.match(ltext) is not None
    fact.targets = [] if fact.claimed else find_targets(text, words, ltext)
    fact.places = where.places(doc, low, index, span, floor)
    level = _level(fact, cue, strong_noun, ltext)
    if level is None:
        return None
    fact.level = level
    _absolute(fact, start)
    countries = {m.place.country for m, _, _ in fact.places if m.place.country and not _occupied(low, m)}
    if len(countries) == 1:
        fact.place_vote = "UA" if countries == {"RU"} else "RU"
        fact.votes[fact.place_vote] += 1
    return fact


def _occupied(low: str, m: Mention) -> bool:
    """Crimea, or a place called occupied: its country says nothing about who struck it."""
    return m.place.admin1 == "Crimea" or m.place.name == "Crimea" or "occupied" in low[max(0, m.start - 24) : m.start]


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
    months = [r.value for r in refs if r.kind == "month" and r.value and len(r.value) == 7
              and not _SINCE_BEFORE.search(low, max(0, r.start - 8), r.start)]
    for start, end in clauses:  # every _RELATIVE_DAY match has "day": a C-speed gate before the scan
        lim = min(end, start + 40)
        if low.find("day", start, lim) == -1 or not _RELATIVE_DAY.search(low, start, lim):
            found = where.clause_date(low, refs, start, end)
            if found[0] and found[1] > own[1]:
                own = found
    for fact in facts:
        fact.date, fact.date_rank, fact.date_span = where.clause_date(low, refs, fact.start, fact.end)
        rel = _RELATIVE_DAY.search(low, fact.start, min(fact.end, fact.start + 40)) if low.find(
            "day", fact.start, min(fact.end, fact.start + 40)) != -1 else None  # every match has "day"
        if rel and fact.date is None:
            days = {"a": 1, "one": 1, "two": 2, "three": 3}.get(rel.group("n") or "a", 1)
            ref = date.fromisoformat(own[0]) if own[0] else doc.anchor
            if ref is not None:
                fact.date, fact.date_rank = (ref - timedelta(days=days)).isoformat(), 3
                fact.date_span = (rel.start(), rel.end())
        elif fact.date is None and own[0]:
            fact.date, fact.date_rank, fact.date_span = own
        if fact.date is None and months:
            fact.month = months[0]
        if fact.date_rank == 3 and fact.date_span:
            fact.evening = _EVENING.search(low, max(0, fact.date_span[0] - 6), fact.date_span[1] + 9) is not None
        if fact.date_rank == 3 and fact.casualties and _UPDATE.search(low, fact.start, fact.end):
            fact.date_rank = 2  # "by Monday the toll had risen to seven": the day of the update, not of the strike


_SAME_TIME = re.compile(
    r"\b(?:(?:during|in|over|on|within)\s+the\s+same\s+(?:period|day|night|time|hours)|at\s+the\s+same\s+time|"
    r"that\s+same\s+(?:day|night)|the\s+same\s+night)\b"
)
_LOOK_BACK = 8  # sentences searched for the day "the same period" points to


def _same_time(doc: Doc, low: str, facts: list[Fact], sent: Sentence, seen: dict[int, list[DateRef]],
               clean: str | None) -> None:
    """"During the same period, Russia launched ...": the day last named in the sentences before."""
    for fact in facts:
        if fact.date_rank == 3 or not _SAME_TIME.search(low, fact.start, fact.end):
            continue
        for j in range(sent.index - 1, max(-1, sent.index - 1 - _LOOK_BACK), -1):
            prev = doc.sentences[j]
            refs = seen[j] if j in seen else where.sentence_dates(  # ``seen``: sentences read without a dateline
                doc, low, prev, prev.start, sides.words_in(low, clean, prev.start, prev.end))
            days = [r for r in refs if r.kind == "day" and r.value and len(r.value) == 10]
            if days:
                fact.date, fact.date_rank, fact.date_span = days[-1].value, 3, (days[-1].start, days[-1].end)
                break


def read_facts(doc: Doc) -> list[Fact]:
    """Every strike fact in the article, in text order."""
    out: list[Fact] = []
    low = fold(doc.text)
    index = where.PlaceIndex(doc)
    seen: dict[int, list[DateRef]] = {}
    clean = sides.word_spaces(low)
    for sent in doc.sentences:
        words = sides.words_in(low, clean, sent.start, sent.end)
        if _STRIKE_WORDS.isdisjoint(words) or sides.is_background(sent.text, words):
            continue
        dl = _DATELINE.match(sent.text)
        floor = sent.start + (dl.end() if dl else 0)
        clauses = _clauses(sent, low, floor - sent.start)
        facts = [f for f in (_read_clause(doc, low, index, sent, c, floor, clean) for c in clauses) if f is not None]
        if not facts:
            continue
        refs = where.sentence_dates(doc, low, sent, floor, words)
        if floor == sent.start:
            seen[sent.index] = refs
        _date_facts(doc, low, facts, clauses, refs)
        if "same" in words:
            _same_time(doc, low, facts, sent, seen, clean)
        if len(facts) == 1 and not facts[0].places and facts[0].level != "outage":
            facts[0].places = where.places(doc, low, index, (sent.start, sent.end), floor)
        out.extend(facts)
    return out
