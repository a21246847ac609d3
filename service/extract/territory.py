"""Territory events: named places captured, recaptured, advanced on, encircled, left or held, and
area figures ("Russia captured 505 square kilometers in November").

``extract(doc, resources) -> list[Draft]``: a keyword scan finds the triggers (``territory_hits``);
each live trigger with a named place, region or area figure becomes a claim (actor, status, places,
region, area, date, modality: ``territory_context``, ``territory_places``, ``territory_names``), and
claims are merged into events (``territory_merge``). Pure and linear-time.
"""

from __future__ import annotations

import re
from dataclasses import replace

from service.domain import Draft, Mention, Place
from service.extract import territory_context as ctx
from service.extract import territory_cues as cues
from service.extract import territory_dates as td
from service.extract import territory_lexicon as lx
from service.extract import territory_names as names
from service.extract import territory_places as tp
from service.extract.territory_area import Area, assign_areas, find_areas
from service.extract.territory_attach import PlaceReader
from service.extract.territory_hits import Hit, Raw, find_hits, lower, read_hits
from service.extract.territory_merge import Claim, merge, to_draft
from service.extract.territory_resolve import mark_denials, resolve
from service.nlp.text import Doc
from service.resources import Resources

_MAX_TEXT = 2_000_000
_MAX_SENTENCE = 3_000  # longer "sentences" are lists, tables or junk, not reporting
_SIDES = re.compile(r"[^.;]{0,40}?\bfrom (?:two|three|several|all|multiple|both) sides\b")
_CONTRAST = re.compile(r",\s+(?:while|whereas)\s|;\s")
_MAX_HITS = 16  # triggers read per sentence
_MAX_CLAIMS = 200  # claims read per document
# words that may stand for a place named elsewhere, or give an area
_CHANGES = frozenset({"captured", "recaptured", "liberated", "withdrew"})
# "in 2014", "in early 2015": a change dated before the full-scale invasion ("since 2014" is no date of a change)
_OLD_YEAR = re.compile(r"\bin\s+(?:(?:early|late|mid-?|spring|summer|autumn|fall|winter)\s+(?:of\s+)?)?"
                       r"(?:19[4-9]\d|20(?:[01]\d|2[01]))\b")
_POINTERS = ("town", "city", "village", "settlement", "area", "there", "square", "sq ", "km2", "km²", "mile",
             "hectare")


class _Reader(PlaceReader):
    """Reads the claims of one document."""

    def __init__(self, doc: Doc, resources: Resources, low: str, hits: dict[int, list[Raw]]) -> None:
        super().__init__(doc, resources, low, hits)
        self._speakers: dict[int, str | None] = {}
        self._live: tuple[str | None, tuple[int, int] | None] | None = None

    def speaker(self, si: int) -> str | None:
        """The side speaking in a sentence or, failing that, in the sentences around it."""
        for j in (si, si - 1, si + 1, si - 2):
            if 0 <= j < len(self.doc.sentences):
                if j not in self._speakers:
                    self._speakers[j] = ctx.speaker(self.doc.sentences[j].text)
                if self._speakers[j]:
                    return self._speakers[j]
        return None

    def sentence(self, si: int, raw: list[Raw]) -> list[Claim]:
        doc, sent = self.doc, self.doc.sentences[si]
        if sent.end - sent.start > _MAX_SENTENCE or not self._may_name(si):
            return []
        hits = read_hits(doc, self.low, sent, raw[: 2 * _MAX_HITS])
        live = [h for h in hits if h.live][:_MAX_HITS]
        if not live:
            return []
        settlements: list[Mention] = []
        regions: list[Mention] = []
        for m in self.places(si):
            as_region = None if tp.is_region(m) else tp.as_region(doc.text, m)
            (regions if tp.is_region(m) or as_region else settlements).append(m)
        areas = [Area(sent.start + a.start, sent.start + a.end, a.value, a.unit, a.km2) for a in find_areas(sent.text)]
        area_of = assign_areas(areas, live) if areas else {}
        scope = ctx.Scope(sent, [(h.start, h.end) for h in hits], [(h.start, h.end) for h in live])
        claims = []
        for h in live:
            places, regs, loc_spans = self.attach(si, h, live, settlements, regions)
            if not places and cues.COUNTED_PLACES.match(self.low, h.end) and cues.LISTED_NEXT.match(
                    doc.text, doc.sentences[si + 1].start if si + 1 < len(doc.sentences) else sent.end):
                places, regs, loc_spans = self.listed(si + 1)  # "took seven villages. The villages are A, B"
            area = area_of.get((h.start, h.end))
            if area and not places and not regs:
                regs = [self.region(r) for r in regions]  # "advanced into Kursk region and took 1,263 sq km"
                if not regs and ("direction" in sent.text or "sector" in sent.text or "axis" in sent.text):
                    regs = names.sector_regions(doc.text, tp.within(sent.start, sent.end, self.every))
                if not regs and "of russian territory" in self.low[sent.start : sent.end]:
                    regs = self.home_region("RU")  # an incursion's area: the Russian region the article is about
                if not regs and h.status == "liberated" and (russian := self.russian_region_before(si)):
                    regs = [russian]  # "... in the Kursk region. 1,100 sq km had been freed"
            if not places and not area and not regs:
                continue
            inside, near = tp.inside_and_near(doc.text, places) if h.status == "advancing" else (places, [])
            claim = self._claim(si, h, inside, regs, area, scope)
            if claim is not None:
                claim.spans.setdefault("locations", []).extend(loc_spans)
                claim.vague = bool(inside) and all(cues.LOCATED_BEFORE.search(self.low, max(0, m.start - 30), m.start)
                                                   or cues.SECTOR_AFTER.match(self.low, m.end) for m in inside)
                if "of " in sent.text:  # "X (southeast of Y)": Y only locates X
                    found_in = self.places(si)
                    claim.locators = {loc.place.name.lower() for m in inside
                                      if (loc := tp.locator(doc.text, m, found_in)) is not None}
                if h.status in ("advancing", "encircling") and any(
                        o.end <= h.start and _CONTRAST.search(self.low, o.end, h.start) for o in live):
                    claim.part = 2  # "advancing toward X, while in the south they pushed forward around Y": two fronts
                claims.append(claim)
                if near:  # a second advance: near another place, not into it
                    spans = {k: list(v) for k, v in claim.spans.items()}
                    claims.append(replace(claim, places=near, part=1, spans=spans, vague=True))
        return claims

    def _live_day(self) -> tuple[str | None, tuple[int, int] | None]:
        if self._live is None:
            self._live = td.live_header_day(self.doc.sentences, self.doc.anchor)
        return self._live

    def _may_name(self, si: int) -> bool:
        """Cheap test: can this sentence name a place or an area (itself, by "the town", by "These")?"""
        if self.places(si):
            return True
        low = self.low[self.doc.sentences[si].start : self.doc.sentences[si].end]
        if any(w in low for w in _POINTERS) or "its " in low or "their " in low:  # "Its recapture opens the way"
            return True
        return lx.DEMONSTRATIVE_START.match(self.doc.sentences[si].text) is not None

    def _claim(
        self, si: int, h: Hit, places: list[Mention], regs: list[Place], area: Area | None, scope: ctx.Scope
    ) -> Claim | None:
        doc, sent = self.doc, scope.sent
        speaker = self.speaker(si)
        denial = lx.DENIAL_RE.search(doc.text, sent.start, h.start) if scope.denies() else None
        found = scope.sides()
        actor, side = ctx.actor(doc.text, h.start, h.end, h.voice, found, speaker,
                                denial.start() if denial else -1, h.status)
        if h.weak and (side is None or lx.NOT_GROUND_FORCE.match(doc.text, side[1], side[1] + 40)):
            return None  # "reached", "entered", "hold" need a side's forces as subject ("Russian drones reached")
        status = "captured" if h.status == "advancing" and area else h.status
        word = self.low[h.start : h.end]
        if status == "captured" and not area and word.startswith("gain") and "control" not in word:
            status = "advancing"  # "Russian gains near Pokrovsk": ground gained, no capture named
        if status == "captured" and not area and places and places[0].start > h.end and cues.NEAR_BEFORE.search(
                self.low, max(h.end, places[0].start - 40), places[0].start):
            status = "advancing"  # "seized positions near X", "pushed back from positions south of X"
        if status == "captured" and not area and cues.PERCENT_OF.match(doc.text, h.end):
            status = "controls"  # "occupied 99% of the Luhansk region": a holding, not a gain
        if status == "advancing" and " sides" in self.low[h.end : h.end + 60] and _SIDES.match(self.low, h.end):
            status = "encircling"  # "closing in on X from three sides": a pincer, not a plain advance
        modality, disputed = ctx.modality(sent.text, h.status, actor, speaker)
        kind = status if status == "advancing" else h.status  # an advance has no "news of the day" date
        refs = scope.dates(doc.anchor)
        if disputed:  # "claimed the capture of X on Wednesday, but Kyiv denied it": the claim's own date only
            later = lx.DENIAL_RE.search(doc.text, h.end, sent.end) if denial is None else None
            refs = [r for r in refs if sent.start + r.end <= later.start()] if later is not None else [
                r for r in refs if sent.start + r.start >= h.end]  # "denied Russia's claim it took X on Tuesday"
        date, date_span = ctx.event_date(sent.text, (h.start, h.end), kind, refs, sent.start, scope.hits, scope.live,
                                         doc.anchor) if refs or not disputed else (None, None)
        if (date is None or date < "2022") and doc.anchor and doc.anchor.year >= 2022 and (
                "19" in sent.text or "20" in sent.text) and _OLD_YEAR.search(
                doc.text, tp.clause_start(doc.text, h.start, sent.start), tp.clause_end(doc.text, h.end, sent.end)):
            return None  # "the front line established in 2014 when separatists seized parts of the Donbas": history
        if date and date_span and doc.anchor and '"' in sent.text:
            date = td.quoted_day(doc, si, date, date_span)  # "\"Today, our units liberated X,\" he said"
        if date is None and not disputed and status in _CHANGES and cues.ALSO_SAID.search(sent.text):
            date, date_span = td.earlier_statement_date(doc.sentences, si, doc.anchor)  # "The ministry also said"
        if date is None and date_span is None and not disputed and status in _CHANGES:
            date, date_span = td.previous_day(doc.sentences, si, doc.anchor)  # "Hours later, ..."
            if date is None and lx.SAID_RE.search(sent.text):
                date, date_span = self._live_day()  # a live blog's entry: "the ministry said it had taken X"
        claim = Claim(actor, side is not None, status, places, regs, area, date, modality, disputed, si)
        claim.spans["status"] = [(h.start, h.end)]
        if side is not None:
            claim.spans["actor"] = [side[:2]]
        if area is not None:
            claim.spans["area"] = [(area.start, area.end)]
        if date_span is not None:
            claim.spans["date"] = [date_span]
        return claim

def extract(doc: Doc, resources: Resources) -> list[Draft]:
    """Territory events of one prepared article (see module docstring)."""
    if not doc.text or len(doc.text) > _MAX_TEXT:
        return []
    low = lower(doc.text)
    hits = find_hits(doc, low)
    if not hits:
        return []
    reader = _Reader(doc, resources, low, hits)
    claims: list[Claim] = []
    for si in sorted(hits):
        claims.extend(reader.sentence(si, hits[si]))
        if len(claims) >= _MAX_CLAIMS:
            break  # a real article tells far fewer; merging stays cheap
    resolve(claims, doc, reader.speaker)
    mark_denials(claims, doc)
    # "denied the claim, saying its troops still hold the village": the denier's counter-claim, no event
    claims = [c for c in claims if not (c.status == "controls" and c.modality == "denied")]
    return [to_draft(doc, e) for e in merge(claims)]
