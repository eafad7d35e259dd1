"""Response shapes of the REST API and the presentation rules that produce them.

Presentation only: inverse wording ("supported-by") and signed readings are computed here
from the canonical edge, never stored.
"""

from __future__ import annotations

import math
from typing import Generic, TypeVar

from pydantic import BaseModel, Field

from actorgraph.graph import signs
from actorgraph.graph.belief import Belief
from actorgraph.graph.signs import SignedReading
from actorgraph.model import SIGN, SYMMETRIC, Actor, Article, Claim, Edge, RelationType

T = TypeVar("T")


class Page(BaseModel, Generic[T]):
    items: list[T]
    total: int
    offset: int
    limit: int


def active_label(relation: RelationType) -> str:
    return relation.value.lower().replace("_", "-")


def hop_label(relation: RelationType, forward: bool) -> str:
    """How a relation reads when walked from one end: "supports" forward, "supported-by" back."""
    return signs.hop_label(relation, forward or relation in SYMMETRIC)


class EdgeOut(BaseModel):
    source_id: str
    relation: RelationType
    target_id: str
    label: str = Field(description="active wording, source to target")
    inverse_label: str = Field(description="passive wording, target to source (presentation only)")
    symmetric: bool
    sign: int = Field(description="+1 cooperative, -1 hostile, 0 unsigned")
    confidence: float
    evidence_count: int
    first_seen: str | None = None
    last_seen: str | None = None
    cameo: list[str] = Field(default_factory=list)
    hedged_only: bool = False
    belief: Belief | None = Field(None, description="the parts the confidence was computed from")

    @classmethod
    def of(cls, e: Edge, belief: Belief | None = None) -> EdgeOut:
        # model_construct: the edge was validated by the store; this is only a re-shaping.
        return cls.model_construct(
            source_id=e.source_id,
            relation=e.relation,
            target_id=e.target_id,
            label=active_label(e.relation),
            inverse_label=hop_label(e.relation, forward=False),
            symmetric=e.relation in SYMMETRIC,
            sign=SIGN[e.relation],
            confidence=_finite(e.confidence),
            evidence_count=e.evidence_count,
            first_seen=e.first_seen,
            last_seen=e.last_seen,
            cameo=e.cameo,
            hedged_only=e.hedged_only,
            belief=belief,
        )


def _finite(x: float) -> float:
    return x if math.isfinite(x) else 0.0


class ArticleRef(BaseModel):
    id: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: str | None = None

    @classmethod
    def of(cls, a: Article) -> ArticleRef:
        return cls(id=a.id, title=a.title, source=a.source, url=a.url, published=a.published)


class ClaimOut(BaseModel):
    """One piece of evidence: the sentence, where it sits in its article, and its qualifiers."""

    id: str
    source_id: str
    relation: RelationType
    target_id: str
    sentence: str
    start: int
    end: int
    confidence: float
    hedged: bool
    negated: bool
    published: str | None
    article_id: str
    article: ArticleRef | None = None
    speaker_id: str | None = None
    speaker: Actor | None = None
    repeats: str | None = Field(None, description="the claim of the original story a wire copy repeats")
    copies: list[ClaimOut] = Field(
        default_factory=list, description="the same claim in wire copies of this article (one source)"
    )

    @classmethod
    def of(cls, c: Claim, article: ArticleRef | None = None, speaker: Actor | None = None) -> ClaimOut:
        return cls(
            id=c.id,
            source_id=c.source_id,
            relation=c.relation,
            target_id=c.target_id,
            sentence=c.sentence,
            start=c.start,
            end=c.end,
            confidence=c.confidence,
            hedged=c.hedged,
            negated=c.negated,
            published=c.published,
            article_id=c.article_id,
            article=article,
            speaker_id=c.speaker_id,
            speaker=speaker,
            repeats=c.repeats,
        )


class RelationLabel(BaseModel):
    """How a relation type reads, both ways, and its sign (presentation only, not stored)."""

    label: str
    inverse_label: str
    symmetric: bool
    sign: int


RELATION_LABELS: dict[RelationType, RelationLabel] = {
    r: RelationLabel(
        label=active_label(r),
        inverse_label=hop_label(r, forward=False),
        symmetric=r in SYMMETRIC,
        sign=SIGN[r],
    )
    for r in RelationType
}


class SubgraphOut(BaseModel):
    """A subgraph: stored edges as they are, and one legend entry per relation type present.
    The legend keeps large neighbourhoods small and fast to serialise."""

    nodes: list[Actor]
    edges: list[Edge]
    relations: dict[RelationType, RelationLabel] = Field(description="wording and sign of each type present")
    truncated: bool = Field(description="true when the node limit cut the result")
    total_nodes: int | None = Field(None, description="nodes before truncation, when known")
    node_limit: int | None = None


class ActorOut(BaseModel):
    actor: Actor
    degree: int
    claim_count: int
    first_seen: str | None
    last_seen: str | None


class ActorHitOut(BaseModel):
    actor: Actor
    score: float
    matched: str


class HopOut(BaseModel):
    from_id: str
    to_id: str
    relation: RelationType
    forward: bool = Field(description="false: the hop walks the stored edge against its direction")
    label: str = Field(description='the relation as read along the path, e.g. "supported-by"')
    text: str = Field(description='the hop in words, e.g. "HTS supported-by Syrian National Army"')
    sign: int
    edge: EdgeOut
    evidence: ClaimOut | None = Field(None, description="the strongest claim behind the hop")
    evidence_count: int


class PathOut(BaseModel):
    actors: list[Actor]
    hops: list[HopOut]
    length: int
    text: str = Field(description='e.g. "Russia supports Syrian government fights HTS"')
    signed: SignedReading = Field(description="structural-balance reading: support or conflict chain")


class PathsOut(BaseModel):
    source: Actor
    target: Actor
    mode: str
    paths: list[PathOut]


class StatsOut(BaseModel):
    actors: int
    articles: int
    claims: int
    edges: int
    actors_by_type: dict[str, int]
    edges_by_type: dict[str, int]


class Health(BaseModel):
    status: str
    store: str
    version: str


class Liveness(BaseModel):
    status: str
    version: str
