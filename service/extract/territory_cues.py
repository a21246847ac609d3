"""Territory cues added for the wording of unseen reporting: small constant patterns, compiled once.

Each pattern has bounded repetition (linear time); callers gate them behind cheap ``in`` tests.
"""

from __future__ import annotations

import re

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
# the date line of a live blog: "These are the latest developments on Tuesday, May 14."
LIVE_HEADER = re.compile(r"[^.\n]{0,40}\b(?:latest|key|main)\s+(?:developments|updates|events)\s+(?:on|for|from)\s",
                         re.IGNORECASE)
PURPOSE_BEFORE = re.compile(r"\bto\s+[\"']?$")
# "the loss of Avdiivka", "the loss of the town of X": a place right after "loss of" (original case)
LOSS_OF_PLACE = re.compile(r"\s+(?:the\s+(?:[a-z-]+\s+)?(?:village|town|city|settlement|hub|stronghold)s?\s+of\s+)?"
                           r"[A-Z]")
