"""Conversions between Neo4j records and the domain types, and the belief recomputation both
write and windowed reads use. Pure functions: no driver calls here."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

from actorgraph.graph.belief import Figures, WeightRow, figures_of_rows, to_edge
from actorgraph.graph.paths import EdgeFacts, EdgeKey, make_edge
from actorgraph.model import CAMEO_ROOTS, Actor, ActorType, Article, Claim, Edge, RelationType
from actorgraph.store.base import EdgeFilter

#: Claim properties as stored on a (:Claim) node (ids kept for indexed lookups).
CLAIM_FIELDS = (
    "id", "source_id", "relation", "target_id", "confidence", "negated", "hedged", "speaker_id",
    "article_id", "sentence", "start", "end", "published", "repeats", "repeats_publisher",
)  # fmt: skip


def actor_of(rec: Mapping[str, Any]) -> Actor:
    return Actor(
        id=rec["id"], name=rec["name"], type=ActorType(rec["type"]), aliases=list(rec["aliases"] or [])
    )


def actor_props(a: Actor) -> dict[str, Any]:
    return {"id": a.id, "name": a.name, "type": a.type.value, "aliases": list(a.aliases)}


def article_props(a: Article) -> dict[str, Any]:
    props = {
        "id": a.id, "title": a.title, "source": a.source, "published": a.published, "url": a.url,
        "text": a.text, "content_hash": a.content_hash,
    }  # fmt: skip
    return {k: v for k, v in props.items() if v is not None}


def article_of(props: Mapping[str, Any]) -> Article:
    return Article(
        id=props["id"],
        text=props["text"],
        title=props.get("title"),
        source=props.get("source"),
        published=props.get("published"),
        url=props.get("url"),
    )


def claim_props(c: Claim) -> dict[str, Any]:
    props = {f: getattr(c, f) for f in CLAIM_FIELDS}
    props["relation"] = c.relation.value
    return {k: v for k, v in props.items() if v is not None}


def claim_of(props: Mapping[str, Any]) -> Claim:
    return Claim(
        id=props["id"],
        source_id=props["source_id"],
        relation=RelationType(props["relation"]),
        target_id=props["target_id"],
        confidence=props["confidence"],
        negated=bool(props.get("negated", False)),
        hedged=bool(props.get("hedged", False)),
        speaker_id=props.get("speaker_id"),
        article_id=props["article_id"],
        sentence=props["sentence"],
        start=props["start"],
        end=props["end"],
        published=props.get("published"),
        repeats=props.get("repeats"),
        repeats_publisher=props.get("repeats_publisher"),
    )


def _edge_props(
    confidence: float, evidence_count: int, first_seen: str | None, last_seen: str | None,
    cameo: Iterable[str], hedged_only: bool,
) -> dict[str, Any]:
    props = {
        "confidence": confidence, "evidence_count": evidence_count, "first_seen": first_seen,
        "last_seen": last_seen, "cameo": list(cameo), "hedged_only": hedged_only,
    }  # fmt: skip
    return {k: v for k, v in props.items() if v is not None}


def edge_props(e: Edge) -> dict[str, Any]:
    return _edge_props(e.confidence, e.evidence_count, e.first_seen, e.last_seen, e.cameo, e.hedged_only)


def facts_of(props: Mapping[str, Any]) -> EdgeFacts:
    return (
        float(props["confidence"]),
        int(props["evidence_count"]),
        props.get("first_seen"),
        props.get("last_seen"),
        bool(props.get("hedged_only", False)),
    )


def key_of(rec: Mapping[str, Any]) -> EdgeKey:
    return (rec["source_id"], rec["relation"], rec["target_id"])


def edge_of(rec: Mapping[str, Any]) -> Edge:
    return make_edge(key_of(rec), facts_of(rec["props"]))


def key_param(key: EdgeKey) -> dict[str, str]:
    return {"source_id": key[0], "relation": key[1], "target_id": key[2]}


def _weights_by_key(rows: Iterable[Mapping[str, Any]]) -> dict[EdgeKey, list[WeightRow]]:
    grouped: dict[EdgeKey, list[WeightRow]] = defaultdict(list)
    for r in rows:
        grouped[(r["source_id"], r["relation"], r["target_id"])].append(
            (r["confidence"], r["hedged"], r["negated"], r["publisher"], r["published"])
        )
    return grouped


def beliefs(rows: Iterable[Mapping[str, Any]]) -> dict[EdgeKey, Edge]:
    """Aggregate claim rows (as ``claims_for_keys``/``window_claims`` return them) into edges
    with :func:`actorgraph.graph.belief.figures_of_rows`, the rule every store shares."""
    out: dict[EdgeKey, Edge] = {}
    for key, weights in _weights_by_key(rows).items():
        found = figures_of_rows(weights)
        if found is not None:
            out[key] = to_edge(key[0], RelationType(key[1]), key[2], found)
    return out


def figures_props(relation: RelationType, f: Figures) -> dict[str, Any]:
    """``edge_props(to_edge(..., f))`` without building the edge: the write path makes one
    per touched edge."""
    cameo = CAMEO_ROOTS[relation]
    return _edge_props(f.confidence, f.claims, f.first_seen, f.last_seen, cameo, f.hedged_only)


def edge_rows(
    claim_rows: Iterable[Mapping[str, Any]], keys: Iterable[EdgeKey]
) -> tuple[list[dict[str, Any]], list[dict[str, str]]]:
    """The ``merge_edges`` rows (key and properties) of the keys some asserting claim backs,
    and the ``delete_edges`` rows of the others."""
    grouped = _weights_by_key(claim_rows)
    upserts: list[dict[str, Any]] = []
    removals: list[dict[str, str]] = []
    for key in keys:
        found = figures_of_rows(grouped.get(key, ()))
        if found is None:
            removals.append(key_param(key))
        else:
            upserts.append({**key_param(key), "props": figures_props(RelationType(key[1]), found)})
    return upserts, removals


def day(value: str | None) -> str | None:
    """Dates compare by their ISO day, so a datetime ``published`` falls inside its day."""
    return value[:10] if value else None


def window_params(flt: EdgeFilter) -> dict[str, Any]:
    return {"windowed": not flt.is_timeless(), "since": day(flt.since), "until": day(flt.upper_bound())}


def filter_params(flt: EdgeFilter) -> dict[str, Any]:
    return {
        "types": [t.value for t in flt.types] if flt.types else None,
        "min_confidence": flt.min_confidence,
        "include_hedged": flt.include_hedged,
        **window_params(flt),
    }
