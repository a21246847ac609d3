"""Who attacked, who reports, and whether a clause tells of a real strike at all.

Input: one clause of normalised text. Output: attacker votes {"RU": n, "UA": n}, the side of the source
("Russia's defence ministry said" -> "RU"), and the clause's cues (strike signal, background).

Votes, strongest first: the subject of an attack verb ("Kyiv launched", "Russia has attacked") or its
agent ("fired overnight by Ukraine") or a side adjective on the weapon ("Russian drones", "Russia-launched
missiles") = 3; the subject of an intercept verb with a weapon object ("Russia downed 47 drones",
"Ukrainian air defences intercepted 585 drones") votes 2 for the other side; the direction ("at Russian
territory", "on Ukraine") votes 1 for the other side.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from service.extract.strike_counts import INTERCEPT
from service.nlp.numbers import fold
from service.nlp.weapons import wordset

_RU = r"Russia(?:'s)?|Russians?|Moscow(?:'s)?|(?:the\s+)?Kremlin|Russia-launched|Russian-launched|occupiers|invaders"
_UA = r"Ukraine(?:'s)?|Ukrainians?|Kyiv(?:'s)?|Kiev(?:'s)?|(?:the\s+)?SBU|Ukraine-launched|Ukrainian-launched"
_ANY_SIDE = rf"(?:{_RU}|{_UA})\b"
# A side as the subject of a verb: the bare name, or a possessive/adjective with a military noun
# ("Russia's defence ministry", "Ukrainian air defences") -- not "Russia's southern Rostov region".
_FORCE = (
    r"(?:[\w-]+\s+)?(?i:forces|troops|army|military|air\s+force|aviation|navy|fleet|armed\s+forces|"
    r"defen[cs]e\s+(?:ministry|forces)|ministry\s+of\s+defen[cs]e|units|drones|missiles|warplanes|jets|bombers|"
    r"artillery|air\s+defen[cs]es?|pilots|military\s+intelligence|security\s+service|General\s+Staff|"
    r"(?:operational\s+)?command)"
)
_SUBJ_SIDE = (
    rf"(?:(?P<ru>(?:Russia|Moscow)(?!'s)\b|(?:the\s+)?Kremlin|Russians|(?:Russia's|Russian|Moscow's)\s+{_FORCE}|"
    rf"occupiers|invaders|enemy(?:\s+{_FORCE})?)|(?P<ua>(?:Ukraine|Kyiv|Kiev)(?!'s)\b|Ukrainians|(?:the\s+)?SBU|"
    rf"(?:Ukraine's|Ukrainian|Kyiv's)\s+{_FORCE}))"
)
_SIDE = rf"(?:(?P<ru>{_RU})|(?P<ua>{_UA}))"
_ATTACK_V = (
    r"launch(?:ed|es|ing)?|fired|fires|firing|attack(?:ed|ing)|struck|strikes|striking|hit|hits|hitting|"
    r"target(?:ed|ing)|"
    r"shell(?:ed|ing)|pound(?:ed|ing)|bomb(?:ed|ing)|bombard(?:ed|ing)|unleash(?:ed|es|ing)?|used|uses|using|"
    r"sent|sends|carried\s+out|conducted|dropped|pummel(?:l)?(?:ed|ing)|hammer(?:ed|ing)|batter(?:ed|ing)|"
    r"rained|damaged|destroy(?:ed|ing)|sank|sunk|sinking|(?:was|were|is|are|been)\s+behind\s+(?:the|this|these|that|"
    r"those|an?)\s+(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|explosions?|blasts?|raids?)"  # "Kyiv was behind the attack"
)
_REPORT = (
    r"said|says|saying|told|reported|reports|claimed|claims|stated|added|noted|according|announced|confirmed|"
    r"accused|alleged"
)
_WEAPON_HEAD = (  # over case-folded text
    r"(?:drones?|uavs?|missiles?|rockets?|shaheds?|gerans?|bombs?|decoys|projectiles|kalibrs?|kinzhals?|"
    r"iskanders?|kh-\d+|atacms|aircraft\s+missiles|cruise|ballistic|attack\s+drones?)"
)
_TOKEN = rf"(?:\s+(?!{_ANY_SIDE}|(?:{_REPORT})\b)[\w'-]+,?){{0,5}}?"
_SUBJECT = re.compile(
    rf"\b{_SUBJ_SIDE}{_TOKEN}\s+(?:(?:has|have|had|also|then|again)\s+)*(?P<v>{_ATTACK_V}|{INTERCEPT})\b"
)
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are|be)\s+$")
_REPORT_WORDS = frozenset(_REPORT.split("|"))
_IT_WORDS = frozenset(("it", "they", "its"))
_SUBJECT_SAID = re.compile(
    rf"\b{_SUBJ_SIDE}(?:\s+(?!{_ANY_SIDE})[\w'-]+){{0,4}}?\s+(?:{_REPORT})(?:\s+on\s+\w+|\s+\w+day)?\s+(?:that\s+)?"
    rf"(?:it|they|its\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:(?:had|has|have|also|again|then)\s+)*(?P<v>{_ATTACK_V}|{INTERCEPT})\b"
)
_AGENT = re.compile(rf"\b(?:{_ATTACK_V})(?:\s+[\w-]+){{0,3}}?\s+by\s+(?:the\s+)?{_SIDE}")
_ADJ = re.compile(
    rf"\b(?:(?P<ru>Russian|Russia-launched|Russian-launched|Russia's|Moscow's|enemy)|"
    rf"(?P<ua>Ukrainian|Ukraine-launched|Ukrainian-launched|Ukraine's|Kyiv's))\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?i:{_WEAPON_HEAD}|attacks?|strikes?|air\s?strikes?|shelling|bombardments?|barrages?|artillery|"
    rf"aerial\s+\w+)\b"
)
# "34 Russian officers, including a commander, were killed": the other side struck
_VICTIMS = re.compile(r"(?:(?P<ru>Russian)|(?P<ua>Ukrainian))\s+(?:[\w-]+\s+)?(?:officers|soldiers|troops|servicemen|"
                      r"sailors|marines|pilots|personnel|occupiers)(?:,[^,;.]{1,60},)?\s+(?:were|had\s+been|have\s+"
                      r"been)\s+(?:\w+\s+)?(?:killed|wounded|injured)\b")
_DIRECTION_BEFORE = re.compile(
    r"\b(?:at|on|against|into|across|over|in|hit|struck|sank|sunk|targeted|attacked|damaged)\s+(?:the\s+|a\s+|an\s+)?$")
_DIRECTION = re.compile(  # matched where a side word starts, after _DIRECTION_BEFORE
    r"(?:(?P<ru>Russia\b|Russian\s+(?:territory|"
    r"regions?|soil|cities|border|oil|energy|military|air\s?base|airbase|airfield|refiner\w+|city|town|"
    r"planes|aircraft|(?:[\w-]+\s+){0,2}?(?:ships?|warships?|vessels?|frigates?|corvettes?|submarines?|"
    r"boats?)\b))|(?P<ua>Ukraine\b|Ukrainian\s+(?:territory|regions?|soil|cities|towns|energy|capital|"
    r"city|town|infrastructure)))"
)
# "missiles fired from bombers flying over Russia's Kursk region": where the launchers were, not the target
_LAUNCH_OVER = re.compile(
    r"\b(?:flying|flew|fly|flies|operating|patrolling|positioned|stationed)\s+(?:over|above|in)\s+(?:the\s+)?$")
_DEFENDER_BODY = re.compile(
    r"\b(?:(?P<ru>russia's|russian)|(?P<ua>ukraine's|ukrainian))\s+(?:air\s+force|air\s+defen[cs]es?|"
    r"defen[cs]e\s+ministry|defen[cs]e\s+forces)\b",
)
_INTERCEPT_RE = re.compile(rf"\b(?:{INTERCEPT})\b")
_WEAPON_OBJECT = re.compile(rf"[^.;]{{0,45}}?\b{_WEAPON_HEAD}")
_SOURCE = (
    re.compile(rf"\baccording\s+to\s+(?:the\s+)?{_SIDE}"),
    re.compile(rf"\b{_SIDE}(?:\s+(?!{_ANY_SIDE})[\w'-]+){{0,3}}?\s+(?:{_REPORT})\b"),
)

_BACKGROUND = re.compile(
    r"\b(?:previously|turned\s+to\s+using|in\s+some\s+of\s+(?:its|their)\s+attacks|in\s+recent\s+(?:days|weeks|"
    r"months)|(?:has|have)\s+(?:intensified|stepped\s+up|escalated|increased)|stepp(?:ed|ing)\s+up|rarely|"
    r"regularly|routinely|frequently|repeatedly|(?:almost|near|nearly)[\s-]daily|(?:shelled|attacked|struck|targeted)\s+daily|every\s+(?:day|night)|nightly|so\s+far\s+this\s+"
    r"year|throughout\s+the\s+war|since\s+the\s+(?:start|beginning)\s+of|since\s+(?:early|mid|late)[- ]\w+|"
    r"since\s+(?:january|february|march|april|may|june|july|august|september|october|november|december|\d{4})|"
    r"over\s+the\s+past\s+(?:weeks|months|year)|(?:has|have)\s+(?:been\s+)?us(?:ed|ing)|has\s+supplied|"
    # "Russia's Defense Ministry did not comment on the Odesa attack": no report of a strike
    r"\b(?:did\s+not|didn't|has\s+not|hasn't|have\s+not|declined\s+to)\s+(?:immediately\s+|yet\s+)?"
    r"(?:comment|respond)\s+on\s+(?:the|this|that|its|their)\s+(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|claims?|"
    r"reports?)(?:\s+(?:on|in|against)\s+[\w'-]+)?(?=\s*(?:[.;]|$))|"
    # "Odesa has been a frequent target of Russian attacks": a general remark
    r"\b(?:frequent|regular|constant|repeated|common|routine|favou?rite)\s+targets?\b|"
    # "disrupted by a months-long campaign of Ukrainian drone strikes on refineries": a habit, not one attack
    r"\b(?:weeks|months|years)-long\s+(?:campaign|barrage|bombardment|shelling|series)\b|"
    # "prices hit records after months of drone attacks", "an emergency due to constant shelling": a cause
    r"\b(?P<cause>after|amid|due\s+to|because\s+of|following)\s+(?:(?:days|weeks|months|years)\s+of|constant|"
    r"continuous|incessant|relentless|persistent|repeated|daily|nightly)\s+(?:[\w-]+\s+){0,3}?(?:attacks|"
    r"strikes|shelling|bombardments?)\b|"
    # "The Russian army has shelled the right bank from the left bank since retreating from the city": habitual
    r"(?:has|have)\s+(?:been\s+)?(?:shell|attack|strik|struck|pound|bomb|target)\w*\b[^.;]{0,120}?\bsince\s+"
    r"(?:retreating|withdrawing|pulling\s+out|its\s+(?:retreat|withdrawal))\b|"
    r"(?P<period>this\s+(?:week|month|year)|(?:last|past)\s+(?:week|month|year)|so\s+far|to\s+date|on\s+average|"
    r"per\s+night|each\s+night)|"
    # "Moscow says it strikes only military targets", "Russia denies targeting civilians": boilerplate
    r"(?:says|insists|maintains|denies)\s+(?:that\s+)?(?:it|its\s+forces)\s+(?:only\s+)?(?:strikes?|targets?|hits?|"
    r"attacks?)\s+(?:only\s+)?(?:military|legitimate)|(?:denies|denied|deny|denying)\s+(?:deliberately\s+)?"
    r"(?:targeting|attacking|striking)\s+civilians)\b",
)
_SUPERLATIVE = re.compile(r"\b(?:largest|biggest|heaviest|deadliest|worst|most|first|record|major|massive)\b")
_GROUND = re.compile(
    r"\b(?:cross-border|incursion|counter-?offensive|offensive|ground\s+(?:attack|assault|operation)|"
    r"assaults?|storm(?:ed|ing)|advanc\w+|captur\w+|seiz\w+|liberat\w+|encircl\w+|surround(?:ed|ing)|positions|front\s?lines?|"
    r"repel(?:led|ling|s)?\s+(?:[\w-]+\s+){0,3}?(?:attacks|assaults)|attacks?\s+(?:had\s+been|has\s+been|was|were)\s+repelled|push(?:ed|ing|es)?\s+(?:further|deeper|toward|towards)|counter-?attack\w*|"
    r"fighting|battles?|clashes|locali[sz]ed\s+attacks|"
    # the General Staff's "In the Huliaipole direction, Russian troops attacked 19 times near X"
    r"in\s+the\s+[\w-]+\s+direction|attack(?:ed|s)?\s+(?:[\w-]+\s+){0,2}?times)\b",
)
_STRONG_NOUN = re.compile(
    r"\b(?:(?:air|aerial|drone|missile|rocket|overnight|massive|combined|large-scale|night(?:time)?)\s+"
    r"(?:attacks?|strikes?|assault|bombardments?|barrages?|raids?|onslaught)|air\s?strikes?|air-strikes?|"
    r"bombardments?|barrages?|shelling|shelled)\b",
)
_STRONG_GATE = ("attack", "strike", "assault", "bombard", "barrage", "raid", "onslaught", "shell")  # in every match
# Every _ATTACK_CUE match holds one of these words, or one of these stems.
_CUE_WORDS = wordset(
    "attack attacks strike strikes struck hit hits hitting attacked targeted targets launched fired explosion "
    "explosions blast blasts ablaze fire collapsed blown blow into ruins rubble wreckage sank sunk sinking down downed "
    "downing knocked suppressed jammed pounded pounding battered battering hammered hammering landed")
_CUE_STEMS = ("damag", "destroy", "obliterat", "smoulder", "neutrali", "intercept", "repel", "eliminat", "pummel")
_ATTACK_CUE = re.compile(
    rf"\b(?:attacks?|strikes?|struck|(?:hit|hits|hitting)(?!\s+(?:an?\s+)?(?:new\s+)?(?:record|all-time|peak|"
    rf"(?:[\w-]+\s+)?(?:highs?|lows?)(?![\w-])))|attacked|targeted|targets|launched|(?<!-)fired|explosions?|"
    rf"blasts?|damag\w+|destroy\w*|obliterat\w+|ablaze|caught\s+fire|fire\s+broke\s+out|smoulder\w*|"
    rf"collapsed|blown\s+out|(?:main|heaviest|brunt\s+of\s+the)\s+blow\s+(?:fell|landed)\s+on|"
    rf"under\s+(?:[\w-]+\s+){{0,2}}fire|(?:slamm|crash|smash|plough|plow)(?:ed|ing)\s+into|"
    rf"(?:ruins|rubble|wreckage)\s+of|sank|sunk|sinking|pound(?:ed|ing)|pummel(?:l)?(?:ed|ing)|batter(?:ed|ing)|"
    rf"hammer(?:ed|ing)|{INTERCEPT}|"  # "a missile landed next to a playground": an impact
    rf"(?:missile|drone|rocket|shell|bomb)s?\s+(?:also\s+)?landed\s+(?:on|in|near|next\s+to|close\s+to|beside))\b",
)


_BACKGROUND_WORDS = wordset(
    "previously turned some recent intensified stepped stepping escalated increased rarely regularly routinely "
    "frequently repeatedly daily every nightly far throughout since past used using supplied this last date "
    "average per each says insists maintains denies denied deny denying target targets comment respond "
    "after amid due because following daily long"
)
# Where a side word may start: every side pattern above is tried only at these offsets.
_SIDE_AT = re.compile(r"\b(?:Russia|Moscow|Kremlin|Ukrain|Kyiv|Kiev|SBU|occupiers|invaders|enemy)")
# The same scan without a leading ``\b`` (which keeps ``re`` from skipping ahead to a first letter): the word
# start is checked by a look-behind after the first letter. Without "occupiers", "invaders" or "enemy" in the
# text only the capitalised words can match, and ``re`` skips to R, M, K, U, S at C speed (about 4x faster).
_SIDE_AT_UPPER = re.compile(r"(?:R(?<!\w.)ussia|M(?<!\w.)oscow|K(?<!\w.)(?:remlin|yiv|iev)|U(?<!\w.)krain|S(?<!\w.)BU)")
_LOWER_SIDE_WORDS = ("occupiers", "invaders", "enemy")


def side_words(clause: str) -> Iterator[re.Match[str]]:
    """``_SIDE_AT.finditer(clause)``: where a side word may start."""
    if any(w in clause for w in _LOWER_SIDE_WORDS):
        return _SIDE_AT.finditer(clause)
    return _SIDE_AT_UPPER.finditer(clause)




# Models only one side fires: a weak hint of the attacker when no side is named
MODEL_SIDE: dict[str, str] = {
    "Shahed": "RU", "Geran-2": "RU", "Lancet": "RU", "Gerbera": "RU", "Iskander-K": "RU", "Iskander-M": "RU",
    "Kalibr": "RU", "Kinzhal": "RU", "KN-23": "RU", "Oniks": "RU", "Zircon": "RU", "Oreshnik": "RU",
    "UMPB-D30": "RU", "KAB": "RU", "FAB": "RU", "Lyutyi": "UA", "ATACMS": "UA", "Storm Shadow": "UA",
    "SCALP": "UA", "Neptune": "UA", "Flamingo": "UA",
}


def model_side(model: str | None) -> str | None:
    """The side that fires a model ("Kalibr" -> "RU", "Kh-101" -> "RU", "ATACMS" -> "UA"), else None."""
    if not model:
        return None
    return MODEL_SIDE.get(model) or ("RU" if model.startswith("Kh-") else None)


def _side(m: re.Match[str]) -> str:
    return "RU" if m.group("ru") else "UA"


def _other(side: str) -> str:
    return "UA" if side == "RU" else "RU"


def attacker_votes(clause: str, low: str | None = None, words: set[str] | None = None) -> dict[str, int]:
    """Votes for the attacking side in one clause (see the module docstring). ``words``: the clause's
    case-folded words, if the caller has them (_SUBJECT_SAID needs a report verb and "it"/"they"/"its")."""
    votes = {"RU": 0, "UA": 0}
    said = words is None or not (_REPORT_WORDS.isdisjoint(words) or _IT_WORDS.isdisjoint(words))
    subjects = (_SUBJECT, _SUBJECT_SAID) if said else (_SUBJECT,)
    low = fold(clause) if low is None else low  # ``low``: fold(clause) if the caller has it
    intercept: bool | None = None  # does the clause have an intercept verb? (scanned only when needed)
    for at in side_words(clause):
        p = at.start()
        governed = _DIRECTION_BEFORE.search(low, max(0, p - 14), p) is not None  # "attack on Russia": no subject
        for pattern in () if governed else subjects:
            m = pattern.match(clause, p)
            if m is None:
                continue
            verb = low[m.start("v") : m.end("v")]
            if _PASSIVE_BEFORE.search(low, max(0, m.start("v") - 12), m.start("v")):
                votes[_other(_side(m))] += 1  # "Kyiv was hit by ...", "Russia was attacked by ...": the target
                continue
            if _INTERCEPT_RE.fullmatch(verb) and _WEAPON_OBJECT.match(low, m.end()):
                votes[_other(_side(m))] += 2  # "Russia downed 47 drones": Russia defends
            elif not _INTERCEPT_RE.fullmatch(verb) or verb.startswith("destroy"):
                votes[_side(m)] += 3
        m = _ADJ.match(clause, p) or _VICTIMS.match(clause, p)
        if m:
            votes[_side(m) if m.re is _ADJ else _other(_side(m))] += 3 if m.re is _ADJ else 2
        m = _DIRECTION.match(clause, p)
        if m and _DIRECTION_BEFORE.search(low, max(0, p - 14), p) and not _LAUNCH_OVER.search(
                low, max(0, p - 24), p):
            votes[_other(_side(m))] += 1
        m = _DEFENDER_BODY.match(low, p)
        if m and intercept is None:
            intercept = _INTERCEPT_RE.search(low) is not None
        if m and intercept:
            votes[_other(_side(m))] += 1
    if " by " in low:
        for m in _AGENT.finditer(clause):
            votes[_side(m)] += 3
    return votes


def source_side(clause: str) -> str | None:
    """The side whose statement the clause reports ("according to Russia's defence ministry" -> "RU")."""
    for at in side_words(clause):
        m = _SOURCE[1].match(clause, at.start())
        if m:
            break
    else:
        m = None
    if "according" in clause:
        first = _SOURCE[0].search(clause)
        if first and (m is None or first.start() < m.start()):
            m = first
    return _side(m) if m else None


def is_background(sentence: str, words: set[str] | None = None) -> bool:
    """A general remark, not a report of one attack ("Since mid-March, Russia has intensified ...").

    ``words``: the sentence's case-folded words if the caller has them (a cheap early exit).
    """
    if words is not None and _BACKGROUND_WORDS.isdisjoint(words):
        return False
    low = fold(sentence)
    m = _BACKGROUND.search(low)
    if m is None or m.group("cause") and m.start() < 3:
        return False  # "After weeks of shelling, a missile hit ...": the habit leads to the report
    # "the largest attack since the war began / this year" is about this attack
    periodic = m.group(0).startswith("since") or m.group("period") is not None
    return not (periodic and _SUPERLATIVE.search(low, 0, m.start()))


def strike_cues(clause: str, low: str | None = None, words: set[str] | None = None) -> tuple[bool, bool]:
    """(any attack cue, a strong strike noun) in the clause; ground-combat wording cancels a bare cue.
    ``words``: the clause's case-folded words, if the caller has them (a gate before the cue scan)."""
    low = fold(clause) if low is None else low
    strong = any(w in low for w in _STRONG_GATE) and _STRONG_NOUN.search(low) is not None
    cue = strong or (words is None or not _CUE_WORDS.isdisjoint(words) or any(w in low for w in _CUE_STEMS)) \
        and _ATTACK_CUE.search(low) is not None
    if cue and not strong and _GROUND.search(low):
        return False, False
    return cue, strong


_WORD = re.compile(r"[a-z0-9]+")
_KEEP_WORD = bytes(c if chr(c) in "abcdefghijklmnopqrstuvwxyz0123456789" else 32 for c in range(256))


def word_spaces(low: str) -> str | None:
    """Case-folded ``low`` with every character but [a-z0-9] made a space, for ``words_in`` (ASCII text
    only; else None). One C-speed pass over the article instead of a regex scan per sentence and clause."""
    return low.encode("ascii").translate(_KEEP_WORD).decode("ascii") if low.isascii() else None


def words_in(low: str, spaced: str | None, start: int, end: int) -> set[str]:
    """The set of [a-z0-9]+ words of low[start:end]; ``spaced``: ``word_spaces(low)`` (or None)."""
    return set(spaced[start:end].split()) if spaced is not None else set(_WORD.findall(low, start, end))
