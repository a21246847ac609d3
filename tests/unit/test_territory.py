"""Territory extraction rules, one test per rule, on sentences written for these tests.

A tiny in-test gazetteer stands in for the real one, so the tests judge the extractor alone.
"""

from __future__ import annotations

import re
import time
from dataclasses import replace
from typing import Any, cast

import pytest

from service.domain import Article, Mention, Place
from service.extract import territory
from service.extract.territory_area import find_areas
from service.nlp.text import make_doc
from service.resources import Resources


def _ua(name: str, oblast: str) -> Place:
    return Place(name, "settlement", "UA", oblast, None, 48.0, 37.0)


_DON, _ZAP, _KHA = "Donetsk Oblast", "Zaporizhzhia Oblast", "Kharkiv Oblast"
PLACES: dict[str, Place] = {
    **{n: _ua(n, _DON) for n in (
        "Pokrovsk", "Myrnohrad", "Toretsk", "Kostiantynivka", "Avdiivka", "Sievierne", "Stepove", "Vuhledar",
        "Zarichne", "Novoekonomichne", "Udachne", "Kurakhove", "Novopavlivka", "Klishchiivka", "Chasiv Yar",
        "Dobropillia", "Bakhmut", "Staromaiorske", "Donetsk")},
    **{n: _ua(n, _KHA) for n in ("Kupiansk", "Vovchansk")},
    **{n: _ua(n, _ZAP) for n in ("Zelenyi Hai", "Robotyne", "Zaporizhzhia", "Huliaipole")},
    "Pishchane": _ua("Pishchane", "Poltava Oblast"),  # a namesake far from the front
    "Bila": _ua("Bila", "Ternopil Oblast"),  # the first word of "Bila Hora", a village elsewhere
    "Kyiv": _ua("Kyiv", "Kyiv Oblast"),
    "Lviv": _ua("Lviv", "Lviv Oblast"),
    "Istanbul": Place("Istanbul", "settlement", "TR", "Istanbul", None),
    "Moscow": Place("Moscow", "settlement", "RU", "Moscow", None),
    "Sudzha": Place("Sudzha", "settlement", "RU", "Kursk Oblast", None),
    **{n: _ua(n, _DON) for n in ("Lyman", "Siversk")},
    "Kherson": _ua("Kherson", "Kherson Oblast"),
    "Zaporizhzhia Oblast": Place("Zaporizhzhia Oblast", "admin1", "UA", _ZAP, "UA-23"),
    "Luhansk region": Place("Luhansk Oblast", "admin1", "UA", "Luhansk Oblast", "UA-09"),
    "Donetsk region": Place("Donetsk Oblast", "admin1", "UA", _DON, "UA-14"),
    "Donetsk Oblast": Place("Donetsk Oblast", "admin1", "UA", _DON, "UA-14"),
    "Kharkiv Oblast": Place("Kharkiv Oblast", "admin1", "UA", _KHA, "UA-63"),
    "Kursk region": Place("Kursk Oblast", "admin1", "RU", "Kursk Oblast", "RU-KRS"),
    "Ukraine": Place("Ukraine", "country", "UA"),
    "Russia": Place("Russia", "country", "RU"),
}
# A namesake: the Dobropillia in Zaporizhzhia Oblast, found only with a region hint.
ZAP_DOBROPILLIA = _ua("Dobropillia", _ZAP)
_NAMES = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in sorted(PLACES, key=len, reverse=True)) + r")\b")


class FakeGazetteer:
    """Finds the names of PLACES verbatim; ``lookup`` knows the Zaporizhzhia Dobropillia."""

    def mentions(self, text: str) -> list[Mention]:
        return [Mention(m.start(), m.end(), m.group(0), PLACES[m.group(0)]) for m in _NAMES.finditer(text)]

    def lookup(self, name: str, admin1_hint: str | None = None) -> Place | None:
        if name == "Dobropillia" and admin1_hint == _ZAP:
            return ZAP_DOBROPILLIA
        return PLACES.get(name)


RESOURCES = Resources(gazetteer=cast(Any, FakeGazetteer()))


def run(body: str, published: str | None = "2025-12-03T00:00:00Z") -> list[dict[str, Any]]:
    doc = make_doc(Article(id="t", body=body, published_at=published))
    doc = replace(doc, places=tuple(RESOURCES.gazetteer.mentions(doc.text)))
    drafts = territory.extract(doc, RESOURCES)
    for d in drafts:  # every quote is the body's own text
        for spans in d.evidence.values():
            for s in spans:
                assert body[s.start : s.end] == s.text
    return [d.fields for d in drafts]


def view(fields: dict[str, Any]) -> tuple[Any, ...]:
    places = [loc["name"] for loc in fields["locations"] if loc["precision"] == "settlement"]
    return fields["actor"], fields["status"], places, fields["area_km2"], fields["date"]


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


def test_denied_capture_is_claimants_disputed_event() -> None:
    events = run(
        "Ukraine on Wednesday denied reports that Russian forces captured the city of Pokrovsk in the eastern "
        "Donetsk region.\nKyiv dismissed the claimed capture of Pokrovsk, Vovchansk and Kupiansk as propaganda.")
    assert len(events) == 1
    e = events[0]
    assert view(e) == ("RU", "captured", ["Pokrovsk", "Vovchansk", "Kupiansk"], None, None)
    assert (e["disputed"], e["modality"], e["claimed_by"]) == (True, "denied", "RU")


def test_kyiv_as_government_is_not_a_place() -> None:
    [e] = run("Kyiv controlled around 1,000 square kilometers of Russia's Kursk region, the commander said.")
    assert view(e) == ("UA", "controls", [], 1000.0, None)
    assert [loc["name"] for loc in e["locations"]] == ["Kursk Oblast"]


def test_region_only_capture_names_region() -> None:
    [e] = run("Ukrainian forces have seized 74 settlements in Russia's Kursk region, Zelenskiy said.")
    assert (e["actor"], e["status"], e["locations"][0]["admin1"]) == ("UA", "captured", "Kursk Oblast")


def test_region_named_after_list_picks_namesake() -> None:
    [e] = run("Russia said its forces captured Zelenyi Hai and Dobropillia in Zaporizhzhia.")
    admin1 = {loc["admin1"] for loc in e["locations"]}
    assert admin1 == {_ZAP}


def test_aside_locates_places() -> None:
    [e] = run("Russian forces seized Pishchane (southeast of Kupiansk) and Ivanivka (east of Huliaipole).")
    assert [(loc["name"], loc["admin1"]) for loc in e["locations"]] == [
        ("Pishchane", _KHA), ("Ivanivka", _ZAP)]


def test_two_area_figures_in_one_sentence_are_two_events() -> None:
    events = run(
        "We are making progress south of Bakhmut, and last week another square kilometre was liberated there, "
        "bringing the total of our territory liberated there to 44 square kilometres.", "2023-08-28T00:00:00Z")
    recaptures = sorted(e["area_km2"] for e in events if e["status"] == "recaptured")
    assert recaptures == [1.0, 44.0]
    assert all(e["actor"] == "UA" for e in events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("captured 505 sq km (195 sq miles) in", [505.0], id="km-beats-restated-miles"),
        pytest.param("liberated one square kilometre", [1.0], id="spelled-one"),
        pytest.param("another square kilometre was", [1.0], id="another"),
        pytest.param("about 12 km deep and 40 km wide", [], id="distances"),
        pytest.param("1,000 square kilometers", [1000.0], id="thousands"),
    ],
)
def test_areas(text: str, expected: list[float]) -> None:
    assert [a.km2 for a in find_areas(text)] == expected


def test_adversarial_text_is_fast_and_safe() -> None:
    body = ("captured " * 20_000 + "Pokrovsk and " * 20_000 + "has been " * 20_000 + "x" * 400_000)[:1_000_000]
    start = time.perf_counter()
    run(body)
    assert len(run(("Russian forces captured Pokrovsk. " * 30_000)[:1_000_000])) == 1
    run("<p>Русские войска захватили Покровск</p> \u201cOur forces\u201d withdrew from Stepove\u2014reportedly.")
    assert time.perf_counter() - start < 8.0


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param("Ukrainian troops were forced out of Toretsk, the army said.", ("RU", "captured"),
                     id="forced-out-is-other-side-capture"),
        pytest.param("Russian forces pushed Ukrainian troops out of Chasiv Yar.", ("RU", "captured"),
                     id="push-out-abroad-is-capture"),
        pytest.param("Fighting raged near Avdiivka, which Russian forces captured in February.", ("RU", "captured"),
                     id="relative-clause-object"),
        pytest.param("Moscow now holds most of Bakhmut, Russian officials said.", ("RU", "controls"),
                     id="holds-most-of"),
        pytest.param("Ukrainian troops in Kupiansk are nearly surrounded, a commander said.", ("RU", "encircling"),
                     id="troops-surrounded-are-the-other-side"),
    ],
)
def test_actor_and_status(body: str, expected: tuple[str, str]) -> None:
    [e] = run(body)
    assert (e["actor"], e["status"]) == expected


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


def test_its_troops_take_the_side_speaking_before() -> None:
    body = ("Ukrainian troops have retaken Kupiansk, Zelenskyy said. Russia's Defence Ministry did not comment. "
            "Last week it said its troops had taken the nearby village of Vovchansk.")
    assert [view(f)[:3] for f in run(body, "2025-06-24T19:00:00Z")] == [
        ("UA", "recaptured", ["Kupiansk"]), ("RU", "captured", ["Vovchansk"])]


def test_two_word_name_gets_the_text_region() -> None:
    fields = run("Russian troops captured Bila Hora in the Donetsk region, analysts said.")[0]
    assert [(loc["name"], loc["admin1"]) for loc in fields["locations"] if loc["precision"] == "settlement"] == [
        ("Bila Hora", "Donetsk Oblast")]



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


def test_comma_direction_of_is_a_locator_not_a_list() -> None:
    fields = run("Ukrainian forces recently regained positions in Stepove, north of Avdiivka, analysts said.")
    assert [view(f)[:3] for f in fields] == [("UA", "recaptured", ["Stepove"])]


def test_region_across_the_border_relocates_a_namesake() -> None:
    fields = run("In the Kursk region, Russian forces recaptured the village of Novopavlivka, Moscow said.")[0]
    assert [(loc["name"], loc["admin1"]) for loc in fields["locations"] if loc["precision"] == "settlement"] == [
        ("Novopavlivka", "Kursk Oblast")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param("Russian forces are attempting to encircle Siversk from the north and south.",
                     [("RU", "encircling", ["Siversk"], None, None)], id="attempting-to-encircle-is-encircling"),
        pytest.param("Ukrainian forces took Snihurivka on Thursday, a day after Moscow announced its troops would "
                     "pull out of Kherson.", [("UA", "recaptured", ["Snihurivka"], None, "2022-11-10"),
                                               ("RU", "withdrew", ["Kherson"], None, "2022-11-09")],
                     id="announced-withdrawal-a-day-after"),
        pytest.param('Zelenskyy said: "Sudzha has been cleared of Russian troops."',
                     [("UA", "captured", ["Sudzha"], None, "2022-11-10")], id="cleared-of-side-abroad-is-capture"),
        pytest.param('Russian forces withdrew from Lyman. "As of 12:30 Lyman is fully cleared," Zelenskyy said.',
                     [("RU", "withdrew", ["Lyman"], None, None), ("UA", "recaptured", ["Lyman"], None, "2022-11-10")],
                     id="cleared-after-withdrawal-is-the-other-sides-recapture"),
        pytest.param("Lyman, which Russia captured in May, is a rail hub. Its recapture opens the way to Kreminna.",
                     [("RU", "captured", ["Lyman"], None, "2022-05"), ("UA", "recaptured", ["Lyman"], None, None)],
                     id="its-recapture-points-back"),
        pytest.param("Russia's Defence Ministry said its forces had captured Kurakhove. \"Our units have completed "
                     "the liberation of Kurakhove,\" the ministry said.",
                     [("RU", "captured", ["Kurakhove"], None, None)], id="liberation-retold-by-the-same-side"),
    ],
)
def test_rules_attempts_and_retellings(body: str, expected: list[tuple[Any, ...]]) -> None:
    assert [view(f) for f in run(body, "2022-11-10T17:00:00Z")] == expected


def test_anaphor_skips_the_place_in_an_aside() -> None:
    events = run("Russia claimed its forces seized Stepove (southeast of Pokrovsk). Ukraine's army said Ukrainian "
                 "forces continue to hold positions in the village.")
    assert [view(e)[:3] for e in events][-1] == ("UA", "controls", ["Stepove"])


def test_region_beside_the_border_is_not_the_villages_region() -> None:
    [e] = run("Ukraine reported the liberation of three villages in Donetsk Oblast - Vuhledar, Neskuchne and "
              "Storozheve - near the border with Zaporizhzhia Oblast.")
    assert {loc["admin1"] for loc in e["locations"] if loc["precision"] == "settlement"} == {_DON}



def test_denial_in_the_next_sentence_disputes_the_claim() -> None:
    [e] = run("Russia's Defence Ministry claimed its forces had captured Toretsk. Ukraine's military rejected the "
              "claim as false.")
    assert (e["actor"], e["status"], e["disputed"], e["modality"]) == ("RU", "captured", True, "denied")


def test_undisputed_claim_stays_a_claim() -> None:
    [e] = run("Russia's Defence Ministry claimed its forces had captured Toretsk. Ukraine's military did not comment.")
    assert (e["disputed"], e["modality"]) == (False, "claimed")


def test_also_said_takes_the_date_of_the_statement_before() -> None:
    body = ("Russia's Defence Ministry said on Tuesday its air defences had downed 20 drones. The ministry also "
            "claimed its troops had captured Toretsk.")
    assert [view(e) for e in run(body, "2025-02-12T10:00:00Z")] == [("RU", "captured", ["Toretsk"], None, "2025-02-11")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param("Ukrainian forces withdrew to new positions near Pokrovsk, the army said.", [],
                     id="destination-is-not-the-place-left"),
        pytest.param("Russian troops withdrew to the left bank of the river from Kherson.",
                     [("RU", "withdrew", ["Kherson"], None, None)], id="place-left-after-from"),
    ],
)
def test_withdrawal_destination(body: str, expected: list[tuple[Any, ...]]) -> None:
    assert [view(f) for f in run(body)] == expected


def test_advance_into_one_place_and_near_another_is_two_events() -> None:
    events = run("Russian forces recently advanced in Kurakhove and southeast of Toretsk, analysts said.")
    assert [view(e)[:3] for e in events] == [("RU", "advancing", ["Kurakhove"]), ("RU", "advancing", ["Toretsk"])]


def test_advance_near_two_places_is_one_event() -> None:
    events = run("Russian forces advanced south of Kurakhove and east of Toretsk, analysts said.")
    assert [view(e)[:3] for e in events] == [("RU", "advancing", ["Kurakhove", "Toretsk"])]


def test_fell_after_a_clause_naming_drones_is_still_a_fall() -> None:
    events = run("After months of drone and artillery attacks, Bakhmut fell to Russian forces in May.")
    assert [view(e)[:3] for e in events] == [("RU", "captured", ["Bakhmut"])]



def test_main_clause_after_a_day_after_clause_keeps_its_own_date() -> None:
    body = "A day after Ukraine's army withdrew from Kurakhove, Russian forces have captured Toretsk."
    assert [view(e)[1:] for e in run(body, "2025-03-10T10:00:00Z")] == [
        ("withdrew", ["Kurakhove"], None, "2025-03-09"), ("captured", ["Toretsk"], None, "2025-03-10")]


def test_positions_near_a_place_are_an_advance_not_a_capture() -> None:
    events = run("Ukrainian troops have been pushed back from positions near Toretsk, the Khortytsia group said.")
    assert [view(e) for e in events] == [("RU", "advancing", ["Toretsk"], None, None)]


def test_its_capture_of_a_named_place_is_that_place() -> None:
    events = run("Ukraine's army said Kupiansk was under pressure. Russia announced its capture of Vovchansk.")
    assert [view(e)[:3] for e in events] == [("RU", "captured", ["Vovchansk"])]


def test_hectares_are_an_area() -> None:
    [a] = find_areas("Ukrainian forces have recaptured 1,100 hectares near Kharkiv.")
    assert (a.value, a.unit, a.km2) == (1100.0, "ha", 11.0)
