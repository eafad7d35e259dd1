"""One poll of a registered feed, as a worker does it between batches: a conditional request
(ETag, Last-Modified), the items not seen before queued as URL jobs, the outcome recorded.

Items are queued before they are recorded as seen: a worker killed in between queues them
again next time, which the queue takes as unchanged (same id, same pending content)."""

from __future__ import annotations

import logging
import time

from actorgraph.errors import ActorGraphError, FetchError
from actorgraph.ingest.feeds.base import FeedRecord, FeedRegistry
from actorgraph.ingest.fetch.feed import looks_like_feed, parse_feed
from actorgraph.ingest.fetch.http import Fetcher
from actorgraph.ingest.fetch.source import pending_article
from actorgraph.ingest.queue.base import JobQueue

log = logging.getLogger(__name__)


def poll(feed: FeedRecord, fetcher: Fetcher, registry: FeedRegistry, queue: JobQueue) -> str:
    """Poll one feed; returns (and records) what happened."""
    now = time.time()
    try:
        answer = fetcher.get(feed.url, etag=feed.etag, last_modified=feed.last_modified)
        if answer.not_modified:
            registry.record(feed.url, status="not modified", polled=now)
            return "not modified"
        if not looks_like_feed(answer.content_type, answer.body):
            raise FetchError(feed.url, f"not a feed (content type {answer.content_type or 'none'})")
        items = parse_feed(answer.body, answer.url)
    except FetchError as exc:
        status = f"{exc.reason}: {exc.detail}"
        registry.record(feed.url, status=status, polled=now)
        return status
    fresh: set[str] = set(registry.unseen(feed.url, [i.key for i in items]))
    new = [i for i in items if i.key in fresh]
    articles = list({a.id: a for a in (pending_article(i.url) for i in new)}.values())
    report = queue.enqueue(articles) if articles else None
    queued = len(report.enqueued) if report else 0
    status = f"ok: {len(items)} items, {len(new)} new, {queued} queued"
    registry.record(
        feed.url,
        status=status,
        polled=now,
        seen=[i.key for i in new],
        queued=queued,
        etag=answer.etag,
        last_modified=answer.last_modified,
    )
    return status


class FeedPoller:
    """Polls the due feeds at most once per ``interval`` seconds (the worker's idle loop)."""

    def __init__(
        self, registry: FeedRegistry, fetcher: Fetcher, queue: JobQueue, interval: float = 5.0
    ) -> None:
        self.registry = registry
        self.fetcher = fetcher
        self.queue = queue
        self.interval = interval
        self._next = 0.0

    def poll_due(self) -> int:
        """Poll every feed due now; returns how many were polled."""
        now = time.time()
        if now < self._next:
            return 0
        self._next = now + self.interval
        polled = 0
        for feed in self.registry.take_due(now):
            try:
                status = poll(feed, self.fetcher, self.registry, self.queue)
            except ActorGraphError as exc:  # the registry or queue failed: next turn
                log.warning("feed %s: poll failed: %s", feed.url, exc)
                continue
            log.info("feed %s: %s", feed.url, status)
            polled += 1
        return polled
