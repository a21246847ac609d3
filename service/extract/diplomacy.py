"""Diplomacy events: talks, meetings, calls, summits, visits and agreements between parties.

``extract(doc, resources) -> list[Draft]``. Each sentence gives mentions (``diplomacy_parts``): a trigger
word with the participants, party countries, venue, date, status and outcome read from its clause.
Mentions of one real-world interaction (the same talks named in several paragraphs) are merged into one
event when they are compatible (kind family, status, date, venue) and linked (shared people, venue,
or an anaphoric "the talks"; ``diplomacy_merge``). Events with nothing to identify them, and meetings
inside one government, are dropped. One-sided statements are never emitted.
"""

from __future__ import annotations

from bisect import bisect_left
from datetime import date, timedelta
from typing import Any

from service.domain import Draft, Place, Span
from service.extract import diplomacy_cues as cues
from service.extract import diplomacy_lexicon as lx
from service.extract.diplomacy_follow import (
    also_same_day,
    anaphor_day,
    aside_venue,
    blog_day,
    dateline_city,
    sentence_day,
    sentence_fixups,
    standalone_outcome,
)
from service.extract.diplomacy_merge import merge_all
from service.extract.diplomacy_parts import sentence_mentions
from service.extract.diplomacy_slots import add_person
from service.extract.diplomacy_types import DipMention, DocContext, find_triggers
from service.nlp.actors import Person, find_people
from service.nlp.dates import document_year, find_dates
from service.nlp.text import Doc, Sentence
from service.resources import Resources

_MAX_MENTIONS = 200  # per article: bounds the merge, which compares mentions with events


def _keep(e: DipMention) -> bool:
    if not e.people and not e.countries and e.venue is None:
        return False
    if e.kind == "summit" and not e.weak_kind and (e.venue is not None or e.people) and e.date:
        return True  # "EU leaders are due to decide at a summit in Brussels on June 23-24": unnamed leaders
    if e.group and e.venue is not None and e.date and e.kind in {"meeting", "summit", "talks"}:
        return True  # "European leaders held an emergency meeting in Paris on Monday": unnamed states
    parties = len(set(e.countries)) + sum(1 for p, _ in e.people.values() if p.country is None)
    # a meeting or call inside one government, or with an unknown other party, is not diplomacy
    return e.kind == "talks" or parties >= 2


def _finish(e: DipMention, dateline: Place | None, venues_named: set[str]) -> None:
    for person, _spans in e.people.values():
        if person.country and person.country not in e.countries:
            e.countries.append(person.country)
    if e.kind == "visit" and e.venue and e.venue.country and e.venue.country not in e.countries:
        e.countries.append(e.venue.country)
    if e.venue is None and dateline and e.kind != "call" and not e.aside and dateline.name in venues_named:
        e.venue = dateline
    if e.visit_cue and e.kind in {"meeting", "talks"} and e.venue and e.venue.precision == "settlement":
        countries = {p.country for p, _ in e.people.values() if p.country}
        if e.venue.country in countries and len(countries) >= 2:
            e.kind = "visit"  # "X hosted Y in Kyiv", "arrived in Kyiv for talks with Y": the guest's visit
        elif len(countries) == 1 and e.venue.country and e.venue.country not in countries and not (
                set(e.countries) - countries):
            e.kind = "visit"  # "China's envoy arrived in Kyiv for talks": a guest with an unnamed host
            e.countries.append(e.venue.country)


def _participant(person: Person) -> dict[str, Any]:
    return {"name": person.name, "role": person.role, "country": person.country}


def _draft(doc: Doc, e: DipMention) -> Draft:
    def spans(pairs: list[tuple[int, int]]) -> tuple[Span, ...]:
        return tuple(doc.span(s, t) for s, t in dict.fromkeys(pairs))

    venue = dict(e.venue.to_json(), role="venue") if e.venue else None
    fields: dict[str, Any] = {
        "kind": e.kind,
        "status": e.status,
        "outcome": e.outcome,
        "participants": [_participant(p) for p, _ in e.people.values()],
        "countries": list(e.countries),
        "venue": venue,
        "locations": [],
        "date": e.date,
        "modality": "planned" if e.status == "scheduled" else "reported",
        "claimed_by": None,
    }
    evidence = {
        "kind": spans(e.trigger_spans),
        "participants": spans([s for _, ss in e.people.values() for s in ss]),
        "date": spans(e.date_spans),
        "venue": spans([e.venue_span] if e.venue_span else []),
        "outcome": spans(e.outcome_spans),
    }
    confidence = 0.5 + 0.15 * bool(e.people) + 0.1 * bool(e.venue) + 0.1 * bool(e.date)
    return Draft("diplomacy", fields, {k: v for k, v in evidence.items() if v}, round(confidence, 3))


def _lead_call(ctx: DocContext, m: DipMention, lead: Sentence, year: int | None) -> None:
    """ "X and Y agreed on Tuesday to a 30-day halt ... The call lasted 90 minutes": "the call" names the
    exchange told in the lead without a trigger word; its people (two countries), day and outcome join it."""
    agreed = lx.AGREEMENT.search(lead.text)
    if agreed is None or lx.AGREED_PROCESS.match(lead.text, agreed.start()):
        return
    people = [p for p in ctx.people_in(lead.start, lead.start + agreed.start()) if p.person.country]
    if len({p.person.country for p in people}) < 2 or len(people) > 3:
        return
    for p in people:
        add_person(m, p.person, (p.start, p.end))
    m.outcome = "agreement"
    m.outcome_spans.append((lead.start + agreed.start(), lead.start + agreed.end()))
    day = next((r for r in find_dates(lead.text, ctx.doc.anchor, False, year) if r.value and r.kind == "day"), None)
    if day is not None and m.date is None:
        m.date, m.vague_time = day.value, False
        m.date_spans.append((lead.start + day.start, lead.start + day.end))


def extract(doc: Doc, resources: Resources) -> list[Draft]:
    """Diplomacy drafts for one prepared article (pure; [] when there is none)."""
    triggers = find_triggers(doc.text)
    if not triggers:
        return []  # most articles about strikes or the front: no diplomacy word at all
    people = find_people(doc.text)
    year = document_year(doc.text) if doc.anchor is None else None
    ctx = DocContext.build(doc, people, year, resources.gazetteer.lookup)
    mentions: list[DipMention] = []
    prev: list[Person] = []
    starts = [t[0] for t in triggers]
    last_date: str | None = None
    summit_venue: Place | None = None  # where the summit named last takes place ("on the sidelines of the summit")
    prev_sent: Sentence | None = None
    for sent in doc.sentences:
        if len(mentions) >= _MAX_MENTIONS:
            break
        lo, hi = bisect_left(starts, sent.start), bisect_left(starts, sent.end)
        found = sentence_mentions(ctx, sent, prev, triggers[lo:hi])
        if found and lx.LATER_THAT_DAY.match(sent.text[:80]) and (day := last_date or (
                sentence_day(prev_sent, doc, year) if prev_sent else None)):
            for m in found:
                if m.date is None and m.status == "held":  # "Later that day, X spoke with Y", "After the
                    # talks, X met Y": the day of the event before (or of the sentence before)
                    m.date, m.vague_time = day, False
        if found and last_date and len(last_date) == 10 and cues.NEXT_DAY.match(sent.text[:30]):
            for m in found:
                if m.date is None and m.status == "held":  # "The next day, X spoke to Y"
                    m.date, m.vague_time = (date.fromisoformat(last_date) + timedelta(days=1)).isoformat(), False
        if found and prev_sent is not None and any(m.anaphoric and m.date is None and m.status == "held" and not (
                m.vague_time) for m in found):
            anaphor_day(found, prev_sent, doc, year)  # "X rebuffed Y on Monday. The two leaders met in Sochi"
        if found and last_date and mentions and " also " in sent.text:
            also_same_day(found, mentions[-3:], sent, last_date)  # "X also held talks with Y": X's day before
        if found:
            sentence_fixups(found, doc, sent, year)  # "the same day", "there", "European leaders held ..."
        last_date = next((m.date for m in reversed(found) if m.date), last_date)
        if found and summit_venue and ("sidelines" in sent.text or "margins" in sent.text) and (
                lx.SIDELINES_DEF.search(sent.text)):
            for m in found:
                if m.venue is None and m.kind != "call":  # "on the sidelines of the summit, X will meet Y"
                    m.venue = summit_venue
        elif found and ("sidelines" in sent.text or "margins" in sent.text):
            aside_venue(found, ctx, prev_sent, sent)  # "addressed the UN in New York. He also met X on the
            # sidelines", "will address the Munich Security Conference and meet X on the sidelines"
        summit_venue = next((m.venue for m in reversed(found) if m.kind == "summit" and m.venue), summit_venue)
        prev_sent = sent
        if mentions and sent.index - 2 <= mentions[-1].sentence < sent.index and mentions[-1].status == "held" and (
                mentions[-1].outcome is None) and all(m.plain_ref and not m.people and m.venue is None for m in found):
            # the sentence (or the one after) names no event of its own: "..., but no breakthrough was announced",
            # "Erdogan said after the talks that ..., but no breakthrough was announced"
            standalone_outcome(mentions[-1], sent.text, sent.start)
        mentions += found
        here = [p.person for p in ctx.people_in(sent.start, sent.end)]
        if here:  # this sentence's people first, then earlier ones ("Xi arrived ... the two leaders held talks")
            prev = list(dict.fromkeys(here + prev))[:4]
    if "latest developments" in doc.text[:200] or ("\n" in doc.text[:40] and ":" in doc.text[:200]):
        blog_day(doc, mentions)  # "These are the latest developments on Tuesday, May 14.", "Sunday, 24 March
        # 2024\n07:42 - ...": a live blog's day
    if mentions and mentions[0].kind == "call" and mentions[0].plain_ref and 1 <= mentions[0].sentence <= 3 and (
            not mentions[0].people and mentions[0].status == "held"):
        _lead_call(ctx, mentions[0], doc.sentences[0], year)  # "X and Y agreed on Tuesday to ... The call lasted"
    events = merge_all(mentions)
    dateline = dateline_city(doc)
    venues_named = {m.venue.name for m in mentions if m.venue}
    drafts = []
    for e in events:
        _finish(e, dateline, venues_named)
        if _keep(e):
            drafts.append(_draft(doc, e))
    return drafts
