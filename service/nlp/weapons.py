"""Lexicons of war reporting: weapons (category + model) and struck targets (category + name).

``find_weapons(text)`` -> list[WeaponMention]: every munition named in ``text`` ("653 drones" gives the
mention "drones"; "three ballistic Iskander-M missiles" gives "Iskander-M" and "missiles", merged by the
caller). ``find_targets(text)`` -> list[TargetMention]: struck-object phrases ("a railway station",
"energy facilities", "the Morozovsk air base") with their category. Small constant tables, compiled once
at import (they are tiny); every pattern is a bounded alternation, linear in the text's length.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from service.nlp.numbers import fold

# (category, model or None, pattern over case-folded text). Models first: the alternation is tried in order.
_WEAPONS: tuple[tuple[str, str | None, str], ...] = (
    ("drone", "Shahed", r"shahed(?:-1[0-9]{2}|-2[0-9]{2})?s?(?:-type)?"),
    ("drone", "Geran-2", r"geran(?:-2|-3)?s?"),
    ("drone", "Lancet", r"lancets?"),
    ("drone", "Gerbera", r"gerberas?"),
    ("drone", "Lyutyi", r"liutyi|lyutyi"),
    ("missile", None, r"kh-\d{2,3}[a-z]{0,2}\d?"),
    ("missile", "Iskander-K", r"iskander-k"),
    ("missile", "Iskander-M", r"iskander(?:-m)?"),
    ("missile", "Kalibr", r"kalibrs?"),
    ("missile", "Kinzhal", r"kinzhals?"),
    ("missile", "KN-23", r"kn-2[345]"),
    ("missile", None, r"s-[34]00"),
    ("missile", "Oniks", r"oniks|onyx"),
    ("missile", "Zircon", r"zircon|tsirkon"),
    ("missile", "Tochka-U", r"tochka(?:-u)?"),
    ("missile", "Oreshnik", r"oreshnik"),
    ("missile", "ATACMS", r"atacms"),
    ("missile", "Storm Shadow", r"storm shadows?"),
    ("missile", "SCALP", r"scalp"),
    ("missile", "Neptune", r"neptunes?"),
    ("missile", "Flamingo", r"flamingos?"),
    ("glide_bomb", "UMPB-D30", r"umpb(?:-d30)?"),
    ("glide_bomb", None, r"(?:kab|fab|upab|odab)-\d{3,4}\w{0,4}"),
    ("glide_bomb", "KAB", r"kabs?"),
    ("glide_bomb", "FAB", r"fabs?"),
    ("artillery", None, r"grad|uragan|smerch|tornado-s|himars|mlrs|vampire|rm-70|bm-21|bm-27|bm-30"),
    # generic heads
    ("drone", None, r"drones?(?:\s+and\s+decoys)?|uavs?|unmanned aerial vehicles?|decoys|"
                    r"(?:uncrewed|unmanned)\s+(?:surface\s+)?(?:boats?|vessels?)"),  # sea drones
    ("glide_bomb", None, r"(?:glide|guided)(?:\s+(?:aerial|air))?\s+bombs?|(?:aerial|air)\s+bombs?|"
                         r"glide-bombs?|bombs?(?!\s+shelters?)"),
    ("missile", None, r"missiles?|rockets?(?!\s+launchers?)"),
    ("artillery", None, r"artillery|shelling|shelled|shells?|mortars?|howitzers?|"
                        r"(?:multiple\s+)?rocket\s+launchers?|cluster munitions?"),
    ("aircraft", None, r"air\s?strikes?|air-strikes?"),
)
_WEAPON_RE = re.compile(
    r"(?<![\w-])(?:" + "|".join(f"(?P<w{i}>{pat})" for i, (_, _, pat) in enumerate(_WEAPONS)) + r")(?![\w])",
)


# Words (case-folded, split at non-letters) without which no pattern above can match: a cheap gate.
def wordset(words: str) -> frozenset[str]:
    """The words of a space-separated list, as a set (for lexicon gates)."""
    return frozenset(words.split())


WEAPON_WORDS = wordset(
    "shahed shaheds geran gerans lancet lancets gerbera gerberas liutyi lyutyi kh iskander kalibr kalibrs kinzhal "
    "kinzhals kn oniks onyx zircon tsirkon tochka oreshnik atacms storm scalp neptune neptunes flamingo flamingos "
    "umpb kab kabs fab fabs upab odab grad uragan smerch tornado himars mlrs vampire rm bm drone drones uav uavs "
    "unmanned uncrewed decoys "
    "glide guided aerial air bomb bombs missile missiles rocket rockets artillery shelling shelled shell shells "
    "mortar mortars howitzer howitzers cluster airstrike airstrikes multiple"
)


_TOKEN = re.compile(r"[a-z0-9]+")
_DETERMINERS = frozenset(("a", "one", "two", "private", "family", "residential", "their", "his", "her", "civilian"))
_DETERMINED = frozenset(("house", "home", "car"))  # the targets a determiner-led alternative ends with


def _matches(pattern: re.Pattern[str], low: str, anchors: set[str] | frozenset[str]) -> list[re.Match[str]]:
    """``pattern`` matched only where an anchor word starts (C-speed ``str.find`` instead of a regex scan at
    every offset); non-overlapping, in text order. Every alternative of ``pattern`` starts with an anchor."""
    starts: set[int] = set()
    for word in anchors:
        i = low.find(word)
        while i != -1:
            j = i + len(word)
            if (i == 0 or not low[i - 1].isalnum()) and (j >= len(low) or not low[j].isalnum()):
                starts.add(i)
            i = low.find(word, j)
    out: list[re.Match[str]] = []
    end = -1
    for i in sorted(starts):
        if i < end:
            continue
        m = pattern.match(low, i)
        if m:
            out.append(m)
            end = m.end()
    return out


@dataclass(frozen=True, slots=True)
class WeaponMention:
    """A munition named in text: ``text[start:end]``; ``model`` when a type is named."""

    start: int
    end: int
    category: str  # drone | missile | glide_bomb | artillery | aircraft
    model: str | None
    text: str


def find_weapons(text: str, words: frozenset[str] | set[str] | None = None, low: str | None = None,
                 ) -> list[WeaponMention]:
    """Every weapon mention in ``text`` in order (models and generic nouns alike).

    ``words``: the case-folded words of ``text`` if the caller has them (a cheap early exit); ``low``:
    ``fold(text)`` if the caller has it.
    """
    out: list[WeaponMention] = []
    low = fold(text) if low is None else low
    source = words if words is not None else set(_TOKEN.findall(low))
    anchors = set(WEAPON_WORDS.intersection(source))
    if "300" in source or "400" in source:
        anchors.add("s")  # S-300, S-400
    for m in _matches(_WEAPON_RE, low, anchors):
        category, model, _ = _WEAPONS[int((m.lastgroup or "w0")[1:])]
        surface = text[m.start() : m.end()]
        if model is None and category in {"missile", "glide_bomb"} and "-" in surface and surface[:1].isupper():
            model = surface  # Kh-101, S-300, KAB-500: the surface is the model
        out.append(WeaponMention(m.start(), m.end(), category, model, surface))
    return out


# (category, pattern). Order matters: longer/more specific phrases first.
_TARGETS: tuple[tuple[str, str], ...] = (
    ("nuclear", r"nuclear (?:power )?(?:plant|station|facility)|npp|znpp|nuclear reactors?|reactors?"),
    ("energy", r"(?:thermal|hydroelectric|hydro|coal-fired|hydropower) (?:plants?|stations?)|dams?|"
               r"(?:thermal |hydroelectric |hydro |coal-fired |solar |combined heat and )?power "
               r"(?:plants?|stations?|facilit(?:y|ies)|lines?|grid|infrastructure|substations?)|"
               r"(?:electrical |electricity |power )?substations?|thermal power|tpp|chp|hydroelectric|"
               r"energy (?:infrastructure|facilit(?:y|ies)|sites?|networks?|grid|system|objects?|targets?|"
               r"companies|company|assets)|energy and (?:\w+ ){0,2}(?:infrastructure|facilities)|"
               r"(?:electricity|power|gas|energy) (?:grid|networks?|infrastructure|supply|supplies)|"
               r"gas (?:distribution |compressor |metering )?(?:stations?|pipelines?)|"
               r"(?:oil )?refiner(?:y|ies)|(?:oil|fuel) (?:export )?(?:depots?|terminals?)|"
               r"(?:oil|fuel) (?:facilit(?:y|ies)|infrastructure|storage(?: facilit(?:y|ies)| sites?)?|tanks?|"
               r"pumping station)|"
               r"gas (?:production|processing|facilit(?:y|ies)|"
               r"pipelines?|compressor station)|heating (?:plants?|infrastructure)|"
               r"power (?:cuts?|outages?)|blackouts?|(?:cut|cutting|knocked out|knocking out) power|"
               r"de-energi[sz]ed|without (?:power|electricity|heating)|power supply"),
    ("transport", r"railway stations?|train stations?|rail(?:way)? (?:infrastructure|lines?|depots?|hubs?|"
                  r"junctions?|tracks?|facilit(?:y|ies)|network)|railways?|locomotives?|trains?|"
                  r"(?:sea)?ports?(?!\s+(?:city|cities|town|towns))|port infrastructure|harbou?rs?|bridges?|"
                  r"transport(?:ation)? "
                  r"(?:infrastructure|hubs?|facilit(?:y|ies)|networks?)|logistics (?:hubs?|centers?|centres?)|"
                  r"airports?|bus stations?|grain (?:terminals?|silos?)|"
                  # public transport vehicles: "a passenger bus", "a tram", "trolleybuses"
                  r"(?:passenger |city |public |school )?(?:bus(?:es)?|trams?|minibus(?:es)?)"
                  r"(?! stops?| drivers?| routes?| (?:evacuating|carrying) (?:civilians|evacuees|refugees|residents))"),
    ("military", r"(?:fleet|army|military|naval|navy|brigade)(?:'s)? (?:headquarters|hq)|headquarters of (?:the )?"
                 r"(?:[\w-]+ ){0,3}?(?:fleet|army|forces|command|brigade|division|regiment)|(?:temporary )?"
                 r"deployment (?:points?|sites?|areas?)|troop concentrations?|air ?bases?|airbases?|"
                 r"(?:bomber|naval|army|aviation) bases?|hangars?|(?:military )?airfields?|"
                 r"military (?:(?:transport )?(?:planes?|aircraft)|bases?|academy|"
                 r"school|institute|training (?:centers?|centres?|grounds?)|"
                 r"facilit(?:y|ies)|targets?|sites?|units?|installations?|infrastructure|depots?|airfields?|"
                 r"equipment|enterprises?)|(?:ammunition|ammo|arms|weapons?) (?:depots?|dumps?|warehouses?|"
                 r"stores?|storage(?: facilit(?:y|ies)| sites?)?)|command posts?|barracks|"
                 r"military-industrial (?:\w+ ){0,1}(?:enterprises?|"
                 r"facilit(?:y|ies)|sites?|complex)|defen[cs]e (?:industry|enterprises?|plants?|factories)|"
                 r"radar (?:stations?|sites?)|(?:large |medium )?landing ships?|warships?|frigates?|corvettes?|"
                 r"submarines?|patrol (?:ships?|boats?)|(?:navy|naval) (?:vessels?|ships?|boats?)|"
                 r"missile (?:ships?|carriers?)|"
                 r"air defen[cs]e (?:systems?|units?) (?:was|were) (?:hit|destroyed)|(?:military|armou?red) vehicles?"),
    ("industrial", r"printing (?:houses?|plants?|works|facilit(?:y|ies))|grain (?:storage|warehouses?|elevators?)"
                   r"(?: facilit(?:y|ies)| sites?)?|storage facilit(?:y|ies)|"
                   r"industrial (?:sites?|facilit(?:y|ies)|enterprises?|zones?|areas?|parks?|plants?|"
                   r"infrastructure|premises|buildings?)|(?:chemical|steel|metallurgical|manufacturing|"
                   r"machine-building|machinery|engineering|machine-tool|tractor|automotive|cement|fertili[sz]er|coke|"
                   r"aviation|aircraft|tank|explosives|ammunition|drone|gunpowder) "
                   r"(?:plants?|factor(?:y|ies)|works|enterprises?)|factor(?:y|ies)|warehouses?|"
                   r"plants? in|enterprises? in|shipyards?|shipbuilding (?:plants?|yards?|enterprises?)"),
    ("government", r"government (?:buildings?|quarter|headquarters|offices?|complex)|cabinet of ministers|"
                   r"(?:regional |city |military |district )?administration (?:buildings?|offices?|"
                   r"headquarters)|city hall|town hall|parliament(?: building)?|council building|"
                   r"ministry building|court ?house|decision-making (?:cent(?:er|re)s?|bodies)"),
    ("residential", r"apartment (?:buildings?|blocks?|complex(?:es)?|houses?)|residential (?:buildings?|areas?|"
                    r"neighbou?rhoods?|houses?|blocks?|complex(?:es)?|quarters?|districts?|sector|streets?)|"
                    r"blocks? of flats|high-rises?|high-rise buildings?|multi-stor(?:e)?y (?:buildings?|"
                    r"houses?)|private (?:houses?|homes?)|dormitor(?:y|ies)|houses|(?:a |one |two )house|"
                    r"homes(?! without)|(?:a|private|family|residential|their|his|her)\s+home(?!\s+to)|"
                    r"dwellings?|cottages?|flats"),
    ("civilian_other", r"hospitals?|clinics?|pharmac(?:y|ies)|(?:blood )?transfusion cent(?:er|re)s?|"
                       r"medical (?:facilit(?:y|ies)|cent(?:er|re)s?|institutions?)|"
                       r"maternity ward|schools?|kindergartens?|universit(?:y|ies)|shopping (?:cent(?:er|re)s?|"
                       r"malls?|streets?|areas?|districts?|arcades?)|supermarkets?|shops?|stores?|markets?|restaurants?|cafes?|hotels?|"
                       r"churche?s?|cathedrals?|civilian (?:infrastructure|compan(?:y|ies)|enterprises?|"
                       r"buildings?|objects?|vehicles?|cars?|bus(?:es)?|facilit(?:y|ies))|civil "
                       r"infrastructure|office (?:buildings?|centers?|centres?)|business cent(?:er|re)s?|"
                       r"car (?:dealerships?|wash)|playgrounds?|stadiums?|post offices?|nova poshta|"
                       r"(?:gas|petrol|filling) stations?|garages?|cars|(?:a|one|his|her|their|private|civilian) car|"
                       r"trolleybus(?:es)?|"
                       r"(?:civilian|humanitarian|aid|evacuation|refugee) convoys?|(?:evacuation|refugee) bus(?:es)?|"
                       r"bus(?:es)? (?:evacuating|carrying) (?:civilians|evacuees|refugees|residents)|"
                       r"(?:humanitarian )?(?:aid )?"
                       r"distribution (?:points?|cent(?:er|re)s?|hubs?|sites?)|(?:humanitarian )?aid (?:points?|"
                       r"cent(?:er|re)s?|hubs?|stations?)|humanitarian (?:hubs?|cent(?:er|re)s?|headquarters|"
                       r"offices?|warehouses?)|invincibility (?:points?|cent(?:er|re)s?)"),
)
TARGET_WORDS = wordset(
    "dam dams hydropower nuclear npp znpp reactor reactors power plant plants station stations facility facilities "
    "lines grid temporary deployment troop "
    "infrastructure substation substations thermal tpp chp hydroelectric energy sites site networks network system "
    "objects targets companies company assets electricity gas supply supplies refinery refineries oil fuel depot "
    "depots terminal terminals storage tanks pumping heating cuts cut cutting outage outages blackout blackouts "
    "knocked knocking energized energised without railway railways rail train trains locomotive locomotives port "
    "ports seaport harbour harbor harbours harbors bridge bridges transport transportation logistics airport "
    "airports bus grain air base bases airbase airbases airfield airfields military ammunition ammo arms weapons "
    "weapon command barracks radar defence defense industrial chemical steel metallurgical manufacturing "
    "factory factories enterprise enterprises warehouse warehouses works government cabinet administration city "
    "town hall parliament council ministry courthouse court apartment residential blocks block flats high rise "
    "rises multi storey story private houses house homes home dormitory dormitories dwelling dwellings cottage "
    "cottages hospital hospitals clinic clinics medical maternity school schools kindergarten kindergartens "
    "university universities shopping supermarket supermarkets shop shops store stores market markets restaurant "
    "restaurants cafe cafes hotel hotels church churches cathedral cathedrals civilian civil office business car "
    "playground playgrounds stadium stadiums post nova petrol filling garage garages de machine aviation landing "
    "cars trolleybus trolleybuses minibus minibuses buses tram trams humanitarian aid evacuation refugee armored "
    "armoured vehicle vehicles decision pharmacy pharmacies transfusion navy distribution invincibility "
    "large medium warship warships frigate frigates corvette corvettes submarine submarines patrol "
    "aircraft tank explosives drone gunpowder coal hydro solar combined electrical regional district academy "
    "institute training printing hangar hangars bomber naval army fleet headquarters brigade machinery engineering "
    "tractor automotive cement fertilizer fertiliser coke shipyard shipyards shipbuilding"
)
_TARGET_RE = re.compile(
    r"(?<![\w-])(?:" + "|".join(f"(?P<t{i}>{pat})" for i, (_, pat) in enumerate(_TARGETS)) + r")(?![\w-])",
)
_IN_THE = re.compile(r"\bin\s+the\s+(?:[\w-]+\s+){0,2}$")
_FUEL_AND = re.compile(r"\b(?:gas|oil|fuel)\s+(?:[\w-]+\s+)?and\s+$")
_COMPASS = re.compile(r"\b(?:southern|northern|eastern|western|south|north|east|west)(?:ern)?\s+$")
_CARE = re.compile(r"\b(?:in|to|from)\s+$")
# "missiles fired from warships", "that support the operation of Ukraine's military-industrial complex": a launch
# platform or a beneficiary, not the thing hit
_NOT_HIT_BEFORE = re.compile(
    r"\b(?:(?:fired|launched|flown|flying|took\s+off|taking\s+off|operating|came|coming)\s+from|"
    r"(?:that|which)\s+(?:support|supports|serve|serves)(?:\s+the\s+(?:operation|needs|work)\s+of)?|"
    r"\bsuppl(?:y|ies|ied|ying)\s+(?:[\w-]+\s+){0,2}?(?:to|for)|approaching|heading\s+(?:for|towards?)|"
    r"flying\s+towards?)\s+"  # "boats approaching the harbour", "drones flying towards Moscow": not hit
    r"(?:(?:the|a|an|its|their|russian|ukrainian|russia's|ukraine's)\s+)?(?:[\w-]+\s+){0,2}?$")
# "grain storage facilities were not hit", "the plant was not damaged": spared, not hit
_NOT_HIT_AFTER = re.compile(r"(?:\s+[\w-]+){0,2}?\s+(?:was|were|had|has|have)\s+(?:not|n't)\s+(?:been\s+)?"
                            r"(?:hit|damaged|struck|affected|targeted)\b")
_NAME_HEADS = re.compile(r"\b(?:plant|station|base|airfield|refinery|depot|port|airport|bridge|terminal)s?$")


@dataclass(frozen=True, slots=True)
class TargetMention:
    """A struck-object phrase: ``text[start:end]``, its category, and whether it names a facility kind."""

    start: int
    end: int
    category: str  # energy | transport | residential | nuclear | military | industrial | civilian_other | government
    text: str
    facility: bool  # a kind that takes a place name ("Morozovsk air base", "Ryazan oil refinery")


# "an eight-storey building", "a 16-story apartment block": a residential building
_STOREYS = re.compile(r"\b[\w]+-stor(?:e)?y\s+(?:residential\s+|apartment\s+)?(?:buildings?|blocks?|houses?)\b")


def find_targets(text: str, words: frozenset[str] | set[str] | None = None, low: str | None = None,
                 ) -> list[TargetMention]:
    """Every target phrase in ``text``, in order, categorised (``words``, ``low``: as for ``find_weapons``)."""
    out: list[TargetMention] = []
    low = fold(text) if low is None else low
    anchors = set(TARGET_WORDS.intersection(words if words is not None else _TOKEN.findall(low)))
    if not _DETERMINED.isdisjoint(anchors):  # only "house", "home" and "car" follow a determiner
        anchors |= _DETERMINERS  # "a house", "private homes" start with a word that is no target by itself
    aside = " from " in low or " support" in low or " serve" in low or " suppl" in low or " approach" in low or (
        " toward" in low or " heading" in low)
    spared = " not " in low or " no " in low
    for m in _matches(_TARGET_RE, low, anchors):
        category = _TARGETS[int((m.lastgroup or "t0")[1:])][0]
        if aside and _NOT_HIT_BEFORE.search(low, max(0, m.start() - 60), m.start()):
            continue
        if spared and (_NOT_HIT_AFTER.match(low, m.end()) or low.endswith((" not ", " no "), 0, m.start())):
            continue  # "the silos were not hit", "These are not military targets"
        if m.group(0).startswith("hospital") and _CARE.search(low, max(0, m.start() - 12), m.start()):
            continue  # "died in hospital", "taken to hospital": care, not a target
        if category == "transport" and low.startswith("port of", m.start()) and (_COMPASS.search(
                low, max(0, m.start() - 12), m.start()) or out and out[-1].category in ("energy", "industrial")
                and _IN_THE.search(low, max(0, m.start() - 30), m.start())):
            continue  # "in the southern port of Odesa", "a shipyard in the Crimean port of Sevastopol": the city
        if category == "industrial" and low.startswith("storage", m.start()) and _FUEL_AND.search(
                low, max(0, m.start() - 30), m.start()):
            category = "energy"  # "gas production and storage facilities"
        if m.group(0) == "cars" and low.endswith("passenger ", 0, m.start()) and ("rail" in low or "train" in low):
            category = "transport"  # "a railway station and several passenger cars were set ablaze": carriages
        surface = text[m.start() : m.end()]
        if surface.lower().endswith(" in"):  # "plant in X": keep the noun only
            surface = surface[:-3]
        out.append(TargetMention(m.start(), m.start() + len(surface), category, surface,
                                 bool(_NAME_HEADS.search(low, m.start(), m.start() + len(surface)))))
        if category == "energy" and " and industrial " in m.group(0):  # "energy and industrial facilities"
            out.append(replace(out[-1], category="industrial"))
    if ("storey" in anchors or "story" in anchors or "storey" in low) and "-stor" in low:
        taken = [(t.start, t.end) for t in out]
        for m in _STOREYS.finditer(low):
            if not any(s <= m.start() < e or m.start() <= s < m.end() for s, e in taken):
                out.append(TargetMention(m.start(), m.end(), "residential", text[m.start() : m.end()], False))
        out.sort(key=lambda t: t.start)
    return out
