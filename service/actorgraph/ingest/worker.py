"""The ingestion worker: claim a batch of article jobs, extract, resolve, write, acknowledge.

A job is acknowledged only after the store write that holds its article has committed, so
a worker killed at any point loses nothing: its jobs go back to the queue once their lease
runs out and another worker does them again. Doing an article twice changes nothing (store
writes skip known content hashes; claim ids are stable), so delivery at least once gives
the effect of exactly once.

An article that makes extraction or resolution raise fails alone: the batch is split and the
others go on. It is tried again up to ``queue_max_tries`` times, then marked failed with the
error as its reason. A store that is down is not the articles' fault: the worker waits for it
and writes again instead of spending the articles' tries.
"""

from __future__ import annotations

import logging
import resource
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Literal, Protocol, TypeVar

from actorgraph.errors import ExtractionError, QueueError, StoreUnavailable
from actorgraph.ingest.feeds.poll import FeedPoller
from actorgraph.ingest.pipeline import with_fingerprint
from actorgraph.ingest.queue.base import Job, JobQueue, JobResult, JobState
from actorgraph.ingest.web_jobs import WebJobs, WebOutcome
from actorgraph.model import ArticleBundle, Extraction
from actorgraph.resolve.claims import bundle_article
from actorgraph.store.base import Store, WriteResult

log = logging.getLogger(__name__)

PausePoint = Literal["before_write", "after_write"]
T = TypeVar("T")
#: Longest wait, in seconds, between two tries of a store that is down.
STORE_RETRY_CAP = 8.0


class Extracts(Protocol):
    """What the worker needs of :class:`actorgraph.nlp.Extractor`."""

    def extract(self, docs: Iterable[tuple[str, str]]) -> Iterator[Extraction]: ...


@dataclass(frozen=True)
class FaultPlan:
    """Fault injection for the crash tests, off unless asked for (``actorgraph worker
    --fault-...``). Real code paths run; only the trigger is artificial.

    ``fail_marker``: an article whose text contains it raises ``ExtractionError`` in the
    extraction step, as a document the NLP cannot handle would. ``pause_at``: the worker logs
    ``fault: pausing`` and sleeps ``pause_seconds`` at that point of every batch, so a test can
    SIGKILL it there (before the store write, or after the write but before the ack).
    """

    fail_marker: str | None = None
    pause_at: PausePoint | None = None
    pause_seconds: float = 0.0

    def pause(self, point: PausePoint, jobs: Sequence[Job]) -> None:
        if self.pause_at == point and self.pause_seconds > 0:
            ids = ",".join(j.article.id for j in jobs)
            log.warning(
                "fault: pausing %.1fs at %s with %d jobs [%s]", self.pause_seconds, point, len(jobs), ids
            )
            time.sleep(self.pause_seconds)


@dataclass
class WorkerReport:
    """What one worker did; ``actorgraph worker`` prints it as its last line."""

    worker: str
    batches: int = 0
    done: int = 0
    retried: int = 0
    failed: int = 0
    seconds: float = 0.0
    peak_rss_mb: float = 0.0
    first_claim: float | None = None  # wall clock of the first batch handed out (throughput window)
    last_done: float | None = None  # wall clock when the last batch was settled
    cpu_seconds: float = 0.0  # CPU time of this process over that window (robust on a busy machine)
    reasons: dict[str, str] = field(default_factory=dict)

    def as_dict(self) -> dict[str, object]:
        rate = self.done / self.seconds if self.seconds else 0.0
        return {
            "worker": self.worker,
            "batches": self.batches,
            "done": self.done,
            "retried": self.retried,
            "failed": self.failed,
            "seconds": round(self.seconds, 3),
            "articles_per_s": round(rate, 2),
            "peak_rss_mb": round(self.peak_rss_mb, 1),
            "first_claim": self.first_claim,
            "last_done": self.last_done,
            "cpu_seconds": round(self.cpu_seconds, 3),
        }


def peak_rss_mb() -> float:
    """Peak resident memory of this process (Linux reports kilobytes)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class Worker:
    """One worker process's loop. The queue, extractor and store are handed in, opened."""

    def __init__(
        self,
        queue: JobQueue,
        extractor: Extracts,
        store: Store,
        *,
        name: str,
        batch_size: int = 16,
        block: float = 1.0,
        faults: FaultPlan | None = None,
        on_batch: Callable[[int], object] | None = None,
        web: WebJobs | None = None,
        copy_threshold: float | None = None,
        feeds: FeedPoller | None = None,
    ) -> None:
        self.queue = queue
        self.extractor = extractor
        self.store = store
        self.name = name
        self.batch_size = batch_size
        self.block = block
        self.faults = faults or FaultPlan()
        self.on_batch = on_batch
        self.web = web  # fetches the jobs that name a URL; None: every job has its text
        self.copy_threshold = copy_threshold  # None: articles are not checked for being wire copies
        self.feeds = feeds  # polls the registered feeds that are due, between batches
        self.report = WorkerReport(worker=name)
        self.stopping = False  # set by a signal handler: finish the batch, then stop

    def run(self, *, drain: bool = False, max_batches: int | None = None) -> WorkerReport:
        """Work until stopped; with ``drain``, until no job is queued or in progress anywhere.

        A queue that cannot be reached is waited for (backing off up to 30 s): jobs whose
        acknowledgement was lost that way are handed out again and rewritten idempotently."""
        started = time.perf_counter()
        cpu_start = 0.0
        delay = 0.5
        try:
            while not self.stopping and (max_batches is None or self.report.batches < max_batches):
                try:
                    if self.feeds is not None:
                        self.feeds.poll_due()
                    jobs = self.queue.claim(self.name, self.batch_size, self.block)
                    if jobs:
                        if self.report.first_claim is None:
                            self.report.first_claim = time.time()
                            cpu_start = time.process_time()
                        self.process(jobs)
                        self.report.last_done = time.time()
                        self.report.cpu_seconds = time.process_time() - cpu_start
                    elif drain:
                        counts = self.queue.counts()
                        if counts.queued == 0 and counts.processing == 0:
                            break
                    delay = 0.5
                except (QueueError, StoreUnavailable) as exc:
                    # A store outage is waited out inside the batch; one that reaches here (a
                    # stop asked for mid-outage, a feed poll) leaves the jobs to their lease.
                    what = "queue" if isinstance(exc, QueueError) else "store"
                    log.warning("%s unavailable (%s); trying again in %.1fs", what, exc, delay)
                    time.sleep(delay)
                    delay = min(delay * 2, 30.0)
        finally:
            self.report.seconds = time.perf_counter() - started
            self.report.peak_rss_mb = peak_rss_mb()
        return self.report

    # one batch -----------------------------------------------------------------------------

    def process(self, jobs: Sequence[Job]) -> None:
        started = time.perf_counter()
        failures: dict[str, str] = {}
        web = self.web.resolve(jobs) if self.web is not None else WebOutcome(ready=list(jobs))
        failures.update({i: f.reason for i, f in web.failures.items()})
        final = {i for i, f in web.failures.items() if f.final}
        ready = web.ready
        # Content already in the store (a redelivery after a crash) needs no NLP time.
        known = self._waiting(jobs, lambda: [self.store.has_article(j.article.content_hash) for j in ready])
        stored = {j.article.id for j, k in zip(ready, known, strict=True) if k}
        # One article twice in a batch (a reclaimed copy beside a requeued one) is done once.
        todo = list({j.article.id: j for j in ready if j.article.id not in stored}.values())
        bundles = self._bundles(todo, failures)
        self.faults.pause("before_write", jobs)
        results = self._write(jobs, bundles, failures)
        self.faults.pause("after_write", jobs)

        done: list[tuple[Job, JobResult]] = list(web.settled)
        for job in ready:
            article_id = job.article.id
            if article_id in failures:
                continue
            written = results.get(article_id)
            bundle = next((b for b in bundles if b.article.id == article_id), None)
            result = JobResult(
                written=bool(written and written.written),
                claims=written.claims if written else 0,
                actors=len(bundle.actors) if bundle else 0,
                copy_of=written.copy_of if written else None,
            )
            # Settled as queued: a fetched job's content hash is not the one the queue holds.
            done.append((web.queued_as.get(article_id, job), result))
        self.queue.complete(self.name, done)
        self._settle_failures(jobs, failures, final)
        self.report.done += len(done)
        self.report.batches += 1
        log.info(
            "%s: batch of %d: %d done (%d already stored), %d failed, %.2fs",
            self.name,
            len(jobs),
            len(done),
            len(stored),
            len(failures),
            time.perf_counter() - started,
        )
        if self.on_batch is not None:
            self.on_batch(len(jobs))

    def _settle_failures(self, jobs: Sequence[Job], failures: dict[str, str], final: set[str]) -> None:
        for job in jobs:
            reason = failures.get(job.article.id)
            if reason is None:
                continue
            state = self.queue.fail(self.name, job, reason, final=job.article.id in final)
            if state is JobState.FAILED:
                self.report.failed += 1
                self.report.reasons[job.article.id] = reason
                log.warning(
                    "article %s failed for good after %d tries: %s", job.article.id, job.attempt, reason
                )
            else:
                self.report.retried += 1
                log.info("article %s failed (try %d), queued again: %s", job.article.id, job.attempt, reason)

    def _bundles(self, jobs: Sequence[Job], failures: dict[str, str]) -> list[ArticleBundle]:
        """Extract and resolve the batch. On an error, the articles done before it are kept and
        the rest are done one at a time, so only the culprit fails."""
        bundles: list[ArticleBundle] = []
        if not jobs:
            return bundles
        try:
            self._extract_and_bundle(jobs, bundles)
            return bundles
        except Exception as exc:  # any error of the NLP or resolution of one article
            if len(jobs) == 1:
                failures[jobs[0].article.id] = f"{type(exc).__name__}: {exc}"
                return []
            rest = jobs[len(bundles) :]
            log.info("batch extraction failed (%s); doing its last %d articles one by one", exc, len(rest))
        for job in rest:
            bundles += self._bundles([job], failures)
        return bundles

    def _docs(self, jobs: Sequence[Job]) -> Iterator[tuple[str, str]]:
        marker = self.faults.fail_marker
        for job in jobs:
            if marker and marker in job.article.text:
                raise ExtractionError(f"fault injection: text of {job.article.id!r} contains {marker!r}")
            yield job.article.id, job.article.text

    def _extract_and_bundle(self, jobs: Sequence[Job], bundles: list[ArticleBundle]) -> None:
        """Append each article's bundle to ``bundles`` as soon as it is ready."""
        last_touch = time.monotonic()
        for job, extraction in zip(jobs, self.extractor.extract(self._docs(jobs)), strict=True):
            bundles.append(with_fingerprint(bundle_article(job.article, extraction), self.copy_threshold))
            if time.monotonic() - last_touch > self.queue.reclaim_after / 3:
                self.queue.touch(self.name, jobs)  # a long batch must not look abandoned
                last_touch = time.monotonic()

    def _write(
        self, jobs: Sequence[Job], bundles: list[ArticleBundle], failures: dict[str, str]
    ) -> dict[str, WriteResult]:
        """One transaction for the batch; if the store rejects it, article by article."""
        if not bundles:
            return {}
        try:
            return {r.article_id: r for r in self._waiting(jobs, lambda: self.store.write(bundles))}
        except StoreUnavailable:
            raise
        except Exception as exc:
            if len(bundles) == 1:
                failures[bundles[0].article.id] = f"store rejected it: {type(exc).__name__}: {exc}"
                return {}
            log.info("batch write failed (%s); writing its %d articles one by one", exc, len(bundles))
        results: dict[str, WriteResult] = {}
        for bundle in bundles:
            results.update(self._write(jobs, [bundle], failures))
        return results

    def _waiting(self, jobs: Sequence[Job], action: Callable[[], T]) -> T:
        """Run a store action, waiting out a store outage (Neo4j restarted, the SQLite file
        locked) while keeping the jobs' leases alive, so the outage spends none of their tries."""
        delay = 1.0
        while True:
            try:
                return action()
            except StoreUnavailable as exc:
                if self.stopping:
                    raise  # leave the jobs to be reclaimed by another worker
                log.warning("store unavailable (%s); trying again in %.0fs", exc, delay)
                self.queue.touch(self.name, jobs)
                time.sleep(delay)
                # Capped low: a store back after an outage should get its writes within seconds.
                delay = min(delay * 2, STORE_RETRY_CAP)
