"""Diplomacy mentions: one per trigger word in a sentence, with the slots read from its clause.

``sentence_mentions(ctx, sentence)`` -> list[DipMention]; ``diplomacy.extract`` merges the mentions of
one real-world interaction into one event. A mention's window is the part of the sentence between the
clause breaks around its trigger, so "X met Y ahead of a planned meeting with Z" gives two mentions.
"""

from __future__ import annotations

from service.extract import diplomacy_cues as cues
from service.extract import diplomacy_follow as follow
from service.extract import diplomacy_lexicon as lx
from service.extract.diplomacy_clauses import (
    BREAK,
    MAX_AFTER,
    MAX_BEFORE,
    SUBORDINATE,
    clause,
    fronted_back,
    groups_of,
    new_day,
    split_then_with,
    windows,
)
from service.extract.diplomacy_delegates import delegates
from service.extract.diplomacy_slots import (
    inherit_subjects,
    party_countries,
    read_dates,
    read_people,
    read_status,
    read_venue,
)
from service.extract.diplomacy_types import DipMention, DocContext, Trigger
from service.nlp.actors import Person
from service.nlp.dates_patterns import may_hold_dates
from service.nlp.text import Sentence

_MAX_TRIGGERS = 24  # triggers kept per sentence
# No-breakthrough words that often have another subject ("came as the offensive stalled"; not "without a deal").
_OTHER_SUBJECT_NB = ("stall", "Stall", "collaps", "fell apart", "broke down", "deadlock")
_GROUP_RANK = {"summit": 5, "talks": 4, "meeting": 3, "visit": 2, "agreement": 1, "call": 0}


def _read_outcome(m: DipMention, window: str, offset: int) -> None:
    """The outcome of a held or ongoing event told in its window (``offset``: body offset of the window)."""
    nb, ag = lx.NO_BREAKTHROUGH.search(window), lx.AGREEMENT.search(window)
    if nb and nb.start() > m.end - offset and window.startswith(_OTHER_SUBJECT_NB, nb.start()) and (
            cues.OTHER_CLAUSE.search(window, m.end - offset, nb.start())):
        nb = None  # "The visit came as Ukraine's counteroffensive has stalled": another subject's stall
    if ag and lx.NOT_OUTCOME.match(window, ag.start()):
        ag = None  # "agreed to stay in contact"
    while ag and cues.NEGATED_OUTCOME_BEFORE.search(window, max(0, ag.start() - 20), ag.start()):
        ag = lx.AGREEMENT.search(window, ag.end())  # "ended without a joint statement": no agreement
    if nb and ag and lx.AGREED_PROCESS.match(window, ag.start()) is None:
        found, m.outcome = ag, "agreement"  # "agreeing to swap prisoners but failing to agree on a ceasefire"
    elif nb:
        found, m.outcome = nb, "no_breakthrough"
    elif ag:
        found, m.outcome = ag, "agreement"
    else:
        return
    m.outcome_spans.append((offset + found.start(), offset + found.end()))


def _fold(main: DipMention, apposition: DipMention) -> None:
    """An appositive trigger renames the event before it ("the first summit since 2021"): the higher kind wins."""
    if _GROUP_RANK[apposition.kind] > _GROUP_RANK[main.kind] and main.kind != "call":
        main.kind = apposition.kind
    main.trigger_spans += apposition.trigger_spans
    main.countries += [c for c in apposition.countries if c not in main.countries]
    if apposition.outcome and main.status != "scheduled":
        main.outcome = main.outcome or apposition.outcome
        main.outcome_spans += apposition.outcome_spans


def _add_parties(main: DipMention, m: DipMention) -> None:
    """ "travel to Brussels for a meeting, where he will hold talks with X": X joins the meeting."""
    for name, (person, spans) in m.people.items():
        main.people.setdefault(name, (person, []))[1].extend(spans)
    main.countries += [c for c in m.countries if c not in main.countries]


def _visit_where(visit: DipMention, m: DipMention) -> None:
    """ "cut short a visit to South Africa, where he met X in Pretoria on Thursday": the city and day of the
    meeting are the visit's when the visit names only the country and no day."""
    v = visit.venue
    if v is not None and m.venue is not None and v.precision == "country" and m.venue.precision == "settlement" and (
            m.venue.country == v.country):
        visit.venue, visit.venue_span = m.venue, m.venue_span
    if visit.date is None and m.date:
        visit.date, visit.date_spans, visit.vague_time = m.date, list(m.date_spans), False


def _back_reference(m: DipMention, clause_start: int) -> None:
    """ "the talks", "this meeting": an event already reported. Quoted about by speakers only, it joins the
    event or is dropped; people and a venue named only before its clause are not its parties."""
    if m.people and m.speakers_only and all(spans and spans[-1][1] <= m.start for _p, spans in m.people.values()):
        m.attach_only = True  # "X told reporters that the talks had been productive"
    if m.people and all(spans and spans[-1][1] <= clause_start for _p, spans in m.people.values()):
        m.people, m.countries, m.attach_only = {}, [], True
        if m.venue_span and m.venue_span[1] <= clause_start:
            m.venue, m.venue_span = None, None


def sentence_mentions(
    ctx: DocContext, sent: Sentence, prev: list[Person], found: list[Trigger]
) -> list[DipMention]:
    """The diplomacy mentions of one sentence, given its triggers ``found`` (body offsets, from
    ``find_triggers``); ``prev`` are the people of the previous sentence (for "the pair", "the two leaders")."""
    text = sent.text
    triggers = [(s - sent.start, e - sent.start, k) for s, e, k in found if e <= sent.end][:_MAX_TRIGGERS]
    if any(k == "call" for _s, _e, k in triggers):  # "briefed X on the Alaska talks by phone": a topic of the call
        triggers = [t for t in triggers if t[2] == "call" or not lx.TOPIC_BEFORE.search(text[max(0, t[0] - 40) : t[0]])]
    if not triggers:
        return delegates(ctx, sent)
    out: list[DipMention] = []
    places = ctx.places_in(sent.start, sent.end)
    anchor = ctx.doc.anchor
    weekend_future = bool(anchor and anchor.weekday() < 5 and "this weekend" in text.lower())
    dated = may_hold_dates(text)  # no time word anywhere in the sentence: none in any of its windows
    groups = groups_of(text, triggers)
    low = text.lower()
    agreed_next = ("agreed" in low or "decided" in low) and bool(lx.AGREED_NEXT.search(text))
    for group, (lo, hi) in zip(groups, windows(text, groups), strict=True):
        ts, te, _ = group[0]
        kind = max((k for _s, _e, k in group), key=lambda k: _GROUP_RANK[k])
        if kind in {"meeting", "talks"} and any(k == "visit" for _s, _e, k in group) and any(
                text.startswith("visit", s) and lx.NAMED_VISIT.search(text[max(0, s - 20) : s]) for s, _e, _k in group):
            kind = "visit"  # "arrived in Kyiv on an unannounced visit and met X"
        if any(k == "call" for _s, _e, k in group) and all(
                k == "call" or lx.WEAK_TRIGGER.match(text, s) or text.startswith("host", s) for s, _e, k in group):
            kind = "call"  # "discussed X in a phone call"
        window = text[lo:hi]
        m = DipMention(kind, sent.start + ts, sent.start + te, sentence=sent.index)
        m.trigger_spans += [(sent.start + s, sent.start + e) for s, e, _ in group]
        m.weak_kind = bool(lx.WEAK_KIND.search(text[max(0, ts - 40) : ts]) or lx.WEAK_TRIGGER.match(text, ts))
        before = text[max(0, ts - 60) : ts]
        # "opened the meeting", "his first trip to Ukraine": the event named before (a possessive "his call
        # with X" is a new event, "his trip" the visit already reported)
        m.attach = bool(lx.JOIN_BEFORE.search(before) or kind == "visit" and lx.POSSESSIVE_TRIGGER.search(before))
        m.named_visit = any(text.startswith("visit", s) and lx.NAMED_VISIT.search(text[max(0, s - 20) : s])
                            for s, _e, k in group if k == "visit")
        if kind == "call" and out and cues.JOIN_BY_LINK.search(text[max(0, ts - 40) : ts]):
            m.kind, m.attach, m.attach_only = "meeting", True, True  # "which X will join by video link"
        read_status(m, window, ts - lo, text[max(0, ts - 40) : ts])
        if not m.status_cue and "ing" in text[max(0, ts - 40) : te] and cues.PROGRESSIVE_BEFORE.search(
                text[max(0, ts - 40) : te]) and any(d in low for d in cues.WEEKDAYS):
            m.status, m.status_cue = "scheduled", True  # "On Saturday, Switzerland is hosting a summit"
        if kind == "visit" and text.startswith(("is ", "are "), ts):
            m.status, m.status_cue = "scheduled", True  # "X is expected in Moscow" (``cues.EXPECTED_IN``)
        if not m.status_cue and ts < 60 and cues.HEADLINE_TO.match(text[:ts]):
            m.status, m.status_cue = "scheduled", True  # "Zelensky to speak to Trump" (a headline)
        if kind == "meeting" and cues.NEGOTIATORS_BEFORE.search(text[max(0, ts - 40) : ts]):
            m.kind = "talks"  # "the negotiating teams will meet in Jeddah"
        if kind == "visit" and lx.ON_VISIT.search(text[max(0, ts - 40) : ts]):
            m.status, m.status_cue = "held", True
        if not m.status_cue and lx.HYPOTHETICAL.search(text[max(lo, ts - 30) : ts]):
            continue  # "officials could keep negotiating": not an event yet
        if lx.NEGATED_BEFORE.search(text[max(0, ts - 60) : ts]):
            if kind == "agreement" and out and out[-1].status == "held" and out[-1].outcome is None and (
                    text.endswith("without ", 0, ts)):  # "met X, which ended without signing a deal"
                out[-1].outcome = "no_breakthrough"
                out[-1].outcome_spans.append((sent.start + ts - 8, sent.start + te))
            continue  # "offered to host talks", "no plans for a meeting"
        if not m.status_cue and " possible" in window and cues.POSSIBLE_AFTER.match(text, te):
            continue  # "A meeting between X and Y is possible once a treaty is ready": a possibility
        if any(lx.NEGATED_AFTER.match(text, e) for _s, e, _k in group):
            continue  # "peace talks won't stop the warrant": a topic, not an event
        c_lo, c_hi = clause(window, ts - lo, te - lo)
        if dated:
            read_dates(ctx, m, window[c_lo:c_hi], sent.start + lo + c_lo, weekend_future)
        m.vague_time = False  # a vague time in the clause does not hide an exact one elsewhere in the window
        if m.date is None and lx.RELATIVE_CLAUSE.search(window[max(0, c_lo - 25) : c_lo + 15]):
            m.vague_time = True  # "a day after X met Y": dated relative to another event
        if dated and m.date is None and not m.vague_time:
            read_dates(ctx, m, window, sent.start + lo, weekend_future)
        if m.date and len(m.date) == 10 and "-day" in text[max(0, ts - 40) : te]:
            follow.multi_day_start(m, text[max(0, ts - 60) : te])
        elif m.date and len(m.date) == 10 and " days of " in text[max(0, ts - 40) : ts]:
            follow.days_of_start(m, text[max(0, ts - 40) : te + 100])  # "Two days of talks ended on Sunday"
        elif m.date and "-day" in text:  # "Talks ... ended Sunday, ... the two-day meeting"
            follow.ended_day_start(m, ctx.doc.text, text)
        if m.date is None and not m.vague_time and sent.index <= 1 and anchor and m.status == "held" and (
                cues.PERFECT_BEFORE.search(text[max(0, ts - 20) : ts])) and " times" not in text and (
                " since " not in text):
            m.date = anchor.isoformat()  # "X and Y have signed a deal" in the lead: the day of publication
        if dated and m.date is None and not m.vague_time and len(triggers) == 1:
            s_lo = max(0, ts - MAX_BEFORE)
            read_dates(ctx, m, text[s_lo : te + MAX_AFTER], sent.start + s_lo, weekend_future)
        if m.date and m.date_spans and m.date_spans[-1][0] > sent.start + te and cues.CAME_AFTER.match(text, te):
            m.date, m.date_spans = None, []  # "The visit came days after a strike on Saturday": the strike's day
        back_ref = cues.BACK_REFERENCE.search(text[max(0, ts - 20) : ts]) is not None
        if not back_ref:  # "told reporters after the talks"
            read_people(ctx, m, sent, sent.start + lo, sent.start + hi, prev)
        if kind == "visit" and not m.people and text.startswith(("is ", "are "), ts):
            continue  # "results are expected in Kyiv": nobody travels
        if kind == "agreement" and len(m.people) == 1 and cues.ON_BEHALF_AFTER.match(text[te : te + 40]):
            m.attach = m.attach_only = True  # "Akar signed on behalf of Turkey"
        if kind == "agreement" and not m.people and cues.PLURAL_DEALS_AFTER.match(text[te : te + 60]):
            continue  # "Ukraine has now signed security agreements with 17 countries"
        if not out and prev and lx.PRONOUN_START.match(text[:60]):
            follow.pronoun_subject(m, prev)  # "He is due to meet X": the person the previous sentence was about
        elif not out and prev and (office := cues.THE_OFFICE_START.match(text[:40])):
            follow.office_subject(m, prev, office.group("office").lower())
        elif not out and ts < 60 and cues.FRONTED_EVENT.match(text[:ts]):
            follow.fronted_subject(m, ctx, sent, prev)  # "After a meeting with X, he said ..."
        elif not out and prev and ts < 200 and cues.PRONOUN_BEFORE.search(text[max(0, ts - 20) : ts]) and not (
                ctx.people_in(sent.start, sent.start + ts)):
            follow.pronoun_subject(m, prev)  # "Speaking in Helsinki, where he held talks with X, ..."
        if out and (SUBORDINATE.match(window) or window.startswith((" and is ", " and are "))) and not (
                party_countries(text[lo:ts]) or len(m.people) >= 2 and text.startswith(" between ", te)):  # (not "a
            # day before US and Ukrainian officials were due to meet", "ahead of the summit between X and Y")
            inherit_subjects(out[-1], m)
        elif out and window.startswith((", and then ", " and then ", ", then ")) and not party_countries(text[lo:ts]):
            inherit_subjects(out[-1], m)  # "X met Y in Rome, and then had an audience with Z": X meets Z, that day
            if m.date is None and out[-1].date:
                m.date, m.date_spans, m.vague_time = out[-1].date, list(out[-1].date_spans), False
        if out and not m.people and lx.SAME_PARTIES.search(text[max(0, ts - 60) : ts]):
            m.people = {k: (p, []) for k, (p, _s) in out[-1].people.items()}  # "in which the two agreed to meet"
        m.countries = [] if back_ref and not m.people else list(dict.fromkeys(  # "The Turkish president greeted
            c for _s, _e, c in party_countries(window)))  # the negotiators before the talks": no party named
        if out and lx.WHERE_SAME.match(text[lo : lo + 30]):
            if "sidelines" in window or "margins" in window:  # "..., where he will meet X on the sidelines":
                m.people = {**{k: (p, []) for k, (p, _s) in out[-1].people.items()}, **m.people}  # its own event
                m.sidelines = True
                if m.venue is None and out[-1].kind == "summit":
                    m.venue = out[-1].venue
            else:  # "..., where he will hold talks with X"
                _add_parties(out[-1], m)
                if out[-1].kind == "visit" and m.status == out[-1].status == "held":
                    if out[-1].venue is not None and out[-1].venue.precision == "country":
                        read_venue(m, places, ctx.doc.text, sent.start + lo, sent.start + hi, ctx.lookup)
                    _visit_where(out[-1], m)  # "a visit to South Africa, where he met X in Pretoria on Thursday"
                if m.kind in {"meeting", "talks"} and out[-1].kind == "visit" and m.status == "scheduled" and (
                        not out[-1].named_visit):  # "will travel on to Warsaw, where he is to meet X on Tuesday":
                    out[-1].kind, out[-1].status = m.kind, "scheduled"  # a planned meeting there (house gold)
                    if out[-1].date is None and m.date:
                        out[-1].date, out[-1].date_spans = m.date, m.date_spans
                if m.kind == "agreement" and out[-1].kind == "visit":  # "flew to Paris, where he and X signed"
                    out[-1].kind = "agreement"  # (signed: the outcome; "are expected to sign": none yet)
                    if out[-1].status != "scheduled":
                        out[-1].outcome = out[-1].outcome or "agreement"
                continue
        if out and ts - lo < 80 and lx.APPOSITIVE.match(text[lo:ts]) and " of " not in text[lo:ts]:
            _read_outcome(m, window, sent.start + lo)
            if cues.SUBJECT_OF_VERB.match(text[te : te + 20]):
                m.kind = out[-1].kind  # "X met Y in March, the talks ended without progress": no new name
            _fold(out[-1], m)  # "on Friday - the first US-Russia summit since 2021": names the event before
            continue
        v_lo, v_hi = (lo + c_lo, lo + c_hi) if back_ref else (lo, hi)  # "as the talks wrapped up, a bomb hit X"
        read_venue(m, places, ctx.doc.text, sent.start + v_lo, sent.start + v_hi, ctx.lookup)
        if back_ref and m.date and not m.people and not m.countries and m.venue is None:
            m.attach = m.attach_only = True  # "On Sunday, as the talks wrapped up, ...": the talks told before
        m.plain_ref = "the " in (text[max(0, ts - 4) : ts].lower(), text[ts : ts + 4].lower()) or (  # "the call"
            kind == "agreement" and cues.THE_DEAL_WAS.search(text[max(0, ts - 40) : ts]) is not None) or (
            kind == "summit" and any(k == "summit" and text.endswith("the ", 0, s) for s, _e, k in group))  # "who
        # hosted the summit"
        if lx.DEFINITE_BEFORE.search(text[max(0, ts - 30) : ts]):
            m.definite = True
            _back_reference(m, sent.start + lo + c_lo)
            if lx.EVALUATED_BEFORE.search(text[max(0, ts - 50) : ts]):  # "X called the talks constructive"
                m.people, m.countries, m.venue, m.venue_span = {}, [], None, None
                m.status, m.attach_only = "held", True
        if m.plain_ref and m.people and "by " in text[te : te + 60]:
            follow.run_by(m, text, te, sent.start, BREAK)  # "The meeting will be chaired by X"
        m.visit_cue = kind in {"meeting", "talks"} and any(lx.VISIT_VERB.match(text, s) for s, _e, _k in group)
        fronted = fronted_back(text, ts)
        if kind == "talks" and m.status == "held" and lx.EARLIER_ROUND.search(text[max(0, ts - 6) : te + 2]):
            m.earlier_round = True
            m.same_place = lx.SAME_PLACE.search(window) is not None
        if m.status != "scheduled":  # a planned event has no outcome yet
            _read_outcome(m, text if fronted else window, sent.start + (0 if fronted else lo))
        if out and m.date is None:
            follow.day_offset(out[0], m, text[max(0, ts - 80) : ts])
        m.agreed_next = agreed_next
        if "postpone" in text and cues.POSTPONED_BEFORE.search(text[max(0, ts - 40) : ts]):
            new_day(m, ctx.doc, sent.end)  # "postponed a visit planned for Wednesday. The trip will now take place"
        m.again = "again" in low and bool(lx.SO_AGAIN.search(window))
        out.append(m)
        if kind == "call" and "then with" in window and (second := split_then_with(m, ctx.doc.text)):
            out.append(second)  # "X spoke by phone with Y and then with Z": two calls
    if ", who " in text:
        follow.relative_subject(out, ctx, sent)  # "X and Y, who held talks in Moscow on Thursday"
    if len(out) > 1 and ", who " in text:
        out = follow.fold_relative(out, text, sent.start)  # "X, who arrived in Kyiv on Monday, met Y"
    return out
