"""The readable one-line form people see in the demo and `tail`."""

from __future__ import annotations

from service.render import render_dead_letter, render_event


def test_a_strike_reads_as_one_line() -> None:
    event = {
        "type": "strike", "date": "2025-12-06", "attacker": "RU",
        "weapons": [{"category": "drone", "launched": 653, "intercepted": 585},
                    {"category": "missile", "launched": 51, "intercepted": 30}],
        "locations": [{"name": "Fastiv", "precision": "settlement", "admin1": "Kyiv Oblast"}],
        "casualties": {"killed": None, "injured": 8}, "sources": [{"article_id": "a1"}],
    }
    line = render_event(event)
    assert line.startswith("STRIKE 2025-12-06 RU→UA drones 653 launched/585 intercepted, missiles 51 launched/30")
    assert "Fastiv (Kyiv Oblast)" in line and "8 injured" in line and "<a1>" in line


def test_diplomacy_and_territory_lines() -> None:
    talk = {"type": "diplomacy", "date": None, "kind": "meeting", "status": "scheduled",
            "participants": [{"name": "Keir Starmer"}], "countries": ["GB", "UA"], "venue": {"name": "London"},
            "sources": []}
    assert render_event(talk) == "DIPLOMACY ---------- meeting scheduled: Keir Starmer (GB/UA); in London  <>"
    ground = {"type": "territory", "date": "2025-11", "actor": "RU", "status": "captured", "area_km2": 505.0,
              "locations": [], "disputed": True, "modality": "claimed", "sources": [{"article_id": "x"}]}
    assert render_event(ground) == "TERRITORY 2025-11 RU captured 505 km²; disputed [claimed]  <x>"


def test_a_dead_letter_line_names_reason_and_origin() -> None:
    line = render_dead_letter({"dlq.reason": "not_json", "dlq.detail": "bad", "dlq.topic": "articles",
                               "dlq.partition": "2", "dlq.offset": "17"}, b"\xffoops")
    assert line.startswith("DEAD-LETTER not_json: bad (from articles[2]@17)")
