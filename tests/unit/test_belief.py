"""The belief rule: noisy-or over independent publishers, hedging, negation."""

from __future__ import annotations

import pytest

from actorgraph.graph.belief import HEDGE_WEIGHT, NEGATION_WEIGHT, ClaimWeight, combine, figures, to_edge
from actorgraph.model import RelationType


def w(
    conf: float, publisher: str, hedged: bool = False, negated: bool = False, day: str | None = None
) -> ClaimWeight:
    return ClaimWeight(confidence=conf, hedged=hedged, negated=negated, publisher=publisher, published=day)


def test_no_asserting_claim_no_belief() -> None:
    assert combine([]) is None
    assert combine([w(0.9, "p", negated=True)]) is None


def test_independent_publishers_combine_as_noisy_or() -> None:
    b = combine([w(0.6, "p1"), w(0.5, "p2")])
    assert b is not None
    assert b.confidence == pytest.approx(1 - 0.4 * 0.5)
    assert (b.claims, b.sources) == (2, 2)


def test_one_publisher_counts_once_with_its_strongest_claim() -> None:
    b = combine([w(0.6, "p"), w(0.5, "p"), w(0.7, "p")])
    assert b is not None
    assert b.confidence == pytest.approx(0.7)
    assert (b.claims, b.sources) == (3, 1)


def test_hedging_and_negation() -> None:
    hedged = combine([w(0.8, "p", hedged=True)])
    assert hedged is not None and hedged.hedged_only
    assert hedged.confidence == pytest.approx(0.8 * HEDGE_WEIGHT)
    mixed = combine([w(0.8, "p", hedged=True), w(0.5, "q")])
    assert mixed is not None and not mixed.hedged_only
    denied = combine([w(0.8, "p"), w(0.5, "q", negated=True)])
    assert denied is not None
    assert denied.confidence == pytest.approx(0.8 * (1 - NEGATION_WEIGHT * 0.5))
    assert (denied.claims, denied.negations) == (1, 1)


def test_seen_dates_come_from_asserting_claims_only() -> None:
    b = combine(
        [
            w(0.5, "p", day="2024-02-01"),
            w(0.5, "q", day="2024-01-01"),
            w(0.5, "r", negated=True, day="2024-03-01"),
        ]
    )
    assert b is not None
    assert (b.first_seen, b.last_seen) == ("2024-01-01", "2024-02-01")


def test_to_edge_carries_the_belief() -> None:
    b = combine([w(0.5, "p", day="2024-02-01"), w(0.4, "q", hedged=True)])
    assert b is not None
    e = to_edge("a", RelationType.ATTACKS, "b", b)
    assert (e.confidence, e.evidence_count, e.hedged_only) == (b.confidence, 2, False)
    assert e.cameo == ["18", "19", "20"]
    assert e.first_seen == "2024-02-01"


def test_figures_are_the_numbers_of_combine() -> None:
    claims = [w(0.5, "p", day="2024-02-01"), w(0.9, "q", hedged=True), w(0.4, "r", negated=True)]
    f = figures(claims)
    b = combine(claims)
    assert f is not None and b is not None
    assert b.model_dump() == {
        "confidence": f.confidence, "support": f.support, "against": f.against, "claims": f.claims,
        "negations": f.negations, "sources": f.sources, "hedged_only": f.hedged_only,
        "first_seen": f.first_seen, "last_seen": f.last_seen,
    }  # fmt: skip
    assert to_edge("a", RelationType.SUPPORTS, "b", f) == to_edge("a", RelationType.SUPPORTS, "b", b)
    assert figures([w(0.4, "r", negated=True)]) is None
