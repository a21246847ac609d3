"""Patterns for diplomacy events: triggers (kind), status and outcome cues, party phrases.

Every pattern is precompiled at import (small constant tables) and bounded, so it runs in linear time.
Triggers are matched on the normalised text (straight quotes, "-" dashes) of one sentence.
"""

from __future__ import annotations

import re

from service.nlp.text import lower_case_pattern

_I = re.IGNORECASE

# kind -> trigger pattern. Order matters only for overlapping matches (earlier kinds win ties).
TRIGGERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("call", re.compile(
        r"\b(?:(?:tele)?phone(?:[ -]call| conversation| discussion| talks?| contact)|telephone|video ?calls?"
        r"|video ?conference|videoconference|video link|(?:a|the|their|his|her|first|latest|second) call\b"
        r"(?!\s(?:for|on|to\s(?:action|arms)|up))|calls? (?:with|between)"
        r"|(?:spoke|speaks|speak|spoken|talked|talking)(?:\sby\sphone)? (?:with|to)\b"
        r"(?!\s(?:the\s)?(?:reporters|journalists|press|media|broadcaster|students|troops|soldiers|residents))"
        r"|spoke (?:by|on the|over the) (?:phone|telephone)|phoned|conversation with"
        r"|(?:by|over the|on the) (?:phone|telephone)\b|(?:virtual|online) (?:meeting|talks|summit|call)\b"
        r"|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)'s (?:phone )?call\b"
        r"(?!\s(?:for|on|to|by)\b)"
        r"|(?:will|would|to|'ll) (?:also )?(?:call|phone)\b(?!\s(?:for|on|it|off|up|in|out)\b))", _I)),
    ("summit", re.compile(r"\bsummit\b", _I)),
    ("talks", re.compile(
        r"\b(?:(?:the|a|new|next|another|latest|first|second|third|fresh)\s(?:live\s|separate\s|parallel\s)?round\b"
        r"(?:\sof\s(?:[\w-]+\s){0,4}?(?:talks|negotiations|consultations|meetings)\b)?"
        r"|(?:peace |direct |bilateral |trilateral |face[- ]to[- ]face |video |high-stakes |crunch )?"
        r"(?:talks|negotiations|consultations)\b|negotiated with|negotiating with|held talks"
        r"|(?:traded|exchanged) proposals|after discussing|discussed (?:with|the|a|an))", _I)),
    ("meeting", re.compile(
        r"\b(?:met|meets|meet|meeting|meetings|sat down with|sit down with|host(?:s|ed|ing)?"
        r"|received(?!\s(?:(?:a|an|the|its|their|his|her|written|new)\s)?(?:[\w-]+\s)?(?:proposals?|letters?"
        r"|documents?|messages?|reports?|invitations?|assurances?|guarantees?|offers?|responses?|replies|answers?)\b)"
        r"|spent (?:[\w-]+ ){0,3}?hours? (?:in talks |talking )?with|audience with"
        r"|welcom(?:ed|es|ing)(?!\s(?:the|a|an|this|that|these|those|its|his|her|their|our|news|moves?|decisions?"
        r"|steps?|efforts?|proposals?|plans?|offers?|statements?|announcements?|progress|reports?|signals?|it|them)\b"
        r"|\s(?:[\w.-]+\s){0,4}[\w.-]+'s?\s))\b"
        r"(?!\s(?:(?:the|its|their|his|her|our|these|those|all)\s)?(?:demands?|needs?|deadline|targets?"
        r"|requirements?|criteria|expectations|standards?|conditions|obligations|goals?))",
        _I)),
    ("visit", re.compile(
        r"\b(?:visit(?:s|ed|ing)?|arrived in|arrives in|trip to|travel(?:l?ed|s)? (?:on )?to|flew (?:on )?to"
        r"|flies (?:on )?to)\b", _I)),
    ("agreement", re.compile(
        r"\b(?:signed|sign(?:s|ing)? (?:a|an|the) (?:[\w-]+ ){0,2}(?:deal|agreement|accord|memorandum|treaty)"
        r"|(?:reached|struck|clinched|sealed) (?:a|an|the) (?:deal|agreement|accord)"
        r"|(?:put|puts|putting) (?:their|his|her) signatures? (?:on|to))\b", _I)),
)

# All triggers in one pattern: one pass over the article (the named group is the kind).
TRIGGER_ALL = re.compile("|".join(f"(?P<{kind}>{pattern.pattern})" for kind, pattern in TRIGGERS), _I)

# Internal or generic uses of a trigger word that are not an interaction between parties.
NOT_AN_EVENT = re.compile(
    r"(?:meeting of (?:top|senior|the (?:stavka|cabinet|government|security council|staff|general staff))"
    r"|meetings? (?:with|of) (?:reporters|journalists|voters|residents|soldiers|troops)"
    r"|hosts? (?:of|country|nation|city|cities)\b"
    r"|visit(?:s|ed|ing)? (?:the |a )?(?:site|sites|scene|ruins|wreckage|rubble) of\b)", _I)

# A bare plural or habitual mention ("rounds of negotiations", "months of talks") is weak evidence of kind.
WEAK_KIND = re.compile(r"(?:rounds|series|months|weeks|years|(?<!two )(?<!three )days) of (?:[\w-]+ ){0,4}$", _I)

SCHEDULED = re.compile(
    r"\b(?:will|shall|(?:is|are|was|were|had been) (?:set|due|scheduled|expected|planning|going) to|plans? to|planned"
    r"|intends? to|upcoming|next(?! day| morning| evening)|proposed|scheduled|forthcoming|ahead of"
    r"|(?:postponed|delayed|pushed back|put off)\s(?:[\w'-]+\s){0,6}?(?:until|till)\s"  # "postponed the visit until"
    r"|(?:is|are) due (?:in|at|back in)"
    r"|would(?! have)|agreed to hold|to (?:begin|start|launch|open|resume)|(?:opens|begins|starts) on"
    r"|to hold|is to|are to|invited|agreed to (?:meet|talk|speak|hold)"
    r"|(?:has|have|had) (?:no|never had) (?:set |fixed |precise |firm )?dates?"
    r"|could (?:take place|be held)|for (?:next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"(?!')|for next week|expected (?:there |then )?on (?:monday|tuesday|wednesday|thursday|friday|saturday"
    r"|sunday))\b", _I)
ONGOING = re.compile(
    r"\b(?:ongoing|under ?way|continu(?:e|es|ing)|(?:is|are) (?:holding|negotiating|meeting|talking)"
    r"|resum(?:e|es|ed|ing))\b", _I)
HYPOTHETICAL = re.compile(r"\b(?:could|might|may|if)\b", _I)

NO_BREAKTHROUGH = re.compile(
    r"\b(?:without (?:(?:signing|reaching|striking|sealing) )?(?:a |any |the )?(?:[\w-]+ )?(?:breakthrough|deal"
    r"|agreement|result|progress|accord|statement"
    r"|communiqu[eé]|declaration)|no (?:joint |final )?(?:text|communiqu[eé]|declaration) was (?:adopted|agreed|issued)"
    r"|(?:ended|concluded|finished|closed|wrapped up) (?:with )?(?:no|without)\b"
    r"|(?:produced|yielded|brought|made|achieved) (?:no|little) (?:[\w-]+ )?(?:breakthrough|progress|agreement"
    r"|results?)"
    r"|no (?:breakthrough|deal was reached|agreement was reached|real progress)|stall(?:ed|s)?"
    r"|no (?:[\w-]+ )?(?:deal|agreement|accord|joint statement) (?:was|has been|had been) (?:announced|reached|signed)"
    r"|(?:did not|didn't|could not|couldn't) (?:reach|announce|sign|strike|produce|secure) (?:a |an |any )?"
    r"(?:[\w-]+ )?(?:deal|agreement|accord|breakthrough)"
    r"|deadlock(?:ed)?|fell apart|collapsed|broke down|inconclusive|ended with no agreement"
    r"|fail(?:ed|ing) to (?:agree|reach|produce|yield|secure|achieve|make|bridge|narrow|resolve|overcome))\b", _I)
AGREEMENT = re.compile(
    r"\b(?:agreed (?:to|on|upon)|reached (?:an? )?(?:agreement|deal|consensus|understanding)|joint statement"
    r"|joint declaration|joint communiqu[eé]|struck a deal|clinched|it was decided|decided to hold|signed"
    r"|(?:produced|yielded|resulted in|led to|(?:ended|concluded|closed) with) (?:only |just )?(?:an? )?"
    r"(?:agreement|deal|accord)"
    r"|agreeing (?:to|on)"
    r"|(?:formally|jointly) (?:committed|pledged|agreed))\b", _I)
# "agreed to stay in contact": a courtesy, not an outcome.
NOT_OUTCOME = re.compile(r"agree(?:d|ing|s)?\s(?:to\s)?(?:stay|remain|keep)\s(?:in\s)?(?:touch|contact)", _I)
# "they agreed the next round ..." / "it was decided to hold the next round" -> the current talks agreed it
AGREED_NEXT = re.compile(
    r"\b(?:agreed|decided)\b[^.;]{0,30}\b(?:to hold|next round|to meet|the next|to continue)\b", _I)

# Attribution tails and reporting verbs: people named there speak about an event, not in it.
REPORTING_AFTER = re.compile(
    r"^(?:'s)?\s{0,3}(?:,[^,.;]{0,80},\s{0,3})?(?:(?:later|also|earlier|then|again)\s)?(?:said|says|told|wrote"
    r"|added|noted|tweeted|announced"
    r"|insisted|warned|confirmed|stressed|claimed)\b", _I)
ATTRIBUTION_BEFORE = re.compile(
    r"(?:according to(?:\s[\w'.-]+){0,4}|(?:,|\band)\s(?:said|says|told|quoted|cited)(?:\s[\w'.-]+){0,4})\s$", _I)
# "Trump's special envoy Steve Witkoff": the possessor is not a party; "Putin's meeting with X": he is.
POSSESSIVE_AFTER = re.compile(
    r"^'s?\s(?:(?:top|chief|lead|special|senior|former|personal|foreign policy|national security|own)\s){0,2}"
    r"(?:envoys?|advis[eo]rs?|aides?|spokes(?:man|woman|person)|son-in-law|chief of staff|negotiators?"
    r"|representatives?|office|administration|government|team|forces|army|troops|war|invasion|demands?"
    r"|regime|allies|ally|friend|plan|proposal|arrest warrant|deadline|decision|remarks|comments)\b", _I)


# Anaphors that stand for the people of the previous sentence when they are the trigger's subject ("The two
# spoke by phone on Monday").
ANAPHOR = re.compile(
    r"\b(?:the pair|the (?:two|three|four|five|six)(?: (?:leaders|men|presidents|envoys|ministers|sides))?"
    r"|both (?:leaders|men|envoys))"
    r"\s(?:(?:is|are|was|were|will|would|also|had|have|has|then|later|joined(?: an?)?|set to|due to|to|agreed to"
    r"|plan to|planned to|expected to|held|hold|holding|informal|formal|lengthy|private|closed-door|direct"
    r"|bilateral)\s){0,3}$",
    _I)

# Titles that name a well-known office holder without a name ("the Russian president").
OFFICE_HOLDER = re.compile(
    r"\b(?:the\s|his\s|her\s)?(?P<adj>Russian|Ukrainian|US|U\.S\.|American|Kremlin)\s(?:counterpart\s)?"
    r"(?P<office>president|leader|chief|head of state)(?!\s(?-i:[A-Z]))", _I)

# Party phrases around a country word (see diplomacy_parts.party_countries).
PARTY_NOUN_AFTER = re.compile(
    r"^(?:'s)?\s(?:(?:top|senior|chief|lead|high-level|peace)\s)?(?:officials?|delegations?|delegates"
    r"|negotiat(?:ors?|ing teams?)|envoys?|representatives?|team|side|leaders?|counterparts?|ministers?"
    r"|diplomats?|government|president|prime minister|foreign minister|defen[cs]e minister|national security"
    r"|security advis[eo]rs?|advis[eo]rs?|talks|negotiations|meeting|summit|consultations|call|counterpart)\b",
    _I)
PARTY_BEFORE = re.compile(
    r"(?:(?:talks|negotiations|meetings?|call|conversation|contacts?|summit|dialogue|consultations|round"
    r"|discussions)\s(?:[\w-]+\s){0,3}(?:between|among)|(?:talks|negotiations|meeting|meetings|call|contacts?"
    r"|summit|dialogue|consultations|met|meet|spoke|talked)\s(?:with|between)|(?:officials|advis[eo]rs|delegations?|delegates|representatives"
    r"|ministers|leaders|envoys|negotiators|diplomats)\s(?:from|of)"
    r"(?:\s(?:[\w-]+\s){0,3}?countries,?\s(?:including|such\sas))?)\s(?:the\s)?#?$", _I)
COORDINATION_GAP = re.compile(r"^\.?,?\s{0,2}(?:(?:and|&)\s)?(?:the\s)?#?$|^\s?[-/]\s?#?$", _I)
NOT_PARTY_AFTER = re.compile(r"^-(?:mediated|brokered|led|backed|proposed|drafted|made)\b", _I)

# Contexts in which a place is not where the event happened.
NOT_VENUE_BEFORE = re.compile(
    r"(?:war|ceasefire|truce|peace|fighting|conflict|situation|troops|forces|attacks?|strikes?|pressure"
    r"|invasion|occupation|aggression|crisis|front)\s(?:in|on|of|against)\s(?:the\s)?$", _I)
VENUE_BEFORE = re.compile(r"\b(?:in|at|on|inside|(?:residence|dacha|estate) outside|hosted by|visit(?:s|ed|ing)?"
                          r"|(?:trip|travel(?:l?ed)?|flew|came|went|visit)(?: on)? to)"
                          r"\s(?:the\s)?(?:(?:[\w-]+\s){0,3}(?:city|town|resort|capital|port|village|region|province"
                          r"|enclave)\sof\s)?$", _I)
DATELINE = re.compile(r"^\s{0,5}(?P<city>[A-Z][A-Za-z .'-]{1,30}?)(?:,\s[A-Za-z. ]{1,20})?\s{0,2}(?:\([^)]{1,30}\)"
                      r"\s{0,2})?(?:-|:)\s")

SO_AGAIN = re.compile(r"\bwill (?:do so|speak|talk|meet) again\b", _I)

# Trigger words negated or made hypothetical right after them ("peace talks won't stop the warrant").
NEGATED_AFTER = re.compile(r"\s(?:won't|will not|cannot|can't|could not|would not"
                           r"|(?:could|would|may|might|should|must)\b"
                           r"(?!\s(?:(?:soon|still|now)\s)?(?:take place|be held|happen|go ahead)))\b", _I)
NOT_PARTICIPANT_BEFORE = re.compile(
    r"(?:against|warrant for|sanctions on|pressure on|criticized|criticised|condemned|accused|called on|urged)"
    r"\s(?:[\w'.-]+\s){0,3}$", _I)
WEAK_TRIGGER = re.compile(r"(?:after discussing|discussed)", _I)
TWEET_DATE_BEFORE = re.compile(r"\)\s{0,3}$")
NOT_PARTY_COMPOUND = re.compile(r"\s(?:war|conflict|border|front|frontline|fighting|hostilities)\b", _I)
REPORTING_VERB = re.compile(r"\b(?:said|says|told|wrote|announced|added|noted|reported|confirmed)\b", _I)
SCHEDULED_ADJ = re.compile(
    r"\b(?:planned|upcoming|next|proposed|expected|possible|potential|prospective|scheduled|forthcoming|future"
    r"|anticipated|mooted|arrang(?:e|es|ed|ing)|prepar(?:e|es|ed|ing|ations?)(?: for)?|organi[sz](?:e|es|ed|ing))"
    r"\s(?:[\w-]+\s){0,3}$", _I)
# Not an interaction (yet): offers, calls, refusals, denials just before the trigger.
NEGATED_BEFORE = re.compile(
    r"\b(?:offer(?:ed|s)? to|propos(?:ed|es|ing) (?:to|holding)|ready (?:to|for)|willing to|open to"
    r"|calls? for|called for|urged|push(?:ed|ing)? for|no plans? (?:for|to)"
    r"|(?:too early|premature) to (?:talk|speak) (?:about|of)"
    r"|ruled out|refused to|declined to|rejected|not(?: yet)?(?: be)?"
    r"|resumption of|return to|revive|reviving|restart(?:ing)?"
    r"|never|no|without|hopes? (?:to|for)|wants? to|seeking|seeks? to|sought|insisted on|conditions? for"
    r"|prerequisite for|precondition for|(?:outcome|outcomes|result|results|decisions?) (?:from|of)|proposals? for"
    r"|as (?:a |the )?venues? for)\s(?:[\w'\"-]+\s){0,3}$", _I)  # 'not want a "wasted meeting"'
# Country words right before a diplomacy verb are its subjects: "Ukraine and the United States signed".
PARTY_VERB_AFTER = re.compile(
    r"^\s(?:-{1,2}\s)?(?:(?:have|has|had|also|will|on \w+day)\s){0,2}(?:signed|met|meet|agreed|held talks|hold talks"
    r"|spoke|talked|negotiated|concluded)\b", _I)
# "X, who led Kyiv's delegation", "the head of the Russian delegation, X": a negotiator of the talks.
DELEGATION_HEAD = re.compile(
    r"(?:\b(?:led|leads|leading|heads|headed|head of|chief of|member of)\s(?:the\s)?(?:[\w'-]+\s){0,2}"
    r"(?:delegation|negotiating team)|\b(?:chief|lead|top|ukrainian|russian|ukraine's|russia's|kyiv's|moscow's)"
    r"\snegotiator)", _I)
# A speaker after the trigger is only quoted ("..., X said", "X wrote on Facebook"), unless the verb's object
# is another person ("Erdogan told Putin").
ATTRIBUTION_TAIL = re.compile(
    r"^(?:'s)?\s{0,3}(?:,[^,.;]{0,80},\s{0,3})?(?:said|says|wrote|added|noted|tweeted|announced|insisted|warned"
    r"|confirmed|stressed|claimed|told (?:reporters|journalists|a |an |the |(?-i:[A-Z]{2,})))", _I)
RELATIVE_CLAUSE = re.compile(
    r"\b(?:(?:a|one|two|three|four|five|several|\d{1,2}) (?:days?|hours|weeks?) (?:after|before)|hours (?:after|before)"
    r"|the day (?:after|before))\b", _I)
# "met on the sidelines of the NATO summit": the summit is the setting of the meeting, not another event.
# "X, the host of the summit": a title, not the event.
SIDELINES = re.compile(r"\b(?:on the (?:sidelines|margins)|hosts? of|chair of|organi[sz]ers? of) (?:the |an? )?"
                       r"(?:[\w-]+ ){0,3}$", _I)
# A relative clause (", who ... ,") describes someone; people inside it take part only in its own trigger.
RELATIVE = re.compile(r",\s(?:who|which|whose)\b[^,;]{0,160},", _I)

# A trigger that refers back to an event already named: "X opened the meeting", "are expected to join part of the
# meeting", "his first trip to Ukraine". Its mention joins the latest compatible event.
JOIN_BEFORE = re.compile(
    r"\b(?:join(?:s|ed|ing)?|attend(?:s|ed|ing)?|(?:take|takes|took|taking) part in|participat(?:e|es|ed|ing) in"
    r"|open(?:s|ed|ing)?|chair(?:s|ed|ing)?|address(?:es|ed|ing)?|co-chair(?:s|ed|ing)?)\s"
    r"(?:(?:part|parts|some|the rest|the start|the opening|the first day) of\s)?"
    r"(?:the|this|that|these|their|his|her|its)\s(?:[\w-]+\s){0,2}$", _I)
POSSESSIVE_TRIGGER = re.compile(
    r"\b(?:his|her|their|its|\w+'s)\s(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest"
    r"|surprise|unannounced|two-day|three-day|brief"
    r"|official|short|own)\s){0,2}$", _I)
# "an unannounced visit", "his first visit": the event is named a visit (a trip, not a meeting elsewhere).
NAMED_VISIT = re.compile(r"\b(?:an?|his|her|their|the|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
                         r"|surprise|unannounced|official|state|two-day|three-day"
                         r"|brief|short)\s$", _I)
# "Ukraine's delegation was led by X", "Russia's was headed by Y", "the Russian side would be represented by Z",
# "Kyiv was represented by X".
DELEGATION_PASSIVE = re.compile(
    r"(?:\bdelegations?|\bteams?|\bside|'s)\s(?:(?:was|is|were|are|will be|would be|will again be)\s)"
    r"(?:(?:again|also|once again)\s)?(?:led|headed|represented|chaired)\sby\s"
    r"|\b(?:was|were|will be|would be)\s(?:also\s)?represented\sby\s", _I)  # "Ukraine was represented by"
# "X, Y and Z were among those who attended", "W joined the sessions": people taking part in the event of the moment.
ATTENDED = re.compile(
    r"\b(?:attended|took part|participated|were (?:also )?present|(?:was|were) among (?:those|the leaders|the "
    r"participants|the attendees)|joined (?:them|him|her)\b(?!\s(?:in|on|at)\s(?:calling|urging|condemning))"
    r"|joined (?:the\s)?(?:talks|meeting|summit|sessions?|discussions?|negotiations"
    r"|delegation|gathering|leaders)|(?:opened|chaired|co-chaired|moderated)(?: and (?:opened|chaired|moderated))?"
    r" the (?:session|sessions|talks|meeting|negotiations|round|discussions))\b", _I)
CLAUSE_BREAK = re.compile(r";|\s(?:while|whereas|but|although)\s|\.\s", _I)
# An agreement about the process only ("agreed to continue", "agreed to meet again") is no concrete outcome.
AGREED_PROCESS = re.compile(
    r"agree(?:d|ing|s)?\s(?:to|on|upon)\s(?:continue|meet|hold|resume|keep|further|more|another|a new round"
    r"|the next|talk|stay in touch|work on|consider|return)", _I)

# A definite noun trigger ("the talks", "this meeting") names an event already reported.
DEFINITE_BEFORE = re.compile(r"\b(?:the|this|that|these|those)\s(?:[\w-]+\s){0,2}$", _I)
# "After the talks, X ...": a fronted phrase about an event named before; the rest of the sentence is another clause.
FRONTED_BACK = re.compile(
    r"^\W{0,3}(?:after|before|following|during|since|at|on the sidelines of)"
    r" (?:the|this|that|these|those|their|its|his|her)\s(?:[\w-]+\s){0,2}$", _I)
# "..., a day after a phone call with X in which the two agreed to meet": the parties of the previous event.
SAME_PARTIES = re.compile(
    r"\b(?:in which|during which|where|after which|at which)\s(?:the two(?:\s(?:leaders|men|sides|presidents))?|they"
    r"|both(?:\s(?:leaders|men|sides))?|the (?:leaders|sides|presidents))\s(?:[\w']+\s){0,3}$"
    r"|\bsaid\s(?:that\s)?(?:the two(?:\s(?:leaders|men|sides|presidents))?|they)\s(?:would|will|were|are)\s"
    r"(?:[\w']+\s){0,2}$", _I)
# "on Friday - the first US-Russia summit since 2021": an appositive naming the event of the main clause.
APPOSITIVE = re.compile(r"^(?:\s-\s|,\s)the\s(?:[\w-]+\s){0,3}$", _I)
# "The video conference, hosted by X, included ...": a participle describing the trigger before it.
APPOSITIVE_HOST = re.compile(r",\s(?:co-)?hosted\sby\b", _I)
# "X hosted Y in Kyiv", "arrived in Kyiv for talks": the guest visits the host's country ("will travel to
# Washington to meet Trump" stays a meeting, as the earlier batches' gold has it).
VISIT_VERB = re.compile(r"(?:welcom|arriv|travell?ed\s(?:to|in)\b|flew\sto\b)", _I)
# "a day after a phone call": the event is one day before (or after) the main clause's event.
DAY_OFFSET = re.compile(r"\b(?:a|one) day (?P<dir>after|before)\s(?:[\w'-]+\s){0,7}$", _I)
# "in which the two agreed to meet": a plan made in another clause, told just before the trigger.
PLANNED_BEFORE = re.compile(
    r"\b(?:agreed|decided|promised|(?:is|are|was|were) (?:set|due|expected|scheduled)) to (?:also |again )?$", _I)
# "on the sidelines of the summit": the venue of the summit named before.
SIDELINES_DEF = re.compile(r"\bon the (?:sidelines|margins) of (?:the|this|that) (?:[\w-]+ ){0,2}?summit\b"
                           r"(?!\s(?:in|at|of)\s)", _I)
# "..., where he will hold talks with X": the same event, one more party.
WHERE_SAME = re.compile(r",\s(?:where|at which)\s(?:he|she|they|the two)\s", _I)
# "Baerbock, on her eighth visit to Ukraine, said ...": a visit under way, whatever the tense of the sentence.
ON_VISIT = re.compile(r"\bon\s(?:his|her|their|\w+'s)\s(?:[\w-]+\s){0,2}$", _I)
# "X called the talks constructive": an event already reported, judged; the cues around it are not its own.
EVALUATED_BEFORE = re.compile(
    r"\b(?:called|described|praised|hailed|critici[sz]ed|dismissed)\s(?:the|this|that|these)\s(?:[\w-]+\s){0,2}$", _I)
# "briefed X on the Alaska talks by phone": talks that are the topic of a call, not another event.
TOPIC_BEFORE = re.compile(r"\b(?:on|about|over)\s(?:the|this|that|their|his|her|its|last|recent)\s(?:[\w-]+\s){0,2}$",
                          _I)
# "The first round, held in the same city on May 16, ...": an earlier round of the talks the article is about.
EARLIER_ROUND = re.compile(r"\b(?:the|a) (?:first|previous|last|earlier|initial) round\b", _I)
SAME_PLACE = re.compile(r"\b(?:in|at) the same (?:city|venue|place|palace|building|town)\b", _I)
# "He also said he would ...": the person the previous sentence was about.
PRONOUN_START = re.compile(
    r"^\W{0,3}(?:he|she)\s(?:(?:also|later|then)\s)?(?:(?:said|says|added|noted|told(?:\s(?:reporters|journalists"
    r"|the press|lawmakers|parliament))?)\s(?:that\s)?(?:he|she)\b|(?!(?:said|says|told|added|noted)\b))", _I)
LATER_THAT_DAY = re.compile(
    r"^\W{0,3}(?:(?:later|earlier) (?:that|the same|in the) day\b|(?:on )?the same day\b"
    r"|(?:after|before|following) the (?:[\w-]+ ){0,2}?(?:talks|meeting|summit|call|negotiations),)", _I)

# Every case-insensitive pattern above whose literals are lower case runs over lower-cased text (2-4x faster
# in ``re``; same offsets). ``TRIGGERS`` keeps the originals (it documents the kinds).
for _name, _value in list(globals().items()):
    if isinstance(_value, re.Pattern) and _name.isupper():
        globals()[_name] = lower_case_pattern(_value)
