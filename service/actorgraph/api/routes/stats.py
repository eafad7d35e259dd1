"""Counts by type, top actors by degree / PageRank / betweenness, and communities."""

from __future__ import annotations

import time
from typing import Annotated

from fastapi import APIRouter, Query
from pydantic import BaseModel, Field

from actorgraph.api.deps import FilterDep, SettingsDep, StoreDep
from actorgraph.api.schemas import StatsOut
from actorgraph.errors import OverBudget
from actorgraph.graph.metrics import Centrality, Community, centrality, communities
from actorgraph.model import Actor
from actorgraph.store.base import EdgeFilter, Store, Subgraph

router = APIRouter(prefix="/v1/stats", tags=["stats"])

#: Metrics load the whole (filtered) graph into networkx; past this many edges that is a
#: batch job, not a request: reading and building the graphs alone would take most of the
#: query budget (bench/budget.py: about 2.3 s at 100 000 edges before any measure starts).
METRICS_EDGE_CAP = 100_000
_PAGE = 10_000


def _check(deadline: float | None) -> None:
    if deadline is not None and time.monotonic() >= deadline:
        raise OverBudget(
            "reading the filtered graph for centrality or communities ran past the query budget "
            "(ACTORGRAPH_QUERY_BUDGET): narrow it (types, min_confidence, a time window)"
        )


def whole_graph(store: Store, flt: EdgeFilter, deadline: float | None = None) -> Subgraph:
    """The filtered graph, read a page at a time; past ``deadline`` between pages, OverBudget."""
    edges, total = store.edges(flt, 0, _PAGE)
    if total > METRICS_EDGE_CAP:
        raise OverBudget(
            f"the filtered graph has {total} edges, over the {METRICS_EDGE_CAP} that centrality and "
            "communities take within the query budget: narrow it (types, min_confidence, a time window)"
        )
    while len(edges) < total:
        _check(deadline)
        more, _ = store.edges(flt, len(edges), _PAGE)
        if not more:
            break
        edges += more
    ids = {i for e in edges for i in (e.source_id, e.target_id)}
    actors: list[Actor] = []
    offset = 0
    while True:
        _check(deadline)
        page, n = store.list_actors(offset=offset, limit=_PAGE)
        actors += [a for a in page if a.id in ids]
        offset += len(page)
        if not page or offset >= n:
            break
    return Subgraph(nodes=actors, edges=edges, total_nodes=len(actors))


@router.get("", summary="Counts of actors, articles, claims and edges, by type")
def get_stats(store: StoreDep) -> StatsOut:
    s = store.stats()
    return StatsOut(
        actors=s.actors,
        articles=s.articles,
        claims=s.claims,
        edges=s.edges,
        actors_by_type=s.actors_by_type,
        edges_by_type=s.edges_by_type,
    )


class CentralityOut(Centrality):
    nodes: int
    edges: int


@router.get("/centrality", summary="Top actors by degree, PageRank and betweenness")
def get_centrality(
    store: StoreDep,
    settings: SettingsDep,
    flt: FilterDep,
    limit: Annotated[int, Query(ge=1, le=100)] = 10,
) -> CentralityOut:
    """Over the graph the filters keep (time window, types, confidence); see
    ``actorgraph.graph.metrics`` for how each measure treats direction and weight. Within
    the query budget: past it PageRank and sampled betweenness stop where they are and
    ``truncated`` says so."""
    deadline = time.monotonic() + settings.query_budget
    sub = whole_graph(store, flt, deadline)
    c = centrality(sub, limit, deadline)
    return CentralityOut(nodes=len(sub.nodes), edges=len(sub.edges), **c.model_dump())


class CommunitiesOut(BaseModel):
    communities: list[Community]
    total: int
    method: str = Field(description="louvain, or label_propagation past the Louvain size")
    truncated: bool = Field(
        False, description="true: the query budget stopped the search before it settled"
    )


@router.get("/communities", summary="Communities (Louvain, weighted by confidence)")
def get_communities(
    store: StoreDep,
    settings: SettingsDep,
    flt: FilterDep,
    min_size: Annotated[int, Query(ge=1, le=1000)] = 2,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
) -> CommunitiesOut:
    deadline = time.monotonic() + settings.query_budget
    found = communities(whole_graph(store, flt, deadline), min_size=min_size, deadline=deadline)
    return CommunitiesOut(
        communities=found.communities[:limit],
        total=len(found.communities),
        method=found.method,
        truncated=found.truncated,
    )
