"""A strike fact: what one clause of an article says about a strike (``strike_facts`` reads them,
``strike`` groups them into waves). All offsets are offsets into the body; ``absolute(fact, base)`` moves the
clause-relative offsets of a freshly read fact there."""

from __future__ import annotations

from dataclasses import dataclass, field

from service.domain import Mention
from service.extract.strike_counts import Casualty, Count
from service.nlp.weapons import TargetMention


@dataclass
class Fact:
    """What one clause says about a strike (body offsets throughout)."""

    sentence: int
    start: int
    end: int
    level: str  # "strong" | "weak" | "outage"
    votes: dict[str, int]
    source: str | None = None
    date: str | None = None
    date_rank: int = 0  # 3 an explicit day, 2 a statement day ("said on Friday"), 1 "overnight", 0 none
    date_span: tuple[int, int] | None = None
    categories: dict[str, str | None] = field(default_factory=dict)
    counts: list[Count] = field(default_factory=list)
    casualties: list[Casualty] = field(default_factory=list)
    sites: tuple[int, int, int] | None = None
    targets: list[TargetMention] = field(default_factory=list)
    places: list[tuple[Mention, str | None, int]] = field(default_factory=list)  # mention, facility, end
    claimed: bool = False
    separate: bool = False  # "In a separate attack, ...": never part of an earlier wave
    apart: bool = False  # "Earlier on Wednesday, ...": another wave unless the same kind of weapon
    evening: bool = False  # its explicit day is told as an evening or night ("late on Friday")
    month: str | None = None  # "YYYY-MM" of an undated fact told in a month ("In April, a strike on Sumy ...")
    place_vote: str | None = None  # the vote its places' country gave (included in ``votes``)
    summary: bool = False  # "over the past day ...": a summary of many attacks
    same_night: bool = False  # "the same night": a separate-told fact that may still be that night's wave
    update: bool = False  # a casualty update ("the toll had risen to 24"): joins the wave with a toll
    fpv: bool = False  # "FPV drones": front-line weapons that go with shelling
    many: bool = False  # a summary over many places ("78 shells at settlements across the region")
    refers: bool = False  # names an attack or strike ("the death toll from the store attack")
    loose: bool = False  # a quoted "X is being shelled": the word of an official, not the weapon used
    asides: tuple[tuple[int, int], ...] = ()  # body spans told as background ("in response to ..."): no date

    @property
    def lean(self) -> str | None:
        """The side the words point to, however weakly (a place's country aside: Crimea, occupied towns)."""
        ru, ua = self.votes["RU"], self.votes["UA"]
        if self.place_vote:
            ru, ua = (ru - 1, ua) if self.place_vote == "RU" else (ru, ua - 1)
        return None if ru == ua else ("RU" if ru > ua else "UA")

    @property
    def attacker(self) -> str | None:
        """The side with a strong vote (>= 2), if one leads."""
        ru, ua = self.votes["RU"], self.votes["UA"]
        if max(ru, ua) >= 2 and ru != ua:
            return "RU" if ru > ua else "UA"
        return None


def absolute(fact: Fact, base: int) -> None:
    """Move clause-relative offsets to body offsets."""
    fact.counts = [Count(c.start + base, c.end + base, c.category, c.model, c.value, c.qualifier, c.role)
                   for c in fact.counts]
    fact.casualties = [Casualty(c.start + base, c.end + base, c.kind, c.value) for c in fact.casualties]
    if fact.sites:
        fact.sites = (fact.sites[0] + base, fact.sites[1] + base, fact.sites[2])
    fact.targets = [TargetMention(t.start + base, t.end + base, t.category, t.text, t.facility) for t in fact.targets]
    if fact.date_span:
        fact.date_span = (fact.date_span[0] + base, fact.date_span[1] + base)
