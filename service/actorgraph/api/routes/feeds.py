"""Feeds the workers poll: list them, add one and remove one (writes need the key)."""

from __future__ import annotations

import threading
from typing import Annotated

from fastapi import APIRouter, Body, Depends, Query, Request, Response

from actorgraph.api.bodies import NewFeed
from actorgraph.api.deps import ApiKeyDep, SettingsDep
from actorgraph.api.routes.ingest import WRITE_RESPONSES
from actorgraph.errors import FeedNotFound
from actorgraph.ingest.feeds.base import FeedRecord, FeedRegistry, check_url, open_feeds, parse_every

router = APIRouter(prefix="/v1/feeds", tags=["feeds"])
_open_lock = threading.Lock()


def get_feeds(request: Request, settings: SettingsDep) -> FeedRegistry:
    state = request.app.state
    with _open_lock:
        registry: FeedRegistry | None = getattr(state, "feeds", None)
        if registry is None:
            registry = open_feeds(settings)
            state.feeds = registry
    return registry


FeedsDep = Annotated[FeedRegistry, Depends(get_feeds)]


@router.get("", summary="Registered feeds, with the outcome of their last poll")
def list_feeds(feeds: FeedsDep) -> list[FeedRecord]:
    return feeds.all()


@router.post(
    "",
    status_code=201,
    dependencies=[ApiKeyDep],
    summary="Have the workers poll a feed (due at once), or change its interval",
    responses={**WRITE_RESPONSES, 422: {"description": "not an http(s) URL, or a bad interval"}},
)
def add_feed(settings: SettingsDep, feeds: FeedsDep, body: Annotated[NewFeed, Body()]) -> FeedRecord:
    every = parse_every(body.every if body.every is not None else settings.feed_every)
    return feeds.add(check_url(body.url), every)


@router.delete(
    "",
    status_code=204,
    dependencies=[ApiKeyDep],
    summary="Stop polling a feed",
    responses={**WRITE_RESPONSES, 404: {"description": "no such feed"}},
)
def remove_feed(feeds: FeedsDep, url: Annotated[str, Query(description="the feed's URL")]) -> Response:
    if not feeds.remove(url):
        raise FeedNotFound(url)
    return Response(status_code=204)
