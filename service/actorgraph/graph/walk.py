"""Neighbourhood walks over the walk graph, bounded so a hub cannot hold a request.

Both stores answer ``neighbourhood`` with :func:`neighbourhood`, so they agree on what a
neighbourhood holds and which nodes a node limit keeps. The walk is bounded three ways,
each of which ends it early with ``cut`` (the answer then says ``truncated``):

- after a whole level, once more than :data:`WALK_NODE_CAP` nodes (and more than the node
  limit) are reached, no deeper node can be among those kept (kept nodes are ordered by
  depth first), so the walk stops discovering: it only reads the edges between the kept
  nodes of the last level. The nodes and edges answered are exactly those of a full walk;
  only ``total_nodes`` is then a lower bound;
- a level that walks more than :data:`LEVEL_EDGE_CAP` edges stops there;
- past the deadline (the query budget) the walk stops where it is.

What is answered is always true of the graph: every node is within ``depth`` of the centre
and every edge is real; a cut walk may leave out nodes a full one would have kept.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass, field

import networkx as nx

from actorgraph.graph.paths import EdgeKey, make_edge, pair_edges, passes, walks
from actorgraph.model import Actor, Direction, EdgeFilter, Subgraph

#: Past this many nodes reached after a whole level, deeper levels are not walked.
WALK_NODE_CAP = 10_000
#: Edges one level may walk; a hub's second level otherwise walks most of a large graph.
LEVEL_EDGE_CAP = 50_000
#: The deadline is looked at every this many edges walked.
_DEADLINE_EVERY = 1024


@dataclass
class Walk:
    """The state and the answer of one walk."""

    level: dict[str, int]
    reach: dict[str, float]
    walked: dict[EdgeKey, None] = field(default_factory=dict)
    cut: bool = False
    #: Kept nodes of the last level whose edges to other reached nodes were read after the
    #: walk stopped discovering (the Neo4j store reads those edges before walking again).
    edge_pass: list[str] = field(default_factory=list)
    nodes: list[str] = field(default_factory=list)
    edges: list[EdgeKey] = field(default_factory=list)
    total: int = 0


def _past(deadline: float | None) -> bool:
    return deadline is not None and time.monotonic() >= deadline


def _level(
    g: nx.Graph,
    w: Walk,
    frontier: Iterable[str],
    d: int,
    flt: EdgeFilter,
    direction: Direction,
    deadline: float | None,
    discover: bool = True,
) -> list[str]:
    """Walk one level out of ``frontier`` (nodes at depth ``d - 1``); the next frontier.
    ``discover=False`` reads only edges to nodes already reached."""
    nxt: list[str] = []
    rows = 0
    for u in frontier:
        if u not in g:
            continue
        for v in g[u]:
            if not discover and v not in w.level:
                continue
            rows += 1
            if rows > LEVEL_EDGE_CAP or (rows % _DEADLINE_EVERY == 1 and _past(deadline)):
                w.cut = True
                return nxt
            for key, facts in pair_edges(g, u, v):
                if not passes(key[1], facts, flt) or not walks(key[0], key[1], u, direction):
                    continue
                w.walked[key] = None
                if v not in w.level:
                    w.level[v] = d
                    nxt.append(v)
                if w.level[v] == d:
                    w.reach[v] = max(w.reach.get(v, 0.0), facts[0])
    return nxt


def _keep(w: Walk, node_limit: int) -> list[str]:
    ordered = sorted(w.level, key=lambda n: (w.level[n], -w.reach[n], n))
    w.total = len(ordered)
    return ordered[: max(node_limit, 1)]


def neighbourhood(
    g: nx.Graph,
    center: str,
    depth: int,
    flt: EdgeFilter,
    direction: Direction,
    node_limit: int,
    deadline: float | None = None,
) -> Walk:
    """Nodes within ``depth`` steps of ``center`` and the edges walked to reach them.

    The walk is breadth first; an edge belongs to the neighbourhood when it is walked from
    a node closer than ``depth`` (as a Cypher variable-length match from the centre would
    see it). Under a node limit the centre is kept, then nodes by (depth, strongest edge
    that reached them descending, id). ``deadline``: a ``time.monotonic()`` value.
    """
    w = Walk(level={center: 0}, reach={center: 1.0})
    frontier = [center]
    for d in range(1, depth + 1):
        frontier = _level(g, w, frontier, d, flt, direction, deadline)
        if w.cut or not frontier:
            break
        if d < depth and len(w.level) > max(WALK_NODE_CAP, node_limit):
            w.edge_pass = [n for n in _keep(w, node_limit) if w.level[n] == d]
            _level(g, w, w.edge_pass, d + 1, flt, direction, deadline, discover=False)
            w.cut = True
            break
    w.nodes = _keep(w, node_limit)
    keep = set(w.nodes)
    w.edges = sorted(k for k in w.walked if k[0] in keep and k[2] in keep)
    return w


def neighbourhood_subgraph(g: nx.Graph, w: Walk, actors: dict[str, Actor]) -> Subgraph:
    """The answer of a neighbourhood walk over the walk graph ``g``, as both stores return it."""
    edges = [make_edge(k, g[k[0]][k[2]]["r"][(k[0], k[1])]) for k in w.edges]
    return Subgraph(
        nodes=[actors[n] for n in w.nodes],
        edges=edges,
        truncated=w.cut or w.total > len(w.nodes),
        total_nodes=w.total,
    )
