"""Length-preserving text normalisation and sentence splitting.

Evidence offsets must point into the article body exactly as received, so every
normalisation here keeps the text's length: HTML tags become spaces, an entity becomes
its character padded with spaces, typographic quotes and dashes map one-to-one to ASCII.
Patterns run over the normalised text; quotes are cut from the original body.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import date, datetime

from service.domain import Article, Mention, Span

_TAG = re.compile(r"<[^<>]{0,500}>")
_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_ONE_TO_ONE = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
        "\u2013": "-", "\u2014": "-", "\u2012": "-", "\u2212": "-", "\u2010": "-", "\u2011": "-",
        "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2007": " ", "\u200b": " ", "\ufeff": " ",
        "\t": " ", "\r": " ",
    }
)
# A sentence ends at . ! ? (optionally followed by closing quotes/brackets) before whitespace and
# an upper-case letter, digit or opening quote; or at a line break. Abbreviations are re-joined below.
_SENT_END = re.compile(r"""[.!?]['")\]]*(?=\s+['"(\[]?[A-Z0-9\u0400-\u04FF])|\n+""")
_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sgt|St|Jr|Sr|Prof|Gov|Sen|Rep|Pres|Adm|Brig|No|vs|etc|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|U\.K|U\.N|approx)|\b[A-Z])\.$"
)


def _entity_repl(m: re.Match[str]) -> str:
    raw = m.group(0)
    char = html.unescape(raw)
    if len(char) != 1:  # unknown entity: leave it as text
        return raw
    return char.translate(_ONE_TO_ONE) + " " * (len(raw) - 1)


def normalise(body: str) -> str:
    """Return a same-length copy of ``body`` that is easier to match patterns against."""
    text = _TAG.sub(lambda m: " " * len(m.group(0)), body) if "<" in body else body
    if "&" in text:
        text = _ENTITY.sub(_entity_repl, text)
    return text.translate(_ONE_TO_ONE)


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of the normalised text; ``start``/``end`` are offsets into the body."""

    index: int
    start: int
    end: int
    text: str  # normalised text of the sentence (same length as the body slice)


def split_sentences(text: str) -> list[Sentence]:
    """Split normalised text into sentences with their body offsets (linear time)."""
    out: list[Sentence] = []
    start = 0
    for m in _SENT_END.finditer(text):
        newline = m.group(0)[0] == "\n"
        end = m.start() if newline else m.end()
        if not newline and _ABBREV.search(text[max(start, end - 12) : end]):
            continue  # "Mr." or "Feb." is not the end of a sentence
        _append(out, text, start, end)
        start = m.end()
    _append(out, text, start, len(text))
    return out


def _append(out: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(len(out), start, end, text[start:end]))


def parse_anchor(published_at: str | None) -> date | None:
    """The article's publication date, the anchor for relative dates ("on Saturday")."""
    if not published_at:
        return None
    try:
        return datetime.fromisoformat(published_at.replace("Z", "+00:00")).date()
    except ValueError:
        return None


@dataclass(frozen=True, slots=True)
class Doc:
    """An article prepared for extraction: normalised text, sentences and the date anchor."""

    article: Article
    text: str  # normalised, same length as article.body
    sentences: tuple[Sentence, ...]
    anchor: date | None
    places: tuple[Mention, ...] = ()  # gazetteer mentions in the whole text, set by the pipeline

    def places_in(self, start: int, end: int) -> list[Mention]:
        """The place mentions inside body[start:end] (e.g. one sentence), in text order."""
        return [m for m in self.places if m.start >= start and m.end <= end]

    def span(self, start: int, end: int) -> Span:
        """Evidence for body[start:end], trimmed of surrounding white space."""
        body = self.article.body
        while start < end and body[start].isspace():
            start += 1
        while end > start and body[end - 1].isspace():
            end -= 1
        return Span(start, end, body[start:end])


def make_doc(article: Article) -> Doc:
    """Prepare an article for the extractors (pure, linear in the body's length)."""
    text = normalise(article.body)
    return Doc(article, text, tuple(split_sentences(text)), parse_anchor(article.published_at))
