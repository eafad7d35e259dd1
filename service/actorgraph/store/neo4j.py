"""The production store: Neo4j 5 through the official driver.

The graph model is DESIGN.md's: ``(:Actor)``, one aggregated typed relationship per
(source, type, target), ``(:Claim)`` with SUBJECT/OBJECT/SAID_BY/IN edges, ``(:Article)``.
Every statement is a file under ``cypher/`` loaded by name. Edge confidence is computed in
Python with :mod:`actorgraph.graph.belief`, and neighbourhoods and paths are chosen with
:mod:`actorgraph.graph.paths` over the edges Cypher finds, so this store and the embedded
one give the same answers (the contract suite in ``tests/contract/`` checks it).
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Collection, Sequence
from typing import Any, Literal, TypeVar

import neo4j
import networkx as nx
from neo4j import Driver, ManagedTransaction
from neo4j.exceptions import DriverError, Neo4jError

from actorgraph.config import Settings
from actorgraph.errors import ActorNotFound, ArticleNotFound, StoreError
from actorgraph.graph import paths as gp
from actorgraph.graph import walk
from actorgraph.model import SYMMETRIC, Actor, ActorType, Article, ArticleBundle, Claim, Edge, RelationType
from actorgraph.store import neo4j_paths as npaths
from actorgraph.store import neo4j_walk as nwalk
from actorgraph.store import neo4j_write as w
from actorgraph.store.base import (
    ActorDetail,
    ActorHit,
    ArticleDetail,
    Direction,
    EdgeFilter,
    GraphPath,
    StoreStats,
    Subgraph,
    WriteResult,
)
from actorgraph.store.cypher import CypherLibrary
from actorgraph.store.neo4j_errors import translate, translated
from actorgraph.store.neo4j_rows import (
    actor_of,
    article_of,
    beliefs,
    claim_of,
    day,
    edge_of,
    filter_params,
    key_param,
    window_params,
)
from actorgraph.store.search import NameIndex
from actorgraph.store.write_rules import check_bundle

T = TypeVar("T")
_SYMMETRIC = sorted(r.value for r in SYMMETRIC)
#: Most candidates the full-text index hands to the ranking of a name search.
SEARCH_CANDIDATES = 200
#: The hop limit written into the path statements (Cypher takes no parameter there).
MAX_HOPS = 8
_LUCENE_SPECIAL = re.compile(r'([+\-&|!(){}\[\]^"~*?:\\/])')


class Neo4jStore:
    """:class:`actorgraph.store.base.Store` on a Neo4j database. The driver is handed in."""

    def __init__(self, driver: Driver, database: str = "neo4j", cypher: CypherLibrary | None = None) -> None:
        self.driver = driver
        self.database = database
        self.cypher = cypher or CypherLibrary()

    # --- plumbing ---------------------------------------------------------------------

    def _read(self, fn: Callable[[ManagedTransaction], T]) -> T:
        with translated(), self.driver.session(database=self.database) as session:
            return session.execute_read(fn)

    def _write(self, fn: Callable[[ManagedTransaction], T]) -> T:
        with translated(), self.driver.session(database=self.database) as session:
            return session.execute_write(fn)

    def _query(self, name: str, timeout: float | None = None, **params: Any) -> list[dict[str, Any]]:
        """One read. ``timeout``: seconds Neo4j gives the transaction (the query budget's
        rest); past it the driver's error is translated to ``OverBudget``."""
        statement = self.cypher[name]

        def work(tx: ManagedTransaction) -> list[dict[str, Any]]:
            return tx.run(statement, params).data()

        if timeout is not None:
            work = neo4j.unit_of_work(timeout=timeout)(work)
        return self._read(work)

    def setup(self) -> None:
        with translated(), self.driver.session(database=self.database) as session:
            for statement in self.cypher.statements("schema/constraints"):
                session.run(statement).consume()
            session.run(self.cypher["schema/await_indexes"], seconds=120).consume()

    def close(self) -> None:
        self.driver.close()

    # --- writes -----------------------------------------------------------------------

    def write(self, bundles: list[ArticleBundle]) -> list[WriteResult]:
        for b in bundles:
            check_bundle(b)
        return self._write(lambda tx: w.write_bundles(tx, self.cypher, bundles))

    def delete_article(self, article_id: str) -> None:
        self._write(lambda tx: w.delete_article(tx, self.cypher, article_id))

    # --- actors and articles ----------------------------------------------------------

    def _require_actors(self, *ids: str | None) -> dict[str, Actor]:
        wanted = [i for i in ids if i is not None]
        if not wanted:
            return {}
        found = self._read(lambda tx: w.fetch_actors(tx, self.cypher, wanted))
        for actor_id in wanted:
            if actor_id not in found:
                hits = self.search_actors(actor_id.replace("-", " "), limit=3)
                raise ActorNotFound(actor_id, [h.actor.name for h in hits])
        return found

    def get_actor(self, actor_id: str) -> ActorDetail:
        rows = self._query("store/actor_detail", id=actor_id)
        if not rows:
            self._require_actors(actor_id)  # raises ActorNotFound, unless a writer just made it:
            rows = self._query("store/actor_detail", id=actor_id)  # then it is read again
        r = rows[0]
        return ActorDetail(
            actor=actor_of(r),
            degree=r["degree"],
            first_seen=r["first_seen"],
            last_seen=r["last_seen"],
            claim_count=r["claim_count"],
        )

    def search_actors(self, query: str, limit: int = 10, type: ActorType | None = None) -> list[ActorHit]:
        """Full-text candidates (fuzzy and prefix terms), ranked by the embedded store's
        :class:`NameIndex` so both stores order hits the same way."""
        terms = [_LUCENE_SPECIAL.sub(r"\\\1", t) for t in re.findall(r"\w+", query.casefold())]
        if not terms or limit <= 0:
            return []
        lucene = " OR ".join(f"{t}~ OR {t}*" if len(t) > 2 else f"{t} OR {t}*" for t in terms)
        rows = self._query(
            "store/search_actors",
            query=lucene,
            limit=max(SEARCH_CANDIDATES, limit * 8),
            type=type.value if type else None,
        )
        actors = sorted({r["id"]: actor_of(r) for r in rows}.values(), key=lambda a: a.id)
        return NameIndex(actors).search(query, limit=limit, type=type)

    def list_actors(
        self, type: ActorType | None = None, offset: int = 0, limit: int = 50
    ) -> tuple[list[Actor], int]:
        r = self._query(
            "store/list_actors", type=type.value if type else None, offset=max(offset, 0), limit=max(limit, 0)
        )[0]
        return [actor_of(a) for a in r["actors"]], r["total"]

    def get_article(self, article_id: str) -> ArticleDetail:
        rows = self._query("store/article", id=article_id)
        if not rows:
            raise ArticleNotFound(article_id)
        props = rows[0]["article"]
        return ArticleDetail(
            article=article_of(props),
            content_hash=props["content_hash"],
            claims=[claim_of(c) for c in rows[0]["claims"]],
            copy_of=props.get("copy_of"),
            similarity=props.get("similarity"),
            copies=list(rows[0]["copies"]),
        )

    def actors_by_id(self, ids: Collection[str]) -> dict[str, Actor]:
        return self._read(lambda tx: w.fetch_actors(tx, self.cypher, ids)) if ids else {}

    def articles_by_id(self, ids: Collection[str]) -> dict[str, Article]:
        rows = self._query("store/articles_by_id", ids=sorted(set(ids))) if ids else []
        return {r["article"]["id"]: article_of(r["article"]) for r in rows}

    def has_article(self, content_hash: str) -> bool:
        return bool(self._query("store/has_article", hash=content_hash)[0]["found"])

    # --- edges and evidence -----------------------------------------------------------

    def _window_edges(self, flt: EdgeFilter) -> dict[gp.EdgeKey, Edge]:
        p = window_params(flt)
        types = [t.value for t in flt.types] if flt.types else None
        # The last day's claims sort below its date followed by U+FFFF, whatever their time.
        below = p["until"] + "\uffff" if p["until"] else None
        return beliefs(self._query("store/window_claims", since=p["since"], until_below=below, types=types))

    def edges(self, flt: EdgeFilter, offset: int = 0, limit: int = 100) -> tuple[list[Edge], int]:
        self._require_actors(flt.source_id, flt.target_id)
        if not flt.is_timeless():
            kept = sorted(
                (e for e in self._window_edges(flt).values() if gp.edge_matches(e, flt)), key=gp.edge_rank
            )
            return kept[offset : offset + limit], len(kept)
        p = filter_params(flt)
        r = self._query(
            "store/edges",
            types=p["types"],
            min_confidence=p["min_confidence"],
            include_hedged=p["include_hedged"],
            source=flt.source_id,
            target=flt.target_id,
            anchor=flt.source_id or flt.target_id,
            symmetric=_SYMMETRIC,
            offset=max(offset, 0),
            limit=max(limit, 0),
        )[0]
        return [edge_of(e) for e in r["edges"]], r["total"]

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
        self._require_actors(source_id, target_id, actor_id)
        rows = self._query(
            "store/claims",
            source=source_id,
            target=target_id,
            relation=relation.value if relation else None,
            actor=actor_id,
            anchor=source_id or target_id or actor_id,
            include_negated=include_negated,
            since=day(since),
            until=day(until),
            symmetric=_SYMMETRIC,
        )
        return [claim_of(r["claim"]) for r in rows]

    def edge_claims(
        self, edges: Sequence[Edge], since: str | None = None, until: str | None = None
    ) -> list[list[Claim]]:
        keys = [(e.source_id, e.relation.value, e.target_id) for e in edges]
        by_key: dict[gp.EdgeKey, list[Claim]] = {k: [] for k in keys}
        if keys:
            rows = self._query(
                "store/edge_claims", keys=[key_param(k) for k in by_key], since=day(since), until=day(until)
            )
            for r in rows:
                c = claim_of(r["claim"])
                by_key[(c.source_id, c.relation.value, c.target_id)].append(c)
        return [list(by_key[k]) for k in keys]

    # --- traversal --------------------------------------------------------------------

    def _walk_graph(self, rows: list[dict[str, Any]], flt: EdgeFilter) -> nx.Graph:
        if flt.is_timeless():
            return npaths.walk_graph(None, self.cypher, rows, flt)
        return self._read(lambda tx: npaths.walk_graph(tx, self.cypher, rows, flt))

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
        center = self._require_actors(actor_id)[actor_id]
        params = filter_params(flt)

        def read(frontier: list[str], seconds: float | None) -> list[dict[str, Any]]:
            limit = walk.LEVEL_EDGE_CAP + 1
            return self._query("store/incident_edges", seconds, frontier=frontier, limit=limit, **params)

        rows, cut = nwalk.reach_rows(read, actor_id, depth, direction, node_limit, deadline)
        g = self._walk_graph(list(rows.values()), flt)
        if actor_id not in g:
            return Subgraph(nodes=[center], edges=[], truncated=cut, total_nodes=1)
        found = walk.neighbourhood(g, actor_id, depth, flt, direction, node_limit, deadline)
        if found.edge_pass:
            # The walk stopped discovering: the kept nodes of its last level need their edges
            # to each other, which the levels read did not reach.
            more, more_cut = nwalk.edges_among(read, found.edge_pass, set(found.level), deadline)
            rows.update(more)
            cut = cut or more_cut
            g = self._walk_graph(list(rows.values()), flt)
            found = walk.neighbourhood(g, actor_id, depth, flt, direction, node_limit, deadline)
        found.cut = found.cut or cut
        actors = self._read(lambda tx: w.fetch_actors(tx, self.cypher, found.nodes))
        actors[actor_id] = center
        return walk.neighbourhood_subgraph(g, found, actors)

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
        gp.check_max_hops(max_hops, most=MAX_HOPS)
        deadline = None if budget is None else time.monotonic() + budget
        if source_id == target_id:
            self._require_actors(source_id)
            gp.check_distinct(source_id, target_id)
        ends, cy = (source_id, target_id), self.cypher

        def work(tx: ManagedTransaction) -> list[GraphPath]:
            return npaths.read_paths(tx, cy, *ends, flt, mode, k, max_hops, deadline)

        # Neo4j stops the read at the budget too (0 would mean no timeout at all).
        found = self._read(work if budget is None else neo4j.unit_of_work(timeout=max(budget, 0.001))(work))
        if not found:
            self._require_actors(source_id, target_id)  # a missing endpoint is a 404, not "no path"
        return found

    def stats(self) -> StoreStats:
        r = self._query("store/stats")[0]
        actor_types = {t: n for t, n in sorted(r["actor_types"]) if t is not None}
        edge_types = {t: n for t, n in sorted(r["edge_types"]) if t is not None}
        return StoreStats(
            actors=sum(actor_types.values()),
            articles=r["articles"],
            claims=r["claims"],
            edges=sum(edge_types.values()),
            actors_by_type=actor_types,
            edges_by_type=edge_types,
        )

    def delete_everything(self) -> None:
        """Empty the database. For tests and benchmarks; never called by the service."""
        with translated(), self.driver.session(database=self.database) as session:
            for statement in self.cypher.statements("store/delete_everything"):
                session.run(statement).consume()


def open_neo4j_store(settings: Settings) -> Neo4jStore:
    """Connect to the configured Neo4j; a server that does not answer is a clear error."""
    try:
        driver = neo4j.GraphDatabase.driver(
            settings.neo4j_uri,
            auth=(settings.neo4j_user, settings.neo4j_password),
            connection_timeout=settings.neo4j_connection_timeout,
            # A read against a server that went away fails within seconds (the API answers
            # 503 with Retry-After) instead of retrying for the driver's default 30 s.
            max_transaction_retry_time=settings.neo4j_retry_time,
            connection_acquisition_timeout=settings.neo4j_acquisition_timeout,
            # Types of the ontology that no edge uses yet are expected, not typos.
            notifications_disabled_classifications=["UNRECOGNIZED"],
        )
    except (DriverError, Neo4jError, ValueError) as exc:
        raise StoreError(f"bad Neo4j settings ({settings.neo4j_uri}): {exc}") from exc
    try:
        driver.verify_connectivity()
    except (DriverError, Neo4jError, OSError) as exc:
        driver.close()
        err = translate(exc)
        raise type(err)(
            f"cannot reach Neo4j at {settings.neo4j_uri} as {settings.neo4j_user!r}: {exc}. "
            "Start the local one with `actorgraph neo4j start`, or set ACTORGRAPH_NEO4J_URI."
        ) from exc
    return Neo4jStore(driver, settings.neo4j_database, CypherLibrary(settings.cypher_dir))
