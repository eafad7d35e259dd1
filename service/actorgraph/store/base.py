"""The one store interface. Two real implementations: embedded (SQLite + networkx) and Neo4j.

Both pass the same contract suite in ``tests/contract/``: same inputs, same answers.
Edge aggregation (belief) is computed by :mod:`actorgraph.graph.belief` for both, so the
figures agree to the last digit.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Literal, Protocol, runtime_checkable

from pydantic import BaseModel, Field

from actorgraph.model import Actor, ActorType, Article, ArticleBundle, Claim, Edge, RelationType

Direction = Literal["out", "in", "both"]


class EdgeFilter(BaseModel):
    """Which edges a read considers. Every read of edges, neighbourhoods and paths takes one.

    ``as_of`` and ``since``/``until`` are ISO dates compared with the claims' article
    ``published`` dates: an edge counts when at least one of its claims falls in the window,
    and its confidence, count and first/last seen are recomputed from those claims alone.
    """

    source_id: str | None = None
    target_id: str | None = None
    types: list[RelationType] | None = None
    min_confidence: float = 0.0
    since: str | None = None
    until: str | None = None
    as_of: str | None = None
    include_hedged: bool = True  # False drops edges whose every claim is hedged

    def upper_bound(self) -> str | None:
        """The latest date included: the earlier of ``until`` and ``as_of``."""
        bounds = [b for b in (self.until, self.as_of) if b]
        return min(bounds) if bounds else None

    def is_timeless(self) -> bool:
        return not (self.since or self.until or self.as_of)


class ActorHit(BaseModel):
    actor: Actor
    score: float
    matched: str  # the name or alias that matched


class ActorDetail(BaseModel):
    actor: Actor
    degree: int
    first_seen: str | None
    last_seen: str | None
    claim_count: int


class Subgraph(BaseModel):
    """Nodes and edges of a query result, ready for export."""

    nodes: list[Actor]
    edges: list[Edge]
    truncated: bool = False
    total_nodes: int | None = None  # before truncation


class PathHop(BaseModel):
    edge: Edge
    forward: bool  # False: the hop walks the edge against its direction
    evidence: list[Claim] = Field(default_factory=list)


class GraphPath(BaseModel):
    actors: list[Actor]
    hops: list[PathHop]


class StoreStats(BaseModel):
    actors: int
    articles: int
    claims: int
    edges: int
    actors_by_type: dict[str, int] = Field(default_factory=dict)
    edges_by_type: dict[str, int] = Field(default_factory=dict)


class ArticleDetail(BaseModel):
    article: Article
    content_hash: str
    claims: list[Claim]
    copy_of: str | None = Field(None, description="the story this article is a wire copy of")
    similarity: float | None = Field(None, description="estimated similarity to that story")
    copies: list[str] = Field(default_factory=list, description="ids of the wire copies of this article")


class WriteResult(BaseModel):
    article_id: str
    written: bool  # False: the same content was already stored (idempotent re-ingest)
    claims: int
    copy_of: str | None = None  # stored as a wire copy of this stored article


@runtime_checkable
class Store(Protocol):
    """What every store does. Methods raise :class:`actorgraph.errors.ActorGraphError`
    subclasses; ``ActorNotFound`` for unknown ids, ``StoreUnavailable`` when a server is down.
    """

    def setup(self) -> None:
        """Create schema, constraints and indexes; idempotent. Called once at start-up."""

    def close(self) -> None: ...

    # writes
    def write(self, bundles: list[ArticleBundle]) -> list[WriteResult]:
        """Store articles with their actors and claims, one transaction per call, and
        recompute the edges the new claims touch. An article whose content hash is already
        stored is skipped (``written=False``)."""

    def delete_article(self, article_id: str) -> None:
        """Remove an article and its claims, and recompute the edges they supported."""

    # reads: actors and articles
    def get_actor(self, actor_id: str) -> ActorDetail: ...

    def search_actors(self, query: str, limit: int = 10, type: ActorType | None = None) -> list[ActorHit]:
        """Fuzzy search on names and aliases, best first."""

    def list_actors(
        self, type: ActorType | None = None, offset: int = 0, limit: int = 50
    ) -> tuple[list[Actor], int]:
        """A page of actors, ordered by name, and the total."""

    def get_article(self, article_id: str) -> ArticleDetail: ...

    def actors_by_id(self, ids: Collection[str]) -> dict[str, Actor]:
        """The stored actors among these ids, in one read; unknown ids are left out."""

    def articles_by_id(self, ids: Collection[str]) -> dict[str, Article]:
        """The stored articles among these ids (without their claims), in one read; unknown
        ids are left out."""

    def has_article(self, content_hash: str) -> bool: ...

    # reads: edges and evidence
    def edges(self, flt: EdgeFilter, offset: int = 0, limit: int = 100) -> tuple[list[Edge], int]:
        """Aggregated edges matching the filter, strongest first, and the total."""

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
        """Claims matching every given field (``actor_id``: as subject or object), oldest first."""

    def neighbourhood(
        self, actor_id: str, depth: int, flt: EdgeFilter, direction: Direction = "both", node_limit: int = 500
    ) -> Subgraph: ...

    def paths(
        self,
        source_id: str,
        target_id: str,
        flt: EdgeFilter,
        mode: Literal["shortest", "k_shortest", "all"] = "shortest",
        k: int = 3,
        max_hops: int = 4,
    ) -> list[GraphPath]:
        """Paths ignoring edge direction, each hop with its evidence (strongest first)."""

    def stats(self) -> StoreStats: ...
