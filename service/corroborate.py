"""Corroboration: one event per real-world event across articles and outlets (pure).

Reports of the same strike, talks or territorial change from several articles are clustered; a
cluster's event is recomputed from *all* its members every time one arrives, so the result does
not depend on arrival order, and the same article twice changes nothing. Disagreeing figures are
kept per source next to the chosen value.
"""

from __future__ import annotations

import hashlib
import zlib
from collections import Counter
from datetime import date, timedelta
from typing import Any

import orjson

from service.corroborate_match import Features, cluster_features, features, forget, norm, score, side, similarity
from service.nlp.text import parse_anchor

__all__ = ["Features", "apply", "bucket_key", "cluster_features", "digest", "event_day", "expired_keys",
           "features", "fold", "forget", "merge", "neighbour_keys", "partition_for", "partition_key", "score",
           "side", "similarity", "summary"]

# Fields compared as scalars: the chosen value is the most reported one (ties: the latest report).
_SCALARS = {
    "strike": ("date", "attacker", "modality", "claimed_by"),
    "diplomacy": ("date", "kind", "status", "outcome", "modality", "claimed_by"),
    "territory": ("date", "actor", "status", "area_km2", "modality", "claimed_by", "disputed"),
}
_ENVELOPE = {"event_id", "sources", "evidence", "confidence", "extracted_at", "version", "updated_at",
             "corroboration", "disagreements", "members"}


def event_day(event: dict[str, Any]) -> date | None:
    """The event's day, else its first source's publication day (undated reports are about recent things)."""
    value = event.get("date")
    if value and len(value) == 10:
        return date.fromisoformat(value)
    if value and len(value) == 7:
        return date.fromisoformat(value + "-01")
    published = (event.get("sources") or [{}])[0].get("published_at")
    return parse_anchor(published)


def partition_key(event: dict[str, Any]) -> str:
    """Events that may describe the same real-world event share this key (and so a partition)."""
    return f"{event['type']}|{side(event)}"


# Blocking keys in a fixed order: spread over the candidate partitions by position, not by hash, so a
# handful of keys does not pile onto one partition.
_KNOWN_KEYS = ("strike|RU", "territory|RU", "diplomacy|diplomacy", "strike|UA", "territory|UA", "strike|?",
               "territory|?")


def partition_for(key: str, partitions: int) -> int:
    """The candidates-topic partition of a blocking key (stable across processes and restarts)."""
    if key in _KNOWN_KEYS:
        return _KNOWN_KEYS.index(key) % partitions
    return zlib.crc32(key.encode()) % partitions


def bucket_key(event: dict[str, Any]) -> str:
    """The table key of an event: its partition key and its day."""
    day = event_day(event)
    return f"{partition_key(event)}|{day.isoformat() if day else 'undated'}"


def neighbour_keys(event: dict[str, Any], window_days: int = 1) -> list[str]:
    """Table keys to search for a matching cluster: the event's day and the days around it."""
    day = event_day(event)
    if day is None:
        return [bucket_key(event)]
    base = partition_key(event)
    return [f"{base}|{(day + timedelta(days=d)).isoformat()}" for d in range(-window_days, window_days + 1)]


def _outlet(event: dict[str, Any]) -> str:
    src = event["sources"][0]
    return src.get("source") or src.get("article_id")


def _order(event: dict[str, Any]) -> tuple[str, str]:
    src = event["sources"][0]
    return (src.get("published_at") or "", src.get("article_id") or "")


def merge(members: list[dict[str, Any]]) -> dict[str, Any]:
    """One event from every report of it (each member: one article's event). Order-independent."""
    members = sorted(members, key=_order)
    latest = members[-1]
    event_type = latest["type"]
    merged: dict[str, Any] = {k: v for k, v in latest.items() if k not in _ENVELOPE}
    disagreements: dict[str, dict[str, Any]] = {}
    for field in _SCALARS[event_type]:
        per_source = {m["sources"][0]["article_id"]: m.get(field) for m in members if m.get(field) is not None}
        if not per_source:
            continue
        tally = Counter(per_source.values())
        top = max(tally.values())
        # most reported; ties go to the most recent report
        merged[field] = next(v for v in reversed([m.get(field) for m in members]) if tally.get(v) == top)
        if len(tally) > 1:
            disagreements[field] = per_source
    merged["locations"] = _union(members, "locations", lambda x: (norm(x.get("name")), x.get("precision")))
    if event_type == "strike":
        merged["targets"] = _union(members, "targets", lambda x: (x.get("category"), norm(x.get("name"))))
        merged["weapons"] = _merge_weapons(members, disagreements)
        merged["casualties"] = _merge_max(members, "casualties", ("killed", "injured"), disagreements)
        sites: list[int] = [m["sites_hit"] for m in members if m.get("sites_hit") is not None]
        merged["sites_hit"] = max(sites) if sites else None
    elif event_type == "diplomacy":
        merged["participants"] = _union(members, "participants", lambda x: norm(x.get("name")).split()[-1:])
        merged["countries"] = sorted({c for m in members for c in m.get("countries") or []})
        venues = [m["venue"] for m in members if m.get("venue")]
        merged["venue"] = venues[-1] if venues else None
    merged["sources"] = [m["sources"][0] for m in members]
    merged["corroboration"] = len({_outlet(m) for m in members})
    merged["evidence"] = _merge_evidence(members)
    miss = 1.0
    for m in members:
        miss *= 1.0 - float(m.get("confidence") or 0.0)
    merged["confidence"] = round(1.0 - miss, 3)
    merged["disagreements"] = disagreements
    merged["event_id"] = min(m["event_id"] for m in members)
    return merged


def _union(members: list[dict[str, Any]], field: str, key: Any) -> list[Any]:
    seen: dict[Any, Any] = {}
    for m in members:
        for item in m.get(field) or []:
            k = key(item)
            k = tuple(k) if isinstance(k, list) else k
            seen.setdefault(k, item)
    return list(seen.values())


def _merge_weapons(members: list[dict[str, Any]], disagreements: dict[str, Any]) -> list[dict[str, Any]]:
    by_cat: dict[str, dict[str, Any]] = {}
    for m in members:
        for w in m.get("weapons") or []:
            slot = by_cat.setdefault(w["category"], {"category": w["category"], "model": None,
                                                     "launched": None, "intercepted": None})
            slot["model"] = slot["model"] or w.get("model")
            for f in ("launched", "intercepted"):
                value = w.get(f)
                if value is None:
                    continue
                if slot[f] is not None and slot[f] != value:
                    disagreements.setdefault(f"weapons.{w['category']}.{f}", {})
                slot[f] = value if slot[f] is None else max(slot[f], value)
    for name in [k for k in disagreements if k.startswith("weapons.")]:
        _, cat, f = name.split(".")
        disagreements[name] = {m["sources"][0]["article_id"]: w.get(f) for m in members
                               for w in m.get("weapons") or [] if w["category"] == cat and w.get(f) is not None}
    return sorted(by_cat.values(), key=lambda w: w["category"])


def _merge_max(members: list[dict[str, Any]], field: str, keys: tuple[str, ...],
               disagreements: dict[str, Any]) -> dict[str, Any]:
    """Counts that rise as reports come in (casualties): the largest stated figure."""
    out: dict[str, Any] = {}
    for k in keys:
        per_source = {m["sources"][0]["article_id"]: (m.get(field) or {}).get(k) for m in members
                      if (m.get(field) or {}).get(k) is not None}
        out[k] = max(v for v in per_source.values() if v is not None) if per_source else None
        if len(set(per_source.values())) > 1:
            disagreements[f"{field}.{k}"] = per_source
    return out


def _merge_evidence(members: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    for m in members:
        article_id = m["sources"][0]["article_id"]
        for field, spans in (m.get("evidence") or {}).items():
            out.setdefault(field, []).extend({**s, "article_id": article_id} for s in spans)
    return out


def content(event: dict[str, Any]) -> dict[str, Any]:
    """An event without the fields that change on every publication (to tell a real revision)."""
    return {k: v for k, v in event.items() if k not in ("version", "updated_at", "extracted_at")}


_SUMMARY = ("event_id", "type", "date", "attacker", "actor", "kind", "status", "area_km2", "weapons", "venue",
            "participants", "locations")


def summary(event: dict[str, Any]) -> dict[str, Any]:
    """What ``similarity`` reads of a merged event (kept in the state instead of the whole event)."""
    out = {k: event.get(k) for k in _SUMMARY if k in event}
    out["locations"] = [{"name": loc.get("name"), "precision": loc.get("precision"), "admin1": loc.get("admin1")}
                        for loc in event.get("locations") or []]
    out["participants"] = [{"name": p.get("name")} for p in event.get("participants") or []]
    return out


def digest(event: dict[str, Any]) -> str:
    """A fingerprint of an event's facts and sources (not of its version or timestamps)."""
    raw = orjson.dumps(content(event), option=orjson.OPT_SORT_KEYS)
    return hashlib.blake2b(raw, digest_size=16).hexdigest()


def apply(
    buckets: Any, clusters: Any, event: dict[str, Any], now: str, window_days: int = 1
) -> list[tuple[str, str, dict[str, Any] | None]]:
    """``fold`` without the outcome: only what to publish."""
    return fold(buckets, clusters, event, now, window_days)[1]


Records = list[tuple[str, str, dict[str, Any] | None]]


def fold(
    buckets: Any, clusters: Any, event: dict[str, Any], now: str, window_days: int = 1
) -> tuple[str, Records]:
    """Fold one article's event into the corroboration state; return the outcome and what to publish.

    The outcome is ``"new"`` (a new real-world event), ``"merged"`` (a new version of one) or
    ``"unchanged"`` (nothing new: no new version).

    State, two mappings updated in place (each changed key is assigned again, so changelog-backed
    tables record it): ``buckets`` maps a bucket key (``bucket_key``: type|side|day) to the ids of
    its clusters; ``clusters`` maps a cluster id to ``{cluster_id, bucket, version, members:
    {event_id: event}, digest, summary}``. Writes stay small: a cluster's own record, and its
    bucket's id list only when a cluster is created or renamed.

    Returns ``(event_type, key, event or None)`` records: the new version of the real-world event
    under its id, and a tombstone (None) when the cluster's id changed (the smallest member id
    names a cluster, so the final key does not depend on the order reports arrive in).
    An article seen before with the same facts returns its event's current version again (same id
    and version: no new version, and nothing lost if a crash came between state and send).
    """
    event = {k: v for k, v in event.items() if k != "extracted_at"}
    if event_day(event) is None:  # no date and no publication date: nothing to block on, publish alone
        return "new", [(event["type"], event["event_id"], {**merge([event]), "version": 1, "updated_at": now})]
    candidates = [c for key in neighbour_keys(event, window_days) for cid in buckets.get(key) or []
                  if (c := clusters.get(cid)) is not None]
    # the same report again belongs where it went the first time, whatever it looks like
    cluster = next((c for c in candidates if event["event_id"] in c["members"]), None)
    if cluster is None:
        mine = features(event)
        scored = [(score(mine, cluster_features(c)), c["cluster_id"], c) for c in candidates]
        scored = [x for x in scored if x[0] >= 2.0]
        cluster = max(scored, key=lambda x: (x[0], x[1]))[2] if scored else None
    if cluster is None:
        cluster = {"cluster_id": event["event_id"], "bucket": bucket_key(event), "version": 0, "members": {},
                   "digest": None, "summary": None}
    seen_before = event["event_id"] in cluster["members"]
    members = {**cluster["members"], event["event_id"]: event}
    merged = merge(list(members.values()))
    fingerprint = digest(merged)
    if fingerprint == cluster["digest"]:
        if not seen_before:
            return "unchanged", []  # another report that adds no fact
        # A report seen before: a replay after a crash may have stored the state but not sent the event,
        # so send the current version again (same id and version: downstream de-duplicates it).
        resend = {**merged, "version": cluster["version"], "updated_at": now}
        return "unchanged", [(merged["type"], merged["event_id"], resend)]
    merged["version"] = cluster["version"] + 1
    merged["updated_at"] = now
    old_id, new_id, bucket = cluster["cluster_id"], merged["event_id"], cluster["bucket"]
    out: Records = []
    if old_id != new_id and cluster["version"]:
        out.append((merged["type"], old_id, None))
        del clusters[old_id]
        forget(old_id)
    if old_id != new_id or not cluster["version"]:
        buckets[bucket] = [cid for cid in buckets.get(bucket) or [] if cid != old_id] + [new_id]
    clusters[new_id] = {"cluster_id": new_id, "bucket": bucket, "version": merged["version"], "members": members,
                        "digest": fingerprint, "summary": summary(merged)}
    out.append((merged["type"], new_id, merged))
    return ("merged" if cluster["version"] else "new"), out


def expired_keys(keys: list[str], newest: date, keep_days: int) -> list[str]:
    """Bucket keys whose day is more than ``keep_days`` before ``newest``."""
    out = []
    for key in keys:
        day = key.rsplit("|", 1)[-1]
        if date.fromisoformat(day) < newest - timedelta(days=keep_days):
            out.append(key)
    return out
