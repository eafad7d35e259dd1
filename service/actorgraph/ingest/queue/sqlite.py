"""The embedded backend: a job table in a local SQLite file, shared by worker processes.

No queue library keeps at-least-once delivery with crash recovery across processes in a
file (see docs/ingestion.md), so this backend is one table plus SQLite's own locking: a
worker claims jobs in a ``BEGIN IMMEDIATE`` transaction, which gives it a lease of
``reclaim_after`` seconds; a lease that runs out means its worker is gone, and the next claim
hands the job out again. WAL mode lets readers (status, the API) run beside the workers.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from actorgraph.errors import ArticleNotFound, QueueError
from actorgraph.ingest.queue.base import (
    ArticleJob,
    EnqueueReport,
    Job,
    JobResult,
    JobState,
    QueueCounts,
)
from actorgraph.model import Article
from actorgraph.store.sqlite.schema import use_wal

_SCHEMA = """
CREATE TABLE IF NOT EXISTS jobs (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  article_id TEXT NOT NULL UNIQUE,
  content_hash TEXT NOT NULL,
  article TEXT NOT NULL,
  state TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  worker TEXT,
  lease_until REAL,
  result TEXT,
  reason TEXT,
  updated REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS jobs_by_state ON jobs (state, seq);
"""

_POLL_SECONDS = 0.2


class SqliteQueue:
    """A :class:`~actorgraph.ingest.queue.base.JobQueue` in one SQLite file."""

    def __init__(self, conn: sqlite3.Connection, *, max_tries: int = 3, reclaim_after: float = 60.0) -> None:
        self.conn = conn
        self.max_tries = max_tries
        self.reclaim_after = reclaim_after
        self._lock = threading.Lock()  # one connection, shared by the API's threads

    @classmethod
    def open(cls, path: str | Path, *, max_tries: int = 3, reclaim_after: float = 60.0) -> SqliteQueue:
        try:
            conn = sqlite3.connect(str(path), timeout=60.0, isolation_level=None, check_same_thread=False)
            use_wal(conn, patience=60.0)  # two workers may create the file at the same moment
            # NORMAL in WAL mode survives a killed process; only a power cut can lose the last commits.
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.executescript(_SCHEMA)
        except sqlite3.Error as exc:
            raise QueueError(f"queue file {path}: cannot open: {exc}") from exc
        return cls(conn, max_tries=max_tries, reclaim_after=reclaim_after)

    def close(self) -> None:
        self.conn.close()

    @contextmanager
    def _write(self, action: str) -> Iterator[sqlite3.Connection]:
        """One write transaction, taken before reading so that claims never race."""
        with immediate_transaction(self.conn, self._lock, f"queue file: {action}") as conn:
            yield conn

    @contextmanager
    def _read(self, action: str) -> Iterator[sqlite3.Connection]:
        with self._lock:
            try:
                yield self.conn
            except sqlite3.Error as exc:
                raise QueueError(f"queue file: {action} failed: {exc}") from exc

    def enqueue(self, articles: Sequence[Article]) -> EnqueueReport:
        report = EnqueueReport()
        now = time.time()
        with self._write("enqueue") as conn:  # one transaction: all of them or none
            for article in articles:
                digest = article.content_hash
                row = conn.execute(
                    "SELECT content_hash FROM jobs WHERE article_id = ?", (article.id,)
                ).fetchone()
                if row is not None and row[0] == digest:
                    report.unchanged.append(article.id)
                    continue
                conn.execute(
                    "INSERT INTO jobs (article_id, content_hash, article, state, updated)"
                    " VALUES (?, ?, ?, ?, ?)"
                    " ON CONFLICT (article_id) DO UPDATE SET content_hash = excluded.content_hash,"
                    " article = excluded.article, state = excluded.state, attempts = 0, worker = NULL,"
                    " lease_until = NULL, result = NULL, reason = NULL, updated = excluded.updated",
                    (article.id, digest, article.model_dump_json(), JobState.QUEUED.value, now),
                )
                report.enqueued.append(article.id)
        return report

    def claim(self, worker: str, count: int, block: float) -> list[Job]:
        deadline = time.monotonic() + block
        while True:
            jobs = self._claim_once(worker, count)
            if jobs or time.monotonic() >= deadline:
                return jobs
            time.sleep(min(_POLL_SECONDS, max(0.0, deadline - time.monotonic())))

    def _claim_once(self, worker: str, count: int) -> list[Job]:
        now = time.time()
        with self._write("claim") as conn:
            reason = (
                f"gave up after {self.max_tries} tries: the worker holding it stopped without finishing "
                f"(crashed, killed or stuck for over {self.reclaim_after:g}s)"
            )
            conn.execute(
                "UPDATE jobs SET state = 'failed', reason = ?, lease_until = NULL, updated = ?"
                " WHERE state = 'processing' AND lease_until < ? AND attempts >= ?",
                (reason, now, now, self.max_tries),
            )
            # Abandoned jobs first (false sorts before true), then the oldest queued.
            rows = conn.execute(
                "SELECT article_id, article, attempts FROM jobs"
                " WHERE state = 'queued' OR (state = 'processing' AND lease_until < ?)"
                " ORDER BY state = 'queued', seq LIMIT ?",
                (now, count),
            ).fetchall()
            conn.executemany(
                "UPDATE jobs SET state = 'processing', attempts = attempts + 1, worker = ?,"
                " lease_until = ?, updated = ? WHERE article_id = ?",
                [(worker, now + self.reclaim_after, now, r[0]) for r in rows],
            )
        return [
            Job(receipt=str(attempts + 1), article=Article.model_validate_json(raw), attempt=attempts + 1)
            for _id, raw, attempts in rows
        ]

    def touch(self, worker: str, jobs: Sequence[Job]) -> None:
        until = time.time() + self.reclaim_after
        with self._write("touch") as conn:
            conn.executemany(
                "UPDATE jobs SET lease_until = ?"
                " WHERE article_id = ? AND state = 'processing' AND attempts = ?",
                [(until, j.article.id, j.attempt) for j in jobs],
            )

    def complete(self, worker: str, done: Sequence[tuple[Job, JobResult]]) -> None:
        now = time.time()
        with self._write("complete") as conn:
            # Only the current version of the article; a slower twin finishing later changes nothing.
            conn.executemany(
                "UPDATE jobs SET state = 'done', result = ?, worker = ?, lease_until = NULL, updated = ?"
                " WHERE article_id = ? AND content_hash = ? AND state = 'processing'",
                [
                    (result.model_dump_json(), worker, now, job.article.id, job.article.content_hash)
                    for job, result in done
                ],
            )

    def fail(self, worker: str, job: Job, reason: str, *, final: bool = False) -> JobState:
        state = JobState.FAILED if final or job.attempt >= self.max_tries else JobState.QUEUED
        with self._write("fail") as conn:
            conn.execute(
                "UPDATE jobs SET state = ?, reason = ?, worker = ?, lease_until = NULL, updated = ?"
                " WHERE article_id = ? AND content_hash = ? AND state = 'processing' AND attempts = ?",
                (
                    state.value,
                    reason,
                    worker,
                    time.time(),
                    job.article.id,
                    job.article.content_hash,
                    job.attempt,
                ),
            )
        return state

    def counts(self) -> QueueCounts:
        with self._read("counts") as conn:
            rows = conn.execute("SELECT state, count(*) FROM jobs GROUP BY state").fetchall()
        return QueueCounts(**{state: n for state, n in rows})

    def _record(self, row: sqlite3.Row | tuple[object, ...]) -> ArticleJob:
        article_id, digest, state, attempts, worker, result, reason, updated = row
        return ArticleJob(
            article_id=str(article_id),
            state=JobState(str(state)),
            content_hash=str(digest),
            attempts=int(str(attempts)),
            worker=None if worker is None else str(worker),
            result=None if result is None else JobResult.model_validate_json(str(result)),
            reason=None if reason is None else str(reason),
            updated=float(str(updated)),
        )

    _COLUMNS = "article_id, content_hash, state, attempts, worker, result, reason, updated"

    def job(self, article_id: str) -> ArticleJob:
        with self._read("job") as conn:
            row = conn.execute(
                f"SELECT {self._COLUMNS} FROM jobs WHERE article_id = ?", (article_id,)
            ).fetchone()
        if row is None:
            raise ArticleNotFound(article_id)
        return self._record(row)

    def failed(self, limit: int = 100) -> list[ArticleJob]:
        with self._read("failed") as conn:
            rows = conn.execute(
                f"SELECT {self._COLUMNS} FROM jobs WHERE state = 'failed' ORDER BY article_id LIMIT ?",
                (limit,),
            ).fetchall()
        return [self._record(r) for r in rows]

    def retry_failed(self, article_ids: Sequence[str] | None = None) -> list[str]:
        with self._write("retry") as conn:
            if article_ids is None:
                ids = [r[0] for r in conn.execute("SELECT article_id FROM jobs WHERE state = 'failed'")]
            else:
                ids = [
                    i
                    for i in article_ids
                    if conn.execute(
                        "SELECT 1 FROM jobs WHERE article_id = ? AND state = 'failed'", (i,)
                    ).fetchone()
                ]
            conn.executemany(
                "UPDATE jobs SET state = 'queued', attempts = 0, updated = ? WHERE article_id = ?",
                [(time.time(), i) for i in ids],
            )
        return sorted(ids)

    def clear(self) -> None:
        with self._write("clear") as conn:
            conn.execute("DELETE FROM jobs")


@contextmanager
def immediate_transaction(
    conn: sqlite3.Connection, lock: threading.Lock, what: str
) -> Iterator[sqlite3.Connection]:
    """A write transaction taken before any read (BEGIN IMMEDIATE), so that two writers
    never decide on the same rows; rolled back on any error, which is raised as a
    :class:`QueueError` naming ``what`` failed."""
    with lock:
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            raise QueueError(f"{what} failed: {exc}") from exc
