"""When a strike fact happened: its own time expression, its sentence's, or the day named before.

``date_facts(doc, low, facts, clauses, refs)`` dates the facts of one sentence in place: a clause's explicit
day, else the sentence's; "a day after" counts back from it; a casualty update ("by Monday the toll had
risen") keeps the day of the update as a statement day. ``same_time(...)`` gives "during the same period",
"during the visit" the day last named in the sentences before. ``clause_date(low, refs, start, end)`` ranks
a clause's time expressions (an explicit day; "overnight"; a statement day: "said on Friday", "On Sunday, the
ministry said the missiles had hit ..."). ``low`` is the case-folded body.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import TYPE_CHECKING

from service.extract import strike_sides as sides
from service.extract import strike_where as where
from service.nlp.dates import DateRef
from service.nlp.text import Doc, Sentence

if TYPE_CHECKING:
    from service.extract.strike_fact import Fact

RELATIVE_DAY = re.compile(
    r"\b(?P<n>a|one|two|three)\s+days?\s+(?:after|before|earlier)\b|\bthe\s+(?:previous|preceding)\s+day\b"
)
_SINCE_BEFORE = re.compile(r"\b(?:since|until|till|by)\s+$")
_UPDATE = re.compile(
    r"\b(?:toll|number\s+of)\b[^.;]{0,60}?\b(?:rose|risen|climbed|reached|increased|jumped|grew)\b|"
    r"\blater\s+died\b|\b(?:bringing|taking|raising)\s+the\s+(?:death\s+)?toll\b|\bdied\s+(?:in\s+hospital|of\s+(?:their|his|her)\s+(?:wounds|injuries))"
)
_BY_DAY = re.compile(r"\bby\s+(?:the\s+)?\w")
_EVENING = re.compile(r"\b(?:late|evening)\b")  # "Friday night" is dated the next morning already


def date_facts(doc: Doc, low: str, facts: list[Fact], clauses: list[tuple[int, int]], refs: list[DateRef]) -> None:
    """Date each fact: its own time expression, else its sentence's; "a day after" counts back from it."""
    own: tuple[str | None, int, tuple[int, int] | None] = (None, 0, None)
    months = [r.value for r in refs if r.kind == "month" and r.value and len(r.value) == 7
              and not _SINCE_BEFORE.search(low, max(0, r.start - 8), r.start)]
    for start, end in clauses:  # every RELATIVE_DAY match has "day": a C-speed gate before the scan
        lim = min(end, start + 40)
        if low.find("day", start, lim) == -1 or not RELATIVE_DAY.search(low, start, lim):
            found = clause_date(low, refs, start, end)
            if found[0] and found[1] > own[1]:
                own = found
    for fact in facts:
        mine = [r for r in refs if not any(a <= r.start < b for a, b in fact.asides)] if fact.asides else refs
        fact.date, fact.date_rank, fact.date_span = clause_date(low, mine, fact.start, fact.end)
        rel = RELATIVE_DAY.search(low, fact.start, min(fact.end, fact.start + 40)) if low.find(
            "day", fact.start, min(fact.end, fact.start + 40)) != -1 else None  # every match has "day"
        if rel and fact.date is None:
            days = {"a": 1, "one": 1, "two": 2, "three": 3}.get(rel.group("n") or "a", 1)
            ref = date.fromisoformat(own[0]) if own[0] else doc.anchor
            if ref is not None:
                fact.date, fact.date_rank = (ref - timedelta(days=days)).isoformat(), 3
                fact.date_span = (rel.start(), rel.end())
        elif fact.date is None and own[0] and not low.startswith(", as well as", fact.end):
            fact.date, fact.date_rank, fact.date_span = own  # (not the day of the attack named "as well as")
        if fact.date is None and months:
            fact.month = months[0]
        if fact.date_rank == 3 and fact.date_span:
            fact.evening = _EVENING.search(low, max(0, fact.date_span[0] - 6), fact.date_span[1] + 9) is not None \
                and low.find("night", *fact.date_span) == -1  # "late on Friday night" is Saturday's already
        if fact.casualties and (_UPDATE.search(low, fact.start, fact.end) or fact.date_rank == 3 and fact.date_span
                                and not fact.categories and _BY_DAY.search(low, max(0, fact.date_span[0] - 4),
                                                                          fact.date_span[0] + 3)):
            fact.update = True  # "By Thursday morning 23 people had died": the day of the figure, not the strike
            if fact.date_rank == 3:
                fact.date_rank = 2  # "by Monday the toll had risen to seven": the day of the update, not of the strike


_SAME_TIME = re.compile(
    r"\b(?:(?:during|in|over|on|within)\s+the\s+same\s+(?:period|day|night|time|hours)|at\s+the\s+same\s+time|"
    r"that\s+same\s+(?:day|night)|the\s+same\s+night|"
    r"during\s+(?:the|his|her|their|this|that)\s+(?:visit|trip|talks|meeting|ceremony))\b"  # the day it was told
)
_LOOK_BACK = 8  # sentences searched for the day "the same period" points to


def same_time(doc: Doc, low: str, facts: list[Fact], sent: Sentence, seen: dict[int, list[DateRef]],
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


_STATEMENT_BEFORE = re.compile(
    r"\b(?:said|says|told|reported|announced|confirmed|added|stated|wrote)\s+(?:on\s+|late\s+|early\s+)?$"
)
# "On Sunday, Russia's defence ministry said the missiles had destroyed ...": the day of the statement
_FRONTED_STATEMENT = re.compile(
    r"(?:\s+(?:morning|afternoon|evening))?,\s+(?:though,\s+|however,\s+)?(?:[\w'.-]+\s+){1,8}?(?:said|says|"
    r"acknowledged|admitted|claimed|announced|told|reported|confirmed|stated|wrote|insisted)\b")
_FRONTED_VERB = re.compile(r"\b(?:hit|struck|attacked|launched|fired|shelled|killed|destroyed|damaged|targeted)\b")
_LOOK_BACK_AT = re.compile(r"\b(?:the|that|this)\s+(?:[\w-]+\s+)?(?:strikes?|attacks?|missiles|drones|raid|shelling)\b")
_DIGIT = re.compile(r"\d")
_SINCE_ONLY = re.compile(r"\bsince\s+$")
_DAY_RANGE = re.compile(r"\d\s?-\s?\d")


def _fronted_statement(low: str, ref: DateRef, start: int, end: int) -> bool:
    """"On Sunday, Russia's defence ministry said the missiles had destroyed ...": a day that opens the clause
    and dates its speech verb, when what is said looks back at the strike told (no figures of its own)."""
    if ref.start - start > 4 or low[ref.end : ref.end + 1] not in (",", " "):
        return False
    m = _FRONTED_STATEMENT.match(low, ref.end, min(len(low), ref.end + 120))
    if m is None or _FRONTED_VERB.search(low, ref.end, m.end() - 1) is not None:
        return False
    return _LOOK_BACK_AT.search(low, m.end(), end) is not None and _DIGIT.search(low, m.end(), end) is None


def clause_date(low: str, refs: list[DateRef], start: int, end: int) -> tuple[str | None, int, tuple[int, int] | None]:
    """(date, rank, span) of body[start:end]: rank 3 an explicit day; 1 "overnight" (dated by a statement
    day in the clause, "overnight ... said on Friday", else by the article); 2 a statement day alone."""
    found: dict[int, tuple[str, tuple[int, int]]] = {}
    for ref in refs:
        if not (start <= ref.start and ref.end <= end) or ref.value is None or len(ref.value) != 10:
            continue
        if ref.kind not in ("day", "night") or _SINCE_ONLY.search(low, max(0, ref.start - 8), ref.start):
            continue
        rank = 1 if where.OVERNIGHT.fullmatch(ref.text.lower()) else (
            2 if _STATEMENT_BEFORE.search(low, max(0, ref.start - 30), ref.start) or _fronted_statement(
                low, ref, start, end) else 3)
        value = ref.value
        if rank == 3 and "-" in ref.text and _DAY_RANGE.search(ref.text) and where.OVERNIGHT.search(
                low, max(0, ref.start - 16), ref.start):  # "overnight on 12-13 March": the morning's date
            value = (date.fromisoformat(value) + timedelta(days=1)).isoformat()
        found.setdefault(rank, (value, (ref.start, ref.end)))
    if 3 in found:
        return found[3][0], 3, found[3][1]
    if 1 in found:
        value, span = found.get(2, found[1])
        return value, 1, span
    if 2 in found:
        return found[2][0], 2, found[2][1]
    return None, 0, None
