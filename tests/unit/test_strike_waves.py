"""Strike waves: where one strike event ends and another begins, and what joins a wave.

Short reports written for these tests, read with the tiny gazetteer of ``strike_kit`` (2025-03-14, the
publication day, is a Friday).
"""

from __future__ import annotations

import pytest

from tests.unit.strike_kit import drafts, hit_places, names, one, one_of, run, targets, weapons


@pytest.mark.parametrize(
    ("body", "count"),
    [
        pytest.param("Russian glide bombs hit Zaporizhzhia on Friday, killing three. Also on Friday, a Russian "
                     "drone attacked a car in Kherson, injuring two men.", 2, id="also-on-friday-other-weapon"),
        pytest.param("Russian missiles hit a school in Kharkiv on Friday morning, killing two. A second strike on "
                     "Friday evening hit a residential area, injuring 18.", 2, id="a-second-strike"),
        pytest.param("Ukrainian drones hit Belgorod on Friday, killing two. The attack came a day after Russia "
                     "launched its largest aerial assault on Ukraine.", 1, id="a-day-after-is-a-back-reference"),
        pytest.param("Ukrainian drones hit an oil depot in Engels on Friday. Kyiv said the depot supplied an "
                     "airfield, which Moscow uses to launch bombers that carry out missile strikes on Ukrainian "
                     "cities.", 1, id="what-an-airfield-is-used-for"),
        pytest.param("Over the past day, Russian forces attacked 20 settlements in Kherson with artillery and drones."
                     " On Thursday, a Russian drone dropped explosives on a car in Kherson, injuring two.", 2,
                     id="a-days-summary-and-a-dated-strike"),
        pytest.param("Russia attacked Ukraine overnight with 30 missiles and 20 drones, the air force said; 25 "
                     "missiles were shot down. Around midday, Russian forces dropped two guided aerial bombs on "
                     "Kharkiv, hitting a residential building and injuring four people.", 2,
                     id="glide-bombs-after-the-nights-missile-wave"),
        pytest.param("Russian forces dropped two guided bombs on Zaporizhzhia on Friday, injuring five. Overnight, "
                     "Russia launched 45 drones at Ukraine, the air force said, and 30 were downed.", 2,
                     id="a-drone-wave-after-glide-bombs"),
        pytest.param("A source in the SBU told Reuters the agency was behind the attack on the Ryazan oil refinery "
                     "overnight, as well as a drone attack on a fuel depot in the Bryansk region on Tuesday.", 2,
                     id="as-well-as-another-attack"),
        pytest.param("A Russian drone hit a port warehouse in Odesa overnight, injuring one. In the morning, Russian "
                     "forces struck Kharkiv with a guided bomb, damaging a school.", 2,
                     id="a-glide-bomb-after-a-drone-strike"),
        pytest.param("Russian warplanes struck Kharkiv on Friday. They dropped two guided bombs on a factory.", 1,
                     id="glide-bombs-of-the-warplanes-told-before"),
        pytest.param("Russian forces shelled Kherson on Friday, killing one. In the neighbouring Zaporizhzhia "
                     "region, Russian artillery hit Zaporizhzhia, injuring two.", 2,
                     id="shelling-in-the-neighbouring-region"),
        pytest.param("Russian troops shelled Sumy on Friday. The Russians fired mortars and tube artillery, used "
                     "FPV drones and dropped two guided aerial bombs on Sumy, injuring one man.", 1,
                     id="shelling-with-drones-and-glide-bombs-is-one-day"),
        pytest.param("A Russian drone hit a gas station in Sumy on Friday evening, injuring one. Russian forces "
                     "also shelled Sumy with artillery during the day.", 1,
                     id="a-front-line-drone-and-shelling-of-one-region"),
    ],
)
def test_wave_boundaries(body: str, count: int) -> None:
    assert len(run(body)) == count


def test_a_second_strike_inside_a_sentence_is_the_same_raid() -> None:
    body = ("Russia fired 40 missiles at Ukraine overnight. A missile hit a block of flats in Dnipro, killing five, "
            "while a second strike damaged a warehouse in the city.")
    assert targets(one(body)) == {"residential", "industrial"}


def test_the_same_night_told_separately_is_that_nights_wave() -> None:
    body = ("Ukrainian drones struck an oil depot in Belgorod overnight. In a separate incident the same night, "
            "a drone hit a plant in Ryazan, the governor said.")
    fields = one(body)
    assert names(fields) == ["Belgorod", "Ryazan"]


def test_a_strong_attacker_never_joins_the_other_sides_wave() -> None:
    body = ("In a separate incident the same night, a drone hit a plant in Ryazan, the governor said. "
            "Meanwhile, Russia launched 33 drones against Ukraine overnight.")
    assert len(run(body)) == 2


def test_a_daily_summary_is_not_the_strike_told_before() -> None:
    body = ("On Friday morning, a Russian drone hit a car in Kherson, injuring the driver. "
            "Over the past day, Russian forces fired 230 shells at 19 settlements of the region, including Kherson "
            "and Odesa, the governor said.")
    assert len(run(body)) == 2


def test_an_earlier_dated_attack_stays_apart_from_the_night_range() -> None:
    body = ("Russia said it downed 20 Ukrainian drones overnight on 11-12 March over the Bryansk region. "
            "Earlier, on 11 March, Ukrainian drones attacked an oil refinery in Ryazan.")
    assert len(run(body)) == 2


def test_fpv_drones_join_the_shelling_of_the_same_border_area() -> None:
    body = ("Russian troops shelled border villages in the Sumy region on Tuesday. Russian forces fired mortars at "
            "villages near Sumy, and attacked Kharkiv with FPV drones.")
    assert len(run(body)) == 1


def test_a_dated_day_stays_with_its_own_attack_named_as_well_as() -> None:
    first, second = run("A source in the SBU told Reuters the agency was behind the attack on the Ryazan oil refinery"
                        " overnight, as well as a drone attack on a fuel depot in the Bryansk region on Tuesday.")
    assert (first["date"], second["date"]) == ("2025-03-14", "2025-03-11")
    assert (names(first), names(second)) == (["Ryazan oil refinery"], ["Bryansk Oblast"])


def test_damage_told_next_joins_the_strike_just_told() -> None:
    body = ("Russian artillery shelled Kherson on Friday, damaging 11 houses and a gas pipeline. Separately, a "
            "Russian guided bomb struck Kharkiv on Friday afternoon, injuring one man. A shop and a private house "
            "were damaged.")
    kherson, kharkiv = run(body)
    assert targets(kharkiv) == {"civilian_other", "residential"}
    assert targets(kherson) == {"residential", "energy"}


def test_glide_bombs_on_the_shelled_region_are_that_days_shelling() -> None:
    """A daily tally: shelling of front-line villages, and glide bombs dropped on a town of the same region."""
    text = ("Over the past day, Russian forces shelled Kupiansk and Kharkiv, the governor said. Kupiansk came "
            "under artillery fire, and Russian aircraft dropped guided aerial bombs on Balakliia.")
    assert len(run(text)) == 1


@pytest.mark.parametrize(
    ("body", "count", "day"),
    [
        pytest.param("Russian missiles struck the port of Odesa on Thursday morning, killing two. On Friday, Russia's "
                     "defence ministry said the missiles had destroyed a Ukrainian warship in the port.", 1,
                     "2025-03-13", id="a-fronted-statement-day-looks-back"),
        pytest.param("Ukrainian missiles hit a command post in Belgorod on Thursday, killing 12. On Friday, Russia's "
                     "defence ministry said its air defences had downed 19 Ukrainian drones over the Bryansk region.",
                     2, "2025-03-13", id="a-fronted-day-with-new-figures-is-another-wave"),
    ],
)
def test_a_fronted_statement_day(body: str, count: int, day: str) -> None:
    fields = run(body)
    assert (len(fields), fields[0]["date"]) == (count, day)


def test_a_statement_made_separately_is_not_a_separate_attack() -> None:
    body = ("Ukrainian drones attacked an airport in Belgorod overnight, damaging two aircraft. The Russian defence "
            "ministry said separately that air defences had shot down drones over the Bryansk region.")
    assert len(run(body)) == 1


def test_a_quoted_being_shelled_is_the_missile_strike() -> None:
    body = ("Russian missiles hit Kharkiv on Friday morning, killing three. \"Kharkiv is being shelled,\" the mayor "
            "wrote on Telegram.")
    fields = one(body)
    assert set(weapons(fields)) == {"missile"}


def test_rocket_fire_from_launchers_named_next_is_artillery() -> None:
    body = ("Kherson came under heavy rocket fire on Friday. Five people were killed, the governor said, as Russian "
            "Grad multiple rocket launchers pounded the city's market.")
    fields = one(body)
    assert set(weapons(fields)) == {"artillery"}
    assert fields["casualties"]["killed"] == 5


def test_a_days_tally_and_its_villages_are_not_the_dated_city_strike() -> None:
    body = ("Russian aircraft dropped four glide bombs on Kharkiv on Thursday evening, injuring 11. Over the past day, "
            "Russian troops carried out 300 strikes on 17 settlements of the region, officials said. Kupiansk and "
            "Balakliia came under drone and artillery attacks, and a woman was killed in Balakliia.")
    fields = run(body)
    assert [(names(f), f["casualties"]["killed"]) for f in fields] == [
        (["Kharkiv"], None), (["Kupiansk", "Balakliia"], 1)]


def test_one_wave_told_in_several_paragraphs() -> None:
    body = ("Russia unleashed one of its largest air attacks of the war overnight.\n"
            "Russia launched 500 drones and 40 missiles, the air force said.\n"
            "Air defences intercepted 460 drones and 35 missiles.\n"
            "In Kyiv, two people were killed and a power plant was damaged.")
    fields = one_of(body)
    assert weapons(fields) == {"drone": (500, 460), "missile": (40, 35)}
    assert fields["casualties"]["killed"] == 2
    assert hit_places(fields) == ["Kyiv"]


def test_two_nights_are_two_waves() -> None:
    found = drafts("Russia attacked Odesa overnight with drones, killing two people.\n"
                 "On Wednesday, a Russian missile strike on Sumy killed 12 people.")
    assert sorted(d.fields["date"] for d in found) == ["2025-03-12", "2025-03-14"]


def test_the_defenders_report_joins_the_attack() -> None:
    fields = one_of("Russia launched 70 missiles at Ukraine on Friday.\n"
                 "Ukraine's air force said it destroyed 59 missiles.")
    assert (fields["attacker"], weapons(fields)) == ("RU", {"missile": (70, 59)})


def test_a_ground_fight_is_no_detail_of_the_strike() -> None:
    fields = one_of("A Russian missile hit a supermarket in Dnipro on Friday, killing 9 people.\n"
                 "Moscow said it had repelled attacks near Belgorod.")
    assert hit_places(fields) == ["Dnipro"]


def test_two_attackers_are_two_waves() -> None:
    found = drafts("Russia launched 150 drones at Ukraine overnight, injuring six in Kharkiv.\n"
                 "Russia's defence ministry said it downed 30 Ukrainian drones over the Bryansk region overnight.")
    assert sorted(d.fields["attacker"] for d in found) == ["RU", "UA"]


def test_a_separate_attack_is_its_own_wave() -> None:
    found = drafts("Ukrainian drones struck an oil refinery in Ryazan overnight.\n"
                 "In a separate attack, Ukrainian forces hit the Morozovsk air base with missiles.")
    assert len(found) == 2


def test_shelling_is_not_the_air_raid() -> None:
    found = drafts("Russia launched 80 drones at Odesa overnight, injuring three.\n"
                 "Russian artillery shelled Kherson on Friday, killing one person.")
    assert sorted(w["category"] for d in found for w in d.fields["weapons"]) == ["artillery", "drone"]
    assert len(found) == 2


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
    assert drafts(body) == []


def test_destroyed_aircraft_are_damage_not_weapons() -> None:
    fields = one_of("Ukraine said it had destroyed at least six Russian military planes at the Morozovsk air base.")
    assert fields["attacker"] == "UA"
    assert "aircraft" not in weapons(fields)


def test_sites_hit() -> None:
    fields = one_of("Russia launched 300 drones overnight. Officials said 29 locations were hit across Ukraine.")
    assert fields["sites_hit"] == 29


def test_separately_same_night_same_side_is_one_wave() -> None:
    body = ("Russia's Defence Ministry said it destroyed 40 Ukrainian drones overnight over the Bryansk region. "
            "Separately, Ukraine's General Staff said its drones had hit an oil depot near Belgorod overnight.")
    assert len(drafts(body)) == 1


def test_separately_other_weapon_and_day_is_another_wave() -> None:
    body = ("A Russian missile hit Odesa on Friday, killing two people. Separately, a Russian drone attack on "
            "Sumy overnight damaged a substation.")
    assert len(drafts(body)) == 2


def test_weak_lead_joins_the_first_wave() -> None:
    fields = one_of("Ukraine said it had targeted oil refineries and chemical plants overnight. Russia said it shot "
                 "down 60 Ukrainian drones over the Bryansk region overnight.")
    assert {t["category"] for t in fields["targets"]} == {"energy", "industrial"}


def test_evening_strike_and_the_nights_wave_are_one() -> None:
    body = ("Russian drones hit Dnipro late on Thursday, killing four people. Ukraine's air force said it downed "
            "94 of the 163 drones Russia launched overnight.")
    fields = one_of(body)
    assert (fields["date"], weapons(fields)) == ("2025-03-14", {"drone": (163, 94)})


def test_earlier_that_day_another_weapon_is_another_wave() -> None:
    body = ("Russian aircraft dropped four glide bombs on Zaporizhzhia on Friday evening, wounding 13 people. "
            "Earlier on Friday, a Russian drone struck a car near Kherson, killing a man.")
    fields = [d.fields for d in drafts(body)]
    assert [sorted(weapons(f)) for f in fields] == [["glide_bomb"], ["drone"]]
    assert [t["category"] for t in fields[1]["targets"]] == ["civilian_other"]


def test_a_strike_told_in_another_month_is_its_own_wave() -> None:
    body = ("Russia launched 315 drones at Kyiv overnight, the air force said. In January, a Russian missile "
            "strike on Sumy killed 35 people.")
    assert [d.fields["date"] for d in drafts(body)] == ["2025-03-14", "2025-01"]


def test_later_that_night_other_weapon_is_another_wave() -> None:
    body = ("Russian glide bombs hit Kharkiv on Thursday afternoon, injuring 17 people. Later that night, a drone "
            "attack on Kharkiv killed three people.")
    assert [sorted(weapons(d.fields)) for d in drafts(body)] == [["glide_bomb"], ["drone"]]


@pytest.mark.parametrize(
    "month", [pytest.param("DEC.", id="capitals-month"), pytest.param("Dec.", id="title-case-month")]
)
def test_factbox_entries_are_waves(month: str) -> None:
    body = ("KYIV, Jan 16 (Reuters) - Russia launched a large missile and drone attack on Ukraine's power grid on "
            "Wednesday.\n"
            f"{month} 13 - Russia fires 94 missiles and 193 drones at energy sites.\n"
            f"{month} 25 - Russia launches 78 missiles and 106 drones. A power plant in Kharkiv is hit.\n")
    found = [d.fields for d in drafts(body, "2025-01-16T11:00:00Z")]
    assert [f["date"] for f in found] == ["2025-01-15", "2024-12-13", "2024-12-25"]
    assert [weapons(f) for f in found[1:]] == [{"missile": (94, None), "drone": (193, None)},
                                               {"missile": (78, None), "drone": (106, None)}]
    assert hit_places(found[2]) == ["Kharkiv"]


def test_late_on_friday_night_is_not_the_next_nights_wave() -> None:
    body = ("Ukrainian drones struck a refinery in Ryazan overnight, the governor said on Sunday. It was not the "
            "first hit this week. Late on Friday night, drones attacked an oil depot in Belgorod, the regional "
            "governor said.")
    found = [d.fields for d in drafts(body, "2025-03-16T11:00:00Z")]
    assert [(f["date"], hit_places(f)) for f in found] == [("2025-03-16", ["Ryazan"]), ("2025-03-15", ["Belgorod"])]
