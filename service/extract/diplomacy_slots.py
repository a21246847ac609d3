"""Slots of a diplomacy mention read from its clause: parties, people, venue, status, date.

Each function fills a ``DipMention`` in place from the text of its window; ``diplomacy_parts`` calls them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from service.domain import Mention, Place
from service.extract import diplomacy_cues as cues
from service.extract import diplomacy_lexicon as lx
from service.extract.diplomacy_types import DipMention, DocContext
from service.nlp.actors import Person, countries_in, country_code, lookup_person
from service.nlp.dates import DateRef, find_dates, is_future
from service.nlp.text import Sentence, lowered

# The end every ``PARTY_BEFORE`` match has: a cheap test on the last characters before the costly search.
_PARTY_BEFORE_TAIL = re.compile(r"(?:between|among|with|from|of|including|such as)\s(?:the\s)?#?$", re.IGNORECASE)


_COUNT_WORDS = {"three": 3, "four": 4, "five": 5, "six": 6}


def party_countries(text: str) -> list[tuple[int, int, str]]:
    """Country words of ``text`` used as parties ("US-Ukraine talks", "officials from France and Germany")."""
    cands = countries_in(text)
    party = [False] * len(cands)
    embedded: list[int] = []
    for i, (s, e, _c) in enumerate(cands):
        after, before = text[e : e + 60], text[max(0, s - 80) : s]
        if lx.NOT_PARTY_AFTER.match(after):
            continue
        if cues.EMBEDDED_QUESTION_BEFORE.search(before[-16:]):
            embedded.append(i)  # "to find out what the US and Russia had agreed": subjects of another clause
            continue
        party_before = _PARTY_BEFORE_TAIL.search(before[-16:]) is not None and lx.PARTY_BEFORE.search(before)
        if lx.PARTY_NOUN_AFTER.match(after) or party_before or lx.PARTY_VERB_AFTER.match(after):
            party[i] = True
    pairs = range(len(cands) - 1)
    for order in (pairs, reversed(pairs)):  # coordination: "Ukrainian and United States officials", "Russia-Ukraine"
        for i in order:  # backwards too: "France, Germany, Italy and Japan signed"
            gap = text[cands[i][1] : cands[i + 1][0]]
            tail = text[cands[i + 1][1] :][:20]
            if not lx.COORDINATION_GAP.match(gap) or lx.NOT_PARTY_AFTER.match(tail):
                continue
            compound = gap.strip() in {"-", "/"} and not lx.NOT_PARTY_COMPOUND.match(tail)
            if compound or party[i] or party[i + 1]:
                party[i] = party[i + 1] = True
    for i in embedded:  # the question's whole coordinated subject: "what the US and Russia"
        party[i] = False
        while i + 1 < len(cands) and lx.COORDINATION_GAP.match(text[cands[i][1] : cands[i + 1][0]]):
            i += 1
            party[i] = False
    return [c for c, p in zip(cands, party, strict=True) if p]


def office_holder(adj: str, anchor: date | None) -> Person | None:
    adj = adj.lower().replace(".", "")
    if adj in {"russian", "kremlin"}:
        return lookup_person("Vladimir Putin")
    if adj == "ukrainian" and (anchor is None or anchor >= date(2019, 5, 20)):
        return lookup_person("Volodymyr Zelenskyy")
    if adj in {"us", "american"} and anchor is not None:
        if date(2021, 1, 20) <= anchor < date(2025, 1, 20):
            return lookup_person("Joe Biden")
        return lookup_person("Donald Trump") if anchor >= date(2017, 1, 20) else None
    return None


def add_person(m: DipMention, person: Person, span: tuple[int, int]) -> None:
    entry = m.people.setdefault(person.name, (person, []))
    entry[1].append(span)


def quote_speaker(ctx: DocContext, m: DipMention, sent: Sentence) -> None:
    """A held event named inside a quotation: the person quoted took part ('"at the talks, ..." X wrote')."""
    text = ctx.doc.text
    if m.status != "held" or text.count('"', sent.start, m.start) % 2 == 0:
        return
    close = text.find('"', m.end, sent.end)
    if close < 0:
        return
    for p in ctx.people_in(close, min(sent.end, close + 100)):
        if "spokes" in (p.person.role or ""):
            continue
        if close < p.start <= close + 40 and p.end <= sent.end and lx.REPORTING_AFTER.match(text[p.end :][:60]):
            add_person(m, p.person, (p.start, p.end))
            return


def read_people(ctx: DocContext, m: DipMention, sent: Sentence, lo: int, hi: int, prev: list[Person]) -> None:
    text = ctx.doc.text
    if m.kind != "call" and m.status == "held" and " and " in text[m.end : hi]:
        later = cues.LATER_REPORT.search(text, m.end, hi)  # "X hosted Y and warned that ... gift to Putin"
        hi = later.start() if later else hi
    people = ctx.people_in(lo, hi)
    asides = [(r.start(), r.end()) for r in lx.RELATIVE.finditer(text, lo, hi)
              if not r.start() < m.start < r.end()] if people else []
    for p in people:
        if any(s <= p.start < e for s, e in asides):
            continue  # "Stubb, who has emerged as a key interlocutor with Trump, will visit Kyiv"
        after, before = text[p.end : p.end + 120], text[max(lo, p.start - 60) : p.start]
        if lx.POSSESSIVE_AFTER.match(after) or "spokes" in (p.person.role or ""):
            continue
        if lx.NOT_PARTICIPANT_BEFORE.search(before) or p.start > m.end and cues.ONLOOKER_AFTER.match(after):
            continue  # (", as X looked on": a host watching, no party)
        if p.start > m.end and (lx.ATTRIBUTION_TAIL.match(after) or lx.ATTRIBUTION_BEFORE.search(before)):
            continue  # an attribution tail after the trigger: ", the spokesman said"
        person = p.person
        if person.country is None and after.startswith(" of ") and (of := cues.OF_COUNTRY.match(after)):
            person = Person(person.name, person.role, country_code(of.group("c")))  # "Prime Minister X of the
            # Netherlands": the country a (lexicon) person's title is of, here
        speaker = p.start < m.start and lx.REPORTING_AFTER.match(after) is not None
        if speaker and m.status == "scheduled" and not cues.SPEAKER_IS_SUBJECT.match(after):
            continue  # "X said the next round will take place": X announces, does not take part yet
        add_person(m, person, (p.start, p.end))
        m.speakers_only = m.speakers_only and speaker
    low = lowered(text)
    offices = low is None or any(low.find(w, lo, hi) >= 0 for w in ("president", "leader", "chief", "head of state"))
    for om in lx.OFFICE_HOLDER.finditer(text, lo, hi) if offices else ():
        holder = office_holder(om.group("adj"), ctx.doc.anchor)
        if holder:
            add_person(m, holder, (om.start(), om.end()))
    anaphor = lx.ANAPHOR.search(text[max(lo, m.start - 60) : m.start]) if prev else None
    if anaphor and cues.BARE_ANAPHOR.match(anaphor.group(0)) and lx.WEAK_TRIGGER.match(text, m.start):
        anaphor = None  # "X met Y, and the two discussed Z": the meeting's topic, no event of its own
    if anaphor:
        size = _COUNT_WORDS.get(anaphor.group(0).split()[1].lower(), 2)
        for person in prev[:size]:
            m.people.setdefault(person.name, (person, []))
        m.anaphoric = True
    quote_speaker(ctx, m, sent)


_ADJECTIVAL = re.compile(r"\.?\s(?:military\s|security\s|financial\s)?(?:aid|assistance|support|funding|weapons|arms"
                         r"|officials|forces|troops|sanctions|loans?)\b")
_DAY_JOINS = frozenset({" and ", "-", " to ", " through ", " and on "})


def read_venue(
    m: DipMention, places: list[Mention], text: str, lo: int, hi: int, lookup: Callable[[str], Place | None] | None
) -> None:
    if m.kind == "call":
        return
    for cue in ("sidelines of the ", "margins of the "):  # "on the sidelines of the Munich Security Conference"
        at = text.find(cue, max(lo, m.start - 20), min(hi, m.end + 120))
        pm = next((p for p in places if at >= 0 and p.start == at + len(cue) and p.place.precision == "settlement"),
                  None)
        if pm is not None:
            m.venue, m.venue_span = pm.place, (pm.start, pm.end)
            return
    for pm in places:
        if pm.start < lo or pm.end > hi or pm.place.precision == "admin1" and pm.place.country not in {"US"}:
            continue
        if abs(pm.start - m.start) > 120 and not (m.start < pm.start <= m.start + 180 and cues.AT_BUILDING_IN.search(
                text, max(m.start, pm.start - 40), pm.start)) or text.startswith("-", pm.end):
            continue  # (farther after the trigger: "at the Diriyah Palace in Riyadh")
        if '"' in text[min(pm.end, m.end) : max(pm.start, m.start)] and text.count(
                '"', min(pm.end, m.end), max(pm.start, m.start)) % 2:
            continue  # '"No peace from an armchair in Brussels," X said after talks in the Kremlin': quoted
        if text.startswith("'s", pm.end) and not cues.VENUE_BUILDING_AFTER.match(text, pm.end, pm.end + 60):
            continue  # "Russia's forces"; but "in Istanbul's Dolmabahce Palace" is a venue
        before = text[max(0, pm.start - 40) : pm.start]
        # "the Geneva talks", "Ahead of London Meeting" (a country there is a party: "Ukraine-Russia talks")
        modifier = 0 <= m.start - pm.end <= 2 and pm.place.precision != "country" and not (
            " and " in before and cues.CAPITAL_PAIR.search(text, max(0, pm.start - 20), pm.end + 30))  # "Moscow
        # and Kyiv signed": parties
        if lx.NOT_VENUE_BEFORE.search(before) or not (modifier or lx.VENUE_BEFORE.search(before)):
            continue
        if pm.place.precision == "country" and _ADJECTIVAL.match(text, pm.end):
            continue  # "$500 million in U.S. assistance": a country word used as an adjective
        if pm.place.precision == "country":  # "at the US air base in Ramstein": the city, not the base's owner
            pm = next((c for c in places if pm.end < c.start <= pm.end + 60 and c.end <= hi and c.place.precision
                       == "settlement" and text.endswith("in ", 0, c.start) and "," not in text[pm.end : c.start]),
                      pm)
        m.venue, m.venue_span = pm.place, (pm.start, pm.end)
        if pm.place.precision == "country" and "resort" in text[max(lo, pm.start - 60) : pm.start]:
            _resort(m, text, max(lo, pm.start - 60), pm.start)  # "at the Burgenstock resort in Switzerland"
        return
    if lookup is not None:
        for am in cues.VENUE_ALIAS_RE.finditer(text, lo, hi):
            city = cues.VENUE_ALIASES.get(am.group("alias").lower())
            place = lookup(city) if city else None
            if place is not None and abs(am.start() - m.start) <= 120:
                building = cues.VENUE_BUILDINGS.get(am.group("alias").lower())
                if building:  # "at Chequers": the residence as named (it is no part of the city)
                    place = Place(building, "facility", place.country)
                m.venue, m.venue_span = place, (am.start("alias"), am.end("alias"))
                return


def _resort(m: DipMention, text: str, lo: int, hi: int) -> None:
    """ "at the Burgenstock resort in Switzerland": the named resort (a facility of the country named after it)
    is the venue, not the country."""
    found = cues.RESORT.search(text, lo, hi)
    if found is not None and m.venue is not None:
        m.venue = Place(text[found.start("name") : found.end("name")], "facility", m.venue.country)
        m.venue_span = (found.start("name"), found.end("name"))


_SAID_ON = re.compile(r"\b(?:said|says|announced|told \w+)\s$")
_PAST_TRIGGERS = ("arrived ", "met ", "held ", "signed ", "spoke ", "visited ", "hosted ", "travelled ", "traveled ",
                  "flew ", "talked ", "phoned ")


def read_status(m: DipMention, window: str, trig_rel: int, before: str) -> None:
    """Scheduled / ongoing from cues around the trigger; ``before`` is the sentence text just before it."""
    near = window[max(0, trig_rel - 60) : trig_rel + 80]
    if m.kind != "call" and ("said" in window or "told" in window or "announced" in window):
        later = cues.LATER_REPORT.search(window, trig_rel)
        if later is not None:  # "X met Y on Tuesday and said he would visit Z": the plan is another clause
            window = window[:later.start()]
            near = window[max(0, trig_rel - 60) :]
    if lx.SCHEDULED.search(near) or lx.SCHEDULED_ADJ.search(before) or lx.PLANNED_BEFORE.search(before) or (
            not window.startswith(_PAST_TRIGGERS, trig_rel) and is_future(window)):  # (not "arrived in Paris ...
        # ahead of a planned counteroffensive": a past-tense trigger is held unless a cue near it says otherwise)
        m.status, m.status_cue = "scheduled", True
    elif lx.ONGOING.search(near):
        m.status, m.status_cue = "ongoing", True


def _in_aside(window: str, r: DateRef, trig: int) -> bool:
    """The date sits in a relative clause (", who/whose/which ..., ") closed before the trigger at ``trig``."""
    if r.end > trig:
        return False
    opened = max(window.rfind(", whose ", 0, r.start), window.rfind(", who ", 0, r.start),
                 window.rfind(", which ", 0, r.start))
    return opened >= 0 and "," not in window[opened + 2 : r.start] and "," in window[r.end : trig]


def read_dates(ctx: DocContext, m: DipMention, window: str, offset: int, this_weekend_future: bool) -> None:
    future = m.status == "scheduled" or this_weekend_future
    refs = [r for r in find_dates(window, ctx.doc.anchor, future, ctx.year)
            if not lx.TWEET_DATE_BEFORE.search(window[max(0, r.start - 5) : r.start])]
    trig = m.start - offset
    if refs and " since " in window:  # "their first visit since Russia invaded in February": background
        cut = window.find(" since ", m.end - offset)
        refs = [r for r in refs if cut < 0 or r.start < cut]
    if refs and ", wh" in window:  # "X, whose country took over the EU presidency on July 1, flew to Moscow"
        refs = [r for r in refs if not _in_aside(window, r, trig)]
    exact = [r for r in refs if r.value and r.kind in {"day", "night"}] or [r for r in refs if r.value]
    trig_end = m.end - offset

    def distance(r: DateRef) -> int:
        lo, hi = (r.end, trig) if r.end <= trig else (trig_end, r.start)
        reported = lx.REPORTING_VERB.search(window, lo, max(lo, hi)) is not None or (
            future and _SAID_ON.search(window, max(0, r.start - 16), r.start) is not None)  # "X said on Saturday
        # he would travel on Monday": Saturday is the saying
        return abs(hi - lo) + (1000 if reported else 0)  # "On Monday X said talks will ...": Monday is the saying

    pick = min(exact, key=distance) if exact else None
    if pick and len(exact) > 1:  # "on Saturday and Sunday": multi-day events take their first day
        pick = next((r for r in exact if r.end < pick.start and window[r.end : pick.start] in _DAY_JOINS), pick)
    if pick:
        m.date = value = pick.value
        m.date_spans.append((offset + pick.start, offset + pick.end))
        anchor = ctx.doc.anchor
        if anchor and value and len(value) == 10 and value > anchor.isoformat() and m.status == "held":
            m.status = "scheduled"
    elif any(r.kind in {"span", "relative"} for r in refs):
        m.vague_time = True


def inherit_subjects(main: DipMention, sub: DipMention) -> None:
    """ "X met Y ahead of a planned meeting with Z": X (the main clause's subject) also meets Z."""
    if any(spans and spans[0][0] < sub.start for _p, spans in sub.people.values()):
        return  # the subordinate clause names its own subject
    for name, (person, spans) in main.people.items():
        if not spans or spans[0][0] < main.start:
            sub.people.setdefault(name, (person, []))
