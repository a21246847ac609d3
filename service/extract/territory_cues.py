"""Territory context cues (the triggers and side words are in ``territory_lexicon``): the wording around a
trigger that tells an aim from a change, a place's part or setting from the place, a destination from a source.
Small constant patterns, compiled once.

Each pattern has bounded repetition (linear time); callers gate them behind cheap ``in`` tests.
"""

from __future__ import annotations

import re

from service.nlp.text import lower_case_pattern

_DIR = r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern|wards?)?"

# a sentence-opening time adverbial whose noun is a trigger: "Hours after the Russian retreat, ..."
FRONTED_ADVERBIAL = re.compile(r"[\"']?(?:[\w-]+\s+){0,2}(?:[Aa]fter|[Ff]ollowing|[Bb]efore|[Ss]ince|[Dd]espite|"
                               r"[Aa]mid|[Dd]uring)\s[^,;.]{1,80},")
FROM_SOURCE = re.compile(r"\bfrom\s+(?:the\s+)?(?:(?:area|areas|direction|vicinity|outskirts)\s+(?:around|of|near)\s+)?"
                         r"(?:the\s+)?(?:(?:village|town|city)\s+of\s+)?$")
TOWARD_GAP = re.compile(r"\b(?:towards?|to|in\s+the\s+direction\s+of|on)\b")
# "recaptured seven villages", "took several settlements": places counted, perhaps listed in the next sentence
COUNTED_PLACES = re.compile(r"\s+(?:(?:the|another|a\s+further)\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|"
                            r"ten|eleven|twelve|several|a\s+few|a\s+number\s+of)\s+(?:more\s+)?(?:villages|"
                            r"settlements|towns|localities|hamlets)\b")
LISTED_NEXT = re.compile(r"[\"']?(?:The|These|Those)\s+(?:villages|settlements|towns|localities|hamlets)\s+(?:are|were|"
                         r"include|included)\s|They\s+(?:are|were|include)\s+(?=[A-Z])")
# ", part of a push towards Y": the aim behind a capture told before, not an advance of its own
PART_OF_PUSH = re.compile(r",\s+(?:as\s+)?part\s+of\s+(?:a|an|its|their|the|[\w]+'s)\s+(?:[\w-]+\s+){0,2}$")
# an advance told in a relative clause of the force undone: "cleared the groups that entered the town"
REPELLED_RELATIVE = re.compile(
    r"\b(?:cleared|repelled|repulsed|destroyed|eliminated|wiped\s+out|killed|pushed\s+back|drove\s+(?:back|out)|"
    r"driven\s+(?:back|out)|captured|taken\s+prisoner)\b[^.;:]{0,60}?\b(?:that|which|who)\s+(?:had\s+|have\s+)?$")
# "said its troops in X would regroup": Moscow's announced "regrouping" is the retreat, not an aim
WOULD_BEFORE = re.compile(r"\b(?:would|will)\s+[\"']?$")
# a sentence told the same day as the dated sentence before it: "Hours later, ...", "Later that day, ..."
SAME_DAY_START = re.compile(r"[\"']?(?:(?:Hours|Minutes)\s+later|Later\s+(?:that|the\s+same|in\s+the)\s+day|"
                            r"(?:On\s+)?(?:the|that)\s+same\s+day|Shortly\s+afterwards?,)")
# ... or names it inside: "the group confirmed on the same day that its units had withdrawn"
SAME_DAY_INSIDE = re.compile(r"\b(?:on|later)\s+(?:the|that)\s+same\s+day\b|\blater\s+that\s+day\b")
# the date line of a live blog: "These are the latest developments on Tuesday, May 14."
# ... or "Here is the situation on Saturday, February 17."
LIVE_HEADER = re.compile(r"[^.\n]{0,40}\b(?:(?:latest|key|main)\s+(?:developments|updates|events)\s+(?:on|for|from)|"
                         r"the\s+situation\s+(?:on|as\s+of))\s", re.IGNORECASE)
PURPOSE_BEFORE = re.compile(r"\bto\s+[\"']?$")
# "the loss of Avdiivka", "the loss of the town of X": a place right after "loss of" (original case)
LOSS_OF_PLACE = re.compile(r"\s+(?:the\s+(?:[a-z-]+\s+)?(?:village|town|city|settlement|hub|stronghold)s?\s+of\s+)?"
                           r"[A-Z]")
# a change noun as the subject of a modal: "the capture would allow ...", "its fall could open the road to Y"
MODAL_AFTER = re.compile(r"\s+(?:would|could|will|might|may|should|can)\b")
# where a place or a site lies, before "on the outskirts of": "the industrial hub on the outskirts of Donetsk"
SITUATED_BEFORE = re.compile(r"\b(?:hub|town|city|village|settlement|suburb|district|base|plant|airport|airfield|"
                             r"depot|factory|located|situated|lies|lie|lying|lay|sits|sit|sitting|built)\s+on\s+the\s+$")

# an encirclement under way: "attempting to encircle X" is itself the encircling (not an aim to capture)
ATTEMPT_BEFORE = re.compile(r"\b(?:try|tries|tried|trying|attempt(?:s|ed|ing)?|seek(?:s|ing)?|sought|aim(?:s|ed|ing)?)"
                            r"\s+to\s+$")
# an attempt told as under way: "Russian troops are trying to push toward X", "are now threatening to encircle X"
UNDER_WAY_BEFORE = re.compile(r"\b(?:is|are)\s+(?:now\s+|still\s+|currently\s+|also\s+)?(?:trying|attempting|"
                              r"threatening)\s+to\s+$")
# ground as the subject of "freed": "1,100 square kilometres had been freed", "the village was freed"
FREED_GROUND = re.compile(r"\b(?:square|sq|km2?|km²|kilomet\w{0,4}|hectares?|territor\w{0,4}|villages?|towns?|"
                          r"settlements?|city|cities)\b[^,;.]{0,30}$")
FOILED = re.compile(r"\b(?:fail|foil|thwart|repel|repuls|frustrat|abandon|halt|stop)")
# a capture as a subject with a modal: "Capturing X would give ...", "The fall of X could open ..."
HYPOTHETICAL_SUBJECT = re.compile(
    r"[\"']?(?:(?:Captur|Tak|Seiz|Retak|Recaptur|Los|Hold|Encircl|Controll|Liberat)ing\b|(?:The\s+)?(?:capture|fall|"
    r"loss|seizure|encirclement|recapture|liberation)\s+of\b|(?:Its|Their|[A-Z][\w-]{1,30}'s)\s+(?:capture|fall|loss|"
    r"seizure|encirclement|recapture|liberation)\b)[^.;:]{0,120}?\b(?:would|could|might|may|will)\b"
)
# a withdrawal announced by the side that leaves: "Moscow announced its troops would pull out of X"
ANNOUNCED_WOULD = re.compile(r"\b(?:announced|confirmed|declared|ordered)\s+(?:that\s+)?(?:[\w']+\s+){0,4}?"
                             r"(?:troops|forces|units|army|soldiers)\s+would\s+$")
# what falls without changing hands: "debris from a downed drone fell on a house"
FALLING_OBJECT = re.compile(r"\b(?:debris|fragments?|wreckage|shrapnel|parts|pieces|rockets?|shells?|bombs?|missiles?|"
                            r"drones?|projectiles?|rain|snow|temperatures?|prices?|output|exports?|production)\b")
ORDERED_TO = re.compile(r"\b(?:ordered|decided)\s+(?:[\w']+\s+){0,3}?to\s+$")
PUSH_WORD = re.compile(r"(?:push|drov|driv|expel|oust|kick|forc|threw|thrown)", re.IGNORECASE)
# "Its recapture opens the way ...": a capture named by a noun whose owner is a place named before
POSSESSED_NOUN = re.compile(r"\b(?:its|their)\s+$", re.IGNORECASE)
# "The ministry also claimed ... that its troops had liberated X": a further point of a statement told before
ALSO_SAID = re.compile(r"\balso\s+(?:said|claimed|reported|announced|stated)\b|"
                       r"\bthe\s+(?:[\w-]+\s+){0,2}?(?:ministry|general\s+staff)\s+(?:said|claimed|reported|announced|stated)\b",
                       re.IGNORECASE)
# ground taken beside a named place, not the place: "seized positions near X"
NEAR_BEFORE = re.compile(rf"\b(?:near|outside|around|{_DIR}\s+of)\s+(?:the\s+)?(?:(?:village|town|city)\s+of\s+)?$")
# where a withdrawing force went: "withdrew to new positions", "pulled back towards"
DESTINATION = re.compile(r"\s+(?:back\s+)?(?:to|towards?|into)\b")
# "cleared of Russian troops", "liberated from Ukrainian units": the side named is the one that lost it
LOSER_AFTER = re.compile(r"[\"']?\s+(?:of|from)\s+(?:the\s+)?(?=\S)", re.IGNORECASE)
# after a known place's name: it names a part of the town named next ("the Mykolaivka microdistrict of Toretsk")
PART_OF_TOWN = re.compile(r"\s+(?:neighbou?rhood|micro-?district|quarter|suburb)\s+of\s+(?:the\s+)?[A-Z]")
# what a "capture" takes that is not ground: "captured several Ukrainian soldiers", "seized 20 tanks"
TAKEN_NOT_GROUND = re.compile(
    r"\s+(?:(?:about|some|more\s+than|over|at\s+least|several|dozens\s+of|hundreds\s+of|a\s+group\s+of|a|an|the|two|"
    r"three|four|five|six|seven|eight|nine|ten|\d[\d,]*)\s+)?(?:[a-z-]+\s+){0,2}?(?:soldiers|servicemen|troops|"
    r"prisoners|fighters|marines|paratroopers|men|pows|mercenaries|equipment|tanks?|weapons|vehicles|trophies|"
    r"documents|ships?|vessels?|tankers?|cargo|grain|assets)\b(?!')"
)
# a sentence told the day after the dated sentence before it: "A day later, ...", "said the next day"
NEXT_DAY = re.compile(r"\b(?:[Tt]he\s+(?:next|following)\s+day|[Aa]\s+day\s+later|[Tt]he\s+next\s+morning)\b")
# the speaker's own forces: "the ministry said ... that its troops had restored control over X"
ITS_FORCES = re.compile(r"\b(?:its|their)\s+(?:own\s+)?(?:troops|forces|units|soldiers|fighters)\b")
# "advanced by up to 2 kilometres": "by" gives a measure, not an agent
BY_MEASURE = re.compile(r"\s+by\s+(?:up\s+to|about|around|some|roughly|nearly|almost|more\s+than|over|at\s+least|"
                        r"several|a\s+few|hundreds|dozens|\d|one\b|two|three|four|five|six|seven|eight|nine|ten)")
# the sides' commands named without a side word: Russia's "Centre group of forces", Ukraine's "Khortytsia group"
GROUP_OF_FORCES = re.compile(
    r"\b(?:(?P<ru>(?:Cent(?:re|er)|Southern|Western|Eastern|Northern|South|West|East|North|Dnepr|Dnieper|Vostok|Zapad|"
    r"Tsentr|Yug|Sever)\s+(?:[Gg]roup|[Gg]rouping|[Bb]attlegroup)\s+of\s+(?:[Ff]orces|[Tt]roops))|"
    r"(?P<ua>(?:Khortytsia|Khortytsya|Tavria|Tavriya|Odesa|Siversk)\s+(?:operational(?:-strategic)?\s+)?group))\b"
)
PERCENT_OF = re.compile(
    r"\s*(?:about\s+|around\s+|almost\s+|nearly\s+|some\s+|over\s+)?\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)\s+of\b",
    re.IGNORECASE,
)
LAST_MONTH = re.compile(r"(?:last|past|previous)\s+month", re.IGNORECASE)
PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are)\s+[\"']?(?:[\w-]+\s+)?$", re.IGNORECASE)
# a place that only locates the ground: "advanced southeast of X", "near X" (lower-cased text, ``search`` up to
# the name) or "in the X direction" (``match`` after it)
LOCATED_BEFORE = re.compile(rf"\b(?:near|outside|around|{_DIR}\s+of)\s+(?:the\s+)?$")
SECTOR_AFTER = re.compile(r"\s+(?:direction|sector|axis|front)\b")

# "to capture": an aim, an order or an attempt, not a change of hands, unless it happened ("managed to")
INFINITIVE_BEFORE = re.compile(r"\bto\s+$")
FACTUAL_INFINITIVE = re.compile(
    r"\b(?:managed|manage|manages|continu\w*|began|begun|begin|started|start|starts|keep|keeps|kept|"
    r"(?:was|were|been)\s+able|"
    r"succeeded|forced|had|has|have|decided|was\s+ordered|were\s+ordered|appears?|appeared|seems?|seemed)\s+to\s+$"
)
# an open span, no date of a change: "since the start of the year", "since the operation began"
OPEN_SPAN = re.compile(
    r"\b(?:since\s+(?:the\s+(?:start|beginning|outset)\s+of|(?:early|mid|late)[- ]\w+|january|february|march|april|"
    r"may|june|july|august|september|october|november|december|\d{4}|the\s+full-scale|"
    # "since the operation began", "since the counteroffensive was launched"
    r"(?:the|their|its|our)\s+(?:[\w-]+\s+)?(?:operation|offensive|counteroffensive|counter-offensive|incursion|"
    r"push)\s+(?:began|started|was\s+launched))|so\s+far\s+(?:this|in)\b|"
    r"year\s+to\s+date|to\s+date|this\s+year)\b",
    re.IGNORECASE,
)
OPEN_SPAN = lower_case_pattern(OPEN_SPAN)  # type: ignore[assignment]  # run over lower-cased text, same offsets
# "now" on an attempt, not a change: "Russian forces are now trying to encircle X" (undated)
NOW_TRYING = re.compile(r"\s+(?:trying|attempting|threatening|seeking)\s+to\b", re.IGNORECASE)
PUNCT_BREAK = re.compile(r"[,;:()]")  # a clause break between a time expression and a trigger
