"""Where a territorial trigger happened: the places, regions and villages of a document, per sentence.

``PlaceReader(doc, resources, low, hits)`` holds one document's place mentions (the gazetteer's, compound
names, villages the gazetteer lacks) and gives a trigger its places: ``attach`` reads the clause after an
active verb or before a passive one, follows "its", "the town" and "which Russia captured" to their
antecedents, and re-resolves each place in the region the text names. ``territory._Reader`` builds on it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from service.domain import Mention, Place
from service.extract import territory_cues as cues
from service.extract import territory_lexicon as lx
from service.extract import territory_names as names
from service.extract import territory_places as tp
from service.extract.territory_hits import Hit, Raw
from service.nlp.text import Doc
from service.resources import Resources

_RETAKEN = frozenset({"recaptured", "liberated"})
_REGION_LINK = re.compile(r"\s*,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?")
_PLURAL_REGIONS = re.compile(r"\b(?:regions|oblasts|provinces)\b")
_INCLUDING = re.compile(r"\b(?:including|among\s+them|such\s+as)\s")


class PlaceReader:
    """The places of one document, and the places each territorial trigger names."""

    def __init__(self, doc: Doc, resources: Resources, low: str, hits: dict[int, list[Raw]]) -> None:
        self.doc = doc
        self.low = low
        self.gaz = resources.gazetteer
        self.hits = hits
        self.every = names.compounds(doc.text, doc.places)
        self.mentions = tp.usable(doc.text, self.every)
        self.home = names.dominant_admin1(self.mentions)
        self._places: dict[int, list[Mention]] = {}
        self._unknown: set[str] = set()  # villages the gazetteer lacks, read from their context so far

    def places(self, si: int) -> list[Mention]:
        """The usable places of a sentence: the gazetteer's, and villages it does not know."""
        if si not in self._places:
            sent = self.doc.sentences[si]
            known = tp.within(sent.start, sent.end, self.mentions)
            every = tp.within(sent.start, sent.end, self.every)
            ends = [end for _, end, _ in self.hits.get(si, ())]
            extra = names.unknown_places(self.doc.text, sent.start, sent.end, every, ends, "UA", self._unknown)
            self._unknown.update(m.surface for m in extra)
            self._places[si] = sorted(known + extra, key=lambda m: m.start) if extra else known
        return self._places[si]

    def attach(
        self, si: int, h: Hit, live: list[Hit], settlements: list[Mention], regions: list[Mention]
    ) -> tuple[list[Mention], list[Place], list[tuple[int, int]]]:
        text, sent = self.doc.text, self.doc.sentences[si]
        nxt = min((o.start for o in live if o.start > h.start), default=sent.end)
        if h.voice == "pass" and "control" in text[h.start : h.end].lower():
            lo = tp.clause_start(text, h.start, max(sent.start, h.start - 150))
            places, window = tp.within(lo, h.start, settlements), (lo, h.start)
        elif h.voice == "pass":
            places = tp.before(text, h.start, settlements)
            stop = tp.clause_end(text, h.end, min(sent.end, h.end + 60, nxt))
            lo = places[0].start if places else tp.clause_start(text, h.start, max(sent.start, h.start - 60))
            window = (lo, stop)
        else:
            stop = tp.clause_end(text, h.end, min(sent.end, h.end + 110, nxt))
            begin = h.end
            regroup = self.low.startswith("regr", h.start)  # "would \"regroup\" to reinforce Y": Y is no source
            if h.status == "withdrew" and (regroup or cues.DESTINATION.match(self.low, h.end)):
                # "withdrew to new positions near Pokrovsk": where they went is not what they left
                source = self.low.find(" from ", h.end, stop)
                begin = source + 1 if source >= 0 else stop
                edge = self.low.find("outskirts of ", h.end, stop) if source < 0 else -1
                if edge >= 0:
                    begin = edge  # "pulled back to the outskirts of the town": they left the town
            including = _INCLUDING.search(self.low, h.end, min(sent.end, h.end + 200, nxt))
            if including and not tp.within(h.end, including.start(), settlements):
                # "captured nine villages in the Kharkiv region since Friday, including X, Y and Z"
                stop = tp.clause_end(text, including.end(), min(sent.end, including.end() + 110, nxt))
            adverbial = cues.FRONTED_ADVERBIAL.match(text, sent.start, h.start + 80)
            if adverbial and h.end <= adverbial.end():
                stop = min(stop, adverbial.end())  # "Hours after the Russian retreat, missiles struck X"
            places, window = tp.after(text, begin, stop, settlements), (begin, stop)
            if places and h.voice == "act" and ", wh" in text[max(sent.start, h.start - 70) : h.start]:
                # "Lyman, which Russia captured in May, was a hub on the road to Siversk": Lyman was taken
                places = tp.relative_object(text, h.start, settlements) or places
            first = places[0].start if places else 0
            if places and h.status == "advancing" and cues.FROM_SOURCE.search(self.low, max(begin, first - 30), first):
                # "advancing from the area around X in the direction of Y": X is where they set out from
                onward = tp.after(text, places[-1].end, stop, settlements)
                if onward and cues.TOWARD_GAP.search(self.low, places[-1].end, onward[0].start):
                    places = onward
        if self.low[h.start : h.end] in lx.CHANGE_NOUNS and not self.low.startswith(" of ", h.end) \
                and cues.POSSESSED_NOUN.search(text, max(0, h.start - 8), h.start):
            places = self.owner(si, h, settlements)  # "Its recapture opens the way for ..."
        elif self.low[h.start : h.end] in lx.CHANGE_NOUNS and text.startswith("'s ", h.start - 3):
            places = [m for m in settlements if m.end == h.start - 3] or places  # "Lyman's recapture opens ..."
        if not places and h.status == "withdrew":  # "its troops in the X area would regroup"
            places = tp.stationed(text, max(sent.start, h.start - 150), h.start, settlements)
        if not places:
            places = self.referent(si, h, window, settlements)
        if not places:
            regs = [self.region(r) for r in regions if window[0] <= r.start < window[1]]
            return [], regs, []
        if h.status == "withdrew" and regions:  # "pulled back from X to reinforce positions in the Y region"
            last = places[-1].end
            regions = [r for r in regions if r.start < last or " to " not in self.low[last : r.start]]
        # each place's region: named right after it or after a later place of its list
        own = [tp.region_after(text, m, regions) for m in places]
        spread = len(places) > 1 and own[-1] is not None and not any(own[:-1])
        if spread:
            own = self._distributed(own, regions)
            spread = own[0] is not None
        regs, out = [], []
        near = None
        named = False  # the hints are regions the sentence names, not the places near it
        # "retook A and B, north of Sudzha": the aside after a list locates each of its places
        located = [tp.locator(text, m, self.places(si)) for m in places]
        for i, m in enumerate(places):
            found = next((r for r in own[i:] if r is not None), None)
            locator = located[i] or next((k for k in located[i + 1 :] if k is not None and k not in places), None)
            if found is not None:
                region = self.region(found)
                regs.append(region)
                hints, cross = [region.admin1 or region.name], True
            elif locator is not None and locator.place.admin1:
                out.append(self.in_region(m, [locator.place.admin1], force=True))
                continue
            else:
                if near is None:  # the region of a place it is "near", else one named in the sentence
                    near = names.near_hints(text, self.places(si), places)
                    named = not near and bool(regions) and all(tp.is_region(r) for r in regions)
                    near += [self.region(r).admin1 or r.place.name for r in regions]
                hints, cross = near, named
            if not hints and h.status in _RETAKEN and (m.surface != m.place.name or m.place.geonameid is None) \
                    and "ukrain" not in self.low[sent.start : h.start]:
                russian = self.russian_region_before(si)  # "Russia retook Sudzha in the Kursk region. ... also
                if russian and russian.admin1:  # retaken Melovoi and Podol": Russian spellings, not the namesakes
                    out.append(self.in_region(m, [russian.admin1], force=True))
                    continue
            if m.place.admin1 is None and not hints:  # a village the gazetteer lacks, named beside a known one
                hints = [k.place.admin1 for k in self.places(si) if k.place.admin1 and not tp.is_region(k)][:1]
            out.append(self.in_region(m, hints, force=spread, cross=cross))
        unique = list({r.name: r for r in regs}.values())
        return out, unique, [(m.start, m.end) for m in out]

    def russian_region_before(self, si: int) -> Place | None:
        """The Russian region named last in the two sentences before ``si``, if the last region named is one."""
        for j in (si - 1, si - 2):
            regions = [m for m in self.places(j) if tp.is_region(m)] if j >= 0 else []
            if regions:
                last = regions[-1].place
                return self.region(regions[-1]) if last.country == "RU" and last.admin1 else None
        return None

    def _distributed(self, own: list[Mention | None], regions: list[Mention]) -> list[Mention | None]:
        """ "A and B in the Donetsk and Dnipropetrovsk regions": one region per place, in order."""
        chain = [own[-1]]
        for r in regions:
            last = chain[-1]
            if last is not None and r.start > last.end and _REGION_LINK.fullmatch(self.low, last.end, r.start):
                chain.append(r)
        tail = chain[-1]
        if len(chain) != len(own) or tail is None or not _PLURAL_REGIONS.search(self.low, tail.start, tail.end + 10):
            return own
        return chain

    def listed(self, si: int) -> tuple[list[Mention], list[Place], list[tuple[int, int]]]:
        """The places of a sentence that lists the ones the sentence before counted, each in its region."""
        text, every = self.doc.text, self.places(si)
        regions = [m for m in every if tp.is_region(m) or tp.as_region(text, m)]
        out, regs = [], []
        listed = [m for m in every if m not in regions]
        own = [tp.region_after(text, m, regions) for m in listed]
        for i, m in enumerate(listed):
            found = next((r for r in own[i:] if r is not None), None)  # "A and B in the X region"
            if found is not None:
                regs.append(self.region(found))
            out.append(self.in_region(m, [self.region(found).admin1 or ""] if found else [], cross=True))
        unique = list({r.name: r for r in regs}.values())
        return out, unique, [(m.start, m.end) for m in out]

    def home_region(self, country: str) -> list[Place]:
        """The region the article is mostly about, if it is in ``country`` and the text names it as a region."""
        text = self.doc.text
        return next(([self.region(k)] for k in self.mentions if k.place.admin1 == self.home
                     and k.place.country == country and (tp.is_region(k) or tp.as_region(text, k))), [])

    def region(self, r: Mention) -> Place:
        return tp.as_region(self.doc.text, r) or r.place

    def in_region(self, m: Mention, hints: list[str], force: bool = False, cross: bool = False) -> Mention:
        """Re-resolve a place named with its region when the gazetteer chose a namesake elsewhere;
        give a village the gazetteer does not know the region the text puts it in. ``force``: the text
        locates the place for sure ("Pishchane, southeast of Kupiansk"): a namesake elsewhere is wrong;
        ``cross``: the hint is a region the sentence names: a namesake in the other country is wrong."""
        if m.place.admin1 is None and m.place.precision == "region":
            return m  # "the Donbas" spans regions: no one oblast
        if m.place.admin1 is None:
            admin1 = hints[0] if hints else self.home
            if not admin1:
                return m
            country = next((k.place.country for k in self.mentions if k.place.admin1 == admin1), m.place.country)
            return replace(m, place=replace(m.place, admin1=admin1, country=country))
        cheap = bool(self.home) and not cross and not m.place.population and m.place.admin1 not in hints \
            and m.place.admin1 != self.home
        before = [k for k in self.mentions if k.place.admin1 and 0 < m.start - k.end < 200] if cheap else []
        if before and before[-1].place.admin1 == self.home:
            # a hamlet across the border, told of just after places of the region the article is about
            home = next((k.place.country for k in self.mentions if k.place.admin1 == self.home), None)
            if home is not None and home != m.place.country:
                other = self.gaz.lookup(m.surface, admin1_hint=self.home)
                if other is None or other.admin1 != self.home:
                    other = Place(m.surface, m.place.precision, home, self.home)  # not the entry elsewhere
                return Mention(m.start, m.end, m.surface, other)
        if not hints or m.place.admin1 in hints:
            return m
        for hint in hints:
            other = self.gaz.lookup(m.surface, admin1_hint=hint)
            if other is not None and other.admin1 == hint:
                return Mention(m.start, m.end, m.surface, other)
        country = next((k.place.country for k in self.mentions if k.place.admin1 == hints[0]), None)
        if force or (cross and country and country != m.place.country):
            # the text locates it for sure, or in the other country ("In the Kursk region, ... Nikolayevka"):
            # a namesake across the border is not it
            place = Place(m.surface, m.place.precision, country or m.place.country, hints[0])  # not that entry
            return Mention(m.start, m.end, m.surface, place)
        return m

    def owner(self, si: int, h: Hit, settlements: list[Mention]) -> list[Mention]:
        """The place "its" stands for: the last settlement named before (this sentence, then the two before)."""
        own = [m for m in settlements if m.end <= h.start]
        if own:
            return own[-1:]
        for j in (si - 1, si - 2):
            earlier = [m for m in self.places(j) if not tp.is_region(m)] if j >= 0 else []
            if earlier and earlier[0].start == self.doc.sentences[j].start:
                return earlier[:1]  # "Lyman, which ..., was a hub for ... Donetsk. Its recapture": the subject
            if earlier:
                return earlier[-1:]
        return []

    def referent(self, si: int, h: Hit, window: tuple[int, int], settlements: list[Mention]) -> list[Mention]:
        text, sent = self.doc.text, self.doc.sentences[si]
        # nearest first; "the town" may point past two sentences that name no place at all
        earlier = [self.places(j) for j in (si - 1, si - 2, si - 3, si - 4) if j >= 0]
        earlier = [[m for m in group if not tp.is_region(m)] for group in earlier]
        if any(earlier[:2]):
            earlier = earlier[:2]
        # "Promin (southeast of Pokrovsk) ... in the village": the aside only locates the place before it
        earlier = [[m for m in group if not tp.in_aside(text, m)] or group for group in earlier]
        lo = window[0] - 30 if h.voice == "pass" else window[0]
        ref = tp.anaphor(text, max(sent.start, lo), min(window[1] + 20, sent.end))
        if ref is not None:
            before = [m for m in settlements if m.end <= ref.start()]
            if not before and ref.group("there") and any(
                    tp.is_region(m) and m.end <= ref.start() for m in self.places(si)):
                return []  # "an incursion into the Kursk region ... controls 1,300 sq km there": the region
            return tp.antecedents(ref, before, earlier)
        if lx.DEMONSTRATIVE_START.match(sent.text) and earlier and earlier[0]:
            return list(earlier[0])
        if h.voice == "act":
            relative = tp.relative_object(text, h.start, settlements)  # "Avdiivka, which Russia captured"
            if relative:
                return relative
        return tp.fronted(text, sent.start, h.start, settlements)
