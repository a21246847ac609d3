"""Patterns of ``service.nlp.dates``: the time-expression alternatives and the keyword scan that decides where
to try them.

``candidates(text)`` yields the matches a full scan of ``_PATTERN`` would find, trying the pattern only at
word starts shortly before a keyword, and at each such word only the alternatives that can begin with it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

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


# The alternatives of the one big pattern, in order (the first that matches wins).
_ALTERNATIVES: tuple[str, ...] = (
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
    # since (late) August, since the start of September -> open span
    _g("since", rf"\bsince\s(?:the\s(?:start|beginning|end|middle)\sof\s)?(?:(?:early|late|mid)[- ]?)?"
       rf"(?P<smon>{_MON_MAY})(?:\s(?P<syear>{_YEAR}))?"),
    # November 2024 / in (late) November / during November
    _g("month_year", rf"\b(?P<mymon>{_MON_MAY})\s(?P<myyear>{_YEAR})"),
    _g("in_month", rf"\b(?:in|during|throughout|for|by|until|of|last|this|next)\s"
       rf"(?:(?:early|late|mid)[- ]?)?(?P<imon>{_MON_MAY})(?!\s?\d)"),
    _g("month_rel", r"\b(?:(?:during|over|in)\s(?:the\s)?|(?:earlier|later)\s(?=this\s))?"
       r"(?P<mrel>last|past|previous|this|next)\smonth\b"),
    _g("ago", rf"\b(?P<agon>{_NUM})\s(?P<agou>day|week|month|year)s?\sago\b"),
    _g("rel_day", r"\b(?:(?:earlier|later)\s)?(?P<rday>today|tonight|yesterday|tomorrow|this morning|"
       r"this afternoon|this evening|last night)\b"),
    _g("overnight", r"\bovernight\b"),
    # last Friday / next Monday / on Saturday / Friday morning
    _g("weekday", rf"\b(?:(?P<wrel>last|next|this|on|early|late)\s)?(?P<wd>{_WD})"
       rf"(?:\s(?P<wpart>{_PART}))?"),
    _g("span", r"\b(?:(?:earlier|later)\sthis\s(?:week|year)|(?:last|this|next|past|previous)\s"
       r"(?:week|weekend|year)|over the weekend|in recent (?:days|weeks|months)"
       r"|(?:in|over) the (?:past|last) (?:few\s)?(?:days|weeks|months|week|month))\b"),
    _g("earlier", r"\b(?:earlier|recently|previously)\b"),
)
# One leading word boundary for every alternative: positions inside words fail at once (speed).
_PATTERN = re.compile(r"\b(?:" + "|".join(_ALTERNATIVES) + ")", re.IGNORECASE)
_WD_WORDS = "monday tuesday wednesday thursday friday saturday sunday"
_MONTH_WORDS = ("january february march april may june july august september october november december "
                "jan feb mar apr jun jul aug sep sept oct nov dec")
_DIGIT = "#"  # the first-word key of a word starting with a digit
# The lower-case first words each alternative can start with (a test checks this against examples).
_FIRST_WORDS_OF = {
    "night_dm": "night", "night_md": "night", "night_wd": "on late early the night " + _WD_WORDS,
    "overnight_wd": "overnight", "iso": _DIGIT, "md": _MONTH_WORDS, "dm": _DIGIT, "since": "since",
    "month_year": _MONTH_WORDS, "in_month": "in during throughout for by until of last this next",
    "month_rel": "during over in last past previous this next earlier later",
    "ago": _DIGIT + " a an one two three four five six seven eight nine ten several",
    "rel_day": "earlier later today tonight yesterday tomorrow this last", "overnight": "overnight",
    "weekday": "last next this on early late " + _WD_WORDS,
    "span": "earlier later last this next past previous over in", "earlier": "earlier recently previously",
}


def _dispatch() -> dict[str, re.Pattern[str]]:
    """First word -> a pattern of only the alternatives that can start with it, in the original order:
    at that word it matches exactly what ``_PATTERN`` matches, without trying the alternatives that must
    fail (a failed try of all 17 costs microseconds)."""
    by_word: dict[str, list[str]] = {}
    for alt in _ALTERNATIVES:
        name = alt[4 : alt.index(">")]  # "(?P<name>..."
        for word in _FIRST_WORDS_OF[name].split():
            by_word.setdefault(word, []).append(alt)
    compiled: dict[tuple[str, ...], re.Pattern[str]] = {}
    out = {}
    for word, alts in by_word.items():
        key = tuple(alts)
        if key not in compiled:
            compiled[key] = re.compile(r"\b(?:" + "|".join(key) + ")", re.IGNORECASE)
        out[word] = compiled[key]
    return out


_BY_FIRST_WORD = _dispatch()


# Words without which no time expression exists, matched at a word start (months and weekdays capitalised).
# The big pattern is tried only at a few word starts just before each of them: trying its 17 alternatives
# at every word of an article costs milliseconds in ``re``; this costs tens of microseconds.
_NAME_STEMS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
               "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_WORD_STEMS = ("today", "tonight", "yesterday", "tomorrow", "night", "overnight", "week", "month", "year",
               "day", "ago", "since", "earlier", "recent", "previous", "past", "morning", "afternoon", "evening")


_ISO = re.compile(r"(?:19|20)\d\d-\d\d-\d\d")  # literal first digits: ``re`` skips ahead at C speed
_LOOKBACK = 32  # characters before a keyword where a time expression may start ("on the night of 23-24 ...")
# Months and weekdays: a case-sensitive literal alternation, which ``re`` scans for at C speed.
_NAME_HIT = re.compile("|".join(_NAME_STEMS))
_WORD = re.compile(r"[^\W_](?<![^\W_].)[^\W_]*")  # a whole word; the look-behind after its first letter


def _word_start(text: str, i: int) -> bool:
    return i == 0 or not text[i - 1].isalnum()


def _hits(text: str) -> list[int]:
    """Word-start offsets of every keyword (a keyword inside a word is no time expression)."""
    hits = [m.start() for m in _NAME_HIT.finditer(text) if _word_start(text, m.start())]
    lower = text.lower()
    for stem in _WORD_STEMS:
        i = lower.find(stem)
        while i >= 0:
            if _word_start(text, i):
                hits.append(i)
            i = lower.find(stem, i + len(stem))
    hits.extend(m.start() for m in _ISO.finditer(text))
    return sorted(set(hits))


def may_hold_dates(text: str) -> bool:
    """False only when no part of ``text`` can hold a time expression: no keyword, month, weekday or ISO date
    anywhere in it, not even inside a word (so the answer holds for every window cut from ``text``)."""
    if _NAME_HIT.search(text) is not None or _ISO.search(text) is not None:
        return True
    lower = text.lower()
    return any(stem in lower for stem in _WORD_STEMS)


def _starts(text: str, lo: int, hit: int) -> list[tuple[int, re.Pattern[str]]]:
    """(word start, the pattern of the alternatives that may begin there) for the words of text[lo:hit]
    and the word at ``hit``; words no alternative begins with are left out."""
    out = []
    for w in _WORD.finditer(text, lo, hit + 40):
        word = w.group(0)
        pattern = _BY_FIRST_WORD.get(_DIGIT if word[0].isdigit() else word.lower())
        if pattern is not None:
            out.append((w.start(), pattern))
        if w.start() >= hit:
            break
    return out


def candidates(text: str) -> Iterator[re.Match[str]]:
    """The matches a full scan of ``_PATTERN`` finds, tried only at word starts shortly before keywords."""
    done = 0
    for hit in _hits(text):
        if hit < done:
            continue
        for st, pattern in _starts(text, max(done, hit - _LOOKBACK), hit):
            m = pattern.match(text, st)
            if m and m.end() > hit:
                yield m
                done = m.end()
                break
