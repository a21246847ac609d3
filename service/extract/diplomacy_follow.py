"""Diplomacy rules that read a sentence after (or around) the one that named an event: the dateline city,
the venue of a meeting "on the sidelines", an outcome told in the next sentence.

Each function fills a ``DipMention`` in place (or returns a place); ``diplomacy.extract`` calls them.
"""

from __future__ import annotations

from service.domain import Place
from service.extract import diplomacy_cues as cues
from service.extract import diplomacy_lexicon as lx
from service.extract.diplomacy_types import DipMention, DocContext
from service.nlp.text import Doc, Sentence

_OUTCOME_WORDS = ("no ", "without", " not ", "n't", "failed", "agreed", "reached")  # see standalone_outcome


def dateline_city(doc: Doc) -> Place | None:
    """The settlement of a dateline ("KYIV, Ukraine (AP) - ..."), or None."""
    m = lx.DATELINE.match(doc.text)
    if not m:
        return None
    for pm in doc.places:
        if pm.start >= m.start("city") and pm.end <= m.end("city") and pm.place.precision == "settlement":
            return pm.place
    return None


def aside_venue(found: list[DipMention], ctx: DocContext, prev: Sentence) -> None:
    """ "X addressed the assembly in New York. He met Y on the sidelines": the city "in" the sentence before."""
    text = ctx.doc.text
    city = next((pm for pm in reversed(ctx.places_in(prev.start, prev.end)) if pm.place.precision == "settlement"
                 and text.endswith("in ", 0, pm.start)), None)
    for m in found:
        m.aside = True
        if m.venue is None and m.kind != "call" and city is not None:
            m.venue, m.venue_span = city.place, (city.start, city.end)


def standalone_outcome(m: DipMention, text: str, offset: int) -> None:
    """The outcome told in the sentence after a held event, without naming it: "No agreement was announced.",
    "X told reporters the two sides agreed to restore embassy staff." (``offset``: body offset of ``text``)."""
    low = text.lower()
    if len(text) > 600 or not any(w in low for w in _OUTCOME_WORDS):
        return  # a run-on "sentence", or no word any outcome statement needs
    found = cues.STANDALONE_NO_DEAL.search(text)
    if found:
        m.outcome = "no_breakthrough"
    else:
        found = cues.STANDALONE_AGREED.search(text)
        if found is None or lx.NOT_OUTCOME.search(text, found.start()):
            return
        m.outcome = "agreement"
    m.outcome_spans.append((offset + found.start(), offset + found.end()))
