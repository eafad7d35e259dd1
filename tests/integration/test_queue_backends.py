"""Queue semantics, the same for both backends: real redis-server and a real SQLite file.

These drive the queue the way workers do (claim, complete, fail) without NLP, to prove the
delivery rules: nothing handed out twice while held, abandoned jobs reclaimed, bounded tries,
idempotent enqueue, retry of failed jobs, and counts that add up.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from actorgraph.errors import ArticleNotFound
from actorgraph.ingest.queue import JobQueue, JobResult, JobState, QueueCounts
from actorgraph.ingest.queue.redis_streams import RedisStreamQueue
from actorgraph.ingest.queue.sqlite import SqliteQueue
from actorgraph.model import Article

RECLAIM = 0.3


@pytest.fixture(params=["redis", "sqlite"])
def queue(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[JobQueue]:
    q: JobQueue
    if request.param == "redis":
        url = request.getfixturevalue("redis_url")
        q = RedisStreamQueue.open(url, max_tries=2, reclaim_after=RECLAIM)
    else:
        q = SqliteQueue.open(tmp_path / "queue.db", max_tries=2, reclaim_after=RECLAIM)
    yield q
    q.close()


def _articles(n: int, tag: str = "") -> list[Article]:
    return [Article(id=f"a{i}", text=f"Russia backs the Assad government {i}{tag}.") for i in range(n)]


def test_enqueue_claim_complete_counts(queue: JobQueue) -> None:
    report = queue.enqueue(_articles(5))
    assert report.enqueued == [f"a{i}" for i in range(5)] and report.unchanged == []
    assert queue.counts() == QueueCounts(queued=5)

    first = queue.claim("w1", 3, block=0)
    second = queue.claim("w2", 3, block=0)
    assert len(first) == 3 and len(second) == 2
    assert {j.article.id for j in first}.isdisjoint({j.article.id for j in second})
    assert all(j.attempt == 1 for j in first + second)
    assert queue.claim("w3", 3, block=0) == []
    assert queue.counts() == QueueCounts(processing=5)

    queue.complete("w1", [(j, JobResult(written=True, claims=2, actors=3)) for j in first])
    assert queue.counts() == QueueCounts(processing=2, done=3)
    record = queue.job(first[0].article.id)
    assert record.state is JobState.DONE and record.result == JobResult(written=True, claims=2, actors=3)
    assert record.worker == "w1" and record.attempts == 1


def test_same_article_again_changes_nothing(queue: JobQueue) -> None:
    queue.enqueue(_articles(3))
    jobs = queue.claim("w1", 10, block=0)
    queue.complete("w1", [(j, JobResult(written=True, claims=1)) for j in jobs])
    before = queue.counts()
    again = queue.enqueue(_articles(3))
    assert again.enqueued == [] and again.unchanged == ["a0", "a1", "a2"]
    assert queue.counts() == before == QueueCounts(done=3)
    assert queue.claim("w1", 10, block=0) == []


def test_new_content_under_a_known_id_is_queued_again(queue: JobQueue) -> None:
    queue.enqueue(_articles(1))
    queue.enqueue(_articles(1, tag=" (updated)"))
    jobs = queue.claim("w1", 10, block=0)
    # the first version is superseded: only the new text is handed out
    assert [j.article.text for j in jobs] == ["Russia backs the Assad government 0 (updated)."]
    assert queue.counts() == QueueCounts(processing=1)


def test_abandoned_jobs_are_reclaimed_by_another_worker(queue: JobQueue) -> None:
    queue.enqueue(_articles(2))
    held = queue.claim("dead", 2, block=0)
    assert queue.claim("alive", 2, block=0) == []  # still within the dead worker's lease
    time.sleep(RECLAIM + 0.2)
    taken = queue.claim("alive", 2, block=0)
    assert sorted(j.article.id for j in taken) == sorted(j.article.id for j in held)
    assert all(j.attempt == 2 for j in taken)
    queue.complete("alive", [(j, JobResult(written=True, claims=0)) for j in taken])
    # the dead worker's late acknowledgement changes nothing
    queue.complete("dead", [(j, JobResult(written=False, claims=0)) for j in held])
    assert queue.counts() == QueueCounts(done=2)
    assert queue.job("a0").worker == "alive"


def test_abandoned_jobs_go_out_before_newer_queued_ones(queue: JobQueue) -> None:
    queue.enqueue(_articles(2))
    queue.claim("dead", 1, block=0)  # a0 held by a worker that then dies
    time.sleep(RECLAIM + 0.2)
    assert [j.article.id for j in queue.claim("alive", 1, block=0)] == ["a0"]


def test_touch_keeps_a_slow_worker_s_jobs(queue: JobQueue) -> None:
    queue.enqueue(_articles(1))
    held = queue.claim("slow", 1, block=0)
    for _ in range(3):
        time.sleep(RECLAIM / 2)
        queue.touch("slow", held)
    assert queue.claim("other", 1, block=0) == []


def test_a_job_abandoned_max_tries_times_ends_failed(queue: JobQueue) -> None:
    queue.enqueue(_articles(1))
    for _ in range(queue.max_tries):
        assert len(queue.claim("crashy", 1, block=0)) == 1
        time.sleep(RECLAIM + 0.1)
    assert queue.claim("next", 1, block=0) == []
    record = queue.job("a0")
    assert record.state is JobState.FAILED
    assert record.reason is not None and "gave up after 2 tries" in record.reason
    assert queue.counts() == QueueCounts(failed=1)


def test_failures_retry_then_fail_with_reason_and_retry_requeues(queue: JobQueue) -> None:
    queue.enqueue(_articles(2))
    jobs = {j.article.id: j for j in queue.claim("w", 2, block=0)}
    assert queue.fail("w", jobs["a0"], "ExtractionError: boom") is JobState.QUEUED
    queue.complete("w", [(jobs["a1"], JobResult(written=True, claims=1))])
    again = queue.claim("w", 2, block=0)
    assert [(j.article.id, j.attempt) for j in again] == [("a0", 2)]
    assert queue.fail("w", again[0], "ExtractionError: boom again") is JobState.FAILED
    assert queue.counts() == QueueCounts(done=1, failed=1)
    failed = queue.failed()
    assert [(f.article_id, f.reason) for f in failed] == [("a0", "ExtractionError: boom again")]

    assert queue.retry_failed(["a1", "nope"]) == []  # done and unknown ids are left alone
    assert queue.retry_failed() == ["a0"]
    assert queue.counts() == QueueCounts(queued=1, done=1)
    fresh = queue.claim("w", 2, block=0)
    assert [(j.article.id, j.attempt, j.article.text) for j in fresh] == [
        ("a0", 1, "Russia backs the Assad government 0.")
    ]


def test_claim_blocks_until_work_arrives_or_time_is_up(queue: JobQueue) -> None:
    started = time.monotonic()
    assert queue.claim("w", 1, block=0.3) == []
    assert time.monotonic() - started >= 0.25


def test_unknown_article_is_reported(queue: JobQueue) -> None:
    with pytest.raises(ArticleNotFound):
        queue.job("missing")
