"""The clauses of a strike sentence, and the asides inside a clause that tell of no strike.

``split(sentence, low, skip)`` -> clause spans (body offsets): cut at "; ", ", while ", ", and ", "a day after",
", less than 24 hours after". ``blank_asides(text, low, words)`` blanks out (same length) "since Russia
launched its invasion", ", home to bombers that Russia uses to ..."; ``drop_stored(weapons, words, low)``
drops the munitions that are the target ("drone depots", "a hangar where naval drones were prepared");
``hits_are_a_part(low, facts)``: "two missiles hit, two others were shot down" is no launched count;
``is_irrealis(clause)``: a hypothetical, planned or conditional strike ("permission to use long-range weapons").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from service.extract import strike_when as when
from service.nlp.numbers import fold
from service.nlp.text import Sentence
from service.nlp.weapons import WeaponMention, wordset

if TYPE_CHECKING:
    from service.extract.strike_fact import Fact

_WORD = re.compile(r"[a-z0-9]+")
_CLAUSE_BREAK = re.compile(r"[;,]\s+(?:(?:while|whereas|even\s+as|as(?!\s+well\s+as)|but|and)\s+)?")
# "was behind the attack on the refinery, as well as a drone attack on a depot on Tuesday": another attack
_AS_WELL = re.compile(r",\s+as\s+well\s+as\s+(?=(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:attack|strike|raid)s?\b)")
_BREAK_WORD = re.compile(r"\s(?:while|whereas)\s+")
# ", less than 24 hours after Moscow and Kyiv signed a deal in Istanbul": a clause of its own
_AFTER_CUT = re.compile(r",\s+(?=(?:(?:less|more)\s+than\s+|just\s+|only\s+|barely\s+)?(?:a|an|one|two|three|\d{1,2}|"
                        r"a\s+few|several|hours|days)\s+(?:hours?|days?)\s+after\b)")
# "a hangar where naval drones were being prepared", "a depot of anti-ship missiles": the target, not the weapon
_STORED = re.compile(
    r"\b(?:where|in\s+which|which)\s+(?:[\w-]+\s+){0,3}?(?:drones?|missiles?|rockets?|bombs?|shells?|uavs?)\s+"
    r"(?:were|are|was|is|had\s+been|have\s+been)\s+(?:being\s+)?(?:prepared|stored|kept|assembled|produced|made|"
    r"manufactured|repaired|housed|loaded)\b|"
    # "a hangar where Ukraine was preparing naval drones"
    r"\b(?:where|in\s+which)\s+(?:[\w-]+\s+){0,3}?(?:was|were|is|are|had\s+been|has\s+been)\s+(?:preparing|storing|"
    r"keeping|assembling|producing|making|manufacturing|repairing|housing|loading)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:drones?|missiles?|rockets?|bombs?|shells?|uavs?)\b|"
    r"\b(?:depots?|warehouses?|stores?|storage|factory|factories|plants?|workshops?|production|stockpiles?)\s+"
    r"(?:of|for)\s+(?:[\w-]+\s+){0,3}?(?:drones?|missiles?|rockets?|bombs?|shells?|uavs?|ammunition)\b")
# "the plant produces microelectronics used in Russian missile systems": what the target makes, not what struck
_MADE = re.compile(r"\b(?:produc(?:es|ed|ing)|makes|manufactur(?:es|ed|ing)|assembl(?:es|ed|ing)|"
                   r"suppl(?:ies|ying)|components|engines|microelectronics|electronics)\s+(?:[\w-]+\s+){0,6}?(?:drones?|missiles?|"
                   r"rockets?|bombs?|shells?|uavs?|shaheds?|iskanders?|kalibrs?)\b")
_MAKE_WORDS = wordset("produces produced producing makes manufactures manufactured manufacturing assembles "
                      "assembled assembling supplies supplying components engines microelectronics electronics")
# Descriptions inside a clause that tell of no strike: "since Russia launched its full-scale invasion",
# "the air base, home to Su-34s that Russia uses to drop glide bombs on Ukrainian cities," -- blanked out
_ASIDE = re.compile(
    r"\b(?:launch(?:ed|ing)|began|start(?:ed|ing)|unleash(?:ed|ing))\s+(?:its|a|the|his|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:invasion|war)\b|(?:,\s+|\b(?:is|was|are|were)\s+)home\s+to\b[^,;]{0,160}|"
    r",\s+(?:which|that|where)\s+(?:[\w'-]+\s+){0,4}?(?:uses?|used|is\s+used|are\s+used)\s+(?:to|for|as)\b[^,;]{0,160}|"
    # "struck Kharkiv in response to what it called a terrorist attack on Belgorod on Saturday": a back-reference
    r"\bin\s+(?:response|retaliation|revenge)\s+(?:to|for)\s+(?!\d)[^,;]{0,160}|"
    # "..., killing 14, in what Putin called retaliation for the bridge blast": the stated motive of a real strike
    r"\bin\s+what\s+(?:[\w'.-]+\s+){1,4}?(?:called|termed|described\s+as)\s+(?:an?\s+)?(?:[\w-]+\s+)?"
    r"(?:response|retaliation|revenge|reprisal)\s+(?:to|for)\b[^,;]{0,160}|"
    # "the first such attack since Washington allowed Kyiv to use the weapons on Russian territory"
    r"\bsince\s+(?:[\w-]+\s+){1,3}?(?:allowed|permitted|authori[sz]ed|let|cleared)\b[^,;]{0,140}")
_ASIDE_GATE = wordset("invasion war home use uses used response retaliation revenge since")
# "drone depots", "a missile factory", "drone launch sites": what was hit, not what struck
_STORE_NOUN = re.compile(r"\s+(?:depots?|warehouses?|storage|stores|stockpiles?|factor(?:y|ies)|plants?|workshops?|"
                         r"production|assembly|launch(?:ing)?\s+(?:sites?|pads?|positions?))\b")


def split(sentence: Sentence, low: str, skip: int) -> list[tuple[int, int]]:
    """Clause spans (body offsets) of a sentence, after its first ``skip`` characters (a dateline)."""
    base, stop = sentence.start, sentence.end
    cuts: list[tuple[int, int]] = []  # (end of a clause, start of the next)
    for m in _CLAUSE_BREAK.finditer(low, base + skip, stop):
        if m.group(0)[0] == ";" or m.end() - m.start() > 2:  # ", " alone is a list comma, not a clause break
            cuts.append((m.start(), m.end()))
    if "while" in low[base:stop] or "whereas" in low[base:stop]:
        cuts += [(m.start(), m.end()) for m in _BREAK_WORD.finditer(low, base + skip, stop)]
    if "after" in low[base:stop]:
        cuts += [(m.start(), m.end()) for m in _AFTER_CUT.finditer(low, base + skip, stop)]
    if "well as" in low[base:stop]:
        cuts += [(m.start(), m.end()) for m in _AS_WELL.finditer(low, base + skip, stop)]
    if "day" in low[base:stop]:
        cuts += [(m.start(), m.start()) for m in when.RELATIVE_DAY.finditer(low, base + skip, stop)]
    spans, start = [], base + skip
    for cut_end, next_start in sorted(cuts):
        if cut_end > start:
            spans.append((start, cut_end))
        start = max(start, next_start)
    if start < stop:
        spans.append((start, stop))
    return spans


def blank_asides(text: str, low: str, words: set[str]) -> tuple[str, str, set[str], list[tuple[int, int]]]:
    """(text, low, words, asides): the clause with its asides blanked out (offsets kept), its words, and the
    aside spans (clause offsets)."""
    if _ASIDE_GATE.isdisjoint(words):
        return text, low, words, []
    asides = [(m.start(), m.end()) for m in _ASIDE.finditer(low)]
    for a, b in asides:
        text, low = text[:a] + " " * (b - a) + text[b:], low[:a] + " " * (b - a) + low[b:]
    return text, low, set(_WORD.findall(low)) if asides else words, asides


def drop_stored(weapons: list[WeaponMention], words: set[str], low: str) -> list[WeaponMention]:
    """The weapons of a clause less those stored, made or kept at the target."""
    if "where" in words or "which" in words or "of" in words or "for" in words:
        kept = [(m.start(), m.end()) for m in _STORED.finditer(low)]
        weapons = [w for w in weapons if not any(a <= w.start < b for a, b in kept)]
    if not _MAKE_WORDS.isdisjoint(words):
        made = [(m.start(), m.end() + 60) for m in _MADE.finditer(low)]  # "..., including the Iskander" too
        weapons = [w for w in weapons if not any(a <= w.start < b for a, b in made)]
    return [w for w in weapons if not (w.text[-1:] != "s" and _STORE_NOUN.match(low, w.end))]


_OTHERS = re.compile(r"[\w-]+\s+(?:others?|more)\b")
_HIT_AFTER = re.compile(r"\s+(?:hit|struck|landed|exploded)\b")


def hits_are_a_part(low: str, facts: list[Fact]) -> None:
    """"Two missiles hit the port, while two others were shot down": the two that hit are a part of the
    salvo, not its launched total (left unstated: no arithmetic)."""
    others = {c.category for f in facts for c in f.counts if c.role == "intercepted" and _OTHERS.match(low, c.start)}
    for f in facts if others else ():
        f.counts = [c for c in f.counts if not (c.role == "launched" and c.category in others
                                                and _HIT_AFTER.match(low, c.end))]


_IRREALIS = re.compile(
    r"\b(?:would|could|might|if|whether|to\s+use|ban\s+on|restrictions\s+on|permission|allow(?:ed|ing)?|threaten(?:ed|s|ing)?|"
    r"plans?\s+to|planning\s+to|intends?\s+to|warn(?:ed|s)?\s+(?:that|of)|capable\s+of|ready\s+to|"
    r"vow(?:ed|s)?\s+to|promis(?:ed|es)\s+to|will|is\s+expected\s+to|fears?|prepar(?:e|es|ing)\s+(?:for|to)|"
    r"in\s+response\s+to\s+any|retaliat\w+\s+for|possible|air(?:-raid|\s+raid)?\s+alerts?|sirens?|"
    # "the airfield, which Moscow uses to launch bombers that carry out missile strikes": what a place is for
    r"uses?\s+to\s+(?:launch|strike|attack|fire|carry\s+out)|(?:that|which)\s+carry\s+out|"
    r"let\s+(?:[\w'-]+\s+){1,2}?(?:strike|hit|use|target|attack)|urg(?:e|ed|es|ing)\s+(?:[\w'-]+\s+){1,3}?to\s+(?:let|allow|permit|lift|authori[sz]e))\b",
)
_IRREALIS_WORDS = wordset(
    "would could might if whether use ban permission allow allowed allowing threaten threatened threatens "
    "threatening plan plans planning intend intends warn warned warns capable ready vow vowed vows promised "
    "promises will expected fear fears feared prepare prepares preparing response retaliate retaliation "
    "retaliating possible alert alerts siren sirens may uses carry restrictions let urge urged urges urging"
)
_MAY = re.compile(r"\bmay\b")  # the modal, not the month


def is_irrealis(clause: str, words: set[str] | None = None, low: str | None = None) -> bool:
    """A hypothetical, planned or conditional strike ("permission to use long-range weapons for strikes")."""
    if words is not None and _IRREALIS_WORDS.isdisjoint(words):
        return False
    return _IRREALIS.search(fold(clause) if low is None else low) is not None or _MAY.search(clause) is not None
