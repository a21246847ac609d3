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
LATER_REPORT = re.compile(r"\s(?:and|but)\s(?:later\s|also\s)?(?:said|says|told|announced|added|promised)\b", _I)
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
# "negotiating teams would meet in Jeddah": the teams' meeting is talks (not "negotiators met X": a meeting).
NEGOTIATORS_BEFORE = re.compile(r"\bnegotiating teams?\s(?:[\w']+\s){0,2}$", _I)

# "to find out what the US and Russia had agreed": country words in an embedded question are not parties.
EMBEDDED_QUESTION_BEFORE = re.compile(r"\b(?:what|whether|how|why)\s(?:the\s)?$", _I)
# "The next day, X spoke to Y": the day after the event of the sentence before.
NEXT_DAY = re.compile(r"^\W{0,3}(?:the (?:next|following) day|a day later|the day after),?\s", _I)

# "No agreement was announced." in the sentence after a meeting: its outcome.
STANDALONE_NO_DEAL = re.compile(
    r"\bno (?:deal|agreement|accord|breakthrough|joint statement) (?:was|has been|had been|were) (?:announced|reached"
    r"|signed|made|agreed)\b|\b(?:ended|concluded|finished|wrapped up) without (?:a |any )?(?:deal|agreement"
    r"|breakthrough)\b|\bthe (?:two |both )?(?:sides|parties|delegations|leaders) (?:did not|didn't|could not|couldn't"
    r"|failed to) (?:agree|reach)\b", _I)
# "X told reporters the two sides agreed to restore ...": the outcome of the event just reported.
STANDALONE_AGREED = re.compile(
    r"\bthe (?:two |both )?(?:sides|parties|delegations|leaders|countries|governments) (?:had |have )?"
    r"(?:agreed (?:to|on)|reached (?:an? )?(?:agreement|deal))\b", _I)

# "The meeting will be chaired by X", "The summit opened on Tuesday, hosted by X": the event named before,
# with the person who runs it (a participant; people after a later clause break are not).
RUN_BY_AFTER = re.compile(
    r"^\s(?:(?:at|in)\s(?:the\s)?(?:[\w'-]+,?\s){1,3}?)?(?:(?:will|would|is|was|were|has|had|to)\s(?:be\s|been\s)?"
    r"|(?:opened|began|started|ended|closed)\s(?:[\w-]+\s){0,3}?(?:on\s[\w-]+,\s)?)?"
    r"(?:co-)?(?:chaired|hosted|led|moderated|attended|opened)\sby\s", _I)
# ", hosted by X" after the trigger of a clause: describes that trigger, is not an event of its own.
HOSTED_BY_APPOSITIVE = re.compile(r"^,\s(?:co-)?hosted\sby\b", _I)
# "wrapped up a two-day summit ... on Wednesday": the event began one day before the day named.
ENDED_MULTI_DAY = re.compile(
    r"\b(?:wrapped up|concluded|ended|closed|wound up|finished)\s(?:a|the|their|its)\s(?P<n>two|three)-day\s", _I)
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
