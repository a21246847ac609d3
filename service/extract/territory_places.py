"""Which named places a territory trigger is about.

Input: the normalised text, a trigger's offsets and voice, and the gazetteer mentions of its sentence.
Output: the settlements it names (a coordinated list: "Zarichne, Novoekonomichne, and Udachne") and
the regions named with them ("in the eastern Donetsk region"). Active triggers take the list that
follows them ("captured the villages of A and B"), passive ones the list that precedes them ("A and B
had been taken"); "the town"/"there" point back to the last settlement named before.
All offsets are offsets into the body. Every pattern is bounded: linear time.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from service.domain import Mention, Place
from service.extract import territory_cues as cues
from service.nlp.text import lower_case_pattern

TERRITORY_COUNTRIES = frozenset({"UA", "RU"})
_DIR = r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?"
_SETTLEMENT_NOUN = (
    r"(?:villages?|towns?|cities|city|settlements?|hamlets?|communities|community|hubs?|strongholds?|outposts?)"
)
# What may stand between two places of one list: ", ", " and ", ", as well as the village of ", " and south of "
_CONJ = r"(?:and|or|as\s+well\s+as|plus|along\s+with)"
_LIST_GAP = re.compile(  # not ", north of X", ", a village southwest of X": that locates the place before it
    rf"^(?!\s*,\s*{_DIR}\s+of\s)(?!\s*,\s*an?\s+(?:[a-z-]+\s+){{0,2}}{_SETTLEMENT_NOUN}\s+(?:[a-z-]+\s+)?{_DIR}\s+of\s)(?:\s*,\s*|(?:\s*,)?\s+{_CONJ}\s+(?:(?:in|near|around|into|toward|towards|on|at|outside)\s+)?)"
    r"(?:(?:also|nearby|neighbou?ring)\s+)?"
    rf"(?:(?:the\s+)?{_DIR}\s+(?:outskirts\s+|part\s+|parts\s+)?(?:of\s+)?)?(?:the\s+)?"
    rf"(?:(?:[a-z-]+\s+){{0,2}}{_SETTLEMENT_NOUN}\s+(?:of\s+)?|(?:central|northern|southern|eastern|western|"
    r"north-?eastern|north-?western|south-?eastern|south-?western|nearby|neighbou?ring)\s+)?"
    rf"(?:(?:the\s+)?{_DIR}\s+(?:outskirts\s+|part\s+)?(?:of\s+)?)?$",
    re.IGNORECASE,
)
# What may stand between a passive trigger and the place list just before it.
_PASSIVE_GAP = re.compile(
    # "Balakliia, the first town to fall, was retaken", "Avdiivka, on the front line since 2014, was captured"
    r"^(?:\s*,\s+(?:the|a|an|on|once|long|home\s+to)\s+[^,;.()\"]{1,60}?,)?"
    r"[\s,]*(?:(?:in|of)\s+(?:the\s+)?(?:[\w'-]+\s+){1,3}(?:region|oblast|province)[\s,]+)?"  # "X in the Y region"
    r"(?:(?:which|that|who|recently|newly|reportedly|previously|now|already|also|itself)\s+){0,3}$",
    re.IGNORECASE,
)
# The end of the clause that holds a trigger's places.
_CLAUSE_END = re.compile(
    r"[;:!?]|\.\s|,\s+(?:but|while|whereas|although|which|who|where|when|because|as|after|before|"
    r"said|says|according|adding|insisting|saying)\b|\s(?:but|while|whereas|although|because|said|says|"
    r"according\s+to)\s|\sand\s+(?:also\s+)?(?:is|are|was|were|has|have|had|maintains?|continues?|continued|"
    r"says?|said|[a-z]{3,}ed)\b",
    re.IGNORECASE,
)
_CLAUSE_START = re.compile(r"[;:!?\"]|\.\s|,\s+(?:but|while|whereas|although|and)\s", re.IGNORECASE)
_CLAUSE_END, _CLAUSE_START = lower_case_pattern(_CLAUSE_END), lower_case_pattern(_CLAUSE_START)  # type: ignore[assignment]
_ANAPHOR = re.compile(
    rf"\b(?P<det>the|this|that|these|those)\s+(?:(?:besieged|embattled|strategic|key|eastern|frontline|"
    rf"small|nearby|two|three|several)\s+)?(?P<noun>{_SETTLEMENT_NOUN})\b(?!\s+of\s+[A-Z])|"
    r"\b(?P<there>there)\b",
    re.IGNORECASE,
)
_FRONTED = re.compile(r"(?:In|Near|Around|Outside|On|At|Inside)\s[^,;.]{1,80},")
_METONYMS = frozenset({"kyiv", "kiev", "moscow"})
_GOVERNMENT_POSSESSIVE = re.compile(r"'s\s+(?!outskirts|suburbs|centre|center|districts?|streets|region|oblast)")
_PLACE_PREP = re.compile(
    r"(?:\b(?:of|in|on|toward|towards|near|around|to|outside|into|from|at|reach|reached|entered)\s+)$",
    re.IGNORECASE,
)
_NOT_SETTLEMENT = re.compile(
    r"\s+(?:river|River|reservoir|Reservoir|dam|Dam|highway|Highway|road|bay|Bay|lake|Lake|canal|Canal|"
    r"(?:[Tt]actical|[Oo]perational)\s+(?:[Aa]rea|[Dd]irection)|[Dd]irection|[Aa]xis|[Ss]ector)\b"
)
# "X in the Donetsk region and Y": a list that names each place's region
_REGION_LIST_GAP = re.compile(
    r"^\s*,?\s+in\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}[\w'-]+(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?"
    rf"(?:{_SETTLEMENT_NOUN}\s+of\s+)?$",
    re.IGNORECASE,
)
# "Pishchane (southeast of Kupiansk) and Ivanivka": a list whose places carry a locating aside
_PAREN_LIST_GAP = re.compile(r"^\s*\([^()]{1,50}\)\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)$")
_IN_REGION_GAP = re.compile(r"^\s*,?\s*(?:in|of)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}$")


def usable(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """Settlements and regions a territory event can be about: in Ukraine or Russia, and not
    a capital used for its government ("Kyiv controlled ...", "Moscow captured ...")."""
    out = []
    for m in mentions:
        if m.place.country not in TERRITORY_COUNTRIES or m.place.precision == "country":
            continue
        if m.surface.lower() in _METONYMS and (not _PLACE_PREP.search(text[max(0, m.start - 12) : m.start])
                                               or _GOVERNMENT_POSSESSIVE.match(text, m.end)):
            continue  # "Moscow captured", "the first gain of Kyiv's counteroffensive"
        if _NOT_SETTLEMENT.match(text, m.end):
            continue  # "the Dnipro river", "the Kakhovka reservoir", "the Pokrovsk direction"
        if text.startswith(" ", m.end) and cues.PART_OF_TOWN.match(text, m.end):
            continue  # "the Mykolaivka microdistrict of Toretsk": a part of the town named next, not a namesake
        out.append(m)
    return out


def is_region(m: Mention) -> bool:
    return m.place.precision == "admin1"


def clause_end(text: str, start: int, limit: int) -> int:
    """Where the clause that starts at ``start`` ends (at most ``limit``)."""
    found = _CLAUSE_END.search(text, start, limit)
    return found.start() if found else limit


def clause_start(text: str, end: int, limit: int) -> int:
    """Where the clause that ends at ``end`` starts (not before ``limit``)."""
    start = limit
    for m in _CLAUSE_START.finditer(text, limit, end):
        start = m.end()
    return start


def _chain_forward(text: str, first: int, places: list[Mention]) -> list[Mention]:
    chain = [places[first]]
    for nxt in places[first + 1 :]:
        gap = text[chain[-1].end : nxt.start]
        if "(" in gap and ")" not in gap and len(gap) <= 40:
            continue  # a place inside an aside: "Pishchane (southeast of Kupiansk)"
        if not (len(gap) <= 48 and _LIST_GAP.match(gap) or len(gap) <= 64 and _REGION_LIST_GAP.match(gap)
                or len(gap) <= 64 and _PAREN_LIST_GAP.match(gap)):
            break
        chain.append(nxt)
    return chain


_LOCATOR_GAP = re.compile(
    r"^\s*[,(]\s*(?:[a-z-]+\s+){0,2}?(?:near|outside|(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of)"
    r"\s+(?:the\s+)?(?:(?:[a-z-]+\s+)?(?:town|city|village)\s+of\s+)?$"
)


def locator(text: str, m: Mention, places: Sequence[Mention]) -> Mention | None:
    """The place an aside locates ``m`` by: "Pishchane (southeast of Kupiansk)", "Stepove, near Avdiivka"."""
    for other in places:
        if m.end < other.start <= m.end + 40 and _LOCATOR_GAP.match(text[m.end : other.start]):
            return other
    return None


_ASIDE_BEFORE = re.compile(rf"(?:\([^()]{{0,40}}|,\s*{_DIR}\s+of\s+(?:the\s+)?)$", re.IGNORECASE)


def in_aside(text: str, m: Mention) -> bool:
    """Whether a place only locates another one: "Promin (southeast of Pokrovsk)", "X, north of Y"."""
    return _ASIDE_BEFORE.search(text, max(0, m.start - 44), m.start) is not None


_INSIDE_BEFORE = re.compile(rf"\b(?:in|into)\s+(?:the\s+)?(?:{_DIR}\s+)?$", re.IGNORECASE)
_NEAR_GAP = re.compile(
    rf"\s*,?\s*(?:and|as\s+well\s+as)\s+(?:the\s+)?(?:{_DIR}\s+of|near|outside|around)\s+(?:the\s+)?", re.IGNORECASE)


def inside_and_near(text: str, places: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """"advanced in Kurakhove and southeast of Velyka Novosilka": (the places gone into, the places
    approached) when a list turns from "in X" to "near/<direction> of Y"; else (places, [])."""
    if len(places) < 2 or not _INSIDE_BEFORE.search(text, max(0, places[0].start - 30), places[0].start):
        return places, []
    for i in range(1, len(places)):
        if _NEAR_GAP.fullmatch(text, places[i - 1].end, places[i].start):
            return places[:i], places[i:]
    return places, []


def region_after(text: str, m: Mention, regions: Sequence[Mention]) -> Mention | None:
    """The region named right after a place ("X in the Donetsk region", "Y in Zaporizhzhia")."""
    for r in regions:
        if m.end < r.start <= m.end + 40 and _IN_REGION_GAP.match(text[m.end : r.start]):
            return r
    return None


_STATIONED_BEFORE = re.compile(
    r"\b(?:troops|forces|units|soldiers|servicemen|garrison|grouping)\s+(?:in|near|around|at)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def stationed(text: str, start: int, end: int, settlements: list[Mention]) -> list[Mention]:
    """The places a leaving force is placed in before its verb, in [start, end): "its troops in the Izium
    and Balakliia areas would \"regroup\"", "Ukrainian units near Vovchansk pulled back"."""
    inside = within(start, end, settlements)
    for i, m in enumerate(inside):
        if _STATIONED_BEFORE.search(text, max(0, m.start - 30), m.start):
            return _chain_forward(text, i, inside)
    return []


def _chain_backward(text: str, last: int, places: list[Mention]) -> list[Mention]:
    chain = [places[last]]
    for prev in reversed(places[:last]):
        gap = text[prev.end : chain[0].start]
        if len(gap) > 48 or not _LIST_GAP.match(gap):
            break
        chain.insert(0, prev)
    return chain


def after(text: str, start: int, stop: int, settlements: list[Mention]) -> list[Mention]:
    """The place list that begins within the window [start, stop)."""
    for i, m in enumerate(settlements):
        if m.start >= start and m.end <= stop:
            return _chain_forward(text, i, settlements)
    return []


def before(text: str, end: int, settlements: list[Mention]) -> list[Mention]:
    """The place list that ends right before ``end`` (a passive trigger)."""
    for i in range(len(settlements) - 1, -1, -1):
        m = settlements[i]
        if m.end <= end:
            gap = text[m.end : end]
            if len(gap) <= (100 if gap.startswith(", ") else 40) and _PASSIVE_GAP.match(gap):
                return _chain_backward(text, i, settlements)
            return []
    return []


def within(start: int, end: int, mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions inside [start, end) of a list sorted by start (binary search: no scan of the list)."""
    lo = bisect_left(mentions, start, key=lambda m: m.start)
    out = []
    for m in mentions[lo:]:
        if m.start >= end:
            break
        if m.end <= end:
            out.append(m)
    return out


def anaphor(text: str, start: int, stop: int) -> re.Match[str] | None:
    """ "the town", "these villages", "there" in [start, stop): a pointer to places named before."""
    return _ANAPHOR.search(text, start, stop)


def antecedents(
    ref: re.Match[str], settlements_before: list[Mention], by_sentence: list[list[Mention]]
) -> list[Mention]:
    """The places an anaphor points back to: the last settlement named before it (singular) or
    the places of the nearest sentence that names any (plural). ``by_sentence`` holds the places
    of the sentences before, nearest first; ``settlements_before`` those of this sentence before it."""
    plural = ref.group("noun") is not None and (
        ref.group("noun").lower().endswith("s") and ref.group("noun").lower() not in {"cities"}
        or ref.group("noun").lower() in {"cities", "communities"}
    )
    for group in [settlements_before, *by_sentence]:
        if group:
            return list(group) if plural else [group[-1]]
    return []


_RELATIVE = re.compile(r"\s*,?\s*(?:which|that|where)\s+(?:[\w'-]+\s+){1,4}$")


def relative_object(text: str, start: int, settlements: list[Mention]) -> list[Mention]:
    """The place a relative clause is about: "Avdiivka, which Russian forces captured in February"."""
    for i in range(len(settlements) - 1, -1, -1):
        m = settlements[i]
        if m.end <= start:
            if start - m.end <= 60 and _RELATIVE.fullmatch(text, m.end, start):
                return [m]
            return []
    return []


def fronted(text: str, sent_start: int, sent_end: int, settlements: list[Mention]) -> list[Mention]:
    """Places of a fronted locative ("In Pokrovsk, the Defence Forces continue to hold ...")."""
    m = _FRONTED.match(text, sent_start, sent_end)
    return within(sent_start, m.end(), settlements) if m else []


def as_region(text: str, m: Mention) -> Place | None:
    """A city name that stands for its region ("pushing into Donetsk", "Dobropillia in Zaporizhzhia")."""
    adm = m.place.admin1
    if not adm or m.place.precision != "settlement" or adm.split()[0].lower() != m.surface.lower():
        return None
    pre = text[max(0, m.start - 20) : m.start].lower()
    post = text[m.end : m.end + 6].lower()
    if post.startswith((" city", "'s city")) or not pre.rstrip().endswith(
        (" in", " into", " across", " throughout", " whole of", " most of", " all of", " parts of", " part of",
         "% of", " percent of", " rest of", " much of", " half of", " bulk of", " remainder of")
    ):
        return None
    return Place(adm, "admin1", m.place.country, adm, m.place.admin1_code)
