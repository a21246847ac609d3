"""Dates a territory claim takes from the sentences around it, when its own sentence names none.

- ``previous_day``: "On Saturday, X ... Hours later, Russia said its troops would "regroup"": a sentence that
  opens with a same-day link ("Hours later", "Later that day") takes the day of the last dated sentence before.
- ``live_header_day``: "These are the latest developments on Tuesday, May 14." opens a live blog: a change a
  side reports in one of its entries ("the ministry said its forces had taken X") is that day's news.
Pure functions over the document's sentences; offsets are body offsets. Linear time.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from service.extract import territory_cues as cues
from service.nlp.dates import find_dates
from service.nlp.text import Sentence

_LOOK_BACK = 3  # sentences a same-day link may reach back over
_HEADER_SENTENCES = 2  # the live blog's date line is one of the first sentences
_DAY_HINTS = ("day", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

Dated = tuple[str | None, tuple[int, int] | None]


def _last_day(sent: Sentence, anchor: date | None) -> Dated:
    """The last day-precise date of a sentence, with its span, or (None, None)."""
    if not any(h in sent.text for h in _DAY_HINTS):
        return None, None
    days = [r for r in find_dates(sent.text, anchor) if r.kind == "day" and r.value]
    if not days:
        return None, None
    ref = days[-1]
    return ref.value, (sent.start + ref.start, sent.start + ref.end)


def previous_day(sentences: Sequence[Sentence], si: int, anchor: date | None) -> Dated:
    """The day of a sentence that opens with a same-day link ("Hours later, ..."): the last day named in
    the nearest of the few sentences before that names one; else (None, None)."""
    if not cues.SAME_DAY_START.match(sentences[si].text):
        return None, None
    for j in range(si - 1, max(-1, si - 1 - _LOOK_BACK), -1):
        found = _last_day(sentences[j], anchor)
        if found[0]:
            return found
    return None, None


def live_header_day(sentences: Sequence[Sentence], anchor: date | None) -> Dated:
    """The day of a live blog's date line among the first sentences ("the latest developments on
    Tuesday, May 14"), or (None, None)."""
    for sent in sentences[:_HEADER_SENTENCES]:
        hinted = "develop" in sent.text or "update" in sent.text or "events" in sent.text
        if hinted and cues.LIVE_HEADER.match(sent.text):
            return _last_day(sent, anchor)
    return None, None
