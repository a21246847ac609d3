"""Territory claims, second pass: who gained the ground when the sentence does not say, and whether a
"liberation" is a capture or a recapture.

``resolve(claims, doc, speaker)`` changes the claims in place. ``speaker(i)`` is the side speaking in
sentence i (or None). An unnamed actor is, in order: the side speaking when "its troops" took it; the
liberator the text names for the same place elsewhere (or the other side of the one that took or left
it); for a capture, the other side of the place's country; the side most claims name; the speaker; Russia.
Pure.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from service.extract import territory_context as ctx
from service.extract import territory_cues as cues
from service.extract import territory_lexicon as lx
from service.extract.territory_merge import Claim
from service.nlp.text import Doc


def resolve(claims: list[Claim], doc: Doc, speaker: Callable[[int], str | None]) -> None:
    """Give unnamed actors the document's usual side and turn "liberated" into captured/recaptured."""
    majority = Counter(c.actor for c in claims if c.explicit and c.actor).most_common(1)
    default = majority[0][0] if majority else None
    for c in claims:
        sent = doc.sentences[c.sentence]
        trigger = c.spans["status"][0][0] if c.spans.get("status") else sent.end
        if c.actor is None and cues.ITS_FORCES.search(doc.text, sent.start, trigger):
            c.actor = speaker(c.sentence)  # "it said its troops had taken X": the side speaking
        if c.actor is None and c.status in _BACK:
            c.actor = _taker_back(c, claims)
        if c.actor is None and c.status == "recaptured":
            c.actor = _owner(c)  # "X was retaken on Thursday": its own side took it back
        if c.actor is None and c.status == "captured" and (owner := _owner(c)) is not None:
            c.actor = ctx.OPPOSITE[owner]  # "The fall of X was confirmed by its officials": taken from its owner
        if c.actor is None:  # "The 3rd Assault Brigade has liberated X" (no side at all): X's own side freed it
            c.actor = default or speaker(c.sentence) or (_owner(c) if c.status == "liberated" else None) or "RU"
        if c.status == "liberated":
            c.status = "captured" if c.actor == "RU" or _foreign_ground(c) else "recaptured"
        if c.status == "captured" and _own_ground(c):
            c.status = "recaptured"  # "Russia liberated the Kursk region": its own ground back


_BACK = frozenset({"liberated", "recaptured"})


def _taker_back(c: Claim, claims: list[Claim]) -> str | None:
    """Who liberates a place the text names elsewhere with a side: the liberator named there, or the
    other side of the one that took it or left it ("Lyman, which Russia captured in May ... Its recapture")."""
    keys = c.place_keys()
    if not keys:
        return None
    other = {"RU": "UA", "UA": "RU"}
    found: dict[str, str | None] = {}
    for o in claims:
        if o is not c and o.explicit and o.actor and keys & o.place_keys():
            found.setdefault(o.status, o.actor)
    if found.get("liberated") or found.get("recaptured"):
        return found.get("liberated") or found.get("recaptured")
    if found.get("withdrew"):
        return other.get(found["withdrew"] or "")
    taker = found.get("captured")
    # "Russia captured Kurakhove ... completed the liberation of Kurakhove": the same side's word for it
    return other.get(taker or "") if c.status == "recaptured" else taker


def _owner(c: Claim) -> str | None:
    countries = {m.place.country for m in c.places} | {r.country for r in c.regions}
    return next(iter(countries)) if len(countries) == 1 and countries <= {"RU", "UA"} else None


def _foreign_ground(c: Claim) -> bool:
    """"Sudzha has been cleared of Russian troops": Ukraine liberating a Russian town takes it."""
    countries = {m.place.country for m in c.places} | {r.country for r in c.regions}
    return bool(countries) and c.actor not in countries and countries <= {"RU", "UA"}


def _own_ground(c: Claim) -> bool:
    countries = {m.place.country for m in c.places} | {r.country for r in c.regions}
    return countries == {c.actor}


_DISPUTABLE = frozenset({"captured", "recaptured", "controls", "encircling", "advancing"})


def mark_denials(claims: list[Claim], doc: Doc) -> None:
    """A side's claim the other side denies in the next sentence is disputed ("Russia said it took X.
    Ukraine's military rejected the claim.")."""
    for c in claims:
        j = c.sentence + 1
        if c.disputed or c.status not in _DISPUTABLE or j >= len(doc.sentences):
            continue
        if c.modality != "claimed" and not (c.modality == "reported" and lx.SAID_RE.search(
                doc.sentences[c.sentence].text.lower())):
            continue  # a fact the reporter tells, not a side's statement
        text = doc.sentences[j].text
        if not lx.DENIAL_RE.search(text.lower()):
            continue
        if _denies_other_places(c, claims, text):
            continue  # "Russia denied that Klishchiivka had fallen": not the area figure told before it
        if any(code == ctx.OPPOSITE.get(c.actor or "") for _, _, code in ctx.sides(text, 0)):
            c.disputed, c.modality = True, "denied"



def _denies_other_places(c: Claim, claims: list[Claim], text: str) -> bool:
    """The denial ``text`` names a place of another claim and none of this claim's places ("Russia denied that
    Klishchiivka had fallen" after "Ukraine liberated about 50 km²")."""
    if any(m.surface in text for m in c.places):
        return False
    return any(m.surface in text for o in claims if o is not c for m in o.places)
