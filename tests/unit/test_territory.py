"""Territory extraction rules, one test per rule, on sentences written for these tests.

A tiny in-test gazetteer (``territory_kit``) stands in for the real one, so the tests judge the extractor alone.
The rules of one family are in ``test_territory_<family>.py`` (actors, areas, dates, places, status).
"""

from __future__ import annotations

import time
from typing import Any

import pytest

from tests.unit.territory_kit import run, view

CASES = [
    pytest.param(
        "Russia's Defence Ministry said on Sunday its forces had liberated the settlement of Toretsk in the "
        "Donetsk region.", "2025-02-11T08:00:00Z",
        [("RU", "captured", ["Toretsk"], None, "2025-02-09")], id="russian-mod-liberated-is-capture"),
    pytest.param(
        "Ukrainian forces have liberated the village of Staromaiorske, Deputy Defence Minister Hanna Maliar said.",
        "2023-07-27T10:00:00Z", [("UA", "recaptured", ["Staromaiorske"], None, "2023-07-27")],
        id="ukrainian-liberated-is-recapture-news-of-the-day"),
    pytest.param(
        "Geolocated footage published on October 5 indicates that Russian forces recently advanced in southern "
        "Kostiantynivka.", "2025-10-06T00:00:00Z", [("RU", "advancing", ["Kostiantynivka"], None, None)],
        id="isw-recently-advanced-has-no-date"),
    pytest.param(
        "Russian forces occupied 505 square kilometres of Ukrainian territory in November, according to the "
        "DeepState monitoring group.", "2025-12-01T00:00:00Z", [("RU", "captured", [], 505.0, "2025-11")],
        id="deepstate-monthly-area"),
    pytest.param(
        "Russian troops captured approximately 259 square kilometers (100 square miles) of Ukrainian territory "
        "during the last month.", "2025-10-01T00:00:00Z", [("RU", "captured", [], 259.0, "2025-09")],
        id="last-month-is-previous-calendar-month"),
    pytest.param("Moscow seized about 100 square miles in October.", "2025-11-02T00:00:00Z",
                 [("RU", "captured", [], 258.999, "2025-10")], id="square-miles-only-converted"),
    pytest.param(
        "Russian troops had advanced 15-20 kilometers toward Dobropillia, the army said.", None,
        [("RU", "advancing", ["Dobropillia"], None, None)], id="distance-is-not-area"),
    pytest.param(
        "Since late August, Ukrainian units have recaptured several villages in the region, including Zarichne, "
        "Novoekonomichne, and Udachne.", "2025-10-01T00:00:00Z",
        [("UA", "recaptured", ["Zarichne", "Novoekonomichne", "Udachne"], None, None)],
        id="grouped-places-one-event"),
    pytest.param(
        "Ukraine's army said on Saturday it had withdrawn its troops from Vuhledar to preserve lives.",
        "2024-10-02T00:00:00Z", [("UA", "withdrew", ["Vuhledar"], None, "2024-09-28")],
        id="withdrawal-dated-statement"),
    pytest.param(
        '"Our forces withdrew from the small villages of Sievierne and Stepove," the spokesman said.', None,
        [("UA", "withdrew", ["Sievierne", "Stepove"], None, None)], id="our-forces-is-speaker-side"),
    pytest.param(
        "Civilians fled Kurakhove, recently captured by Russian forces, on foot.", None,
        [("RU", "captured", ["Kurakhove"], None, None)], id="passive-by-agent"),
    pytest.param(
        "Pokrovsk and Myrnohrad have been taken, Russia's General Staff said.", None,
        [("RU", "captured", ["Pokrovsk", "Myrnohrad"], None, "2025-12-03")], id="passive-place-list-before"),
    pytest.param("Russian officials said Vuhledar has fallen.", None,
                 [("RU", "captured", ["Vuhledar"], None, "2025-12-03")], id="has-fallen"),
    pytest.param(
        "Russian troops were pushed out of Klishchiivka, the Ukrainian military said.", None,
        [("UA", "recaptured", ["Klishchiivka"], None, None)], id="pushed-out-is-other-side-recapture"),
    pytest.param("Moscow's troops are nearly encircling Myrnohrad.", None,
                 [("RU", "encircling", ["Myrnohrad"], None, None)], id="encircling"),
    pytest.param("Russian forces continued to press forward, closing in on Pokrovsk.", None,
                 [("RU", "advancing", ["Pokrovsk"], None, None)], id="closing-in-is-advancing"),
    pytest.param(
        "Ukraine's most significant losses in October occurred near the village of Novopavlivka in Donetsk "
        "Oblast.", "2025-11-01T00:00:00Z", [("RU", "advancing", ["Novopavlivka"], None, "2025-10")],
        id="losses-near-place-is-other-side-advancing"),
    pytest.param(
        '"Currently, we control about 1,000 square kilometres of the territory of the Russian Federation," '
        "Syrskyi said.", "2024-08-12T00:00:00Z", [("UA", "controls", [], 1000.0, "2024-08-12")],
        id="we-control-area-now"),
    pytest.param(
        "Russian forces captured Avdiivka, the defence ministry in Moscow said on Saturday.\n"
        "The capture of Avdiivka gives Moscow its biggest gain since the fall of Bakhmut last May.",
        "2024-02-18T00:00:00Z",
        [("RU", "captured", ["Avdiivka"], None, "2024-02-17"), ("RU", "captured", ["Bakhmut"], None, "2023-05")],
        id="same-place-retold-is-one-event"),
    pytest.param(
        "Ukrainian troops still defend Vovchansk. Russian forces have now surrounded the town.", None,
        [("RU", "encircling", ["Vovchansk"], None, "2025-12-03")], id="the-town-points-back"),
    pytest.param(
        "Russia claimed to have seized new settlements, saying its forces captured Zelenyi Hai and Dobropillia "
        "in Zaporizhzhia.", None, [("RU", "captured", ["Zelenyi Hai", "Dobropillia"], None, None)],
        id="its-forces-and-claim"),
    pytest.param(
        "Russian forces took the village of Berdychi and Novooleksandrivka near Avdiivka, the ministry said.", None,
        [("RU", "captured", ["Berdychi", "Novooleksandrivka"], None, None)], id="villages-unknown-to-gazetteer"),
    pytest.param(
        "Its forces captured the village of Toretsk in the Donetsk region and Vovchansk in Kharkiv Oblast, "
        "Russia said.", None, [("RU", "captured", ["Toretsk", "Vovchansk"], None, None)],
        id="list-naming-each-region"),
    pytest.param(
        'The villages of Pokrovsk and Myrnohrad were "liberated", Russia\'s defence ministry said.', None,
        [("RU", "captured", ["Pokrovsk", "Myrnohrad"], None, None)], id="quoted-passive-participle"),
    pytest.param("We are making progress south of Bakhmut, Ukrainian commanders said.", None,
                 [("UA", "advancing", ["Bakhmut"], None, None)], id="making-progress"),
    pytest.param("The head of the Wagner group claimed his fighters had taken full control of Bakhmut.", None,
                 [("RU", "captured", ["Bakhmut"], None, None)], id="wagner-is-russian-side"),
    pytest.param("Gerasimov told Putin that Sudzha had been fully liberated from Ukrainian units.", None,
                 [("RU", "recaptured", ["Sudzha"], None, None)], id="own-ground-back-is-recapture"),
    pytest.param("Ukrainian forces captured Sudzha in a surprise incursion.", None,
                 [("UA", "captured", ["Sudzha"], None, None)], id="incursion-capture-abroad"),
    pytest.param("Ukrainian troops captured Robotyne after weeks of fighting.", None,
                 [("UA", "recaptured", ["Robotyne"], None, None)], id="ukraine-taking-ukrainian-village"),
    pytest.param("Russian forces have occupied 99% of the Luhansk region, the governor said.", "2025-06-10T00:00:00Z",
                 [("RU", "controls", [], None, "2025-06-10")], id="percentage-is-holding"),
    pytest.param("Russian forces gained 2,356 square kilometres in the past month, analysts said.",
                 "2024-11-20T00:00:00Z", [("RU", "captured", [], 2356.0, None)], id="past-month-mid-month-is-span"),
]


@pytest.mark.parametrize(("body", "published", "expected"), CASES)
def test_rules(body: str, published: str | None, expected: list[tuple[Any, ...]]) -> None:
    assert [view(f) for f in run(body, published or "2025-12-03T00:00:00Z")] == expected


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Heavy fighting continues around the town of Kupiansk in Kharkiv Oblast.", id="fighting-only"),
        pytest.param("Ukrainian officials said Russian forces did not capture Kupiansk.", id="negated-capture"),
        pytest.param("Russian forces are trying to capture Kostiantynivka.", id="attempt-is-not-event"),
        pytest.param("Seizing Pokrovsk would let Russian forces advance on Myrnohrad and Dobropillia.",
                     id="capture-as-subject-with-modal"),
        pytest.param("The fall of Kupiansk could open the way for Russian troops to push toward Vovchansk.",
                     id="fall-of-as-subject-with-modal"),
        pytest.param("Debris from a downed Russian drone fell on a private house in Zaporizhzhia, the governor said.",
                     id="debris-fell-on-a-house"),
        pytest.param("Ukrainian forces recently advanced in the Dobropillia tactical area.", id="tactical-area"),
        pytest.param("Russian forces continued attacks in the Pokrovsk direction and advanced.", id="direction"),
        pytest.param("Ukrainian troops repelled Russian attempts to encircle Kostiantynivka.",
                     id="repelled-encirclement-attempt"),
        pytest.param("Zelenskyy held talks in Istanbul and took part in a meeting in Kyiv.", id="talks-not-territory"),
        pytest.param("Russian forces advanced on several fronts last week.", id="no-named-place"),
        pytest.param("Ukrainian troops took part in exercises near Lviv.", id="took-part"),
        pytest.param("Residents of the recently captured settlement returned.", id="attributive-participle"),
        pytest.param("", id="empty"),
        pytest.param("Russian drones reached Kyiv overnight, officials said.", id="drones-are-not-ground-forces"),
        pytest.param("Putin demanded that Ukraine withdraw from the Donetsk region.", id="demand-is-not-event"),
        pytest.param("Ukraine has ruled out withdrawing from Pokrovsk.", id="ruled-out"),
        pytest.param("If Pokrovsk falls, Russian forces will advance toward Kostiantynivka.", id="conditional"),
        pytest.param("Putin ordered his troops to capture all of the Donetsk region.", id="order-to-capture"),
        pytest.param("Russian troops repelled Ukrainian attacks near Robotyne, the ministry said.", id="repelled"),
        pytest.param("Russian troops had taken heavy losses near Bakhmut.", id="taken-losses"),
        pytest.param("Ukrainian forces slowed Russia's advance on Pokrovsk with drones.", id="halted-advance"),
        pytest.param("Russian troops are now 10 kilometres from Pokrovsk and have been shelling it.", id="distance"),
        pytest.param("Odesa has been shelled since Moscow withdrew from the Black Sea grain deal in July 2023.",
                     id="withdrew-from-a-deal"),
        pytest.param("Russia pulled out of the Black Sea Grain Initiative on July 17, cutting off Odesa's ports.",
                     id="pulled-out-of-an-initiative"),
    ],
)
def test_no_event(body: str) -> None:
    assert run(body) == []


def test_adversarial_text_is_fast_and_safe() -> None:
    body = ("captured " * 20_000 + "Pokrovsk and " * 20_000 + "has been " * 20_000 + "x" * 400_000)[:1_000_000]
    start = time.perf_counter()
    run(body)
    assert len(run(("Russian forces captured Pokrovsk. " * 30_000)[:1_000_000])) == 1
    run("<p>Русские войска захватили Покровск</p> \u201cOur forces\u201d withdrew from Stepove\u2014reportedly.")
    assert time.perf_counter() - start < 8.0


@pytest.mark.parametrize(
    ("body", "published", "expected"),
    [
        pytest.param("Russian forces seized about 300 square kilometres of Ukrainian territory in November, the "
                     "largest monthly gain this year, analysts said.", "2024-12-01T08:00:00Z",
                     [("RU", "captured", [], 300.0, "2024-11")], id="month-belongs-to-its-own-clause"),
        pytest.param("Since the start of the year, Russia has seized about 3,600 square kilometres, analysts said.",
                     "2025-10-06T08:00:00Z", [("RU", "captured", [], 3600.0, None)], id="since-start-is-open-span"),
        pytest.param("Ukraine's commander said on Saturday he had ordered troops to withdraw from Avdiivka.",
                     "2024-02-17T06:00:00Z", [("UA", "withdrew", ["Avdiivka"], None, "2024-02-17")],
                     id="ordered-to-withdraw"),
        pytest.param("Russian troops captured the villages of Toretsk and Bila Hora in the Donetsk region, "
                     "analysts said.", "2025-03-20T09:00:00Z",
                     [("RU", "captured", ["Toretsk", "Bila Hora"], None, None)], id="two-word-village-name"),
    ],
)
def test_rules_more(body: str, published: str, expected: list[tuple[Any, ...]]) -> None:
    assert [view(f) for f in run(body, published)] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param("Russian forces have captured five villages in the Donetsk region since launching an assault "
                     "on Friday, including Zarichne, Udachne and Stepove, the ministry said.",
                     [("RU", "captured", ["Zarichne", "Udachne", "Stepove"], None, None)],
                     id="including-list-and-since-span"),
        pytest.param("Fighting raged in Vovchansk, where Russian troops were advancing from the north.",
                     [("RU", "advancing", ["Vovchansk"], None, None)], id="where-relative-clause"),
        pytest.param("Ukrainian forces liberated Robotyne, the first gain of Kyiv's counteroffensive, officials said.",
                     [("UA", "recaptured", ["Robotyne"], None, None)], id="kyivs-counteroffensive-is-not-kyiv"),
        pytest.param("Russia's Defence Ministry claimed full control of Kupiansk, which Ukraine's military denied.",
                     [("RU", "captured", ["Kupiansk"], None, None)], id="claimed-control-is-a-capture-claim"),
    ],
)
def test_rules_lists_and_clauses(body: str, expected: list[tuple[Any, ...]]) -> None:
    assert [view(f) for f in run(body, "2025-11-20T09:00:00Z")] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param("The village of Zarichne in the Donetsk region has been recaptured by Ukrainian forces.",
                     [("UA", "recaptured", ["Zarichne"], None, "2025-05-20")], id="passive-after-in-region"),
        pytest.param("Russia's Defence Ministry said its forces had seized Udachne and nearby Novoznamianka.",
                     [("RU", "captured", ["Udachne", "Novoznamianka"], None, None)], id="and-nearby-unknown-village"),
        pytest.param("Ukraine's counteroffensive cleared about 160 square kilometres, Ukrainian commanders said.",
                     [("UA", "recaptured", [], 160.0, None)], id="cleared-an-area"),
    ],
)
def test_rules_passive_lists_areas(body: str, expected: list[tuple[Any, ...]]) -> None:
    assert [view(f) for f in run(body, "2025-05-20T12:00:00Z")] == expected


