"""Wire copies in the Neo4j store, inside the write transaction (store/neo4j_write.py): the
band index lookup, the links, and the claims that repeat the original. The rules are
:mod:`actorgraph.dedup.link`'s, shared with the embedded store."""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from neo4j import ManagedTransaction

from actorgraph.dedup.link import (
    BatchCopies,
    Candidate,
    CopyLink,
    OriginalClaim,
    best_original,
    mark_repeats,
)
from actorgraph.graph.paths import EdgeKey
from actorgraph.model import ArticleBundle
from actorgraph.store.cypher import CypherLibrary
from actorgraph.store.neo4j_rows import key_of


def _stored_candidates(
    tx: ManagedTransaction, cy: CypherLibrary, bundles: Sequence[ArticleBundle]
) -> list[Candidate]:
    bands = sorted({k for b in bundles if b.fingerprint for k in b.fingerprint.bands})
    replaced = {b.article.id for b in bundles}  # stored under these ids, but about to go
    if not bands:
        return []
    return [
        Candidate(r["id"], r["signature"], r["copy_of"], r["publisher"])
        for r in tx.run(cy["store/copy_candidates"], bands=bands)
        if r["id"] not in replaced and r["signature"] is not None
    ]


def _links(bundles: Sequence[ArticleBundle], stored: list[Candidate]) -> dict[str, CopyLink]:
    """Each new copy's link: stored stories first, then those earlier in this write."""
    batch = BatchCopies()
    links: dict[str, CopyLink] = {}
    for b in bundles:
        fp = b.fingerprint
        if fp is None:
            continue
        near = [c for c in stored if c.id != b.article.id] + batch.candidates(fp)
        link = best_original(b.article.id, fp, near)
        if link is not None:
            links[b.article.id] = link
        batch.add(b, link)
    return links


def link_copies(
    tx: ManagedTransaction, cy: CypherLibrary, bundles: Sequence[ArticleBundle]
) -> tuple[list[ArticleBundle], list[dict[str, Any]]]:
    """The bundles with the repeating claims of copies marked, and the ``write_copies`` rows."""
    links = _links(bundles, _stored_candidates(tx, cy, bundles))
    in_write = {b.article.id: b for b in bundles}
    wanted = sorted({lk.original_id for lk in links.values()} - in_write.keys())
    stored_claims: dict[str, list[OriginalClaim]] = defaultdict(list)
    if wanted:
        for r in tx.run(cy["store/original_claims"], ids=wanted):
            key = (r["source_id"], r["relation"], r["target_id"], bool(r["negated"]))
            stored_claims[r["article_id"]].append(OriginalClaim(r["id"], key))
    out: list[ArticleBundle] = []
    rows: list[dict[str, Any]] = []
    marked: dict[str, ArticleBundle] = {}
    stamp = time.time_ns()
    for number, b in enumerate(bundles):
        link = links.get(b.article.id)
        if link is not None:
            source = marked.get(link.original_id) or in_write.get(link.original_id)
            original = (
                [
                    OriginalClaim(c.id, (c.source_id, c.relation.value, c.target_id, c.negated))
                    for c in source.claims
                ]
                if source is not None
                else stored_claims[link.original_id]
            )
            b = mark_repeats(b, link, original)
        marked[b.article.id] = b
        out.append(b)
        if b.fingerprint is not None:
            rows.append(_row(b, link, stamp + number))
    return out, rows


def _row(b: ArticleBundle, link: CopyLink | None, stored: int) -> dict[str, Any]:
    assert b.fingerprint is not None
    return {
        "id": b.article.id,
        "signature": b.fingerprint.signature,
        "bands": b.fingerprint.bands,
        "stored": stored,
        "copy_of": link.original_id if link else None,
        "similarity": link.similarity if link else None,
        "story": link.publisher if link else None,
    }


def unlink_copies(tx: ManagedTransaction, cy: CypherLibrary, ids: list[str]) -> set[EdgeKey]:
    """Before these articles go, their copies stand on their own; the keys to recompute."""
    return {key_of(r) for r in tx.run(cy["store/unlink_copies"], ids=ids)}
