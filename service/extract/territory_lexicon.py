"""Territory lexicon: the verbs and phrases of ground gained, held and lost, and side words.

Small constant tables compiled once at import (no data files). Every pattern has bounded
repetition, so matching is linear in the text's length.

Triggers are matched on the lower-cased text, anchored at a keyword (``Trigger.stems``): a cheap
keyword scan finds the candidate words, and only the rows whose stems begin a candidate word are
tried there. A row:
- status: captured | recaptured | liberated (resolved by the actor's side) | advancing | encircling |
  withdrew | controls
- voice: "act" (the places follow: "captured the village of X"), "pass" (the places precede:
  "X has been captured"), "inv" (the actor is the other side of the subject: "Ukraine's losses
  occurred near X", "Russian troops were pushed out of X")
- weak: True where the verb also has everyday senses ("entered", "reached", "hold"): such a
  trigger needs a side named in its sentence.
- before: context the words before must end with ("has fallen", "troops left", "still hold").
An active participle after a passive auxiliary ("has been liberated") is read as passive.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from service.nlp.text import lower_case_pattern

_ADV = r"(?:also|now|reportedly|finally|fully|completely|already|officially|effectively|just|since|largely)"
_DIR = r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern|wards?)?"
# "Moscow withdrew from the Black Sea grain deal": leaving an agreement is no territorial withdrawal
_NOT_A_DEAL = (r"(?!\s+(?:from|of)\s+(?:the\s+|a\s+|its\s+|their\s+)?(?:[\w'-]+\s+){0,4}(?:deal|agreement|initiative|"
               r"treaty|accord|pact|talks|negotiations|convention|arrangement|programme|program)\b)")
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"


@dataclass(frozen=True, slots=True)
class Trigger:
    pattern: re.Pattern[str]
    status: str
    voice: str
    weak: bool
    stems: tuple[str, ...]
    before: re.Pattern[str] | None = None


def _t(pattern: str, status: str, voice: str, stems: str, before: str | None = None, weak: bool = False) -> Trigger:
    return Trigger(re.compile(pattern), status, voice, weak, tuple(stems.split()),
                   re.compile(before + r"$") if before else None)


# "has been" / "was" / "are being" (+ adverbs) right before a participle: a passive
PASS_AUX = re.compile(
    rf"(?:(?:has|have|had)\s+(?:{_ADV}\s+){{0,2}}been|(?:was|were|is|are)(?:\s+being)?)\s+[\"']?"
    rf"(?:(?:{_ADV}|nearly|almost|partially|practically|virtually)\s+){{0,3}}[\"']?$"  # "is now almost completely"
)
_PARTICIPLES = (
    "captured seized overrun liberated cleared recaptured retaken regained deoccupied de-occupied encircled "
    "surrounded semi-encircled abandoned"
)
PARTICIPLES = frozenset(_PARTICIPLES.split())
TRIGGERS: tuple[Trigger, ...] = (
    # passive-only participles: "Pokrovsk and Vovchansk had also been taken"
    _t(r"(?:taken|occupied)\b(?!\s+(?:by\s+surprise|aback|place|part|hostage|prisoner))", "captured",
       "pass", "taken occupied", PASS_AUX.pattern[:-1]),
    _t(r"cleared\b", "liberated", "pass", "cleared", PASS_AUX.pattern[:-1]),
    # "more than 1,100 square kilometres had been freed", "the village of X was freed"; not freed prisoners
    _t(r"freed\b(?!\s+(?:from\s+captivity|in\s+(?:a|an|the)\s+(?:prisoner|swap|exchange)))", "liberated", "pass",
       "freed", PASS_AUX.pattern[:-1]),
    # "the brigade cleared the village of X of Russian troops"
    _t(r"cleared\b(?=\s+(?:the\s+(?:village|town|city|settlement)\s+of\s+)?(?!(?:most|some|all|many|several|much|part|"
       r"parts|rest|remnants|remaining|pockets|dozens|hundreds)\b)[\w'-]+(?:\s+[\w'-]+){0,2}\s+of\s+(?:the\s+)?"
       r"(?:russian|ukrainian|enemy|occupiers|invaders))", "liberated", "act", "cleared"),
    # "the counteroffensive cleared about 160 square kilometres"
    _t(r"cleared\b(?=\s+(?:(?:about|around|some|nearly|almost|roughly|over|more\s+than)\s+)?[\d.,]+\s*(?:square|sq|km))",
       "liberated", "act", "cleared"),
    _t(r"fallen\b(?!\s+back\b)", "captured", "pass", "fallen", rf"(?:has|have|had)\s+(?:{_ADV}\s+)?"),
    # "fell to Russian forces", "fell on Saturday", "fell in May"; not "debris fell on a house"
    _t(rf"fell\b(?=\s+(?:to|under|into)\b|\s*[,.;]|\s+(?:last|after|this)\b|\s+on\s+(?:{_WEEKDAY}|{_MONTH}|\d)|"
       rf"\s+in\s+(?:{_MONTH}|\d{{4}}\b|early|mid|late))", "captured", "pass", "fell"),
    _t(r"under\s+(?:(?:full|complete|effective|total)\s+)?(?:russian|ukrainian|moscow's|kyiv's|russia's|"
       r"ukraine's)\s+(?:military\s+)?control", "controls", "pass", "under"),
    # gains of the other side, told from the loser's side
    _t(r"(?:territorial\s+)?losses\s+(?:[\w,]+\s+){0,4}(?:occurred|were\s+(?:recorded|reported)|came|"
       r"took\s+place)", "advancing", "inv", "losses territorial"),
    _t(r"lost\s+(?:control\s+(?:of|over)|the\s+(?:village|town|city|settlement)s?\s+of)|loss\s+of\b", "captured", "inv",
       "lost loss"),
    # active / nominal: places follow
    _t(r"(?:took|taken|takes|taking|take|gained|gain|gains|gaining|seized|seizing|established|assumed|"
       r"assumes?|wrested|wrest|claimed|claims|claiming)\s+[\"']?(?:full\s+|complete\s+|effective\s+|total\s+)?"
       r"control[\"']?\s+(?:of|over)", "captured", "act",
       "took taken takes taking take gain seiz establish assum wrest claim"),
    # "regained control of X", "had restored \"full control\" over the village"
    _t(r"(?:re-?gain(?:ed|s|ing)?|re-?establish(?:ed|es|ing)?|restor(?:ed|es|ing|e))\s+[\"']?(?:full\s+|complete\s+)?"
       r"control[\"']?\s+(?:of|over)", "recaptured", "act", "regain re-gain reestablish re-establish restor"),
    _t(r"recaptur(?:ed|es|ing|e)\b|re-?took\b|re-?taken\b|re-?tak(?:es|ing)\b|regain(?:ed|s|ing)?\b|"
       r"(?:won|win|winning|wins)\s+back\b|reclaim(?:ed|s|ing)?\b|de-?occup(?:ied|y|ying|ation)\b",
       "recaptured", "act", "recaptur retook re-took retak re-tak regain won win reclaim deoccup de-occup"),
    _t(r"(?:pushed|pushing|push|pushes|drove|driven|drive|driving|expelled|expel|ousted|oust|kicked|forced(?!\s+to\b)|"
       r"threw|thrown)\s+(?:[\w']+\s+){0,3}(?:out[\"']?\s+of|back[\"']?\s+from|from)\b", "captured", "act",
       "push drove driv expel oust kick forc threw thrown"),
    _t(r"(?:captur|seiz)(?:ed|es|ing|e|ure)\b|overr(?:an|un)\b|conquer(?:ed|s|ing)?\b|"
       r"(?:took|takes|taking|taken)\b(?!\s+(?:[\w-]+\s+)?(?:losses|casualties|prisoners?|hostages?|steps?|"
       r"measures?|action|part|place))(?!\s+(?:off|office|note|aim|time|over\s+as|"
       # "took over the rotating presidency": an office assumed, no ground taken
       r"over\s+(?:[\w-]+\s+){0,3}(?:presidency|chairmanship|chair|helm|leadership|post|role|duties)\b|"
       r"years?|months?|weeks?|days?|hours?|responsibility|a\s+toll|its\s+toll|shelter|cover|the\s+lead|"
       # "the camp takes in about 120 children": people received, no ground taken
       r"in\s+(?:about|around|some|roughly|nearly|over|more|up|\d|dozens|hundreds|thousands|children|refugees|"
       r"people|families|evacuees|displaced|orphans)))|"
       r"gain(?:ed|s|ing)?\b(?!\s+(?:ground|control|momentum|traction|access|entry|support))|"
       r"fall\s+of\b|occup(?:ied|y|ying)\b(?=\s+(?:the\s+(?:village|town|city|settlement)|\d|about|around|"
       r"approximately|some|nearly|almost|over|more))", "captured", "act",
       "captur seiz overr conquer took takes taking taken gain fall occup"),
    _t(r"liberat(?:ed|es|ing|e|ion)\b", "liberated", "act", "liberat"),
    # "Ukrainian troops raised the national flag over X": the side that raised it holds X again or anew
    _t(r"(?:rais|hoist)(?:ed|es|ing|e)\s+(?:the\s+|a\s+|their\s+|its\s+)?(?:national\s+|ukrainian\s+|russian\s+|"
       r"ukraine's\s+|russia's\s+)?flags?\s+(?:over|above|in|on)\b", "liberated", "act", "rais hoist"),
    # "Ukrainian flags were already flying in X", "the Ukrainian flag now flies over X"
    _t(r"flags?\s+(?:(?:was|were|is|are|now|already|again|once\s+again)\s+){0,3}(?:flying|fly|flies|flew|waving|waves)\s+"
       r"(?:again\s+)?(?:over|above|in|on)\b", "liberated", "act", "flag"),
    _t(r"(?:semi-)?(?:encircl|surround)(?:ed|es|ing|e|ement|s)?\b|pincer|cauldron", "encircling", "act",
       "encircl surround semi-encircl pincer cauldron"),
    _t(r"(?:clos(?:ed|es|ing)|close)\s+in\s+on\b|(?:edg|inch|mov|creep|draw|get|gett|got)(?:ed|ing|es|e|s)?\s+"
       r"(?:ever\s+|even\s+)?closer\s+to\b|press(?:ed|es|ing)?\s+(?:forward|on|ahead|toward|towards)\b|"
       rf"(?:push|press)(?:ed|es|ing)?\s+{_DIR}\s+(?:toward|towards|to|into|on|in)\b|"  # "pushing east toward X"
       r"push(?:ed|es|ing)?\s+(?:forward|deeper|further|ahead|toward|towards|into|on)\b|"
       r"gain(?:ed|s|ing)?\s+ground\b|(?:made|make|making|makes)\s+(?:(?:some|significant|further|new|"
       r"incremental|marginal|steady|rapid|slow|small|further)\s+)?(?:progress|gains|headway|advances)\b|"
       r"tighten(?:ed|s|ing)?\s+(?:their|its|the)\s+(?:grip|noose|ring)\b|"
       r"(?:breakthrough|foothold|bridgehead)\s+(?:near|at|in|on|toward|towards|around)\b|"
       r"offensive\s+(?:on|toward|towards|against)\b(?!\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day)|(?:broke|broken|break|breaking)\s+through\b|advanc(?:ed|es|ing|e)\b|infiltrat(?:ed|es|ing|e)\b",
       "advancing", "act", "clos edg inch mov creep draw get got press push gain mad mak tighten broke break "
       "breakthrough foothold bridgehead offensive advanc infiltrat"),
    _t(rf"approach(?:ed|es|ing)?\b|(?:mov(?:ed|es|ing)|move)\s+(?:further\s+)?{_DIR}\b|"
       r"(?:entered|enter|entering|enters|broke\s+into|broken\s+into|break\s+into|breaking\s+into|reached|reaching|"
       r"reaches)\b",
       "advancing", "act", "approach mov enter broke break reach", weak=True),
    # "Russian troops crossed the Oskil River near X", "are attempting to cross the Siverskyi Donets"
    _t(r"cross(?:ed|es|ing)?\s+the\s+(?:[\w-]+\s+){1,2}river\b", "advancing", "act", "cross", weak=True),
    # "Russian forces are now within 3 kilometres of Pokrovsk": the front has come that close
    _t(r"within\s+(?:about\s+|around\s+|roughly\s+|some\s+|just\s+|less\s+than\s+)?(?:\d+(?:\.\d+)?|one|two|three|"
       r"four|five|six|seven|eight|nine|ten|a\s+few)\s*(?:km|kilomet(?:re|er)s?|miles?)\s+(?:\(\s*[\d.]+\s*(?:km|miles?)\s*\)\s+)?"
       r"of\b", "advancing", "act", "within", weak=True),
    _t(r"outskirts\s+of\b", "advancing", "act", "outskirts", r"(?:on|at|reached|reach|reaching)\s+the\s+",
       weak=True),
    _t(rf"withdr(?:ew|awn|aw|aws|awing|awal)\b{_NOT_A_DEAL}|pull(?:ed|s|ing)?\s+(?:[\w']+\s+){{0,2}}(?:back|out)\b"
       rf"{_NOT_A_DEAL}|pull-?(?:back|out)\s+from\b|retreat(?:ed|s|ing)?\b|abandon(?:ed|s|ing)?\b|"
       r"f(?:ell|all|alls|alling|allen)\s+back\b", "withdrew", "act",
       "withdr pull retreat abandon fell fall"),
    # "Ukrainian forces completed their exit from Avdiivka"; not "Moscow's exit from the grain deal"
    _t(rf"exit(?:ed|s|ing)?\b{_NOT_A_DEAL}\s+from\b", "withdrew", "act", "exit", weak=True),
    # Moscow's euphemism for a retreat: troops that would "regroup", "the regrouping of troops from X"
    _t(r"regroup(?:ed|ing|s)?\b(?=[\"'])", "withdrew", "act", "regroup", r"[\"']"),
    _t(r"regroup(?:ed|ing|s)?(?=[\"']?\s+(?:to|and)\s+(?:reinforce|strengthen|bolster)\b)", "withdrew", "act",
       "regroup"),
    _t(r"regroup(?:ed|ing|s)?[\"']?\s+(?:of\s+)?(?:its\s+|their\s+|the\s+|russian\s+)?(?:troops|forces|units)\b",
       "withdrew", "act", "regroup"),
    _t(r"left\b", "withdrew", "act", "left", r"(?:troops|forces|units|soldiers|defenders)\s+(?:have\s+|had\s+)?"),
    _t(r"(?<![-\w])(?<!for\s)(?<!the\s)(?<!of\s)(?<!over\s)(?:controls|controlled|control)\b"
       r"(?!\s+(?:room|centre|center|systems?|of\s+the\s+(?:skies|sky|air)))|occup(?:ies|ying)\b",
       "controls", "act", "control occup"),
    _t(r"hold\b", "controls", "act", "hold", r"(?:still|continues?\s+to|continued\s+to|remain\s+to)\s+",
       weak=True),
    _t(r"holds?\s+(?:on\s+to|onto)\b|(?:holds|held)(?=\s+(?:most|all|much|parts?|about|around|nearly|almost|"
       r"roughly|some|\d+(?:\.\d+)?\s*(?:%|percent)))", "controls", "act", "hold held", weak=True),
)
STEMS: dict[str, tuple[int, ...]] = {}
for _i, _row in enumerate(TRIGGERS):
    for _stem in _row.stems:
        STEMS[_stem] = (*STEMS.get(_stem, ()), _i)
MAX_STEM = max(len(s) for s in STEMS)
# Candidate words: any word that starts with a stem (checked against STEMS by prefix).
_BY_INITIAL: dict[str, set[str]] = {}
for _stem in STEMS:
    _BY_INITIAL.setdefault(_stem[0], set()).add(re.escape(_stem[1:]))
# factored by initial letter ("a(?:bandon|dvanc|pproach)|b(?:reak|roke)|..."): a word starting with a stem
KEYWORD_RE = re.compile(
    r"\b(?:"
    + "|".join(f"{k}(?:{'|'.join(sorted(v, key=lambda x: (-len(x), x)))})" for k, v in sorted(_BY_INITIAL.items()))
    + r")[a-z'-]*"
)


@lru_cache(maxsize=4096)
def rows_for(word: str) -> tuple[int, ...]:
    """Indexes of the trigger rows whose stems begin ``word``, in table order."""
    rows: set[int] = set()
    for n in range(3, min(len(word), MAX_STEM) + 1):
        rows.update(STEMS.get(word[:n], ()))
    return tuple(sorted(rows))


# --- sides (country words come from service.nlp.actors.sides_in; these are the speaker-relative ones) --
_RU = (
    r"Russian\s+Federation|Russia(?:'s|n)?|Russians|Moscow(?:'s)?|Kremlin(?:'s)?"
)
_UA = r"Ukrain(?:e's|e|ian|ians)|Kyiv(?:'s)?|Kiev(?:'s)?"
RELATIVE_SIDE_RE = re.compile(
    r"(?<![\w-])(?:(?P<first>we|our|us)|(?P<other>the\s+enemy(?:'s)?|enemy\s+(?:forces|troops|units)))(?![\w-])",
    re.IGNORECASE,
)
# A side word that is a place's owner, not an actor: "Russia's Kursk region", "of Ukrainian territory".
OWNER_CONTEXT = re.compile(
    r"\s*(?:(?:eastern|western|southern|northern|south-?eastern|north-?eastern|border|frontline|"
    r"front-line)\s+)?(?:territor|region|oblast|province|border|land|soil|town|city|village|"
    r"settlement|area|side|part|total|airspace|Kursk|Belgorod|Donbas|Donetsk|Luhansk|Kharkiv|Zaporizhzhia|"
    r"Kherson|Crimea|"
    # "broke through Russia's first line of defence", "attacked Russian positions": the side held, not the actor
    r"(?:first|second|third|main|forward|front|defensive|defen[cs]e)[- ]lines?\b|lines\s+of\s+defen|defen[cs]es\b|"
    r"defensive\s+(?:lines?|positions)|positions\b|fortifications\b|trenches\b)",
    re.IGNORECASE,
)
# "in Ukraine", "across eastern Ukraine": a side word that owns the ground, not the actor
OWNER_BEFORE = re.compile(r"(?:\bin|\binto|\bacross|\bthroughout|\btoward|\btowards)\s+(?:the\s+)?"
                          r"(?:(?:(?:north|south)-?)?(?:east|west)ern\s+|(?:northern|southern|central)\s+)?$",
                          re.IGNORECASE)
# Who is speaking: a side followed by an official body ("Ukraine's General Staff", "Russian Defence Ministry").
SPEAKER_RE = re.compile(
    rf"(?<![\w-])(?:(?P<ru>{_RU})|(?P<ua>{_UA}))\s+(?:[\w-]+\s+){{0,3}}?(?:defen[cs]e\s+ministry|ministry|"
    r"military|army|general\s+staff|command(?:er)?|spokes(?:man|woman|person)|officials?|president|governor|"
    r"minister|chief|media|authorities|MoD)\b",
    re.IGNORECASE,
)

# A side that makes a statement: "Russia said", "Moscow claimed on Friday", "Ukraine's army said".
SAYS_RE = re.compile(
    rf"(?<![\w-])(?:(?P<ru>{_RU})|(?P<ua>{_UA}))(?:\s+[\w'-]+){{0,4}}?\s+(?:said|says|claimed|claims|"
    r"announced|announces|reported|stated)\b",
    re.IGNORECASE,
)

# --- context cues ------------------------------------------------------------------------------------
NEGATION_BEFORE = re.compile(
    r"(?:\b(?:not|never|no\s+longer|n't|failed\s+to|fail(?:s|ing)?\s+to|unable\s+to|without|yet\s+to|"
    r"nor|neither|ruled?\s+out|rules\s+out|refus(?:e|es|ed|ing)\s+to|no\s+plans?\s+to|instead\s+of|"
    r"avoid(?:s|ed|ing)?|prevent(?:s|ed|ing)?|thwart(?:s|ed|ing)?|den(?:y|ies|ied|ying)\s+(?:any\s+)?plans?\s+to|"
    r"halt(?:s|ed|ing)?|stop(?:s|ped|ping)?|stall(?:s|ed|ing)?|repel(?:s|led|ling)?|slow(?:s|ed|ing)?|"
    r"block(?:s|ed|ing)?|contain(?:s|ed|ing)?|hamper(?:s|ed|ing)?|resist(?:s|ed|ing)?|against)"
    r"\s+(?:[\w'-]+\s+){0,2}|\bn't\s+)$",
    re.IGNORECASE,
)
HYPOTHETICAL_BEFORE = re.compile(
    r"\b(?:could|may|might|would|will|shall|aims?\s+to|aim(?:ed|ing)\s+to|try(?:ing)?\s+to|tries\s+to|"
    r"tried\s+to|attempt(?:s|ed|ing)?\s+to|plans?\s+to|planning\s+to|seek(?:s|ing)?\s+to|sought\s+to|"
    r"threat(?:en|ens|ened|ening)?\s+to|bid\s+to|in\s+order\s+to|goal\s+of|intends?\s+to|wants?\s+to|"
    r"hopes?\s+to|hoping\s+to|risk\s+of|danger\s+of|threat\s+of|if|unless|before\s+they|ready\s+to|"
    r"bent\s+on|poised\s+to|set\s+to|expected\s+to|likely\s+to|aiming\s+at|must|should|ought\s+to|"
    r"demand(?:s|ed|ing)?|insist(?:s|ed|ing)?\s+(?:on|that)|call(?:s|ed|ing)?\s+(?:on|for)|urg(?:e|es|ed|ing)|"
    r"requir(?:e|es|ed|ing)|propos(?:e|es|ed|al|als|ing)|envisag(?:e|es|ed|ing)|ultimatum|condition|"
    r"agree(?:s|d)?\s+to|would\s+have\s+to|need(?:s|ed)?\s+to|ask(?:s|ed|ing)?|wants?|wanted|"
    r"risk(?:s|ed|ing)?(?:\s+being)?|fac(?:e|es|ed|ing)|threatened\s+with|fear(?:s|ed)?|warn(?:s|ed)?\s+of)\s+"
    r"(?:[\w'-]+\s+){0,3}$",
    re.IGNORECASE,
)
CONDITIONAL_START = re.compile(r"[\"']?(?:If|Unless|Should|Were|Once)\b")
DENIAL_RE = re.compile(
    r"\b(?:denied|denies|deny|denying|dismissed|dismisses|rejected|rejects|refuted|refutes|disputed|"
    r"disputes|debunked|not\s+true|untrue|false\s+claims?|fake|propaganda)\b",
    re.IGNORECASE,
)
CLAIM_RE = re.compile(r"\bclaim(?:ed|ing)\b|\bclaims?\s+(?:that|to)\b|\basserted\b|\bboast(?:ed|s|ful)?\b",
                      re.IGNORECASE)
# "said on Friday", "said early on February 17", "told President Vladimir Putin on Monday", "said in televised
# remarks on Sunday", "wrote on Telegram on Sunday"
SAID_BEFORE = re.compile(r"\b(?:said|says|announced|reported|stated|told\s+(?:[\w.'-]+\s+){0,3}?[\w'-]+|claimed|wrote|"
                         r"posted|confirmed|acknowledged|admitted)\s+(?:in\s+(?:a\s+|an\s+|his\s+|her\s+|its\s+)?"
                         r"(?:[\w-]+\s+){0,2}?(?:statement|remarks|comments|interview|post|address|briefing|update|"
                         r"report|video)\s+|on\s+(?:telegram|facebook|x|social\s+media)\s+)?(?:(?:early|late)\s+)?"
                         r"(?:on\s+)?$", re.IGNORECASE)
SAID_RE = re.compile(r"\b(?:said|says|announced|reported|stated|told)\b", re.IGNORECASE)
DETERMINER_BEFORE = re.compile(
    r"\b(?:the|a|an|by|its|their)\s+(?:(?:recently|newly|reportedly|strategically)\s+)?$", re.IGNORECASE
)
# "has captured", "have completely liberated", "has been taken": the trigger's own present perfect
PRESENT_PERFECT = re.compile(
    r"\b(?:has|have)\s+(?:(?:been|also|now|completely|fully|reportedly|finally|already|successfully|just|"
    r"officially|effectively)\s+){0,2}$",
    re.IGNORECASE,
)
NOW_RE = re.compile(r"\b(?:currently|now|as\s+of\s+now|at\s+present)\b", re.IGNORECASE)
AGENT_AFTER = re.compile(r"\s*(?:by|to|under)\s+(?:the\s+)?", re.IGNORECASE)  # use with .match(text, pos)
# a ground force right after a side word: "Ukrainian troops", "Russia's forces", "Russian assault units"
GROUND_FORCE = re.compile(
    r"(?:'s)?\s+(?:[\w-]+\s+)?(?:forces|troops|units|soldiers|army|brigades?|groups|infantry|marines|"
    r"paratroopers|defenders|fighters|servicemen|garrison)\b",
    re.IGNORECASE,
)
# not a ground force: "Russian drones reached Kyiv", "the Ukrainian delegation entered the hall"
NOT_GROUND_FORCE = re.compile(
    r"(?:'s)?\s+(?:[\w-]+\s+)?(?:drones?|missiles?|jets?|aircraft|planes?|bombers?|warplanes?|shells?|"
    r"rockets?|delegation|officials?|envoys?|negotiators?|diplomats?|leaders?|president|minister|economy|gas|"
    r"oil|ships?|vessels?|refugees|civilians|residents|team|athletes|journalists?)\b",
    re.IGNORECASE,
)
DEMONSTRATIVE_START = re.compile(r"[\"']?(?:These|Those|This|There|Here)\b")
CHANGE_NOUNS = frozenset({"capture", "recapture", "seizure", "liberation", "fall", "loss", "encirclement"})

# Case-insensitive patterns that scan a sentence or a clause run case-sensitively over its lower-cased copy
# (``lower_case_pattern``: 2-4x faster in ``re``; offsets are the same). Callers read offsets and truth values
# only, never the matched text.
(RELATIVE_SIDE_RE, NEGATION_BEFORE, HYPOTHETICAL_BEFORE, DENIAL_RE, CLAIM_RE, SAID_RE, PRESENT_PERFECT,
 NOW_RE) = (lower_case_pattern(p) for p in (  # type: ignore[assignment]
     RELATIVE_SIDE_RE, NEGATION_BEFORE, HYPOTHETICAL_BEFORE, DENIAL_RE, CLAIM_RE, SAID_RE, PRESENT_PERFECT, NOW_RE))
