"""The write transactions of the Neo4j store. Each function runs inside one managed
transaction (``session.execute_write``), which the driver may retry: they read what they
need inside the transaction and keep no state between attempts."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from neo4j import ManagedTransaction

from actorgraph.errors import ArticleNotFound, InputError
from actorgraph.graph.paths import EdgeKey
from actorgraph.model import Actor, ArticleBundle, Edge
from actorgraph.store.base import WriteResult
from actorgraph.store.cypher import CypherLibrary
from actorgraph.store.neo4j_rows import (
    actor_of,
    actor_props,
    article_props,
    beliefs,
    claim_props,
    edge_props,
    key_of,
    key_param,
)
from actorgraph.store.sqlite.schema import merge_actor

#: Rows per UNWIND statement: large enough to amortise round trips, small enough for the heap.
BATCH = 2000


def batches(rows: Sequence[Any], size: int = BATCH) -> Iterable[Sequence[Any]]:
    for i in range(0, len(rows), size):
        yield rows[i : i + size]


def check_bundle(bundle: ArticleBundle) -> None:
    for c in bundle.claims:
        if c.article_id != bundle.article.id:
            raise InputError(f"claim {c.id} names article {c.article_id!r}, not {bundle.article.id!r}")
        if c.source_id == c.target_id:
            raise InputError(f"claim {c.id} relates {c.source_id!r} to itself")


def fetch_actors(tx: ManagedTransaction, cy: CypherLibrary, ids: Iterable[str]) -> dict[str, Actor]:
    found: dict[str, Actor] = {}
    for part in batches(sorted(set(ids))):
        for rec in tx.run(cy["store/actors_by_id"], ids=list(part)):
            found[rec["id"]] = actor_of(rec)
    return found


def _run_batched(tx: ManagedTransaction, statement: str, rows: Sequence[Any]) -> None:
    for part in batches(rows):
        tx.run(statement, rows=list(part)).consume()


def _upsert_actors(tx: ManagedTransaction, cy: CypherLibrary, actors: Iterable[Actor]) -> None:
    """New actors are created; known ones get the union of aliases (the embedded store's rule)."""
    incoming: dict[str, Actor] = {}
    for a in actors:
        incoming[a.id] = merge_actor(incoming[a.id], a) if a.id in incoming else a
    stored = fetch_actors(tx, cy, incoming)
    rows = []
    for actor_id, actor in incoming.items():
        old = stored.get(actor_id)
        new = merge_actor(old, actor) if old is not None else actor
        if new != old:
            rows.append(actor_props(new))
    _run_batched(tx, cy["store/merge_actors"], rows)


def _remove_articles(tx: ManagedTransaction, cy: CypherLibrary, ids: list[str]) -> set[EdgeKey]:
    """Delete articles and their claims; returns the edge keys whose claims went."""
    if not ids:
        return set()
    keys = {key_of(r) for r in tx.run(cy["store/article_claim_keys"], ids=ids)}
    tx.run(cy["store/delete_articles"], ids=ids).consume()
    return keys


def recompute_edges(
    tx: ManagedTransaction, cy: CypherLibrary, keys: set[EdgeKey]
) -> dict[EdgeKey, Edge | None]:
    """Recompute the aggregated edges of these keys from all their stored claims in Python
    (so both stores give identical figures); edges no asserting claim backs are deleted."""
    if not keys:
        return {}
    ordered = sorted(keys)
    rows: list[Any] = []
    for part in batches(ordered):
        rows += tx.run(
            cy["store/claims_for_keys"],
            keys=[key_param(k) for k in part],
            windowed=False,
            since=None,
            until=None,
        ).data()
    edges = beliefs(rows)
    changed: dict[EdgeKey, Edge | None] = {k: edges.get(k) for k in ordered}
    upserts = [{**key_param(k), "props": edge_props(e)} for k, e in changed.items() if e is not None]
    removals = [key_param(k) for k, e in changed.items() if e is None]
    _run_batched(tx, cy["store/merge_edges"], upserts)
    _run_batched(tx, cy["store/delete_edges"], removals)
    return changed


def write_bundles(
    tx: ManagedTransaction, cy: CypherLibrary, bundles: Sequence[ArticleBundle]
) -> list[WriteResult]:
    """Store new articles with their actors and claims and recompute the edges they touch.

    An article whose content hash is stored already is skipped; an article id stored with
    other content is replaced (an updated article)."""
    hashes = [b.article.content_hash for b in bundles]
    stored = {r["hash"] for r in tx.run(cy["store/article_hashes"], hashes=hashes)}
    results: list[WriteResult] = []
    kept: list[ArticleBundle] = []
    for b in bundles:
        digest = b.article.content_hash
        if digest in stored:
            results.append(WriteResult(article_id=b.article.id, written=False, claims=0))
            continue
        stored.add(digest)
        kept.append(b)
        results.append(WriteResult(article_id=b.article.id, written=True, claims=len(b.claims)))
    if not kept:
        return results
    touched = _remove_articles(tx, cy, [b.article.id for b in kept])
    _upsert_actors(tx, cy, (a for b in kept for a in b.actors))
    _check_references(tx, cy, kept)
    _run_batched(tx, cy["store/create_articles"], [article_props(b.article) for b in kept])
    claims = [claim_props(c) for b in kept for c in b.claims]
    _run_batched(tx, cy["store/merge_claims"], claims)
    touched.update((c["source_id"], c["relation"], c["target_id"]) for c in claims)
    recompute_edges(tx, cy, touched)
    return results


def _check_references(tx: ManagedTransaction, cy: CypherLibrary, bundles: Sequence[ArticleBundle]) -> None:
    given = {a.id for b in bundles for a in b.actors}
    refs = {r for b in bundles for c in b.claims for r in (c.source_id, c.target_id, c.speaker_id) if r}
    missing = refs - given
    if missing:
        missing -= set(fetch_actors(tx, cy, missing))
    if missing:
        raise InputError(f"claims name actors that are neither in the bundle nor stored: {sorted(missing)}")


def delete_article(tx: ManagedTransaction, cy: CypherLibrary, article_id: str) -> None:
    found = tx.run(cy["store/article"], id=article_id).single()
    if found is None:
        raise ArticleNotFound(article_id)
    recompute_edges(tx, cy, _remove_articles(tx, cy, [article_id]))
