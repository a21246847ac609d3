"""Merging diplomacy mentions into events: one event per real-world interaction in an article.

``merge_all(mentions) -> events``: a mention joins the best-linked earlier event when the two are compatible
(kind family, status, date, venue) and linked (shared people, venue, or an anaphoric "the talks"); a
delegate or attendee joins the event of the moment; "the call" after a planned call makes it held.
"""

from __future__ import annotations

from service.domain import Place
from service.extract.diplomacy_follow import host_of_visit
from service.extract.diplomacy_types import DipMention

_KIND_RANK = {"summit": 5, "talks": 4, "meeting": 3, "visit": 2, "agreement": 1, "call": 0}
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


def _led_by(e: DipMention, m: DipMention) -> bool:
    """ "Russian and Ukrainian delegations held talks in Istanbul. The meeting, led by X and Y, ...": the people
    of the next sentence lead the sides of the talks named without people."""
    if e.people or not e.countries or not m.people or m.venue is not None or not 0 <= m.sentence - e.sentence <= 1:
        return False
    sides = {p.country for p, _ in m.people.values()}
    return (e.kind in {"talks", "meeting"} and m.kind in {"talks", "meeting"} and e.status == "held"
            and set(e.countries) <= sides and not (e.date and m.date and e.date != m.date))


def _link(e: DipMention, m: DipMention) -> float:
    """How strongly mention ``m`` belongs to event ``e`` (0 = it does not)."""
    if e.status != m.status:
        return 0.0
    if _led_by(e, m):
        return 1.0
    if (e.kind == "call") != (m.kind == "call") and not _discussed_in(e, m):
        return 0.0
    if _bare(m) and m.sentence == e.sentence and not _bare(e) and m.kind != e.kind and m.status == "scheduled":
        return 0.0  # "X and Y will meet to prepare the summit": the summit is another event
    if m.sidelines and e.kind == "summit":
        return 0.0  # "attend the summit, where he will meet X on the sidelines": two events
    if e.date and m.date and e.date != m.date:
        return 0.0
    if ((e.date and m.vague_time and not m.date) or (m.date and e.vague_time and not e.date)) and not (
            m.definite and _bare(m) and m.kind in {e.kind, "meeting"}):
        return 0.0  # (but "a summit over the weekend ... The two-day meeting, which opened on Saturday": one)
    if e.venue and m.venue and not _venue_compatible(e.venue, m.venue):
        return 0.0
    shared = set(e.people) & set(m.people)
    if e.people and m.people and not (set(e.people) <= set(m.people) or set(m.people) <= set(e.people)) and not (
            e.kind == m.kind == "agreement" and m.date is None and m.sentence - e.sentence <= 2) and not (
            host_of_visit(e, m, shared)):
        return 0.0  # Zelensky's call with Macron and his call with Carney are two calls (but "The deal was signed
        # in the presence of X. Y and Z signed the documents": one signing)
    if m.countries and not (m.plain_ref and e.kind == m.kind == "agreement") and not (
            m.plain_ref and m.kind == "summit" and e.kind in {"summit", "meeting", "talks"}):  # "X, who hosted the
        # summit": its host's country joins the summit's parties  # the sides of the event: its
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
    if not score and m.plain_ref and m.kind == e.kind == "summit":
        score = 0.5  # "Swiss President X, who hosted the summit": the summit reported
    if not score and (_bare(m) or _bare(e)):
        score = 0.5 if m.kind == e.kind else 0.25  # "preparations for the summit": the summit, not the meeting
    return score


def _strength(m: DipMention) -> int:
    """2: names its own parties; 1: only people quoted about it; 0: a bare or habitual mention."""
    if m.weak_kind or not (m.people or m.countries):
        return 0
    return 1 if m.speakers_only and not m.countries else 2


def _merge(e: DipMention, m: DipMention) -> None:
    was_visit = e.kind == "visit"
    if m.named_visit and e.kind in {"meeting", "visit"}:
        e.kind, e.named_visit = "visit", True  # "arrived on an unannounced visit ... met X": a visit
    elif e.named_visit and m.kind in {"meeting", "talks"} or e.kind == "talks" and m.kind == "meeting" and not (
            e.weak_kind or e.people or e.countries):
        pass  # "Talks in Saudi Arabia ended ... Officials from 40 countries met in Jeddah": still the talks
    elif not (m.attach and m.plain_ref or m.attach_only and e.kind == "agreement") and (
            _strength(m), _KIND_RANK[m.kind]) > (_strength(e), _KIND_RANK[e.kind]):  # ("X and Y took part in
        # the signing ceremony": still the signing)
        e.kind, e.weak_kind = m.kind, m.weak_kind
    elif m.kind == "summit" and e.kind in {"meeting", "talks"} and not m.weak_kind and (
            m.plain_ref or m.venue and e.venue and m.venue.name == e.venue.name):
        e.kind = "summit"  # "Trump is due to meet Putin ... The Budapest summit has no set date": a summit
    e.speakers_only = e.speakers_only and m.speakers_only
    e.group = e.group or m.group
    # "X arrived in Kyiv. ... held talks with Zelenskyy": a visit when the host's country is the venue's
    e.visit_cue = e.visit_cue or m.visit_cue or (
        e.kind in {"meeting", "talks"} and m.kind == "visit" and not m.attach) or (
        m.kind in {"meeting", "talks"} and was_visit)
    if _OUTCOME_RANK[m.outcome] > _OUTCOME_RANK[e.outcome]:
        e.outcome = m.outcome
    e.outcome_spans += m.outcome_spans
    for name, (person, spans) in m.people.items():
        e.people.setdefault(name, (person, []))[1].extend(spans)
    e.countries += [c for c in m.countries if c not in e.countries]
    if m.venue is not None and (e.venue is None or e.venue.precision in {"country", "admin1"} and (
            m.venue.precision == "settlement") and m.venue.country == e.venue.country and (
            e.venue.precision == "country" or m.venue.admin1 in {None, e.venue.name} and not m.plain_ref)):  # a city
        # is more precise than its country or state ("talks in Alaska ... The two leaders met in Anchorage"; but
        # "The talks in Florida ... The talks in Miami": the place named first, house gold)
        e.venue, e.venue_span = m.venue, m.venue_span
    if e.date is None and m.date:
        e.date, e.vague_time = m.date, False
    e.date_spans += m.date_spans
    e.trigger_spans += m.trigger_spans


def merge_all(mentions: list[DipMention]) -> list[DipMention]:
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
