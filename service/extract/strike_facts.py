"""One clause of an article read as a strike fact: side votes, date, weapons, counts, casualties, places.

``read_facts(doc) -> list[Fact]`` skips sentences without a strike word (a cheap set test), splits the
others into clauses (at "; ", ", while ", ", and ", "a day after" ...), drops datelines ("KYIV (Reuters)
-"), background and hypothetical remarks, and keeps each clause that tells of a strike (``level``
"strong": enough to open an event; "weak": only adds to one; "outage": only adds an energy target).
All offsets in a Fact are offsets into the body.
"""

from __future__ import annotations

import re
from dataclasses import replace

from service.domain import Mention
from service.extract import strike_clauses as clauses
from service.extract import strike_counts as counts
from service.extract import strike_sides as sides
from service.extract import strike_when as when
from service.extract import strike_where as where
from service.extract.strike_fact import Fact, absolute
from service.nlp.dates import DateRef
from service.nlp.numbers import find_numbers, fold
from service.nlp.text import Doc, Sentence
from service.nlp.weapons import WEAPON_WORDS, WeaponMention, find_targets, find_weapons
from service.nlp.weapons import wordset as _wordset

_DATELINE = re.compile(
    r"(?:\(\w+\)\s*)?[A-Z]{2}[A-Z'./-]+(?:[ ,]+[A-Z]{2}[A-Z'./-]*){0,4}(?:,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}"
    r"(?:,\s*\d{4})?)?\s*(?:\([A-Za-z .]{1,30}\))?\s*(?:-+|:)\s*"
)
_OUTAGE = re.compile(r"\b(?:power\s+(?:cuts?|outages?)|blackouts?|cut(?:ting)?\s+power|de-energi[sz]ed|"
                     r"without\s+(?:power|electricity|heating))\b")
_MILITARY_NOT = re.compile(r"\bmilitary\s+(?:infrastructure|targets|facilities|sites|objects),\s+not\b")
_A_WORD = re.compile(r"\ban?\s")  # "a missile": a count of one
# "claimed its attacks were aimed at military-industrial enterprises", "struck only military targets"
_AIM = re.compile(r"\b(?:aimed|directed)\s+at\b|\bonly\s+(?:at\s+)?(?:military|legitimate)\b|\blegitimate\s+targets?\b")
# "a Russian cruise missile violated Polish airspace near the village of X": nothing hit there
_AIRSPACE = re.compile(r"\b(?:violat|enter|cross|intrud|breach|penetrat)\w*\s+(?:[\w'-]+\s+){0,3}?airspace\b")
# "a military aid package, including 36 howitzers", "running short of shells": weapons given or lacking
_SUPPLY = re.compile(r"\b(?:aid|assistance|weapons|arms|security)\s+packages?\b|\b(?:military|security)\s+(?:aid|"
                     r"assistance)\b|\bdeliver(?:y|ies)\s+of\b|\b(?:pledg|donat|procur|purchas)\w*\b|"
                     r"\b(?:shortages?\s+of|(?:running|ran|run)\s+(?:short|low|out)\s+of)\b")
# "this one was just as vile, targeting critical civilian infrastructure": a verdict, not a target
_RHETORIC = re.compile(r"\b(?:denounc|condemn|vile|terroris|barbar|cynical|inhuman|savage|monstrous)")
_CLAIMED = re.compile(r"\b(?:claim(?:ed|s)?|insist\w*)\b")
# A sentence without one of these words says nothing about a strike: skip it cheaply.
_STRIKE_WORDS = WEAPON_WORDS | _wordset(
    "attack attacks attacked attacking strike strikes struck striking hit hits hitting target targeted targeting "
    "launched launch launches fired firing shot downed downing intercepted intercept intercepting destroyed "
    "destroying neutralised neutralized explosion explosions blast blasts barrage bombardment raid raids assault "
    "killed killing kill kills dead died death deaths toll injured injuring wounded wounding hurt injuries medical "
    "victim casualties victims damaged damage debris fire ablaze power blackout blackouts outages outage energized "
    "energised electricity locations targets impact impacts smouldering obliterated collapsed bombardments "
    "barrages onslaught shelled defences defenses ruins rubble wreckage slammed crashed sank sunk sinking "
    "pummelled pummeled pummelling pummeling battered battering hammered hammering pounded pounding blown blow"
)
_SIDE_WORDS = _wordset("russia russian russians moscow kremlin occupiers invaders enemy ukraine ukrainian ukrainians "
                       "kyiv kiev sbu")
_STRIKE_VERB = re.compile(r"\b(?:attacked|struck|hit|targeted|shelled|pounded|bombed|bombarded|pummel(?:l)?ed|"
                          r"battered|hammered)\b")
_HARM_WORDS = _wordset(
    "killed killing kill kills dead died death deaths toll fatalities lives injured injuring injure injures wounded "
    "wounding hurt hurting injuries hospitalized hospitalised casualties victims bodies medical victim"
)
_MLRS = re.compile(r"\b(?:multiple[\s-]+(?:rocket[\s-]+)?launch\w*|rocket\s+launchers?|mlrs|grad|uragan|smerch|"
                   r"tornado-s|himars|vampire|rm-70|bm-2[17]|bm-30)\b")
_ZERO_WORDS = _wordset("neither none no")
_MANY = re.compile(r"\b(?:settlements|communities|localities|hromadas|towns\s+and\s+villages)\b")
_ENEMY = re.compile(r"\benemy\b", re.IGNORECASE)
_DOWN_WORDS = _wordset("shot downed intercepted destroyed neutralised neutralized repelled eliminated suppressed "
                       "jammed")
_MAX_CLAUSE = 1_500  # longer "clauses" are tables, lists or junk, not prose reporting a strike
_APART = re.compile(r"\W{0,3}(?:(?:earlier|later)\s+(?:on|that|in\s+the)\s+(?:day|\w+day|morning|evening|night|week)|"
                    r"also\s+(?:on|late\s+on|early\s+on|that|in\s+the)\s)\b")  # "Also on 7 November, ..."
# (not "the ministry said separately that ...": a separate statement, not a separate attack)
_SEPARATE = re.compile(r"\b(?:in\s+a\s+separate|(?<!said\s)(?<!told\s)(?<!reported\s)(?<!added\s)(?<!stated\s)"
                       r"separately(?!\s+(?:said|told|reported|added|stated|announced|wrote)\b)|"
                       r"in\s+another\s+(?:attack|strike|incident))\b")
# A sentence that opens "A second strike ..." / "Another attack ...": another strike (inside a sentence,
# ", while a second strike hit ..." is more often the same raid)
_SECOND = re.compile(r"\W{0,3}(?:a\s+(?:second|third|further)|another)\s+(?:[\w-]+\s+)?(?:strike|attack)\b")
# "over the past day Russian forces attacked 27 settlements": a day's summary, not one dated strike
_SUMMARY = re.compile(
    r"\b(?:over|in|during|within)\s+the\s+(?:past|last|previous)\s+(?:day|24\s+hours|twenty-four\s+hours)\b")
# "(The attack came) a day after Russia launched its largest assault": a back-reference, not a new strike
_BACK_REFERENCE = re.compile(r"\W{0,3}(?:(?:less|more)\s+than\s+|just\s+|only\s+|barely\s+)?(?:a|one|two|three|several|"
                             r"days|weeks|\d{1,2}|a\s+few)\s+(?:days?\s+|weeks?\s+|hours?\s+)?after\b")
# "A second strike hit a residential area in the city centre": the city named before
_THE_CITY = re.compile(r"\b(?:in|on|of|across)\s+the\s+city(?:'s)?(?:\s+cent(?:er|re))?\b(?!\s+of\b)")
_IN_DISTRICT = re.compile(r"\bin\s+the\s+[A-Z][\w'-]+\s+district\b")  # a city district: the city named before
_ROLE_OR_CUE = re.compile(
    rf"\b(?:{counts.LAUNCH}|{counts.INTERCEPT}|attacks?|strikes?|barrages?|bombardments?)\b")


def _level(fact: Fact, cue: bool, strong_noun: bool, low: str) -> str | None:
    """How much a clause may do: open an event ("strong"), add to one ("weak"), or nothing (None)."""
    if not cue and not fact.categories:
        if fact.casualties:
            return "weak"  # "In Lviv, one person was killed": a detail of the wave being told
        return "outage" if _OUTAGE.search(low) else None
    side3 = max(fact.votes.values()) >= 3
    harm = any(c.value for c in fact.casualties)
    if fact.counts or (harm and (cue or fact.categories)):
        return "strong"
    if fact.categories and (side3 or fact.places or fact.targets) and cue | bool(fact.places):
        return "strong"
    if strong_noun and (side3 or fact.places or fact.targets):
        return "strong"
    if cue and fact.places and (fact.targets or (side3 and _STRIKE_VERB.search(low))):
        return "strong"  # "Russia attacked Sumy overnight."
    return "weak"


def _read_clause(doc: Doc, low: str, index: where.PlaceIndex, sent: Sentence, span: tuple[int, int],
                 floor: int, clean: str | None = None) -> Fact | None:
    start, end = span
    text, ltext = doc.text[start:end], low[start:end]
    words = sides.words_in(low, clean, start, end)
    text, ltext, words, asides = clauses.blank_asides(text, ltext, words)
    if end - start > _MAX_CLAUSE or _STRIKE_WORDS.isdisjoint(words) or clauses.is_irrealis(text, words, ltext):
        return None
    cue, strong_noun = sides.strike_cues(text, ltext, words)
    has_side = not _SIDE_WORDS.isdisjoint(words)
    source = sides.source_side(text) if has_side else None
    if has_side and "enemy" in words and source == "RU":  # Moscow's "the enemy struck a facility": Ukraine
        swapped = _ENEMY.sub("Kyiv ", text)
        votes = sides.attacker_votes(swapped, fold(swapped), words)
    else:
        votes = sides.attacker_votes(text, ltext, words) if has_side else {"RU": 0, "UA": 0}
    weapons = find_weapons(text, words, ltext)
    if any(w.category == "missile" and w.text[:1] in "rR" for w in weapons) and _MLRS.search(low, *_around(doc, sent)):
        weapons = [replace(w, category="artillery") if w.category == "missile" and w.text.lower().startswith("rocket")
                   else w for w in weapons]  # rockets of a multiple rocket launcher are artillery
    if weapons:
        weapons = clauses.drop_stored(weapons, words, ltext)
    if not cue and weapons and max(votes.values()) < 3 and not _ROLE_OR_CUE.search(low, sent.start, sent.end):
        weapons = []  # "it is the artillery, not the conference table, that shapes the war"
    if weapons and not cue and _SUPPLY.search(ltext):
        weapons = []  # "a military aid package, including 36 howitzers": weapons given, not fired
    if weapons and not any(votes.values()):
        hinted = {sides.model_side(w.model) for w in weapons if w.model}
        if len(hinted) == 1 and None not in hinted:
            votes = {"RU": 0, "UA": 0} | {str(hinted.pop()): 1}  # "two Kh-22 missiles hit the mall": Russia's
    fact = Fact(sent.index, start, end, "weak", votes, source)
    for w in weapons:
        fact.categories.setdefault(w.category, w.model)
        if w.model and not fact.categories[w.category]:
            fact.categories[w.category] = w.model
    harm_words = not _HARM_WORDS.isdisjoint(words)
    down = not _DOWN_WORDS.isdisjoint(words)
    nums = find_numbers(ltext) if weapons or harm_words or down else []
    one = weapons and not nums and _A_WORD.search(ltext) is not None  # "a missile struck ...": a count of one
    fact.counts = counts.find_counts(text, weapons, nums, ltext) if weapons and nums or one else []  # clause offsets
    if not weapons and down and (nums or not _ZERO_WORDS.isdisjoint(words)):
        # "...; neither was shot down", "..., while two others were shot down", "Sixty-one were shot down"
        earlier = _earlier_weapon(doc, sent, start)
        fact.counts = counts.find_counts(text, [], nums, ltext, earlier) if nums and earlier else []
        fact.counts += counts.none_intercepted(ltext, weapons, earlier)
        for c in fact.counts:
            fact.categories.setdefault(c.category, c.model)
    elif not fact.counts and down and not _ZERO_WORDS.isdisjoint(words):
        fact.counts = counts.none_intercepted(ltext, weapons)
    fact.loose = bool(weapons) and "being shelled" in ltext and ltext.lstrip()[:1] == '"' and all(
        w.text.lower() == "shelled" for w in weapons)  # '"Mykolaiv is being shelled massively," he wrote'
    fact.fpv = "fpv" in ltext
    fact.refers = "attack" in ltext or "strike" in ltext
    fact.casualties = counts.find_casualties(text, nums, ltext) if harm_words else []
    debris = "debris" in words or "fragments" in words or "wreckage" in words
    if not cue and not fact.categories and not fact.casualties and not debris and _OUTAGE.search(ltext) is None:
        return None  # ``_level`` would say None whatever the clause's targets and places: spare their scans
    fact.sites = counts.find_sites_hit(text) if "locations" in words or "sites" in words else None
    fact.claimed = ("claim" in ltext or "insist" in ltext) and _CLAIMED.search(ltext) is not None
    fact.separate = ("separate" in ltext or "another" in ltext) and _SEPARATE.search(ltext) is not None or (
        start - floor < 4 and _SECOND.match(ltext) is not None)
    fact.apart = _APART.match(ltext) is not None
    fact.same_night = fact.separate and "same night" in ltext
    fact.summary = ("past" in ltext or "last" in ltext or "previous" in ltext) and _SUMMARY.search(ltext) is not None
    fact.many = fact.summary and _MANY.search(ltext) is not None
    aim = fact.claimed and _AIM.search(ltext) is not None or (  # a claimed aim, not a claimed hit
        ", not " in ltext and _MILITARY_NOT.search(ltext) is not None)  # "targeted military sites, not grain"
    fact.targets = [] if aim else find_targets(text, words, ltext)
    if fact.targets and _RHETORIC.search(ltext):  # "denounced strikes on civilian infrastructure", "vile, targeting .."
        fact.targets = [t for t in fact.targets if not t.text.lower().startswith(("civilian infra", "civil infra"))]
    if "airspace" in words and not (fact.targets or fact.casualties) and _AIRSPACE.search(ltext) \
            and not _STRIKE_VERB.search(ltext):
        return None  # "a cruise missile violated Polish airspace near the village of X": no place hit
    fact.places = where.places(doc, low, index, span, floor)
    if asides:
        fact.places = [p for p in fact.places if not any(a <= p[0].start - start < b for a, b in asides)]
        fact.asides = tuple((a + start, b + start) for a, b in asides)
    level = _level(fact, cue, strong_noun, ltext)
    if level is None and debris and fact.places:
        level = "weak"  # "Fragments fell on a military facility near Karachev": where the wave came down
    if level is None:
        return None
    if level == "strong" and "after" in ltext and not (fact.counts or fact.casualties) and _BACK_REFERENCE.match(ltext):
        level = "weak"  # a back-reference with no figures of its own tells of no new strike
        fact.places = []  # ("a day after delegations met in Florida": no place of this strike)
    fact.level = level
    absolute(fact, start)
    countries = {m.place.country for m, _, _ in fact.places if m.place.country and not _occupied(low, m)}
    if len(countries) == 1:
        fact.place_vote = "UA" if countries == {"RU"} else "RU"
        fact.votes[fact.place_vote] += 1
    return fact


def _around(doc: Doc, sent: Sentence) -> tuple[int, int]:
    """The body span of a sentence and its neighbours ("came under rocket fire. ... Uragan launchers pounded")."""
    n = len(doc.sentences)
    return doc.sentences[max(0, sent.index - 1)].start, doc.sentences[min(n - 1, sent.index + 1)].end


def _earlier_weapon(doc: Doc, sent: Sentence, start: int) -> WeaponMention | None:
    """The weapon last named before body offset ``start``: earlier in the sentence, else in the sentence
    before ("Russia launched 103 drones. Sixty-one were shot down")."""
    earlier = find_weapons(doc.text[sent.start : start]) if start > sent.start else []
    if not earlier and sent.index > 0 and start - sent.start < 8:
        prev = doc.sentences[sent.index - 1]
        earlier = find_weapons(doc.text[prev.start : prev.end])
    return earlier[-1] if earlier else None


# ", and a warehouse in Lviv.": the last item of a list of things hit, not a clause of its own
_LIST_TAIL = re.compile(r"(?:a|an|the|several|some|two|three|four|five|\d+)\s+[^,;]{1,80}$")


def _read_clauses(doc: Doc, low: str, index: where.PlaceIndex, sent: Sentence, spans: list[tuple[int, int]],
                  floor: int, clean: str | None) -> list[Fact]:
    """The facts of a sentence's clauses; a list's last item cut off at ", and" is read with the clause before."""
    facts: list[Fact] = []
    last: Fact | None = None
    for start, end in spans:
        fact = _read_clause(doc, low, index, sent, (start, end), floor, clean)
        if fact is None and last is not None and last.end <= start and last is facts[-1] and low[
                last.end : start].startswith(", and") and _LIST_TAIL.match(low, start, end):
            merged = _read_clause(doc, low, index, sent, (last.start, end), floor, clean)
            if merged is not None and len(merged.targets) > len(last.targets):
                facts[-1] = last = merged
            continue
        if fact is not None and last is not None and last is facts[-1] and last.counts and fact.counts and low[
                last.end : start].startswith(", and") and not counts.has_role_verb(low, start, end):
            role = last.counts[0].role  # "shot down 81 missiles, including 11 Kalibrs, and 80 drones": shot down
            fact.counts = [replace(c, role=role) if c.role == "launched" else c for c in fact.counts]
        if fact is not None:
            facts.append(fact)
        last = fact
    return facts


def _occupied(low: str, m: Mention) -> bool:
    """Crimea, or a place called occupied: its country says nothing about who struck it."""
    return m.place.admin1 == "Crimea" or m.place.name == "Crimea" or "occupied" in low[max(0, m.start - 24) : m.start]


def read_facts(doc: Doc) -> list[Fact]:
    """Every strike fact in the article, in text order."""
    out: list[Fact] = []
    low = fold(doc.text)
    index = where.PlaceIndex(doc)
    seen: dict[int, list[DateRef]] = {}
    clean = sides.word_spaces(low)
    tally = -2  # the sentence of the last day's tally over many settlements
    for sent in doc.sentences:
        words = sides.words_in(low, clean, sent.start, sent.end)
        if _STRIKE_WORDS.isdisjoint(words) or sides.is_background(sent.text, words):
            continue
        dl = _DATELINE.match(sent.text)
        floor = sent.start + (dl.end() if dl else 0)
        spans = clauses.split(sent, low, floor - sent.start)
        facts = _read_clauses(doc, low, index, sent, spans, floor, clean)
        if not facts:
            continue
        refs = where.sentence_dates(doc, low, sent, floor, words)
        if floor == sent.start:
            seen[sent.index] = refs
        when.date_facts(doc, low, facts, spans, refs)
        if "same" in words or "during" in words:
            when.same_time(doc, low, facts, sent, seen, clean)
        if len(facts) == 1 and not facts[0].places and facts[0].level != "outage":
            back = when.RELATIVE_DAY.search(low, facts[0].end, sent.end) if "day" in words else None
            facts[0].places = where.places(doc, low, index, (sent.start, back.start() if back else sent.end), floor)
            # (not "The strike came a day after delegations met in Florida")
        for fact in facts if "city" in words else ():
            the_city = None if fact.places or not (fact.level == "strong" or fact.targets) else _THE_CITY.search(
                low, fact.start, fact.end)  # "Kyiv's mayor said an energy facility in the city was damaged"
            if the_city and fact.level == "strong":
                fact.places = where.city_before(index, fact.start)
            elif the_city:  # a detail: only a city named earlier in its own sentence
                fact.places = [p for p in where.city_before(index, the_city.start()) if p[0].start >= sent.start]
        for fact in facts if "district" in words else ():
            if not fact.places and fact.level == "strong" and _IN_DISTRICT.search(doc.text, fact.start, fact.end):
                near = doc.sentences[max(0, sent.index - 2)].start  # "a shell struck a house in the Dniprovskyi
                fact.places = [p for p in where.city_before(index, fact.start) if p[0].start >= near]  # district"
        if ("others" in words or "more" in words) and len(facts) > 1:
            clauses.hits_are_a_part(low, facts)
        for fact in facts if tally == sent.index - 1 else ():
            if not fact.date and not fact.counts and fact.level == "strong" and len(fact.places) >= 2:
                fact.summary = True  # "... 612 strikes on 17 settlements. X, Y and Z came under artillery fire"
        if any(f.many and not f.date for f in facts):  # (a dated tally opens the day's wave: its details join it)
            tally = sent.index
        out.extend(facts)
    return out

