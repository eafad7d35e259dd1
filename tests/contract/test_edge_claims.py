"""The claims of many edges in one read: the same claims, in the same order, as one
``claims`` call per edge gives, under a time window too."""

from __future__ import annotations

import pytest

from actorgraph.model import Edge, EdgeFilter, RelationType
from actorgraph.store.base import Store

WINDOWS = [(None, None), ("2024-11-20", None), (None, "2024-12-06"), ("2024-12-01", "2024-12-11")]


def edge(source_id: str, relation: RelationType, target_id: str) -> Edge:
    return Edge(source_id=source_id, relation=relation, target_id=target_id, confidence=0.5, evidence_count=1)


@pytest.mark.parametrize(("since", "until"), WINDOWS)
def test_edge_claims_equal_one_claims_call_per_edge(
    loaded: Store, since: str | None, until: str | None
) -> None:
    edges, total = loaded.edges(EdgeFilter(), limit=100)
    assert len(edges) == total > 10
    batched = loaded.edge_claims(edges, since=since, until=until)
    one_by_one = [
        loaded.claims(e.source_id, e.relation, e.target_id, include_negated=True, since=since, until=until)
        for e in edges
    ]
    assert [[c.id for c in cs] for cs in batched] == [[c.id for c in cs] for cs in one_by_one]
    assert batched == one_by_one


def test_edge_claims_keep_negations_order_and_repeats(loaded: Store) -> None:
    sna, fsa = edge("sna", RelationType.SUPPORTS, "hts"), edge("fsa", RelationType.SUPPORTS, "hts")
    first, second, again = loaded.edge_claims([sna, fsa, sna])
    assert [c.negated for c in first] == [False, True]  # a1 asserts it, a5 denies it later
    assert [c.article_id for c in first] == ["a1", "a5"]
    assert [c.source_id for c in second] == ["fsa"]
    assert again == first


def test_edge_claims_of_nothing_or_of_an_unknown_edge(loaded: Store) -> None:
    assert loaded.edge_claims([]) == []
    assert loaded.edge_claims([edge("nobody", RelationType.ATTACKS, "hts")]) == [[]]
