"""Write paths of the embedded store. Every function runs inside the caller's transaction."""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from actorgraph.dedup.link import OriginalClaim, claim_key
from actorgraph.errors import InputError
from actorgraph.graph.belief import WeightRow, figures_of_rows
from actorgraph.graph.paths import EdgeFacts, EdgeKey
from actorgraph.model import CAMEO_ROOTS, Actor, Article, ArticleBundle, RelationType
from actorgraph.store.base import WriteResult
from actorgraph.store.sqlite.copies import link_copy, unlink_copies
from actorgraph.store.sqlite.schema import (
    actor_row,
    article_row,
    claim_row,
    row_actor,
    row_article,
)
from actorgraph.store.write_rules import adds_nothing, check_bundle, merge_actor

#: A write that touches more edge keys than this logs one "rebuild" marker instead of the
#: keys, so bulk loads do not double the database; readers elsewhere then rebuild.
LOG_KEYS_MAX = 5000
#: Revisions of ``edge_log`` kept; a reader further behind rebuilds its walk graph.
LOG_KEEP_REVS = 1000
#: SQLite's default limit on ``?`` parameters is far above this; chunks keep statements small.
CHUNK = 500


def chunks(items: Sequence[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _fetch_by_id(conn: sqlite3.Connection, select: str, ids: Iterable[str]) -> Iterator[Any]:
    """Rows of ``select ... WHERE id IN (...)`` for these ids, in chunks of bound parameters."""
    for part in chunks(sorted(set(ids))):
        marks = ",".join("?" * len(part))
        yield from conn.execute(f"{select} WHERE id IN ({marks})", part)


def fetch_actors(conn: sqlite3.Connection, ids: Iterable[str]) -> dict[str, Actor]:
    rows = _fetch_by_id(conn, "SELECT id, name, type, aliases FROM actors", ids)
    return {row[0]: row_actor(row) for row in rows}


def fetch_articles(conn: sqlite3.Connection, ids: Iterable[str]) -> dict[str, Article]:
    rows = _fetch_by_id(conn, "SELECT id, title, source, published, url, text FROM articles", ids)
    return {row[0]: row_article(row) for row in rows}


def upsert_actors(conn: sqlite3.Connection, actors: Iterable[Actor]) -> list[str]:
    """Insert new actors and merge the aliases of known ones. Returns how many rows changed."""
    incoming: dict[str, Actor] = {}
    for a in actors:
        seen = incoming.get(a.id)
        if seen is None:
            incoming[a.id] = a
        elif seen is not a and not adds_nothing(seen, a):
            incoming[a.id] = merge_actor(seen, a)
    stored: dict[str, tuple[Any, ...]] = {}
    for part in chunks(sorted(incoming)):
        marks = ",".join("?" * len(part))
        for row in conn.execute(f"SELECT id, name, type, aliases FROM actors WHERE id IN ({marks})", part):
            stored[row[0]] = tuple(row)
    rows = []
    for actor_id, actor in incoming.items():
        old = stored.get(actor_id)
        if old is None:
            rows.append(actor_row(actor))
        elif old[1:] != (actor.name, actor.type.value, _aliases_json(actor)):
            # (comparing the raw row spares decoding the usual, unchanged actor)
            old_actor = row_actor(old)
            if not adds_nothing(old_actor, actor):
                rows.append(actor_row(merge_actor(old_actor, actor)))
    conn.executemany("INSERT OR REPLACE INTO actors (id, name, type, aliases) VALUES (?, ?, ?, ?)", rows)
    return [r[0] for r in rows]


def _aliases_json(actor: Actor) -> str:
    return actor_row(actor)[3] if actor.aliases else "[]"


def remove_article(conn: sqlite3.Connection, article_id: str) -> set[EdgeKey]:
    """Delete an article and its claims; returns the edge keys whose claims went."""
    keys = {
        (r[0], r[1], r[2])
        for r in conn.execute(
            "SELECT DISTINCT source_id, relation, target_id FROM claims WHERE article_id = ?", (article_id,)
        )
    }
    keys |= unlink_copies(conn, article_id)
    conn.execute("DELETE FROM claims WHERE article_id = ?", (article_id,))
    conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))
    return keys


def insert_bundles(
    conn: sqlite3.Connection, bundles: Sequence[ArticleBundle]
) -> tuple[list[WriteResult], set[EdgeKey], list[str]]:
    """Store new articles with their actors and claims.

    Returns the results, the edge keys the new (or replaced) claims touch, and the ids of
    the actor rows that changed. An article whose content hash is stored already is skipped; an
    article id stored with other content is replaced (an updated article)."""
    results: list[WriteResult] = []
    touched: set[EdgeKey] = set()
    hashes: set[str] = set()
    kept: list[ArticleBundle] = []
    unwritten: dict[str, list[OriginalClaim]] = {}  # claims are inserted after the loop
    for b in bundles:
        check_bundle(b)
        digest = b.article.content_hash
        dup = (
            digest in hashes
            or conn.execute("SELECT 1 FROM articles WHERE content_hash = ?", (digest,)).fetchone()
        )
        if dup:
            results.append(WriteResult(article_id=b.article.id, written=False, claims=0))
            continue
        hashes.add(digest)
        touched |= remove_article(conn, b.article.id)
        conn.execute(
            "INSERT INTO articles (id, title, source, published, url, text, content_hash)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            article_row(b.article),
        )
        b, link = link_copy(conn, b, unwritten)
        unwritten[b.article.id] = [OriginalClaim(c.id, claim_key(c)) for c in b.claims]
        kept.append(b)
        results.append(
            WriteResult(
                article_id=b.article.id,
                written=True,
                claims=len(b.claims),
                copy_of=link.original_id if link else None,
            )
        )
    actors_changed = upsert_actors(conn, (a for b in kept for a in b.actors))
    _check_references(conn, kept)
    rows = [claim_row(c) for b in kept for c in b.claims]
    conn.executemany(
        "INSERT OR REPLACE INTO claims (id, source_id, relation, target_id, confidence, negated, hedged,"
        ' speaker_id, article_id, sentence, start, "end", published, repeats, repeats_publisher)'
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        rows,
    )
    touched.update((r[1], r[2], r[3]) for r in rows)
    return results, touched, actors_changed


def _check_references(conn: sqlite3.Connection, bundles: Sequence[ArticleBundle]) -> None:
    given = {a.id for b in bundles for a in b.actors}
    refs = {r for b in bundles for c in b.claims for r in (c.source_id, c.target_id, c.speaker_id) if r}
    missing = refs - given
    if missing:
        missing -= set(fetch_actors(conn, missing))
    if missing:
        raise InputError(f"claims name actors that are neither in the bundle nor stored: {sorted(missing)}")


def recompute_edges(conn: sqlite3.Connection, keys: set[EdgeKey]) -> dict[EdgeKey, EdgeFacts | None]:
    """Recompute the aggregated edges of these keys from all their stored claims; an edge
    no asserting claim backs any more is deleted. Returns each key's new facts or None."""
    if not keys:
        return {}
    conn.execute(
        "CREATE TEMP TABLE IF NOT EXISTS touched (source_id TEXT, relation TEXT, target_id TEXT,"
        " PRIMARY KEY (source_id, relation, target_id)) WITHOUT ROWID"
    )
    conn.execute("DELETE FROM temp.touched")
    conn.executemany("INSERT OR IGNORE INTO temp.touched VALUES (?, ?, ?)", keys)
    weights: dict[EdgeKey, list[WeightRow]] = defaultdict(list)
    for row in conn.execute(
        "SELECT c.source_id, c.relation, c.target_id, c.confidence, c.hedged, c.negated,"
        # A claim repeating a wire story counts under the story's publisher (dedup/link.py).
        " COALESCE(c.repeats_publisher, a.source, a.id), c.published FROM temp.touched t"
        # CROSS JOIN pins the loop order: SQLite would otherwise scan every claim (no stats
        # on the temp table), which made each write cost O(all claims).
        " CROSS JOIN claims c ON c.source_id = t.source_id AND c.relation = t.relation"
        " AND c.target_id = t.target_id"
        " JOIN articles a ON a.id = c.article_id"
    ):
        weights[(row[0], row[1], row[2])].append(row[3:])
    changed: dict[EdgeKey, EdgeFacts | None] = {}
    rows: list[tuple[Any, ...]] = []
    gone: list[EdgeKey] = []
    for key in keys:
        f = figures_of_rows(weights.get(key, ()))
        if f is None:
            changed[key] = None
            gone.append(key)
            continue
        changed[key] = (f.confidence, f.claims, f.first_seen, f.last_seen, f.hedged_only)
        rows.append(
            (*key, f.confidence, f.claims, f.first_seen, f.last_seen, _CAMEO_JSON[key[1]], int(f.hedged_only))
        )
    conn.executemany(
        "INSERT OR REPLACE INTO edges (source_id, relation, target_id, confidence, evidence_count,"
        " first_seen, last_seen, cameo, hedged_only) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    conn.executemany("DELETE FROM edges WHERE source_id = ? AND relation = ? AND target_id = ?", gone)
    conn.execute("DELETE FROM temp.touched")
    return changed


#: The ``cameo`` column of each relation type (DESIGN.md: CAMEO roots per type).
_CAMEO_JSON = {r.value: json.dumps(CAMEO_ROOTS[r]) for r in RelationType}


def log_change(conn: sqlite3.Connection, keys: Iterable[EdgeKey], actor_ids: Sequence[str]) -> int:
    """Bump the store revision and record what changed; returns the new revision. Changed
    actors are rows (rev, actor id, '*actors', NULL), so readers patch their name index; a
    NULL id (too many to list) makes them rebuild it."""
    conn.execute("UPDATE meta SET value = value + 1 WHERE key = 'rev'")
    rev: int = conn.execute("SELECT value FROM meta WHERE key = 'rev'").fetchone()[0]
    keys = list(keys)
    if len(keys) > LOG_KEYS_MAX:
        conn.execute("INSERT INTO edge_log (rev) VALUES (?)", (rev,))  # NULL key: rebuild
    else:
        conn.executemany("INSERT INTO edge_log VALUES (?, ?, ?, ?)", [(rev, *k) for k in keys])
    if len(actor_ids) > LOG_KEYS_MAX:
        conn.execute("INSERT INTO edge_log (rev, relation) VALUES (?, '*actors')", (rev,))
    else:
        conn.executemany("INSERT INTO edge_log (rev, source_id, relation) VALUES (?, ?, '*actors')",
                         [(rev, i) for i in actor_ids])  # fmt: skip
    conn.execute("DELETE FROM edge_log WHERE rev <= ?", (rev - LOG_KEEP_REVS,))
    return rev
