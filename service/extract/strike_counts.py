"""Numbers that belong to a strike: munition counts with their role, casualties, sites hit.

Input is one clause of normalised text (offsets are relative to it); output is plain records the
strike extractor merges per attack wave. Rules, in the words of wire reporting:

- "launched 653 drones and 51 missiles" -> launched; "intercepted/shot down 585 drones" -> intercepted;
  the nearest role verb before the count decides, else the first one after it
  ("747 drones and four missiles were shot down").
- "shot down all five drones" -> launched 5 and intercepted 5.
- "44 of the 53 drones" -> 53 launched (44 intercepted only under an intercept verb).
- "of which 88 were shot down" -> a bare count under an intercept verb takes the last weapon named;
  "208 drones were lost (from radars)" counts as neither.
- "nine missile hits", "56 drone strikes" are impacts, not launches: no count.
- casualties: "killing at least four", "injuring eight people", "The attack injured four",
  "one person was killed", "1 dead", "killed a woman", "no casualties" -> 0.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from service.nlp.numbers import Number, find_numbers, fold
from service.nlp.weapons import WeaponMention

INTERCEPT = (
    r"shot\s+down|shoot(?:s|ing)?\s+down|downed|downing|brought\s+down|bringing\s+down|taken\s+down|"
    r"took\s+down|intercept(?:ed|ing|s)?|destroy(?:ed|ing|s)?|neutrali[sz](?:ed|ing|es)?|"
    r"repel(?:led|ling|s)?|eliminat(?:ed|ing)|knocked\s+out|suppressed|jammed"
)
LAUNCH = (
    r"launch(?:ed|es|ing)?|fir(?:ed|es|ing)|us(?:ed|es|ing)|sen(?:t|ds|ding)|deploy(?:ed|ing|s)?|"
    r"attack(?:ed|ing)|target(?:ed|ing)|unleash(?:ed|es|ing)?|involv(?:ed|ing)|includ(?:ed|ing)|"
    r"struck|hit|pound(?:ed|ing)|bombard(?:ed|ing)|dropp(?:ed|ing)|flew|rain(?:ed|ing)"
)
_DIGIT = re.compile(r"\d")
_NOT_PEOPLE_AFTER = re.compile(r"\s*(?:-year|year|percent|%|km|of\s+the\s)")  # "5-year-old", "40 percent"
_ROLE_VERB = re.compile(rf"\b(?:(?P<i>{INTERCEPT})|(?P<l>{LAUNCH}))\b")
# Words that may stand between a count and its weapon noun: "three ballistic Iskander-M missiles".
_STOP = frozenset((
    "of", "and", "or", "at", "in", "on", "to", "from", "by", "with", "for", "were", "was", "had", "have", "has",
    "the", "a", "an", "that", "which", "over", "into", "people", "civilians", "locations", "sites", "times",
    "regions", "towns", "villages", "settlements", "days", "hours", "nights", "percent", "per", "km", "miles",
    "them", "they", "it", "its", "their", "his", "her", "this", "these", "those",
))
_IMPACT_AFTER = re.compile(
    r"\s*(?:strikes?|hits?|attacks?(?!\s+drones?)|debris|wreckage|fragments?|operators?|units?|launchers?|production|"
    r"factor(?:y|ies)|plants?|sites?|impacts?|alerts?|threats?)\b",
)
_HEADS = r"(?:drones?|uavs?|missiles?|rockets?|bombs?|shaheds?|decoys)"
# "37 missiles [and 55 drones] were shot down": the count's own passive verb, past a coordinated count
_PASSIVE_INTERCEPTED = re.compile(
    rf"(?:\s+and\s+\S+\s+(?:[\w-]+\s+){{0,2}}?{_HEADS})?[\"']?\s+(?:were|was|have\s+been|had\s+been|are|being)"
    rf"\s+(?:{INTERCEPT})\b")
# "208 drones were lost (from radars)": neither launched nor intercepted
_LOST_AFTER = re.compile(r"[\"']?\s+(?:were|was|had\s+been|have\s+been)\s+(?:[\"']?(?:locationally\s+)?lost|"
                         r"missed|jammed)\b")
_OF_THE = re.compile(r"\s+(?:out\s+)?of\s+(?:the\s+|a\s+total\s+of\s+)?")
_ALL_BEFORE = re.compile(r"\ball\s+$")
_NONE_DOWN = re.compile(
    rf"\b(?:(?:neither|none)(?:\s+of\s+(?:them|which|these|those|the\s+(?:[\w-]+\s+){{0,2}}?{_HEADS}))?|no\s+(?:[\w-]+\s+)?{_HEADS})"
    rf"\s+(?:(?:was|were|could\s+be|had\s+been|has\s+been|have\s+been)\s+)(?:{INTERCEPT})\b",
)
_BARE_INTERCEPTED = re.compile(
    rf"\s*(?:of\s+them\s+|of\s+which\s+|more\s+)?(?:(?:were|was|have\s+been|had\s+been|being)\s+)?"
    rf"(?:{INTERCEPT})\b",
)


@dataclass(frozen=True, slots=True)
class Count:
    """A munition count: ``role`` is "launched", "intercepted" or "both" ("shot down all five")."""

    start: int
    end: int
    category: str
    model: str | None
    value: int | float
    qualifier: str | None
    role: str


def _role_at(clause: str, start: int, end: int) -> str:
    """The role verb nearest before ``start`` in the clause, else the first after ``end``."""
    before = None
    for m in _ROLE_VERB.finditer(clause, max(0, start - 200), start):
        before = m
    if before is not None:
        return "intercepted" if before.group("i") else "launched"
    after = _ROLE_VERB.search(clause, end, min(len(clause), end + 80))
    if after is not None and after.group("i"):
        return "intercepted"
    return "launched"


def _weapon_after(clause: str, num: Number, weapons: list[WeaponMention]) -> list[WeaponMention]:
    """The weapon phrase a count quantifies ("three ballistic Iskander-M missiles"), or []."""
    chain: list[WeaponMention] = []
    pos, budget = num.end, 3  # at most three modifier words in all
    for w in weapons:
        if w.start < pos:
            continue
        gap = clause[pos : w.start]
        tokens = gap.split()
        if len(tokens) > budget or any(t.lower() in _STOP for t in tokens):
            break
        if any(c in gap for c in ",;:()\"") or _DIGIT.search(gap):
            break
        budget -= len(tokens)
        chain.append(w)
        pos = w.end
    if chain and _IMPACT_AFTER.match(clause, chain[-1].end):
        return []
    return chain


def find_counts(text: str, weapons: list[WeaponMention], numbers: list[Number] | None = None,
                low: str | None = None) -> list[Count]:
    """Munition counts in one clause, each with its category, model and role.

    ``numbers``: ``find_numbers(text)`` if the caller has it already; ``low``: ``fold(text)``, likewise.
    """
    out: list[Count] = []
    clause = fold(text) if low is None else low
    nums = [n for n in (find_numbers(clause) if numbers is None else numbers) if isinstance(n.value, int)]
    for i, num in enumerate(nums):
        value = num.value
        assert value is not None
        if i > 0 and _OF_THE.fullmatch(clause, nums[i - 1].end, num.start):
            # "44 of the 53 drones": the total is launched; the part only counts when intercepted
            chain = _weapon_after(clause, num, weapons)
            if chain:
                prev = nums[i - 1]
                cat, model = chain[-1].category, _model(chain)
                out.append(Count(num.start, chain[-1].end, cat, model, value, num.qualifier, "launched"))
                if _role_at(clause, prev.start, prev.end) == "intercepted" and prev.value is not None:
                    out.append(Count(prev.start, prev.end, cat, model, prev.value, prev.qualifier, "intercepted"))
            continue
        if i + 1 < len(nums) and _OF_THE.fullmatch(clause, num.end, nums[i + 1].start):
            continue  # the part of "N of the M": handled with M
        chain = _weapon_after(clause, num, weapons)
        if not chain:
            bare = _BARE_INTERCEPTED.match(clause, num.end)
            prior = [w for w in weapons if w.end <= num.start]
            if bare and prior and isinstance(value, int) and value < 100_000:
                every = _ALL_BEFORE.search(clause, max(0, num.start - 8), num.start)  # "all 12 were shot down"
                out.append(Count(num.start, bare.end(), prior[-1].category, prior[-1].model, value,
                                 num.qualifier, "both" if every else "intercepted"))
            continue
        if _LOST_AFTER.match(clause, chain[-1].end):
            continue
        role = _role_at(clause, num.start, num.end)
        if _PASSIVE_INTERCEPTED.match(clause, chain[-1].end):
            role = "intercepted"
        if role == "intercepted" and _ALL_BEFORE.search(clause, max(0, num.start - 8), num.start):
            role = "both"
        out.append(Count(num.start, chain[-1].end, chain[-1].category, _model(chain), value, num.qualifier, role))
    if "n" in clause:
        out += none_intercepted(clause, weapons)
    return out


def none_intercepted(clause: str, weapons: list[WeaponMention], fallback: WeaponMention | None = None) -> list[Count]:
    """"neither was shot down", "none of them were intercepted", "no missiles were downed": 0 intercepted
    of the weapon named (or the last one named before, or ``fallback``: one named earlier in the sentence).
    ``clause`` is case-folded."""
    out: list[Count] = []
    for m in _NONE_DOWN.finditer(clause):
        named = [w for w in weapons if m.start() <= w.start < m.end()]
        prior = named or [w for w in weapons if w.end <= m.start()] or ([fallback] if fallback else [])
        if prior:
            out.append(Count(m.start(), m.end(), prior[-1].category, prior[-1].model, 0, "exact", "intercepted"))
    return out


def _model(chain: list[WeaponMention]) -> str | None:
    return next((w.model for w in chain if w.model), None)


# ----------------------------------------------------------------------------------------- casualties

_PERSON = (
    r"(?:people|persons?|civilians?|residents?|others|children|child|kids|adults|women|woman|men|man|"
    r"teenagers?|boys?|girls?|pensioners?|elderly|rescuers?|medics?|workers?|employees|police(?:men|officers)?|"
    r"soldiers|servicemen|investigators|firefighters|journalists?|drivers?|individuals|victims|passengers?)"
)
_AFTER = re.compile(
    rf"\s*(?:(?:more|other|more\s+people|people|{_PERSON}|of\s+them|in\s+total|in\s+all|including\s+\w+)\s+)"
    # ", including 15 children,"
    rf"{{0,2}}(?:(?:people|{_PERSON})?,\s+(?:including|among\s+them)\s+[^,.;()]{{1,40}},\s+)?"
    rf"(?:(?:were|was|have\s+been|had\s+been|has\s+been|are|is|been|reportedly|also|later|confirmed|reported)\s+){{0,3}}(?P<what>killed|dead|died|deaths?|fatalities|lost\s+their\s+lives|"
    rf"injured|wounded|hurt|injuries|hospitali[sz]ed)\b",
)
_BEFORE = re.compile(
    r"(?P<what>killing|killed|kills|kill|claimed\s+the\s+lives\s+of|death\s+toll\s+(?:\w+\s+){0,2}to|"
    r"wounding|wounded|injuring|injured|injures|injure|hurting|hurt)\s+$",
)
_SINGLE = r"(?:driver|man|woman|child|boy|girl|pensioner|resident|passenger|worker|employee|teenager|guard|farmer)"
_ONE_PERSON = re.compile(
    rf"\b(?P<what>kill(?:ed|ing|s)?|wound(?:ed|ing|s)?|injur(?:ed|ing|es)?|hurt(?:ing)?)\s+(?:(?:a|an|one)\s+"
    rf"(?:[\w-]+\s+){{0,2}}?{_PERSON}|the\s+(?:[\w-]+\s+)?{_SINGLE})\b|\b(?:a|an|one)\s+(?:[\w-]+\s+){{0,2}}?{_PERSON}\s+"
    rf"(?:was\s+|has\s+been\s+|later\s+)?(?P<what2>killed|injured|wounded|hurt|died)\b",
)
# "the death toll from Saturday's strike on Sumy rose to 35"
_TOLL = re.compile(
    r"\b(?:death\s+toll|toll|(?P<inj>number\s+of\s+(?:injured|wounded|injuries|people\s+(?:injured|wounded|hurt))|"
    r"injury\s+toll)|number\s+of\s+(?:dead|deaths|victims|people\s+killed))\b[^.;]{0,70}?\b(?:rose|risen|"
    r"climbed|reached|increased|jumped|grew|stands\s+at|stood\s+at|is|was|has\s+risen|had\s+risen)\s+(?:to\s+)?"
    r"(?:at\s+least\s+)?$"
)
_NONE = re.compile(
    r"\bno\s+(?:(?:immediate\s+)?(?:reports?\s+of\s+)?(?:damage\s+or\s+)?(?P<both>casualties|victims)|"
    r"(?:one|people)\s+(?:was|were)\s+(?P<k>killed)|(?:one|people)\s+(?:was|were)\s+(?P<i>injured|wounded)|"
    r"(?:one|people)\s+(?:was|were)\s+(?P<h>hurt)|"
    r"(?P<i2>injuries)|(?P<k2>deaths|fatalities))|\bwithout\s+(?P<both2>casualties)\b",
)


@dataclass(frozen=True, slots=True)
class Casualty:
    start: int
    end: int
    kind: str  # "killed" | "injured"
    value: int | float


def _kind(word: str) -> str:
    w = word.lower()
    return "killed" if w.startswith(("kill", "dead", "died", "death", "fatal", "lost", "claimed")) else "injured"


def find_casualties(text: str, numbers: list[Number] | None = None, low: str | None = None) -> list[Casualty]:
    """Casualty figures in one clause ("killing at least four", "no casualties" -> two zeros).

    ``numbers``: ``find_numbers(text)`` if the caller has it already; ``low``: ``fold(text)``, likewise.
    """
    out: list[Casualty] = []
    clause = fold(text) if low is None else low
    for num in find_numbers(clause) if numbers is None else numbers:
        if num.value is None or not isinstance(num.value, int) or num.value > 1_000_000:
            continue
        if clause[max(0, num.start - 3) : num.start] == "no ":
            continue  # "no one was hurt"
        after = _AFTER.match(clause, num.end)
        before = _BEFORE.search(clause, max(0, num.start - 40), num.start)
        toll = _TOLL.search(clause, max(0, num.start - 120), num.start) if "number" in clause or "toll" in clause \
            else None
        if toll:
            out.append(Casualty(num.start, num.end, "injured" if toll.group("inj") else "killed", num.value))
        elif after:
            out.append(Casualty(num.start, after.end(), _kind(after.group("what")), num.value))
        elif before and not _NOT_PEOPLE_AFTER.match(clause, num.end):
            out.append(Casualty(before.start(), num.end, _kind(before.group("what")), num.value))
    for m in _ONE_PERSON.finditer(clause):
        out.append(Casualty(m.start(), m.end(), _kind(m.group("what") or m.group("what2")), 1))
    for m in _NONE.finditer(clause):
        if m.group("both") or m.group("both2") or m.group("h"):
            out += [Casualty(m.start(), m.end(), "killed", 0), Casualty(m.start(), m.end(), "injured", 0)]
        elif m.group("k") or m.group("k2"):
            out.append(Casualty(m.start(), m.end(), "killed", 0))
        else:
            out.append(Casualty(m.start(), m.end(), "injured", 0))
    return out


_SITE_WORD = re.compile(r"\b(?:locations|sites|places)\b")
# Both read backwards from the site word: "... in 37 [different] locations", "29 locations were hit".
_SITES_IN = re.compile(r"\b(?:in|at|on|across)\s+(?P<n>[\w,]{1,12}(?:\s+[\w-]{1,12})?)\s+(?:different\s+)?$")
_SITES_HIT = re.compile(r"\s+(?:were|was|had\s+been|have\s+been)\s+(?:hit|struck|damaged|affected)\b")
_SITES_N = re.compile(r"\b(?P<n>[\w,]{1,12}(?:\s+[\w-]{1,12})?)\s+$")
_DEBRIS = re.compile(r"\b(?:debris|fell|fragments)\b")
_HIT_NEAR = re.compile(r"\b(?:hits?|struck|strikes?|impacts?|hit)\b")


def find_sites_hit(text: str) -> tuple[int, int, int] | None:
    """(start, end, n) for "29 locations were hit" / "hits ... in 37 locations"; debris falls do not count."""
    clause = fold(text)
    for w in _SITE_WORD.finditer(clause):
        lo = max(0, w.start() - 40)
        passive = _SITES_HIT.match(clause, w.end())
        m = _SITES_N.search(clause, lo, w.start()) if passive else _SITES_IN.search(clause, lo, w.start())
        if m is None:
            continue
        nums = find_numbers(m.group("n"))
        if not nums or not isinstance(nums[0].value, int):
            continue
        if not passive:
            lead = clause[max(0, m.start() - 80) : m.start()]
            if not _HIT_NEAR.search(lead) or _DEBRIS.search(lead[-30:]):
                continue
        return m.start(), passive.end() if passive else w.end(), nums[0].value
    return None
