"""The one store interface. Two real implementations: embedded (SQLite + networkx) and Neo4j.

Both pass the same contract suite in ``tests/contract/``: same inputs, same answers.
Edge aggregation (belief) is computed by :mod:`actorgraph.graph.belief` for both, so the
figures agree to the last digit.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Literal, Protocol, runtime_checkable

from pydantic import BaseModel, Field

from actorgraph.model import (
    Actor,
    ActorType,
    Article,
    ArticleBundle,
    Claim,
    Direction,
    Edge,
    EdgeFilter,
    GraphPath,
    PathHop,
    RelationType,
    Subgraph,
)

#: The graph types live with the domain model (every layer shares them); the store's
#: interface names them, so they are part of what this module offers.
__all__ = [
    "ActorDetail",
    "ActorHit",
    "ArticleDetail",
    "Direction",
    "EdgeFilter",
    "GraphPath",
    "PathHop",
    "Store",
    "StoreStats",
    "Subgraph",
    "WriteResult",
]


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

    def edge_claims(
        self, edges: Sequence[Edge], since: str | None = None, until: str | None = None
    ) -> list[list[Claim]]:
        """The claims behind each of these edges, in one read: one list per edge, in the
        order given, each as :meth:`claims` gives that edge's (negated ones included, oldest
        first, ``since``/``until`` on the claims' published days)."""

    def neighbourhood(
        self,
        actor_id: str,
        depth: int,
        flt: EdgeFilter,
        direction: Direction = "both",
        node_limit: int = 500,
        budget: float | None = None,
    ) -> Subgraph:
        """Actors within ``depth`` steps of one actor. ``budget``: seconds the walk may take;
        a walk cut short (by it, or by the walk's caps) answers ``truncated``."""

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
        """Paths ignoring edge direction, each hop with its evidence (strongest first).
        ``budget``: seconds the search may take; past it, ``OverBudget``."""

    def stats(self) -> StoreStats: ...
