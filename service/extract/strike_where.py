"""Where and when a strike clause says it happened: places hit and the clause's date.

``places(doc, low, index, span, floor)`` -> [(mention, facility name or None, end)]: the gazetteer
mentions in body[start:end] that name a place hit -- not a news source ("a source in Kyiv"), an origin
("launched from the Kursk region"), a locator ("Fastiv, near Kyiv"), a government metonym ("Moscow
said"), a country, or a dateline (before ``floor``). "the Morozovsk air base" becomes a facility;
"the Rostov border region" the region.

``sentence_dates(doc, sentence, floor)`` -> the sentence's time expressions (body offsets), found by
``service.nlp.dates.find_dates`` in small windows around trigger words (it is costly per character;
``strike_when.clause_date`` ranks them for one clause). ``low`` is the case-folded body.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from service.domain import Mention
from service.nlp.dates import DateRef, find_dates
from service.nlp.text import Doc, Sentence
from service.nlp.weapons import wordset

# Capitals often named as governments ("Moscow said", "had told Ankara"): a place hit only after a
# preposition or a strike verb ("attacks on Kyiv", "Russia pummelled Kyiv") or before a facility noun.
_CAPITALS = frozenset({"Moscow", "Kyiv", "Kiev", "Minsk", "Washington", "London", "Paris", "Berlin", "Tehran",
                       "Ankara", "Beijing", "Warsaw", "Budapest", "Brussels", "Rome", "Tokyo", "Riyadh", "Doha",
                       "Tbilisi", "Vilnius", "Riga", "Tallinn", "Helsinki", "Prague", "Bratislava", "Bucharest",
                       "Chisinau", "Geneva", "Vienna", "Pyongyang", "Delhi", "New Delhi", "Abu Dhabi"})
_CAPITAL_CONTEXT = re.compile(
    r"(?:\b(?:in|on|at|over|near|towards?|approaching|around|outside|across|of|targeting|targeted|attacked|attacking|"
    r"struck|striking|hit|hitting|pounded|pounding|bombarded|shelled|capital|city|pummel(?:l)?ed|pummel(?:l)?ing|"
    r"battered|battering|hammered|hammering|rocked|blasted|bombed|raided|assaulted|including|such\s+as|"
    r"targets?\s+(?:was|were|is))\s+(?:the\s+)?(?:capital,?\s+)?)$"
)
_CAPITAL_AFTER = re.compile(
    r"\s+(?:region|oblast|city|(?:was\s+|being\s+|as\s+)?the\s+(?:main|primary|principal|chief)\s+target|"
    r"(?:was|were|has\s+been|had\s+been|came)\s+(?:\w+\s+)?(?:hit|struck|attacked|targeted|shelled|pounded|rocked|"
    r"under))\b")
# "Kharkiv's Kyivskyi and Saltivskyi districts", "X district's Y" too
_DISTRICT = re.compile(
    r"\s+(?:and\s+[\w-]+\s+districts|district|neighbou?rhood|microdistrict|quarter)(?P<of>\s+of\b|'s\s)?")
_DISTRICT_ADJ = ("skyi", "skyy", "skiy", "sky", "ckyi", "zkyi", "ivskyi", "skoi", "skoy")
_TITLE_AFTER = re.compile(r"(?i:\s+(?:(?:regional|city|military|oblast|region's)\s+)?(?:governor|mayor)\b)")
# "the governor of Russia's Belgorod region, X, said": the official's seat, not a place hit
_TITLE_OF = re.compile(r"\b(?:governor|mayor|head)\s+of\s+(?:the\s+)?(?:russia's\s+|ukraine's\s+)?$")
# "from Kharkiv in the east to Volyn in the west": a span of regions hit, not an origin
_FROM_TO = re.compile(r"(?:\s+(?:region|oblast))?(?:\s+in\s+the\s+[\w-]+)?\s+to\s+(?:the\s+)?[A-Z]")
# "the Black and Azov seas", "the Sea of Azov": a sea, not its namesake town
_AREAS = re.compile(r"\b(?:regions|oblasts|provinces)\b")
_SPAN_END = re.compile(r"\bto\s+(?:the\s+)?$")
_COMPASS_AFTER = re.compile(r"\s+in\s+the\s+(?:far\s+)?(?:north|south|east|west)")
_HEADER = re.compile(r"(?:^|\n|\d[:.]\d\d\s*-?\s*)$")  # a live blog's "08:35 - Kyiv: debris fell ...": the city hit
_SEA_AFTER = re.compile(r"\s+(?:seas?|river)\b")  # "across the Dnipro River": the river, not the city
_SEA_BEFORE = re.compile(r"\bsea\s+of\s+$")
# "the oblasts of Vinnytsia and Dnipropetrovsk", "the regions of Kharkiv, Sumy and Odesa": regions
_REGIONS_OF = re.compile(
    r"\b(?:oblasts|regions|provinces)(?:\s+of|(?:\s+[a-z][\w-]*){0,2},?\s+(?:including|such\s+as|among\s+them|notably))\s+"
    r"(?:[A-Z][\w'-]*(?:,\s*|\s+and\s+|,\s+and\s+)){0,9}$")
# "a near-total blackout in the Kharkiv and Poltava regions": where the power went out, not what was hit
_EFFECT_BEFORE = re.compile(r"\b(?:blackouts?|outages?|power\s+cuts?|without\s+(?:power|electricity|heating|water))"
                            r"\s+(?:\w+\s+){0,2}?(?:in|across|for)\s+(?:the\s+|parts\s+of\s+(?:the\s+)?)?"
                            r"(?:[A-Z][\w'-]*(?:,\s*|\s+and\s+|,\s+and\s+|\s+))*$")
# "Military Administration Head Serhiy Popko": a first name read as a village
_PERSON_BEFORE = re.compile(r"\b(?:head|governor|mayor|chief|spokes(?:man|woman|person)|minister|commander|"
                            r"deputy|adviser|advisor|official|president|secretary)\s+$")
# "nine over the Belgorod region, four over Kursk": a per-region breakdown of downed drones
_COUNT_OVER = re.compile(r"\b(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|"
                         r"\w+ty(?:-\w+)?)\s+(?:more\s+)?(?:over|above)\s+$")
_POSSESSIVE_BEFORE = re.compile(r"\b[a-z]+'s\s+$")
_ORIGIN = re.compile(r"\bfrom\s+(?:the\s+)?(?:direction\s+of\s+|territory\s+of\s+|occupied\s+)?(?:[\w'-]+\s+){0,2}$")
# "launched from Kursk, Oryol and Bryansk oblasts": every name of a list after "from" (over the original case)
_ORIGIN_LIST = re.compile(
    r"\bfrom\s+(?:the\s+)?(?:[A-Z][\w'-]*(?:\s+(?:region|oblast)s?)?(?:,\s*|\s+and\s+|,\s+and\s+)){1,6}$"
)
# "fired from Tu-22M3 bombers flying over Russia's Kursk region": where the launchers were
_LAUNCH_AREA = re.compile(r"\b(?:flying|flew|operating|patrolling|positioned|stationed)\s+(?:over|above)\s+"
                          r"(?:the\s+)?(?:(?:russia's|russian|ukraine's|occupied)\s+)?$")
_SUPPLIED = re.compile(r"\bsuppl(?:y|ies|ied|ying)\s+(?:[\w-]+\s+){0,2}?(?:to|for)\s+(?:the\s+)?$")
_SOURCE_IN = re.compile(  # a news source's seat is not a place hit; local officials usually speak of their town
    r"\b(?:sources?|correspondents?|reporters?|journalists?|told\s+\w+|talks|summit|meeting)\s+(?:\w+\s+)?in\s+$"
)
_TRAVEL = re.compile(r"\b(?:landed|arrived|arriving|flew|travel(?:l)?ed|headed)\s+(?:in|to|at|for)\s+$")  # a trip
_OFFICIALS_IN = re.compile(r"\b(?:officials?|spokes(?:man|woman|person)|authorities)\s+(?:\w+\s+)?in\s+$")
_LOCATOR = re.compile(
    r"(?:,\s*|\s+)(?:(?:about|some|around|roughly)\s+)?(?:[\d,]{1,7}\s*(?:km|kilometers|kilometres|miles)\s+)?"
    r"(?:near|outside|close\s+to|(?:north|south|east|west)(?:-?(?:east|west))?\s+of)\s+"
    r"(?:the\s+(?:city|town|capital)\s+(?:of\s+)?|the\s+(?:russian|ukrainian)\s+capital\s+)?$"
)
_FACILITY = re.compile(
    r"\s+(?:(?:oil|nuclear|thermal|hydroelectric|power|air|military|sea|river|gas|chemical)\s+){0,2}"
    r"(?:nuclear\s+(?:power\s+)?(?:plant|station)|power\s+(?:plant|station)|hydroelectric\s+station|plant|refinery|air\s?base|"
    r"airbase|airfield|airport|port|depot|terminal|npp|tpp|chp|railway\s+station|bridge|dam|substation)\b"
)
_NAMED_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:plant|factory|works|refinery|terminal|enterprise|mine|depot)\b")
_IN_CITY_OF = re.compile(r"\s+in\s+the\s+(?:[\w-]+\s+){0,2}?(?:city|town|village|port)\s+of\s")
_REGION_AFTER = re.compile(r"\s+(?:border\s+|frontier\s+|southern\s+|western\s+)?(?:region|oblast|province)\b|"
                           r"\s+(?:district|raion)\b")  # "a facility in the Stryi district": a raion, not the town

_ISO = re.compile(r"\b\d{4}-\d\d-\d\d\b")
_DATE_WORDS = wordset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december jan feb mar apr jun jul aug sep sept oct nov dec overnight "
    "night yesterday today tonight morning evening afternoon"
)
OVERNIGHT = re.compile(r"\bovernight\b|\b(?:during|in)\s+the\s+night\b")


def _keep(doc: Doc, low: str, m: Mention, floor: int, prior: list[Mention]) -> bool:
    """Is this mention a place hit (not a source, an origin, a locator or a government metonym)?"""
    if m.place.precision == "country" or m.start < floor:
        return False
    nxt = doc.text[m.end : m.end + 2]
    if nxt[:1] == " " and nxt[1:].isupper() and _PERSON_BEFORE.search(low, max(0, m.start - 14), m.start):
        return False  # "Head Serhiy Popko": a person
    lo = max(0, m.start - 120)
    if (low.find("out", lo, m.start) != -1 or low.find("power cut", lo, m.start) != -1) and _EFFECT_BEFORE.search(
            doc.text, lo, m.start):
        return False
    district = _DISTRICT.match(low, m.end)
    if district and (district.group("of") or _POSSESSIVE_BEFORE.search(low, max(0, m.start - 30), m.start)
                     or low[m.start : m.end].endswith(_DISTRICT_ADJ)):
        return False  # "the Dniprovskyi district of Kherson", "Kyiv's Darnytskyi district": the city is named
    if _TITLE_AFTER.match(doc.text, m.end) or _TITLE_OF.search(low, max(0, m.start - 40), m.start):
        return False  # "Sumy Governor Oleh Hryhorov said": a title, not a place hit
    if _SEA_AFTER.match(low, m.end) or _SEA_BEFORE.search(low, max(0, m.start - 10), m.start):
        return False
    lo = max(0, m.start - 60)
    origin = low.find("from", max(0, m.start - 90), m.start) != -1  # in every _ORIGIN / _ORIGIN_LIST match
    if origin and _FROM_TO.match(doc.text, m.end, min(len(low), m.end + 40)):
        origin = False
    if origin and _ORIGIN.search(low, lo, m.start) or _SOURCE_IN.search(low, lo, m.start) or _TRAVEL.search(
            low, max(0, m.start - 20), m.start):
        return False
    if origin and _ORIGIN_LIST.search(doc.text, max(0, m.start - 90), m.start):
        return False
    near = max(0, m.start - 40)  # "bombers flying over Russia's Kursk region", "supplies fuel to the Engels airfield"
    if (low.find("over", near, m.start) != -1 or low.find("above", near, m.start) != -1) and _LAUNCH_AREA.search(
            low, near, m.start) or low.find("suppl", near, m.start) != -1 and _SUPPLIED.search(low, near, m.start):
        return False
    if m.surface in _CAPITALS and (_OFFICIALS_IN.search(low, lo, m.start) or not (
            _CAPITAL_CONTEXT.search(low, lo, m.start) or _CAPITAL_AFTER.match(low, m.end)
            or low.startswith(": ", m.end) and _HEADER.search(low, max(0, m.start - 12), m.start)
            or _FACILITY.match(low, m.end, min(len(low), m.end + 40)))):
        return False
    if low.find("to", max(0, m.start - 4), m.start) != -1 and _ROAD_TO.search(low, max(0, m.start - 30), m.start):
        return False  # "hit on the road to Sumy": where the road leads
    return not (any(0 <= m.start - p.end <= 45 for p in prior) and _LOCATOR.search(low, lo, m.start))


_ROAD_TO = re.compile(r"\b(?:road|highway|motorway)\s+(?:leading\s+)?(?:to|towards)\s+$")


class PlaceIndex:
    """``doc.places`` by offset: the mentions inside a span in O(log n) (``doc.places_in`` scans them all)."""

    def __init__(self, doc: Doc) -> None:
        self.mentions = sorted(doc.places, key=lambda m: m.start)
        self.starts = [m.start for m in self.mentions]

    def within(self, start: int, end: int) -> list[Mention]:
        i = bisect_left(self.starts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            if self.mentions[i].end <= end:
                out.append(self.mentions[i])
            i += 1
        return out


def places(doc: Doc, low: str, index: PlaceIndex, span: tuple[int, int], floor: int,
           ) -> list[tuple[Mention, str | None, int]]:
    """The places hit named in body[span] (see the module docstring)."""
    out: list[tuple[Mention, str | None, int]] = []
    mentions = index.within(*span)
    for i, m in enumerate(mentions):
        lo = max(0, m.start - 120)
        region_list = (low.find("regions", lo, m.start) != -1 or low.find("oblasts", lo, m.start) != -1
                       or low.find("provinces", lo, m.start) != -1) \
            and _REGIONS_OF.search(doc.text, lo, m.start) is not None
        if not region_list and m.place.admin1 and m.place.admin1.startswith(m.surface) and low.endswith(
                "over ", 0, m.start) and _COUNT_OVER.search(low, max(0, m.start - 24), m.start):
            region_list = low.find("region", max(0, m.start - 200), m.start) != -1 or low.find(
                "oblast", max(0, m.start - 200), m.start) != -1
        if not (region_list and m.place.admin1) and not _keep(doc, low, m, floor, mentions[:i]):
            continue
        fac = _FACILITY.match(low, m.end, min(len(low), m.end + 40))
        named = fac or _NAMED_AFTER.match(low, m.end, min(len(low), m.end + 50))  # "the Tambov gunpowder plant"
        if named and " of " in low[named.end() : named.end() + 40] and _IN_CITY_OF.match(low, named.end()):
            continue  # "the Dnipro Hydroelectric Station in the city of Zaporizhzhia": named after, not in, Dnipro
        region_list = region_list or _COMPASS_AFTER.match(low, m.end) is not None and (
            low.endswith("from ", 0, m.start) and _FROM_TO.match(doc.text, m.end, min(len(low), m.end + 40)) is not None
            or _SPAN_END.search(low, max(0, m.start - 8), m.start) is not None
            and low.find("from", max(0, m.start - 60), m.start) != -1) and _AREAS.search(  # "from Kharkiv in the east
            low, max(0, m.start - 110), m.start) is not None  # to Volyn" of regions hit; of plants hit: the cities
        if m.place.precision == "settlement" and m.place.admin1 and (region_list or _REGION_AFTER.match(low, m.end)):
            region = replace(m.place, name=m.place.admin1, precision="admin1", lat=None, lon=None, geonameid=None)
            out.append((replace(m, place=region), None, m.end))
        elif fac and m.place.precision in ("settlement", "admin1"):
            out.append((m, doc.article.body[m.start : fac.end()], fac.end()))
        else:
            out.append((m, None, m.end))
        if m.place.precision == "admin1" and low.find("base", max(0, m.start - 30), m.start) != -1:
            out += _base_in(doc, m, mentions)
    return out


# "the Olenya air base in the Murmansk region": a base the gazetteer does not know, placed in its region
_BASE_IN = re.compile(r"\b(?P<n>[A-Z][a-z]{2,14}(?:-[A-Z]?[a-z]{2,14})?)\s+(?:air\s?base|base)\s+in\s+(?:the\s+)?$")
_NOT_NAMES = wordset("The Air Naval Military Russian Ukrainian Strategic Bomber Main Its")


def _base_in(doc: Doc, region: Mention, mentions: list[Mention]) -> list[tuple[Mention, str | None, int]]:
    """[(mention of the base's name, its facility name, end)] when an unknown base is placed in ``region``."""
    m = _BASE_IN.search(doc.text, max(0, region.start - 40), region.start)
    if m is None or m.group("n") in _NOT_NAMES or any(k.start <= m.start() < k.end for k in mentions):
        return []
    name = replace(region.place, name=m.group("n"), precision="settlement", geonameid=None)
    fac = doc.article.body[m.start() : m.end()].rsplit(" in ", 1)[0]
    return [(Mention(m.start(), m.end("n"), m.group("n"), name), fac, m.start() + len(fac))]


def city_before(index: PlaceIndex, start: int) -> list[tuple[Mention, str | None, int]]:
    """The settlement last named before body offset ``start`` ("... in the city centre": that city), as a
    one-item list of places hit, or []."""
    i = bisect_left(index.starts, start) - 1
    stop = max(-1, i - 30)  # a bounded look back (long texts of country names only)
    while i > stop:
        m = index.mentions[i]
        if m.place.precision == "settlement" and m.place.country in ("UA", "RU"):
            return [(m, None, m.end)]
        i -= 1
    return []


def facility_in(doc: Doc, low: str, admin1: str, head: str) -> tuple[Mention, str, int] | None:
    """A facility of kind ``head`` ("refinery") named after a place of ``admin1`` anywhere in the article
    ("the Ryazan oil refinery"): (mention, facility name, end), or None. Lets "struck an oil refinery in
    the Ryazan region" name the plant the article names elsewhere."""
    for m in doc.places:
        if m.place.precision not in ("settlement", "admin1") or (m.place.admin1 or m.place.name) != admin1:
            continue
        fac = _FACILITY.match(low, m.end, min(len(low), m.end + 40))
        if fac and fac.group(0).rstrip().endswith(head) and not _IN_CITY_OF.match(low, fac.end()):
            return m, doc.article.body[m.start : fac.end()], fac.end()
    return None


def _triggers(low: str, lo: int, hi: int, words: set[str]) -> list[tuple[int, int]]:
    """Offsets of the date words (and ISO dates) in low[lo:hi], found with C-speed ``str.find``."""
    out: list[tuple[int, int]] = []
    for word in _DATE_WORDS.intersection(words):
        i = low.find(word, lo, hi)
        while i != -1:
            j = i + len(word)
            if (i == 0 or not low[i - 1].isalnum()) and (j >= len(low) or not low[j].isalnum()):
                out.append((i, j))
            i = low.find(word, j, hi)
    if "-" in low[lo:hi]:
        out += [(m.start(), m.end()) for m in _ISO.finditer(low, lo, hi)]
    return sorted(out)


_CAPS_MONTH = re.compile(r"\b(?:JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)(?=\.?\s{1,3}\d)")
# a factbox entry "NOV. 17 - Russia fires ..." that the sentence splitter cut after "NOV.": the day opens the sentence
_ENTRY_DAY = re.compile(r"\d{1,2}(?=\s{0,2}-\s)")
_ENTRY_MONTH = re.compile(r"(?:^|\n)\s{0,3}(?P<m>[A-Za-z]{3,9})\.?\s{0,3}$")


def _entry_day(doc: Doc, sentence: Sentence) -> list[DateRef]:
    """The day of a factbox entry whose month the sentence splitter left in the sentence before."""
    day = _ENTRY_DAY.match(doc.text, sentence.start)
    month = _ENTRY_MONTH.search(doc.text, max(0, sentence.start - 14), sentence.start) if day else None
    if day is None or month is None:
        return []
    refs = find_dates(f"{month.group('m').title()}. {day.group(0)}", doc.anchor)
    return [DateRef(day.start(), day.end(), r.value, r.kind, day.group(0)) for r in refs if r.kind == "day"][:1]


def sentence_dates(doc: Doc, low: str, sentence: Sentence, floor: int, words: set[str]) -> list[DateRef]:
    """Time expressions of one sentence (body offsets), after ``floor`` (a dateline)."""
    first = max(floor, sentence.start)
    windows: list[list[int]] = []
    for start, end in _triggers(low, first, sentence.end, words):
        lo, hi = max(first, start - 18), min(sentence.end, end + 14)
        while lo > first and not low[lo - 1].isspace():
            lo -= 1  # never start a window inside a word
        while hi < sentence.end and low[hi].isalnum():
            hi += 1
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], hi)
        else:
            windows.append([lo, hi])
    out: list[DateRef] = _entry_day(doc, sentence) if low[sentence.start : sentence.start + 1].isdigit() else []
    for lo, hi in windows:
        night = OVERNIGHT.search(low, lo, hi)
        if night and len(_triggers(low, lo, hi, words)) == 1:
            anchor = doc.anchor.isoformat() if doc.anchor else None  # a bare "overnight": the article's night
            out.append(DateRef(night.start(), night.end(), anchor, "night", doc.text[night.start() : night.end()]))
            continue
        text = doc.text[lo:hi]
        if "." in text and _CAPS_MONTH.search(text):  # a factbox's "NOV. 17 - Russia fires ...": "Nov. 17"
            text = _CAPS_MONTH.sub(lambda m: m.group(0).title(), text)
        for ref in find_dates(text, doc.anchor):
            a, b = ref.start + lo, ref.end + lo
            out.append(DateRef(a, b, ref.value, ref.kind, doc.text[a:b]))
    return out
