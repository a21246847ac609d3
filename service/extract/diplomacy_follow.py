"""Diplomacy rules that read a sentence after (or around) the one that named an event: the dateline city,
the venue of a meeting "on the sidelines", an outcome told in the next sentence; and the subject or date a
mention takes from the clause or event next to it ("He met X", "a day after", "The meeting will be chaired by X").

Each function fills a ``DipMention`` in place (or returns a place); ``diplomacy.extract`` calls them.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from service.domain import Place
from service.extract import diplomacy_cues as cues
from service.extract import diplomacy_lexicon as lx
from service.extract.diplomacy_types import DipMention, DocContext
from service.nlp.actors import Person
from service.nlp.dates import find_dates
from service.nlp.text import Doc, Sentence

_OUTCOME_WORDS = ("no ", "without", " not ", "n't", "failed", "agreed", "reached", "far apart")  # standalone_outcome


def dateline_city(doc: Doc) -> Place | None:
    """The settlement of a dateline ("KYIV, Ukraine (AP) - ..."), or None."""
    m = lx.DATELINE.match(doc.text)
    if not m:
        return None
    for pm in doc.places:
        if pm.start >= m.start("city") and pm.end <= m.end("city") and pm.place.precision == "settlement":
            return pm.place
    return None


def aside_venue(found: list[DipMention], ctx: DocContext, prev: Sentence | None, sent: Sentence) -> None:
    """ "X addressed the assembly in New York. He met Y on the sidelines": the city "in" the sentence before;
    "X will address the Munich Security Conference and meet Y on the sidelines": the city naming the gathering."""
    text = ctx.doc.text
    named = [pm for pm in ctx.places_in(sent.start, sent.end) if pm.place.precision == "settlement"
             and cues.GATHERING_AFTER.match(text, pm.end, pm.end + 40) and text.endswith("the ", 0, pm.start)]
    before = ctx.places_in(prev.start, prev.end) if prev is not None else []
    city = named[0] if named else next((pm for pm in reversed(before) if (
        pm.place.precision == "settlement" and text.endswith("in ", 0, pm.start))), None)
    for m in found:
        m.aside = True
        if m.venue is None and m.kind != "call" and city is not None:
            m.venue, m.venue_span = city.place, (city.start, city.end)


def standalone_outcome(m: DipMention, text: str, offset: int) -> None:
    """The outcome told in the sentence after a held event, without naming it: "No agreement was announced.",
    "X told reporters the two sides agreed to restore embassy staff." (``offset``: body offset of ``text``)."""
    low = text.lower()
    if len(text) > 600 or not any(w in low for w in _OUTCOME_WORDS):
        return  # a run-on "sentence", or no word any outcome statement needs
    found, agreed = cues.STANDALONE_NO_DEAL.search(text), cues.STANDALONE_AGREED.search(text)
    if agreed and lx.NOT_OUTCOME.search(text, agreed.start()):
        agreed = None
    if found and agreed and lx.AGREED_PROCESS.search(text, agreed.start(), agreed.end() + 40) is None:
        found, m.outcome = agreed, "agreement"  # "no breakthrough on a ceasefire, although the two sides agreed
        # to exchange 1,000 prisoners each": a concrete deal (house gold)
    elif found:
        m.outcome = "no_breakthrough"
    elif agreed:
        found, m.outcome = agreed, "agreement"
    else:
        return
    m.outcome_spans.append((offset + found.start(), offset + found.end()))


def pronoun_subject(m: DipMention, prev: list[Person]) -> None:
    """The first person of the previous sentence (not a spokesperson) is the subject "he"/"she"."""
    for person in prev:
        if "spokes" in (person.role or ""):
            continue
        if person.name not in m.people:
            m.people = {person.name: (person, []), **m.people}
            m.speakers_only = False
        return


def fronted_subject(m: DipMention, ctx: DocContext, sent: Sentence, prev: list[Person]) -> None:
    """ "At a meeting with X, Y proposed ...": Y (the main clause's subject) is the other party; with "he" or X
    himself as that subject ("After a meeting with X, X told reporters"), the person the sentence before was
    about, on that sentence's day (``anaphoric``)."""
    text = ctx.doc.text
    comma = text.find(", ", m.end, min(sent.end, m.end + 120))
    if comma < 0:
        return
    subject = next((p for p in ctx.people_in(comma + 2, min(sent.end, comma + 50))), None)
    named = {n.split()[-1] for n in m.people}
    if subject is not None and subject.person.name.split()[-1] not in named and subject.start - comma < 40:
        m.people = {subject.person.name: (subject.person, [(subject.start, subject.end)]), **m.people}
        m.speakers_only = False
    elif subject is not None or cues.SUBJECT_PRONOUN.match(text, comma + 2):
        pronoun_subject(m, prev)
        m.anaphoric = True


def office_subject(m: DipMention, prev: list[Person], office: str) -> None:
    """ "The President also met X": the latest person named before who holds that office."""
    person = next((p for p in prev if p.role == office), None)
    if person is not None and person.name not in m.people:
        m.people = {person.name: (person, []), **m.people}
        m.speakers_only = False


def run_by(m: DipMention, text: str, te: int, offset: int, brk: Any) -> None:
    """ "The meeting will be chaired by X for the last time before Y ...": X joins the event named before; people
    after the next clause break (Y) are not its parties (``te``: end of the trigger in ``text``)."""
    by = cues.RUN_BY_AFTER.match(text[te : te + 60])
    if by is None:
        return
    cut = brk.search(text, te + by.end())
    end = offset + (cut.start() if cut else len(text))
    m.people = {k: (p, s) for k, (p, s) in m.people.items() if not s or s[0][0] < end}
    m.attach = True


def multi_day_start(m: DipMention, lead: str) -> None:
    """ "wrapped up a two-day summit on Wednesday": the event's first day (GOLD: multi-day talks take it)."""
    found = cues.ENDED_MULTI_DAY.search(lead)
    if found and m.date:
        days = 1 if found.group("n").lower() == "two" else 2
        m.date = (date.fromisoformat(m.date) - timedelta(days=days)).isoformat()


def ended_day_start(m: DipMention, text: str, sentence: str) -> None:
    """ "Talks ... ended Sunday without a deal, ... the two-day meeting in Jeddah": the first of the event's days
    (``text``: the body; ``sentence``: the mention's sentence)."""
    if not (m.date and len(m.date) == 10 and m.date_spans and "-day" in sentence):
        return
    day, n_day = m.date_spans[-1][0], cues.N_DAY.search(sentence)
    if n_day and cues.ENDED_ON_BEFORE.search(text, max(0, day - 20), day):
        days = 1 if n_day.group("n").lower() == "two" else 2
        m.date = (date.fromisoformat(m.date) - timedelta(days=days)).isoformat()


def days_of_start(m: DipMention, text: str) -> None:
    """ "Two days of talks ... ended on Sunday": the event's first day, n - 1 days before the end day named."""
    found = cues.DAYS_OF_ENDED.search(text)
    if found and m.date:
        days = 1 if found.group("n").lower() in {"two", "2"} else 2
        m.date = (date.fromisoformat(m.date) - timedelta(days=days)).isoformat()


def day_offset(main: DipMention, m: DipMention, lead: str) -> None:
    """ "X met Y on Friday, a day after a call with Z": the call is dated one day before the meeting."""
    found = lx.DAY_OFFSET.search(lead)
    if not found or not main.date or len(main.date) != 10:
        return
    shift = -1 if found.group("dir").lower() == "after" else 1
    m.date = (date.fromisoformat(main.date) + timedelta(days=shift)).isoformat()
    m.vague_time = False


def fold_relative(out: list[DipMention], text: str, offset: int) -> list[DipMention]:
    """ "X, who arrived in Berlin on Monday, met Y on Monday evening": the trigger in the relative clause is
    background to the main clause's event, which takes its subject, venue and date (``offset``: body offset of
    the sentence ``text``). Returns the mentions left."""
    for r in lx.RELATIVE.finditer(text):
        if not text.startswith(", who ", r.start()):
            continue
        lo, hi = offset + r.start(), offset + r.end()
        inner = next((m for m in out if lo < m.start < hi), None)
        main = next((m for m in out if hi <= m.start <= hi + 40), None)
        if inner is None or main is None or inner.status != main.status:
            continue
        main.people = {**inner.people, **main.people}
        main.speakers_only = main.speakers_only and inner.speakers_only
        if main.venue is None:
            main.venue, main.venue_span = inner.venue, inner.venue_span
        if main.date is None and inner.date:
            main.date, main.date_spans = inner.date, main.date_spans + inner.date_spans
        out = [m for m in out if m is not inner]
    return out


def relative_subject(out: list[DipMention], ctx: DocContext, sent: Sentence) -> None:
    """ "prepared by X and his counterpart Y, who held talks in Moscow": the people listed just before ", who"
    are the subject of the trigger in the relative clause (and no parties of a back-reference before them), or of
    the trigger right after it ("X, who skipped the talks, had met Y")."""
    text = ctx.doc.text
    for m in out:
        at = text.rfind(", who ", max(sent.start, m.start - 30), m.start)
        if at < 0 and (rel := cues.AFTER_RELATIVE.search(text, max(sent.start, m.start - 200), m.start)):
            at = rel.start()  # "X, who did not attend the talks, had met Y": X is the subject after the clause
        elif at < 0 or not cues.WHO_GAP.match(text, at + 6, m.start):
            continue
        if any(s and at < s[0][0] < m.start for _p, s in m.people.values()):
            continue
        subject = [p for p in ctx.people_in(max(sent.start, at - 120), at) if "spokes" not in (p.person.role or "")]
        while subject and subject[-1].end < at - 2:
            subject.pop()
        keep = subject[-1:]
        for p in reversed(subject[:-1]):
            if not cues.COORDINATED_GAP.match(text, p.end, keep[0].start):
                break
            keep.insert(0, p)
        if not keep:
            continue
        m.people = {**{p.person.name: (p.person, [(p.start, p.end)]) for p in keep}, **m.people}
        m.speakers_only = False
        for o in out:
            if o is not m and o.plain_ref and o.start < keep[0].start:
                o.people = {k: v for k, v in o.people.items() if k not in m.people}


def sentence_day(sent: Sentence, doc: Doc, year: int | None) -> str | None:
    """The one exact day a sentence names ("Zelensky addressed Congress on Tuesday"), or None (none, or several)."""
    days = {r.value for r in find_dates(sent.text, doc.anchor, year=year) if r.value and len(r.value) == 10}
    return days.pop() if len(days) == 1 else None


def anaphor_day(found: list[DipMention], prev: Sentence, doc: Doc, year: int | None) -> None:
    """ "Putin on Monday rebuffed Erdogan's appeal. The two leaders met in Sochi": a held mention whose people
    are "the two leaders" of the sentence before, with no time of its own, is on the one day that sentence names."""
    day = sentence_day(prev, doc, year)
    for m in found if day else ():
        if m.anaphoric and m.date is None and m.status == "held" and not m.vague_time:
            m.date = day


def also_same_day(found: list[DipMention], recent: list[DipMention], sent: Sentence, last_date: str) -> None:
    """ "On Wednesday, X met Y. X also held talks with Z": a held mention with "also" before its trigger, no date
    of its own and a person of a held mention just before (``recent``) dated ``last_date`` is on that day."""
    people = {n for x in recent if x.date == last_date and x.status == "held" and x.sentence >= sent.index - 2
              for n in x.people}
    for m in found if people else ():
        ts = m.start - sent.start
        if m.date is None and m.status == "held" and not m.vague_time and set(m.people) & people and (
                cues.ALSO_BEFORE.search(sent.text[max(0, ts - 20) : ts])):
            m.date = last_date


def blog_day(doc: Doc, mentions: list[DipMention]) -> None:
    """A live blog ("These are the latest developments on Tuesday, May 14.", or a date line over time-stamped
    entries): its held events with no time expression of their own happened on the blog's day."""
    head = doc.text[:200]
    at = head.find("latest developments")
    if at < 0:  # a date line over time-stamped entries: "Sunday, 24 March 2024\n07:42 - Russia attacked ..."
        line = cues.BLOG_DATE_LINE.match(head)
        if line is None or not cues.BLOG_TIME_STAMP.search(doc.text, line.end(), line.end() + 2000):
            return
        at = 0
    day = next((r.value for r in find_dates(head[at : at + 60], doc.anchor) if r.value and len(r.value) == 10), None)
    for m in mentions if day else ():
        if m.date is None and m.status == "held" and not (m.vague_time or m.plain_ref or m.attach):
            m.date = day  # (not "the talks", "his trip": a back-reference is dated by the event it names)


def same_day(found: list[DipMention], doc: Doc, sent: Sentence, year: int | None) -> None:
    """ "X met Y on Feb. 18, the same day US and Russian delegations held talks", "On the same day, X called Y":
    a held mention with no date after "the same day" is on the last day named before that phrase (in this
    sentence or the ~1,200 characters before it, whatever event that day belongs to)."""
    at = sent.text.find("same day")
    if at < 0:
        return
    cut = sent.start + at
    late = [m for m in found if m.date is None and m.status == "held" and m.start > cut - 40]
    if not late:
        return
    day = next((r.value for r in reversed(find_dates(doc.text[max(0, cut - 1200) : cut], doc.anchor, year=year))
                if r.value and len(r.value) == 10), None)
    for m in late if day else ():
        m.date, m.vague_time = day, False


def there_venue(found: list[DipMention], text: str) -> None:
    """ "talks in Jeddah on Sunday, with a separate round expected there on Monday": "there" after a trigger is
    the venue of the mention before it in the same sentence (``text`` is the body text)."""
    venue, span = None, None
    for m in found:
        if m.venue is None and venue is not None and m.kind != "call" and " there " in text[m.end : m.end + 80]:
            m.venue, m.venue_span = venue, span
        elif m.venue is not None:
            venue, span = m.venue, m.venue_span


def host_of_visit(e: DipMention, m: DipMention, shared: set[str]) -> bool:
    """ "X arrived in Berlin on Sunday. X was received by the president before holding talks with the chancellor":
    a meeting of the visitor, just after the visit, with another host of the visited country is part of it."""
    if e.kind != "visit" or m.kind not in {"meeting", "talks"} or m.sentence - e.sentence > 2 or not shared:
        return False
    host = e.venue.country if e.venue else None
    return host is not None and all(p.country == host for n, (p, _) in m.people.items() if n not in shared)


def sentence_fixups(found: list[DipMention], doc: Doc, sent: Sentence, year: int | None) -> None:
    """Cheap, string-gated fixes of one sentence's mentions: unnamed groups of leaders ("European leaders held
    an emergency meeting"), "there" as the venue named before, "the same day" as the day named before."""
    if " leaders " in sent.text or " ministers " in sent.text:
        for m in found:
            m.group = bool(cues.GROUP_SUBJECT_BEFORE.search(doc.text, max(0, m.start - 80), m.start))
    if len(found) > 1 and " there " in sent.text:
        there_venue(found, doc.text)
    if "same day" in sent.text:
        same_day(found, doc, sent, year)
