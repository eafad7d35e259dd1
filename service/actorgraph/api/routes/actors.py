"""Actors: list with type filter, fuzzy search by name or alias, detail."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from actorgraph.api.deps import PageDep, StoreDep, WindowDep
from actorgraph.api.schemas import ActorHitOut, ActorOut, Page
from actorgraph.model import Actor, ActorType
from actorgraph.store.base import EdgeFilter
from actorgraph.store.lookup import resolve_actor

router = APIRouter(prefix="/v1/actors", tags=["actors"])

TypeQuery = Annotated[ActorType | None, Query(description="only actors of this type")]


@router.get("", summary="List actors, ordered by name, with the total")
def list_actors(store: StoreDep, page: PageDep, type: TypeQuery = None) -> Page[Actor]:
    items, total = store.list_actors(type=type, offset=page.offset, limit=page.limit)
    return Page[Actor](items=items, total=total, offset=page.offset, limit=page.limit)


@router.get("/search", summary="Fuzzy search by name or alias, best first")
def search_actors(
    store: StoreDep,
    q: Annotated[str, Query(min_length=1, max_length=200, description='e.g. "Hayat Tahrir" or "HTS"')],
    type: TypeQuery = None,
    limit: Annotated[int, Query(ge=1, le=100)] = 10,
) -> Page[ActorHitOut]:
    hits = store.search_actors(q, limit=limit, type=type)
    items = [ActorHitOut(actor=h.actor, score=h.score, matched=h.matched) for h in hits]
    return Page[ActorHitOut](items=items, total=len(items), offset=0, limit=limit)


@router.get(
    "/{actor}",
    summary="One actor: type, aliases, degree, first and last seen",
    responses={404: {"description": "unknown actor; the problem lists the nearest names"}},
)
def get_actor(store: StoreDep, actor: str, window: WindowDep) -> ActorOut:
    """``actor`` is an id, a name or an alias. With a time window the degree, the claim count
    and first/last seen are those of the claims inside it."""
    found = resolve_actor(store, actor)
    detail = store.get_actor(found.id)
    if window.since is None and window.upper() is None:
        return ActorOut(
            actor=detail.actor,
            degree=detail.degree,
            claim_count=detail.claim_count,
            first_seen=detail.first_seen,
            last_seen=detail.last_seen,
        )
    flt = dict(since=window.since, until=window.until, as_of=window.as_of)
    _, out_total = store.edges(EdgeFilter(source_id=found.id, **flt), 0, 1)
    _, in_total = store.edges(EdgeFilter(target_id=found.id, **flt), 0, 1)
    claims = store.claims(actor_id=found.id, include_negated=True, since=window.since, until=window.upper())
    dates = sorted(c.published for c in claims if c.published)
    return ActorOut(
        actor=detail.actor,
        degree=out_total + in_total,
        claim_count=len(claims),
        first_seen=dates[0] if dates else None,
        last_seen=dates[-1] if dates else None,
    )
