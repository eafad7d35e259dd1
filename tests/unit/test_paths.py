"""Store-agnostic traversal rules of graph/paths.py on small hand-made walk graphs."""

from __future__ import annotations

import time
from itertools import pairwise

import networkx as nx
import pytest

from actorgraph.errors import OverBudget
from actorgraph.graph import paths as gp
from actorgraph.graph import walk
from actorgraph.model import Claim, Edge, EdgeFilter, RelationType

R = RelationType


def facts(conf: float, hedged: bool = False) -> gp.EdgeFacts:
    return (conf, 1, "2024-01-01", "2024-01-02", hedged)


def graph(*edges: tuple[str, RelationType, str, float]) -> nx.Graph:
    return gp.build_graph(((s, r.value, t), facts(c)) for s, r, t, c in edges)


def test_put_edge_adds_updates_and_removes() -> None:
    g = graph(("a", R.SUPPORTS, "b", 0.5))
    gp.put_edge(g, ("b", "ATTACKS", "a"), facts(0.9))
    assert len(list(gp.pair_edges(g, "a", "b"))) == 2
    gp.put_edge(g, ("a", "SUPPORTS", "b"), facts(0.7))
    assert dict(gp.pair_edges(g, "a", "b"))[("a", "SUPPORTS", "b")][0] == 0.7
    gp.put_edge(g, ("a", "SUPPORTS", "b"), None)
    gp.put_edge(g, ("b", "ATTACKS", "a"), None)
    assert g.number_of_edges() == 0
    assert g.number_of_nodes() == 0  # nodes without edges leave the walk graph
    gp.put_edge(g, ("x", "SUPPORTS", "y"), None)  # removing what is not there is a no-op


def test_best_hop_prefers_the_strongest_passing_edge() -> None:
    g = graph(("a", R.SUPPORTS, "b", 0.5), ("b", R.ATTACKS, "a", 0.9))
    key, _, forward = gp.best_hop(g, "a", "b", EdgeFilter())
    assert key == ("b", "ATTACKS", "a") and not forward
    key, _, forward = gp.best_hop(g, "a", "b", EdgeFilter(types=[R.SUPPORTS]))
    assert key == ("a", "SUPPORTS", "b") and forward
    with pytest.raises(KeyError):
        gp.best_hop(g, "a", "b", EdgeFilter(types=[R.LEADS]))


def test_node_paths_modes_and_hop_limit() -> None:
    g = graph(
        ("a", R.SUPPORTS, "b", 0.9),
        ("b", R.SUPPORTS, "d", 0.9),
        ("a", R.SUPPORTS, "c", 0.9),
        ("c", R.SUPPORTS, "e", 0.9),
        ("e", R.SUPPORTS, "d", 0.9),
    )
    assert gp.node_paths(g, "a", "d", EdgeFilter(), "shortest", 1, 4) == [["a", "b", "d"]]
    assert gp.node_paths(g, "a", "d", EdgeFilter(), "k_shortest", 5, 4) == [
        ["a", "b", "d"],
        ["a", "c", "e", "d"],
    ]
    assert gp.node_paths(g, "a", "d", EdgeFilter(), "all", 1, 2) == [["a", "b", "d"]]
    assert gp.node_paths(g, "a", "d", EdgeFilter(), "shortest", 1, 1) == []
    assert gp.node_paths(g, "a", "zz", EdgeFilter(), "shortest", 1, 4) == []


def test_filters_apply_to_traversal() -> None:
    g = graph(("a", R.SUPPORTS, "b", 0.3), ("b", R.SUPPORTS, "d", 0.9), ("a", R.FIGHTS, "d", 0.8))
    assert gp.node_paths(g, "a", "d", EdgeFilter(), "shortest", 1, 4) == [["a", "d"]]
    assert gp.node_paths(g, "a", "d", EdgeFilter(types=[R.SUPPORTS]), "shortest", 1, 4) == [["a", "b", "d"]]
    assert gp.node_paths(g, "a", "d", EdgeFilter(types=[R.SUPPORTS], min_confidence=0.5), "all", 1, 4) == []


def test_neighbourhood_direction_symmetric_and_limit() -> None:
    g = graph(("c", R.SUPPORTS, "x", 0.9), ("y", R.SUPPORTS, "c", 0.5), ("c", R.FIGHTS, "z", 0.7))
    found = walk.neighbourhood(g, "c", 1, EdgeFilter(), "out", 10)
    assert set(found.nodes) == {"c", "x", "z"}  # z: FIGHTS is symmetric, walks either way
    found = walk.neighbourhood(g, "c", 1, EdgeFilter(), "in", 10)
    assert set(found.nodes) == {"c", "y", "z"}
    found = walk.neighbourhood(g, "c", 1, EdgeFilter(), "both", 2)
    assert found.nodes == ["c", "x"] and found.total == 4 and not found.cut
    assert found.edges == [("c", "SUPPORTS", "x")]


def test_endpoint_matching_of_symmetric_edges() -> None:
    fights = Edge(source_id="a", relation=R.FIGHTS, target_id="b", confidence=0.5, evidence_count=1)
    supports = Edge(source_id="a", relation=R.SUPPORTS, target_id="b", confidence=0.5, evidence_count=1)
    assert gp.edge_matches(fights, EdgeFilter(source_id="b", target_id="a"))
    assert not gp.edge_matches(supports, EdgeFilter(source_id="b", target_id="a"))
    assert gp.edge_matches(supports, EdgeFilter(target_id="b"))
    assert not gp.edge_matches(supports, EdgeFilter(target_id="b", min_confidence=0.6))


def _claim(
    cid: str, conf: float, hedged: bool = False, negated: bool = False, published: str = "2024-01-01"
) -> Claim:
    return Claim(
        id=cid, source_id="a", relation=R.SUPPORTS, target_id="b", confidence=conf, hedged=hedged,
        negated=negated, article_id="x", sentence="s", start=0, end=1, published=published,
    )  # fmt: skip


def test_order_evidence_strongest_first() -> None:
    claims = [
        _claim("neg", 0.99, negated=True),
        _claim("hedged", 0.9, hedged=True),  # weighs 0.54
        _claim("old", 0.6, published="2024-01-01"),
        _claim("new", 0.6, published="2024-02-01"),
        _claim("strong", 0.8),
    ]
    assert [c.id for c in gp.order_evidence(claims)] == ["strong", "new", "old", "hedged", "neg"]


def test_bounded_bidirectional_search_agrees_with_networkx() -> None:
    import random

    rng = random.Random(3)
    rels = list(RelationType)
    edges = {}
    for _ in range(600):
        u, v = rng.sample(range(150), 2)
        edges[(f"n{u}", rels[rng.randrange(len(rels))].value, f"n{v}")] = facts(rng.uniform(0.1, 1.0))
    g = gp.build_graph(edges.items())
    flt = EdgeFilter(types=[R.SUPPORTS, R.ATTACKS, R.FIGHTS], min_confidence=0.3)
    plain = nx.Graph()
    plain.add_nodes_from(g)
    plain.add_edges_from((k[0], k[2]) for k, f in edges.items() if gp.passes(k[1], f, flt))
    for _ in range(300):
        s, t = rng.sample(sorted(g.nodes), 2)
        for f, ref in ((EdgeFilter(), g), (flt, plain)):
            path = gp.shortest_path(g, s, t, f, max_hops=6)
            try:
                expected = nx.shortest_path_length(ref, s, t)
            except nx.NetworkXNoPath:
                expected = None
            if expected is None or expected > 6:
                assert path is None
                continue
            assert path is not None and path[0] == s and path[-1] == t
            assert len(path) - 1 == expected
            assert all(ref.has_edge(a, b) for a, b in pairwise(path))


def _hub_heavy(hubs: int = 6, spokes: int = 40) -> nx.Graph:
    """Hubs all joined to each other and each to its own spokes, the spokes of neighbouring
    hubs joined too: between two hubs the simple paths of 6 hops number in the millions."""
    g = nx.Graph()
    names = [f"h{i}" for i in range(hubs)]
    for i, h in enumerate(names):
        for other in names[i + 1 :]:
            g.add_edge(h, other, r={(h, "SUPPORTS"): (0.9, 1, None, None, False)})
        for s in range(spokes):
            spoke = f"{h}-s{s}"
            g.add_edge(h, spoke, r={(h, "SUPPORTS"): (0.8, 1, None, None, False)})
            twin = f"{names[(i + 1) % hubs]}-s{s}"
            g.add_edge(spoke, twin, r={(spoke, "ALLIED_WITH"): (0.7, 1, None, None, False)})
    return g


def test_all_paths_between_hubs_stop_at_the_path_cap() -> None:
    g = _hub_heavy()
    found = gp.node_paths(g, "h0", "h3", EdgeFilter(), "all", 1, 6)
    assert len(found) == gp.MAX_ALL_PATHS
    assert all(p[0] == "h0" and p[-1] == "h3" and len(set(p)) == len(p) <= 7 for p in found)
    assert [len(p) for p in found] == sorted(len(p) for p in found)


def test_a_search_past_its_deadline_is_over_budget() -> None:
    g = _hub_heavy()
    past = time.monotonic() - 1.0  # a deadline already gone: no timing in the test
    with pytest.raises(OverBudget, match=r"mode=all with max_hops=6 .*ACTORGRAPH_QUERY_BUDGET"):
        gp.node_paths(g, "h0", "h3", EdgeFilter(), "all", 1, 6, deadline=past)
    with pytest.raises(OverBudget, match="k_shortest"):
        gp.node_paths(g, "h0", "h3", EdgeFilter(), "k_shortest", 5, 6, deadline=past)
    # Without a deadline, or with time left, the same searches answer.
    assert gp.node_paths(g, "h0", "h3", EdgeFilter(), "k_shortest", 5, 6, deadline=time.monotonic() + 60)


def test_all_paths_agree_with_networkx_below_the_cap() -> None:
    g = _hub_heavy(hubs=3, spokes=3)
    ours = gp.all_paths(g, "h0", "h2", 4, None)
    theirs = list(nx.all_simple_paths(g, "h0", "h2", cutoff=4))
    assert sorted(ours) == sorted(theirs)
