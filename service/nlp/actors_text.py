"""Text helpers of ``service.nlp.actors``: same-length ASCII folding, fast word-list patterns, runs of
capitalised words and their tokens. Pure functions and precompiled patterns, linear in the text's length."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

_EXTRA_FOLD = {"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "s", "æ": "a"}


@lru_cache(maxsize=1)
def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0xC0, 0x250):
        char = chr(code)
        base = unicodedata.normalize("NFKD", char)[0]
        if base.isascii() and base.isalpha():
            table[code] = base
    table.update({ord(k): v for k, v in _EXTRA_FOLD.items()})
    table[0x2019] = "'"
    return table


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def fold(text: str) -> str:
    """Same-length ASCII folding of Latin letters ("Erdoğan" -> "Erdogan"); other characters kept.

    ``str.translate`` with a dict costs ~70 ns a character; only the few distinct non-ASCII characters
    are replaced (one C-speed ``str.replace`` each)."""
    if text.isascii():
        return text
    table = _fold_table()
    for char in set(_NON_ASCII.findall(text)):
        repl = table.get(ord(char))
        if repl is not None:
            text = text.replace(char, repl)
    return text


def _words_pattern(forms: list[str], behind: str, tail: str) -> re.Pattern[str]:
    """``(?<!behind)(?:form|...)tail`` with the forms longest first, built so that ``re`` can skip ahead to
    a form's first character at C speed: the forms are grouped by that character and the look-behind
    follows it (a leading look-behind makes ``re`` try every branch at every position, 5x slower)."""
    groups: dict[str, list[str]] = {}
    for form in sorted(set(forms), key=lambda f: (-len(f), f)):
        groups.setdefault(form[0], []).append(form)
    parts = []
    for first, members in groups.items():
        rest = "|".join(re.escape(f[1:]).replace(r"\ ", r"[\s-]") for f in members)
        parts.append(f"{re.escape(first)}(?<!{behind}.)(?:{rest})")
    return re.compile("(?:" + "|".join(parts) + ")" + tail)


# Runs of capitalised words (with name particles): every name, known or titled, lies inside one (never across a
# line break: "... hosted by Edi Rama.\nOdesa has been ..." is a name and a city).
_RUN_TAIL = (r"[\w'.-]{0,30}(?:[ \t-](?:(?:von|der|van|den|de|da|bin|ibn|al|el)\s){0,2}(?:(?:al|el)-)?"
             r"[A-Z][\w'.-]{0,30}){0,6}")
_NOT_AFTER_WORD = r"(?<![\w-].)"  # after the first character: the one before it is no word character or "-"
# Every alternative starts with a literal letter, so ``re`` skips ahead to candidates at C speed (a leading
# look-behind would make it try the whole pattern at every position).
_RUN = re.compile(
    "(?:" + "|".join(f"{c}{_NOT_AFTER_WORD}" for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    + rf"|v{_NOT_AFTER_WORD}on der\s(?:(?:al|el)-)?[A-Z]|a{_NOT_AFTER_WORD}l-[A-Z]|e{_NOT_AFTER_WORD}l-[A-Z])"
    + _RUN_TAIL
)
# The same runs when the text has none of the lower-case starts ("von der", "al-", "el-"): one character class
# instead of 29 branches, so that ``re`` no longer stops at every "a", "e" and "v" (about 2x faster).
_UPPER_RUN = re.compile(rf"[A-Z]{_NOT_AFTER_WORD}" + _RUN_TAIL)
_LOWER_STARTS = ("von der", "al-", "el-")  # a lower-case ``_RUN`` start needs one of these


def runs(text: str) -> Iterator[re.Match[str]]:
    """``_RUN.finditer(text)``: the runs of capitalised words (with name particles) of ``text``."""
    if any(s in text for s in _LOWER_STARTS):
        return _RUN.finditer(text)
    return _UPPER_RUN.finditer(text)


_TOKEN = re.compile(r"\S+")
_SPACE = re.compile(r"\s")
_NAME_TOKEN = re.compile(r"(?:(?:al|el)-)?[A-Z][a-z]{1,20}(?:-[A-Z][a-z]{1,20})?")  # "Musaed al-Aiban"


def _tokens(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """Whitespace tokens of text[lo:hi], trailing punctuation and possessive "'s" removed."""
    out = []
    for t in _TOKEN.finditer(text, lo, hi):
        word = t.group(0)
        trimmed = word.removesuffix("'s").rstrip(",.;:'")
        if trimmed:
            out.append((t.start(), t.start() + len(trimmed), trimmed))
    return out


# "the Trump-Putin summit", "a Putin-Trump meeting": two surnames joined by a hyphen before an event noun.
_PAIR = re.compile(r"([A-Z][\w']{2,20})-([A-Z][\w']{2,20})(?=\s(?:summit|talks|meetings?|call|phone"
                   r"|negotiations|deal|agreement|channel|contacts?)\b)")
_WORD_BEFORE = re.compile(r"[\w']{3,21}$")


def surname_pairs(text: str) -> list[tuple[int, int]]:
    """[start, end) of both words of every "Name-Name <event noun>" compound in ``text`` (candidates only);
    the pattern is tried only where a hyphen is followed by a capital (str.find: no scan of every position)."""
    out: list[tuple[int, int]] = []
    i = text.find("-")
    while i >= 0:
        if i + 1 < len(text) and text[i + 1].isupper():
            w = _WORD_BEFORE.search(text, max(0, i - 21), i)
            if w and (w.start() == 0 or not (text[w.start() - 1].isalnum() or text[w.start() - 1] in "-_'")):
                m = _PAIR.match(text, w.start())
                if m:
                    out += [(m.start(1), m.end(1)), (m.start(2), m.end(2))]
        i = text.find("-", i + 1)
    return out
