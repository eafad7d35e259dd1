"""Centrality and communities over a store subgraph, computed with networkx.

The same functions serve both stores: a store hands in a :class:`Subgraph` (its nodes and
aggregated edges), so the embedded and the Neo4j store give the same figures for the same
graph.

Choices, and why:

- Degree counts distinct neighbours (edge direction and relation type ignored): an analyst
  asks "how connected is this actor", not "how many relation types link it".
- PageRank runs on the directed graph with each edge weighted by its confidence, so being
  supported or attacked by many well-attested actors ranks an actor high. Symmetric types
  (FIGHTS, ALLIED_WITH, COOPERATES_WITH) are stored once but hold both ways, so they count
  in both directions. It is a plain power iteration here because networkx's own PageRank
  needs SciPy, which nothing else in the project uses.
- Betweenness runs on the undirected graph (paths ignore direction, as the path routes do).
- Communities are Louvain over the undirected graph weighted by confidence, with a fixed
  seed so the answer is stable between calls; past :data:`LOUVAIN_EDGE_CAP` linked pairs
  they are found by label propagation instead (``method``), whose sweeps stop at the
  deadline.

Both take a ``deadline`` (a ``time.monotonic()`` value: the query budget). PageRank stops
iterating at half the time left, sampled betweenness stops taking sources at the deadline,
Louvain stops between levels; a measure cut short says so (``truncated``).
"""

from __future__ import annotations

import time
from collections.abc import Iterable

import networkx as nx
from pydantic import BaseModel, Field

from actorgraph.graph.bounded import label_propagation, past, sampled_betweenness
from actorgraph.model import SYMMETRIC, Actor, ActorType, Edge, Subgraph

PAGERANK_DAMPING = 0.85
PAGERANK_TOL = 1.0e-8
PAGERANK_MAX_ITER = 200
COMMUNITY_SEED = 7


class ActorScore(BaseModel):
    actor: Actor
    score: float


class Community(BaseModel):
    id: int
    size: int
    actors: list[Actor]


#: Exact betweenness costs O(nodes x edges); past this many nodes it is estimated from
#: shortest paths out of BETWEENNESS_SAMPLES sources (fixed seed: the same graph gives the
#: same answer), which keeps a whole-graph request within the query budget.
BETWEENNESS_EXACT_NODES = 500
BETWEENNESS_SAMPLES = 64
#: Louvain's first level over more linked pairs than this runs past a budget of seconds.
LOUVAIN_EDGE_CAP = 20_000


class Centrality(BaseModel):
    degree: list[ActorScore]
    pagerank: list[ActorScore]
    betweenness: list[ActorScore]
    betweenness_estimated: bool = Field(
        False, description="true: betweenness estimated from a sample of sources (a large graph)"
    )
    truncated: bool = Field(
        False,
        description="true: the query budget cut the computation (PageRank stopped before it "
        "converged, or betweenness from fewer sampled sources than asked)",
    )


class Communities(BaseModel):
    communities: list[Community]
    method: str = Field(description="louvain, or label_propagation past the Louvain size")
    truncated: bool = Field(
        False, description="true: the query budget stopped the search before it settled"
    )


def undirected(nodes: Iterable[Actor], edges: Iterable[Edge]) -> nx.Graph:
    """One undirected edge per linked pair, weighted by its strongest relation."""
    g = nx.Graph()
    for a in nodes:
        g.add_node(a.id)
    for e in edges:
        if e.source_id == e.target_id:
            continue
        w = float(e.confidence)
        if g.has_edge(e.source_id, e.target_id):
            g[e.source_id][e.target_id]["weight"] = max(g[e.source_id][e.target_id]["weight"], w)
        else:
            g.add_edge(e.source_id, e.target_id, weight=w)
    return g


def directed(nodes: Iterable[Actor], edges: Iterable[Edge]) -> nx.DiGraph:
    """Directed graph with summed confidences; symmetric relations both ways."""
    g = nx.DiGraph()
    for a in nodes:
        g.add_node(a.id)
    for e in edges:
        if e.source_id == e.target_id:
            continue
        pairs = [(e.source_id, e.target_id)]
        if e.relation in SYMMETRIC:
            pairs.append((e.target_id, e.source_id))
        for u, v in pairs:
            prev = g[u][v]["weight"] if g.has_edge(u, v) else 0.0
            g.add_edge(u, v, weight=prev + float(e.confidence))
    return g


def pagerank(
    g: nx.DiGraph, damping: float = PAGERANK_DAMPING, deadline: float | None = None
) -> tuple[dict[str, float], bool]:
    """Weighted PageRank by power iteration; dangling nodes spread their rank uniformly.
    Also whether it converged (past the deadline it stops with the ranks it has)."""
    nodes = list(g.nodes)
    n = len(nodes)
    if n == 0:
        return {}, True
    out_weight = {u: sum(d["weight"] for _, _, d in g.out_edges(u, data=True)) for u in nodes}
    rank = dict.fromkeys(nodes, 1.0 / n)
    start = time.monotonic()
    for i in range(PAGERANK_MAX_ITER):
        # Stop when one more iteration, as long as the average so far, would end past it.
        if i and past(deadline, (time.monotonic() - start) / i):
            return rank, False
        dangling = sum(rank[u] for u in nodes if out_weight[u] <= 0.0)
        base = (1.0 - damping) / n + damping * dangling / n
        nxt = dict.fromkeys(nodes, base)
        for u, v, d in g.edges(data=True):
            if out_weight[u] > 0.0:
                nxt[v] += damping * rank[u] * d["weight"] / out_weight[u]
        err = sum(abs(nxt[u] - rank[u]) for u in nodes)
        rank = nxt
        if err < n * PAGERANK_TOL:
            return rank, True
    return rank, False


def _top(scores: dict[str, float], actors: dict[str, Actor], limit: int) -> list[ActorScore]:
    # Ties broken by name then id so both stores list the same actors in the same order.
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], actors[kv[0]].name, kv[0]))
    return [ActorScore(actor=actors[a], score=round(s, 6)) for a, s in ranked[:limit] if a in actors]


def centrality(sub: Subgraph, limit: int = 10, deadline: float | None = None) -> Centrality:
    """Top actors by degree, PageRank and betweenness."""
    actors = {a.id: a for a in sub.nodes}
    und = undirected(sub.nodes, sub.edges)
    actors.update({n: Actor(id=n, name=n, type=ActorType.GROUP) for n in und.nodes if n not in actors})
    degree = {n: float(d) for n, d in und.degree()}
    half = None if deadline is None else time.monotonic() + (deadline - time.monotonic()) / 2
    pr, converged = pagerank(directed(actors.values(), sub.edges), deadline=half)
    estimated = und.number_of_nodes() > BETWEENNESS_EXACT_NODES
    done = BETWEENNESS_SAMPLES
    if estimated:
        between, done = sampled_betweenness(und, BETWEENNESS_SAMPLES, deadline)
    else:
        between = nx.betweenness_centrality(und, normalized=True) if len(und) > 2 else {}
    between = {n: float(between.get(n, 0.0)) for n in und.nodes}
    return Centrality(
        degree=_top(degree, actors, limit),
        pagerank=_top(pr, actors, limit),
        betweenness=_top(between, actors, limit),
        betweenness_estimated=estimated,
        truncated=not converged or done < min(BETWEENNESS_SAMPLES, und.number_of_nodes()),
    )


def _louvain(und: nx.Graph, deadline: float | None) -> tuple[list[set[str]], bool]:
    """Louvain's partition, level by level; past the deadline the last level done."""
    parts: list[set[str]] = [{n} for n in und.nodes]
    for level in nx.community.louvain_partitions(und, weight="weight", seed=COMMUNITY_SEED):
        parts = level
        if past(deadline):
            return parts, True
    return parts, False


def communities(sub: Subgraph, min_size: int = 2, deadline: float | None = None) -> Communities:
    """Communities, largest first; singletons (isolated actors) left out by default."""
    actors = {a.id: a for a in sub.nodes}
    und = undirected(sub.nodes, sub.edges)
    if und.number_of_edges() == 0:
        return Communities(communities=[], method="louvain")
    method = "louvain" if und.number_of_edges() <= LOUVAIN_EDGE_CAP else "label_propagation"
    parts, cut = _louvain(und, deadline) if method == "louvain" else label_propagation(und, deadline)
    groups = [
        sorted((actors[n] for n in part if n in actors), key=lambda a: (a.name, a.id)) for part in parts
    ]
    groups = [g for g in groups if len(g) >= min_size]
    groups.sort(key=lambda g: (-len(g), g[0].name if g else ""))
    found = [Community(id=i, size=len(g), actors=g) for i, g in enumerate(groups)]
    return Communities(communities=found, method=method, truncated=cut)
