"""Strike extraction rules, one test per rule, on short reports written for these tests.

A tiny in-test gazetteer stands in for the real one, so the tests judge the extractor alone.
"""

from __future__ import annotations

import time
from typing import Any

import pytest

from service.domain import Article, Draft, Place
from service.nlp.text import make_doc
from tests.unit import strike_kit as kit
from tests.unit.strike_kit import weapons

PLACES: dict[str, Place] = {
    "Kyiv": kit.ua("Kyiv", "Kyiv Oblast"),
    "Fastiv": kit.ua("Fastiv", "Kyiv Oblast"),
    "Kharkiv": kit.ua("Kharkiv", "Kharkiv Oblast"),
    "Kherson": kit.ua("Kherson", "Kherson Oblast"),
    "Odesa": kit.ua("Odesa", "Odesa Oblast"),
    "Dnipro": kit.ua("Dnipro", "Dnipropetrovsk Oblast"),
    "Zaporizhzhia": kit.ua("Zaporizhzhia", "Zaporizhzhia Oblast"),
    "Sumy": kit.ua("Sumy", "Sumy Oblast"),
    "Morozovsk": kit.ru("Morozovsk", "Rostov Oblast"),
    "Ryazan": kit.ru("Ryazan", "Ryazan Oblast"),
    "Belgorod": kit.ru("Belgorod", "Belgorod Oblast"),
    "Moscow": kit.ru("Moscow", "Moscow"),
    "Rostov": kit.ru("Rostov-on-Don", "Rostov Oblast"),
    "Bryansk region": Place("Bryansk Oblast", "admin1", "RU", "Bryansk Oblast", "RU-BRY"),
    "Ryazan region": Place("Ryazan Oblast", "admin1", "RU", "Ryazan Oblast", "RU-RYA"),
    "Crimea": Place("Crimea", "admin1", "UA", "Crimea", "UA-43"),
    "Dniprovskyi": kit.ua("Dniprovskyi", "Kyiv Oblast"),  # a namesake of a city district
    "Ukraine": Place("Ukraine", "country", "UA"),
    "Russia": Place("Russia", "country", "RU"),
}
RESOURCES = kit.resources(PLACES)


def run(body: str, published: str | None = "2025-03-14T09:00:00Z") -> list[Draft]:
    """Strike drafts of one article (2025-03-14 is a Friday)."""
    return kit.extract(body, published, RESOURCES)


def one(body: str, published: str | None = "2025-03-14T09:00:00Z") -> dict[str, Any]:
    drafts = run(body, published)
    assert len(drafts) == 1, [d.fields for d in drafts]
    return drafts[0].fields


def places(fields: dict[str, Any]) -> list[str]:
    return [loc["name"] for loc in fields["locations"] if loc["precision"] != "admin1"]


# ------------------------------------------------------------------------------------------- counts


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param("Russia launched 412 drones and 27 missiles at Ukraine overnight.",
                     {"drone": (412, None), "missile": (27, None)}, id="launched"),
        pytest.param("Russia attacked Kyiv overnight. Air defences intercepted 380 drones and 19 missiles.",
                     {"drone": (None, 380), "missile": (None, 19)}, id="intercepted"),
        pytest.param("Russia attacked Odesa overnight, and 96 drones and three missiles were shot down.",
                     {"drone": (None, 96), "missile": (None, 3)}, id="passive-intercept"),
        pytest.param("Ukraine's air force said it shot down all seven Russian drones over Sumy overnight.",
                     {"drone": (7, 7)}, id="shot-down-all"),
        pytest.param("Russia said 31 of the 40 drones Kyiv fired overnight were aimed at the Bryansk region.",
                     {"drone": (40, None)}, id="n-of-m-launched"),
        pytest.param("Air defences shot down 58 of the 64 drones Russia launched at Kharkiv overnight.",
                     {"drone": (64, 58)}, id="n-of-m-intercepted"),
        pytest.param("Russia fired 120 drones at Odesa overnight, of which 101 were downed.",
                     {"drone": (120, 101)}, id="of-which"),
        pytest.param("Russia attacked Dnipro with 215 drones and decoys overnight.",
                     {"drone": (215, None)}, id="drones-and-decoys"),
        pytest.param("Russia attacked Kyiv with more than 300 drones on Friday. In all, 316 drones were launched.",
                     {"drone": (316, None)}, id="largest-count"),
        pytest.param("Russia struck Kharkiv with about twenty glide bombs on Friday.",
                     {"glide_bomb": (20, None)}, id="glide-bombs-in-words"),
        pytest.param("There were 11 missile hits and 40 drone strikes on Kyiv as Russia attacked overnight.",
                     {"missile": (None, None), "drone": (None, None)}, id="impacts-are-not-launches"),
        pytest.param("Russia launched dozens of drones at Sumy overnight.",
                     {"drone": (None, None)}, id="dozens-no-count"),
        pytest.param("Russia fired 70 missiles and 60 drones at Lviv overnight, of which 41 missiles and 52 "
                     "drones were shot down.", {"missile": (70, 41), "drone": (60, 52)}, id="coordinated-passive"),
        pytest.param("Russia launched 150 drones at Kyiv overnight; 90 drones were lost from radars.",
                     {"drone": (150, None)}, id="lost-drones-are-neither"),
        pytest.param("Russia launched 700 drones at Ukraine overnight, its largest attack this year.",
                     {"drone": (700, None)}, id="superlative-period-is-this-attack"),
    ],
)
def test_counts(body: str, expected: dict[str, tuple[Any, Any]]) -> None:
    assert weapons(one(body)) == expected


@pytest.mark.parametrize(
    ("body", "category", "model"),
    [
        pytest.param("Russia hit Kyiv with three Kinzhal hypersonic missiles on Friday.", "missile", "Kinzhal",
                     id="kinzhal"),
        pytest.param("Russia fired two Iskander-M ballistic missiles at Sumy on Friday.", "missile", "Iskander-M",
                     id="iskander"),
        pytest.param("Russian bombers launched six Kh-101 cruise missiles at Odesa on Friday.", "missile", "Kh-101",
                     id="kh-101"),
        pytest.param("Russia attacked Kharkiv with 30 Shahed-type drones on Friday.", "drone", "Shahed",
                     id="shahed"),
        pytest.param("Russian aircraft dropped KAB bombs on Zaporizhzhia on Friday, injuring 5 people.",
                     "glide_bomb", "KAB", id="kab"),
        pytest.param("Russian artillery shelled Kherson on Friday, killing two people.", "artillery", None,
                     id="artillery"),
    ],
)
def test_weapon_models(body: str, category: str, model: str | None) -> None:
    items = {w["category"]: w["model"] for w in one(body)["weapons"]}
    assert items[category] == model


def test_qualifier_is_kept() -> None:
    fields = one("Russia fired more than 90 missiles at Ukraine on Friday.")
    assert fields["weapons"][0]["launched"] == 90
    assert fields["weapons"][0]["launched_qualifier"] == "more_than"


# ------------------------------------------------------------------------------------------- attacker


@pytest.mark.parametrize(
    ("body", "attacker", "claimed_by"),
    [
        pytest.param("Russia launched 200 drones at Kyiv overnight, Ukraine's air force said.", "RU", "UA",
                     id="russian-attack"),
        pytest.param("Ukrainian drones struck an oil refinery in Ryazan overnight, the governor said.", "UA", None,
                     id="ukrainian-drones"),
        pytest.param("Kyiv launched 45 drones at Russian territory overnight.", "UA", None, id="kyiv-launched"),
        pytest.param("Russia's defence ministry said its air defences downed 37 Ukrainian drones over the "
                     "Bryansk region overnight.", "UA", "RU", id="russian-mod-downed-claim"),
        pytest.param("Russia downed 52 drones fired overnight by Ukraine.", "UA", None, id="fired-by"),
        pytest.param("Ukraine shot down 60 Russia-launched drones overnight.", "RU", None, id="russia-launched"),
        pytest.param("A missile hit a school in Dnipro on Friday, killing three people.", "RU", None,
                     id="place-in-ukraine"),
        pytest.param("The enemy attacked Kherson with artillery on Friday, wounding two.", "RU", None,
                     id="the-enemy"),
    ],
)
def test_attacker(body: str, attacker: str, claimed_by: str | None) -> None:
    fields = one(body)
    assert fields["attacker"] == attacker
    assert fields["claimed_by"] == claimed_by


# ------------------------------------------------------------------------------------------- casualties


@pytest.mark.parametrize(
    ("body", "killed", "injured"),
    [
        pytest.param("Russia attacked Kyiv with drones overnight, killing at least four people.", 4, None,
                     id="killing-at-least"),
        pytest.param("A Russian missile hit Dnipro on Friday, leaving at least eight people injured.", None, 8,
                     id="leaving-injured"),
        pytest.param("Russian drones hit Odesa on Friday, killing one person and wounding eleven others.", 1, 11,
                     id="killing-and-wounding"),
        pytest.param("Russian glide bombs hit Kharkiv on Friday. The attack injured six.", None, 6,
                     id="the-attack-injured"),
        pytest.param("Russian shelling killed a woman in Kherson on Friday.", 1, None, id="killed-a-woman"),
        pytest.param("Russia attacked Sumy overnight. Two people were killed and 14 were wounded.", 2, 14,
                     id="passive-figures"),
        pytest.param("Russia attacked Kyiv overnight with 40 drones. There were no casualties.", 0, 0,
                     id="no-casualties"),
        pytest.param("Russian drones attacked Odesa overnight. No one was hurt.", 0, 0, id="no-one-hurt"),
        pytest.param("Russia struck Dnipro on Friday, injuring at least 3 people. Later the toll rose as 9 "
                     "people were reported injured.", None, 9, id="largest-figure"),
        pytest.param("Russian missiles hit Zaporizhzhia on Friday, 1 dead.", 1, None, id="n-dead"),
        pytest.param("A Russian drone hit a bus in Kherson on Friday. An elderly man later died in hospital.", 1,
                     None, id="a-man-died"),
        pytest.param("Russia struck Sumy with missiles on Friday. The death toll from the strike on Sumy rose to "
                     "21.", 21, None, id="death-toll"),
    ],
)
def test_casualties(body: str, killed: int | None, injured: int | None) -> None:
    assert one(body)["casualties"] == {"killed": killed, "injured": injured}


# ------------------------------------------------------------------------------------------- targets


@pytest.mark.parametrize(
    ("body", "category"),
    [
        pytest.param("Ukrainian drones hit an oil refinery in Ryazan overnight.", "energy", id="refinery"),
        pytest.param("Russian missiles struck a thermal power plant in Kharkiv on Friday.", "energy",
                     id="power-plant"),
        pytest.param("Russian drones damaged a railway station in Fastiv overnight.", "transport",
                     id="railway-station"),
        pytest.param("A Russian drone hit an apartment building in Odesa overnight.", "residential",
                     id="apartment"),
        pytest.param("Ukrainian drones attacked the Morozovsk air base overnight.", "military", id="air-base"),
        pytest.param("A Russian missile hit a children's hospital in Kyiv on Friday.", "civilian_other",
                     id="hospital"),
        pytest.param("Russian drones set the cabinet of ministers building in Kyiv ablaze overnight.",
                     "government", id="cabinet"),
        pytest.param("Russian missiles cut power to the Zaporizhzhia nuclear plant overnight.", "nuclear",
                     id="nuclear"),
        pytest.param("Russian drones hit a chemical plant in Dnipro overnight.", "industrial", id="industrial"),
    ],
)
def test_targets(body: str, category: str) -> None:
    assert category in [t["category"] for t in one(body)["targets"]]


def test_homes_without_power_are_an_energy_target() -> None:
    cats = [t["category"] for t in one("Russian missiles hit Odesa overnight, leaving 200,000 homes without power.")
            ["targets"]]
    assert cats == ["energy"]


# ------------------------------------------------------------------------------------------- places


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param("Ukrainian drones attacked the Morozovsk air base overnight.", ["Morozovsk air base"],
                     id="facility"),
        pytest.param("A source in Kyiv said Ukrainian drones hit the Ryazan oil refinery overnight.",
                     ["Ryazan oil refinery"], id="source-city-is-not-hit"),
        pytest.param("Russian drones destroyed a railway station in Fastiv, near Kyiv, overnight.", ["Fastiv"],
                     id="locator-city-is-not-hit"),
        pytest.param("Moscow said its forces struck Odesa overnight with missiles.", ["Odesa"],
                     id="government-metonym"),
        pytest.param("KYIV (Reuters) - Russian drones hit Kharkiv overnight, injuring two.", ["Kharkiv"],
                     id="dateline"),
        pytest.param("Russia launched drones from the Belgorod region at Sumy overnight.", ["Sumy"],
                     id="origin"),
        pytest.param("Officials in Odesa said Russian drones hit the port overnight.", ["Odesa"],
                     id="local-officials-speak-of-their-city"),
        pytest.param("Russia launched 90 drones from Belgorod, Moscow and Rostov at Kharkiv overnight.",
                     ["Kharkiv"], id="origin-list"),
    ],
)
def test_places_hit(body: str, expected: list[str]) -> None:
    assert places(one(body)) == expected


def test_region_after_a_city_name_is_the_region() -> None:
    fields = one("Russia downed 47 drones fired overnight by Ukraine, mainly at the Rostov border region.")
    assert [(loc["name"], loc["precision"]) for loc in fields["locations"]] == [("Rostov Oblast", "admin1")]


# ------------------------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("body", "published", "expected"),
    [
        pytest.param("Russia attacked Kyiv with 90 drones overnight.", "2025-03-14T09:00:00Z", "2025-03-14",
                     id="overnight-is-the-morning"),
        pytest.param("Russia attacked Kyiv with 90 drones overnight, the air force said on Thursday.",
                     "2025-03-15T09:00:00Z", "2025-03-13", id="said-on-weekday"),
        pytest.param("On March 9, Russia hit Kharkiv with glide bombs, injuring 4.", "2025-03-14T09:00:00Z",
                     "2025-03-09", id="explicit-day"),
        pytest.param("Russian drones hit Odesa on Friday night, killing two.", "2025-03-16T09:00:00Z",
                     "2025-03-15", id="weekday-night-next-morning"),
        pytest.param("Russia attacked Sumy on Tuesday, killing 3.", None, None, id="no-anchor"),
    ],
)
def test_dates(body: str, published: str | None, expected: str | None) -> None:
    assert one(body, published)["date"] == expected


def test_a_day_after_is_the_previous_day() -> None:
    drafts = run("Friday's drone attack on Kyiv came a day after Russia launched 60 missiles at Ukraine.")
    assert sorted(d.fields["date"] for d in drafts) == ["2025-03-13", "2025-03-14"]


# ------------------------------------------------------------------------------------------- waves


def test_one_wave_told_in_several_paragraphs() -> None:
    body = ("Russia unleashed one of its largest air attacks of the war overnight.\n"
            "Russia launched 500 drones and 40 missiles, the air force said.\n"
            "Air defences intercepted 460 drones and 35 missiles.\n"
            "In Kyiv, two people were killed and a power plant was damaged.")
    fields = one(body)
    assert weapons(fields) == {"drone": (500, 460), "missile": (40, 35)}
    assert fields["casualties"]["killed"] == 2
    assert places(fields) == ["Kyiv"]


def test_two_nights_are_two_waves() -> None:
    drafts = run("Russia attacked Odesa overnight with drones, killing two people.\n"
                 "On Wednesday, a Russian missile strike on Sumy killed 12 people.")
    assert sorted(d.fields["date"] for d in drafts) == ["2025-03-12", "2025-03-14"]


def test_the_defenders_report_joins_the_attack() -> None:
    fields = one("Russia launched 70 missiles at Ukraine on Friday.\n"
                 "Ukraine's air force said it destroyed 59 missiles.")
    assert (fields["attacker"], weapons(fields)) == ("RU", {"missile": (70, 59)})


def test_a_ground_fight_is_no_detail_of_the_strike() -> None:
    fields = one("A Russian missile hit a supermarket in Dnipro on Friday, killing 9 people.\n"
                 "Moscow said it had repelled attacks near Belgorod.")
    assert places(fields) == ["Dnipro"]


def test_two_attackers_are_two_waves() -> None:
    drafts = run("Russia launched 150 drones at Ukraine overnight, injuring six in Kharkiv.\n"
                 "Russia's defence ministry said it downed 30 Ukrainian drones over the Bryansk region overnight.")
    assert sorted(d.fields["attacker"] for d in drafts) == ["RU", "UA"]


def test_a_separate_attack_is_its_own_wave() -> None:
    drafts = run("Ukrainian drones struck an oil refinery in Ryazan overnight.\n"
                 "In a separate attack, Ukrainian forces hit the Morozovsk air base with missiles.")
    assert len(drafts) == 2


def test_shelling_is_not_the_air_raid() -> None:
    drafts = run("Russia launched 80 drones at Odesa overnight, injuring three.\n"
                 "Russian artillery shelled Kherson on Friday, killing one person.")
    assert sorted(w["category"] for d in drafts for w in d.fields["weapons"]) == ["artillery", "drone"]
    assert len(drafts) == 2


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Since mid-March, Russia has intensified its shelling of Kharkiv with drones and missiles.",
                     id="background"),
        pytest.param("Kyiv residents heard air raid alerts four times on Thursday about possible attacks.",
                     id="air-alert"),
        pytest.param("Zelensky asked allies for permission to use long-range missiles for strikes on Russia.",
                     id="hypothetical"),
        pytest.param("Russian forces captured the village after heavy assaults, and troops repelled 30 attacks.",
                     id="ground-fighting"),
        pytest.param("Diplomacy may be talking, but it is the artillery, not the conference table, that rules.",
                     id="figure-of-speech"),
        pytest.param("Putin and Trump spoke by phone on Tuesday about a ceasefire.", id="no-strike"),
        pytest.param("Russia has fired more than 4,000 drones at Ukraine this month alone.", id="period-tally"),
        pytest.param("The US supplied ATACMS missiles, which Ukraine has used to strike Russian airfields.",
                     id="habitual-use"),
    ],
)
def test_not_a_strike(body: str) -> None:
    assert run(body) == []


def test_destroyed_aircraft_are_damage_not_weapons() -> None:
    fields = one("Ukraine said it had destroyed at least six Russian military planes at the Morozovsk air base.")
    assert fields["attacker"] == "UA"
    assert "aircraft" not in weapons(fields)


def test_sites_hit() -> None:
    fields = one("Russia launched 300 drones overnight. Officials said 29 locations were hit across Ukraine.")
    assert fields["sites_hit"] == 29


# ------------------------------------------------------------------------------------------- robustness


def test_evidence_quotes_the_body() -> None:
    body = "KYIV \u2014 Russia\u2019s drones hit Odesa overnight, killing <b>two</b> people and injuring 5."
    doc_body = make_doc(Article(id="t", body=body)).article.body
    for draft in run(body):
        for spans in draft.evidence.values():
            for span in spans:
                assert doc_body[span.start : span.end] == span.text


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("", id="empty"),
        pytest.param("   \n  ", id="blank"),
        pytest.param("<p><br/></p>", id="html-only"),
        pytest.param("\u0420\u043e\u0441\u0441\u0438\u044f \u0430\u0442\u0430\u043a\u043e\u0432\u0430\u043b\u0430 "
                     "\u041a\u0438\u0435\u0432.", id="cyrillic"),
    ],
)
def test_odd_input_gives_no_events(body: str) -> None:
    assert run(body) == []


@pytest.mark.parametrize(
    "unit",
    [
        pytest.param("drones ", id="one-word"),
        pytest.param("Russia launched 5 drones at Kyiv. ", id="sentences"),
        pytest.param("killing at least four people and wounding ", id="no-punctuation"),
        pytest.param("44 of the 53 drones, ", id="commas"),
    ],
)
def test_one_megabyte_does_not_stall(unit: str) -> None:
    body = (unit * (1_000_000 // len(unit) + 1))[:1_000_000]
    started = time.perf_counter()
    run(body)
    assert time.perf_counter() - started < 60.0


def test_same_input_same_output() -> None:
    body = "Russia launched 200 drones at Kyiv overnight, killing three people."
    assert [d.fields for d in run(body)] == [d.fields for d in run(body)]


# ------------------------------------------------------------------------------ zero intercepts, updates


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param("Russia fired two Iskander-M missiles at Sumy on Friday; neither was shot down.",
                     {"missile": (2, 0)}, id="neither-was-shot-down"),
        pytest.param("Russia fired three missiles at Odesa on Friday. None of the missiles were intercepted.",
                     {"missile": (3, 0)}, id="none-of-the-missiles"),
        pytest.param("Russia launched 12 drones at Kharkiv overnight and all 12 were shot down.",
                     {"drone": (12, 12)}, id="all-n-were-shot-down"),
        pytest.param("Russia attacked Kherson with four missiles overnight, none of which were intercepted.",
                     {"missile": (4, 0)}, id="none-of-which"),
    ],
)
def test_zero_and_all_intercepted(body: str, expected: dict[str, tuple[Any, Any]]) -> None:
    assert weapons(one(body)) == expected


@pytest.mark.parametrize(
    ("body", "killed", "injured"),
    [
        pytest.param("A Russian missile hit Kharkiv on Thursday, killing four people. By Friday the death toll "
                     "had risen to nine.", 9, None, id="toll-rose-on-a-later-day"),
        pytest.param("A Russian missile hit Sumy on Thursday, wounding 20 people. On Friday the number of injured "
                     "rose to 46.", None, 46, id="injured-number-rose"),
        pytest.param("Russian missiles struck Dnipro on Friday, and 60 people, including 8 children, were injured.",
                     None, 60, id="including-aside"),
    ],
)
def test_casualty_updates(body: str, killed: int | None, injured: int | None) -> None:
    fields = one(body)
    assert (fields["casualties"]["killed"], fields["casualties"]["injured"]) == (killed, injured)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param("A Russian missile attack on the southern port city of Odesa on Friday damaged homes.",
                     ["residential"], id="port-city-is-not-a-port"),
        pytest.param("A Russian missile hit Kharkiv on Friday, injuring ten; two people died in hospital.",
                     [], id="in-hospital-is-not-a-target"),
        pytest.param("Ukraine said its sea drones sank a Russian landing ship off Crimea overnight.",
                     ["military"], id="warship"),
        pytest.param("A Russian missile slammed into a shopping street in Dnipro on Friday, killing two.",
                     ["civilian_other"], id="shopping-street"),
    ],
)
def test_targets_more(body: str, expected: list[str]) -> None:
    assert sorted(t["category"] for t in one(body)["targets"]) == expected


def test_sunk_ship_in_crimea_is_a_ukrainian_strike() -> None:
    assert one("Ukraine's navy said on Friday that its sea drones had sunk the Russian patrol ship off "
               "occupied Crimea.")["attacker"] == "UA"


def test_facility_named_by_its_region() -> None:
    fields = one("Ukrainian drones struck an oil refinery in Russia's Ryazan region overnight, the governor said. "
                 "The fire at the Ryazan oil refinery was put out by morning.")
    assert "Ryazan oil refinery" in places(fields)


def test_city_district_is_not_a_place() -> None:
    fields = one("Russian artillery shelled the Dniprovskyi district of Kherson on Friday, killing one man.")
    assert places(fields) == ["Kherson"]


def test_capital_as_main_target() -> None:
    fields = one("Russia launched 300 drones at Ukraine overnight, with Kyiv the main target, officials said.")
    assert places(fields) == ["Kyiv"]


def test_same_period_takes_the_day_named_before() -> None:
    body = ("Talks between the two delegations ended on Wednesday without a deal. Diplomats flew home. "
            "During the same period, Russia launched 400 drones at Ukraine in a massive overnight assault.")
    assert one(body)["date"] == "2025-03-12"


def test_separately_same_night_same_side_is_one_wave() -> None:
    body = ("Russia's Defence Ministry said it destroyed 40 Ukrainian drones overnight over the Bryansk region. "
            "Separately, Ukraine's General Staff said its drones had hit an oil depot near Belgorod overnight.")
    assert len(run(body)) == 1


def test_separately_other_weapon_and_day_is_another_wave() -> None:
    body = ("A Russian missile hit Odesa on Friday, killing two people. Separately, a Russian drone attack on "
            "Sumy overnight damaged a substation.")
    assert len(run(body)) == 2


def test_rockets_of_a_rocket_launcher_are_artillery() -> None:
    body = "Ukraine fired a Vampire multiple rocket launcher at Belgorod on Friday, and 12 rockets were shot down."
    assert weapons(one(body)) == {"artillery": (None, 12)}



def test_country_after_a_preposition_is_not_the_attacker() -> None:
    fields = one("Ukraine launched its largest attack on Russia yet on Tuesday night, targeting refineries, "
                 "Kyiv said. Russia said it shot down 140 Ukrainian drones over the Bryansk region.")
    assert fields["attacker"] == "UA"


def test_weak_lead_joins_the_first_wave() -> None:
    fields = one("Ukraine said it had targeted oil refineries and chemical plants overnight. Russia said it shot "
                 "down 60 Ukrainian drones over the Bryansk region overnight.")
    assert {t["category"] for t in fields["targets"]} == {"energy", "industrial"}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param("Russian drones hit a train in Sumy on Friday, injuring 30. Kharkiv Governor Oleh Syniehubov "
                     "said there were no other reports.", ["Sumy"], id="place-before-a-title"),
        pytest.param("Russian missiles hit a building in the Dniprovskyi district in Kyiv on Friday, killing two.",
                     ["Kyiv"], id="adjectival-district-name"),
    ],
)
def test_places_not_hit(body: str, expected: list[str]) -> None:
    assert places(one(body)) == expected


def test_southern_port_of_is_the_city() -> None:
    fields = one("In the southern port of Odesa, a Russian drone killed one person on Friday.")
    assert fields["targets"] == []



def test_evening_strike_and_the_nights_wave_are_one() -> None:
    body = ("Russian drones hit Dnipro late on Thursday, killing four people. Ukraine's air force said it downed "
            "94 of the 163 drones Russia launched overnight.")
    fields = one(body)
    assert (fields["date"], weapons(fields)) == ("2025-03-14", {"drone": (163, 94)})


def test_night_of_is_not_an_evening() -> None:
    body = ("Russia launched 400 drones at Kyiv overnight. Recap: on the night of March 12-13, Russia fired 700 "
            "drones at Lviv.")
    assert [d.fields["date"] for d in run(body)] == ["2025-03-14", "2025-03-13"]


def test_earlier_that_day_another_weapon_is_another_wave() -> None:
    body = ("Russian aircraft dropped four glide bombs on Zaporizhzhia on Friday evening, wounding 13 people. "
            "Earlier on Friday, a Russian drone struck a car near Kherson, killing a man.")
    fields = [d.fields for d in run(body)]
    assert [sorted(weapons(f)) for f in fields] == [["glide_bomb"], ["drone"]]
    assert [t["category"] for t in fields[1]["targets"]] == ["civilian_other"]


def test_the_driver_is_one_person() -> None:
    fields = one("A Russian drone attacked a car in Kherson on Friday, injuring the driver.")
    assert (fields["casualties"]["killed"], fields["casualties"]["injured"]) == (None, 1)


def test_a_strike_told_in_another_month_is_its_own_wave() -> None:
    body = ("Russia launched 315 drones at Kyiv overnight, the air force said. In January, a Russian missile "
            "strike on Sumy killed 35 people.")
    assert [d.fields["date"] for d in run(body)] == ["2025-03-14", "2025-01"]


def test_later_that_night_other_weapon_is_another_wave() -> None:
    body = ("Russian glide bombs hit Kharkiv on Thursday afternoon, injuring 17 people. Later that night, a drone "
            "attack on Kharkiv killed three people.")
    assert [sorted(weapons(d.fields)) for d in run(body)] == [["glide_bomb"], ["drone"]]


def test_hydroelectric_plant_is_energy_only() -> None:
    fields = one("Russian missiles hit a hydroelectric plant in Zaporizhzhia on Friday, the operator said.")
    assert [t["category"] for t in fields["targets"]] == ["energy"]
