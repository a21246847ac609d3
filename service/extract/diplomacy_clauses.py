"""Clauses of a diplomacy sentence: which triggers name one interaction (groups), and the window of text
each group's slots are read from (split at the clause breaks between groups).

``groups(text, triggers)`` -> lists of triggers; ``windows(text, groups)`` -> sentence-relative [start, end)
of each group; ``clause(window, ts, te)`` -> the clause around one trigger; ``split_then_with(m, text)`` -> the
second call of "X spoke with Y and then with Z". ``diplomacy_parts`` uses them.
"""

from __future__ import annotations

import re

from service.extract import diplomacy_cues as cues
from service.extract import diplomacy_lexicon as lx
from service.extract.diplomacy_types import DipMention, Trigger
from service.nlp.dates import find_dates
from service.nlp.text import Doc, lower_case_pattern

BREAK = re.compile(
    r",\s|;\s|:\s|\s-\s|\s(?:ahead of|after|before|following|followed|preceded|as|while|amid|even as|but|since"
    r"|to prepare(?: for)?|and (?:later |also )?(?:said|told|announced|added|warned)"
    r"|and (?:is|are) (?:also )?(?:due|set|scheduled|expected) to"
    r"|when|on the heels of|in the wake of|in preparation for|in the run-up to|leading up to)\s",
    re.IGNORECASE)
_INDEFINITE = re.compile(r"\b(?:a|an|another|new)\s(?:[\w-]+\s){0,2}$", re.IGNORECASE)
# "for a summit", "on an unannounced visit", "hosted a summit": the event of the trigger before, not a new one
_PURPOSE = re.compile(r"\b(?:for|on|host(?:s|ed|ing)?)\s(?:a|an)\s(?:[\w-]+\s){0,2}$", re.IGNORECASE)
MAX_BEFORE, MAX_AFTER = 400, 600  # window bounds around a trigger group (characters)
SUBORDINATE = re.compile(r"\s?(?:ahead of|after|before|following|in preparation for|leading up to)\s",
                          re.IGNORECASE)
FRONTED = re.compile(r"^(?:ahead of|leading up to|after|following|before|since|despite|during|amid)\b",
                      re.IGNORECASE)
BREAK, _INDEFINITE, SUBORDINATE, FRONTED, _PURPOSE = (  # type: ignore[assignment]  # same search/match
    lower_case_pattern(p) for p in (BREAK, _INDEFINITE, SUBORDINATE, FRONTED, _PURPOSE))


def groups_of(text: str, triggers: list[Trigger]) -> list[list[Trigger]]:
    """Triggers of one clause (no break between them) name one interaction: "a meeting where X sat down with Y"."""
    groups = [[triggers[0]]]
    for prev, cur in zip(triggers, triggers[1:], strict=False):
        if lx.APPOSITIVE_HOST.match(text[prev[1] : prev[1] + 20]) or (
                text.startswith("host", cur[0]) and cues.RUN_BY_AFTER.match(text[prev[1] : cur[1] + 4])):
            continue  # "the video conference, hosted by X": describes the trigger before it
        lead = text[max(0, cur[0] - 30) : cur[0]]
        # "... and began arranging a meeting" is another event; "hosted leaders for a summit" is the same one
        fresh = _INDEFINITE.search(lead) and not _PURPOSE.search(lead) and not (
            cur[2] == "summit" and prev[2] == "meeting" and cues.MET_GROUP_AT.match(text[prev[0] : cur[0]]))
        by_call = _discussed_by_call(text, prev, cur) or _hosted_call(text, prev, cur)
        same_medium = (prev[2] == "call") == (cur[2] == "call") or by_call
        if (by_call or not fresh) and BREAK.search(text, prev[1], cur[0]) is None and same_medium:
            groups[-1].append(cur)
        else:
            groups.append([cur])
    return groups


def fronted_back(text: str, ts: int) -> bool:
    """ "After the talks, ...": the trigger at ``ts`` is in a fronted phrase at the start of the sentence."""
    return ts < 90 and lx.FRONTED_BACK.match(text[:ts]) is not None


def _discussed_by_call(text: str, prev: Trigger, cur: Trigger) -> bool:
    """ "discussed the attack in a phone call with X": the discussion is the call."""
    return cur[2] == "call" and prev[2] == "talks" and lx.WEAK_TRIGGER.match(text, prev[0]) is not None


def _hosted_call(text: str, prev: Trigger, cur: Trigger) -> bool:
    """ "co-hosted a video call of the coalition": the hosting is the call."""
    return cur[2] == "call" and prev[2] == "meeting" and text.startswith("host", prev[0]) and cur[0] - prev[1] < 12


def windows(text: str, groups: list[list[Trigger]]) -> list[tuple[int, int]]:
    """Sentence-relative [start, end) of each group's clause: split at the last break between groups."""
    bounds: list[tuple[int, int]] = []
    for i, group in enumerate(groups):
        lo = 0 if i == 0 else bounds[-1][1]
        hi = len(text)
        if i + 1 < len(groups):
            nxt = groups[i + 1][0][0]
            cut = nxt
            for m in BREAK.finditer(text, group[-1][1], nxt):
                cut = m.start()
                if fronted_back(text, group[0][0]):
                    break  # "After the talks, X, Y and Z held a call": the list belongs to the call
            hi = cut
        # a clause is short: bound the window so a run-on "sentence" cannot make the work quadratic
        bounds.append((max(lo, group[0][0] - MAX_BEFORE), min(max(hi, group[0][0] + 1), group[-1][1] + MAX_AFTER)))
    if len(groups) == 1 and FRONTED.match(text):
        comma = text.find(", ", groups[0][-1][1])
        if comma > 0:
            bounds[0] = (0, comma)
    return bounds


def clause(window: str, ts: int, te: int) -> tuple[int, int]:
    """[start, end) of the clause around a trigger inside its window (breaks: commas, "after", ...)."""
    lo, hi = 0, len(window)
    for b in BREAK.finditer(window):
        if b.end() <= ts:
            lo = b.end()
        elif b.start() >= te:
            hi = b.start()
            break
    return lo, hi


# "X spoke by phone with Y for an hour and then with Z": a second call, with the same caller.
_THEN_WITH = re.compile(r"\b(?:and then|then|and later|before speaking|before talking)\swith\s", re.IGNORECASE)


def split_then_with(m: DipMention, text: str) -> DipMention | None:
    """The second call of "X spoke with Y and then with Z" (``text``: the body): the people named after "then
    with" leave ``m`` for a new call with the caller named before the trigger; None when there is none."""
    found = _THEN_WITH.search(text, m.end, m.end + 200)
    if found is None:
        return None
    later = {k: v for k, v in m.people.items() if v[1] and v[1][0][0] >= found.end()}
    caller = {k: v for k, v in m.people.items() if v[1] and v[1][0][1] <= m.start}
    if not later or not caller or len(later) + len(caller) == len(m.people):
        return None  # no one after "with" in the first call (or no caller): one call
    second = DipMention(m.kind, found.start(), found.end(), status=m.status, sentence=m.sentence, date=m.date)
    second.people = {**{k: (p, list(s)) for k, (p, s) in caller.items()}, **later}
    second.trigger_spans, second.date_spans, second.vague_time = [(found.start(), found.end())], list(m.date_spans), (
        m.vague_time)
    for k in later:
        del m.people[k]
    return second


# "His office said the trip would now take place on March 10": the new day of an event postponed just before.
_NEW_DAY = re.compile(
    r"\b(?:would|will|is to|is now to)\s(?:now\s|instead\s)?(?:take place|be held|go ahead)\s(?:on|in)\s",
    re.IGNORECASE)


def new_day(m: DipMention, doc: Doc, end: int) -> None:
    """The day an event postponed in the sentence ending at ``end`` now takes place, told within the next 200
    characters ("... postponed a visit planned for Wednesday. The trip would now take place on March 10")."""
    found = _NEW_DAY.search(doc.text, end, end + 200)
    if found is None:
        return
    refs = find_dates(doc.text[found.end() : found.end() + 30], doc.anchor, True)
    if refs and refs[0].start == 0 and refs[0].value:
        m.date, m.vague_time = refs[0].value, False
        m.date_spans = [(found.end() + refs[0].start, found.end() + refs[0].end)]
