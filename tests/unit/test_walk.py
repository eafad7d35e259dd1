"""The bounds of a neighbourhood walk (graph/walk.py) on a small synthetic hub-heavy graph:
each bound cuts the walk (``truncated``) and what is answered stays true of the graph."""

from __future__ import annotations

import time

import networkx as nx
import pytest

from actorgraph.graph import paths as gp
from actorgraph.graph import walk
from actorgraph.model import Actor, ActorType, EdgeFilter

ALL = EdgeFilter()


def hub_heavy(hubs: int = 4, spokes: int = 30) -> nx.Graph:
    """Hubs joined to each other, each with its own spokes, each spoke joined to a leaf of
    its own: depth 1 of a hub is mostly spokes, depth 2 reaches every hub's spokes."""
    rows: list[tuple[gp.EdgeKey, gp.EdgeFacts]] = []
    names = [f"h{i}" for i in range(hubs)]
    for i, h in enumerate(names):
        rows += [((h, "SUPPORTS", other), (0.9, 1, None, None, False)) for other in names[i + 1 :]]
        for s in range(spokes):
            conf = round(0.4 + 0.5 * s / spokes, 3)
            rows.append(((h, "ATTACKS", f"{h}-s{s}"), (conf, 1, None, None, False)))
            rows.append(((f"{h}-s{s}", "ALLIED_WITH", f"{h}-l{s}"), (0.6, 1, None, None, False)))
            rows.append(((f"{h}-s{s}", "FIGHTS", f"{h}-s{(s + 1) % spokes}"), (0.5, 1, None, None, False)))
    return gp.build_graph(rows)


def assert_true_of(g: nx.Graph, found: walk.Walk, depth: int) -> None:
    """Every node within ``depth`` of h0, every edge real and between answered nodes."""
    near = nx.single_source_shortest_path_length(g, "h0", cutoff=depth)
    assert found.nodes[0] == "h0" and all(n in near for n in found.nodes)
    kept = set(found.nodes)
    for s, rel, t in found.edges:
        assert s in kept and t in kept and (s, rel) in g[s][t]["r"]


def test_a_walk_under_its_caps_is_whole() -> None:
    g = hub_heavy()
    found = walk.neighbourhood(g, "h0", 3, ALL, "both", 1000)
    assert not found.cut and found.total == g.number_of_nodes() == len(found.nodes)


def test_the_node_cap_stops_discovery_and_keeps_the_same_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    g = hub_heavy()
    whole = walk.neighbourhood(g, "h0", 3, ALL, "both", 20)
    monkeypatch.setattr(walk, "WALK_NODE_CAP", 25)
    capped = walk.neighbourhood(g, "h0", 3, ALL, "both", 20)
    assert capped.cut and not whole.cut
    # Depth 1 (34 nodes) is over the cap: the walk stopped there, answering what a whole
    # walk answers (the node limit keeps depth-1 nodes only) with a lower total.
    assert capped.nodes == whole.nodes and capped.edges == whole.edges
    assert capped.total == 34 < whole.total
    # The spokes' ring edges among the kept spokes come from the last pass.
    assert any(rel == "FIGHTS" for _, rel, _ in capped.edges)
    assert_true_of(g, capped, 3)


def test_the_level_edge_cap_cuts_the_walk(monkeypatch: pytest.MonkeyPatch) -> None:
    g = hub_heavy()
    monkeypatch.setattr(walk, "LEVEL_EDGE_CAP", 40)
    found = walk.neighbourhood(g, "h0", 3, ALL, "both", 1000)
    assert found.cut and 1 < len(found.nodes) < g.number_of_nodes()
    assert_true_of(g, found, 3)


def test_a_walk_past_its_deadline_stops_where_it_is() -> None:
    g = hub_heavy()
    found = walk.neighbourhood(g, "h0", 3, ALL, "both", 1000, deadline=time.monotonic() - 1.0)
    assert found.cut and found.nodes == ["h0"] and found.edges == []
    sub = walk.neighbourhood_subgraph(g, found, {"h0": _actor("h0")})
    assert sub.truncated and sub.total_nodes == 1


def _actor(actor_id: str) -> Actor:
    return Actor(id=actor_id, name=actor_id, type=ActorType.GROUP)
