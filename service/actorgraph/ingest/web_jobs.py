"""The worker's first step for jobs that name a URL (``POST /v1/articles {"url": ...}``,
``actorgraph enqueue URL``, polled feeds): fetch it, then

- a page becomes the job's article, with its text, and goes on through extraction;
- a feed queues its items as new URL jobs (any worker takes them) and is done;
- a page in another language is done, with the skip and the language as its result;
- a fetch that fails is a failure with its reason: tried again when it may pass (a
  timeout, a 5xx), failed for good at once when it cannot (a 404, a PDF, no text).

Jobs are settled with the job as it was queued (its content hash is the pending one), so
the queue can tell a fetched job from a newer version of it.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field

from actorgraph.errors import FetchError, NotEnglish
from actorgraph.ingest.fetch.http import Fetcher
from actorgraph.ingest.fetch.source import FeedFound, fetch_url, is_pending, pending_article
from actorgraph.ingest.queue.base import Job, JobQueue, JobResult

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Failure:
    reason: str
    final: bool = False  # True: trying again cannot help


@dataclass
class WebOutcome:
    ready: list[Job] = field(default_factory=list)  # jobs with text, fetched or given
    settled: list[tuple[Job, JobResult]] = field(default_factory=list)  # feeds, skipped pages
    failures: dict[str, Failure] = field(default_factory=dict)
    queued_as: dict[str, Job] = field(default_factory=dict)  # article id -> the job as queued


class WebJobs:
    """Fetches the URL jobs of a batch. The fetcher and the queue are handed in, opened."""

    def __init__(self, fetcher: Fetcher, queue: JobQueue, language: str = "en") -> None:
        self.fetcher = fetcher
        self.queue = queue
        self.language = language

    def resolve(self, jobs: Sequence[Job]) -> WebOutcome:
        out = WebOutcome()
        for job in jobs:
            if not is_pending(job.article):
                out.ready.append(job)
                continue
            out.queued_as[job.article.id] = job
            url = job.article.url or ""
            try:
                found = fetch_url(self.fetcher, url, self.language, job.article.id)
            except NotEnglish as exc:
                result = JobResult(written=False, claims=0, skipped=str(exc), language=exc.language)
                out.settled.append((job, result))
            except FetchError as exc:
                out.failures[job.article.id] = Failure(f"{exc.reason}: {exc.detail}", final=exc.permanent)
            else:
                if isinstance(found, FeedFound):
                    out.settled.append((job, self._queue_items(found)))
                else:
                    fetched = found.article.model_copy(update={"id": job.article.id})
                    out.ready.append(dataclasses.replace(job, article=fetched))
        return out

    def _queue_items(self, feed: FeedFound) -> JobResult:
        """Queue every item of a feed; items queued before (by any feed) stay as they are."""
        articles = list({a.id: a for a in (pending_article(i.url) for i in feed.items)}.values())
        report = self.queue.enqueue(articles) if articles else None
        queued = len(report.enqueued) if report else 0
        log.info("feed %s: %d items, %d new", feed.url, len(feed.items), queued)
        return JobResult(written=False, claims=0, feed_items=queued)
