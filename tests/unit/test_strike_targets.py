"""Strike targets: target categories of the sites hit, not of claims, aims or condemnations.

Short reports written for these tests, read with the tiny gazetteer of ``strike_kit`` (2025-03-14, the
publication day, is a Friday).
"""

from __future__ import annotations

import pytest

from service.nlp.weapons import find_targets
from tests.unit.strike_kit import one, one_of, run, targets


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param("Russian drones hit grain storage facilities in Odesa on Friday.", {"industrial"},
                     id="grain-storage-is-industrial"),
        pytest.param("Russian missiles hit a nine-storey building in Dnipro on Friday.", {"residential"},
                     id="n-storey-building-is-residential"),
        pytest.param("Russian missiles hit a printing house in Kharkiv on Friday.", {"industrial"},
                     id="printing-house-is-industrial"),
        pytest.param("Russian drones hit a hangar at an air base near Odesa on Friday.", {"military"},
                     id="hangar-is-military"),
        pytest.param("Russian drones hit a school in Sumy on Friday. Moscow says it strikes only military targets.",
                     {"civilian_other"}, id="only-military-targets-is-boilerplate"),
        pytest.param("Ukrainian drones hit an oil depot in Engels on Friday. The governor said an \"industrial "
                     "enterprise\" was on fire.", {"energy"}, id="quoted-industrial-enterprise-is-the-depot"),
        pytest.param("Russian missiles hit energy and industrial facilities in Sumy and Odesa on Friday.",
                     {"energy", "industrial"}, id="energy-and-industrial-facilities-are-both"),
        pytest.param("Russia launched 40 missiles at Lviv overnight, targeting gas production and storage "
                     "facilities.", {"energy"}, id="gas-production-and-storage-is-energy"),
        pytest.param("Ukrainian missiles struck a shipyard in the Crimean port of Sevastopol on Friday.",
                     {"industrial"}, id="shipyard-in-the-port-of-city"),
        pytest.param("Ukrainian drones set fire to a fuel export terminal in the Baltic port of Azov on Friday.",
                     {"energy"}, id="fuel-export-terminal-in-the-port-of-city"),
        pytest.param("Russian missiles hit the port of Odesa on Friday.", {"transport"}, id="the-port-itself"),
        pytest.param("Russia fired 30 missiles at Ukraine on Friday. The strikes hit energy facilities in Lviv. In "
                     "Kyiv, a missile landed next to a children's playground.", {"energy", "civilian_other"},
                     id="a-missile-landed-next-to"),
        pytest.param("Ukrainian drones hit a landing ship in Crimea on Friday. A patrol ship destroyed three "
                     "uncrewed boats that were approaching the harbour.", {"military"}, id="approaching-is-not-hit"),
        pytest.param("Ukrainian missiles hit the fleet's headquarters in Crimea on Friday.", {"military"},
                     id="a-fleets-headquarters"),
        pytest.param("Russia's defence ministry said its Iskander missiles struck temporary deployment points of "
                     "Ukrainian units near Kharkiv on Friday.", {"military"}, id="temporary-deployment-points"),
        pytest.param("Russian artillery shelled Kherson on Friday. A humanitarian aid distribution point was "
                     "damaged.", {"civilian_other"}, id="an-aid-distribution-point"),
        pytest.param("Russian missiles hit Dnipro on Friday, setting a railway station and several passenger cars "
                     "ablaze.", {"transport"}, id="passenger-cars-of-a-train"),
        pytest.param("Russian missiles hit a power plant in Lviv on Friday. \"This strike was vile, targeting "
                     "critical civilian infrastructure,\" the president said.", {"energy"},
                     id="a-leaders-words-on-civilian-infrastructure"),
        pytest.param("Russian missiles hit a power plant in Lviv on Friday. He urged allies to let Ukraine strike "
                     "Russian airfields with Western weapons.", {"energy"}, id="urging-allies-to-let-ukraine-strike"),
    ],
)
def test_targets(body: str, expected: set[str]) -> None:
    assert targets(one(body)) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param("Russian missiles fired from warships in the Black Sea hit the port of Odesa on Friday.",
                     {"transport"}, id="launch-platform"),
        pytest.param("Moscow said it struck energy facilities that support the operation of Ukraine's "
                     "military-industrial complex in Kharkiv on Friday.", {"energy"}, id="beneficiary"),
        pytest.param("Russia's defence ministry claimed its missiles destroyed a Ukrainian navy vessel in the port "
                     "of Odesa on Friday.", {"military", "transport"}, id="claimed-concrete-hit"),
        pytest.param("Russia struck Kharkiv with drones on Friday. Moscow claimed its attacks were aimed at "
                     "military-industrial enterprises.", set(), id="claimed-aim"),
        pytest.param("Russian drones hit Dnipro on Friday. Zelensky denounced the strikes on civilian "
                     "infrastructure as terrorism.", set(), id="condemnation"),
        pytest.param("A Russian missile hit a civilian convoy near Zaporizhzhia on Friday, killing 25 people.",
                     {"civilian_other"}, id="civilian-convoy"),
    ],
)
def test_targets_of_claims_and_platforms(body: str, expected: set[str]) -> None:
    assert targets(run(body)[0]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("A drone hit a passenger bus near the market.", {"transport", "civilian_other"}, id="bus"),
        pytest.param("Shelling damaged a tram in the city centre.", {"transport"}, id="tram"),
        pytest.param("A trolleybus and a pharmacy were damaged.", {"civilian_other"}, id="pharmacy"),
        pytest.param("The ministry said it struck decision-making centres.", {"government"},
                     id="decision-making-centres"),
    ],
)
def test_target_words(text: str, expected: set[str]) -> None:
    assert {t.category for t in find_targets(text)} == expected


@pytest.mark.parametrize(
    ("text", "category"),
    [
        pytest.param("They shelled residential streets in the city.", "residential", id="residential-streets"),
        pytest.param("A bomb hit a blood transfusion centre.", "civilian_other", id="transfusion-centre"),
        pytest.param("The other missile struck a road machinery plant.", "industrial", id="machinery-plant"),
        pytest.param("Drones damaged two military transport aircraft.", "military", id="military-transport-aircraft"),
        pytest.param("A fire broke out at the port, but the grain silos were not hit.", "transport",
                     id="a-target-not-hit-is-none"),
        pytest.param("\"These are not military targets. This is terror,\" he wrote about the shelled market.",
                     "civilian_other", id="not-military-targets-is-rhetoric"),
        pytest.param("A drone struck a bus evacuating civilians on the highway.", "civilian_other",
                     id="a-bus-evacuating-civilians"),
        pytest.param("A large fire broke out at the oil depot, which supplies fuel to the air base.", "energy",
                     id="what-a-depot-supplies-is-not-hit"),
    ],
)
def test_target_phrases(text: str, category: str) -> None:
    assert [t.category for t in find_targets(text)] == [category]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("A drone set fire to an oil pumping station.", ["energy"], id="oil-pumping-station"),
        pytest.param("Two missiles damaged a pumping station.", [], id="bare-pumping-station-is-no-energy"),
    ],
)
def test_pumping_stations(text: str, expected: list[str]) -> None:
    assert [t.category for t in find_targets(text)] == expected


def test_a_gas_distribution_station_is_energy() -> None:
    assert [t.category for t in find_targets("A drone hit a gas distribution station.")] == ["energy"]


def test_last_item_of_a_list_cut_at_and() -> None:
    fields = one("Russian strikes hit a hospital in Dnipro, a school in Kyiv, and a warehouse in Lviv on Friday.")
    assert targets(fields) == {"civilian_other", "industrial"}


def test_is_home_to_a_power_plant_is_no_target() -> None:
    body = ("Ukrainian drones struck Belgorod overnight, injuring two people. "
            "The town of Zaporizhzhia lies west of the front and is home to a coal-fired power plant.")
    assert targets(one(body)) == set()


def test_lifting_restrictions_on_strikes_is_hypothetical() -> None:
    body = ("Russian drones hit Sumy on Friday. Zelensky urged allies to lift restrictions on using long-range "
            "weapons against military targets inside Russia.")
    assert targets(one(body)) == set()


def test_a_claimed_military_aim_set_against_civil_targets_adds_nothing() -> None:
    body = ("Russian missiles hit the port of Odesa on Tuesday. A Kremlin spokesman said the missiles had targeted "
            "military infrastructure, not grain facilities.")
    assert "military" not in {t["category"] for t in one(body)["targets"]}


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
def test_target_of_one_report(body: str, category: str) -> None:
    assert category in [t["category"] for t in one_of(body)["targets"]]


def test_homes_without_power_are_an_energy_target() -> None:
    cats = [t["category"] for t in one_of("Russian missiles hit Odesa overnight, leaving 200,000 homes without power.")
            ["targets"]]
    assert cats == ["energy"]


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
    assert sorted(t["category"] for t in one_of(body)["targets"]) == expected


def test_hydroelectric_plant_is_energy_only() -> None:
    fields = one_of("Russian missiles hit a hydroelectric plant in Zaporizhzhia on Friday, the operator said.")
    assert [t["category"] for t in fields["targets"]] == ["energy"]
