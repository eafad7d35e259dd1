"""The API's dependencies, all in one place: settings, the store, the write key, and the
query parameters every read shares (time window, edge filter, pagination, output format).

They are ``async def`` although none awaits anything: FastAPI runs a plain ``def``
dependency in its thread pool, and a hop there and back costs more than the dependency
itself (about 0.3 ms each, several per request). None of them blocks; the routes, which
call the store, stay plain ``def`` and run in the pool.
"""

from __future__ import annotations

import hmac
import threading
from collections.abc import Callable
from datetime import date
from typing import Annotated, Literal, TypeVar, cast

from fastapi import Depends, Header, HTTPException, Query, Request

from actorgraph.config import Settings
from actorgraph.errors import ActorNotFound
from actorgraph.graph.export import pick_format
from actorgraph.ingest.queue import JobQueue, open_queue
from actorgraph.model import IsoDate, RelationType
from actorgraph.store.base import EdgeFilter, Store
from actorgraph.store.lookup import resolve_actor

T = TypeVar("T")

#: Output formats of subgraph routes; "json" is the API's own shape, the rest go through
#: the exporters of :mod:`actorgraph.graph.export`.
Format = Literal["json", "cytoscape", "d3", "graphml", "gexf", "csv"]


async def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


async def get_store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


SettingsDep = Annotated[Settings, Depends(get_settings)]
StoreDep = Annotated[Store, Depends(get_store)]

_queue_lock = threading.Lock()


def get_queue(request: Request, settings: SettingsDep) -> JobQueue:
    """The ingest queue, opened on first use from ``ACTORGRAPH_QUEUE_URL`` and kept on
    ``app.state`` (the lifespan closes it)."""
    state = request.app.state
    queue: JobQueue | None = getattr(state, "queue", None)
    if queue is None:
        with _queue_lock:
            queue = getattr(state, "queue", None)
            if queue is None:
                queue = open_queue(settings)
                state.queue = queue
    return queue


QueueDep = Annotated[JobQueue, Depends(get_queue)]


def key_matches(given: str, keys: list[str]) -> bool:
    """Whether ``given`` is one of ``keys``, in time that does not depend on how much of a
    key matched (every key is compared, with ``hmac.compare_digest``)."""
    found = False
    for key in keys:
        found |= hmac.compare_digest(given.encode(), key.encode())
    return found


def _check_key(given: str | None, keys: list[str]) -> None:
    if given is None:
        raise HTTPException(401, "missing X-API-Key header", headers={"WWW-Authenticate": "X-API-Key"})
    if not key_matches(given, keys):
        raise HTTPException(401, "wrong API key", headers={"WWW-Authenticate": "X-API-Key"})


async def require_api_key(
    settings: SettingsDep,
    x_api_key: Annotated[str | None, Header(description="a key of ACTORGRAPH_API_KEY(S)")] = None,
) -> None:
    """Writes need ``X-API-Key`` equal to ``ACTORGRAPH_API_KEY`` or one of
    ``ACTORGRAPH_API_KEYS``. With no key configured, writes are refused outright: an
    unconfigured server must not be open for writing."""
    keys = settings.write_keys()
    if not keys:
        raise HTTPException(403, "writes are disabled: ACTORGRAPH_API_KEY is not set on the server")
    _check_key(x_api_key, keys)


async def require_read_key(request: Request) -> None:
    """Reads need a key only when ``ACTORGRAPH_READ_API_KEY`` is set (a deployment that is
    not public); a write key opens reads too. Read from the request rather than declared as
    a header parameter, so a public server's document does not ask for a key."""
    settings: Settings = request.app.state.settings
    if settings.read_api_key:
        _check_key(request.headers.get("x-api-key"), [settings.read_api_key, *settings.write_keys()])


ApiKeyDep = Depends(require_api_key)
ReadKeyDep = Depends(require_read_key)


def call_with_actors(store: Store, refs: list[str], call: Callable[..., T]) -> T:
    """``call(*ids)`` with each ref taken as an id first, so the hot path costs no lookup;
    when the store does not know one, the refs are resolved by name and the call retried."""
    try:
        return call(*refs)
    except ActorNotFound:
        ids = [resolve_actor(store, r).id for r in refs]
        if ids == refs:
            raise
        return call(*ids)


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


SinceQuery = Annotated[IsoDate | None, Query(description="only claims published on or after (YYYY-MM-DD)")]
UntilQuery = Annotated[IsoDate | None, Query(description="only claims published on or before (YYYY-MM-DD)")]
AsOfQuery = Annotated[IsoDate | None, Query(description="the graph as it stood on this date (YYYY-MM-DD)")]


class TimeWindow:
    """``as_of`` (the graph as it stood on a date) or ``since``/``until``, on every read.

    Any combination is a window: ``since`` after ``until`` (or after ``as_of``) is an empty
    window and answers empty, as the same filter would in a query language."""

    def __init__(
        self, since: date | None = None, until: date | None = None, as_of: date | None = None
    ) -> None:
        self.since = _iso(since)
        self.until = _iso(until)
        self.as_of = _iso(as_of)

    def upper(self) -> str | None:
        bounds = [b for b in (self.until, self.as_of) if b]
        return min(bounds) if bounds else None


async def time_window(
    since: SinceQuery = None, until: UntilQuery = None, as_of: AsOfQuery = None
) -> TimeWindow:
    return TimeWindow(since, until, as_of)


WindowDep = Annotated[TimeWindow, Depends(time_window)]

TypesQuery = Annotated[
    list[RelationType] | None, Query(alias="type", description="relation types (repeat for several)")
]
MinConfidence = Annotated[float, Query(ge=0.0, le=1.0, description="drop edges below this confidence")]
IncludeHedged = Annotated[bool, Query(description="false drops edges whose every claim is hedged")]


async def edge_filter(
    since: SinceQuery = None,
    until: UntilQuery = None,
    as_of: AsOfQuery = None,
    types: TypesQuery = None,
    min_confidence: MinConfidence = 0.0,
    include_hedged: IncludeHedged = True,
) -> EdgeFilter:
    # The window's parameters are taken here directly rather than through TimeWindow:
    # one dependency less on the hottest routes (FastAPI solves each one per request).
    window = TimeWindow(since, until, as_of)
    return EdgeFilter(
        types=types or None,
        min_confidence=min_confidence,
        since=window.since,
        until=window.until,
        as_of=window.as_of,
        include_hedged=include_hedged,
    )


FilterDep = Annotated[EdgeFilter, Depends(edge_filter)]


class Pagination:
    def __init__(self, offset: int, limit: int) -> None:
        self.offset = offset
        self.limit = limit


async def pagination(
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
) -> Pagination:
    return Pagination(offset, limit)


PageDep = Annotated[Pagination, Depends(pagination)]


FormatQuery = Annotated[
    Format | None, Query(description="json (default), cytoscape, d3, graphml, gexf or csv")
]


async def output_format(request: Request, format: FormatQuery = None) -> Format:
    """``?format=`` wins; otherwise the Accept header picks an export; JSON by default."""
    if format == "json":  # the API's own shape, which the exporters do not know by name
        return "json"
    picked = pick_format(format, request.headers.get("accept"))
    return "json" if picked is None else cast(Format, picked)


FormatDep = Annotated[Format, Depends(output_format)]
