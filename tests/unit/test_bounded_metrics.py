"""Centrality and communities under a deadline (graph/bounded.py, graph/metrics.py) on a
small synthetic hub-heavy graph: a deadline already passed cuts each computation, the
answer says so, and what is answered stays a valid estimate. No timing."""

from __future__ import annotations

import time

import networkx as nx
import pytest

from actorgraph.graph import metrics
from actorgraph.graph.bounded import label_propagation, sampled_betweenness
from actorgraph.model import Actor, ActorType, Edge, RelationType, Subgraph

R = RelationType
GONE = -1.0  # added to time.monotonic(): a deadline already passed


def hub_heavy(hubs: int = 5, spokes: int = 130) -> Subgraph:
    """Hubs joined to each other, each with its own ring of spokes: over 500 actors, so
    betweenness is sampled."""
    edges: list[Edge] = []

    def link(a: str, rel: RelationType, b: str, conf: float) -> None:
        edges.append(Edge(source_id=a, relation=rel, target_id=b, confidence=conf, evidence_count=1))

    names = [f"h{i}" for i in range(hubs)]
    for i, h in enumerate(names):
        for other in names[i + 1 :]:
            link(h, R.OPPOSES, other, 0.2)
        for s in range(spokes):
            link(h, R.SUPPORTS, f"{h}-s{s}", 0.9)
            link(f"{h}-s{s}", R.ALLIED_WITH, f"{h}-s{(s + 1) % spokes}", 0.8)
    ids = sorted({n for e in edges for n in (e.source_id, e.target_id)})
    return Subgraph(nodes=[Actor(id=i, name=i, type=ActorType.GROUP) for i in ids], edges=edges)


def test_sampled_betweenness_is_networkx_estimate_when_every_source_is_done() -> None:
    und = metrics.undirected(hub_heavy().nodes, hub_heavy().edges)
    got, done = sampled_betweenness(und, 16, None)
    assert done == 16
    expected = nx.betweenness_centrality(und, k=16, normalized=True, seed=0)
    assert got == pytest.approx(expected, abs=1e-9)


def test_centrality_past_its_deadline_is_truncated_and_still_ranks_the_hubs() -> None:
    sub = hub_heavy()
    whole = metrics.centrality(sub, 5)
    cut = metrics.centrality(sub, 5, deadline=time.monotonic() + GONE)
    assert whole.betweenness_estimated and not whole.truncated
    assert cut.betweenness_estimated and cut.truncated
    hubs = {f"h{i}" for i in range(5)}
    # Degree is exact either way; one sampled source still puts hubs on top of betweenness.
    assert [s.actor.id for s in cut.degree] == [s.actor.id for s in whole.degree]
    assert {s.actor.id for s in cut.betweenness[:1]} <= hubs


def _partition_of(sub: Subgraph, found: metrics.Communities) -> None:
    seen = [a.id for c in found.communities for a in c.actors]
    assert len(seen) == len(set(seen)) and set(seen) <= {a.id for a in sub.nodes}


def test_louvain_past_its_deadline_answers_its_first_level_and_says_so() -> None:
    sub = hub_heavy()
    whole = metrics.communities(sub)
    cut = metrics.communities(sub, deadline=time.monotonic() + GONE)
    assert whole.method == cut.method == "louvain"
    assert not whole.truncated and cut.truncated
    _partition_of(sub, cut)


def test_past_the_louvain_size_label_propagation_finds_the_same_groups(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    left, right = ["a", "b", "c", "d"], ["w", "x", "y", "z"]
    edges = [
        Edge(source_id=u, relation=R.ALLIED_WITH, target_id=v, confidence=0.9, evidence_count=1)
        for g in (left, right)
        for u in g
        for v in g
        if u < v
    ]
    edges.append(Edge(source_id="d", relation=R.OPPOSES, target_id="w", confidence=0.1, evidence_count=1))
    sub = Subgraph(nodes=[Actor(id=i, name=i, type=ActorType.GROUP) for i in left + right], edges=edges)
    monkeypatch.setattr(metrics, "LOUVAIN_EDGE_CAP", 5)
    found = metrics.communities(sub)
    assert found.method == "label_propagation" and not found.truncated
    assert sorted(sorted(a.id for a in c.actors) for c in found.communities) == [left, right]


def test_label_propagation_past_its_deadline_stops_after_one_sweep() -> None:
    sub = hub_heavy()
    und = metrics.undirected(sub.nodes, sub.edges)
    parts, cut = label_propagation(und, time.monotonic() + GONE)
    assert cut
    assert sorted(n for p in parts for n in p) == sorted(und.nodes)
