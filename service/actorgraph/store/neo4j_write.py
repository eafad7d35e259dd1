"""The write transactions of the Neo4j store. Each function runs inside one managed
transaction (``session.execute_write``), which the driver may retry: they read what they
need inside the transaction and keep no state between attempts."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from neo4j import ManagedTransaction

from actorgraph.errors import ArticleNotFound, InputError
from actorgraph.graph.paths import EdgeKey
from actorgraph.model import Actor, Article, ArticleBundle, Claim
from actorgraph.store.base import WriteResult
from actorgraph.store.cypher import CypherLibrary
from actorgraph.store.neo4j_copies import link_copies, unlink_copies
from actorgraph.store.neo4j_rows import (
    actor_of,
    actor_props,
    article_props,
    claim_props,
    edge_rows,
    key_of,
    key_param,
)
from actorgraph.store.write_rules import adds_nothing, merge_actor

#: Rows per UNWIND statement: large enough to amortise round trips, small enough for the heap.
BATCH = 2000


def batches(rows: Sequence[Any], size: int = BATCH) -> Iterable[Sequence[Any]]:
    for i in range(0, len(rows), size):
        yield rows[i : i + size]


def fetch_actors(tx: ManagedTransaction, cy: CypherLibrary, ids: Iterable[str]) -> dict[str, Actor]:
    found: dict[str, Actor] = {}
    for part in batches(sorted(set(ids))):
        for rec in tx.run(cy["store/actors_by_id"], ids=list(part)):
            found[rec["id"]] = actor_of(rec)
    return found


def _run_batched(tx: ManagedTransaction, statement: str, rows: Sequence[Any]) -> None:
    for part in batches(rows):
        tx.run(statement, rows=list(part)).consume()


def _incoming_actors(bundles: Iterable[ArticleBundle]) -> dict[str, Actor]:
    """The actors of these bundles, one per id (aliases merged by the embedded store's rule)."""
    incoming: dict[str, Actor] = {}
    for b in bundles:
        for a in b.actors:
            seen = incoming.get(a.id)
            incoming[a.id] = a if seen is None else seen if adds_nothing(seen, a) else merge_actor(seen, a)
    return incoming


def _actor_rows(
    incoming: Mapping[str, Actor], missing: Iterable[str], stored: Mapping[str, Any]
) -> list[dict[str, Any]]:
    """The actor rows a write must send: actors not stored yet (``missing``), and stored ones
    (``stored``: the records write_context sent back) that gain a name or alias, by the
    embedded store's union rule. Other actors, the common case, are not sent."""
    rows = [actor_props(incoming[actor_id]) for actor_id in missing if actor_id in incoming]
    for actor_id, record in stored.items():
        actor = incoming.get(actor_id)
        if actor is None:
            continue  # named only by a bundle that was skipped as stored already
        known = {record["name"].casefold(), *(alias.casefold() for alias in record["aliases"] or ())}
        if actor.name.casefold() in known and all(alias.casefold() in known for alias in actor.aliases):
            continue  # differs only in case: what adds_nothing() says, without building an Actor
        rows.append(actor_props(merge_actor(actor_of(record), actor)))
    return rows


def _write_nodes(tx: ManagedTransaction, cy: CypherLibrary, parts: dict[str, list[dict[str, Any]]]) -> None:
    """Send ``actors``, ``articles`` and ``claims`` rows through ``write_nodes``: one round
    trip when each part fits in a batch. Otherwise a part's later batches go alone and the
    parts after it wait, so a claim never arrives before its actors and article."""
    taken = dict.fromkeys(parts, 0)
    while any(taken[name] < len(rows) for name, rows in parts.items()):
        params: dict[str, list[dict[str, Any]]] = {name: [] for name in parts}
        for name, rows in parts.items():
            params[name] = rows[taken[name] : taken[name] + BATCH]
            taken[name] += len(params[name])
            if taken[name] < len(rows):
                break
        tx.run(cy["store/write_nodes"], params).consume()


def _remove_articles(tx: ManagedTransaction, cy: CypherLibrary, ids: list[str]) -> set[EdgeKey]:
    """Delete articles and their claims; returns the edge keys whose claims went."""
    if not ids:
        return set()
    keys = {key_of(r) for r in tx.run(cy["store/article_claim_keys"], ids=ids)}
    keys |= unlink_copies(tx, cy, ids)
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
) -> None:
    """Aggregate the claims of these keys with :mod:`actorgraph.graph.belief` in Python (so
    both stores give identical figures) and upsert the edges; an edge no asserting claim
    backs any more is deleted."""
    upserts, removals = edge_rows(claim_rows, keys)
    _run_batched(tx, cy["store/merge_edges"], upserts)
    _run_batched(tx, cy["store/delete_edges"], removals)


def recompute_edges(tx: ManagedTransaction, cy: CypherLibrary, keys: set[EdgeKey]) -> None:
    """Recompute the aggregated edges of these keys from all their stored claims."""
    ordered = sorted(keys)
    if ordered:
        _write_edges(tx, cy, ordered, _stored_claim_rows(tx, cy, ordered))


def _new_claim_row(c: Claim, article: Article) -> dict[str, Any]:
    """A claim about to be written, as ``claims_for_keys`` would return it once stored."""
    return {
        "source_id": c.source_id, "relation": c.relation.value, "target_id": c.target_id,
        "confidence": c.confidence, "hedged": c.hedged, "negated": c.negated,
        "publisher": c.repeats_publisher or (article.source if article.source is not None else article.id),
        "published": c.published,
    }  # fmt: skip


def write_bundles(
    tx: ManagedTransaction, cy: CypherLibrary, bundles: Sequence[ArticleBundle]
) -> list[WriteResult]:
    """Store new articles with their actors and claims and recompute the edges they touch.

    An article whose content hash is stored already is skipped; an article id stored with
    other content is replaced (an updated article). Reads go first, in one statement; the
    new claims are not read back: belief gets the stored and the new claim rows together."""
    new_keys = sorted({(c.source_id, c.relation.value, c.target_id) for b in bundles for c in b.claims})
    ctx = tx.run(
        cy["store/write_context"],
        hashes=[b.article.content_hash for b in bundles],
        ids=[b.article.id for b in bundles],
        new_hash={b.article.id: b.article.content_hash for b in bundles},
        actors=[{"id": a.id, "names": [a.name, *a.aliases]} for a in _incoming_actors(bundles).values()],
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
    kept, copy_rows = link_copies(tx, cy, kept)
    copies = {r["id"]: r["copy_of"] for r in copy_rows if r["copy_of"]}
    results = [
        r.model_copy(update={"copy_of": copies.get(r.article_id)}) if r.written else r for r in results
    ]
    # A claim id names its article and offsets: one article never yields the same id twice,
    # but a bundle built by hand might; it is one claim (write_nodes uses CREATE).
    new_claims = {c.id: (c, b.article) for b in kept for c in b.claims}
    kept_rows = [_new_claim_row(c, article) for c, article in new_claims.values()]
    touched = {(r["source_id"], r["relation"], r["target_id"]) for r in kept_rows}
    claim_rows = [r for r in ctx["claims"] if (r["source_id"], r["relation"], r["target_id"]) in touched]
    existing = set(ctx["ids"])
    replaced = _remove_articles(tx, cy, [b.article.id for b in kept if b.article.id in existing])
    if replaced - touched:
        # Edges only the replaced articles backed: read what is left of them (rare).
        claim_rows += _stored_claim_rows(tx, cy, sorted(replaced - touched))
    touched |= replaced
    _check_references(tx, cy, kept)
    parts = {
        "actors": _actor_rows(_incoming_actors(kept), ctx["missing"], {r["id"]: r for r in ctx["actors"]}),
        "articles": [article_props(b.article) for b in kept],
        "claims": [claim_props(c) for c, _ in new_claims.values()],
    }
    _write_nodes(tx, cy, parts)
    _run_batched(tx, cy["store/write_copies"], copy_rows)
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
    tx.run(cy["store/take_write_lock"]).consume()
    found = tx.run(cy["store/article"], id=article_id).single()
    if found is None:
        raise ArticleNotFound(article_id)
    recompute_edges(tx, cy, _remove_articles(tx, cy, [article_id]))
