"""The write transactions of the Neo4j store. Each function runs inside one managed
transaction (``session.execute_write``), which the driver may retry: they read what they
need inside the transaction and keep no state between attempts."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from neo4j import ManagedTransaction

from actorgraph.errors import ArticleNotFound, InputError
from actorgraph.graph.paths import EdgeKey
from actorgraph.model import Actor, Article, ArticleBundle, Claim, Edge
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


def _upsert_actors(
    tx: ManagedTransaction, cy: CypherLibrary, actors: Iterable[Actor], stored: dict[str, Actor]
) -> None:
    """New actors are created; known ones (``stored``, read by the caller) get the union of
    aliases (the embedded store's rule); unchanged ones are not written."""
    incoming: dict[str, Actor] = {}
    for a in actors:
        incoming[a.id] = merge_actor(incoming[a.id], a) if a.id in incoming else a
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


def _stored_claim_rows(tx: ManagedTransaction, cy: CypherLibrary, keys: Sequence[EdgeKey]) -> list[Any]:
    """What belief needs of every stored claim behind these edge keys."""
    rows: list[Any] = []
    for part in batches(keys):
        rows += tx.run(
            cy["store/claims_for_keys"],
            keys=[key_param(k) for k in part],
            windowed=False,
            since=None,
            until=None,
        ).data()
    return rows


def _write_edges(
    tx: ManagedTransaction, cy: CypherLibrary, keys: Sequence[EdgeKey], claim_rows: list[Any]
) -> dict[EdgeKey, Edge | None]:
    """Aggregate the claims of these keys with :mod:`actorgraph.graph.belief` in Python (so
    both stores give identical figures) and upsert the edges; an edge no asserting claim
    backs any more is deleted. Returns each key's new edge or None."""
    edges = beliefs(claim_rows)
    changed: dict[EdgeKey, Edge | None] = {k: edges.get(k) for k in keys}
    upserts = [{**key_param(k), "props": edge_props(e)} for k, e in changed.items() if e is not None]
    removals = [key_param(k) for k, e in changed.items() if e is None]
    _run_batched(tx, cy["store/merge_edges"], upserts)
    _run_batched(tx, cy["store/delete_edges"], removals)
    return changed


def recompute_edges(
    tx: ManagedTransaction, cy: CypherLibrary, keys: set[EdgeKey]
) -> dict[EdgeKey, Edge | None]:
    """Recompute the aggregated edges of these keys from all their stored claims."""
    ordered = sorted(keys)
    return _write_edges(tx, cy, ordered, _stored_claim_rows(tx, cy, ordered)) if ordered else {}


def _new_claim_row(c: Claim, article: Article) -> dict[str, Any]:
    """A claim about to be written, as ``claims_for_keys`` would return it once stored."""
    return {
        "source_id": c.source_id, "relation": c.relation.value, "target_id": c.target_id,
        "confidence": c.confidence, "hedged": c.hedged, "negated": c.negated,
        "publisher": article.source if article.source is not None else article.id, "published": c.published,
    }  # fmt: skip


def write_bundles(
    tx: ManagedTransaction, cy: CypherLibrary, bundles: Sequence[ArticleBundle]
) -> list[WriteResult]:
    """Store new articles with their actors and claims and recompute the edges they touch.

    An article whose content hash is stored already is skipped; an article id stored with
    other content is replaced (an updated article). Reads go first, in one statement; the
    new claims are not read back: belief gets the stored and the new claim rows together."""
    new_rows = [_new_claim_row(c, b.article) for b in bundles for c in b.claims]
    new_keys = sorted({(r["source_id"], r["relation"], r["target_id"]) for r in new_rows})
    ctx = tx.run(
        cy["store/write_context"],
        hashes=[b.article.content_hash for b in bundles],
        ids=[b.article.id for b in bundles],
        new_hash={b.article.id: b.article.content_hash for b in bundles},
        actor_ids=sorted({a.id for b in bundles for a in b.actors}),
        keys=[key_param(k) for k in new_keys],
    ).single(strict=True)
    stored: set[str] = set(ctx["hashes"])
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
    # The same article id twice in one call: the later content replaces the earlier one.
    kept = list({b.article.id: b for b in kept}.values())
    kept_rows = [_new_claim_row(c, b.article) for b in kept for c in b.claims]
    touched = {(r["source_id"], r["relation"], r["target_id"]) for r in kept_rows}
    claim_rows = [r for r in ctx["claims"] if (r["source_id"], r["relation"], r["target_id"]) in touched]
    existing = set(ctx["ids"])
    replaced = _remove_articles(tx, cy, [b.article.id for b in kept if b.article.id in existing])
    if replaced - touched:
        # Edges only the replaced articles backed: read what is left of them (rare).
        claim_rows += _stored_claim_rows(tx, cy, sorted(replaced - touched))
    touched |= replaced
    _upsert_actors(tx, cy, (a for b in kept for a in b.actors), {r["id"]: actor_of(r) for r in ctx["actors"]})
    _check_references(tx, cy, kept)
    _run_batched(tx, cy["store/create_articles"], [article_props(b.article) for b in kept])
    _run_batched(tx, cy["store/merge_claims"], [claim_props(c) for b in kept for c in b.claims])
    said = [{"id": c.id, "speaker_id": c.speaker_id} for b in kept for c in b.claims if c.speaker_id]
    _run_batched(tx, cy["store/said_by"], said)
    _write_edges(tx, cy, sorted(touched), claim_rows + kept_rows)
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
