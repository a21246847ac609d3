"""Text side of the gazetteer: name keys, runs of capitalised words and name lists.

Pure functions and precompiled patterns over normalised article text (see ``service.nlp.text``);
every pattern is bounded, so matching is linear in the text's length.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from service.nlp.places_data import RIVERS

_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017e\u0400-\u042f"
_WORD = rf"[{_UPPER}][^\W_]{{0,40}}(?:['.-][^\W_]{{1,40}}){{0,4}}"
_REGION_TAIL = r"(?:[ ](?:region|oblast|province|regional|krai|regions|oblasts|provinces)(?![^\W_]))?"
# A run of capitalised words (a word starts after a non-word character other than ' . -), with
# lower-case particles ("Rostov on Don") and a lower-case region word at the end ("Kursk region").
RUN = re.compile(
    rf"[{_UPPER}](?<![\w'.-].)[^\W_]{{0,40}}(?:['.-][^\W_]{{1,40}}){{0,4}}"
    rf"(?:[ ]{{1,2}}(?:(?:de|la|am|on|na|del|upon|al|el)[ ])?{_WORD}){{0,5}}"
    + _REGION_TAIL
)
TOKEN = re.compile(r"[^ ]+")
_NAME = r"[A-Z][a-z'-]{2,30}(?![A-Za-z])(?:[ ][A-Z][a-z'-]{2,30}(?![A-Za-z]))?"  # not "Deep" of "DeepState"
# Names the text itself calls villages or towns ("the villages of Sievierne and Stepove").
# Both patterns are tried only where a cheap str.find sees their keyword (a full regex scan costs more).
_VILLAGE_WORDS = ("village", "town", "settlement", "hamlet")
_CALLED_VILLAGE = re.compile(
    rf"(?:villages?|towns?|settlements?|hamlets?)[ ](?:of[ ]|(?:[a-z ,]{{0,40}}[ ])?including[ ])"
    rf"({_NAME}(?:(?:,[ ]|,?[ ](?:and|or)[ ]){_NAME}){{0,8}})"
)
# An unknown name the text places in a region: "gained ground near Novoprokopivka in Zaporizhzhia Oblast",
# a list "struck four air bases: Olenya in the Murmansk region, Belaya in the Irkutsk region".
_REGION_WORDS = (" Oblast", " oblast", " region")
_NAMED_IN_REGION = re.compile(
    rf"(?:\b(?:near|outside|toward|towards|around|of|at|liberated|captured|seized|entered)|[:,])[ ]({_NAME})"
    r"(?:,|[ ]in)[ ](?:the[ ])?[A-Z][a-z'-]{2,30}\Z"
)
LIST_NAME = re.compile(_NAME)
# "the Dnipro", "across the Oskil": a river that shares a town's name (``search(text, name_start - 40,
# name_start)``) ...
_RIVER_CONTEXT = re.compile(r"\b(?:the|[Tt]he)\s+(?:(?:left|right|east(?:ern)?|west(?:ern)?)\s+bank\s+of\s+the\s+)?\Z")
# ... unless the words after make it the town or its region: "the Dnipro region", "the Dnipro city council"
_RIVER_NOT = re.compile(r"\s+(?:region|oblast|city|regional|airport|mayor|council|administration|authorities)\b|'s\b")
# after a name: a military command named after a place ("the Tavria group", "Khortytsia operational-strategic
# group", "the Kharkiv grouping of forces"), not the place itself
_GROUP_AFTER = re.compile(r" (?:(?:operational|tactical)(?:[- ](?:strategic|tactical))? |strategic )?"
                         r"(?:group(?:ing)?|brigade|regiment|battalion)\b"
                         r"(?! of (?:villages|settlements|towns|islands))")
# before a name: a sea or a strait named after a town ("the Sea of Azov"); ``search(text, start - 16, start)``
_WATER_BEFORE = re.compile(r"\b(?:Sea|Gulf|Strait|Bay)\s+of\s+\Z")
# hints that a text may hold one of these (a cheap gate before the per-name tests)
NOT_PLACE_HINTS = (" group", " brigade", " regiment", " battalion", "Sea of ", "Gulf of ", "Strait of ", "Bay of ")
_LOOSE = re.compile(r"[iy]+")
_DROP = str.maketrans({"'": None, "\u2019": None, ".": None, "`": None, "-": " "})


def fold(name: str) -> str:
    """The lookup key of a name: lower case, no accents, apostrophes or dots, hyphens as spaces."""
    if not name.isascii():
        name = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return " ".join(name.lower().translate(_DROP).split())


def loose(key: str) -> str:
    """A coarser key for transliteration noise (Zelenyy/Zelenyi, Avdiyivka/Avdiivka, Odessa/Odesa)."""
    return _LOOSE.sub("i", key).replace("ss", "s")


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    raw: str
    key: str
    poss_key: str | None  # key without a possessive 's ("Kharkiv's" -> "kharkiv")


def token(m: re.Match[str]) -> Token:
    raw = m.group(0)
    poss = fold(raw[:-2]) if raw.endswith("'s") and len(raw) > 3 else None
    return Token(m.start(), m.end(), raw, fold(raw), poss)


def sentence_start(text: str, pos: int) -> bool:
    """True when only spaces, quotes or brackets stand between ``pos`` and a sentence start."""
    j = pos - 1
    while j >= 0 and text[j] in " \"'([":
        j -= 1
    return j < 0 or text[j] in ".!?:\n"


def name_lists(text: str) -> list[re.Match[str]]:
    """Matches (group 1: a list of names) of the village and named-in-region patterns."""
    found = []
    for word in _VILLAGE_WORDS:
        i = text.find(word)
        while i >= 0:
            if i == 0 or not text[i - 1].isalpha():
                m = _CALLED_VILLAGE.match(text, i)
                if m:
                    found.append(m)
            i = text.find(word, i + len(word))
    for word in _REGION_WORDS:
        i = text.find(word)
        while i >= 0:
            j = text.rfind(" ", max(0, i - 32), i)  # the region's name must be capitalised
            if j > 0 and text[j + 1].isupper():
                m = _NAMED_IN_REGION.search(text, max(0, i - 100), i)
                if m:
                    found.append(m)
            i = text.find(word, i + len(word))
    return found


def not_a_place(text: str, key: str, start: int, end: int) -> bool:
    """Whether the name ``text[start:end]`` (folded ``key``) stands for a military command or unit named after a
    place ("the Tavria group", "the Khortytsia operational-strategic group", "the Azov regiment"), for a sea
    ("the Sea of Azov") or for a river that shares a town's name ("the left bank of the Dnipro")."""
    if _GROUP_AFTER.match(text, end) or _WATER_BEFORE.search(text, max(0, start - 16), start):
        return True
    return key in RIVERS and _RIVER_CONTEXT.search(text, max(0, start - 40), start) is not None \
        and not _RIVER_NOT.match(text, end)


_ABROAD = re.compile(r"\b([A-Z][a-z]+)\s+(?:airspace|territory|soil)\b")


def abroad(text: str, start: int, country_code: Callable[[str], str | None]) -> bool:
    """A third country's ground is named just before ``start`` in its sentence: "violated Polish airspace near
    the village of X" (``country_code`` reads "Polish" as PL)."""
    lo = max(0, start - 120, text.rfind(". ", 0, start) + 1)
    return any(country_code(m.group(1)) not in (None, "UA", "RU") for m in _ABROAD.finditer(text, lo, start))
