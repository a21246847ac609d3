"""Territory triggers in a document: where ground is said to change hands or be held.

``find_hits(doc)`` scans the lower-cased text for keywords (``territory_lexicon.KEYWORD_RE``), tries
the trigger rows of each keyword there, and returns the triggers by sentence, each marked ``live``
unless it is negated ("did not capture"), hypothetical ("could capture", "trying to encircle",
"If X falls"), an attributive participle ("the recently captured settlement"), a change noun told back
("the capture would allow ...", "the gains threatened ..."), or a capture of people or gear ("captured
several soldiers"). Linear time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from service.extract import territory_cues as cues
from service.extract import territory_lexicon as lx
from service.nlp.text import Doc, Sentence


@dataclass(frozen=True, slots=True)
class Hit:
    """A trigger in a sentence; ``live`` is False for negated, hypothetical or attributive uses."""

    start: int
    end: int
    status: str
    voice: str
    weak: bool
    live: bool


def lower(text: str) -> str:
    """Lower-case text with the same length (a few characters grow when lower-cased)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _match(low: str, pos: int, word: str) -> tuple[int, int, lx.Trigger] | None:
    """The first trigger row that matches at ``pos`` (a candidate keyword), with its start and end."""
    for index in lx.rows_for(word):
        row = lx.TRIGGERS[index]
        m = row.pattern.match(low, pos)
        if m is None:
            continue
        start = pos
        if row.before is not None:
            ctx_m = row.before.search(low, max(0, pos - 50), pos)
            if ctx_m is None:
                continue
            if row.voice == "pass":
                start = ctx_m.start()
        return start, m.end(), row
    return None


# The first word of every NEGATION_BEFORE / HYPOTHETICAL_BEFORE match is one of these words or starts with one of
# these stems ("n" of "n't"): a word gate (C-speed set and ``startswith`` tests) that spares the two costly scans
# of ``pre`` when none is there.
_LETTERS = re.compile(r"[a-z]+")
_NEGATION_WORDS = frozenset(("n", "not", "never", "no", "nor", "neither", "without", "yet", "unable", "against",
                             "instead"))
_NEGATION_STEMS = ("fail", "rule", "refus", "avoid", "prevent", "thwart", "den", "halt", "stop", "stall", "repel",
                   "slow", "block", "contain", "hamper", "resist")
_HYPOTHETICAL_WORDS = frozenset((
    "could", "may", "might", "would", "will", "shall", "tries", "tried", "sought", "bid", "in", "goal", "hoping",
    "danger", "if", "unless", "before", "ready", "bent", "poised", "set", "expected", "likely", "must", "should",
    "ought", "ultimatum", "condition", "aiming", "threatened"))
_HYPOTHETICAL_STEMS = ("aim", "try", "attempt", "plan", "seek", "threat", "intend", "want", "hope", "risk", "demand",
                       "insist", "call", "urg", "requir", "propos", "envisag", "agree", "need", "ask", "fac", "fear",
                       "warn")


def _may_match(words: list[str] | None, exact: frozenset[str], stems: tuple[str, ...]) -> bool:
    return words is None or not exact.isdisjoint(words) or any(w.startswith(stems) for w in words)


def _hit(doc: Doc, low: str, sent: Sentence, start: int, end: int, row: lx.Trigger) -> Hit:
    status, voice = row.status, row.voice
    text = doc.text
    word = low[start:end]
    if voice == "act" and word in lx.PARTICIPLES:
        aux = lx.PASS_AUX.search(low, max(sent.start, start - 50), start)
        if aux is not None:
            voice, start = "pass", aux.start()  # "Robotyne has been liberated"
    pre = text[max(sent.start, start - 40) : start]
    # "captured by Russian forces"; not "advanced by up to 2 kilometres"
    by_agent = low[end : end + 5].lstrip().startswith("by ") and not cues.BY_MEASURE.match(low, end)
    if voice == "act" and by_agent:
        voice = "pass"  # "the town of X, recently captured by Russian forces"
    elif voice == "act" and status == "captured" and cues.PUSH_WORD.match(word) and cues.PASSIVE_BEFORE.search(pre):
        voice = "inv"  # "Russian troops were pushed out of X": the other side regained it
    words = _LETTERS.findall(pre.lower()) if pre.isascii() else None  # ASCII: IGNORECASE == lower-case
    negation = _may_match(words, _NEGATION_WORDS, _NEGATION_STEMS)
    hypothetical = _may_match(words, _HYPOTHETICAL_WORDS, _HYPOTHETICAL_STEMS)
    live = not (negation and lx.NEGATION_BEFORE.search(pre) or hypothetical and lx.HYPOTHETICAL_BEFORE.search(pre))
    low_pre = pre.lower()
    if live and word.startswith("fell") and cues.FALLING_OBJECT.search(low_pre[max(low_pre.rfind(","), 0) :]):
        live = False  # "debris from a downed drone fell, damaging a house" (its own clause, not "After drone attacks,")
    if live and word.startswith("loss ") and not cues.LOSS_OF_PLACE.match(text, end):
        live = False  # "the loss of 40 tanks", "the loss of life": no place lost
    if live and word.startswith("regroup") and cues.PURPOSE_BEFORE.search(low_pre) \
            and not cues.ORDERED_TO.search(low_pre.rstrip("\"'")):
        live = False  # "pulled troops back from X to \"regroup\"" (not "decided to \"regroup\" troops from X")
    if live and "freed" in word and not cues.FREED_GROUND.search(low_pre):
        live = False  # "ninety soldiers were freed": people, not ground ("1,100 sq km had been freed")
    if live and cues.INFINITIVE_BEFORE.search(pre):
        live = cues.FACTUAL_INFINITIVE.search(pre.lower()) is not None or (
            status == "withdrew" and cues.ORDERED_TO.search(pre.lower()) is not None)  # "ordered troops to pull out"
    if not live and not (negation and lx.NEGATION_BEFORE.search(pre)) and not cues.FOILED.search(low_pre):
        # "Russian forces are attempting to encircle X": the encirclement is under way
        # "Moscow announced its troops would pull out of X": the leaving side's announced withdrawal
        announced = status == "withdrew" and bool(cues.ANNOUNCED_WOULD.search(low, max(sent.start, start - 80), start))
        live = (status == "encircling" and cues.ATTEMPT_BEFORE.search(low_pre) is not None) or (
            status in ("encircling", "advancing") and cues.UNDER_WAY_BEFORE.search(low_pre) is not None) or (
            announced) or (
            word.startswith("regroup") and cues.WOULD_BEFORE.search(low_pre) is not None)
    if live and status == "advancing" and (low_pre.endswith(("that ", "which ", "who ", "had ", "have "))) \
            and cues.REPELLED_RELATIVE.search(low, max(sent.start, start - 90), start):
        live = False  # "has cleared the infiltration groups that entered the town": the advance was undone
    if live and status == "advancing" and "part of" in low_pre and cues.PART_OF_PUSH.search(low_pre):
        live = False  # "liberated the village of X, part of a push towards Y": the frame of the capture
    if live and status == "captured" and voice == "act" and cues.TAKEN_NOT_GROUND.match(low, end):
        live = False  # "Russian troops captured several Ukrainian soldiers near X": people or gear, no ground
    if live and word.startswith("outskirts") and cues.SITUATED_BEFORE.search(low_pre):
        live = False  # "the industrial hub on the outskirts of Donetsk": where a place lies, no advance
    if live and word in ("gains", "gain") and low_pre.endswith(("the ", "these ", "those ", "such ")):
        live = False  # "the gains threatened Russian logistics around X": the gains told before, no new claim
    if live and word in lx.CHANGE_NOUNS and cues.MODAL_AFTER.match(low, end):
        live = False  # "He said the capture would allow Russian forces to push on": what it brings, not a claim
    if live and (lx.CONDITIONAL_START.match(sent.text) or cues.HYPOTHETICAL_SUBJECT.match(sent.text)):
        live = False  # "If Pokrovsk falls, ...", "Capturing X would give Russian forces ..."
    if live and voice == "act" and " " not in word and word.endswith(("ed", "ing")) \
            and lx.DETERMINER_BEFORE.search(pre):
        live = False  # "the recently captured settlement of", "the surrounding areas"
    return Hit(start, end, status, voice, row.weak, live)


Raw = tuple[int, int, lx.Trigger]


def find_hits(doc: Doc, low: str) -> dict[int, list[Raw]]:
    """Trigger matches (start, end, row) by sentence index; ``low`` is ``lower(doc.text)``.
    A trigger must lie inside one sentence."""
    out: dict[int, list[Raw]] = {}
    sentences = doc.sentences
    si = last_end = 0
    for km in lx.KEYWORD_RE.finditer(low):
        if km.start() < last_end:
            continue
        found = _match(low, km.start(), km.group(0))
        if found is None:
            continue
        start, end, _ = found
        while si < len(sentences) and sentences[si].end <= start:
            si += 1
        if si == len(sentences):
            break
        sent = sentences[si]
        if start < sent.start or end > sent.end:
            continue
        last_end = end
        out.setdefault(si, []).append(found)
    return out


def read_hits(doc: Doc, low: str, sent: Sentence, raw: list[Raw]) -> list[Hit]:
    """The triggers of one sentence with their voice and whether they tell a real change."""
    return [_hit(doc, low, sent, start, end, row) for start, end, row in raw]
