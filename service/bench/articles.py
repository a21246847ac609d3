"""Synthetic articles for the benchmark: seed-sized (~3 KB), varied, reproducible from a seed.

Each article is built from templates with random places, numbers, people and dates: one to three
event paragraphs (strike, diplomacy, territory) among background paragraphs, or, for about 15% of
articles, background paragraphs only (no event). ``published_at`` advances through the stream
(``per_day`` articles a day), as in a real feed, so the corroboration state stays bounded.

The reliability tests and the soak use ``bench/articles.py`` instead: there every article yields events and no two
corroborate, so that lost and duplicated events can be counted exactly.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from typing import Any

NO_EVENT_SHARE = 0.15
TARGET_CHARS = 3000
PER_DAY = 100  # articles published per simulated day (sets how many reports corroboration compares)

CITIES = ("Kharkiv", "Odesa", "Dnipro", "Zaporizhzhia", "Lviv", "Kyiv", "Sumy", "Poltava", "Chernihiv",
          "Mykolaiv", "Kherson", "Kryvyi Rih", "Kramatorsk", "Sloviansk", "Vinnytsia", "Rivne", "Ternopil",
          "Zhytomyr", "Cherkasy", "Bila Tserkva", "Fastiv", "Izium", "Lutsk", "Uzhhorod", "Kremenchuk")
FRONT = ("Pokrovsk", "Myrnohrad", "Kupiansk", "Lyman", "Chasiv Yar", "Toretsk", "Huliaipole", "Siversk",
         "Kostiantynivka", "Vovchansk", "Orikhiv", "Kurakhove", "Velyka Novosilka", "Bakhmut", "Avdiivka")
REGIONS = ("Donetsk", "Kharkiv", "Zaporizhzhia", "Dnipropetrovsk", "Sumy", "Luhansk", "Kherson")
LEADERS = (("French President", "Emmanuel Macron"), ("British Prime Minister", "Keir Starmer"),
           ("German Chancellor", "Friedrich Merz"), ("Turkish President", "Recep Tayyip Erdogan"),
           ("NATO Secretary General", "Mark Rutte"), ("US Secretary of State", "Marco Rubio"),
           ("Polish Prime Minister", "Donald Tusk"), ("Italian Prime Minister", "Giorgia Meloni"),
           ("Ukrainian Foreign Minister", "Andrii Sybiha"), ("US envoy", "Steve Witkoff"))
VENUES = ("Istanbul", "Geneva", "Riyadh", "Jeddah", "London", "Paris", "Berlin", "Warsaw", "Abu Dhabi",
          "Brussels", "Rome", "Helsinki")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MISSILES = ("Kalibr cruise missiles", "Iskander-M ballistic missiles", "Kh-101 cruise missiles",
            "ballistic missiles", "cruise missiles")
TARGETS = ("energy infrastructure", "a power plant", "a railway station", "residential buildings",
           "a gas production facility", "port infrastructure", "an industrial enterprise", "a substation")
OUTLETS = ("Kyiv Independent", "Reuters", "Associated Press", "Ukrainska Pravda", "BBC", "Al Jazeera")

STRIKE = (
    "Russia launched {drones} drones and {missiles} {missile_kind} at Ukraine {when}, the air force said. "
    "Air defences shot down {drones_down} drones and {missiles_down} missiles, it added. The attack targeted "
    "{target} in {city}, regional governor officials said, and {killed} people were killed and {injured} "
    "injured.",
    "A Russian drone strike hit {target} in {city} {when}, local authorities reported. At least {injured} "
    "people were injured, the head of the {region} regional administration said. Russia attacked with "
    "{drones} Shahed-type drones, of which {drones_down} were intercepted.",
    "Russian forces struck {city} with {missiles} {missile_kind} {when}, killing {killed} people and "
    "injuring {injured}, officials said. The strike damaged {target}; firefighters worked through the "
    "night to put out the blaze.",
)
DIPLOMACY = (
    "{title1} {name1} met Ukrainian President Volodymyr Zelenskyy in {venue} {when} to discuss air defence "
    "and security guarantees. The two leaders agreed to continue talks, their offices said afterwards.",
    "{title1} {name1} and {title2} {name2} will meet in {venue} {when_future} for talks on a ceasefire, "
    "officials said. Ukrainian and Russian delegations are expected to attend the meeting.",
    "Zelenskyy held a phone call with {title1} {name1} {when}, discussing sanctions and support for "
    "Ukraine's energy system, the presidential office said in a statement.",
)
TERRITORY = (
    "Russian forces captured the village of {village} near {front} in the {region} region, the Russian "
    "Defence Ministry claimed {when}. Ukraine's General Staff did not confirm the claim.",
    "Ukrainian troops recaptured {area} square kilometres near {front} {when}, the commander of the "
    "armed forces said, after weeks of counterattacks in the {region} region.",
    "Russia captured {area} square kilometres of Ukrainian territory in {month}, according to an analysis "
    "of open-source maps, with most of the gains around {front} in the {region} region.",
)
VILLAGES = ("Novoselivka", "Pishchane", "Zelene Pole", "Berestky", "Dachne", "Shevchenko", "Ivanivka",
            "Petrivka", "Stepove", "Malynivka", "Yablunivka", "Bohatyr")
BACKGROUND = (
    "The city's residents queued for water and bread as repair crews restored supplies street by street. "
    "Schools moved lessons online for the rest of the week, the education department said.",
    "Economists expect the national bank to keep its key rate unchanged at its next meeting, citing "
    "steady inflation and stronger than expected harvest figures for grain and sunflower seeds.",
    "Volunteers in {city} have opened a second shelter for displaced families, offering meals, clothes "
    "and legal advice. Organisers said demand had doubled since the start of the autumn.",
    "Parliament debated a draft budget on {weekday} that raises spending on schools and hospitals, while "
    "opposition deputies called for more transparency in public procurement.",
    "Analysts said the coming months would test the resilience of the power grid, as engineers "
    "rebuild transformers and distribution lines damaged earlier in the year.",
    "A football match in {city} drew thousands of spectators, the first in the stadium for two years. "
    "Proceeds from ticket sales were donated to a local hospital.",
    "Farmers in the south reported a late but generous harvest, though many fields near the front "
    "remain unusable because of mines and unexploded ordnance.",
    "The museum reopened its main hall with an exhibition of nineteenth-century paintings, "
    "restored by specialists who worked in basements during air raid alerts.",
    "Prices for fuel at filling stations rose slightly this month, the statistics service said, while "
    "food prices remained stable compared with the previous quarter.",
    "Doctors at the regional hospital said they had treated more patients than usual this winter, "
    "mostly for respiratory infections, and appealed for blood donors.",
)


def _fill(rng: random.Random, template: str, published: datetime) -> str:
    drones = rng.randint(20, 700)
    missiles = rng.randint(2, 60)
    values: dict[str, Any] = {
        "drones": drones, "drones_down": rng.randint(drones // 2, drones),
        "missiles": missiles, "missiles_down": rng.randint(0, missiles),
        "missile_kind": rng.choice(MISSILES), "target": rng.choice(TARGETS),
        "city": rng.choice(CITIES), "front": rng.choice(FRONT), "region": rng.choice(REGIONS),
        "village": rng.choice(VILLAGES), "venue": rng.choice(VENUES),
        "killed": rng.randint(1, 25), "injured": rng.randint(2, 90), "area": rng.randint(5, 600),
        "weekday": rng.choice(WEEKDAYS),
        "month": (published.replace(day=1) - timedelta(days=1)).strftime("%B"),
        "when": rng.choice(("overnight", "on " + rng.choice(WEEKDAYS), "on Saturday night",
                            "on " + (published - timedelta(days=rng.randint(0, 3))).strftime("%B %-d"))),
        "when_future": rng.choice(("next week", "on " + rng.choice(WEEKDAYS),
                                   "on " + (published + timedelta(days=rng.randint(2, 9))).strftime("%B %-d"))),
    }
    (values["title1"], values["name1"]), (values["title2"], values["name2"]) = rng.sample(LEADERS, 2)
    return template.format(**values)


def article(index: int, seed: int, prefix: str, start: datetime, per_day: int) -> dict[str, Any]:
    """Article number ``index`` of a stream (deterministic for a given seed, prefix and index)."""
    rng = random.Random(f"{seed}:{prefix}:{index}")
    published = start + timedelta(seconds=index * 86_400 // per_day)
    events: list[str] = []
    if rng.random() >= NO_EVENT_SHARE:
        kinds = rng.sample((STRIKE, DIPLOMACY, TERRITORY), rng.randint(1, 3))
        events = [_fill(rng, rng.choice(kind), published) for kind in kinds]
    paragraphs = list(events)
    while sum(len(p) + 1 for p in paragraphs) < TARGET_CHARS:
        position = rng.randint(1, len(paragraphs)) if paragraphs else 0
        paragraphs.insert(position, _fill(rng, rng.choice(BACKGROUND), published))
    article_id = f"{prefix}-{index:07d}"
    return {
        "id": article_id,
        "url": f"https://bench.example/{article_id}",
        "source": rng.choice(OUTLETS),
        "published_at": published.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "title": None,
        "body": "\n".join(paragraphs),
        "language": "en",
    }


def stream(count: int, *, prefix: str, seed: int = 7, start: datetime | None = None,
           per_day: int = PER_DAY) -> list[dict[str, Any]]:
    """``count`` articles with ids ``prefix-0000000``..., published from ``start`` onwards."""
    start = start or datetime(2025, 3, 1, tzinfo=UTC)
    return [article(i, seed, prefix, start, per_day) for i in range(count)]
