"""Time expressions in war reporting, resolved against the article's publication date.

``find_dates(text, anchor, future)`` returns every time expression in ``text`` as a ``DateRef``
with offsets into ``text``. ``value`` is "YYYY-MM-DD", "YYYY-MM" or None (an open span or a vague
relative time). Conventions follow the gold notes: "on Saturday" in a past-tense report is the most
recent Saturday on or before the anchor, in a future-tense one the next Saturday on or after it;
"Friday night" and "the night of 23-24 February" take the morning's date; multi-day ranges take
their first day. Pure, one pass of one precompiled pattern: linear in the text's length.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from service.nlp.dates_patterns import _DAY, _MON_MAY, _YEAR, candidates

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
_WEEKDAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "a couple of": 2, "a few": None, "several": None,
}



@dataclass(frozen=True, slots=True)
class DateRef:
    """A time expression: ``text[start:end]``; ``value`` "YYYY-MM-DD" | "YYYY-MM" | None."""

    start: int
    end: int
    value: str | None
    kind: str  # "day" | "month" | "span" | "relative" | "night"
    text: str


def _month(word: str) -> int:
    return _MONTHS[word[:3].lower()]


def _weekday(word: str) -> int:
    return _WEEKDAYS[word[:3].lower()]


def _day(word: str) -> int:
    return int(word.rstrip("stndrhSTNDRH"))


def _resolve_weekday(anchor: date | None, wd: int, future: bool, rel: str | None = None) -> date | None:
    """The weekday nearest the anchor in the direction of the tense ("last"/"next" force it)."""
    if anchor is None:
        return None
    rel = (rel or "").lower()
    if rel == "next" or (future and rel != "last"):
        delta = (wd - anchor.weekday()) % 7
        return anchor + timedelta(days=7 if rel == "next" and delta == 0 else delta)
    delta = (anchor.weekday() - wd) % 7
    return anchor - timedelta(days=7 if rel == "last" and delta == 0 else delta)


def _resolve_month_day(
    anchor: date | None, month: int, day: int, year: str | None, future: bool, default_year: int | None
) -> date | None:
    """A month-day with the year inferred: past tense never lands (much) after the anchor."""
    try:
        if year:
            return date(int(year), month, day)
        if anchor is None:
            return date(default_year, month, day) if default_year else None
        guess = date(anchor.year, month, day)
        if not future and guess > anchor + timedelta(days=2):
            return date(anchor.year - 1, month, day)
        if future and guess < anchor - timedelta(days=2):
            return date(anchor.year + 1, month, day)
        return guess
    except ValueError:  # 30 February, 29 February of a common year
        return None


def _resolve_month(
    anchor: date | None, month: int, year: str | None, future: bool, default_year: int | None
) -> str | None:
    if year:
        return f"{int(year):04d}-{month:02d}"
    if anchor is None:
        return f"{default_year:04d}-{month:02d}" if default_year else None
    y = anchor.year
    if not future and month > anchor.month:
        y -= 1
    elif future and month < anchor.month:
        y += 1
    return f"{y:04d}-{month:02d}"


def _shift_month(anchor: date, months: int) -> str:
    index = anchor.year * 12 + anchor.month - 1 + months
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def _plus(d: date | None, days: int) -> date | None:
    return d + timedelta(days=days) if d else None


def _interpret(
    m: re.Match[str], anchor: date | None, future: bool, year: int | None
) -> tuple[str | None, str] | None:
    """(value, kind) of one match, or None when the match is not a time expression after all."""
    groups = m.groupdict()  # a dispatched pattern holds only some of the named groups

    def g(key: str) -> str:
        """A group the matched alternative requires ("" only if the pattern and this code disagree)."""
        return groups.get(key) or ""

    opt = groups.get  # a group the matched alternative may leave out (a year)
    name = m.lastgroup
    if name == "night_dm" or name == "night_md":
        mon, d2, yr = (g("nmon"), g("nd2"), opt("nyear")) if name == "night_dm" else (
            g("nmon2"), g("nd4"), opt("nyear2"))
        return _iso(_resolve_month_day(anchor, _month(mon), _day(d2), yr, future, year)), "night"
    if name == "night_wd":
        second = g("nwd2") or g("nwd4")
        if second:
            return _iso(_resolve_weekday(anchor, _weekday(second), future)), "night"
        first = g("nwd1") or g("nwd5")
        # the night starts on the named evening, so resolve that day with the anchor moved back
        evening = _resolve_weekday(_plus(anchor, -1), _weekday(first), future) if anchor else None
        if evening and future and evening < anchor:  # type: ignore[operator]
            evening += timedelta(days=7)
        return _iso(_plus(evening, 1)), "night"
    if name == "overnight_wd":
        return _iso(_resolve_weekday(anchor, _weekday(g("owd")), future)), "night"
    if name == "iso":
        try:
            return date(int(g("iy")), int(g("im")), int(g("id"))).isoformat(), "day"
        except ValueError:
            return None
    if name == "md" or name == "dm":
        mon, d1, yr = (g("mmon"), g("md1"), opt("myear")) if name == "md" else (g("dmon"), g("dd1"), opt("dyear"))
        return _iso(_resolve_month_day(anchor, _month(mon), _day(d1), yr, future, year)), "day"
    if name == "since":
        return None, "span"
    if name == "month_year":
        return _resolve_month(anchor, _month(g("mymon")), g("myyear"), future, year), "month"
    if name == "in_month":
        return _resolve_month(anchor, _month(g("imon")), None, future, year), "month"
    if name == "month_rel":
        shift = {"last": -1, "past": -1, "previous": -1, "this": 0, "next": 1}[g("mrel").lower()]
        return (_shift_month(anchor, shift) if anchor else None), "month"
    if name == "ago":
        count = _NUMBER_WORDS.get(g("agon").lower()) if not g("agon").isdigit() else int(g("agon"))
        if g("agou").lower() == "day" and count is not None:
            return _iso(_plus(anchor, -count)), "day"
        return None, "relative"
    if name == "rel_day":
        word = g("rday").lower()
        shift = {"yesterday": -1, "tomorrow": 1}.get(word, 0)
        return _iso(_plus(anchor, shift)), "night" if word == "last night" else "day"
    if name == "overnight":
        return _iso(anchor), "night"
    if name == "weekday":
        return _iso(_resolve_weekday(anchor, _weekday(g("wd")), future, opt("wrel"))), "day"
    if name == "span":
        return None, "span"
    return None, "relative"


def _capitalised(m: re.Match[str]) -> bool:
    """Month and weekday words must be capitalised ("march" is a verb, "may" a modal)."""
    groups = m.groupdict()
    for group in ("nmon", "nmon2", "mmon", "dmon", "smon", "mymon", "imon", "wd", "owd",
                  "nwd1", "nwd2", "nwd3", "nwd4", "nwd5"):
        word = groups.get(group)
        if word and not word[0].isupper():
            return False
    return True


def find_dates(
    text: str, anchor: date | None, future: bool = False, year: int | None = None
) -> list[DateRef]:
    """Every time expression in ``text``, in text order, resolved against ``anchor``.

    ``future`` resolves bare weekdays and month-days forward (a future-tense sentence); ``year`` is the
    fallback year when there is no anchor (see ``document_year``). Never raises on odd input.
    Extractors ask again about the same clause or window: answers are memoised (bounded, per process).
    """
    if len(text) > _MEMO_TEXT:
        return _find_dates(text, anchor, future, year)
    return list(_find_dates_memo(text, anchor, future, year))


_MEMO_TEXT = 2000  # longer texts are not memoised (a memo entry keeps its text alive)


@lru_cache(maxsize=1024)
def _find_dates_memo(text: str, anchor: date | None, future: bool, year: int | None) -> tuple[DateRef, ...]:
    return tuple(_find_dates(text, anchor, future, year))


def _find_dates(text: str, anchor: date | None, future: bool, year: int | None) -> list[DateRef]:
    out: list[DateRef] = []
    for m in candidates(text):
        if not _capitalised(m):
            continue
        result = _interpret(m, anchor, future, year)
        if result is None:
            continue
        value, kind = result
        out.append(DateRef(m.start(), m.end(), value, kind, m.group(0)))
    return out


_FULL_DATE_YEAR = re.compile(
    rf"\b(?:{_MON_MAY}\s{_DAY},?\s(?P<y1>{_YEAR})|{_DAY}\s{_MON_MAY},?\s(?P<y2>{_YEAR}))"
)
_MONTH_YEAR = re.compile(rf"\b{_MON_MAY}\s(?P<y>{_YEAR})")


def document_year(text: str) -> int | None:
    """The year an undated article is most likely about: the commonest year of its full dates
    ("March 27, 2022"), else of its month-years ("December 2022"); ties go to the later year."""
    years = Counter(int(m.group("y1") or m.group("y2")) for m in _FULL_DATE_YEAR.finditer(text))
    if not years:
        years = Counter(int(m.group("y")) for m in _MONTH_YEAR.finditer(text))
    if not years:
        return None
    return max(years.items(), key=lambda kv: (kv[1], kv[0]))[0]


_FUTURE = re.compile(
    r"\b(?:will|shall|'ll|is (?:set|due|scheduled|expected|planning|going) to|are (?:set|due|scheduled|"
    r"expected|planning|going) to|plans? to|intends? to"
    r"|would (?:meet|hold|travel|visit|host|be held|take place)"
    r"|to be held|scheduled (?:for|to)|planned|upcoming|next (?:week|month|round)|is to|are to)\b",
    re.IGNORECASE,
)


_FUTURE_LOWER = re.compile(_FUTURE.pattern)  # over lower-cased text: 3x faster than IGNORECASE in ``re``


def is_future(text: str) -> bool:
    """True when a clause reads as future tense / a plan ("will meet", "is set to", "planned")."""
    low = text.lower()
    if len(low) != len(text):
        return _FUTURE.search(text) is not None
    return _FUTURE_LOWER.search(low) is not None
