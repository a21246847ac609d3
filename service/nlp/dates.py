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
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
_WEEKDAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "a couple of": 2, "a few": None, "several": None,
}

# Full month names first so "Mar" never stops short of "March"; "May" only where a day or year follows
# or a preposition precedes (it is also a modal verb).
_MON = (
    r"(?:January|February|March|April|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?:\.|\b)"
)
_MON_MAY = r"(?:" + _MON + r"|May\b)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b"
_YEAR = r"(?:19|20)\d\d\b"
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
_PART = r"(?:morning|afternoon|evening|night)"
_NUM = r"(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a couple of|a few|several)"


def _g(name: str, body: str) -> str:
    return f"(?P<{name}>{body})"


# One leading word boundary for every alternative: positions inside words fail at once (speed).
_PATTERN = re.compile(
    r"\b(?:" + "|".join(
        [
            # night of 23-24 February / night of February 23-24 / night of 23 to 24 February
            _g("night_dm", rf"night of (?P<nd1>{_DAY})\s?(?:-|to|into)\s?(?P<nd2>{_DAY})\s(?:of\s)?"
               rf"(?P<nmon>{_MON_MAY})(?:,?\s(?P<nyear>{_YEAR}))?"),
            _g("night_md", rf"night of (?P<nmon2>{_MON_MAY})\s(?P<nd3>{_DAY})\s?(?:-|to|into)\s?"
               rf"(?P<nd4>{_DAY})(?:,?\s(?P<nyear2>{_YEAR}))?"),
            # the night of Friday (to Saturday) / Friday-Saturday night / Friday night
            _g("night_wd", rf"(?:(?:on|late|early)\s)?(?:(?:the\s)?night of (?P<nwd1>{_WD})"
               rf"(?:\s(?:to|into)\s(?P<nwd2>{_WD}))?"
               rf"|(?P<nwd3>{_WD})\s?-\s?(?P<nwd4>{_WD}) night|(?P<nwd5>{_WD}) night)"),
            _g("overnight_wd", rf"overnight\s(?:(?:on|into|to)\s)?(?P<owd>{_WD})"),
            # ISO date
            _g("iso", rf"\b(?P<iy>{_YEAR[:-2]})-(?P<im>0[1-9]|1[0-2])-(?P<id>0[1-9]|[12]\d|3[01])\b"),
            # March 28-30, 2022 / Oct. 1 / March 11, 2025
            _g("md", rf"\b(?P<mmon>{_MON_MAY})\s(?P<md1>{_DAY})(?:\s?-\s?(?P<md2>{_DAY}))?"
               rf"(?!\s?(?:km|kilomet|square|sq\b|%|mile|people|drone|missile))(?:,?\s(?P<myear>{_YEAR}))?"),
            # 27 March / 28-30 March 2022 / 5th of December
            _g("dm", rf"\b(?P<dd1>{_DAY})(?:\s?-\s?(?P<dd2>{_DAY}))?\s(?:of\s)?(?P<dmon>{_MON_MAY})"
               rf"(?:,?\s(?P<dyear>{_YEAR}))?"),
            # since (late) August -> open span
            _g("since", rf"\bsince\s(?:(?:early|late|mid)[- ]?)?(?P<smon>{_MON_MAY})"
               rf"(?:\s(?P<syear>{_YEAR}))?"),
            # November 2024 / in (late) November / during November
            _g("month_year", rf"\b(?P<mymon>{_MON_MAY})\s(?P<myyear>{_YEAR})"),
            _g("in_month", rf"\b(?:in|during|throughout|for|by|until|of|last|this|next)\s"
               rf"(?:(?:early|late|mid)[- ]?)?(?P<imon>{_MON_MAY})(?!\s?\d)"),
            _g("month_rel", r"\b(?:(?:during|over|in)\s(?:the\s)?)?"
               r"(?P<mrel>last|past|previous|this|next)\smonth\b"),
            _g("ago", rf"\b(?P<agon>{_NUM})\s(?P<agou>day|week|month|year)s?\sago\b"),
            _g("rel_day", r"\b(?:(?:earlier|later)\s)?(?P<rday>today|tonight|yesterday|tomorrow|this morning|"
               r"this afternoon|this evening|last night)\b"),
            _g("overnight", r"\bovernight\b"),
            # last Friday / next Monday / on Saturday / Friday morning
            _g("weekday", rf"\b(?:(?P<wrel>last|next|this|on|early|late)\s)?(?P<wd>{_WD})"
               rf"(?:\s(?P<wpart>{_PART}))?"),
            _g("span", r"\b(?:(?:earlier|later)\sthis\s(?:week|month|year)|(?:last|this|next|past|previous)\s"
               r"(?:week|weekend|year)|over the weekend|in recent (?:days|weeks|months)"
               r"|(?:in|over) the (?:past|last) (?:few\s)?(?:days|weeks|months|week|month))\b"),
            _g("earlier", r"\b(?:earlier|recently|previously)\b"),
        ]
    ) + ")",
    re.IGNORECASE,
)
# Month names and weekdays must be capitalised in English; the pattern is case-insensitive only
# for the function words around them.
_CAPITALISED = re.compile(rf"^(?:{_MON_MAY}|{_WD})$")


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
    g = m.group
    name = m.lastgroup
    if name == "night_dm" or name == "night_md":
        mon, d2, yr = (g("nmon"), g("nd2"), g("nyear")) if name == "night_dm" else (
            g("nmon2"), g("nd4"), g("nyear2"))
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
        mon, d1, yr = (g("mmon"), g("md1"), g("myear")) if name == "md" else (g("dmon"), g("dd1"), g("dyear"))
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
        return _iso(_resolve_weekday(anchor, _weekday(g("wd")), future, g("wrel"))), "day"
    if name == "span":
        return None, "span"
    return None, "relative"


def _capitalised(m: re.Match[str]) -> bool:
    """Month and weekday words must be capitalised ("march" is a verb, "may" a modal)."""
    for group in ("nmon", "nmon2", "mmon", "dmon", "smon", "mymon", "imon", "wd", "owd",
                  "nwd1", "nwd2", "nwd3", "nwd4", "nwd5"):
        word = m.group(group)
        if word and not word[0].isupper():
            return False
    return True


# Words without which no time expression exists, matched at a word start (months and weekdays capitalised).
# The big pattern is tried only at a few word starts just before each of them: trying its 17 alternatives
# at every word of an article costs milliseconds in ``re``; this costs tens of microseconds.
_NAME_STEMS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
               "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_WORD_STEMS = ("today", "tonight", "yesterday", "tomorrow", "night", "overnight", "week", "month", "year",
               "day", "ago", "since", "earlier", "recent", "previous", "past", "morning", "afternoon", "evening")
_ISO = re.compile(r"\d{4}-\d\d-\d\d")
_LOOKBACK = 32  # characters before a keyword where a time expression may start ("on the night of 23-24 ...")


def _word_start(text: str, i: int) -> bool:
    return i == 0 or not text[i - 1].isalnum()


def _hits(text: str) -> list[int]:
    lower = text.lower()
    hits = []
    for stem in _NAME_STEMS:
        i = text.find(stem)
        while i >= 0:
            if _word_start(text, i):
                hits.append(i)
            i = text.find(stem, i + 3)
    for stem in _WORD_STEMS:
        i = lower.find(stem)
        while i >= 0:
            if _word_start(text, i):
                hits.append(i)
            i = lower.find(stem, i + len(stem))
    hits.extend(m.start() for m in _ISO.finditer(text))
    return sorted(set(hits))


def _candidates(text: str) -> Iterator[re.Match[str]]:
    """The matches a full scan of the pattern finds, tried only at word starts shortly before keywords."""
    done = 0
    for hit in _hits(text):
        if hit < done:
            continue
        lo = max(done, hit - _LOOKBACK)
        starts = [i for i in range(lo, hit) if text[i].isalnum() and _word_start(text, i)] + [hit]
        for st in starts:
            m = _PATTERN.match(text, st)
            if m and m.end() > hit:
                yield m
                done = m.end()
                break


def find_dates(
    text: str, anchor: date | None, future: bool = False, year: int | None = None
) -> list[DateRef]:
    """Every time expression in ``text``, in text order, resolved against ``anchor``.

    ``future`` resolves bare weekdays and month-days forward (a future-tense sentence); ``year`` is the
    fallback year when there is no anchor (see ``document_year``). Never raises on odd input.
    """
    out: list[DateRef] = []
    for m in _candidates(text):
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


def is_future(text: str) -> bool:
    """True when a clause reads as future tense / a plan ("will meet", "is set to", "planned")."""
    return _FUTURE.search(text) is not None
