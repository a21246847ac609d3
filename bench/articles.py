"""Varied, seed-like articles for load, crash and soak runs: each yields at least one event, and no two corroborate.

``generate(n, prefix)`` returns ``n`` article dicts (``id``, ``body``, ``published_at``, ``source``, ``url``,
``language``). ``PER_DAY`` articles share a publication day and speak only of it ("overnight", "on <its
weekday>"). Corroboration compares an event with the events of its day and the days either side, so within
any three consecutive days (``3 * PER_DAY`` articles) no two articles share a strike place or count, a
territorial area (areas differ by more than 2 %) or a diplomatic venue; places, weapons, leaders and wording
rotate through small tables so the extractors see varied text. Deterministic: the same ``(n, prefix)`` gives
the same articles.

``python bench/articles.py N > articles.jsonl`` writes them as JSON Lines.

Not the throughput benchmark's generator (``service/bench/articles.py``): that one mimics a real feed (15% of
articles without events, reports of one day corroborating each other); this one makes every article's events
countable on their own, which the loss and duplicate checks need.
"""

from __future__ import annotations

import sys
from datetime import date, timedelta
from typing import Any

import orjson

START = date(1990, 1, 1)
PER_DAY = 10  # 3 * PER_DAY must not exceed len(PLACES) (a strike place is unique in a matching window)

# Settlements that the gazetteer places in Ukraine, with their oblast.
PLACES: tuple[tuple[str, str], ...] = (
    ("Kharkiv", "Kharkiv"), ("Odesa", "Odesa"), ("Dnipro", "Dnipropetrovsk"), ("Zaporizhzhia", "Zaporizhzhia"),
    ("Sumy", "Sumy"), ("Kherson", "Kherson"), ("Mykolaiv", "Mykolaiv"), ("Poltava", "Poltava"),
    ("Chernihiv", "Chernihiv"), ("Kryvyi Rih", "Dnipropetrovsk"), ("Bila Tserkva", "Kyiv"), ("Lviv", "Lviv"),
    ("Vinnytsia", "Vinnytsia"), ("Zhytomyr", "Zhytomyr"), ("Kremenchuk", "Poltava"), ("Izmail", "Odesa"),
    ("Pavlohrad", "Dnipropetrovsk"), ("Kramatorsk", "Donetsk"), ("Sloviansk", "Donetsk"), ("Uman", "Cherkasy"),
    ("Cherkasy", "Cherkasy"), ("Rivne", "Rivne"), ("Ternopil", "Ternopil"), ("Lutsk", "Volyn"),
    ("Khmelnytskyi", "Khmelnytskyi"), ("Kropyvnytskyi", "Kirovohrad"), ("Nikopol", "Dnipropetrovsk"),
    ("Brovary", "Kyiv"), ("Fastiv", "Kyiv"), ("Okhtyrka", "Sumy"), ("Konotop", "Sumy"), ("Kupiansk", "Kharkiv"),
)
FRONT: tuple[tuple[str, str], ...] = (
    ("Pokrovsk", "Donetsk"), ("Myrnohrad", "Donetsk"), ("Kostiantynivka", "Donetsk"), ("Siversk", "Donetsk"),
    ("Vovchansk", "Kharkiv"), ("Huliaipole", "Zaporizhzhia"), ("Lyman", "Donetsk"), ("Toretsk", "Donetsk"),
    ("Chasiv Yar", "Donetsk"), ("Orikhiv", "Zaporizhzhia"), ("Velyka Novosilka", "Donetsk"),
    ("Kurakhove", "Donetsk"),
)
TARGETS = ("energy facilities", "a railway station", "residential buildings", "a power plant", "port infrastructure",
           "a gas production site", "an industrial enterprise", "a substation")
OUTLETS = ("Outlet A", "Outlet B", "Outlet C", "Outlet D", "Outlet E")
LEADERS = (
    ("French President Emmanuel Macron", "Paris"), ("UK Prime Minister Keir Starmer", "London"),
    ("German Chancellor Friedrich Merz", "Berlin"), ("Polish President Karol Nawrocki", "Warsaw"),
    ("Italian Prime Minister Giorgia Meloni", "Rome"), ("Turkish President Recep Tayyip Erdogan", "Ankara"),
    ("Dutch Prime Minister Dick Schoof", "The Hague"),
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def day_of(i: int) -> date:
    return START + timedelta(days=i // PER_DAY)


def _strike(i: int, day: date) -> str:
    place, oblast = PLACES[i % len(PLACES)]
    drones, missiles = 100 + (i * 7) % 100_000, 10 + i % 37
    shot = drones - 1 - i % 50
    target = TARGETS[i % len(TARGETS)]
    injured = 2 + i % 23
    if i % 3 == 0:
        return (f"Russia launched {drones} drones and {missiles} missiles at Ukraine overnight, the air force said. "
                f"Air defences intercepted {shot} drones. The attack hit {target} in {place}, {oblast} Oblast, "
                f"injuring {injured} people, the regional governor said.")
    if i % 3 == 1:
        return (f"Russian forces attacked {place} with {drones} Shahed drones overnight, damaging {target}. "
                f"Ukraine's air force said {shot} of the drones were shot down. Officials in {oblast} Oblast "
                f"reported {injured} people injured.")
    return (f"On {WEEKDAYS[day.weekday()]} Russia fired {missiles} ballistic missiles and {drones} attack drones "
            f"at {place}. Ukrainian air defences shot down {shot} drones, the military said, and {target} "
            f"was damaged.")


SYLLABLES = ("Bor", "Vel", "Kra", "Lys", "Mal", "Nov", "Ols", "Pry", "Ryb", "Sok", "Tar", "Zel", "Hru", "Dub")


def village(i: int) -> str:
    """An invented village name, unique for any ``len(SYLLABLES) ** 2`` consecutive articles."""
    a, b = divmod(i % len(SYLLABLES) ** 2, len(SYLLABLES))
    return f"{SYLLABLES[a]}o{SYLLABLES[b].lower()}ivka"


def _territory(i: int, day: date) -> str:
    place, oblast = FRONT[i % len(FRONT)]
    area = round(100 * 1.03 ** (i % (3 * PER_DAY)))  # neighbours in a window differ by more than 2 %
    if (i // 2) % 2:
        return (f"Russia's defence ministry claimed its forces captured the village of {village(i)} "
                f"in {oblast} Oblast overnight. Russian forces captured {area} square kilometres this week.")
    return f"Ukrainian forces recaptured {area} square kilometers near {place}, the General Staff said overnight."


def _diplomacy(i: int, day: date) -> str:
    leader, city = LEADERS[i % len(LEADERS)]
    return (f"{leader} met Ukrainian President Volodymyr Zelenskyy in {city} on {WEEKDAYS[day.weekday()]} "
            f"to discuss air defence, officials said.")


def article(i: int, prefix: str = "gen") -> dict[str, Any]:
    """Article number ``i``: a strike report, plus territory and/or diplomacy paragraphs in rotation."""
    day = day_of(i)
    parts = [_strike(i, day)]
    if i % 2 == 0:
        parts.append(_territory(i, day))
    if i % 5 == 0:
        parts.append(_diplomacy(i, day))
    if i % 4 == 3:
        parts.reverse()
    article_id = f"{prefix}-{i:06d}"
    return {
        "id": article_id,
        "url": f"https://example.org/{prefix}/{i}",
        "source": OUTLETS[i % len(OUTLETS)],
        "published_at": f"{day.isoformat()}T{6 + i % 12:02d}:00:00Z",
        "title": None,
        "body": "\n\n".join(parts),
        "language": "en",
    }


def generate(n: int, prefix: str = "gen", start: int = 0) -> list[dict[str, Any]]:
    return [article(i, prefix) for i in range(start, start + n)]


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    out = sys.stdout.buffer
    for a in generate(n):
        out.write(orjson.dumps(a) + b"\n")


if __name__ == "__main__":
    main()
