"""Villages the gazetteer does not know, and the region of a place named without one.

Front-line reporting names hamlets that no gazetteer lists ("the villages of Sievierne and
Stepove", "gained ground near Novoprokopivka"). ``unknown_places`` reads a capitalised name as a
settlement where the context says it is one: after "village/town/settlement of", after a locative
preposition ("near X"), right after a territory verb ("captured X"), in a list with a known place, or opening
a sentence before a passive change or a "village" apposition ("X has been liberated", "X, a village of ...").
Such a place has no coordinates; its region comes from ``infer_admin1``: a region named in the
sentence, a place it is said to be near, or the region the document is mostly about. ``sector_regions``
reads a front sector named after a regional capital ("in the Zaporizhzhia direction") as that region.
Pure; every pattern is bounded.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Sequence

from service.domain import Mention, Place

_NAME = re.compile(r"(?<![\w'-])[A-Z][a-z'\u2019-]{2,24}(?:[ -][A-Z][a-z'\u2019-]{1,24}){0,2}(?![\w'-])")
_SETTLEMENT_OF = re.compile(
    r"(?:village|villages|settlement|settlements|town|towns|city|hamlet|hamlets|community)\s+of\s+$"
    r"|(?:villages|settlements|towns|hamlets)\s*(?:-|:|,|\()\s*$"
    r"|(?:villages|settlements|towns|hamlets)\s+(?:are|were|include|included)\s+$"
    r"|(?:near|toward|towards|around|outside|outskirts\s+of|into|from)\s+(?:the\s+)?$"
)
# "Synkivka (northeast of Kupyansk)": a name located by an aside is a place
_LOCATED_AFTER = re.compile(r"\s*\((?:[a-z]+\s+)?(?:near|(?:north|south|east|west)(?:-?(?:east|west))?\s+of)\s+[A-Z]")
# a list with a known place: "Zarichne, X and Udachne" (a bare comma is not enough: "Kharkiv, Oleh Syniehubov")
_LIST_BEFORE = re.compile(
    r"(?:,\s*(?:and|as\s+well\s+as)\s+|\s+(?:and|or|as\s+well\s+as)\s+)(?:(?:nearby|neighbou?ring)\s+)?$")
_LIST_AFTER = re.compile(r"(?:,\s*(?:and\s+|as\s+well\s+as\s+)?|\s+(?:and|or|as\s+well\s+as)\s+)(?=[A-Z])")
_COMMA_BEFORE = re.compile(r",\s*$")
_SURNAME_ENDINGS = ("enko", "chuk", "yuk", "ov", "ova", "ev", "eva", "sky", "skyi", "skiy", "vich", "ych", "in", "ina")
# ... unless what follows makes it a place: "Robotyne has been liberated", "Urozhaine, a village in the south, ..."
_INITIAL_PLACE = re.compile(
    r",\s+(?:a|the)\s+(?:[\w-]+\s+){0,3}?(?:village|town|city|settlement|hamlet)\b|\s+(?:has|have|had|was|were|is)\s+"
    r"(?:(?:now|been|reportedly|fully|completely|finally|officially|also|effectively|almost|nearly)\s+){0,3}"
    r"(?:captured|liberated|retaken|recaptured|taken|seized|surrounded|encircled|fallen|occupied|cleared|abandoned)\b")
# after a name: it names a part of the town named next ("the Kanal neighborhood of Chasiv Yar")
_PART_OF_AFTER = re.compile(r"\s+(?:neighbou?rhood|micro-?district|district|quarter|suburb)\s+of\s+(?:the\s+)?[A-Z]")
_TRIGGER_GAP = re.compile(r"\s+(?:the\s+)?$")
_STOP_WORDS = """the a an in on at of for and but as it its this that these those there he she they we our his her their
    russia russian russians ukraine ukrainian ukrainians moscow kyiv kiev kremlin putin zelensky zelenskyy
    zelenskiy january february march april may june july august september october november december monday
    tuesday wednesday thursday friday saturday sunday president minister general staff defence defense
    ministry forces armed army brigade command group operational military troops units regiment battalion
    corps division reuters afp interfax tass ria news agency telegram council security service north south
    east west northern southern eastern western central oblast region district donbas crimea europe nato
    western western-made soviet brig gen col lt maj capt sgt mr mrs ms dr prof gov sen rep st"""
_STOP = frozenset(_STOP_WORDS.split())
_MAX_UNKNOWN = 24  # per sentence


def unknown_places(
    text: str, start: int, end: int, known: Sequence[Mention], trigger_ends: Sequence[int], country: str,
    seen: Collection[str] = (),
) -> list[Mention]:
    """Capitalised names in text[start:end] read as settlements from their context (see module doc);
    ``seen``: names already read as settlements earlier in the text ("the claim about X": X again)."""
    taken = [(m.start, m.end) for m in known]
    accepted: list[Mention] = []
    anchors = sorted([m.end for m in known] + list(trigger_ends))
    for m in _NAME.finditer(text, start, end):
        if len(accepted) >= _MAX_UNKNOWN:
            break
        s, e = m.start(), m.end()
        initial = s == start
        if initial and (m.group(0).endswith(_SURNAME_ENDINGS) or not _INITIAL_PLACE.match(text, e)):
            continue  # a sentence's first word is capitalised anyway ("Kovalenko was captured": a person) ...
        if any(a < e and s < b for a, b in taken) or _stopped(m.group(0)):
            continue
        if text.startswith(" ", e) and _PART_OF_AFTER.match(text, e):
            continue  # "pushed into the Kanal neighborhood of Chasiv Yar": a part of the town named next
        before = text[max(start, s - 40) : s]
        ok = initial or _SETTLEMENT_OF.search(before) is not None or m.group(0) in seen
        ok = ok or any(0 <= s - a <= 5 and _TRIGGER_GAP.match(text, a, s) for a in trigger_ends)
        ok = ok or text.startswith((" (", "("), e) and _LOCATED_AFTER.match(text, e) is not None
        listed = _LIST_BEFORE.search(before) is not None or (
            _COMMA_BEFORE.search(before) is not None and _LIST_AFTER.match(text, e) is not None)
        ok = ok or listed and any(0 < s - a <= 16 for a in anchors)
        ok = ok or _LIST_AFTER.match(text, e) is not None and any(0 < k.start - e <= 16 for k in known)
        if ok:
            place = Place(m.group(0), "settlement", country)
            accepted.append(Mention(s, e, m.group(0), place))
            anchors.append(e)
    return accepted


_COMPOUND_FIRST = frozenset((
    "Bila", "Bilyi", "Bile", "Velyka", "Velykyi", "Velyke", "Mala", "Malyi", "Male", "Nova", "Novyi", "Nove", "Stara",
    "Staryi", "Stare", "Verkhnia", "Verkhnii", "Nyzhnia", "Nyzhnii", "Chervona", "Chervonyi", "Chervone", "Zelena",
    "Zelenyi", "Zelene", "Krasna", "Krasnyi", "Kryvyi", "Bolshaya", "Malaya", "Novaya", "Staraya", "Verkhnyaya",
    "Nizhnyaya",
))
_NEXT_NAME = re.compile(r"[ -]([A-Z][a-z'-]{2,20})\b")


def compounds(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """Two-word village names the gazetteer read by their first word only ("Bila Hora" as "Bila", a namesake
    elsewhere): the whole name, as a settlement of no known region (the text's context gives it one)."""
    if all(m.surface not in _COMPOUND_FIRST for m in mentions) and not any(
            _after_first_word(text, m) for m in mentions):
        return list(mentions)
    out: list[Mention] = []
    absorbed = -1  # start of a mention that is the second word of the name before it ("Hora" of "Bila Hora")
    for m in mentions:
        if m.start == absorbed:
            continue
        first = _after_first_word(text, m)
        if first is not None and m.place.precision != "admin1" and (not out or out[-1].end < first.start()):
            # "Nova Poltavka" read by its second word only: the whole name, its region from the context
            name = text[first.start() : m.end]
            out.append(Mention(first.start(), m.end, name, Place(name, "settlement", m.place.country or "UA")))
            continue
        nxt = _NEXT_NAME.match(text, m.end) if m.surface in _COMPOUND_FIRST else None
        if nxt is None or nxt.group(1).lower() in _STOP or any(
                k.start == nxt.start(1) and k.end > nxt.end() for k in mentions):
            out.append(m)
            continue
        name = text[m.start : nxt.end()]
        absorbed = nxt.start(1)
        out.append(Mention(m.start, nxt.end(), name, Place(name, "settlement", m.place.country or "UA")))
    return out


_FIRST_BEFORE = re.compile(r"(?<![\w'-])(?:" + "|".join(sorted(_COMPOUND_FIRST)) + r") $")


def _after_first_word(text: str, m: Mention) -> re.Match[str] | None:
    """The compound's first word right before a mention ("Nova " of "Nova Poltavka"), if any."""
    if m.start < 5 or text[m.start - 1] != " " or text[m.start - 2] not in "aeiy":
        return None
    return _FIRST_BEFORE.search(text, m.start - 13, m.start)


_NAME_PARTS = re.compile(r"[ -]")


def _stopped(name: str) -> bool:
    return any(word.lower().rstrip("'s") in _STOP or word.lower() in _STOP for word in _NAME_PARTS.split(name))


def dominant_admin1(mentions: Sequence[Mention]) -> str | None:
    """The region most of a document's Ukrainian/Russian places are in (None when it has none)."""
    counts = Counter(m.place.admin1 for m in mentions if m.place.admin1 and m.place.country in ("UA", "RU"))
    return counts.most_common(1)[0][0] if counts else None


_NEAR = re.compile(
    r"(?:\bnear|\boutside|\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of)\s+(?:the\s+)?"
    r"(?:[a-z-]+\s+){0,2}(?:(?:town|city|village)\s+of\s+)?$"
)


def near_hints(text: str, mentions: Sequence[Mention], exclude: Sequence[Mention]) -> list[str]:
    """Regions of places a list is said to be near ("Sievierne and Stepove near ... Avdiivka")."""
    out = []
    for m in mentions:
        if m in exclude or not m.place.admin1 or m.place.precision == "admin1":
            continue  # "near the border with Zaporizhzhia Oblast": beside a region is not in it
        if _NEAR.search(text, max(0, m.start - 40), m.start):
            out.append(m.place.admin1)
    return out


_SECTOR = re.compile(r"\s+(?:[Dd]irection|[Ss]ector|[Aa]xis)\b")


def sector_regions(text: str, mentions: Sequence[Mention]) -> list[Place]:
    """The regions of front sectors named after a regional capital ("47 sq km in the Zaporizhzhia
    direction" -> Zaporizhzhia Oblast), for an area figure that names no other place."""
    out = []
    for m in mentions:
        adm = m.place.admin1
        if adm and m.place.precision == "settlement" and adm.split()[0].lower() == m.surface.lower() \
                and _SECTOR.match(text, m.end):
            out.append(Place(adm, "admin1", m.place.country, adm, m.place.admin1_code))
    return out
