"""Relations (aggregated edges) filtered by ends, type, window and confidence, and the
evidence of one edge with the parts of its belief."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response
from pydantic import BaseModel

from actorgraph.api.deps import FilterDep, FormatDep, PageDep, StoreDep, WindowDep
from actorgraph.api.lookups import Lookups, group_copies
from actorgraph.api.render import EXPORT_CONTENT, json_response, subgraph_response
from actorgraph.api.schemas import ClaimOut, EdgeOut, Page
from actorgraph.graph.belief import Belief
from actorgraph.model import SYMMETRIC, Actor, RelationType
from actorgraph.store.base import EdgeFilter, Subgraph
from actorgraph.store.lookup import resolve_actor

router = APIRouter(prefix="/v1/relations", tags=["relations"])


class RelationsPage(Page[EdgeOut]):
    actors: list[Actor]


class EdgeEvidence(BaseModel):
    source: Actor
    relation: RelationType
    target: Actor
    edge: EdgeOut | None  # None when no non-negated claim in the window asserts it
    belief: Belief | None
    claims: Page[ClaimOut]


@router.get(
    "",
    summary="Edges matching the filters, strongest first, each with its evidence count",
    response_model=RelationsPage,
    responses={
        200: {"content": EXPORT_CONTENT, "description": "a page of edges, or it in an export format"},
        404: {"description": "unknown actor; the problem lists the nearest names"},
    },
)
def list_relations(
    store: StoreDep,
    flt: FilterDep,
    page: PageDep,
    fmt: FormatDep,
    source: Annotated[str | None, Query(min_length=1, description="id, name or alias of the source")] = None,
    target: Annotated[str | None, Query(min_length=1, description="id, name or alias of the target")] = None,
    belief: Annotated[bool, Query(description="add each edge's belief parts")] = False,
) -> Response:
    if source is not None:
        flt = flt.model_copy(update={"source_id": resolve_actor(store, source).id})
    if target is not None:
        flt = flt.model_copy(update={"target_id": resolve_actor(store, target).id})
    edges, total = store.edges(flt, offset=page.offset, limit=page.limit)
    look = Lookups(store)
    ids = dict.fromkeys(i for e in edges for i in (e.source_id, e.target_id))
    look.preload(actor_ids=ids)
    actors = [a for a in (look.actor(i) for i in ids) if a is not None]
    if fmt != "json":
        sub = Subgraph(nodes=actors, edges=edges, truncated=total > len(edges), total_nodes=None)
        return subgraph_response(sub, fmt, stem="relations")
    if not belief:
        items = [EdgeOut.of(e, None) for e in edges]
    else:
        # One read for the claims of the whole page and one for their articles, rather
        # than a round trip per edge.
        claims = store.edge_claims(edges, since=flt.since, until=flt.upper_bound())
        look.preload(c for cs in claims for c in cs)
        items = [EdgeOut.of(e, look.belief(cs)) for e, cs in zip(edges, claims, strict=True)]
    return json_response(
        RelationsPage(items=items, total=total, offset=page.offset, limit=page.limit, actors=actors)
    )


@router.get(
    "/{source}/{relation}/{target}/evidence",
    summary="The claims behind one edge, with the parts of its confidence",
    responses={404: {"description": "unknown actor; the problem lists the nearest names"}},
)
def edge_evidence(
    store: StoreDep,
    source: str,
    relation: RelationType,
    target: str,
    window: WindowDep,
    page: PageDep,
    include_negated: Annotated[bool, Query(description="show the claims that deny the relation")] = True,
) -> EdgeEvidence:
    """Claims oldest first: sentence, offsets, article, published date, speaker, hedged and
    negated; the same claim in wire copies of its article is listed under it (``copies``), as
    belief counts a story and its copies as one source. Symmetric relations are found
    whichever way round their ends are given."""
    a, b = resolve_actor(store, source), resolve_actor(store, target)
    if relation in SYMMETRIC and b.id < a.id:
        a, b = b, a
    claims = store.claims(
        a.id, relation, b.id, include_negated=True, since=window.since, until=window.upper()
    )
    look = Lookups(store)
    belief = look.belief(claims)
    shown = claims if include_negated else [c for c in claims if not c.negated]
    edges, _ = store.edges(
        EdgeFilter(
            source_id=a.id, target_id=b.id, types=[relation],
            since=window.since, until=window.until, as_of=window.as_of,
        ),
        0,
        1,
    )
    edge = next((e for e in edges if e.relation == relation), None)
    listed, copies = group_copies(shown)
    page_claims = listed[page.offset : page.offset + page.limit]
    look.preload([*page_claims, *(k for c in page_claims for k in copies.get(c.id, ()))])
    items = [look.with_copies(c, copies.get(c.id, [])) for c in page_claims]
    return EdgeEvidence(
        source=a,
        relation=relation,
        target=b,
        edge=EdgeOut.of(edge, belief) if edge else None,
        belief=belief,
        claims=Page[ClaimOut](items=items, total=len(listed), offset=page.offset, limit=page.limit),
    )

