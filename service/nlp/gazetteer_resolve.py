"""Disambiguation of gazetteer candidates with the document's own context.

Input: the normalised text and the candidates (name spans with every place the name may denote)
that ``Gazetteer.mentions`` found. Output: one place per candidate. Evidence, strongest first:
a region named right after the place ("Robotyne in Zaporizhzhia Oblast", "Morozovsk air base in
Russia's southern Rostov region", "Dobropillia in Zaporizhzhia"), shared by the items of a list
("Zelenyi Hai and Dobropillia in Zaporizhzhia"); then, for a village, a region named before it in its
sentence ("in Donetsk Oblast ... advanced near Orlivka"); then regions the document names anywhere or that
its unambiguous places lie in; then the GeoNames name rank, country (Ukraine, Russia) and size.
A small village GeoNames lacks in the region the text puts it in is returned as a place of that
region without coordinates (GeoNames cities500 omits villages under 500 people), as is a "village of X"
that GeoNames only knows as a big town elsewhere. "The oblasts of A and B" names regions, not cities.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from service.domain import Place
from service.nlp.gazetteer_text import abroad

if TYPE_CHECKING:
    from service.nlp.gazetteer import Gazetteer

_WINDOW = 90  # characters after a place in which a region named next to it counts as its region
_SMALL = 3000  # a village this small, far from the regions the text is about, is probably another one
_MOVABLE = 50000  # a town up to this size is moved to the region named right after it
_EARLIER_WINDOW = 250  # a region named this far before a place, in its sentence, may be its region
_EARLIER_STEPS = 12  # places looked back over
_EARLIER_MOVABLE = 10000  # a village up to this size is moved to the region named before it
_VILLAGE_MAX = 20000  # a place this big is not what a text calls a village
_VILLAGES_BEFORE = re.compile(r"\bvillages?\s+of\s+[^.;]{0,60}$")  # "the villages of A and B": not towns
_VILLAGE_OF = re.compile(r"\b(?:village|hamlet|settlement)\s+of\s+$")
_CAPITALS = frozenset({"Kyiv", "Moscow"})  # named as governments far more often than as places
_SENTENCE_BREAK = re.compile(r"[.!?;]\s|\n")
_TIGHT_LINK = re.compile(
    r"(?:'s)?[ ]?(?:\(|,?[ ](?:in|near|outside|of|at|by)[ ])[ ]?(?:the[ ])?"
    r"(?:(?:[a-z-]{3,20}[ ]){0,2}(?:town|city|village|settlement|hub|area)[ ]of[ ])?"
)
# "... air base in Russia's southern ": the words between a place and the region it lies in.
_REGION_LINK = re.compile(
    r".{0,60}?(?:[ ]in|[ ]of|,|\()[ ]?(?:the[ ])?(?:[A-Z][a-z]{2,20}'s[ ])?(?:(?!and[ ]|or[ ])[a-z-]{2,20}[ ]){0,3}"
)
# "X areas to regroup and reinforce positions in the Y region": a purpose clause moves on to other ground
_TO_VERB = re.compile(r"\bto[ ](?!the\b|its\b|their\b|a\b)[\"']?[a-z]")
_SUBLIST_END = re.compile(r"(?:[ ](?:region|oblast|province|Region|Oblast|Province))?,[ ]and[ ]")
_LIST_LINK = re.compile(r"[ ]?(?:,[ ]?(?:and[ ]|or[ ])?|[ ](?:and|or|&)[ ])(?:the[ ])?")
_REGION_IN = re.compile(r"[ ]in[ ](?:the[ ])?|[ ]?\([ ]?")
_REGION_COMMA = re.compile(r"[ ]?,[ ]?")
_COORDINATED = re.compile(
    r"(?:,[ ][A-Z][\w'-]{1,30}(?:[ ][A-Z][\w'-]{1,30})?){0,5},?[ ](?:and|or|&)[ ]"
    r"[A-Z][\w'-]{1,30}(?:[ ][A-Z][\w'-]{1,30})?[ ](?:regions|oblasts|provinces|Regions|Oblasts)\b"
)

_REGIONS_OF = re.compile(r"\b(?:oblasts|regions|provinces)\s+of\s+(?:the\s+)?$")

@dataclass(slots=True)
class Candidate:
    """A name found in the text with every place (index, is-primary-name) it may denote.

    ``entries`` is empty for a name the gazetteer lacks that the text calls a village or town.
    """

    start: int
    end: int
    key: str
    entries: tuple[tuple[int, bool], ...]


def resolve(text: str, cands: list[Candidate], gaz: Gazetteer) -> list[tuple[Candidate, Place]]:
    """Pick one place per candidate (see module doc); candidates are in text order."""
    _coordinated_regions(text, cands, gaz)
    base = [_best(c.entries, gaz, {}, ()) for c in cands]
    ctx = _context(cands, base, gaz)
    local = _local_hints(text, cands, base, gaz)
    earlier = _earlier_hints(text, cands, base, local, gaz)
    chosen = [_best(c.entries, gaz, ctx, h or e) if len(c.entries) > 1 else b
              for c, h, e, b in zip(cands, local, earlier, base, strict=True)]
    _region_after_place(text, cands, chosen, gaz)
    out: list[tuple[Candidate, Place]] = []
    top = _top_region(ctx, gaz)
    villages = "illage" in text or "ettlement" in text or "amlet" in text
    final: list[Place | None] = []  # each candidate's place as resolved
    for k, (c, h, e, i) in enumerate(zip(cands, local, earlier, chosen, strict=True)):
        place = gaz.places[i] if i is not None else None
        if place is None and not c.entries and "airspace" in text and abroad(text, c.start, gaz.country_code):
            final.append(None)  # "violated Polish airspace near the village of X": a village abroad
            continue
        if place is None and not h:  # "advancing from Sudzha towards the village of Berdin": Sudzha's region
            h = _neighbour_region(text, cands, final, k)
        region = _misplaced(place, h, ctx, top)
        if region is None and place is not None and (e or villages):
            region = _relocated(text, c, place, e, ctx, top, gaz, villages)
        if region is not None:
            place = gaz.synthetic(text[c.start : c.end], region) or place
        if place is not None:
            out.append((c, place))
        final.append(place)
    return out


def _neighbour_region(text: str, cands: list[Candidate], final: list[Place | None], k: int) -> tuple[str, ...]:
    """The region of the nearest place named before candidate k in its sentence (a Ukrainian or Russian
    settlement or region), for a village the gazetteer lacks."""
    for j in range(k - 1, max(-1, k - _EARLIER_STEPS), -1):
        prev, place = cands[j], final[j]
        if cands[k].start - prev.end > _EARLIER_WINDOW or _SENTENCE_BREAK.search(text, prev.end, cands[k].start):
            break
        if place is not None and place.admin1 and place.country in ("UA", "RU") \
                and place.precision in ("settlement", "admin1") and place.name not in _CAPITALS:
            return (place.admin1,)
    return ()


def _best(entries: tuple[tuple[int, bool], ...], gaz: Gazetteer, ctx: dict[str, int],
          hint: tuple[str, ...]) -> int | None:
    """The index of the best-scoring reading of a name (None for a name the gazetteer lacks)."""
    if len(entries) < 2:
        return entries[0][0] if entries else None
    return max(entries, key=lambda e: gaz.prior(e, ctx, hint))[0]


def _context(cands: list[Candidate], base: list[int | None], gaz: Gazetteer) -> Counter[str]:
    """Weight of each region in the document: named (3), an area's (2), a place's in it (1)."""
    ctx: Counter[str] = Counter()
    for c, b in zip(cands, base, strict=True):
        if b is None:
            continue
        first, best = gaz.places[c.entries[0][0]], gaz.places[b]
        if first.precision == "region":
            ctx.update(dict.fromkeys(gaz.area_hints(first.name), 2))
        elif first.precision == "admin1" and first.admin1:
            ctx[first.admin1] += 3
        elif best.admin1 and best.name not in _CAPITALS and best.population >= (
                _SMALL if len({gaz.places[i].admin1 for i, _ in c.entries}) == 1 else 10000):
            ctx[best.admin1] += 1  # small villages do not vote: namesakes are everywhere
    return ctx


def _top_region(ctx: Counter[str], gaz: Gazetteer) -> str | None:
    """The Ukrainian region the document is most about, if one stands out."""
    ranked = [(n, r) for r, n in ctx.most_common(3) if gaz.region_country(r) == "UA"]
    if not ranked or (len(ranked) > 1 and ranked[0][0] == ranked[1][0]):
        return None
    return ranked[0][1]


def _relocated(text: str, c: Candidate, place: Place, earlier: tuple[str, ...], ctx: Counter[str],
               top: str | None, gaz: Gazetteer, villages: bool) -> str | None:
    """The region a namesake elsewhere is moved to: the region named before it in its sentence ("in
    Donetsk Oblast ... advanced near Orlivka"; up to a town's size for "the villages of A and B"), or,
    for a place the text calls a village that GeoNames only knows as a big town, the region the document
    is most about ("the village of Oktyabrsky" in a Belgorod story)."""
    if earlier and gaz.region_country(earlier[0]) == place.country and (
            place.population < _EARLIER_MOVABLE or villages and place.population < _VILLAGE_MAX
            and _VILLAGES_BEFORE.search(text, max(0, c.start - 80), c.start)):
        region = _misplaced(place, earlier, ctx, top)
        if region is not None:
            return region
    if villages and place.population >= _VILLAGE_MAX and _VILLAGE_OF.search(text, max(0, c.start - 24), c.start):
        return _top_any(ctx, gaz, place)
    return None


def _top_any(ctx: Counter[str], gaz: Gazetteer, place: Place) -> str | None:
    """The region of the place's country (Ukraine or Russia) a document is most about, if one stands out
    and is not the place's own."""
    if place.country not in ("UA", "RU"):
        return None
    ranked = [(n, r) for r, n in ctx.most_common(6) if gaz.region_country(r) == place.country][:2]
    if not ranked or (len(ranked) > 1 and ranked[0][0] == ranked[1][0]) or ranked[0][1] == place.admin1:
        return None
    return ranked[0][1]


def _earlier_hints(text: str, cands: list[Candidate], base: list[int | None], local: list[tuple[str, ...]],
                   gaz: Gazetteer) -> list[tuple[str, ...]]:
    """For each candidate with no region named after it, the region named before it in its sentence
    ("in the southern part of Donetsk Oblast - Blahodatne, Makarivka"), unless a sizeable town of another
    region stands between (then the sentence has moved on)."""
    hints: list[tuple[str, ...]] = [()] * len(cands)
    if not any(c.entries and gaz.places[c.entries[0][0]].precision == "admin1" for c in cands):
        return hints  # no region named: nothing to inherit
    for k, c in enumerate(cands):
        if local[k] or base[k] is None or gaz.places[base[k] or 0].precision != "settlement" \
                or gaz.places[base[k] or 0].population >= _MOVABLE:
            continue  # a city is itself, whatever region the sentence named before it
        for j in range(k - 1, max(-1, k - _EARLIER_STEPS), -1):
            prev, b = cands[j], base[j]
            if c.start - prev.end > _EARLIER_WINDOW or _SENTENCE_BREAK.search(text, prev.end, cands[j + 1].start):
                break
            if b is None:
                continue
            place = gaz.places[b]
            if gaz.places[prev.entries[0][0]].precision == "admin1" and place.admin1:
                if _SUBLIST_END.match(text, prev.end, c.start):
                    break  # "A and B in the Zaporizhzhia region, and C, D": the region closed the first group
                if j < k - 1 or not _LIST_LINK.fullmatch(text, prev.end, c.start):
                    hints[k] = (place.admin1,)  # not "Volyn Oblast and Rivne": a list of peers
                break
            if place.precision != "settlement" or place.population >= _MOVABLE // 5:
                break
    return hints


def _misplaced(place: Place | None, hint: tuple[str, ...], ctx: Counter[str], top: str | None) -> str | None:
    """The region to put a place in when GeoNames only knows namesakes elsewhere (or nothing)."""
    if place is not None and (place.precision != "settlement" or place.country != "UA"):
        return None
    if place is not None and (place.admin1 in hint or place.population >= _MOVABLE):
        return None
    if hint:
        return hint[0]
    if place is not None and place.population >= _SMALL:
        return None
    if place is not None and ctx.get(place.admin1 or "", 0) > 0:
        return None
    return top


def _coordinated_regions(text: str, cands: list[Candidate], gaz: Gazetteer) -> None:
    """"Kherson and Mykolaiv regions", "the oblasts of Vinnytsia and Dnipropetrovsk": every stem of the
    list names its region, not its city."""
    listed = False  # the candidate before was turned into a region by "the oblasts of"
    plural = "oblasts of" in text or "regions of" in text or "provinces of" in text  # C-speed gate
    for k, c in enumerate(cands):
        region = gaz.stem_region(c.key)
        after_list = listed and _LIST_LINK.fullmatch(text, cands[k - 1].end, c.start) is not None
        listed = after_list or plural and _REGIONS_OF.search(text, max(0, c.start - 24), c.start) is not None
        if not c.entries or gaz.places[c.entries[0][0]].precision == "admin1":
            continue  # "the regions of Lviv, Volyn and Rivne": Volyn is a region anyway
        if region is None:
            listed = False
        elif listed or _COORDINATED.match(text, c.end):
            c.entries = ((region, True),)


def _regions_of(best: int | None, gaz: Gazetteer) -> tuple[str, ...] | None:
    """The admin1 names a candidate stands for when it can serve as a region hint."""
    if best is None:
        return None
    place = gaz.places[best]
    if place.precision == "region":
        return gaz.area_hints(place.name)
    if place.precision == "country" or not place.admin1:
        return None
    return (place.admin1,)


def _local_hints(text: str, cands: list[Candidate], base: list[int | None],
                 gaz: Gazetteer) -> list[tuple[str, ...]]:
    """For each candidate, the regions named right after it (inherited along a list)."""
    hints: list[tuple[str, ...]] = [()] * len(cands)
    for k in range(len(cands) - 2, -1, -1):
        c = cands[k]
        for j in range(k + 1, len(cands)):
            nxt = cands[j]
            gap = text[c.end : nxt.start]
            if nxt.start - c.end > _WINDOW or _SENTENCE_BREAK.search(gap):
                break
            if j == k + 1 and _LIST_LINK.fullmatch(gap) and hints[j]:
                hints[k] = hints[j]
                break
            regions = _regions_of(base[j], gaz)
            if regions is None:
                continue  # a country between place and region: "in Russia's southern Rostov region"
            precision = gaz.places[nxt.entries[0][0]].precision
            tight = j == k + 1 and _TIGHT_LINK.fullmatch(gap)
            if tight or (precision in ("admin1", "region") and _REGION_LINK.fullmatch(gap)
                         and not (" to " in gap and _TO_VERB.search(gap))):
                hints[k] = regions
            break
    return hints


def _region_after_place(text: str, cands: list[Candidate], chosen: list[int | None], gaz: Gazetteer) -> None:
    """"Dobropillia in Zaporizhzhia": a city-named region after a place in it means the region."""
    places = gaz.places
    for k in range(1, len(cands)):
        y, region, x = cands[k], gaz.stem_region(cands[k].key), chosen[k - 1]
        if region is None or chosen[k] is None or places[chosen[k] or 0].precision != "settlement":
            continue
        gap = text[cands[k - 1].end : y.start]
        if cands[k - 1].key == y.key:
            continue
        if x is None or (places[x].precision == "settlement" and places[x].country == "UA"):
            same = x is not None and places[x].admin1 == places[region].name
            if _REGION_IN.fullmatch(gap) or (same and _REGION_COMMA.fullmatch(gap)):
                chosen[k] = region
