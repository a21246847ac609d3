"""Is this article English? A small, linear-time detector (no model to download).

The extractors read English; an article in another language is routed away (counted, and kept
in the dead-letter topic with reason ``unsupported_language`` so it can be replayed when
support lands) instead of being run through English patterns that would invent nothing or worse.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]+")
_EN_STOP = frozenset(
    {
        "the", "of", "and", "to", "in", "a", "is", "was", "that", "for", "on", "with", "said", "by", "as",
        "at", "from", "it", "its", "has", "have", "had", "be", "were", "are", "this", "which", "an", "but",
        "not", "after", "their", "they", "he", "she", "his", "her", "will", "would", "been", "who", "also",
    }
)
_UK_ONLY = frozenset("іїєґІЇЄҐ")
_RU_ONLY = frozenset("ыэъёЫЭЪЁ")
_SAMPLE_CHARS = 20_000  # the opening of a long article decides; keeps the cost bounded


def detect(text: str) -> str:
    """``"en"``, ``"uk"``, ``"ru"`` or ``"und"`` (undetermined / another language)."""
    sample = text.lstrip()[:_SAMPLE_CHARS]
    words = _WORD.findall(sample)
    if not words:
        return "und"
    letters = sum(len(w) for w in words)
    cyrillic = sum(1 for w in words for c in w if "\u0400" <= c <= "\u04ff")
    if cyrillic > letters * 0.4:
        uk = sum(1 for c in sample if c in _UK_ONLY)
        ru = sum(1 for c in sample if c in _RU_ONLY)
        return "uk" if uk >= ru else "ru"
    if len(words) < 12:
        return "en"  # too short to judge by function words; Latin script
    stop = sum(1 for w in words if w.lower() in _EN_STOP)
    return "en" if stop >= len(words) * 0.06 else "und"


def is_english(declared: str | None, text: str) -> tuple[bool, str]:
    """(english?, language). A declared language is trusted; otherwise detect."""
    if declared:
        language = declared.lower()[:8]
        return language.startswith("en"), language
    language = detect(text)
    return language == "en", language
