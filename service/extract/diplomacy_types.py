"""Diplomacy mention data and trigger finding (shared by ``diplomacy_parts`` and ``diplomacy_slots``).

``find_triggers(text)`` -> every trigger word of an article as (start, end, kind) body offsets.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field

from service.domain import Mention, Place
from service.extract import diplomacy_cues as cues
from service.extract import diplomacy_lexicon as lx
from service.nlp.actors import Person, PersonMention
from service.nlp.text import Doc, lowered

MAX_DOC_TRIGGERS = 400  # triggers read per article
LOOKBACK = 40  # characters before a stem where a trigger may start ("the next live round", "peace talks")
STEMS = ("call", "phone", "telephone", "video", "spoke", "speak", "talk", "conversation", "summit", "round",
         "negotiat", "consultation", "traded", "exchanged", "discuss", "met", "meet", "sat", "sit", "host",
         "received", "visit", "arrive", "trip", "travel", "flew", "flies", "sign", "reached", "struck",
         "clinched", "sealed", "held", "welcom", "spent", "audience")


@dataclass(slots=True)
class DipMention:
    kind: str
    start: int  # body offset of the trigger
    end: int
    status: str = "held"
    status_cue: bool = False  # the status was read from a cue, not defaulted
    outcome: str | None = None
    people: dict[str, tuple[Person, list[tuple[int, int]]]] = field(default_factory=dict)
    countries: list[str] = field(default_factory=list)
    venue: Place | None = None
    venue_span: tuple[int, int] | None = None
    date: str | None = None
    date_spans: list[tuple[int, int]] = field(default_factory=list)
    vague_time: bool = False
    weak_kind: bool = False
    outcome_spans: list[tuple[int, int]] = field(default_factory=list)
    agreed_next: bool = False
    speakers_only: bool = True  # every person named is only quoted about the event
    attach: bool = False  # a delegation member: joins the latest talks
    attach_only: bool = False  # an attendee: joins the latest event, or is dropped when there is none
    named_visit: bool = False  # the event is called a visit ("an unannounced visit"): kind visit beats meeting
    again: bool = False
    plain_ref: bool = False  # "the summit" with no modifier: the event named before
    earlier_round: bool = False  # "the first round, held in the same city": an earlier round of the same talks
    same_place: bool = False  # "in the same city": the venue of the talks named before
    aside: bool = False  # told as "on the sidelines": not at the dateline city by default
    sidelines: bool = False  # "where he will meet X on the sidelines": a bilateral event beside a summit
    group: bool = False  # "European leaders held a meeting": several unnamed states take part
    definite: bool = False  # "the two-day meeting": a definite noun, the event named before
    anaphoric: bool = False  # its people came from "the two leaders" (the people of the sentence before)
    visit_cue: bool = False  # "X hosted Y in <city>", "arrived in <city> for talks": a visit when a guest came
    sentence: int = 0
    trigger_spans: list[tuple[int, int]] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class DocContext:
    doc: Doc
    people: list[PersonMention]  # sorted by start
    year: int | None  # fallback year for an undated article
    lookup: Callable[[str], Place | None] | None = None  # gazetteer lookup for venue aliases ("the Kremlin")
    people_starts: list[int] = field(default_factory=list)
    places: list[Mention] = field(default_factory=list)  # doc.places sorted by start
    place_starts: list[int] = field(default_factory=list)
    cues: tuple[list[int], list[int]] | None = None  # (starts, ends) of DELEGATE_WORDS; None: no gate

    @classmethod
    def build(cls, doc: Doc, people: list[PersonMention], year: int | None,
              lookup: Callable[[str], Place | None] | None) -> DocContext:
        people = sorted(people, key=lambda p: p.start)
        places = sorted(doc.places, key=lambda pm: pm.start)
        return cls(doc, people, year, lookup, [p.start for p in people], places, [pm.start for pm in places],
                   _cues(doc.text))

    def has_cue(self, lo: int, hi: int) -> bool:
        """True when body[lo:hi] holds one of ``DELEGATE_WORDS`` (always True without a gate)."""
        if self.cues is None:
            return True
        starts, ends = self.cues
        i = bisect_left(starts, lo)
        while i < len(starts) and starts[i] < hi:
            if ends[i] <= hi:
                return True
            i += 1
        return False

    def people_in(self, lo: int, hi: int) -> list[PersonMention]:
        """People mentioned inside body[lo:hi] (bisect: no scan of the whole document)."""
        i, j = bisect_left(self.people_starts, lo), bisect_left(self.people_starts, hi)
        return [p for p in self.people[i:j] if p.end <= hi]

    def places_in(self, lo: int, hi: int) -> list[Mention]:
        i, j = bisect_left(self.place_starts, lo), bisect_left(self.place_starts, hi)
        return [pm for pm in self.places[i:j] if pm.end <= hi]


# A word every delegate or attendee phrase holds (``ATTENDED``, ``DELEGATION_HEAD``; ``DELEGATION_PASSIVE``
# needs " by "): sentences without one skip those patterns.
DELEGATE_WORDS = ("by", "attended", "took part", "participated", "present", "among", "joined", "delegation",
                  "negotiating team", "negotiator", "chaired", "opened", "moderated", "sent")


def _cues(text: str) -> tuple[list[int], list[int]] | None:
    """(starts, ends), sorted by start, of every occurrence of ``DELEGATE_WORDS`` in the lower-cased text;
    None when lower-casing changes the text's length (offsets would not carry over)."""
    low = lowered(text)
    if low is None:
        return None
    found = []
    for word in DELEGATE_WORDS:
        i = low.find(word)
        while i >= 0:
            found.append((i, i + len(word)))
            i = low.find(word, i + 1)
    found.sort()
    return [s for s, _ in found], [e for _, e in found]


Trigger = tuple[int, int, str]
_WORD = re.compile(r"[^\W_](?<![^\W_].)[^\W_]*")  # a whole word; the look-behind after its first letter
# The first word of every alternative of ``TRIGGER_ALL`` (lower case; a test checks that words outside this set
# never start a trigger): the pattern is tried only at these words, not at every word before a stem.
_FIRST_WORDS_TEXT = (
    "phone telephone video videocall videocalls videoconference a the their his her first latest second call calls "
    "spoke speaks speak spoken talked talking phoned conversation by over on will would to summit new next another "
    "third fresh peace direct bilateral trilateral face high crunch talks negotiations consultations negotiated "
    "negotiating held traded exchanged after discussed met meets meet meeting meetings sat sit host hosts hosted "
    "hosting received spent visit visits visited visiting arrived arrives trip travel traveled travelled travels "
    "flew flies signed sign signs signing reached struck clinched sealed virtual online welcomed welcomes welcoming "
    "put puts putting audience "
    "monday tuesday wednesday thursday friday saturday sunday yesterday today"
)
FIRST_WORDS = frozenset(_FIRST_WORDS_TEXT.split())
# Words that start a trigger only as a possessive: "Thursday's call" (a weekday is near most triggers).
_POSSESSIVE_ONLY = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                              "yesterday", "today"})


def _hits(text: str) -> list[int]:
    """Word-start offsets of the stems every trigger contains (str.find: far cheaper than a regex scan)."""
    lower = text.lower()
    hits = []
    for stem in STEMS:
        i = lower.find(stem)
        while i >= 0:
            if i == 0 or not lower[i - 1].isalnum():
                hits.append(i)
            i = lower.find(stem, i + len(stem))
    return sorted(set(hits))


def _first_words(text: str, lo: int, hit: int) -> list[int]:
    """Starts of the words of text[lo:] up to the one at ``hit`` that may begin a trigger (``FIRST_WORDS``)."""
    out = []
    for w in _WORD.finditer(text, lo, hit + 40):  # endpos past ``hit``: the word there is read whole
        if w.start() > hit:
            break
        word = w.group(0).lower()
        if word in FIRST_WORDS and (word not in _POSSESSIVE_ONLY or text.startswith("'s ", w.end())):
            out.append(w.start())
    return out


def _no_event_here(text: str, start: int, end: int) -> bool:
    """A demand, a condition, an obligation or a reference back ("urged X to open negotiations", "until he
    meets", "criticized the call", "those talks", "had to be discussed"), a passive "demands were met", or a
    document "signed by" the parties of another trigger's event."""
    before = text[max(0, start - 90) : start]
    if cues.NO_EVENT_BEFORE.search(before):
        return True
    word = text[start:end].lower()
    if word == "signed" and text.startswith(" by ", end) and cues.COMMUNIQUE_BEFORE.search(before[-30:]):
        return True  # "ended with a joint communique signed by 80 countries": the outcome of the event named
    return word == "met" and bool(cues.PASSIVE_MET_BEFORE.search(before)) and not cues.BY_OR_WITH_AFTER.match(
        text[end : end + 6])


def find_triggers(text: str) -> list[Trigger]:
    """Every trigger of the text (body offsets), in order, at most ``MAX_DOC_TRIGGERS``: the trigger
    pattern is tried only at the word starts shortly before a stem."""
    out: list[Trigger] = []
    done = 0
    for hit in _hits(text):
        if hit < done:
            continue
        lo = max(done, hit - LOOKBACK)
        for st in _first_words(text, lo, hit):
            m = lx.TRIGGER_ALL.match(text, st)
            if m and m.end() > hit:
                done = m.end()
                if not lx.NOT_AN_EVENT.match(text, m.start()) and not lx.SIDELINES.search(
                    text[max(0, m.start() - 50) : m.start()]
                ) and not _no_event_here(text, m.start(), m.end()):
                    out.append((m.start(), m.end(), m.lastgroup or "talks"))
                break
        if len(out) >= MAX_DOC_TRIGGERS:
            break
    if " expected in " in text or " due in " in text:  # "X is expected in Moscow": a planned visit
        out = sorted(out + [(m.start(), m.end(), "visit") for m in cues.EXPECTED_IN.finditer(text)])[:MAX_DOC_TRIGGERS]
    return out
