"""Paths between two actors: shortest, k shortest, or all up to a hop limit. Every hop
carries its strongest evidence; every path its signed reading."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query, Response

from actorgraph.api.deps import FilterDep, FormatDep, SettingsDep, StoreDep, call_with_actors
from actorgraph.api.lookups import Lookups
from actorgraph.api.render import EXPORT_CONTENT, json_response, subgraph_response
from actorgraph.api.schemas import EdgeOut, HopOut, PathOut, PathsOut, hop_label
from actorgraph.graph.export import paths_subgraph
from actorgraph.graph.signs import describe_path, read_path
from actorgraph.model import SIGN
from actorgraph.store.base import GraphPath
from actorgraph.store.lookup import resolve_actor

router = APIRouter(prefix="/v1/paths", tags=["paths"])

Mode = Literal["shortest", "k_shortest", "all"]


def present(path: GraphPath, look: Lookups) -> PathOut:
    hops: list[HopOut] = []
    for i, hop in enumerate(path.hops):
        here, there = path.actors[i], path.actors[i + 1]
        label = hop_label(hop.edge.relation, hop.forward)
        asserted = [c for c in hop.evidence if not c.negated]
        # No article lookup per hop: the claim names its article and date; the evidence
        # route gives the article's title and publisher.
        best = look.claim(asserted[0], with_article=False) if asserted else None
        hops.append(
            HopOut(
                from_id=here.id,
                to_id=there.id,
                relation=hop.edge.relation,
                forward=hop.forward,
                label=label,
                text=f"{here.name} {label} {there.name}",
                sign=SIGN[hop.edge.relation],
                edge=EdgeOut.of(hop.edge),
                evidence=best,
                evidence_count=hop.edge.evidence_count,
            )
        )
    return PathOut(
        actors=path.actors, hops=hops, length=len(hops), text=describe_path(path), signed=read_path(path)
    )


@router.get(
    "",
    summary="Paths between two actors, each hop with its strongest evidence",
    response_model=PathsOut,
    responses={
        200: {"content": EXPORT_CONTENT, "description": "the paths, or their union in an export format"},
        404: {"description": "unknown actor; the problem lists the nearest names"},
        422: {"description": "invalid parameters, or a search past the query budget (the detail says which)"},
    },
)
def find_paths(
    store: StoreDep,
    settings: SettingsDep,
    flt: FilterDep,
    fmt: FormatDep,
    source: Annotated[str, Query(min_length=1, description="id, name or alias, e.g. Russia")],
    target: Annotated[str, Query(min_length=1, description="id, name or alias, e.g. HTS")],
    mode: Annotated[Mode, Query(description="shortest, k_shortest or all (up to max_hops)")] = "shortest",
    k: Annotated[int, Query(ge=1, le=20, description="paths wanted in k_shortest mode")] = 3,
    max_hops: Annotated[int, Query(ge=1, le=6)] = 4,
    limit: Annotated[int, Query(ge=1, le=100, description="most paths returned")] = 20,
) -> Response:
    """Paths ignore edge direction: a hop walked against its edge reads in the inverse
    wording ("HTS supported-by Syrian National Army"), computed here, never stored.
    A source and target naming the same actor have no path between them: the answer is empty."""
    budget = settings.query_budget
    found = call_with_actors(
        store,
        [source, target],
        lambda a, b: [] if a == b else store.paths(a, b, flt, mode, k, max_hops, budget)[:limit],
    )
    if found:
        a, b = found[0].actors[0], found[0].actors[-1]
    else:
        a, b = resolve_actor(store, source), resolve_actor(store, target)
    if fmt != "json":
        return subgraph_response(paths_subgraph(found), fmt, stem=f"paths-{a.id}-{b.id}")
    look = Lookups(store)
    best = (next((c for c in h.evidence if not c.negated), None) for p in found for h in p.hops)
    speakers = {c.speaker_id for c in best if c is not None and c.speaker_id}
    look.preload(actor_ids=speakers)
    return json_response(PathsOut(source=a, target=b, mode=mode, paths=[present(p, look) for p in found]))
