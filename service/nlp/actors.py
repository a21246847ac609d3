"""People and sides: who is named in a text, and which country a word stands for.

- ``find_people(text)`` -> every person mention with a canonical name, role and country: the lexicon
  (``actors_data.PEOPLE``: Zelensky/Zelenskiy -> "Volodymyr Zelenskyy"), unknown people introduced with a
  title ("Turkish Foreign Minister Mevlut Cavusoglu", "the chancellor's spokesman Steffen Hebestreit"), and
  later surname-only mentions of either.
- ``side_of(text)`` -> "RU" / "UA" for the first side word ("Russian forces", "the Kremlin", "Kyiv", "SBU").
- ``country_code(word)`` / ``countries_in(text)`` -> alpha-2 codes for country names and adjectives.

Matching runs on an ASCII-folded, same-length copy of the text, so offsets point into the input.
Tables compile once, on first use. Every pattern is bounded: linear in the text's length.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from service.nlp.actors_data import COUNTRIES, METONYMS, PEOPLE, SIDE_WORDS
from service.nlp.actors_text import _NAME_TOKEN, _SPACE, _tokens, _words_pattern, fold, runs, surname_pairs


@dataclass(frozen=True, slots=True)
class Person:
    name: str  # canonical English name, ASCII-folded
    role: str | None
    country: str | None  # alpha-2, None for officials of international bodies


@dataclass(frozen=True, slots=True)
class PersonMention:
    """``text[start:end]`` names ``person``; ``title`` is the role phrase written before it, if any."""

    start: int
    end: int
    person: Person
    text: str
    title: str | None = None


@dataclass(frozen=True, slots=True)
class _Tables:
    by_form: dict[str, tuple[Person, bool]]  # surface form -> (person, is a full name)
    heads: frozenset[str]  # first words of the forms: a token that begins none is skipped at once
    ctx_surnames: dict[str, Person]  # surnames usable only after the full name appeared
    people: re.Pattern[str]
    countries: dict[str, str]  # word -> alpha-2
    country_re: re.Pattern[str]
    side_re: re.Pattern[str]
    side_codes: dict[str, str]


def _surname(name: str, country: str | None) -> str:
    tokens = name.split()
    if country in {"CN", "KP"}:  # family name first
        return tokens[0]
    return tokens[-1]


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    by_form: dict[str, tuple[Person, bool]] = {}
    ctx: dict[str, Person] = {}
    for line in PEOPLE.strip().splitlines():
        name, role, country, aliases, flag = (part.strip() for part in line.split("|"))
        person = Person(name, role or None, country or None)
        forms = [name] + [a.strip() for a in aliases.split(",") if a.strip()]
        for form in forms:
            full = " " in form or "-" in form or form.isupper()
            by_form.setdefault(_key(form), (person, full))
        surname = _surname(name, person.country)
        if flag == "solo":
            by_form.setdefault(surname, (person, False))
        else:
            ctx.setdefault(surname, person)
    countries = {_key(w.strip()): code for code, words in COUNTRIES.items() for w in words.split(",")}
    side_codes = dict(countries)
    for table in (METONYMS, SIDE_WORDS):
        for code, words in table.items():
            for w in words.split(","):
                side_codes[_key(w.strip())] = code
    side_codes = {w: c for w, c in side_codes.items() if c in {"RU", "UA"}}
    return _Tables(
        by_form=by_form,
        heads=frozenset(k.split(" ", 1)[0] for k in by_form),
        ctx_surnames=ctx,
        people=_words_pattern(list(by_form), r"[\w-]", r"(?![\w-])"),
        countries=countries,
        country_re=_words_pattern(list(countries), r"[\w.]", r"(?:'s)?(?!\w)"),
        side_re=_words_pattern(list(side_codes), r"[\w.]", r"(?:'s)?(?!\w)"),
        side_codes=side_codes,
    )


_POSSESSIVE = re.compile(r"'s$")
_SEPARATORS = re.compile(r"[\s-]+")


def _key(surface: str) -> str:
    return _SEPARATORS.sub(" ", _POSSESSIVE.sub("", surface))


_MAX_FOLLOW = 100  # unknown people whose surnames are followed up (bounds the per-document pattern)
_NOT_NAMES = frozenset(
    {
        "The", "A", "An", "On", "In", "At", "For", "And", "But", "Monday", "Tuesday", "Wednesday", "Thursday",
        "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December", "Oblast", "Region", "He", "She", "They", "It", "This",
        "That", "Ukraine", "Russia", "Kremlin", "Moscow", "Kyiv", "Washington", "White", "House", "NATO", "European",
        "Union", "National", "Security", "Defence", "Defense", "Council", "Ministry", "Foreign", "Affairs", "Armed",
        "Forces", "General", "Staff", "Committee", "Service", "Office", "Agency", "State", "Department", "Navy",
        "Army", "Guard", "Parliament", "Assembly", "Commission", "Bank", "Fund",
    }
)


def _overlaps(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of ``taken`` (sorted, mutually disjoint intervals)."""
    i = bisect_left(taken, (end,))
    return i > 0 and taken[i - 1][1] > start


_ROLE_WORDS = frozenset(
    {
        "minister", "president", "chancellor", "secretary", "envoy", "negotiator", "counterpart", "spokesman",
        "spokeswoman", "spokesperson", "adviser", "advisor", "aide", "ambassador", "governor", "mayor", "commander",
        "general", "chief", "prince", "emir", "king", "sheikh", "senator", "premier", "fund", "head", "director",
        "representative", "commissioner", "speaker", "leader", "official", "lawmaker", "diplomat", "prosecutor",
    }
)
_MAX_TITLE = 70  # characters before a name searched for its title's country word
# A lower-case title never ends with these words: "the UN General Assembly in New York" names no person.
_NOT_TITLE_END = frozenset({"the", "of", "a", "an", "to", "for", "in", "at", "on", "from", "near", "by", "with",
                            "into", "and", "or"})


def _titled(text: str, folded: str, toks: list[tuple[int, int, str]], run_start: int) -> PersonMention | None:
    """An unknown person in a run of capitalised tokens, introduced by a role word inside or just before it."""
    j = max((i for i, t in enumerate(toks) if t[2].lower() in _ROLE_WORDS), default=-1)
    role_words: list[str] = []
    if j < 0:  # a lower-case title before the run: "his Swiss counterpart", "minister of state"
        before = [w.rstrip(",").lower() for w in folded[max(0, run_start - 40) : run_start].split()][-3:]
        k = next((i for i, w in enumerate(before) if w in _ROLE_WORDS), -1)
        if k < 0 or before[-1] in _NOT_TITLE_END:  # "secretary of the National ...", "Assembly in New York"
            return None
        role_words = before[k:]
    name = []
    for t in toks[j + 1 : j + 4]:
        if not _NAME_TOKEN.fullmatch(t[2]) or t[2] in _NOT_NAMES:
            break
        name.append(t)
    if len(name) < 2 or any(t[2] in _tables().countries for t in name):
        return None
    start, end = name[0][0], name[-1][1]
    title_lo = toks[0][0] if j >= 0 else max(0, run_start - 40)
    title = folded[title_lo:start].strip(" ,")
    codes = countries_in(folded[max(0, start - _MAX_TITLE) : start])
    country = codes[-1][2] if codes else None
    if not role_words:
        role_words = [t[2].lower() for t in toks[: j + 1] if _tables().countries.get(_key(t[2])) is None][-3:]
    role = " ".join(role_words) or None
    person = Person(" ".join(t[2] for t in name), role, country)
    return PersonMention(start, end, person, text[start:end], title or None)


# "Sergei Beseda, an adviser to the head of the FSB": a title written after the name.
_APPOSITIVE = re.compile(
    r",\s(?:an?|the|his|her|their|who is)\s(?:(?:top|chief|senior|deputy|special|former|presidential|lead|key)\s)?"
    r"(?P<role>advis[eo]r|aide|envoy|negotiator|spokes(?:man|woman|person)|ambassador|minister|official|diplomat"
    r"|secretary|representative|deputy)\b"
)


def _appositive(text: str, folded: str, toks: list[tuple[int, int, str]], run_end: int) -> PersonMention | None:
    """An unknown person named by a run of 2-3 name tokens followed by an appositive title."""
    if not 2 <= len(toks) <= 3 or any(not _NAME_TOKEN.fullmatch(t[2]) or t[2] in _NOT_NAMES for t in toks):
        return None
    if any(t[2] in _tables().countries for t in toks):
        return None
    m = _APPOSITIVE.match(folded, toks[-1][1], toks[-1][1] + 60)
    if m is None:
        return None
    start, end = toks[0][0], toks[-1][1]
    codes = countries_in(folded[max(0, start - _MAX_TITLE) : min(len(folded), m.end() + 40)])
    person = Person(" ".join(t[2] for t in toks), m.group("role"), codes[0][2] if len(codes) == 1 else None)
    return PersonMention(start, end, person, text[start:end], None)


def _scan_runs(text: str, folded: str) -> tuple[list[PersonMention], list[PersonMention]]:
    """(lexicon people, titled unknown people) found in the capitalised runs of the text."""
    tables = _tables()
    known: list[PersonMention] = []
    titled: list[PersonMention] = []
    heads = tables.heads
    for run in runs(folded):
        word = run.group(0)
        if word.isalpha():  # the common one-word run ("The", "Russia"): nothing to trim
            if word not in heads:
                continue
        elif _SPACE.search(word) is None:  # one token: no title run; skip it unless it begins a name
            word = word.removesuffix("'s").rstrip(",.;:'")
            if word not in heads and word.split("-", 1)[0] not in heads:
                continue
        toks = _tokens(folded, run.start(), run.end())
        i, hit_any = 0, False
        while i < len(toks):
            word = toks[i][2]
            if word not in heads and word.split("-", 1)[0] not in heads:
                i += 1
                continue
            for n in range(min(5, len(toks) - i), 0, -1):
                key = " ".join(t[2] for t in toks[i : i + n])
                entry = tables.by_form.get(key.replace("-", " ") if "-" in key else key)
                if entry is not None:
                    s, e = toks[i][0], toks[i + n - 1][1]
                    known.append(PersonMention(s, e, entry[0], text[s:e]))
                    i, hit_any = i + n, True
                    break
            else:
                i += 1
        if not hit_any and len(toks) >= 2 and len(titled) < _MAX_FOLLOW:
            person = _titled(text, folded, toks, run.start()) or _appositive(text, folded, toks, run.end())
            if person is not None:
                titled.append(person)
    return known, titled


def find_people(text: str) -> list[PersonMention]:
    """Every person named in ``text`` (a whole document: surname follow-ups need the full name first)."""
    if not text:
        return []
    tables = _tables()
    folded = fold(text)
    found, titled = _scan_runs(text, folded)
    found.extend(titled)
    # surname follow-ups: context-only lexicon surnames once the full name was seen, and titled unknowns
    follow: dict[str, tuple[Person, int]] = {}
    for p in found:
        surname = _surname(p.person.name, p.person.country)
        if tables.ctx_surnames.get(surname) == p.person:
            follow.setdefault(surname, (p.person, p.end))
    for p in titled[:_MAX_FOLLOW]:
        follow.setdefault(_surname(p.person.name, p.person.country), (p.person, p.end))
    if follow:
        pattern = _words_pattern(list(follow), r"[\w-]", r"(?![\w-])")
        taken = sorted((p.start, p.end) for p in found)
        for m in pattern.finditer(folded):
            person, after = follow[m.group(0)]
            if m.start() >= after and not _overlaps(taken, m.start(), m.end()):
                found.append(PersonMention(m.start(), m.end(), person, text[m.start() : m.end()]))
    if "-" in text:
        _paired(text, folded, found)
    found.sort(key=lambda p: p.start)
    return found


def _paired(text: str, folded: str, found: list[PersonMention]) -> None:
    """Adds the lexicon people of "Trump-Putin summit" compounds (``folded``: same-length folded ``text``)."""
    taken = sorted((p.start, p.end) for p in found)
    by_form = _tables().by_form
    for start, end in surname_pairs(folded):
        hit = by_form.get(_key(folded[start:end]))
        if hit and not _overlaps(taken, start, end):
            found.append(PersonMention(start, end, hit[0], text[start:end]))


def lookup_person(name: str) -> Person | None:
    """The lexicon entry for a full name or a distinctive surname ("Zelensky" -> Volodymyr Zelenskyy)."""
    hit = _tables().by_form.get(_key(fold(name.strip())))
    return hit[0] if hit else None


def country_code(word: str) -> str | None:
    """Alpha-2 for a country name, adjective or possessive ("Turkish", "Russia's", "U.S."); else None."""
    key = fold(word.strip()).removesuffix("'s")
    code = _tables().countries.get(_key(key))
    if code:
        return code
    m = _tables().country_re.search(key)
    return _tables().countries.get(_key(m.group(0))) if m else None


def countries_in(text: str) -> list[tuple[int, int, str]]:
    """(start, end, alpha-2) for every country name or adjective in ``text`` (not capitals)."""
    tables = _tables()
    out = []
    for m in tables.country_re.finditer(fold(text)):
        out.append((m.start(), m.end(), tables.countries[_key(m.group(0))]))
    return out


def sides_in(text: str) -> list[tuple[int, int, str]]:
    """(start, end, "RU"|"UA") for every side word: countries, adjectives, capitals, forces, services."""
    tables = _tables()
    out = []
    for m in tables.side_re.finditer(fold(text)):
        out.append((m.start(), m.end(), tables.side_codes[_key(m.group(0))]))
    return out


def side_of(text: str) -> str | None:
    """"RU" or "UA" for the first side word in ``text`` ("Russian forces" -> "RU"); None if there is none."""
    m = _tables().side_re.search(fold(text))
    return _tables().side_codes[_key(m.group(0))] if m else None
