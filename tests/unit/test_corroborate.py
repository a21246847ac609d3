"""Corroboration across articles: one event per real-world event, versioned, order-independent."""

from __future__ import annotations

import copy
from datetime import date
from typing import Any

from service import corroborate_match
from service.corroborate import apply, cluster_features, expired_keys, features, merge, similarity, summary
from tests.compaction import compact


def _strike(article: str, outlet: str, published: str, *, injured: int | None, places: list[str],
            drones: tuple[int | None, int | None], event_id: str) -> dict[str, Any]:
    return {
        "event_id": event_id, "type": "strike", "schema_version": "1.0", "date": "2025-12-06", "attacker": "RU",
        "weapons": [{"category": "drone", "model": None, "launched": drones[0], "intercepted": drones[1]}],
        "targets": [{"category": "energy", "name": None}],
        "casualties": {"killed": None, "injured": injured}, "sites_hit": None, "modality": "reported",
        "locations": [{"name": p, "precision": "settlement", "admin1": "Kyiv Oblast", "country": "UA"}
                      for p in places],
        "sources": [{"article_id": article, "url": None, "source": outlet, "published_at": published}],
        "evidence": {"weapons": [{"quote": "585 drones", "start": 0, "end": 10}]}, "confidence": 0.6,
        "extracted_at": "2025-12-07T10:00:00Z",
    }


A = _strike("a", "Outlet A", "2025-12-07T06:00:00Z", injured=8, places=["Fastiv"], drones=(653, 585),
            event_id="b" * 32)
B = _strike("b", "Outlet B", "2025-12-07T09:00:00Z", injured=None, places=["Kyiv"], drones=(None, 585),
            event_id="a" * 32)
OTHER_NIGHT = {**_strike("c", "Outlet C", "2025-12-10T06:00:00Z", injured=1, places=["Odesa"], drones=(90, 70),
                         event_id="c" * 32), "date": "2025-12-10"}


def _run(events: list[dict[str, Any]]) -> tuple[dict[str, Any], list[tuple[str, str, Any]]]:
    buckets: dict[str, Any] = {}
    clusters: dict[str, Any] = {}
    out = []
    for e in events:
        out += apply(buckets, clusters, copy.deepcopy(e), now="2025-12-07T12:00:00Z")
    return clusters, out


def _final(published: list[tuple[str, str, Any]]) -> dict[str, Any]:
    """The event topics after compaction (``published``: (topic, key, value) in publication order)."""
    return compact((key, value) for _, key, value in published)


def test_two_outlets_reporting_one_strike_give_one_event_with_both_sources() -> None:
    _, out = _run([A, B])
    final = _final(out)
    assert len(final) == 1
    (event,) = final.values()
    assert [s["article_id"] for s in event["sources"]] == ["a", "b"]
    assert event["corroboration"] == 2 and event["version"] == 2
    assert event["weapons"][0]["launched"] == 653 and event["weapons"][0]["intercepted"] == 585
    assert {loc["name"] for loc in event["locations"]} == {"Fastiv", "Kyiv"}


def test_either_order_gives_the_same_final_event() -> None:
    strip = lambda e: {k: v for k, v in e.items() if k != "updated_at"}  # noqa: E731
    ab, ba = _final(_run([A, B])[1]), _final(_run([B, A])[1])
    assert ab.keys() == ba.keys()
    assert [strip(e) for e in ab.values()] == [strip(e) for e in ba.values()]


def test_a_changed_cluster_id_leaves_a_tombstone_for_the_old_key() -> None:
    _, out = _run([A, B])  # A's id sorts after B's: the cluster is renamed to B's id
    assert ("strike", A["event_id"], None) in out
    assert list(_final(out)) == [B["event_id"]]


def test_the_same_article_twice_makes_no_new_version() -> None:
    _, out = _run([A, A, B, B])
    versions = [(key, value["version"]) for _, key, value in out if value is not None]
    assert versions == [(A["event_id"], 1), (A["event_id"], 1), (B["event_id"], 2), (B["event_id"], 2)]


def test_a_later_report_with_a_higher_injured_count_is_a_new_version_with_the_disagreement_kept() -> None:
    update = _strike("d", "Outlet D", "2025-12-07T15:00:00Z", injured=12, places=["Fastiv"], drones=(653, 585),
                     event_id="d" * 32)
    _, out = _run([A, B, update])
    event = _final(out)[B["event_id"]]
    assert event["version"] == 3
    assert event["casualties"]["injured"] == 12
    assert event["disagreements"]["casualties.injured"] == {"a": 8, "d": 12}


def test_a_different_night_is_a_different_event() -> None:
    assert similarity(A, OTHER_NIGHT) == 0.0
    assert len(_final(_run([A, OTHER_NIGHT])[1])) == 2


def test_diplomacy_with_different_venues_never_merges() -> None:
    base = {"type": "diplomacy", "date": "2025-12-08", "kind": "meeting", "status": "scheduled",
            "participants": [{"name": "Keir Starmer"}], "countries": ["GB"], "locations": []}
    london = {**base, "venue": {"name": "London"}}
    paris = {**base, "venue": {"name": "Paris"}}
    assert similarity(london, london) >= 2 and similarity(london, paris) == 0.0


def test_merge_boosts_confidence_and_counts_distinct_outlets() -> None:
    same_outlet = {**B, "sources": [{**B["sources"][0], "source": "Outlet A"}]}
    merged = merge([A, same_outlet])
    assert merged["corroboration"] == 1
    assert merged["confidence"] > A["confidence"]


def test_old_buckets_expire() -> None:
    keys = ["strike|RU|2025-11-20", "strike|RU|2025-12-06"]
    assert expired_keys(keys, newest=date(2025, 12, 7), keep_days=7) == ["strike|RU|2025-11-20"]


def test_a_statement_seen_twice_keeps_one_version() -> None:
    statement = {"event_id": "e" * 32, "type": "diplomacy", "date": "2025-12-06", "kind": "statement",
                 "status": "held", "participants": [], "countries": ["FR"], "venue": None, "locations": [],
                 "sources": [{"article_id": "s", "source": "X", "published_at": "2025-12-07T00:00:00Z"}],
                 "evidence": {}, "confidence": 0.3}
    _, out = _run([statement, statement])
    assert {(key, value["version"]) for _, key, value in out} == {(statement["event_id"], 1)}


def test_state_holds_one_record_per_real_world_event_and_buckets_list_only_ids() -> None:
    buckets: dict[str, Any] = {}
    clusters: dict[str, Any] = {}
    for e in (A, B, OTHER_NIGHT):
        apply(buckets, clusters, copy.deepcopy(e), now="2025-12-07T12:00:00Z")
    assert sorted(clusters) == sorted([B["event_id"], OTHER_NIGHT["event_id"]])
    assert sorted(cid for ids in buckets.values() for cid in ids) == sorted(clusters)


def test_a_call_never_merges_with_a_meeting_of_the_same_people() -> None:
    meeting = {"type": "diplomacy", "date": None, "kind": "meeting", "status": "held", "venue": {"name": "Moscow"},
               "participants": [{"name": "Steve Witkoff"}, {"name": "Vladimir Putin"}], "countries": ["US", "RU"],
               "locations": []}
    call = {**meeting, "kind": "call", "venue": None}
    talks = {**meeting, "kind": "talks"}
    assert similarity(meeting, call) == 0.0
    assert similarity(meeting, talks) >= 2.0


def test_the_seed_articles_give_the_same_final_events_in_either_order() -> None:
    from service.domain import Article
    from service.pipeline import run
    from service.resources import default_resources
    from tests.conftest import sample_articles

    fields = ("id", "body", "url", "source", "published_at", "title", "language")
    per_article = [run(Article(**{k: a.get(k) for k in fields}), default_resources()) for a in sample_articles()]
    finals = []
    for order in (per_article, per_article[::-1]):
        finals.append(_final(_run([e for events in order for e in events])[1]))
    strip = lambda e: {k: v for k, v in e.items() if k != "updated_at"}  # noqa: E731
    assert finals[0].keys() == finals[1].keys()
    assert all(strip(finals[0][k]) == strip(finals[1][k]) for k in finals[0])
    assert len([e for e in finals[0].values() if e["corroboration"] == 2]) >= 5


def test_fold_says_whether_a_report_was_new_merged_or_unchanged() -> None:
    from service.corroborate import fold

    buckets: dict[str, Any] = {}
    clusters: dict[str, Any] = {}
    outcomes = [fold(buckets, clusters, copy.deepcopy(e), now="t")[0] for e in (A, B, A, OTHER_NIGHT)]
    assert outcomes == ["new", "merged", "unchanged", "new"]


def test_a_cluster_s_features_follow_its_version() -> None:
    """The memo is keyed by (id, digest): a new version of a cluster is compared by its new facts."""
    first = {"cluster_id": "x" * 32, "digest": "d1", "summary": summary(merge([A]))}
    assert cluster_features(first) == features(merge([A]))
    second = {**first, "digest": "d2", "summary": summary(merge([A, B]))}
    assert cluster_features(second) == features(merge([A, B]))
    assert cluster_features(second).names == {"fastiv", "kyiv"}


def test_an_expired_cluster_leaves_the_memo() -> None:
    cluster = {"cluster_id": "y" * 32, "digest": "d1", "summary": summary(merge([A]))}
    cluster_features(cluster)
    assert "y" * 32 in corroborate_match._CLUSTER_FEATURES
    corroborate_match.forget("y" * 32)
    assert "y" * 32 not in corroborate_match._CLUSTER_FEATURES
