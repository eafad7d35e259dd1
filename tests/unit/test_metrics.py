"""Centrality and communities over hand-built subgraphs whose answers are known."""

from __future__ import annotations

import itertools

import networkx as nx
import pytest

from actorgraph.graph.metrics import BETWEENNESS_EXACT_NODES, centrality, communities, directed, pagerank
from actorgraph.model import Actor, ActorType, Edge, RelationType, Subgraph


def actor(i: str) -> Actor:
    return Actor(id=i, name=i.upper(), type=ActorType.ARMED_GROUP)


def edge(s: str, rel: RelationType, t: str, conf: float = 0.8) -> Edge:
    return Edge(source_id=s, relation=rel, target_id=t, confidence=conf, evidence_count=1)


def test_star_hub_tops_degree_and_betweenness() -> None:
    leaves = ["a", "b", "c", "d"]
    sub = Subgraph(
        nodes=[actor("hub"), *map(actor, leaves)],
        edges=[edge(x, RelationType.SUPPORTS, "hub") for x in leaves],
    )
    c = centrality(sub, limit=5)
    assert c.degree[0].actor.id == "hub" and c.degree[0].score == 4
    assert [s.score for s in c.degree[1:]] == [1, 1, 1, 1]
    assert c.betweenness[0].actor.id == "hub" and c.betweenness[0].score == pytest.approx(1.0)
    assert c.pagerank[0].actor.id == "hub"
    assert sum(s.score for s in c.pagerank) == pytest.approx(1.0, abs=1e-4)


def test_limit_and_ties_are_ordered_by_name() -> None:
    sub = Subgraph(nodes=[actor("z"), actor("y"), actor("x")], edges=[edge("x", RelationType.FIGHTS, "y")])
    c = centrality(sub, limit=2)
    assert [s.actor.id for s in c.degree] == ["x", "y"]


def test_pagerank_matches_the_closed_form_of_a_two_node_chain() -> None:
    # a -> b, b dangling (spreads its rank evenly). With damping d and two nodes:
    # pa = (1-d)/2 + d*pb/2 and pa + pb = 1, so pa = 1 / (2 + d).
    d = 0.85
    g = directed([actor("a"), actor("b")], [edge("a", RelationType.SUPPORTS, "b")])
    pr, converged = pagerank(g, damping=d)
    assert converged
    assert pr["a"] == pytest.approx(1 / (2 + d), abs=1e-6)
    assert pr["b"] == pytest.approx(1 - 1 / (2 + d), abs=1e-6)


def test_symmetric_relations_count_both_ways_in_pagerank() -> None:
    g = directed([actor("a"), actor("b")], [edge("a", RelationType.FIGHTS, "b")])
    assert g.has_edge("a", "b") and g.has_edge("b", "a")
    pr, _ = pagerank(g)
    assert pr["a"] == pytest.approx(pr["b"])


def test_betweenness_agrees_with_networkx_on_a_path() -> None:
    ids = ["a", "b", "c", "d"]
    sub = Subgraph(
        nodes=[actor(i) for i in ids],
        edges=[edge(u, RelationType.ALLIED_WITH, v) for u, v in itertools.pairwise(ids)],
    )
    expected = nx.betweenness_centrality(nx.path_graph(ids), normalized=True)
    got = {s.actor.id: s.score for s in centrality(sub, limit=4).betweenness}
    assert got == pytest.approx(expected, abs=1e-6)


def test_two_dense_groups_joined_by_one_weak_edge_are_two_communities() -> None:
    left, right = ["a", "b", "c"], ["x", "y", "z"]
    edges = [edge(u, RelationType.ALLIED_WITH, v, 0.9) for g in (left, right) for u in g for v in g if u < v]
    edges.append(edge("c", RelationType.OPPOSES, "x", 0.1))
    sub = Subgraph(nodes=[actor(i) for i in left + right + ["alone"]], edges=edges)
    found = communities(sub).communities
    assert sorted(sorted(a.id for a in c.actors) for c in found) == [left, right]
    assert all(c.size == 3 for c in found)
    assert communities(Subgraph(nodes=[actor("alone")], edges=[])).communities == []


def test_betweenness_is_estimated_only_past_the_exact_size() -> None:
    """Exact betweenness is O(nodes x edges): a whole large graph gets the sampled estimate,
    and says so."""
    chain = [edge(f"n{i}", RelationType.SUPPORTS, f"n{i + 1}") for i in range(BETWEENNESS_EXACT_NODES + 10)]
    big = centrality(Subgraph(nodes=[], edges=chain, total_nodes=None), limit=3)
    assert big.betweenness_estimated and big.betweenness[0].score > 0
    few = centrality(Subgraph(nodes=[], edges=chain[:20], total_nodes=None), limit=3)
    assert not few.betweenness_estimated
