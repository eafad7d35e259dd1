"""How an edge's confidence combines its claims. One function for every store.

The rule, documented in docs/api.md ("Belief"):

1. Each claim weighs its extraction confidence, times ``HEDGE_WEIGHT`` when hedged.
2. Claims from the same publisher are not independent: a publisher counts once, with the
   weight of its strongest claim.
3. Independent publishers combine as a noisy-or: ``support = 1 - prod(1 - w_publisher)``.
4. Negated claims of the same relation combine the same way into ``against``, and the
   edge's confidence is ``support * (1 - NEGATION_WEIGHT * against)``.
5. An edge exists only while at least one non-negated claim backs it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from actorgraph.model import CAMEO_ROOTS, Edge, RelationType

HEDGE_WEIGHT = 0.6
NEGATION_WEIGHT = 0.8


@dataclass(frozen=True, slots=True)
class ClaimWeight:
    """What belief needs of one claim."""

    confidence: float
    hedged: bool
    negated: bool
    publisher: str  # the article's source, or its id when the source is unknown
    published: str | None


class Belief(BaseModel):
    """An edge's confidence and the parts it was computed from."""

    confidence: float
    support: float
    against: float
    claims: int  # non-negated claims
    negations: int
    sources: int  # distinct publishers of non-negated claims
    hedged_only: bool
    first_seen: str | None
    last_seen: str | None


def _noisy_or(weights_by_publisher: dict[str, float]) -> float:
    miss = 1.0
    for w in weights_by_publisher.values():
        miss *= 1.0 - min(max(w, 0.0), 1.0)
    return 1.0 - miss


@dataclass(frozen=True, slots=True)
class Figures:
    """The same numbers as :class:`Belief`, without validation: what stores compute per edge
    (a million times when a benchmark graph is loaded)."""

    confidence: float
    support: float
    against: float
    claims: int
    negations: int
    sources: int
    hedged_only: bool
    first_seen: str | None
    last_seen: str | None


#: A claim as database rows give it: (confidence, hedged, negated, publisher, published).
WeightRow = tuple[float, Any, Any, str, str | None]


def figures(claims: Iterable[ClaimWeight]) -> Figures | None:
    """The belief figures of one (source, type, target) edge, or None when no claim asserts it."""
    return figures_of_rows((c.confidence, c.hedged, c.negated, c.publisher, c.published) for c in claims)


def figures_of_rows(rows: Iterable[WeightRow]) -> Figures | None:
    """:func:`figures` over plain tuples, so a store can hand in its query rows as they come
    (``hedged``/``negated`` may be 0/1) without building a :class:`ClaimWeight` per claim."""
    positive: dict[str, float] = {}
    negative: dict[str, float] = {}
    n_pos = n_neg = 0
    all_hedged = True
    dates: list[str] = []
    for confidence, hedged, negated, publisher, published in rows:
        weight = confidence * (HEDGE_WEIGHT if hedged else 1.0)
        bucket = negative if negated else positive
        bucket[publisher] = max(bucket.get(publisher, 0.0), weight)
        if negated:
            n_neg += 1
            continue
        n_pos += 1
        all_hedged = all_hedged and bool(hedged)
        if published:
            dates.append(published)
    if n_pos == 0:
        return None
    support = _noisy_or(positive)
    against = _noisy_or(negative)
    return Figures(
        round(support * (1.0 - NEGATION_WEIGHT * against), 4),
        round(support, 4),
        round(against, 4),
        n_pos,
        n_neg,
        len(positive),
        all_hedged,
        min(dates) if dates else None,
        max(dates) if dates else None,
    )


def combine(claims: Iterable[ClaimWeight]) -> Belief | None:
    """The belief in one (source, type, target) edge, or None when no claim asserts it."""
    f = figures(claims)
    if f is None:
        return None
    return Belief(
        confidence=f.confidence,
        support=f.support,
        against=f.against,
        claims=f.claims,
        negations=f.negations,
        sources=f.sources,
        hedged_only=f.hedged_only,
        first_seen=f.first_seen,
        last_seen=f.last_seen,
    )


def to_edge(source_id: str, relation: RelationType, target_id: str, belief: Belief | Figures) -> Edge:
    """The aggregated edge a belief stands for. Every store builds its edges here, so
    ``evidence_count`` (asserting claims), first/last seen and CAMEO roots agree."""
    return Edge(
        source_id=source_id,
        relation=relation,
        target_id=target_id,
        confidence=belief.confidence,
        evidence_count=belief.claims,
        first_seen=belief.first_seen,
        last_seen=belief.last_seen,
        cameo=list(CAMEO_ROOTS[relation]),
        hedged_only=belief.hedged_only,
    )
