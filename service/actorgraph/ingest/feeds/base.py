"""The feed registry's records and what every registry does."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from pydantic import BaseModel, Field

from actorgraph.config import Settings
from actorgraph.errors import InputError

_EVERY = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$")
_UNIT = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}
#: Polling a feed more often than this is not polite, whatever was asked.
MIN_EVERY = 60.0


class FeedRecord(BaseModel):
    url: str
    every: float = Field(description="seconds between two polls")
    next_poll: float = Field(description="Unix time of the next poll")
    etag: str | None = None
    last_modified: str | None = None
    last_polled: float | None = None
    last_status: str | None = Field(None, description="what the last poll did, or why it failed")
    items_seen: int = 0
    items_queued: int = 0


def parse_every(text: str | float) -> float:
    """``15m``, ``2h``, ``90s``, ``1d`` or seconds, as seconds (at least ``MIN_EVERY``)."""
    if isinstance(text, int | float):
        seconds = float(text)
    else:
        match = _EVERY.match(text)
        if match is None:
            raise InputError(f"bad interval {text!r}: use seconds or a number with s, m, h or d (15m)")
        seconds = float(match.group(1)) * _UNIT[match.group(2)]
    if seconds < MIN_EVERY:
        raise InputError(f"interval of {seconds:g}s is too short: at least {MIN_EVERY:g}s")
    return seconds


def check_url(url: str) -> str:
    if not url.startswith(("http://", "https://")):
        raise InputError(f"{url!r} is not an http(s) URL")
    return url


class FeedRegistry(Protocol):
    """Feeds and their polling state. Methods raise :class:`actorgraph.errors.QueueError`."""

    def add(self, url: str, every: float) -> FeedRecord:
        """Register a feed (due at once), or change the interval of a registered one."""

    def remove(self, url: str) -> bool:
        """Forget a feed and the items it has seen; False when it was not registered."""

    def all(self) -> list[FeedRecord]:
        """Every registered feed, by URL."""

    def take_due(self, now: float, limit: int = 10) -> list[FeedRecord]:
        """Feeds due at ``now``, each moved to its next poll time in the same step, so two
        workers never poll one feed for the same turn."""

    def unseen(self, url: str, keys: Sequence[str]) -> list[str]:
        """The item keys (GUIDs or links) this feed has not recorded yet, in order."""

    def record(
        self,
        url: str,
        *,
        status: str,
        polled: float,
        seen: Sequence[str] = (),
        queued: int = 0,
        etag: str | None = None,
        last_modified: str | None = None,
    ) -> None:
        """Store what a poll did: new validators (kept when None), items now seen."""

    def close(self) -> None: ...


def open_feeds(settings: Settings) -> FeedRegistry:
    """The registry beside the configured queue."""
    from actorgraph.ingest.queue import is_redis_url

    if is_redis_url(settings.queue_url):
        from actorgraph.ingest.feeds.redis_registry import RedisFeeds

        return RedisFeeds.open(settings.queue_url)
    from actorgraph.ingest.feeds.sqlite_registry import SqliteFeeds

    return SqliteFeeds.open(settings.queue_url)
