"""Counts in news English: digits, number words and their hedges.

``find_numbers(text)`` returns every count stated in ``text`` with its character offsets, value and
qualifier ("at least 4", "more than 800", "about 1,200", "up to two dozen", "thirty-two").
Vague quantities ("dozens", "hundreds of", "several") are returned with value None.
``parse_count(text)`` reads the first count in a short phrase. Both run in linear time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_UNITS = {
    "zero": 0, "no": 0, "one": 1, "a": 1, "an": 1, "single": 1, "two": 2, "three": 3, "four": 4,
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_VAGUE = ("dozens", "hundreds", "thousands", "scores", "several", "numerous", "tens", "millions")

_QUALIFIERS = (
    (r"at\s+least|no\s+(?:fewer|less)\s+than|a\s+minimum\s+of", "at_least"),
    (r"more\s+than|over|upwards\s+of|in\s+excess\s+of|above|exceeding", "more_than"),
    (r"about|around|approximately|roughly|some|nearly|almost|close\s+to|an\s+estimated|estimated|"
     r"approx\.|~", "about"),
    (r"up\s+to|as\s+many\s+as|at\s+most|fewer\s+than|less\s+than|under|no\s+more\s+than", "up_to"),
)
_QUAL_RE = "|".join(f"(?P<q{i}>{pat})" for i, (pat, _) in enumerate(_QUALIFIERS))

_WORD = (
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|"
    r"seven|eight|nine))?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
)
# A spelled number: units/tens optionally followed by up to three scale groups
# ("one hundred and twenty", "two thousand five hundred"), or "a hundred", "a dozen", "a thousand".
_SPELLED = (
    rf"(?:(?:{_WORD})|an?)(?:\s+(?:hundred|thousand|million|billion)(?:\s+(?:and\s+)?(?:{_WORD}))?){{0,3}}"
)
_DIGITS = r"\d{1,3}(?:(?:,\d{3})+|(?: \d{3})+(?!\d))(?:\.\d+)?|\d+(?:\.\d+)?"
_NUMBER = re.compile(
    rf"(?<![\w.,:/-])(?:(?:{_QUAL_RE})\s+)?"  # "18:10 GMT" is a time; "Shahed-136/131" a model
    rf"(?:(?P<dig>{_DIGITS})(?!:\d)(?:\s*(?P<dsc>million|billion|thousand)|(?P<dab>m|bn|k))?"
    rf"|(?P<dozen>(?:(?:{_WORD})|a|half\s+a)\s+dozen)"
    rf"|(?P<spell>{_SPELLED})"
    rf"|(?P<vague>{'|'.join(_VAGUE)}))(?![\w])",
)
_FOLD = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_SPELLED_ALONE_BAD = {"a", "an"}
_GATE_WORDS = (frozenset(_UNITS) | frozenset(_TENS) | frozenset(_SCALES) | frozenset(_VAGUE) | {"dozen"}) - {
    "a", "an", "no"}
_DIGIT_RUN = re.compile(r"\d+")
_SPLIT_WORDS = re.compile(r"[\s-]+")
_LETTERS = re.compile(r"[a-z]+")
_SCALE_WORDS = frozenset(("dozen", "hundred", "thousand", "million", "billion"))  # too ambiguous alone ("a drone")


@dataclass(frozen=True, slots=True)
class Number:
    """A count found in text: ``text[start:end]`` (qualifier included) has ``value``."""

    start: int
    end: int
    value: int | float | None
    qualifier: str | None  # "exact" | "at_least" | "more_than" | "about" | "up_to" | None (vague)
    text: str


def fold(text: str) -> str:
    """ASCII lower-case copy of ``text`` with the same length (so offsets stay valid); patterns that
    would need re.IGNORECASE run on it instead, which is several times faster."""
    return text.lower() if text.isascii() else text.translate(_FOLD)  # ASCII: the same, 10x faster


def _words_value(phrase: str) -> int | None:
    """Value of a spelled-out number ("one hundred and twenty" -> 120), None if not a number."""
    total = current = 0
    seen = False
    for tok in _SPLIT_WORDS.split(phrase.lower()):
        if tok == "and" or not tok:
            continue
        if tok in _UNITS:
            current += _UNITS[tok]
        elif tok in _TENS:
            current += _TENS[tok]
        elif tok in _SCALES:
            scale = _SCALES[tok]
            current = max(current, 1) * scale
            if scale >= 1000:
                total += current
                current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def _digit_value(raw: str, scale: str | None) -> int | float:
    clean = raw.replace(",", "").replace(" ", "")
    value: int | float = float(clean) if "." in clean else int(clean)
    if scale:
        mult = {"thousand": 1_000, "k": 1_000, "million": 1_000_000, "m": 1_000_000,
                "billion": 1_000_000_000, "bn": 1_000_000_000}[scale.lower()]
        value = value * mult
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return value


def _qualifier(m: re.Match[str]) -> str:
    for i, (_, name) in enumerate(_QUALIFIERS):
        if m.group(f"q{i}"):
            return name
    return "exact"


def _candidates(low: str) -> list[re.Match[str]]:
    """``_NUMBER`` matches, tried only near digits and number words (C-speed ``str.find``), in order."""
    starts = [m.start() for m in _DIGIT_RUN.finditer(low)]
    words = _GATE_WORDS.intersection(_LETTERS.findall(low))
    if words & _SCALE_WORDS:
        words |= {"a", "an", "half"}  # "a dozen", "a hundred", "half a dozen"
    for word in words:
        i = low.find(word)
        while i != -1:
            j = i + len(word)
            if (i == 0 or not low[i - 1].isalpha()) and (j >= len(low) or not low[j].isalpha()):
                starts.append(i)
            i = low.find(word, j)
    out: list[re.Match[str]] = []
    end = 0
    for p in sorted(set(starts)):
        lo = max(end, p - 24)
        while lo <= p:  # every match that starts by p, up to the one that covers p
            m = _NUMBER.search(low, lo, min(len(low), p + 80))
            if m is None or m.start() > p:
                break
            out.append(m)
            end = lo = m.end()
            if end > p:
                break
    return out


def find_numbers(text: str) -> list[Number]:
    """Every count in ``text``, in order. Vague quantities have value None and qualifier None.

    A bare "a"/"an" is not reported (too ambiguous), but "a dozen" and "a hundred" are;
    "one" is (callers judge "one of the largest" from context).
    """
    out: list[Number] = []
    low = fold(text)
    for m in _candidates(low):
        qual: str | None = _qualifier(m)
        value: int | float | None
        if m.group("dig"):
            value = _digit_value(m.group("dig"), m.group("dsc") or m.group("dab"))
        elif m.group("dozen"):
            head = m.group("dozen").lower().rsplit(None, 1)[0]
            base = 0.5 if head.startswith("half") else (_words_value(head) or 1)
            value = int(base * 12)
        elif m.group("spell"):
            spelled = m.group("spell")
            if spelled in _SPELLED_ALONE_BAD:
                continue
            value = _words_value(spelled)
            if value is None:
                continue
        else:
            value, qual = None, None
        out.append(Number(m.start(), m.end(), value, qual, text[m.start() : m.end()]))
    return out


def parse_count(text: str) -> tuple[int | float | None, str | None]:
    """The first count in a short phrase: ("at least 4 people") -> (4, "at_least"); none -> (None, None)."""
    nums = find_numbers(text)
    if not nums:
        return None, None
    return nums[0].value, nums[0].qualifier
