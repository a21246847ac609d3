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
_ROLE_VERB = re.compile(rf"\b(?:(?P<i>{INTERCEPT})|(?P<l>{LAUNCH}))\b")
# Words that may stand between a count and its weapon noun: "three ballistic Iskander-M missiles".
_STOP = frozenset((
    "of", "and", "or", "at", "in", "on", "to", "from", "by", "with", "for", "were", "was", "had", "have", "has",
    "the", "a", "an", "that", "which", "over", "into", "people", "civilians", "locations", "sites", "times",
    "regions", "towns", "villages", "settlements", "days", "hours", "nights", "percent", "per", "km", "miles",
    "them", "they", "it", "its", "their", "his", "her", "this", "these", "those",
    "when", "after", "as", "while", "before", "because", "killed", "wounded", "injured", "dead", "died", "hurt",
))
_IMPACT_AFTER = re.compile(
    r"\s*(?:strikes?|hits?(?!\s+(?:the|a|an|its|their)\s)|attacks?(?!\s+drones?)|debris|wreckage|fragments?|operators?|units?|launchers?|production|"
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
_OF_THEM = re.compile(r"\s+of\s+(?:them|these|those)\b")
_OF_THE = re.compile(r"\s+(?:out\s+)?of\s+(?:the\s+|a\s+total\s+of\s+)?")
_ALL_BEFORE = re.compile(r"\ball\s+$")
# "11 of the 15 drones launched (overnight) were shot down"
_LAUNCHED_AFTER = re.compile(r"\s+(?:launched|fired|sent|used)\b(?:\s+(?:overnight|at\s+ukraine|on\s+\w+day)\b){0,2}")
_NONE_DOWN = re.compile(
    rf"\b(?:(?:neither|none)(?:\s+of\s+(?:them|which|these|those|the\s+(?:[\w-]+\s+){{0,2}}?{_HEADS}))?|no\s+(?:[\w-]+\s+)?{_HEADS})"
    rf"\s+(?:(?:was|were|could\s+be|had\s+been|has\s+been|have\s+been)\s+)(?:{INTERCEPT})\b",
)
_BARE_INTERCEPTED = re.compile(
    rf"\s*(?:of\s+them\s+|of\s+which\s+|more\s+|others?\s+)?(?:(?:were|was|have\s+been|had\s+been|being)\s+)?"
    rf"(?:{INTERCEPT})\b",
)
# "with 61 drones shot down": a participle straight after the weapon (only verbs that cannot be active
# verbs of the weapon itself: "12 drones destroyed a warehouse" is no interception)
_REDUCED_INTERCEPTED = re.compile(
    r"[\"']?\s+(?:shot\s+down|intercepted|downed|neutrali[sz]ed|brought\s+down)\b(?!\s+(?:a|an|the|\d)\b)")
# "shot down 81 of the missiles, ..., as well as 80 drones": the coordinated count keeps the first one's role
_OF_TOTAL = re.compile(r"(?:^|\W)of\s+(?:the|a\s+total\s+of|its|their)\s+$")
_COORDINATED = re.compile(r"\b(?:as\s+well\s+as|plus|along\s+with)\s+$")
# "a ballistic missile", "an Iskander-M missile": one munition (not "a drone attack", "debris of a drone")
_ONE = re.compile(r"\b(?P<pre>\w+\s+)?(?P<a>an?\s+(?:single\s+)?)(?:[\w-]+\s+){0,2}$")
_ONE_NOT_AFTER = frozenset(("of", "from", "like", "as", "than", "such"))
_ONE_ALONE = frozenset(("missile", "glide_bomb"))
_ONE_NOT_MOD = frozenset(("downed", "shot-down", "crashed", "fallen", "falling", "downing", "second", "third",
                          "new", "type", "kind", "different"))
_ONE_IMPACT = re.compile(
    r"(?:\s*(?:and|or|,|-and-|/)\s*[\w-]+){0,2}\s*(?:strikes?|attacks?|assaults?|barrages?|raids?|"
    r"hits?(?!\s+(?:the|a|an|its|their)\s)|"
    r"alerts?|threats?|debris|wreckage|fragments?|operators?|units?|launchers?|production|factor(?:y|ies)|"
    r"plants?|sites?|impacts?|danger|warning)\b")


@dataclass(frozen=True, slots=True)
class Count:
    """A munition count: ``role`` is "launched", "intercepted", "both" ("shot down all five") or "all" ("shot
    down all the missiles": as many intercepted as launched; ``value`` 0)."""

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
    if after is not None and after.group("i") and not _DESTROYED_OBJECT.match(clause, after.start()):
        return "intercepted"
    return "launched"


_MIXED_FROM = re.compile(r"\s+(?:from|using|with)\s+(?:[\w-]+,?\s+){1,8}?(?:and\s+)?(?:(?:attack|fpv)\s+)?"
                         r"(?:drones|uavs|aircraft|aviation|helicopters)\b")
# "a Russian missile destroyed a section of a building": the weapon destroyed something, it was not downed
_DESTROYED_OBJECT = re.compile(r"destroy(?:ed|ing|s)?\s+(?:a|an|the|two|three|several|part|parts|much|most|its|their|"
                               r"\d[\d,]*)\s")


def has_role_verb(low: str, start: int, end: int) -> bool:
    """Whether low[start:end] has a launch or intercept verb (", and 80 drones." has none: the list's verb)."""
    return _ROLE_VERB.search(low, start, end) is not None


def _verb_before(clause: str, start: int) -> str | None:
    """The role of the verb nearest before ``start`` in the clause ("shot down 81 of the missiles"), or None."""
    before = None
    for m in _ROLE_VERB.finditer(clause, max(0, start - 200), start):
        before = m
    return None if before is None else "intercepted" if before.group("i") else "launched"


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
    if chain and chain[-1].text[-1:] != "s" and _IMPACT_AFTER.match(clause, chain[-1].end):
        return []  # "nine missile hits", not "two bombs hit the store"
    return chain


def find_counts(text: str, weapons: list[WeaponMention], numbers: list[Number] | None = None,
                low: str | None = None, fallback: WeaponMention | None = None) -> list[Count]:
    """Munition counts in one clause, each with its category, model and role.

    ``numbers``: ``find_numbers(text)`` if the caller has it already; ``low``: ``fold(text)``, likewise;
    ``fallback``: the weapon last named before the clause, for a bare count ("Sixty-one were shot down").
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
                tail = _LAUNCHED_AFTER.match(clause, chain[-1].end)  # "11 of the 15 drones launched were shot down"
                down = _PASSIVE_INTERCEPTED.match(clause, tail.end() if tail else chain[-1].end) is not None
                if (down or _role_at(clause, prev.start, prev.end) == "intercepted") and prev.value is not None:
                    out.append(Count(prev.start, prev.end, cat, model, prev.value, prev.qualifier, "intercepted"))
            continue
        if i + 1 < len(nums) and _OF_THE.fullmatch(clause, num.end, nums[i + 1].start):
            continue  # the part of "N of the M": handled with M
        chain = _weapon_after(clause, num, weapons)
        of_the = None if chain else _OF_THE.match(clause, num.end)
        if of_the and _verb_before(clause, num.start) == "intercepted":
            part = _weapon_after(clause, Number(num.start, of_the.end(), value, None, ""), weapons)
            if part:  # "shot down 81 of the missiles": the part intercepted, the total told elsewhere
                out.append(Count(num.start, part[-1].end, part[-1].category, _model(part), value, num.qualifier,
                                 "intercepted"))
                continue
        if of_the and part_of(clause, num, weapons, out):
            continue
        if not chain:
            bare = _BARE_INTERCEPTED.match(clause, num.end)
            if bare is None and _OF_THEM.match(clause, num.end) and _verb_before(clause, num.start) == "intercepted":
                bare = _OF_THEM.match(clause, num.end)  # "Air defences shot down 23 of them"
            prior = [w for w in weapons if w.end <= num.start] or ([fallback] if fallback else [])
            if bare and prior and isinstance(value, int) and value < 100_000:
                every = _ALL_BEFORE.search(clause, max(0, num.start - 8), num.start)  # "all 12 were shot down"
                out.append(Count(num.start, bare.end(), prior[-1].category, prior[-1].model, value,
                                 num.qualifier, "both" if every else "intercepted"))
            continue
        if _LOST_AFTER.match(clause, chain[-1].end) or chain[-1].category == "artillery" and _MIXED_FROM.match(
                clause, chain[-1].end):
            continue  # "412 shells from artillery, mortars, tanks and drones": no one weapon's count
        role = _role_at(clause, num.start, num.end)
        if out and out[-1].role != "both" and _COORDINATED.search(clause, max(0, num.start - 16), num.start):
            role = out[-1].role
        if _PASSIVE_INTERCEPTED.match(clause, chain[-1].end) or _REDUCED_INTERCEPTED.match(clause, chain[-1].end):
            role = "intercepted"
        elif role == "intercepted" and _OF_TOTAL.search(clause, max(0, num.start - 24), num.start):
            role = "launched"  # "Of the 60 drones, 45 were shot down": the total
        if role == "intercepted" and _ALL_BEFORE.search(clause, max(0, num.start - 8), num.start):
            role = "both"
        out.append(Count(num.start, chain[-1].end, chain[-1].category, _model(chain), value, num.qualifier, role))
    if " all " in clause:
        out += _all_of(clause, weapons)
    if "a" in clause:
        out += _single(clause, weapons, out)
    if "n" in clause:
        out += none_intercepted(clause, weapons)
    return out


_ALL_THE = re.compile(r"\ball\s+(?:of\s+)?(?:the|these|those|its|their)\s+(?:[\w-]+\s+){0,2}?$")


def _all_of(clause: str, weapons: list[WeaponMention]) -> list[Count]:
    """"downed all the missiles": every one launched was intercepted (role "all": the wave copies its launched
    count, told elsewhere, as intercepted)."""
    out = []
    for w in weapons:
        m = _ALL_THE.search(clause, max(0, w.start - 30), w.start)
        if m and _verb_before(clause, m.start()) == "intercepted":
            out.append(Count(m.start(), w.end, w.category, w.model, 0, "exact", "all"))
    return out


def part_of(clause: str, num: Number, weapons: list[WeaponMention], out: list[Count]) -> bool:
    """"10 of the missiles and one drone were shot down": a part told with its own passive intercept verb
    (appended to ``out``; True when read)."""
    of_the = _OF_THE.match(clause, num.end)
    if of_the is None or not isinstance(num.value, int):
        return False
    part = _weapon_after(clause, Number(num.start, of_the.end(), num.value, None, ""), weapons)
    if not part or not _PASSIVE_INTERCEPTED.match(clause, part[-1].end):
        return False
    out.append(Count(num.start, part[-1].end, part[-1].category, _model(part), num.value, num.qualifier,
                     "intercepted"))
    return True


def _single(clause: str, weapons: list[WeaponMention], found: list[Count]) -> list[Count]:
    """"85 drones and a ballistic missile", "a Russian missile struck the port": a count of one (a missile,
    or any weapon coordinated with a count; "a drone hit a house" tells of an impact, not a count)."""
    out: list[Count] = []
    taken = [(c.start, c.end) for c in found]
    end = -1
    for w in weapons:
        if w.start < end or any(s <= w.start < e for s, e in taken):
            continue
        m = _ONE.search(clause, max(0, w.start - 40), w.start)
        if m is None or (m.group("pre") or "").strip() in _ONE_NOT_AFTER:
            continue
        if not _ONE_NOT_MOD.isdisjoint(clause[m.end("a") : w.start].split()):
            continue
        chain = _weapon_after(clause, Number(m.start("a"), m.end("a"), 1, "exact", ""), weapons)
        if not chain or chain[0] is not w or _ONE_IMPACT.match(clause, chain[-1].end):
            continue
        if chain[-1].category not in _ONE_ALONE and not (found and (m.group("pre") or "").strip() == "and"):
            continue  # "a drone struck a house" is not a count; "85 drones and a drone ...", "a missile" or
            # "with a guided aerial bomb" is
        end = chain[-1].end
        role = _role_at(clause, m.start("a"), m.end("a"))
        out.append(Count(m.start("a"), end, chain[-1].category, _model(chain), 1, "exact", role))
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


# casualties and sites hit live in strike_harm (re-exported for callers of this module)
from service.extract.strike_harm import Casualty, find_casualties, find_sites_hit  # noqa: E402

__all__ = ["INTERCEPT", "LAUNCH", "Casualty", "Count", "find_casualties", "find_counts", "find_sites_hit",
           "none_intercepted"]
