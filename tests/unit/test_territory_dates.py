"""Territory dates: the day of a change, taken from the sentence, a statement or a live-blog date line.

Sentences written for these tests, read with the in-test gazetteer of ``territory_kit`` (the extractor
alone is judged). Published 2025-12-03 (a Wednesday) unless a test says otherwise.
"""

from __future__ import annotations

import pytest

from tests.unit.territory_kit import run, view


def test_the_ministry_said_takes_the_date_of_its_dated_statement() -> None:
    body = ("Russia's Defence Ministry said on Sunday its air defences had downed 30 drones. Separately, the "
            "ministry said Russian forces had taken Toretsk.")
    assert [view(e) for e in run(body, "2025-02-10T10:00:00Z")] == [("RU", "captured", ["Toretsk"], None, "2025-02-09")]


def test_hours_later_takes_the_day_of_the_dated_sentence_before() -> None:
    body = ("Ukrainian troops raised the national flag over Kupiansk on Saturday. Hours later, Russia said its "
            "troops in the Vovchansk area would \"regroup\".")
    assert [view(e) for e in run(body, "2025-12-07T10:00:00Z")] == [
        ("UA", "recaptured", ["Kupiansk"], None, "2025-12-06"), ("RU", "withdrew", ["Vovchansk"], None, "2025-12-06")]


def test_undated_sentence_without_same_day_link_stays_undated() -> None:
    body = "Ukrainian troops raised the national flag over Kupiansk on Saturday. Russia withdrew from Vovchansk."
    assert [view(e)[4] for e in run(body, "2025-12-07T10:00:00Z")] == ["2025-12-06", None]


def test_live_blog_entry_takes_the_day_of_the_date_line() -> None:
    body = ("Here are the latest developments on Tuesday, December 2.\n14:10 GMT - Russia claims village\n"
            "Russia's defence ministry said its forces had taken Vovchansk.")
    assert [view(e)[4] for e in run(body)] == ["2025-12-02"]


def test_without_a_date_line_a_said_capture_stays_undated() -> None:
    body = "14:10 GMT - Russia claims village\nRussia's defence ministry said its forces had taken Vovchansk."
    assert [view(e)[4] for e in run(body)] == [None]


def test_the_ministry_said_reaches_back_to_a_lead_many_sentences_before() -> None:
    filler = " ".join(f"Background sentence number {n} tells of the strike." for n in range(8))
    body = (f"Russia said Tuesday that six missiles were fired at a facility in the Bryansk region. {filler} "
            "Separately, the defence ministry said its forces had recaptured the village of Sudzha.")
    assert [view(e)[1:] for e in run(body)] == [("recaptured", ["Sudzha"], None, "2025-12-02")]


def test_shortly_after_an_event_is_no_same_day_link() -> None:
    body = "Russia invaded on Saturday. Shortly after the invasion began, Russian forces captured Kherson."
    assert [view(e)[4] for e in run(body)] == [None]


def test_month_and_day_of_that_month_are_one_event_with_the_day() -> None:
    body = ("Ukrainian forces withdrew from Toretsk in November. A Ukrainian brigade said on November 20 that "
            "its units had withdrawn from Toretsk.")
    assert [view(e) for e in run(body)] == [("UA", "withdrew", ["Toretsk"], None, "2025-11-20")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param("On Thursday, Russia's Defence Ministry said its forces had \"liberated\" Vuhledar.",
                     ["2025-11-27"], id="fronted-statement-day"),
        pytest.param("Sergei Shoigu told President Vladimir Putin on Monday that Russian troops had captured "
                     "Kurakhove.",
                     ["2025-12-01"], id="told-a-named-person-on-monday"),
        pytest.param("Ukrainian troops have retreated from Pokrovsk, a spokesman said in televised remarks on Sunday.",
                     ["2025-11-30"], id="said-in-remarks-on-sunday"),
        pytest.param("Ukraine's commander said early on Monday that troops had withdrawn from Pokrovsk.",
                     ["2025-12-01"], id="said-early-on-monday"),
    ],
)
def test_statement_day_in_more_wordings(body: str, expected: list[str]) -> None:
    assert [view(e)[4] for e in run(body)] == expected


def test_today_inside_a_quote_is_the_day_it_was_said() -> None:
    body = ("Shoigu told Putin on Monday that Russian troops had taken Kurakhove. \"Today, units of the Southern "
            "group of forces completed the liberation of Kurakhove,\" he said.")
    assert [view(e)[1:] for e in run(body)] == [("captured", ["Kurakhove"], None, "2025-12-01")]


def test_two_days_after_counts_back_from_the_statement() -> None:
    body = ("Ukraine's army said on Sunday its forces had recaptured Klishchiivka, two days after announcing the "
            "liberation of Robotyne.")
    assert [(view(e)[2], view(e)[4]) for e in run(body)] == [(["Klishchiivka"], "2025-11-30"),
                                                              (["Robotyne"], "2025-11-28")]


def test_a_retold_present_perfect_takes_the_stated_day() -> None:
    body = ("Ukraine's army said on Sunday its forces had recaptured Klishchiivka. \"Klishchiivka has been "
            "liberated,\" the commander wrote.")
    assert [view(e)[1:] for e in run(body)] == [("recaptured", ["Klishchiivka"], None, "2025-11-30")]


def test_next_day_takes_the_day_after_the_dated_sentence() -> None:
    body = ("Ukraine's army said on Friday its troops had withdrawn from Vuhledar. The next day, Russia said it had "
            "taken full control of the town.")
    assert [view(e)[:2] + (view(e)[4],) for e in run(body)] == [("UA", "withdrew", "2025-11-28"),
                                                                ("RU", "captured", "2025-11-29")]


def test_a_capture_told_a_day_after_the_statement_day_is_the_day_before() -> None:
    body = ("Ukraine's military said on Friday it had pulled its troops out of Vuhledar, a day after Russia said it "
            "had captured the town.")
    assert [view(e)[:2] + (view(e)[4],) for e in run(body)] == [("UA", "withdrew", "2025-11-28"),
                                                                ("RU", "captured", "2025-11-27")]


def test_live_blog_situation_line_dates_its_entries() -> None:
    body = ("Here is the situation on Tuesday, December 2.\nFighting\nRussia's defence ministry said its forces had "
            "taken Vovchansk.")
    assert [view(e)[4] for e in run(body)] == ["2025-12-02"]


def test_a_day_before_and_goes_with_the_clause_it_ends() -> None:
    body = "Ukraine withdrew from Avdiivka on Saturday and Russia took full control of the town."
    assert [view(e)[:2] + (view(e)[4],) for e in run(body)] == [("UA", "withdrew", "2025-11-29"),
                                                                ("RU", "captured", "2025-11-29")]


def test_a_claim_denied_later_in_its_sentence_keeps_its_own_day() -> None:
    [e] = run("Russia claimed the capture of Toretsk on Monday, but Ukraine's General Staff denied it.")
    assert (e["date"], e["disputed"]) == ("2025-12-01", True)


def test_a_denial_before_the_capture_leaves_it_undated() -> None:
    [e] = run("Ukraine on Monday denied Russia's claim that its forces had captured Toretsk.")
    assert (e["date"], e["disputed"]) == (None, True)


def test_a_fronted_day_and_month_dates_the_statement() -> None:
    [e] = run("On 1 December, Russia's defence ministry claimed the capture of Toretsk.")
    assert e["date"] == "2025-12-01"


def test_on_the_same_day_inside_a_sentence_takes_the_day_before() -> None:
    body = ("On 1 December, Russia's defence ministry claimed the capture of Toretsk. Ukraine's General Staff "
            "confirmed on the same day that Ukrainian units had withdrawn from the town.")
    assert [view(e)[:2] + (view(e)[4],) for e in run(body)] == [
        ("RU", "captured", "2025-12-01"), ("UA", "withdrew", "2025-12-01")]


def test_an_area_since_the_operation_began_is_an_open_span() -> None:
    [e] = run("Ukrainian troops have cleared about 17 square miles since the operation began, Syrskyi said.")
    assert (e["area_km2"], e["date"]) == (44.03, None)


def test_a_month_after_the_place_beats_one_across_a_comma() -> None:
    body = ("Russian troops took Toretsk in late April and Vovchansk in August, before capturing Vuhledar in "
            "early October.")
    assert [(view(e)[2], view(e)[4]) for e in run(body, "2025-11-01T10:00:00Z")][-1] == (["Vuhledar"], "2025-10")


def test_also_said_takes_the_date_of_the_statement_before() -> None:
    body = ("Russia's Defence Ministry said on Tuesday its air defences had downed 20 drones. The ministry also "
            "claimed its troops had captured Toretsk.")
    assert [view(e) for e in run(body, "2025-02-12T10:00:00Z")] == [("RU", "captured", ["Toretsk"], None, "2025-02-11")]


def test_main_clause_after_a_day_after_clause_keeps_its_own_date() -> None:
    body = "A day after Ukraine's army withdrew from Kurakhove, Russian forces have captured Toretsk."
    assert [view(e)[1:] for e in run(body, "2025-03-10T10:00:00Z")] == [
        ("withdrew", ["Kurakhove"], None, "2025-03-09"), ("captured", ["Toretsk"], None, "2025-03-10")]


def test_a_denial_before_the_claim_keeps_the_claims_own_day() -> None:
    [e] = run("Ukraine on Wednesday denied Russia's claim that Russian troops had captured Toretsk on Monday.")
    assert (e["date"], e["disputed"]) == ("2025-12-01", True)
