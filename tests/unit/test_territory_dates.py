"""Territory dates: the day of a change, taken from the sentence, a statement or a live-blog date line.

Sentences written for these tests, read with the in-test gazetteer of ``test_territory`` (the extractor
alone is judged). Published 2025-12-03 (a Wednesday) unless a test says otherwise.
"""

from __future__ import annotations

from tests.unit.test_territory import run, view


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
