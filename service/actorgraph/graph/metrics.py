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
  seed so the answer is stable between calls.
"""

from __future__ import annotations

from collections.abc import Iterable

import networkx as nx
from pydantic import BaseModel, Field

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


class Centrality(BaseModel):
    degree: list[ActorScore]
    pagerank: list[ActorScore]
    betweenness: list[ActorScore]
    betweenness_estimated: bool = Field(
        False, description="true: betweenness estimated from a sample of sources (a large graph)"
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


def pagerank(g: nx.DiGraph, damping: float = PAGERANK_DAMPING) -> dict[str, float]:
    """Weighted PageRank by power iteration; dangling nodes spread their rank uniformly."""
    nodes = list(g.nodes)
    n = len(nodes)
    if n == 0:
        return {}
    out_weight = {u: sum(d["weight"] for _, _, d in g.out_edges(u, data=True)) for u in nodes}
    rank = dict.fromkeys(nodes, 1.0 / n)
    for _ in range(PAGERANK_MAX_ITER):
        dangling = sum(rank[u] for u in nodes if out_weight[u] <= 0.0)
        base = (1.0 - damping) / n + damping * dangling / n
        nxt = dict.fromkeys(nodes, base)
        for u, v, d in g.edges(data=True):
            if out_weight[u] > 0.0:
                nxt[v] += damping * rank[u] * d["weight"] / out_weight[u]
        err = sum(abs(nxt[u] - rank[u]) for u in nodes)
        rank = nxt
        if err < n * PAGERANK_TOL:
            break
    return rank


def _top(scores: dict[str, float], actors: dict[str, Actor], limit: int) -> list[ActorScore]:
    # Ties broken by name then id so both stores list the same actors in the same order.
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], actors[kv[0]].name, kv[0]))
    return [ActorScore(actor=actors[a], score=round(s, 6)) for a, s in ranked[:limit] if a in actors]


def centrality(sub: Subgraph, limit: int = 10) -> Centrality:
    """Top actors by degree, PageRank and betweenness."""
    actors = {a.id: a for a in sub.nodes}
    und = undirected(sub.nodes, sub.edges)
    actors.update({n: Actor(id=n, name=n, type=ActorType.GROUP) for n in und.nodes if n not in actors})
    degree = {n: float(d) for n, d in und.degree()}
    sample = BETWEENNESS_SAMPLES if und.number_of_nodes() > BETWEENNESS_EXACT_NODES else None
    between = nx.betweenness_centrality(und, k=sample, normalized=True, seed=0) if len(und) > 2 else {}
    between = {n: float(between.get(n, 0.0)) for n in und.nodes}
    pr = pagerank(directed(actors.values(), sub.edges))
    return Centrality(
        degree=_top(degree, actors, limit),
        pagerank=_top(pr, actors, limit),
        betweenness=_top(between, actors, limit),
        betweenness_estimated=sample is not None,
    )


def communities(sub: Subgraph, min_size: int = 2) -> list[Community]:
    """Louvain communities, largest first; singletons (isolated actors) left out by default."""
    actors = {a.id: a for a in sub.nodes}
    und = undirected(sub.nodes, sub.edges)
    if und.number_of_edges() == 0:
        return []
    parts = nx.community.louvain_communities(und, weight="weight", seed=COMMUNITY_SEED)
    groups = [
        sorted((actors[n] for n in part if n in actors), key=lambda a: (a.name, a.id)) for part in parts
    ]
    groups = [g for g in groups if len(g) >= min_size]
    groups.sort(key=lambda g: (-len(g), g[0].name if g else ""))
    return [Community(id=i, size=len(g), actors=g) for i, g in enumerate(groups)]
