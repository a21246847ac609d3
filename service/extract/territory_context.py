"""Who gained ground, when, and on whose word: the context of one territory trigger.

- ``sides(text, offset)``: the side words of a sentence ("Russian forces", "Kyiv", "our", "the enemy")
  as (start, end, code) with code "RU" | "UA" | "first" | "other", owners of places left out
  ("Russia's Kursk region", "of Ukrainian territory").
- ``actor(...)``: the passive agent ("captured by Russian forces"), else the nearest side named before
  the trigger; "our" is the speaker's side, "the enemy" the other one.
- ``event_date(...)``: the date expression that goes with the trigger, per the gold conventions.
Pure functions over the normalised text; offsets are body offsets.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta

from service.extract import territory_cues as cues
from service.extract import territory_lexicon as lx
from service.extract.territory_places import clause_end, clause_start
from service.nlp.actors import find_people, sides_in
from service.nlp.dates import DateRef, find_dates
from service.nlp.text import Sentence

OPPOSITE = {"RU": "UA", "UA": "RU"}
Side = tuple[int, int, str]
_PAST_CHANGE = frozenset({"captured", "recaptured", "liberated", "withdrew"})
_ADVERBS = frozenset({"earlier", "recently", "previously"})


_LETTERS = re.compile(r"[a-z]+")
_RELATIVE_WORDS = frozenset(("we", "our", "us", "enemy"))  # a word of every RELATIVE_SIDE_RE match (ASCII text)


def sides(text: str, offset: int) -> list[Side]:
    """Actor-like side words of a sentence ``text`` that starts at body offset ``offset`` (with the sides'
    commands named without a side word: "the Centre group of forces")."""
    found: list[Side] = []
    for start, end, code in sides_in(text):
        if text[end : end + 1] == "-" or lx.OWNER_CONTEXT.match(text, end):
            continue
        if lx.OWNER_BEFORE.search(text[max(0, start - 30) : start]):
            continue
        found.append((offset + start, offset + end, code))
    if "roup" in text:  # "Units of the Centre group of forces liberated X": Moscow's command, named without a side
        found.extend((offset + m.start(), offset + m.end(), "RU" if m.group("ru") else "UA")
                     for m in cues.GROUP_OF_FORCES.finditer(text))
    relative = not text.isascii() or not _RELATIVE_WORDS.isdisjoint(_LETTERS.findall(text.lower()))
    for m in lx.RELATIVE_SIDE_RE.finditer(text) if relative else ():
        found.append((offset + m.start(), offset + m.end(), "first" if m.group("first") else "other"))
    found.sort()
    return found


_SPEAKER_WORDS = ("ministr", "military", "army", "staff", "command", "spokes", "official", "president",
                  "governor", "chief", "media", "authorit", "mod")


def speaker(text: str) -> str | None:
    """The side of the body or the person that speaks in a sentence ("Ukraine's General Staff said",
    "Shoigu told Putin"), or None."""
    low = text.lower()
    m = lx.SPEAKER_RE.search(text) if any(w in low for w in _SPEAKER_WORDS) else None
    if m:
        return "RU" if m.group("ru") else "UA"
    if not any(w in low for w in _PERSON_SAYS) or not lx.SAID_RE.search(low):
        return None
    # the one side of the known officials named in a sentence of saying: "Shoigu told Putin on Monday"
    countries = {p.person.country for p in find_people(text)} & {"RU", "UA"}
    return countries.pop() if len(countries) == 1 else None


_PERSON_SAYS = ("said", "says", "told", "announced", "reported", "stated")


def _decode(code: str, speaker_side: str | None) -> str | None:
    if code in OPPOSITE:
        return code
    mine = speaker_side or "UA"  # "our forces" in English-language war reporting: mostly Kyiv's officials
    return mine if code == "first" else OPPOSITE[mine]


_GERUND_ADJUNCT = re.compile(r"\b(?:after|before|while|by|upon|since)\s+$", re.IGNORECASE)


def actor(
    text: str, start: int, end: int, voice: str, found: list[Side], speaker_side: str | None, denial: int = -1,
    status: str = "",
) -> tuple[str | None, Side | None]:
    """(alpha-2 of who gains or holds the ground, the side word it was read from) or (None, None).

    ``denial`` is the offset of a denial verb before the trigger, if any: its subject ("Kyiv dismissed
    the claimed capture of X") is the side that lost the ground, so the actor is the other one."""
    chosen: Side | None = None
    if voice == "pass":
        agent = lx.AGENT_AFTER.match(text, end)
        inside = [s for s in found if start <= s[0] < end]
        if inside:
            chosen = inside[0]
        elif agent:
            chosen = next((s for s in found if agent.end() <= s[0] <= agent.end() + 12), None)
    loser = cues.LOSER_AFTER.match(text, end) if status == "liberated" else None
    if chosen is None and loser:  # "cleared of Russian troops": the side named lost the ground
        lost = next((s for s in found if loser.end() <= s[0] <= loser.end() + 4), None)
        side = _decode(lost[2], speaker_side) if lost else None
        if lost and side:
            return OPPOSITE[side], lost
    patient = False
    if chosen is None:
        before = [s for s in found if s[1] <= start]
        chosen = before[-1] if before else None
        if len(before) > 1 and voice == "act" and _GERUND_ADJUNCT.search(text, max(0, start - 8), start) \
                and text.endswith("ing", start, end):
            chosen = before[0]  # "X said it had encircled Russian troops after recapturing Y": the subject took Y
        # "Ukrainian troops in Kupiansk are surrounded": the troops named are the ones cut off
        patient = chosen is not None and voice == "pass" and status == "encircling" and start - chosen[1] <= 40 \
            and lx.GROUND_FORCE.match(text, chosen[1]) is not None
    if chosen is None and status == "withdrew":  # "I decided to withdraw our units from the city"
        chosen = next((s for s in found if 0 <= s[0] - end <= 12 and lx.GROUND_FORCE.match(text, s[1])), None)
    if chosen is None:
        return None, None
    side = _decode(chosen[2], speaker_side)
    if side and patient:
        side = OPPOSITE[side]
    if side and speaker_side and side != speaker_side and voice == "act" and denial < 0 and (
            its := cues.ITS_FORCES.search(text, chosen[1], start)) is not None:
        # "Russia said Ukrainian units had been driven out of X and that its troops had restored control" (not "Kyiv
        # denied Russia's claim that its troops took X": "its" is the claimant's)
        return speaker_side, (its.start(), its.end(), speaker_side)
    if side and (voice == "inv") != (denial >= 0 and chosen[1] <= denial):
        side = OPPOSITE[side]
    return side, chosen


def _attached(ref: DateRef, hits: Sequence[tuple[int, int]], offset: int) -> tuple[int, int] | None:
    """The trigger an adverb ("recently captured", "earlier seized") modifies, if any."""
    if ref.text.lower() not in _ADVERBS:
        return None
    end = offset + ref.end
    for hit in hits:
        if hit[0] <= offset + ref.start < hit[1] or 0 <= hit[0] - end <= 3:
            return hit
    return None


# "a day after Moscow announced ...": a clause told one day before the day of the report
_DAY_AFTER = re.compile(r"\b(?P<n>a|one|the|two|three|four|five|six|[1-6])\s+days?\s+after\b", re.IGNORECASE)
_DAYS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_SINCE = re.compile(r"\bsince\b", re.IGNORECASE)
_FRONTED_DATE = re.compile(r",\s")  # at a sentence-opening date's end: "On Thursday, Russia's ministry said ..."
SAID_REACH = 40  # "told President Vladimir Putin on Monday that ..."
_BREAK = re.compile(r"[,;:()]|\s-\s|\sand\s")  # "withdrew from X on Saturday and Russia took ...": "and" too


def _between(ref: DateRef, hit: tuple[int, int], offset: int) -> tuple[int, int]:
    """Sentence offsets of the text between a time expression and a trigger."""
    lo, hi = (ref.end, hit[0] - offset) if ref.end <= hit[0] - offset else (hit[1] - offset, ref.start)
    return lo, max(lo, hi)


def _gap(ref: DateRef, hit: tuple[int, int], offset: int) -> int:
    return max(0, offset + ref.start - hit[1], hit[0] - offset - ref.end)


def event_date(
    text: str,
    hit: tuple[int, int],
    status: str,
    refs: Sequence[DateRef],
    offset: int,
    hits: Sequence[tuple[int, int]],
    live: Sequence[tuple[int, int]],
    anchor: date | None,
) -> tuple[str | None, tuple[int, int] | None]:
    """(date, evidence span) of the trigger ``hit`` in a sentence ``text`` at body ``offset``.

    ``hits`` are all the triggers of the sentence, ``live`` those read as events. An adverb on the
    trigger ("recently captured") -> None. A time expression nearer this trigger than any other
    ("captured ... in November") -> its value (None for spans like "last week"); else the date of the
    statement ("said on Feb 27"); else "now"/"currently" -> the anchor; else a present-perfect capture
    or withdrawal ("has liberated": news of the day) -> the anchor; else None.
    """
    own, statement = [], []
    clause = (clause_start(text, hit[0] - offset, 0) + offset, clause_end(text, hit[1] - offset, len(text)) + offset)
    for ref in refs:
        owner = _attached(ref, hits, offset)
        if owner == hit:
            return None, (offset + ref.start, offset + ref.end)
        if owner is not None:
            continue
        inside = clause[0] <= offset + ref.start and offset + ref.end <= clause[1]
        # a trigger past a clause break does not compete ("seized X in November, the largest gain since")
        rivals = live if len(live) < 2 else [h for h in live if h == hit or not _BREAK.search(
            text, *_between(ref, h, offset))]
        if ("day after" in text or "days after" in text) and _DAY_AFTER.search(text, *_between(ref, hit, offset)):
            continue  # "said on Friday it had pulled out, a day after Russia said it had captured the town"
        if inside and min(rivals, key=lambda h: _gap(ref, h, offset)) == hit:
            own.append(ref)
        elif lx.SAID_BEFORE.search(text, max(0, ref.start - SAID_REACH), ref.start) or (
                (ref.start <= 2 or text[: ref.start].lower() in ("on ", "\"on "))
                and _FRONTED_DATE.match(text, ref.end)):
            statement.append(ref)  # "said on Friday that ...", "On Friday, the ministry said ..."
    after = _DAY_AFTER.search(text, max(0, hit[0] - offset - 120), hit[0] - offset) if (
        anchor and not own and ("day after" in text or "days after" in text)) else None
    if after is not None and _BREAK.search(text, after.end(), hit[0] - offset):
        after = None  # "A day after Ukraine left X, Russia took Y": the main clause is not the day before
    if after is not None and anchor:  # "... a day after Moscow announced its troops would pull out of Kherson"
        days = [r.value for r in refs if r.kind == "day" and r.value and r.end <= after.start()]
        base = date.fromisoformat(days[-1]) if days else anchor  # "said on Monday it took X, a day after"
        n = after.group("n").lower()  # "two days after announcing the liberation of X"
        back = int(n) if n.isdigit() else _DAYS.get(n, 1)
        return (base - timedelta(days=back)).isoformat(), (offset + after.start(), offset + after.end())
    chosen = own or statement
    if chosen:
        # nearest, but not across a comma when one is not: "in August, before capturing X in early October"
        ref = min(chosen, key=lambda r: (len(chosen) > 1 and cues.PUNCT_BREAK.search(text, *_between(r, hit, offset))
                                         is not None, _gap(r, hit, offset)))
        value = ref.value
        if ref in own and _SINCE.search(text, *_between(ref, hit, offset)):
            value = None  # "captured nine villages since launching an offensive on Friday": a span
        if value and anchor and anchor.day > 7 and cues.LAST_MONTH.search(ref.text):
            value = None  # "in the past month" told mid-month: a rolling span, not a calendar month
        return value, (offset + ref.start, offset + ref.end)
    if ("ince" in text or "year" in text or "date" in text) and cues.OPEN_SPAN.search(text, 0, clause[1] - offset):
        return None, None  # "since the start of the year, Russia has seized ...": an open span
    now = lx.NOW_RE.search(text, clause[0] - offset, clause[1] - offset) if anchor and _may_say_now(
        text, clause[0] - offset, clause[1] - offset) else None
    if anchor and now is not None and not cues.NOW_TRYING.match(text, now.end()):
        return anchor.isoformat(), None  # not "are now trying to encircle X": an attempt under way is undated
    # the trigger's own auxiliary: "has captured", "have completely liberated", "has been taken"
    before = text[max(0, hit[0] - offset - 40) : hit[0] - offset]
    low_before = before.lower() if before.isascii() else None  # ASCII: IGNORECASE is lower-casing
    has_aux = low_before is None or "has" in low_before or "have" in low_before  # in every PRESENT_PERFECT match
    head = text[hit[0] - offset : hit[0] - offset + 5].lower()
    perfect = has_aux and lx.PRESENT_PERFECT.search(before) or head.startswith(("has ", "have ")) or (
        status in ("liberated", "recaptured") and head.startswith(("is ", "are ")))  # "Lyman is fully cleared"
    if anchor and status in _PAST_CHANGE and perfect:
        return anchor.isoformat(), None
    return None, None


def _may_say_now(text: str, start: int, end: int) -> bool:
    """Can text[start:end] hold a NOW_RE match? (a C-speed gate; non-ASCII text always can)"""
    part = text[start:end]
    if not part.isascii():
        return True
    low = part.lower()
    return "now" in low or "currently" in low or "present" in low


_CLAIMS = frozenset({"captured", "recaptured", "liberated", "controls"})


_DENIAL_WORDS = ("deni", "deny", "dismiss", "reject", "refut", "disput", "debunk", "true", "false", "fake",
                 "propaganda")
_SAY_WORDS = ("said", "says", "claim", "announc", "report", "stated", "told")


def modality(text: str, status: str, actor_side: str | None, speaker_side: str | None) -> tuple[str, bool]:
    """(modality, disputed) of a trigger in sentence ``text``: a denial, one side's claim, or a report.

    A gain told by the gaining side ("Russia said its forces captured X") is that side's claim."""
    low = text.lower()
    if any(w in low for w in _DENIAL_WORDS) and lx.DENIAL_RE.search(text):
        return "denied", True
    if not any(w in low for w in _SAY_WORDS) and "assert" not in low and "boast" not in low:
        return "reported", False
    if lx.CLAIM_RE.search(text):
        return "claimed", False
    if actor_side and status in _CLAIMS:
        says = lx.SAYS_RE.search(text)
        if says and ("RU" if says.group("ru") else "UA") == actor_side:
            return "claimed", False
        if speaker_side == actor_side and lx.SAID_RE.search(text):
            return "claimed", False
    return "reported", False


# find_dates is costly: call it only on sentences that may hold a time expression
_MONTH_HINTS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_DATE_HINTS = ("day", "night", "week", "month", "year", "ago", "earlier", "recent", "previous", "since")


class Scope:
    """One sentence's triggers, with its dates and side words computed on first use."""

    def __init__(self, sent: Sentence, hits: list[tuple[int, int]], live: list[tuple[int, int]]) -> None:
        self.sent, self.hits, self.live = sent, hits, live
        self._dates: list[DateRef] | None = None
        self._sides: list[Side] | None = None

    def dates(self, anchor: date | None) -> list[DateRef]:
        if self._dates is None:
            text = self.sent.text
            low = text.lower()
            hinted = any(h in text for h in _MONTH_HINTS) or any(h in low for h in _DATE_HINTS)
            self._dates = find_dates(self.sent.text, anchor) if hinted else []
        return self._dates

    def denies(self) -> bool:
        """Whether the sentence may hold a denial (a cheap test before the pattern)."""
        low = self.sent.text.lower()
        return any(w in low for w in _DENIAL_WORDS)

    def sides(self) -> list[Side]:
        if self._sides is None:
            self._sides = sides(self.sent.text, self.sent.start)
        return self._sides
