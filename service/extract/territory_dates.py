"""Dates a territory claim takes from the sentences around it, when its own sentence names none.

- ``previous_day``: "On Saturday, X ... Hours later, Russia said its troops would "regroup"": a sentence that
  opens with a same-day link ("Hours later", "Later that day") takes the day of the last dated sentence before;
  one told "a day later" / "the next day" takes the day after it.
- ``live_header_day``: "These are the latest developments on Tuesday, May 14." opens a live blog: a change a
  side reports in one of its entries ("the ministry said its forces had taken X") is that day's news.
- ``quoted_day``: "\"Today, our units liberated X,\" the minister said.": a day named inside a quote counts from
  the day the quote was said (a statement dated in that sentence or the few before), not from publication.
- ``earlier_statement_date``: "said Friday ... The ministry also said ...": the day of the statement told before.
Pure functions over the document's sentences; offsets are body offsets. Linear time.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from service.extract import territory_context as ctx
from service.extract import territory_cues as cues
from service.extract import territory_lexicon as lx
from service.nlp.dates import find_dates
from service.nlp.text import Doc, Sentence

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
    """The day of a sentence that opens with a same-day link ("Hours later, ...") or tells a next-day one
    ("A day later, ...", "said the next day"): the last day named in the nearest of the few sentences before
    that names one (plus a day); else (None, None)."""
    text = sentences[si].text
    inside = "same day" in text or "that day" in text
    same = cues.SAME_DAY_START.match(text) or inside and cues.SAME_DAY_INSIDE.search(text)
    shift = 0 if same else 1 if ("day" in text and cues.NEXT_DAY.search(text)) else -1
    if shift < 0:
        return None, None
    for j in range(si - 1, max(-1, si - 1 - _LOOK_BACK), -1):
        value, span = _last_day(sentences[j], anchor)
        if value:
            return (date.fromisoformat(value) + timedelta(days=shift)).isoformat(), span
    return None, None


def live_header_day(sentences: Sequence[Sentence], anchor: date | None) -> Dated:
    """The day of a live blog's date line among the first sentences ("the latest developments on
    Tuesday, May 14"), or (None, None)."""
    for sent in sentences[:_HEADER_SENTENCES]:
        hinted = "develop" in sent.text or "update" in sent.text or "events" in sent.text or "situation" in sent.text
        if hinted and cues.LIVE_HEADER.match(sent.text):
            return _last_day(sent, anchor)
    return None, None


def quoted_day(doc: Doc, si: int, value: str, span: tuple[int, int]) -> str:
    """A day ``value`` read at body ``span`` in sentence ``si``: when it is "today" or "yesterday" inside a
    quote, it counts from the day the quote was said, not from publication ("Shoigu told Putin on Monday
    ... \"Today, our units liberated X\""): moved by the statement dated in that sentence or the few before.
    Else ``value`` unchanged."""
    said = doc.text[span[0] : span[1]]
    sent = doc.sentences[si]
    if "oday" not in said and "esterday" not in said or len(value) != 10 or doc.anchor is None:
        return value  # only the relative days move: "on February 17" inside a quote stays
    if doc.text.count('"', sent.start, span[0]) % 2 == 0:
        return value  # not inside a quote
    day, _ = earlier_statement_date(doc.sentences, si + 1, doc.anchor, back=3)
    if day is None or day == doc.anchor.isoformat():
        return value
    return (date.fromisoformat(day) + (date.fromisoformat(value) - doc.anchor)).isoformat()


def earlier_statement_date(
    sentences: Sequence[Sentence], si: int, anchor: date | None, back: int = 12
) -> tuple[str | None, tuple[int, int] | None]:
    """The date of the statement a sentence adds to ("said Friday ... The ministry also said ..."): the
    first day named right after a verb of saying in the ``back`` sentences before, else (None, None)."""
    for j in range(si - 1, max(-1, si - 1 - back), -1):
        sent = sentences[j]
        if not lx.SAID_RE.search(sent.text.lower()):
            continue
        for ref in find_dates(sent.text, anchor):
            if ref.value and ref.kind == "day" and lx.SAID_BEFORE.search(sent.text, max(0, ref.start - ctx.SAID_REACH),
                                                                          ref.start):
                return ref.value, (sent.start + ref.start, sent.start + ref.end)
    return None, None
