"""Delegates and attendees: people (or countries) said to lead, represent or sit on a delegation, or to attend,
join the event of the moment ("X's delegation was led by Y", "Y and Z attended", "India and Thailand, which took
part"). ``delegates(ctx, sentence)`` -> attach-only mentions; ``diplomacy_parts`` calls it for sentences without
a trigger word.
"""

from __future__ import annotations

from service.extract import diplomacy_cues as cues
from service.extract import diplomacy_lexicon as lx
from service.extract.diplomacy_slots import add_person
from service.extract.diplomacy_types import DipMention, DocContext
from service.nlp.actors import PersonMention, countries_in
from service.nlp.text import Sentence


def _listed_after(ctx: DocContext, start: int, end: int) -> list[PersonMention]:
    """The people listed from ``start`` on: the first within 60 characters, then each one joined to the
    previous by ", " or "and" (titles allowed: "senator X and Y, an adviser")."""
    text = ctx.doc.text
    out: list[PersonMention] = []
    for p in ctx.people_in(start, end):
        gap_from = out[-1].end if out else start
        gap = text[gap_from : p.start]
        if lx.CLAUSE_BREAK.search(gap):
            break
        if not out and p.start - start > 60:
            break
        if out and (len(gap) > 60 or not (" and " in gap or "," in gap)):
            break
        if lx.POSSESSIVE_AFTER.match(text[p.end : p.end + 120]):
            continue  # "led by X, the head of Zelenskyy's office": the possessor is not a delegate
        out.append(p)
    return out


def _countries_before(text: str, lo: int, at: int) -> list[str]:
    """ "India, Saudi Arabia and the UAE, which took part": the countries listed just before ", which" (or
    "that", "who") and an attendance verb at ``at``."""
    rel = cues.WHICH_BEFORE.search(text, max(lo, at - 20), at)
    if rel is None:
        return []
    found = countries_in(text[max(lo, rel.start() - 200) : rel.start()])
    base = max(lo, rel.start() - 200)
    listed: list[tuple[int, int, str]] = []
    end = rel.start() - base
    for s, e, code in reversed(found):
        if not lx.COORDINATION_GAP.match(text[base + e : base + end]) and listed or not listed and e != end:
            break
        listed.insert(0, (s, e, code))
        end = s
    return list(dict.fromkeys(c for _s, _e, c in listed)) if len(listed) >= 2 else []


def _listed_before(ctx: DocContext, start: int, end: int) -> list[PersonMention]:
    """The people named in the clause that ends at ``end`` (the subject of "... attended")."""
    text = ctx.doc.text
    out: list[PersonMention] = []
    for p in ctx.people_in(max(start, end - 200), end):
        if lx.CLAUSE_BREAK.search(text, p.end, end):
            out = []  # a clause break after this person: it belongs to an earlier clause
            continue
        out.append(p)
    return out


def delegates(ctx: DocContext, sent: Sentence) -> list[DipMention]:
    """A person said to lead, represent or sit on a delegation, or to attend, takes part in the event of the
    moment: "X's delegation was led by Y", "the side would be represented by Y and Z", "Y and Z attended"."""
    out: list[DipMention] = []
    if not ctx.has_cue(sent.start, sent.end):
        return out  # none of the words every delegate or attendee phrase needs
    text = ctx.doc.text
    for d in lx.DELEGATION_PASSIVE.finditer(text, sent.start, sent.end):
        people = _listed_after(ctx, d.end(), sent.end)
        if people:
            m = DipMention("talks", d.start(), d.end(), sentence=sent.index, weak_kind=True, attach=True)
            if " be " in d.group(0):  # "would be represented by": a delegation for planned talks
                m.status, m.status_cue = "scheduled", True
            for p in people:
                add_person(m, p.person, (p.start, p.end))
            out.append(m)
    envoy = not out and "delegation" not in sent.text and "envoy" in sent.text  # "China sent its envoy, X": only
    # a delegate of the event of the moment (attach-only)
    if " sent " in sent.text and (out or "delegation" in sent.text or envoy):  # "while the US sent its envoy X"
        for d in cues.DELEGATE_SENT.finditer(text, sent.start, sent.end):
            people = _listed_after(ctx, d.end(), sent.end)
            if people:
                m = DipMention("talks", d.start(), d.end(), sentence=sent.index, weak_kind=True, attach=True,
                               attach_only=envoy)
                for p in people:
                    add_person(m, p.person, (p.start, p.end))
                out.append(m)
    for a in lx.ATTENDED.finditer(text, sent.start, sent.end):
        people = [p for p in _listed_before(ctx, sent.start, a.start()) if "spokes" not in (p.person.role or "")]
        if text.startswith(" alongside ", a.end()):  # "X and Y attended alongside Z"
            people += _listed_after(ctx, a.end(), sent.end)
        countries = [] if people else _countries_before(text, sent.start, a.start())
        if people or countries:
            m = DipMention("meeting", a.start(), a.end(), sentence=sent.index, weak_kind=True, attach=True,
                           attach_only=True, countries=countries)
            for p in people:
                add_person(m, p.person, (p.start, p.end))
            out.append(m)
    if out:
        return out
    for d in lx.DELEGATION_HEAD.finditer(text, sent.start, sent.end):
        near = [p for p in ctx.people_in(max(sent.start, d.start() - 80), min(sent.end, d.end() + 80))
                if 0 <= d.start() - p.end <= 40 or 0 <= p.start - d.end() <= 40]
        if near:
            p = min(near, key=lambda q: min(abs(d.start() - q.end), abs(q.start - d.end())))
            m = DipMention("talks", d.start(), d.end(), sentence=sent.index, weak_kind=True, attach=True)
            add_person(m, p.person, (p.start, p.end))
            out.append(m)
    return out
