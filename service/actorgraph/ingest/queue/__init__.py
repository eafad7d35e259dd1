"""Ingestion queues: Redis streams for scale-out, a SQLite file for the embedded default.

``open_queue`` picks the backend from ``ACTORGRAPH_QUEUE_URL``: ``redis://`` or
``rediss://`` URLs go to Redis, anything else is the path of a local queue file.
"""

from __future__ import annotations

from actorgraph.config import Settings
from actorgraph.ingest.queue.base import (
    ArticleJob,
    EnqueueReport,
    Job,
    JobQueue,
    JobResult,
    JobState,
    QueueCounts,
)

#: Seconds a job may go without a sign of life from its worker before another takes it over.
DEFAULT_RECLAIM_AFTER = 60.0

__all__ = [
    "DEFAULT_RECLAIM_AFTER",
    "ArticleJob",
    "EnqueueReport",
    "Job",
    "JobQueue",
    "JobResult",
    "JobState",
    "QueueCounts",
    "is_redis_url",
    "open_queue",
]


def is_redis_url(url: str) -> bool:
    return url.startswith(("redis://", "rediss://", "unix://"))


def open_queue(settings: Settings, *, reclaim_after: float = DEFAULT_RECLAIM_AFTER) -> JobQueue:
    """Connect to (or create) the queue the settings name."""
    url = settings.queue_url
    if is_redis_url(url):
        from actorgraph.ingest.queue.redis_streams import RedisStreamQueue

        return RedisStreamQueue.open(url, max_tries=settings.queue_max_tries, reclaim_after=reclaim_after)
    from actorgraph.ingest.queue.sqlite import SqliteQueue

    return SqliteQueue.open(url, max_tries=settings.queue_max_tries, reclaim_after=reclaim_after)
