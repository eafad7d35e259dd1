"""Time: timelines of an actor or a pair, and stance changes within a window."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from actorgraph.api.deps import PageDep, StoreDep, TypesQuery, WindowDep
from actorgraph.api.schemas import Page
from actorgraph.graph.timeline import Bucket, StanceChange, Timeline, stance_changes, timeline
from actorgraph.model import Actor
from actorgraph.store.lookup import resolve_actor

router = APIRouter(prefix="/v1", tags=["time"])


class TimelineOut(Timeline):
    actor: Actor
    other: Actor | None = None


@router.get(
    "/timeline",
    summary="Claims of an actor, or between two actors, bucketed by day, week or month",
    responses={404: {"description": "unknown actor; the problem lists the nearest names"}},
)
def get_timeline(
    store: StoreDep,
    window: WindowDep,
    actor: Annotated[str, Query(min_length=1, description="id, name or alias")],
    other: Annotated[str | None, Query(min_length=1, description="a second actor: the pair's claims")] = None,
    bucket: Annotated[Bucket, Query()] = "month",
    types: TypesQuery = None,
    claims: Annotated[bool, Query(description="list the claims in each bucket")] = False,
) -> TimelineOut:
    a = resolve_actor(store, actor)
    b = resolve_actor(store, other) if other is not None else None
    since, until = window.since, window.upper()
    if b is None:
        found = store.claims(actor_id=a.id, since=since, until=until)
    else:
        found = store.claims(a.id, None, b.id, since=since, until=until)
        found += store.claims(b.id, None, a.id, since=since, until=until)
    if types:
        found = [c for c in found if c.relation in types]
    t = timeline(found, bucket, with_claims=claims)
    return TimelineOut(actor=a, other=b, **t.model_dump())


@router.get(
    "/stance-changes",
    summary="Pairs whose relation turned (support to opposition, alliance to fighting) in a window",
    responses={404: {"description": "unknown actor; the problem lists the nearest names"}},
)
def get_stance_changes(
    store: StoreDep,
    window: WindowDep,
    page: PageDep,
    actor: Annotated[str | None, Query(min_length=1, description="only pairs involving this actor")] = None,
) -> Page[StanceChange]:
    """A change is dated by the first claim of the new stance; it must fall in the window.
    The old side is read from before the window, so the claims on both sides are shown."""
    actor_id = resolve_actor(store, actor).id if actor is not None else None
    found = store.claims(actor_id=actor_id, include_negated=False, until=window.upper())
    changes = stance_changes(found, since=window.since, until=window.upper())
    items = changes[page.offset : page.offset + page.limit]
    return Page[StanceChange](items=items, total=len(changes), offset=page.offset, limit=page.limit)
