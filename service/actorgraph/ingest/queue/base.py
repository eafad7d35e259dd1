"""What every ingestion queue does, and the values it hands out.

Delivery is at least once: a job leaves the queue only when the worker that holds it says
it is done (after the store write has committed) or gives up on it for good. A job held by a
worker that stopped answering (crashed, killed, stuck) is handed to another worker after
``reclaim_after`` seconds without a sign of life. Store writes are idempotent by content
hash and claim ids are stable, so a job processed twice has the effect of processing once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol

from pydantic import BaseModel, Field

from actorgraph.model import Article


class JobState(StrEnum):
    QUEUED = "queued"
    PROCESSING = "processing"
    DONE = "done"
    FAILED = "failed"


class JobResult(BaseModel):
    """What the store did with an article."""

    written: bool  # False: the same content was stored already
    claims: int
    actors: int = 0
    skipped: str | None = None  # why a fetched page was not extracted (another language)
    language: str | None = None  # the language detected on a skipped page
    feed_items: int | None = None  # a feed: how many of its items were queued
    copy_of: str | None = None  # a wire copy: the id of the stored article it repeats


class ArticleJob(BaseModel):
    """The queue's record of one article: where it is, and how it ended."""

    article_id: str
    state: JobState
    content_hash: str
    attempts: int = 0  # deliveries to a worker so far
    worker: str | None = None
    result: JobResult | None = None
    reason: str | None = None  # the last failure, also kept when a later try succeeds
    updated: float = Field(0.0, description="Unix time of the last state change.")


class QueueCounts(BaseModel):
    queued: int = 0
    processing: int = 0
    done: int = 0
    failed: int = 0

    @property
    def total(self) -> int:
        return self.queued + self.processing + self.done + self.failed

    @property
    def settled(self) -> int:
        return self.done + self.failed


@dataclass(frozen=True, slots=True)
class Job:
    """One delivery of an article to a worker. ``attempt`` counts this delivery."""

    receipt: str  # backend handle of this delivery (stream entry id, row sequence)
    article: Article
    attempt: int


@dataclass
class EnqueueReport:
    """What an enqueue call did, id by id."""

    enqueued: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)  # same id and content already known


class JobQueue(Protocol):
    """An ingestion queue. Methods raise :class:`actorgraph.errors.QueueError`."""

    max_tries: int
    reclaim_after: float

    def enqueue(self, articles: Sequence[Article]) -> EnqueueReport:
        """Queue the articles all together or not at all. An article whose id and content
        are known already (queued, processing, done or failed) is left as it is; the same id
        with new content is queued again."""

    def claim(self, worker: str, count: int, block: float) -> list[Job]:
        """Up to ``count`` jobs for ``worker``: first those abandoned by silent workers, then
        new ones, waiting up to ``block`` seconds for any. Jobs delivered ``max_tries``
        times without an end are marked failed instead of being handed out again."""

    def touch(self, worker: str, jobs: Sequence[Job]) -> None:
        """Tell the queue ``worker`` is still busy with ``jobs`` (postpones reclaiming)."""

    def complete(self, worker: str, done: Sequence[tuple[Job, JobResult]]) -> None:
        """Mark jobs done; call only after their store write has committed."""

    def fail(self, worker: str, job: Job, reason: str, *, final: bool = False) -> JobState:
        """Record a failed try: queued again while tries are left, else failed for good.
        ``final``: failed for good now, as trying again cannot help (a 404, a PDF)."""

    def counts(self) -> QueueCounts: ...

    def job(self, article_id: str) -> ArticleJob:
        """The record of one article; raises ``ArticleNotFound`` for an unknown id."""

    def failed(self, limit: int = 100) -> list[ArticleJob]: ...

    def retry_failed(self, article_ids: Sequence[str] | None = None) -> list[str]:
        """Queue failed articles again with fresh tries; all of them when no ids are given.
        Returns the ids queued again (ids that are not failed are left alone)."""

    def clear(self) -> None:
        """Forget every job (tests and benchmarks)."""

    def close(self) -> None: ...
