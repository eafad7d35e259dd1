"""The embedded store: one SQLite file for the data, networkx in memory for traversal.

Nothing to install or run: ``EmbeddedStore.open(path)`` and ``setup()``. The walk graph and
the name index are built on first use and kept up to date by this process's writes; writes
by other processes (ingest workers) are picked up through ``edge_log`` (see
``store/sqlite/schema.py``) when SQLite reports that the file changed.
"""

from __future__ import annotations

import gc
import sqlite3
import threading
import time
from collections.abc import Collection, Iterator, Sequence
from contextlib import contextmanager
from itertools import pairwise
from pathlib import Path
from typing import Literal

import networkx as nx

from actorgraph.errors import ActorNotFound, ArticleNotFound, StoreError
from actorgraph.graph import paths as gp
from actorgraph.graph import walk
from actorgraph.model import Actor, ActorType, Article, ArticleBundle, Claim, Edge, RelationType
from actorgraph.store.base import (
    ActorDetail,
    ActorHit,
    ArticleDetail,
    Direction,
    EdgeFilter,
    GraphPath,
    PathHop,
    StoreStats,
    Subgraph,
    WriteResult,
)
from actorgraph.store.search import NameIndex
from actorgraph.store.sqlite import queries as q
from actorgraph.store.sqlite.errors import translated as _translated
from actorgraph.store.sqlite.schema import (
    CLAIM_COLUMNS,
    connect,
    create_schema,
    row_actor,
    row_article,
    row_claim,
)
from actorgraph.store.sqlite.writes import (
    LOG_KEEP_REVS,
    fetch_actors,
    fetch_articles,
    insert_bundles,
    log_change,
    recompute_edges,
    remove_article,
)

#: A walk graph this big is frozen out of the cyclic GC once built (see _walk_graph).
FREEZE_EDGES = 200_000


class EmbeddedStore:
    """SQLite + networkx implementation of :class:`actorgraph.store.base.Store`."""

    def __init__(self, conn: sqlite3.Connection, path: str) -> None:
        self.path = path
        self._conn = conn
        # One connection for every thread of the process (FastAPI's pool): use is serialised.
        self._lock = threading.RLock()
        self._graph: nx.Graph | None = None
        self._names: NameIndex | None = None
        self._rev = -1
        self._data_version: int | None = None

    @classmethod
    def open(cls, path: str | Path) -> EmbeddedStore:
        path = Path(path)
        try:
            if path.parent and not path.parent.exists():
                path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create the directory of {path}: {exc}") from exc
        with _translated():
            return cls(connect(str(path)), str(path))

    def setup(self) -> None:
        with self._lock, _translated():
            create_schema(self._conn)
            self._rev = self._read_rev()

    def close(self) -> None:
        with self._lock, _translated():
            self._conn.close()

    def preload(self) -> None:
        """Build the walk graph and the name index now (``serve --workers`` forks after this)."""
        with self._read():
            self._walk_graph()
            self._name_index()

    def reconnect(self) -> None:
        """A connection of this process's own (after a fork: a connection must not cross one)."""
        with self._lock, _translated():
            self._conn = connect(self.path)

    # --- caches ---------------------------------------------------------------------

    def _read_rev(self) -> int:
        row = self._conn.execute("SELECT value FROM meta WHERE key = 'rev'").fetchone()
        return int(row[0]) if row else 0

    def _sync(self) -> None:
        """Bring the caches up to what other processes committed since we last looked."""
        dv = int(self._conn.execute("PRAGMA data_version").fetchone()[0])
        if dv == self._data_version:
            return
        self._data_version = dv
        rev = self._read_rev()
        if rev != self._rev:
            self._catch_up(rev)

    def _catch_up(self, rev: int) -> None:
        if self._rev < 0 or rev - self._rev >= LOG_KEEP_REVS:
            self._graph = self._names = None
        elif self._graph is not None or self._names is not None:
            rows = self._conn.execute(
                "SELECT source_id, relation, target_id FROM edge_log WHERE rev > ?", (self._rev,)
            ).fetchall()
            actor_rows = [r for r in rows if r[1] == "*actors"]
            if any(r[0] is None for r in actor_rows):
                self._names = None
            elif actor_rows:
                self._patch_names([r[0] for r in actor_rows])
            if any(r[1] is None for r in rows):
                self._graph = None
            if self._graph is not None:
                for key in {(r[0], r[1], r[2]) for r in rows if r[0] is not None and r[1] != "*actors"}:
                    gp.put_edge(self._graph, key, q.edge_facts_of(self._conn, key))
        self._rev = rev

    def _walk_graph(self) -> nx.Graph:
        if self._graph is None:
            self._graph = gp.build_graph(q.all_edge_facts(self._conn))
            if self._graph.number_of_edges() >= FREEZE_EDGES:
                # Millions of long-lived objects make every full collection of Python's
                # cyclic GC walk them all (a 316 ms API p99 at 1M edges in bench/api.py). Frozen
                # objects are skipped by the collector and still freed by reference counting
                # when a rebuild drops them; the graph holds no reference cycles.
                gc.freeze()
        return self._graph

    def _name_index(self) -> NameIndex:
        if self._names is None:
            rows = self._conn.execute("SELECT id, name, type, aliases FROM actors ORDER BY id")
            self._names = NameIndex(row_actor(r) for r in rows)
        return self._names

    def _patch_names(self, actor_ids: Collection[str]) -> None:
        """Changed actors into the name index, if built (a rebuild takes seconds at 100k)."""
        if self._names is not None and actor_ids:
            self._names.update(fetch_actors(self._conn, actor_ids).values())

    def _graph_for(self, flt: EdgeFilter) -> nx.Graph:
        """The cached walk graph, or for a time window one built from the window's claims."""
        if flt.is_timeless():
            return self._walk_graph()
        return gp.build_graph(q.window_edges(self._conn, flt).items())

    @contextmanager
    def _read(self) -> Iterator[None]:
        with self._lock, _translated():
            self._sync()
            yield

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        self._conn.execute("COMMIT")

    def _apply(self, changed: dict[gp.EdgeKey, gp.EdgeFacts | None], rev: int, actor_ids: list[str]) -> None:
        """Update the caches after our own commit of revision ``rev``."""
        if rev != self._rev + 1:
            self._catch_up(rev)  # someone else committed in between: replay the log
            return
        self._patch_names(actor_ids)
        if self._graph is not None:
            for key, facts in changed.items():
                gp.put_edge(self._graph, key, facts)
        self._rev = rev

    # --- writes ---------------------------------------------------------------------

    def write(self, bundles: list[ArticleBundle]) -> list[WriteResult]:
        with self._lock, _translated():
            self._sync()
            with self._transaction():
                results, touched, actors_changed = insert_bundles(self._conn, bundles)
                changed = recompute_edges(self._conn, touched)
                rev = log_change(self._conn, changed, actors_changed) if (changed or actors_changed) else None
            if rev is not None:
                self._apply(changed, rev, actors_changed)
            return results

    def delete_article(self, article_id: str) -> None:
        with self._lock, _translated():
            self._sync()
            with self._transaction():
                if (
                    self._conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone()
                    is None
                ):
                    raise ArticleNotFound(article_id)
                changed = recompute_edges(self._conn, remove_article(self._conn, article_id))
                rev = log_change(self._conn, changed, [])
            self._apply(changed, rev, [])

    # --- actors and articles ----------------------------------------------------------

    def _require_actor(self, actor_id: str) -> Actor:
        row = self._conn.execute(
            "SELECT id, name, type, aliases FROM actors WHERE id = ?", (actor_id,)
        ).fetchone()
        if row is None:
            hits = self._name_index().search(actor_id.replace("-", " "), limit=3)
            raise ActorNotFound(actor_id, [h.actor.name for h in hits])
        return row_actor(row)

    def get_actor(self, actor_id: str) -> ActorDetail:
        with self._read():
            actor = self._require_actor(actor_id)
            degree = self._conn.execute(
                "SELECT (SELECT COUNT(*) FROM edges WHERE source_id = ?)"
                " + (SELECT COUNT(*) FROM edges WHERE target_id = ?)",
                (actor_id, actor_id),
            ).fetchone()[0]
            first, last, count = self._conn.execute(
                "SELECT MIN(published), MAX(published), COUNT(*) FROM claims"
                " WHERE source_id = ? OR target_id = ?",
                (actor_id, actor_id),
            ).fetchone()
            return ActorDetail(
                actor=actor, degree=degree, first_seen=first, last_seen=last, claim_count=count
            )

    def search_actors(self, query: str, limit: int = 10, type: ActorType | None = None) -> list[ActorHit]:
        with self._read():
            return self._name_index().search(query, limit=limit, type=type)

    def list_actors(
        self, type: ActorType | None = None, offset: int = 0, limit: int = 50
    ) -> tuple[list[Actor], int]:
        where, params = ("WHERE type = ?", [type.value]) if type is not None else ("", [])
        with self._read():
            total = self._conn.execute(f"SELECT COUNT(*) FROM actors {where}", params).fetchone()[0]
            rows = self._conn.execute(
                f"SELECT id, name, type, aliases FROM actors {where} ORDER BY name COLLATE NOCASE, id"
                " LIMIT ? OFFSET ?",
                [*params, limit, offset],
            )
            return [row_actor(r) for r in rows], total

    def get_article(self, article_id: str) -> ArticleDetail:
        with self._read():
            row = self._conn.execute(
                "SELECT id, title, source, published, url, text, content_hash, copy_of, similarity"
                " FROM articles WHERE id = ?",
                (article_id,),
            ).fetchone()
            if row is None:
                raise ArticleNotFound(article_id)
            claims = self._conn.execute(
                f"SELECT {CLAIM_COLUMNS} FROM claims WHERE article_id = ? ORDER BY start, id", (article_id,)
            )
            copies = self._conn.execute(
                "SELECT id FROM articles WHERE copy_of = ? ORDER BY rowid", (article_id,)
            ).fetchall()
            return ArticleDetail(
                article=row_article(row),
                content_hash=row[6],
                claims=[row_claim(c) for c in claims],
                copy_of=row[7],
                similarity=row[8],
                copies=[c[0] for c in copies],
            )

    def actors_by_id(self, ids: Collection[str]) -> dict[str, Actor]:
        with self._read():
            return fetch_actors(self._conn, ids)

    def articles_by_id(self, ids: Collection[str]) -> dict[str, Article]:
        with self._read():
            return fetch_articles(self._conn, ids)

    def has_article(self, content_hash: str) -> bool:
        with self._read():
            return (
                self._conn.execute(
                    "SELECT 1 FROM articles WHERE content_hash = ?", (content_hash,)
                ).fetchone()
                is not None
            )

    # --- edges and evidence -----------------------------------------------------------

    def edges(self, flt: EdgeFilter, offset: int = 0, limit: int = 100) -> tuple[list[Edge], int]:
        with self._read():
            for actor_id in (flt.source_id, flt.target_id):
                if actor_id is not None:
                    self._require_actor(actor_id)
            if flt.is_timeless():
                return q.stored_edges(self._conn, flt, offset, limit)
            return q.filter_edges(q.window_edges(self._conn, flt), flt, offset, limit)

    def claims(
        self,
        source_id: str | None = None,
        relation: RelationType | None = None,
        target_id: str | None = None,
        *,
        actor_id: str | None = None,
        include_negated: bool = True,
        since: str | None = None,
        until: str | None = None,
    ) -> list[Claim]:
        with self._read():
            for known in (source_id, target_id, actor_id):
                if known is not None:
                    self._require_actor(known)
            return q.select_claims(
                self._conn, source_id, relation, target_id, actor_id, include_negated, since, until
            )

    def edge_claims(
        self, edges: Sequence[Edge], since: str | None = None, until: str | None = None
    ) -> list[list[Claim]]:
        keys = [(e.source_id, e.relation.value, e.target_id) for e in edges]
        with self._read():
            by_key = q.claims_of_keys(self._conn, list(dict.fromkeys(keys)), since, until)
        return [list(by_key.get(k, ())) for k in keys]

    def neighbourhood(
        self,
        actor_id: str,
        depth: int,
        flt: EdgeFilter,
        direction: Direction = "both",
        node_limit: int = 500,
        budget: float | None = None,
    ) -> Subgraph:
        gp.check_depth(depth)
        deadline = None if budget is None else time.monotonic() + budget
        with self._read():
            center = self._require_actor(actor_id)
            g = self._graph_for(flt)
            w = walk.neighbourhood(g, actor_id, depth, flt, direction, node_limit, deadline)
            actors = fetch_actors(self._conn, w.nodes)
            actors[actor_id] = center
            return walk.neighbourhood_subgraph(g, w, actors)

    def paths(
        self,
        source_id: str,
        target_id: str,
        flt: EdgeFilter,
        mode: Literal["shortest", "k_shortest", "all"] = "shortest",
        k: int = 3,
        max_hops: int = 4,
        budget: float | None = None,
    ) -> list[GraphPath]:
        gp.check_max_hops(max_hops)
        deadline = None if budget is None else time.monotonic() + budget
        with self._read():
            self._require_actor(source_id)
            self._require_actor(target_id)
            gp.check_distinct(source_id, target_id)
            g = self._graph_for(flt)
            found = gp.node_paths(g, source_id, target_id, flt, mode, k, max_hops, deadline)
            actors = fetch_actors(self._conn, {n for p in found for n in p})
            out: list[GraphPath] = []
            for nodes in found:
                hops = []
                for u, v in pairwise(nodes):
                    key, facts, forward = gp.best_hop(g, u, v, flt)
                    evidence = gp.order_evidence(q.key_claims(self._conn, key, flt))
                    hops.append(PathHop(edge=gp.make_edge(key, facts), forward=forward, evidence=evidence))
                out.append(GraphPath(actors=[actors[n] for n in nodes], hops=hops))
            return out

    def stats(self) -> StoreStats:
        with self._read():
            return q.store_stats(self._conn)
