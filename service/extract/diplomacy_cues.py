"""Diplomacy cues added for the third blind batch: joined parties, headline plans, titles for names, signatory
phrases. Precompiled, bounded (linear time); ``diplomacy_parts`` and ``diplomacy_slots`` use them.
"""

from __future__ import annotations

import re

from service.nlp.text import lower_case_pattern

_I = re.IGNORECASE

# "which X is due to join by video link": X attends the event named before by video, no call of its own.
JOIN_BY_LINK = re.compile(
    r"\b(?:join|joins|joined|joining|attend(?:s|ed|ing)?|address(?:es|ed|ing)?|take part|took part|taking part"
    r"|participat(?:e|es|ed|ing))\s(?:(?:it|in|the \w+)\s)?(?:by|via|through)\s$", _I)
# "X met Y on Tuesday and said he would visit Z": the plan after a reporting verb is not the met's status.
LATER_REPORT = re.compile(r"\s(?:and|but)\s(?:later\s|also\s)?(?:said|says|told|announced|added|promised|warned)\b",
                          _I)
# "Speaking in Helsinki, where he held talks with X, ...": "he" right before the trigger verb is its subject.
PRONOUN_BEFORE = re.compile(r"\b(?:he|she)\s(?:(?:also|later|then|had|has)\s)?$", _I)
# "The President also met X" (no name after the title): the office holder named in the sentences before.
THE_OFFICE_START = re.compile(r"^\W{0,3}The (?P<office>President|Prime Minister|Chancellor)\s(?![A-Z])")
# "X and Y have signed a deal" in the lead: news of the day of publication.
PERFECT_BEFORE = re.compile(r"\b(?:has|have)\s(?:(?:also|now|just|formally|officially)\s)?$", _I)
# "has now signed security agreements with 17 countries": a tally of past deals, not one event.
PLURAL_DEALS_AFTER = re.compile(r"^\s(?:[\w-]+\s){0,3}(?:agreements|deals|accords|treaties|memorandums)\b", _I)
# "Akar signed on behalf of Turkey": a signatory of the agreement named before.
ON_BEHALF_AFTER = re.compile(r"^\s(?:it\s|the (?:deal|agreement|accord|document)\s)?(?:on behalf of|for)\s", _I)
# "Zelensky to speak to Trump", "Lavrov to visit Ankara": a headline's plan.
HEADLINE_TO = re.compile(r"^\W{0,3}(?:[A-Z][\w'.-]*\s){1,4}to\s(?:(?:also|again)\s)?$")
# "negotiating teams would meet in Jeddah", "the two delegations met": talks (not "negotiators met X": a meeting).
NEGOTIATORS_BEFORE = re.compile(r"\b(?:negotiating teams?|delegations)\s(?:[\w']+\s){0,2}$", _I)

# "after Moscow and Kyiv signed a deal": two capitals standing for their governments (no venue).
_CAPITALS = r"(?:moscow|kyiv|kiev|washington|london|paris|berlin|ankara|beijing|warsaw|budapest|minsk)"
CAPITAL_PAIR = re.compile(
    rf"\b(?P<a>{_CAPITALS})\sand\s(?P<b>{_CAPITALS})\s(?:(?:have|has|had|also|finally)\s)?"
    r"(?:signed|agreed|reached|struck|clinched|sealed)\b", _I)

# "to find out what the US and Russia had agreed": country words in an embedded question are not parties.
EMBEDDED_QUESTION_BEFORE = re.compile(r"\b(?:what|whether|how|why)\s(?:the\s)?$", _I)
# "The next day, X spoke to Y": the day after the event of the sentence before.
NEXT_DAY = re.compile(r"^\W{0,3}(?:the (?:next|following) day|a day later|the day after),?\s", _I)

# "No agreement was announced." in the sentence after a meeting: its outcome.
STANDALONE_NO_DEAL = re.compile(
    r"\bno (?:deal|agreement|accord|breakthrough|joint statement) (?:was|has been|had been|were) (?:announced|reached"
    r"|signed|made|agreed)\b|\b(?:ended|concluded|finished|wrapped up) without (?:a |any )?(?:deal|agreement"
    r"|breakthrough)\b|\bthe (?:two |both )?(?:sides|parties|delegations|leaders) (?:did not|didn't|could not|couldn't"
    r"|failed to) (?:agree|reach|bridge|narrow|resolve)\b"
    r"|\b(?:are|were|remain|remained|still) (?:still |very |too |so )?far apart\b"
    r"|\b(?:did not|didn't|could not|couldn't|failed to) (?:reach|announce|sign|strike|produce|secure) (?:a |an |any )?"
    r"(?:[\w-]+ )?(?:deal|agreement|accord|breakthrough)\b", _I)
# "X told reporters the two sides agreed to restore ...": the outcome of the event just reported.
# "The two sides agreed to swap prisoners.", '"We agreed to exchange 1,000 for 1,000," X said.': its outcome.
STANDALONE_AGREED = re.compile(
    r"(?:\bthe (?:two |both )?(?:sides|parties|delegations|leaders|countries|governments)|\bwe) (?:had |have )?"
    r"(?:agreed (?:to|on)|reached (?:an? )?(?:agreement|deal))\b", _I)

# "The meeting will be chaired by X", "The summit opened on Tuesday, hosted by X": the event named before,
# with the person who runs it (a participant; people after a later clause break are not).
RUN_BY_AFTER = re.compile(
    r"^\s(?:(?:at|in)\s(?:the\s)?(?:[\w'-]+,?\s){1,3}?)?(?:(?:will|would|is|was|were|has|had|to)\s(?:be\s|been\s)?"
    r"|(?:opened|began|started|ended|closed)\s(?:[\w-]+\s){0,3}?(?:on\s[\w-]+,\s)?)?"
    r"(?:co-)?(?:chaired|hosted|led|moderated|attended|opened)\sby\s", _I)
# "wrapped up a two-day summit ... on Wednesday": the event began one day before the day named.
ENDED_MULTI_DAY = re.compile(
    r"\b(?:wrapped up|concluded|ended|closed|wound up|finished)\s(?:a|the|their|its)\s(?P<n>two|three)-day\s", _I)
# "Talks in Jeddah ended Sunday ..., the two-day meeting": a day named as the end of a multi-day event.
ENDED_ON_BEFORE = re.compile(r"\b(?:ended|concluded|wrapped up|closed|finished)\s(?:late\s)?(?:on\s)?$", _I)
N_DAY = re.compile(r"\b(?P<n>two|three)-day\b", _I)
# "Two days of talks in Jeddah ended on Sunday": the day named is the last of the event's days.
DAYS_OF_ENDED = re.compile(
    r"\b(?P<n>two|three|2|3) days of (?:[\w-]+ ){0,2}?(?:talks|negotiations|consultations|meetings)\b[^.;]{0,80}?"
    r"\b(?:ended|concluded|wrapped up|closed|finished)\s(?:late\s)?on\s(?:monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday)\b", _I)
# ", who held talks": the short gap between ", who " and the trigger of a relative clause.
WHO_GAP = re.compile(r"(?:(?:also|had|have|has|then|later|will|would|is|are|was|were|to)\s){0,2}$", _I)
AFTER_RELATIVE = re.compile(r",\swho\s[^,;]{0,160},\s(?:(?:also|had|have|has|then|later)\s){0,2}$", _I)
# "as Turkish President X looked on": a host or witness, not a party.
ONLOOKER_AFTER = re.compile(r"\s(?:looked on|watched|was watching|were watching|looking on)\b", _I)
# "X and his Turkish counterpart Y": the gap between two coordinated people.
COORDINATED_GAP = re.compile(r"(?:,\s|\s(?:and|&)\s)(?:(?:his|her|their)\s)?(?:[\w-]+\s){0,3}$", _I)
# "came as the counteroffensive has stalled": a subordinate clause with a subject of its own.
OTHER_CLAUSE = re.compile(r"\s(?:as|while|amid|even as|because)\s", _I)
# "After a closed-door meeting with X, ...", "At a meeting with X, he proposed ...": an event in a fronted phrase.
FRONTED_EVENT = re.compile(
    r"^\W{0,3}(?:at|after|during|following|in)\s(?:(?:a|an|his|her|their)\s(?:[\w-]+\s){0,2})?$", _I)
SUBJECT_PRONOUN = re.compile(r"(?:he|she)\s", _I)  # used with match(text, pos)
# "without a joint communique", "no joint statement": an agreement word that is negated.
NEGATED_OUTCOME_BEFORE = re.compile(r"\b(?:without|no)\s(?:a\s|an\s|any\s)?$", _I)
# A live blog's date line ("Sunday, 24 March 2024") and the time stamp of an entry ("\n17:50 - ...").
BLOG_DATE_LINE = re.compile(
    r"\W{0,3}(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s)?(?:\d{1,2}\s[a-z]{3,9}|[a-z]{3,9}"
    r"\s\d{1,2},?)\s\d{4}\s{0,3}\n", _I)
BLOG_TIME_STAMP = re.compile(r"\n\d{1,2}[:.]\d{2}\b")
# "the Munich Security Conference", "the Davos Economic Forum": a gathering named after its city.
GATHERING_AFTER = re.compile(r"\s(?:[A-Z][\w-]+\s){0,2}(?:Conference|Forum|Summit|Dialogue|Assembly)\b")
# ", which took part": a relative pronoun before an attendance verb (``diplomacy_slots._countries_before``).
WHICH_BEFORE = re.compile(r",\s(?:which|that|who)\s(?:also\s)?$", _I)
# "Prime Minister Mark Rutte of the Netherlands": the country after a name (a capitalised word, checked by lookup).
OF_COUNTRY = re.compile(r" of (?:the )?(?P<c>[A-Z][a-z]+(?: [A-Z][a-z]+)?)\b")
# "China's top diplomat is expected in Moscow later this week": a planned visit with no trigger word (the
# capitalised word after "in" must not be a month: "talks are due in March").
EXPECTED_IN = re.compile(
    r"\b(?:is|are) (?:also )?(?:expected|due) in (?=[A-Z])(?!(?:January|February|March|April|May|June|July|August"
    r"|September|October|November|December|Parliament|Court)\b)")
# "On Saturday and Sunday, Switzerland is hosting a peace summit": a progressive with a weekday is the plan.
PROGRESSIVE_BEFORE = re.compile(r"\b(?:is|are) (?:hosting|holding|staging|convening)\b", _I)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# "..., the talks ended without progress": a trigger that is the subject of a verb is a back-reference.
SUBJECT_OF_VERB = re.compile(
    r"^\s(?:ended|were|was|had|have|has|broke|collapsed|produced|yielded|failed|lasted|took|went|stalled"
    r"|concluded)\b", _I)
# "The agreement was signed at a ceremony in Istanbul": the deal named before.
THE_DEAL_WAS = re.compile(r"\bthe (?:agreement|deal|accord|treaty|memorandum) (?:was|has been|had been) $", _I)
# "X also held talks with Y", "She also met": a further event of the same occasion.
ALSO_BEFORE = re.compile(r"\balso\s(?:held\s|had\s)?$", _I)
# "The visit came days after a drone strike on Saturday": the date after it is the other event's.
CAME_AFTER = re.compile(
    r"\s(?:came|comes|took place|was held)\s(?:just\s|only\s|barely\s)?(?:(?:a|one|two|three|four|five|several"
    r"|\d{1,2})\s)?(?:days?|hours?|weeks?|months?)\s(?:after|before)\b", _I)

# "European leaders held an emergency meeting in Paris": a gathering of several unnamed states' leaders.
GROUP_SUBJECT_BEFORE = re.compile(
    r"\b(?:european|eu|nato|western|nordic|baltic|g7|g-7|g20|allied|arab|african|asian) (?:leaders|heads of state"
    r"|heads of government|(?:foreign|defen[cs]e) ministers)\s(?:will\s|are to\s)?(?:(?:held|hold|are holding"
    r"|were holding|gathered for|convened for)\s(?:(?:a|an|their)\s)?(?:[\w-]+\s){0,2})?$", _I)
# "met leaders of southeastern European countries at a summit in Tirana": the meeting is the summit.
MET_GROUP_AT = re.compile(
    r"^(?:met|meet|meets)\s(?:with\s)?(?:the\s)?(?:[\w-]+\s){0,3}?(?:leaders|heads of state|counterparts)\b"
    r"[^,;]{0,60}?\sat\s(?:a|an|the)\s(?:[\w-]+\s){0,2}$", _I)
# "The Ukrainian delegation was led by X, while the US sent its adviser Y": Y is another delegate of the talks.
DELEGATE_SENT = re.compile(r"\b(?:sent|dispatched)\s(?:(?:its|their|his|her)\s)?", _I)

# "a joint communique signed by 80 countries": a document that is the outcome of the event, no signing of its own.
COMMUNIQUE_BEFORE = re.compile(r"\b(?:communiqu[eé]|declaration|statement)\s$", _I)

# Venues named by a building or seat of power ("the Kremlin", "at Riyadh's Diriyah Palace").
# "in Istanbul's Dolmabahce Palace", "at Riyadh's Diriyah Palace": the city of a named building.
_BUILDING = r"(?:Palace|Hotel|Centre|Center|Hall|Residence|Castle|House|Mansion|Building|Complex|Pavilion|Forum)"
VENUE_BUILDING_AFTER = re.compile(rf"'s\s(?:[A-ZÀ-Þ][\w-]+\s){{1,3}}{_BUILDING}\b")

# "at the Diriyah Palace in ": a named building just before its city.
AT_BUILDING_IN = re.compile(rf"\bat\sthe\s(?:[A-Z][\w-]+\s){{1,3}}{_BUILDING}\sin\s$")
# "at the Burgenstock resort in ": a named resort before the country it is in.
RESORT = re.compile(r"\b(?:at|in)\sthe\s(?P<name>[A-ZÀ-Þ][\w-]+(?:\s[A-ZÀ-Þ][\w-]+)?)\sresort\s(?:in|near)\s$")
VENUE_ALIASES = {"the kremlin": "Moscow", "kremlin": "Moscow", "the white house": "Washington",
                 "the oval office": "Washington", "oval office": "Washington",
                 "white house": "Washington", "elysee palace": "Paris", "the elysee": "Paris",
                 "the elysee palace": "Paris",
                 "downing street": "London", "chequers": "London", "mar-a-lago": "Palm Beach"}
# Buildings named as the venue itself (not the city's name): "at Chequers" (house gold keeps "the White House"
# as Washington).
VENUE_BUILDINGS = {"chequers": "Chequers"}
VENUE_ALIAS_RE = re.compile(
    r"\b(?:in|at|to)\s(?P<alias>the Kremlin|the White House|the Oval Office|the Elysee(?: Palace)?|Downing Street"
    r"|Chequers|Mar-a-Lago)\b", _I)

# "A meeting between X and Y is possible once ...": a possibility, no event.
POSSIBLE_AFTER = re.compile(
    r"[^.;:!?]{0,80}?\s(?:is|was|would be|remains|seemed|seems)\s(?:still\s|now\s|only\s|also\s)?"
    r"possible\b", _I)
# "after the meeting", "as the talks wrapped up": a back-reference to an event named before; the people (and
# places outside its clause) around it are not its.
BACK_REFERENCE = re.compile(r"\b(?:after|before|following|since|during|as|while|when) (?:the|this|that) $", _I)
# "the two" with no noun ("and the two discussed Z"): an anaphor too weak to make a topic verb an event.
BARE_ANAPHOR = re.compile(r"the (?:two|three|four|five|six)\s(?:(?:had|have|also|then|later)\s)?$", _I)
# "X said he would meet Y": the speaker is the subject of the plan.
SPEAKER_IS_SUBJECT = re.compile(
    r"^(?:'s)?\s{0,3}(?:(?:later|also|earlier|then|again)\s)?(?:said|says|told \w+|announced)\s"
    r"(?:on \w+day\s)?(?:that\s)?(?:he|she|they|we|I)\b", _I)  # ("said on Saturday he would")
# "postponed a visit to Saudi Arabia": the event's day is the new one told after ("the trip will now take place on").
POSTPONED_BEFORE = re.compile(
    r"\b(?:postponed|postpones|rescheduled|pushed back)\s(?:(?:a|an|the|his|her|its|their)\s)?(?:[\w-]+\s){0,2}$", _I)
# Case-insensitive patterns with lower-case literals run over lower-cased text (same offsets, faster).
for _name, _value in list(globals().items()):
    if isinstance(_value, re.Pattern) and _name.isupper():
        globals()[_name] = lower_case_pattern(_value)

# Words right before a trigger that make it no event of its own (checked on the 90 characters before it):
# "urged Putin to withdraw his troops and open negotiations" (a demand), "until he meets Putin" (a
# condition), "criticized the call" / "Hours before those talks began" (a reference back to an event told
# already), "had to be discussed with Washington" (an obligation).
NO_EVENT_BEFORE = re.compile(
    r"(?:\b(?:urg(?:ed|es|ing)|call(?:ed|s)? on|press(?:ed|es|ing)|demand(?:ed|s)|ask(?:ed|s))\b[^.;:!?]{0,70}?"
    r"\b(?:to|and)\s(?:(?:open|start|begin|launch|resume|hold|enter|enter into|join)\s(?:\w+\s)?)$"
    r"|\buntil\s(?:he|she|they|we|[A-Z][\w'-]+)\s(?:(?:has|have|had|finally)\s)?$"
    r"|\b(?:criticiz|criticis|condemn|prais|welcom|slamm|denounc|hail|dismiss|question)(?:ed|es|e|ing)\s(?:the|that|this)\s"
    r"(?:(?:phone|video|telephone)\s)?$"
    r"|\b(?:those|these)\s$"
    r"|\b(?:to|must|should|would|could|will|can|cannot|can't)\sbe\s$)", _I)
# "once its demands were met": a passive "met" with no "by"/"with" after it is no meeting.
PASSIVE_MET_BEFORE = re.compile(r"\b(?:was|were|is|are|be|been|being)\s(?:(?:not|fully|all|partly)\s)?$", _I)
BY_OR_WITH_AFTER = re.compile(r"^\s(?:by|with)\b", _I)
