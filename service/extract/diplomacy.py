"""Diplomacy events: talks, meetings, calls, summits, visits and agreements between parties.

``extract(doc, resources) -> list[Draft]``. Each sentence gives mentions (``diplomacy_parts``): a trigger
word with the participants, party countries, venue, date, status and outcome read from its clause.
Mentions of one real-world interaction (the same talks named in several paragraphs) are merged into one
event when they are compatible (kind family, status, date, venue) and linked (shared people, venue,
or an anaphoric "the talks"). Events with nothing to identify them, and meetings inside one government,
are dropped. One-sided statements are never emitted.
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
    aside_venue,
    blog_day,
    dateline_city,
    host_of_visit,
    sentence_fixups,
    standalone_outcome,
)
from service.extract.diplomacy_parts import sentence_mentions
from service.extract.diplomacy_types import DipMention, DocContext, find_triggers
from service.nlp.actors import Person, find_people
from service.nlp.dates import document_year
from service.nlp.text import Doc, Sentence
from service.resources import Resources

_KIND_RANK = {"summit": 5, "talks": 4, "meeting": 3, "visit": 2, "agreement": 1, "call": 0}
_MAX_MENTIONS = 200  # per article: bounds the merge, which compares mentions with events
_OUTCOME_RANK = {None: 0, "agreement": 1, "no_breakthrough": 2}
_ATTACH_KINDS = frozenset({"talks", "meeting", "summit", "visit"})  # events a delegate or attendee can join
# (and a signing told in the sentence just before: "X and Y signed the deal. Z attended the signing.")


def _venue_compatible(a: Place, b: Place) -> bool:
    if a.name == b.name or a.admin1 == b.name or b.admin1 == a.name:
        return True
    return (a.precision == "country" and a.country == b.country) or (
        b.precision == "country" and b.country == a.country)


def _bare(m: DipMention) -> bool:
    """A mention that names nobody and no place: "the talks", "the meetings"."""
    return not m.people and m.venue is None


def _discussed_in(e: DipMention, m: DipMention) -> bool:
    """ "X and Y spoke by phone. The two leaders also discussed Z": the discussion is the call's topic."""
    return (e.kind == "call" and m.kind == "talks" and m.weak_kind and bool(m.people) and m.venue is None
            and set(m.people) <= set(e.people) and not (m.date and m.date != e.date))


def _link(e: DipMention, m: DipMention) -> float:
    """How strongly mention ``m`` belongs to event ``e`` (0 = it does not)."""
    if e.status != m.status:
        return 0.0
    if (e.kind == "call") != (m.kind == "call") and not _discussed_in(e, m):
        return 0.0
    if _bare(m) and m.sentence == e.sentence and not _bare(e) and m.kind != e.kind and m.status == "scheduled":
        return 0.0  # "X and Y will meet to prepare the summit": the summit is another event
    if m.sidelines and e.kind == "summit":
        return 0.0  # "attend the summit, where he will meet X on the sidelines": two events
    if e.date and m.date and e.date != m.date:
        return 0.0
    if (e.date and m.vague_time and not m.date) or (m.date and e.vague_time and not e.date):
        return 0.0
    if e.venue and m.venue and not _venue_compatible(e.venue, m.venue):
        return 0.0
    shared = set(e.people) & set(m.people)
    if e.people and m.people and not (set(e.people) <= set(m.people) or set(m.people) <= set(e.people)) and not (
            e.kind == m.kind == "agreement" and m.date is None and m.sentence - e.sentence <= 2) and not (
            host_of_visit(e, m, shared)):
        return 0.0  # Zelensky's call with Macron and his call with Carney are two calls (but "The deal was signed
        # in the presence of X. Y and Z signed the documents": one signing)
    if m.countries and not (m.plain_ref and e.kind == m.kind == "agreement"):  # the sides of the event: its
        # party countries and its people's ("The agreement was signed in the presence of X": the deal named before)
        sides = set(e.countries) | {p.country for p, _ in e.people.values() if p.country}
        if sides and not sides & set(m.countries) and not (shared and e.kind != "call"):
            return 0.0  # "French President X" and "British Prime Minister Y" at the summit X chaired: one event
        if m.kind != e.kind and e.people and not m.people and sides and not set(m.countries) <= sides:
            return 0.0  # "X met Biden. The G7 - the US, France, ... - signed a declaration": other parties
    score = 2.0 * len(shared)
    if e.venue and m.venue:
        score += 2.0
    if e.date and e.date == m.date:
        score += 0.5 if score else (1.0 if not (e.people and m.people) else 0.0)
    if not score and e.kind == m.kind == "agreement" and m.date is None and m.sentence - e.sentence <= 2:
        score = 0.5  # "The deal was signed in Istanbul on Friday. X and Y signed the documents": its signatories
    if not score and (_bare(m) or _bare(e)):
        score = 0.5 if m.kind == e.kind else 0.25  # "preparations for the summit": the summit, not the meeting
    return score


def _strength(m: DipMention) -> int:
    """2: names its own parties; 1: only people quoted about it; 0: a bare or habitual mention."""
    if m.weak_kind or not (m.people or m.countries):
        return 0
    return 1 if m.speakers_only and not m.countries else 2


def _merge(e: DipMention, m: DipMention) -> None:
    if m.named_visit and e.kind in {"meeting", "visit"}:
        e.kind, e.named_visit = "visit", True  # "arrived on an unannounced visit ... met X": a visit
    elif e.named_visit and m.kind in {"meeting", "talks"} or e.kind == "talks" and m.kind == "meeting" and not (
            e.weak_kind or e.people or e.countries):
        pass  # "Talks in Saudi Arabia ended ... Officials from 40 countries met in Jeddah": still the talks
    elif not (m.attach and m.plain_ref) and (_strength(m), _KIND_RANK[m.kind]) > (_strength(e), _KIND_RANK[e.kind]):
        e.kind, e.weak_kind = m.kind, m.weak_kind
    elif m.kind == "summit" and e.kind in {"meeting", "talks"} and not m.weak_kind and (
            m.plain_ref or m.venue and e.venue and m.venue.name == e.venue.name):
        e.kind = "summit"  # "Trump is due to meet Putin ... The Budapest summit has no set date": a summit
    e.speakers_only = e.speakers_only and m.speakers_only
    e.group = e.group or m.group
    # "X arrived in Kyiv. ... held talks with Zelenskyy": a visit when the host's country is the venue's
    e.visit_cue = e.visit_cue or m.visit_cue or (
        e.kind in {"meeting", "talks"} and m.kind == "visit" and not m.attach) or (
        m.kind in {"meeting", "talks"} and e.kind == "visit")
    if _OUTCOME_RANK[m.outcome] > _OUTCOME_RANK[e.outcome]:
        e.outcome = m.outcome
    e.outcome_spans += m.outcome_spans
    for name, (person, spans) in m.people.items():
        e.people.setdefault(name, (person, []))[1].extend(spans)
    e.countries += [c for c in m.countries if c not in e.countries]
    if m.venue is not None and (e.venue is None or e.venue.precision == "country" and m.venue.precision == "settlement"
                                and m.venue.country == e.venue.country):  # a city is more precise than its country
        e.venue, e.venue_span = m.venue, m.venue_span
    if e.date is None and m.date:
        e.date, e.vague_time = m.date, False
    e.date_spans += m.date_spans
    e.trigger_spans += m.trigger_spans


def _merge_all(mentions: list[DipMention]) -> list[DipMention]:
    events: list[DipMention] = []
    for m in mentions:
        best, best_score = None, 0.0
        for e in reversed(events):
            score = _link(e, m)
            if m.attach and (e.kind in _ATTACH_KINDS or e.kind == m.kind or (
                    e.kind == "agreement" and m.sentence - e.sentence <= 1)) and m.kind != "call" and (
                    e.status == m.status) and score < 0.3 and not (m.date and e.date and m.date != e.date):
                score = 0.3
            if score > best_score:
                best, best_score = e, score
        if best is None and m.plain_ref and m.status == "held":
            best = _happened(m, events)
        if best is None and m.attach_only:
            continue  # an attendee with no event to attend
        if best is None and m.earlier_round:
            _earlier_round(m, events)
        if m.agreed_next and m.status == "scheduled":  # "they agreed the next round will be held in ..."
            here = {x.trigger_spans[0] for x in mentions if x.sentence == m.sentence and x.status == "held"}
            held = [e for e in events if e.status == "held" and here & set(e.trigger_spans)]
            targets = held or [e for e in events if e.status == "held"][-1:]
            for e in targets:
                e.outcome = e.outcome or "agreement"
            if targets and not m.people and not m.countries:  # "the sides agreed to continue the talks"
                m.countries = list(targets[-1].countries)
        if best is not None:
            _merge(best, m)
        else:
            events.append(m)
        if m.again and m.status == "held":
            clone = DipMention(m.kind, m.start, m.end, status="scheduled", status_cue=True, sentence=m.sentence)
            clone.people = {k: (p, list(s)) for k, (p, s) in m.people.items()}
            clone.trigger_spans = list(m.trigger_spans)
            events.append(clone)
    return events


def _happened(m: DipMention, events: list[DipMention]) -> DipMention | None:
    """ "X met Y ahead of a video call with Z. The call, hosted by X, included ...": the event planned in the
    sentence before took place; it becomes held and takes the mention (None when there is no such event)."""
    for e in reversed(events):
        if e.sentence < m.sentence - 1:
            return None
        if e.status == "scheduled" and e.sentence == m.sentence - 1 and (e.kind == "call") == (m.kind == "call") and (
                not (m.date and e.date and m.date != e.date)):
            e.status = "held"
            return e
    return None


def _earlier_round(m: DipMention, events: list[DipMention]) -> None:
    """ "The first round, held in the same city on May 16": the parties (and venue) of the latest talks."""
    talks = next((e for e in reversed(events) if e.kind == "talks" and e.countries), None)
    if talks is None:
        return
    m.countries = m.countries or list(talks.countries)
    if m.same_place and m.venue is None:
        m.venue, m.venue_span = talks.venue, None


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
        if found and last_date and lx.LATER_THAT_DAY.match(sent.text[:80]):
            for m in found:
                if m.date is None and m.status == "held":  # "Later that day, X spoke with Y", "After the
                    # talks, X met Y": the day of the event before
                    m.date, m.vague_time = last_date, False
        if found and last_date and len(last_date) == 10 and cues.NEXT_DAY.match(sent.text[:30]):
            for m in found:
                if m.date is None and m.status == "held":  # "The next day, X spoke to Y"
                    m.date, m.vague_time = (date.fromisoformat(last_date) + timedelta(days=1)).isoformat(), False
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
        elif found and prev_sent is not None and ("sidelines" in sent.text or "margins" in sent.text):
            aside_venue(found, ctx, prev_sent)  # "addressed the UN in New York. He also met X on the sidelines"
        summit_venue = next((m.venue for m in reversed(found) if m.kind == "summit" and m.venue), summit_venue)
        prev_sent = sent
        if not found and mentions and mentions[-1].sentence == sent.index - 1 and mentions[-1].status == "held" and (
                mentions[-1].outcome is None):
            standalone_outcome(mentions[-1], sent.text, sent.start)
        mentions += found
        here = [p.person for p in ctx.people_in(sent.start, sent.end)]
        if here:  # this sentence's people first, then earlier ones ("Xi arrived ... the two leaders held talks")
            prev = list(dict.fromkeys(here + prev))[:4]
    if "latest developments" in doc.text[:200]:
        blog_day(doc, mentions)  # "These are the latest developments on Tuesday, May 14.": a live blog's day
    events = _merge_all(mentions)
    dateline = dateline_city(doc)
    venues_named = {m.venue.name for m in mentions if m.venue}
    drafts = []
    for e in events:
        _finish(e, dateline, venues_named)
        if _keep(e):
            drafts.append(_draft(doc, e))
    return drafts
