"""Casualties and sites hit of one strike clause, in the words of wire reporting.

``find_casualties(clause) -> list[Casualty]``: "killing at least four", "injuring eight people", "The attack
injured four", "one person was killed", "another was injured", "killed a woman", "no casualties" / "nobody
was hurt" / "no one was injured" -> 0 and 0; "aged 54 and 61" is no count; "the bodies of 24" -> killed.
``find_sites_hit(clause) -> (start, end, n) | None``: "29 locations were hit".
Offsets are relative to the clause; both run in linear time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from service.nlp.numbers import Number, find_numbers, fold

_NOT_PEOPLE_AFTER = re.compile(r"\s*(?:-year|year|percent|%|km|of\s+the\s)")  # "5-year-old", "40 percent"
_AGED = re.compile(r"\baged\s+(?:\d{1,3}(?:\s*,\s*|\s+and\s+|\s+to\s+|\s*-\s*))?$")  # "two men aged 54 and 61"
# "shelling on December 24 killed 10": the day of the month, not a count
_MONTH_BEFORE = re.compile(r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
                           r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+$")
_BODIES = re.compile(r"\bbodies\s+of\s+(?:at\s+least\s+)?$")  # "the bodies of 24 civilians were found"

_PERSON = (
    r"(?:people|persons?|civilians?|residents?|others|children|child|kids|adults|women|woman|men|man|"
    r"teenagers?|boys?|girls?|pensioners?|elderly|rescuers?|medics?|nurses?|doctors?|workers?|employees?|police(?:men|officers)?|"
    r"soldiers|servicemen|investigators|firefighters|journalists?|drivers?|individuals|victims|passengers?|"
    r"officers|troops|occupiers|sailors|marines|crew\s+members|personnel|servicemembers|service\s+members)"
)
_AFTER = re.compile(
    rf"\s*(?:(?:more|other|more\s+people|people|(?:[a-z][\w-]*\s+)?{_PERSON}|of\s+them|in\s+total|in\s+all|"
    rf"including\s+\w+|in\s+[a-z][\w-]*)\s+)"  # "two medical workers in Sloviansk were lightly injured"
    # ", including 15 children,"
    rf"{{0,2}}(?:(?:(?:[a-z][\w-]*\s+)?(?:people|{_PERSON}))?,\s+(?:including|among\s+them)\s+[^,.;()]{{1,40}},\s+)?"
    rf"(?:(?:were|was|have|had|has|are|is|been|reportedly|also|later|confirmed|reported|lightly|slightly|"
    rf"seriously|severely|critically)\s+){{0,3}}(?P<what>killed|dead|died|deaths?|fatalities|lost\s+their\s+lives|"
    rf"injured|wounded|hurt|injuries|hospitali[sz]ed|(?:sustained|suffered|received)\s+(?:\w+\s+)?(?:injuries|wounds)|"
    rf"(?:sought|needed|required|requested)\s+medical\s+(?:help|assistance|attention|care|aid|treatment))\b",
)
# "The driver and two passengers were injured", "a woman and her two children were wounded": one more
_ONE_AND = re.compile(
    r"\b(?:the|a|an)\s+(?:[\w-]+\s+)?(?:driver|man|woman|boy|girl|child|pensioner|resident|mother|father)\s+and\s+"
    r"(?:his\s+|her\s+|their\s+)?$")
_BEFORE = re.compile(
    r"(?P<what>killing|killed|kills|kill|claimed\s+the\s+lives\s+of|death\s+toll\s+(?:\w+\s+){0,2}to|"
    r"wounding|wounded|injuring|injured|injures|injure|hurting|hurt)\s+$",
)
_SINGLE = r"(?:driver|man|woman|child|boy|girl|pensioner|resident|passenger|worker|employee|teenager|guard|farmer)"
# "his wife": one relative ("killing a man and wounding his wife", "his wife was wounded")
_KIN = (r"(?:his|her|their)\s+(?:\d+-year-old\s+)?(?:wife|husband|son|daughter|mother|father|brother|sister|"
        r"grandson|granddaughter|grandmother|grandfather)")
_ONE_PERSON = re.compile(
    rf"\b(?P<what>kill(?:ed|ing|s)?|wound(?:ed|ing|s)?|injur(?:ed|ing|es)?|hurt(?:ing)?)\s+(?:(?:a|an|one)\s+"
    rf"(?:[\w-]+\s+){{0,2}}?{_PERSON}|the\s+(?:[\w-]+\s+)?{_SINGLE}|{_KIN})\b|\b(?:a|an|one)\s+(?:[\w-]+\s+){{0,2}}?{_PERSON}\s+"
    # "one employee of the plant was injured"
    rf"(?:of\s+the\s+[\w-]+\s+)?(?:was\s+|has\s+been\s+|later\s+)?(?P<what2>killed|injured|wounded|hurt|died)\b|"
    # "Two firefighters died, and another was injured": one more person
    rf"\banother\s+(?:(?:[\w-]+\s+)?{_PERSON}\s+)?(?:was\s+|has\s+been\s+|had\s+been\s+|later\s+)"
    rf"(?P<what3>killed|injured|wounded|hurt|died)\b|"
    # "a man was killed and his wife was wounded": one relative
    rf"\b{_KIN}\s+(?:was\s+|were\s+|had\s+been\s+|also\s+)*"
    rf"(?P<what4>killed|injured|wounded|hurt|died)\b",
)
# "later a second victim, a woman, was taken to hospital", "a third person died": that many in all
_NTH = {"second": 2, "third": 3, "fourth": 4, "fifth": 5}
_NTH_PERSON = re.compile(
    r"\b(?:a|the)\s+(?P<n>second|third|fourth|fifth)\s+(?:victim|person|man|woman|child|resident|civilian)\b"
    r"[^.;]{0,40}?\b(?P<what>killed|died|injured|wounded|hurt|hospitali[sz]ed|taken\s+to\s+hospital)\b")
_NEGATED = re.compile(r"\b(?:not|never|no)\b|n't\b")
# "the death toll from Saturday's strike on Sumy rose to 35"
_TOLL = re.compile(
    r"\b(?:death\s+toll|toll|(?P<inj>number\s+of\s+(?:injured|wounded|injuries|people\s+(?:injured|wounded|hurt))|"
    r"injury\s+toll)|number\s+of\s+(?:dead|deaths|victims|people\s+killed))\b[^.;]{0,160}?\b(?:rose|risen|"
    r"climbed|reached|increased|jumped|grew|stands\s+at|stood\s+at|is|was|has\s+risen|had\s+risen)\s+(?:to\s+)?"
    r"(?:at\s+least\s+)?$|\b(?:bringing|taking|raising|pushing)\s+the\s+(?:death\s+)?toll\s+to\s+(?:at\s+least\s+)?$|"
    # "the death toll had risen to nine, and the number of injured to 34"
    r"\b(?:and\s+)?the\s+(?P<inj2>number\s+of\s+(?:injured|wounded|injuries)|injury\s+toll)\s+to\s+(?:at\s+least\s+)?$"
)
_NONE = re.compile(
    r"\bno(?:\s+|(?=-one))(?:(?:immediate\s+)?(?:reports?\s+of\s+)?(?:damage\s+or\s+)?(?P<both>casualties|victims)|"
    r"(?:-?one|people)\s+(?:was|were)\s+(?P<k>killed)|(?:-?one|people)\s+(?:was|were)\s+(?P<i>injured|wounded)|"
    r"(?:-?one|people)\s+(?:was|were)\s+(?P<h>hurt)|"
    r"(?P<i2>injuries)|(?P<k2>deaths|fatalities))|\bwithout\s+(?P<both2>casualties)\b|"
    r"\bnobody\s+(?:was\s+|were\s+|has\s+been\s+)?(?:(?P<k3>killed)|(?P<i3>injured|wounded)|(?P<h2>hurt))\b",
)


@dataclass(frozen=True, slots=True)
class Casualty:
    start: int
    end: int
    kind: str  # "killed" | "injured"
    value: int | float


def _kind(word: str) -> str:
    w = word.lower()
    return "killed" if w.startswith(("kill", "dead", "died", "death", "fatal", "lost", "claimed")) else "injured"


def find_casualties(text: str, numbers: list[Number] | None = None, low: str | None = None) -> list[Casualty]:
    """Casualty figures in one clause ("killing at least four", "no casualties" -> two zeros).

    ``numbers``: ``find_numbers(text)`` if the caller has it already; ``low``: ``fold(text)``, likewise.
    """
    out: list[Casualty] = []
    clause = fold(text) if low is None else low
    for num in find_numbers(clause) if numbers is None else numbers:
        if num.value is None or not isinstance(num.value, int) or num.value > 1_000_000:
            continue
        if clause[max(0, num.start - 3) : num.start] == "no ":
            continue  # "no one was hurt"
        if num.start > 3 and clause[num.start - 1] in " ." and _MONTH_BEFORE.search(clause, max(0, num.start - 11),
                                                                                     num.start):
            continue  # a date
        if "aged" in clause and _AGED.search(clause, max(0, num.start - 20), num.start):
            continue  # an age, not a count
        if "bodies" in clause and _BODIES.search(clause, max(0, num.start - 25), num.start):
            out.append(Casualty(num.start, num.end, "killed", num.value))
            continue
        after = _AFTER.match(clause, num.end)
        before = _BEFORE.search(clause, max(0, num.start - 40), num.start)
        toll = _TOLL.search(clause, max(0, num.start - 230), num.start) if "number" in clause or "toll" in clause \
            else None
        if toll:
            out.append(Casualty(num.start, num.end, "injured" if toll.group("inj") or toll.group("inj2") else "killed",
                                num.value))
        elif after:
            one_more = " and " in clause[max(0, num.start - 40) : num.start] and _ONE_AND.search(
                clause, max(0, num.start - 40), num.start)
            out.append(Casualty(one_more.start() if one_more else num.start, after.end(), _kind(after.group("what")),
                                num.value + 1 if one_more else num.value))
        elif before and not _NOT_PEOPLE_AFTER.match(clause, num.end):
            out.append(Casualty(before.start(), num.end, _kind(before.group("what")), num.value))
    for m in _ONE_PERSON.finditer(clause):
        what = m.group("what") or m.group("what2") or m.group("what3") or m.group("what4")
        out.append(Casualty(m.start(), m.end(), _kind(what), 1))
    if "second" in clause or "third" in clause or "fourth" in clause or "fifth" in clause:
        out += [Casualty(m.start(), m.end(), _kind(m.group("what")), _NTH[m.group("n")])
                for m in _NTH_PERSON.finditer(clause) if not _NEGATED.search(m.group(0))]
    for m in _NONE.finditer(clause):
        if m.group("both") and text[m.end() : m.end() + 4] == " in " and text[m.end() + 4 : m.end() + 5].isupper():
            continue  # "There were no casualties in Oryol Oblast": one region of the wave, not its toll
        if m.group("both") or m.group("both2") or m.group("h") or m.group("h2") or m.group("i") or m.group("i3"):
            out += [Casualty(m.start(), m.end(), "killed", 0), Casualty(m.start(), m.end(), "injured", 0)]
        elif m.group("k") or m.group("k2") or m.group("k3"):
            out.append(Casualty(m.start(), m.end(), "killed", 0))
        else:
            out.append(Casualty(m.start(), m.end(), "injured", 0))
    return out


_SITE_WORD = re.compile(r"\b(?:locations|sites|places)\b")
# Both read backwards from the site word: "... in 37 [different] locations", "29 locations were hit".
_SITES_IN = re.compile(r"\b(?:in|at|on|across)\s+(?P<n>[\w,]{1,12}(?:\s+[\w-]{1,12})?)\s+(?:different\s+)?$")
_SITES_HIT = re.compile(r"\s+(?:were|was|had\s+been|have\s+been)\s+(?:hit|struck|damaged|affected)\b")
_SITES_N = re.compile(r"\b(?P<n>[\w,]{1,12}(?:\s+[\w-]{1,12})?)\s+$")
_DEBRIS = re.compile(r"\b(?:debris|fell|fragments)\b")
_HIT_NEAR = re.compile(r"\b(?:hits?|struck|strikes?|impacts?|hit)\b")


def find_sites_hit(text: str) -> tuple[int, int, int] | None:
    """(start, end, n) for "29 locations were hit" / "hits ... in 37 locations"; debris falls do not count."""
    clause = fold(text)
    for w in _SITE_WORD.finditer(clause):
        lo = max(0, w.start() - 40)
        passive = _SITES_HIT.match(clause, w.end())
        m = _SITES_N.search(clause, lo, w.start()) if passive else _SITES_IN.search(clause, lo, w.start())
        if m is None:
            continue
        nums = find_numbers(m.group("n"))
        if not nums or not isinstance(nums[0].value, int):
            continue
        if not passive:
            lead = clause[max(0, m.start() - 80) : m.start()]
            if not _HIT_NEAR.search(lead) or _DEBRIS.search(lead[-30:]):
                continue
        return m.start(), passive.end() if passive else w.end(), nums[0].value
    return None
