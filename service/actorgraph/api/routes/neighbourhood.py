"""The neighbourhood of an actor: the subgraph within 1 to 3 hops, filtered."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response

from actorgraph.api.deps import FilterDep, FormatDep, SettingsDep, StoreDep, call_with_actors
from actorgraph.api.render import EXPORT_CONTENT, subgraph_response
from actorgraph.api.schemas import SubgraphOut
from actorgraph.errors import SubgraphTooLarge
from actorgraph.store.base import Direction

router = APIRouter(prefix="/v1/actors", tags=["neighbourhood"])


@router.get(
    "/{actor}/neighbourhood",
    summary="Actors and edges within `depth` hops of an actor",
    response_model=SubgraphOut,
    responses={
        200: {
            "content": EXPORT_CONTENT,
            "description": (
                "the subgraph; `truncated` says whether the node limit, the walk's caps or the "
                "query budget cut it"
            ),
        },
        404: {"description": "unknown actor; the problem lists the nearest names"},
    },
)
def neighbourhood(
    store: StoreDep,
    settings: SettingsDep,
    actor: str,
    flt: FilterDep,
    fmt: FormatDep,
    depth: Annotated[int, Query(ge=1, le=3)] = 1,
    direction: Annotated[Direction, Query(description="out: edges the actor's side starts")] = "both",
    limit: Annotated[
        int | None, Query(ge=1, le=100_000, description="most nodes returned (default: the server cap)")
    ] = None,
) -> Response:
    node_limit = settings.node_cap if limit is None else limit
    if node_limit > settings.node_cap:
        raise SubgraphTooLarge(node_limit, settings.node_cap)
    sub = call_with_actors(
        store,
        [actor],
        lambda center: store.neighbourhood(
            center, depth, flt, direction=direction, node_limit=node_limit, budget=settings.query_budget
        ),
    )
    center_id = sub.nodes[0].id if sub.nodes else actor
    return subgraph_response(sub, fmt, node_limit, stem=f"neighbourhood-{center_id}")
