"""The Redis backend: one stream read by one consumer group, through redis-py.

Why streams and not a task library: a consumer group already is an at-least-once queue with
crash recovery built into Redis itself. ``XREADGROUP`` hands a worker a batch and keeps each
entry in the group's pending list until ``XACK``; ``XAUTOCLAIM`` moves entries that have been
idle too long (their worker died) to a live worker; the pending list counts deliveries, which
bounds retries. See docs/ingestion.md for the comparison with Dramatiq, RQ, Celery and arq.

Keys (``P`` is the prefix): ``P:jobs`` the stream; ``P:hash`` article id -> content hash (the
current version of each article); ``P:info`` article id -> JSON record (:class:`ArticleJob`);
``P:state:<state>`` one set per state, so counts are ``SCARD``; ``P:failed-articles`` article
id -> article JSON of failed articles, kept for ``retry``. Every state change runs in one Lua
script so the sets, the record and the stream never disagree.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

import redis

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

GROUP = "workers"
ENQUEUE_CHUNK = 500
STATES = [s.value for s in JobState]

# KEYS: hash, info, failed-articles, stream, state:queued, state:processing, state:done, state:failed
# ARGV: now, then (id, content hash, article JSON) per article. Returns 1/0 per article.
_ENQUEUE = """
local queued = {}
for i = 2, #ARGV, 3 do
  local id, h, article = ARGV[i], ARGV[i + 1], ARGV[i + 2]
  if redis.call('HGET', KEYS[1], id) == h then
    table.insert(queued, 0)
  else
    redis.call('HSET', KEYS[1], id, h)
    redis.call('XADD', KEYS[4], '*', 'id', id, 'hash', h, 'attempt', 1, 'article', article)
    for s = 5, 8 do redis.call('SREM', KEYS[s], id) end
    redis.call('SADD', KEYS[5], id)
    redis.call('HDEL', KEYS[3], id)
    local rec = {article_id = id, state = 'queued', content_hash = h, attempts = 0,
                 updated = tonumber(ARGV[1])}
    redis.call('HSET', KEYS[2], id, cjson.encode(rec))
    table.insert(queued, 1)
  end
end
return queued
"""

# One state change of one article. KEYS as above.
# ARGV: id, expected hash, receipt to ack ('' none), new state, JSON patch of the record,
#       article JSON, attempt number to queue it again with ('0': not again), keep the article
#       for retry ('1'/'0'), state the article must be in ('' any).
# Returns 1 when applied, 0 when the article has newer content or is not in the required state.
_SETTLE = """
local id, h, receipt, new_state = ARGV[1], ARGV[2], ARGV[3], ARGV[4]
if receipt ~= '' then
  redis.call('XACK', KEYS[4], 'workers', receipt)
  redis.call('XDEL', KEYS[4], receipt)
end
if redis.call('HGET', KEYS[1], id) ~= h then return 0 end
local index = {queued = 5, processing = 6, done = 7, failed = 8}
if ARGV[9] ~= '' and redis.call('SISMEMBER', KEYS[index[ARGV[9]]], id) == 0 then return 0 end
if ARGV[7] ~= '0' then
  redis.call('XADD', KEYS[4], '*', 'id', id, 'hash', h, 'attempt', ARGV[7], 'article', ARGV[6])
end
if ARGV[8] == '1' then redis.call('HSET', KEYS[3], id, ARGV[6]) else redis.call('HDEL', KEYS[3], id) end
for s = 5, 8 do redis.call('SREM', KEYS[s], id) end
redis.call('SADD', KEYS[index[new_state]], id)
local cur = redis.call('HGET', KEYS[2], id)
local rec = cur and cjson.decode(cur) or {article_id = id, content_hash = h}
for k, v in pairs(cjson.decode(ARGV[5])) do rec[k] = v end
rec.state = new_state
redis.call('HSET', KEYS[2], id, cjson.encode(rec))
return 1
"""


@contextmanager
def _translated(action: str) -> Iterator[None]:
    """Redis errors leave this module as QueueError, naming what was being done."""
    try:
        yield
    except redis.RedisError as exc:
        raise QueueError(f"redis queue: {action} failed: {exc}") from exc


class RedisStreamQueue:
    """A :class:`~actorgraph.ingest.queue.base.JobQueue` on a Redis stream consumer group."""

    def __init__(
        self,
        client: redis.Redis[str],
        *,
        prefix: str = "actorgraph",
        max_tries: int = 3,
        reclaim_after: float = 60.0,
    ) -> None:
        self.client = client
        self.max_tries = max_tries
        self.reclaim_after = reclaim_after
        self.stream = f"{prefix}:jobs"
        self._keys = [
            f"{prefix}:hash",
            f"{prefix}:info",
            f"{prefix}:failed-articles",
            self.stream,
            *(f"{prefix}:state:{s}" for s in STATES),
        ]
        self._cursor = "0-0"  # where the next XAUTOCLAIM scan of the pending list starts
        self._enqueue = client.register_script(_ENQUEUE)
        self._settle = client.register_script(_SETTLE)

    @classmethod
    def open(cls, url: str, *, max_tries: int = 3, reclaim_after: float = 60.0) -> RedisStreamQueue:
        """Connect, and create the stream and its consumer group if they do not exist."""
        with _translated(f"connecting to {url}"):
            client = redis.Redis.from_url(url, decode_responses=True)
            client.ping()
            queue = cls(client, max_tries=max_tries, reclaim_after=reclaim_after)
            queue._ensure_group()
        return queue

    def _ensure_group(self) -> None:
        try:
            self.client.xgroup_create(self.stream, GROUP, id="0", mkstream=True)
        except redis.ResponseError as exc:
            if "BUSYGROUP" not in str(exc):
                raise

    def close(self) -> None:
        self.client.close()

    # enqueue -------------------------------------------------------------------------------

    def enqueue(self, articles: Sequence[Article]) -> EnqueueReport:
        report = EnqueueReport()
        for start in range(0, len(articles), ENQUEUE_CHUNK):
            chunk = articles[start : start + ENQUEUE_CHUNK]
            args: list[Any] = [time.time()]
            for article in chunk:
                args += [article.id, article.content_hash, article.model_dump_json()]
            try:
                flags = self._enqueue(keys=self._keys, args=args)
            except redis.RedisError as exc:
                raise QueueError(
                    f"redis queue: enqueue failed after {len(report.enqueued) + len(report.unchanged)} of "
                    f"{len(articles)} articles (the first {start} are in the queue, the rest are not; "
                    f"enqueue is idempotent, so running it again is safe): {exc}"
                ) from exc
            for article, flag in zip(chunk, flags, strict=True):
                (report.enqueued if flag else report.unchanged).append(article.id)
        return report

    # worker side ---------------------------------------------------------------------------

    def claim(self, worker: str, count: int, block: float) -> list[Job]:
        try:
            return self._claim(worker, count, block)
        except QueueError as exc:
            if "NOGROUP" not in str(exc):
                raise
        # The stream or its group is gone (Redis restarted without persistence, or flushed):
        # make them again; whatever was queued before is lost with them, and status says so.
        with _translated("claim"):
            self._ensure_group()
        return []

    def _claim(self, worker: str, count: int, block: float) -> list[Job]:
        with _translated("claim"):
            entries = self._reclaim(worker, count)
            if len(entries) < count:
                block_ms = int(block * 1000) if not entries and block > 0 else None
                reply = self.client.xreadgroup(
                    GROUP, worker, {self.stream: ">"}, count=count - len(entries), block=block_ms
                )
                for _stream, fresh in reply or []:
                    entries += [(receipt, fields, 1) for receipt, fields in fresh]
            return self._start(worker, entries)

    def _reclaim(self, worker: str, count: int) -> list[tuple[str, dict[str, str], int]]:
        """Entries idle longer than ``reclaim_after``, with how often each was delivered."""
        min_idle = int(self.reclaim_after * 1000)
        # XAUTOCLAIM scans a stretch of the pending list per call; the cursor carries on where
        # the last call stopped, so that idle entries far down a long list are found too.
        reply = self.client.xautoclaim(self.stream, GROUP, worker, min_idle, self._cursor, count=count)
        self._cursor = str(reply[0])
        claimed = [(receipt, fields) for receipt, fields in reply[1] if fields]
        if not claimed:
            return []
        pipe = self.client.pipeline(transaction=False)
        for receipt, _fields in claimed:
            pipe.xpending_range(self.stream, GROUP, receipt, receipt, 1)
        pending = pipe.execute()
        return [
            (receipt, fields, int(rows[0]["times_delivered"]) if rows else 1)
            for (receipt, fields), rows in zip(claimed, pending, strict=True)
        ]

    def _start(self, worker: str, entries: list[tuple[str, dict[str, str], int]]) -> list[Job]:
        now = time.time()
        starting: list[tuple[Job, list[Any]]] = []
        gave_up: list[list[Any]] = []
        for receipt, fields, deliveries in entries:
            attempt = int(fields["attempt"]) + deliveries - 1
            article = Article.model_validate_json(fields["article"])
            if attempt > self.max_tries:
                reason = (
                    f"gave up after {attempt - 1} tries: the worker holding it stopped without finishing "
                    f"(crashed, killed or stuck for over {self.reclaim_after:g}s)"
                )
                patch = {"reason": reason, "worker": worker, "updated": now}
                gave_up.append(
                    self._settle_args(article, fields["hash"], receipt, JobState.FAILED, patch, keep=True)
                )
                continue
            patch = {"attempts": attempt, "worker": worker, "updated": now}
            args = self._settle_args(article, fields["hash"], "", JobState.PROCESSING, patch)
            starting.append((Job(receipt=receipt, article=article, attempt=attempt), args))
        self._settle_many(gave_up)
        applied = self._settle_many([args for _job, args in starting])
        jobs = [job for (job, _args), ok in zip(starting, applied, strict=True) if ok]
        stale = [job.receipt for (job, _args), ok in zip(starting, applied, strict=True) if not ok]
        if stale:  # superseded by newer content of the same article id: drop these versions
            self.client.xack(self.stream, GROUP, *stale)  # type: ignore[no-untyped-call]
            self.client.xdel(self.stream, *stale)
        return jobs

    def _settle_many(self, calls: list[list[Any]]) -> list[bool]:
        """Run several state changes in one round trip (each one atomic on its own)."""
        if not calls:
            return []
        pipe = self.client.pipeline(transaction=False)
        for args in calls:
            self._settle(keys=self._keys, args=args, client=pipe)
        return [bool(r) for r in pipe.execute()]

    def _settle_args(
        self,
        article: Article,
        content_hash: str,
        receipt: str,
        state: JobState,
        patch: Mapping[str, object],
        *,
        requeue_attempt: int = 0,
        keep: bool = False,
        require: JobState | None = None,
    ) -> list[Any]:
        return [
            article.id,
            content_hash,
            receipt,
            state.value,
            json.dumps(patch),
            article.model_dump_json(),
            requeue_attempt,
            "1" if keep else "0",
            require.value if require else "",
        ]

    def _call_settle(self, *args: Any, **kwargs: Any) -> bool:
        return bool(self._settle(keys=self._keys, args=self._settle_args(*args, **kwargs)))

    def touch(self, worker: str, jobs: Sequence[Job]) -> None:
        if jobs:
            with _translated("touch"):
                # JUSTID resets the idle time without counting a delivery.
                self.client.xclaim(  # type: ignore[no-untyped-call]
                    self.stream, GROUP, worker, 0, [j.receipt for j in jobs], justid=True
                )

    def complete(self, worker: str, done: Sequence[tuple[Job, JobResult]]) -> None:
        now = time.time()
        calls = [
            # Only a job still in processing: a slower twin finishing later changes nothing.
            self._settle_args(
                job.article,
                job.article.content_hash,
                job.receipt,
                JobState.DONE,
                {"result": result.model_dump(), "worker": worker, "updated": now},
                require=JobState.PROCESSING,
            )
            for job, result in done
        ]
        with _translated("complete"):
            self._settle_many(calls)

    def fail(self, worker: str, job: Job, reason: str, *, final: bool = False) -> JobState:
        patch = {"reason": reason, "worker": worker, "updated": time.time()}
        with _translated("fail"):
            if final or job.attempt >= self.max_tries:
                self._call_settle(
                    job.article, job.article.content_hash, job.receipt, JobState.FAILED, patch, keep=True
                )
                return JobState.FAILED
            self._call_settle(
                job.article,
                job.article.content_hash,
                job.receipt,
                JobState.QUEUED,
                patch,
                requeue_attempt=job.attempt + 1,
            )
            return JobState.QUEUED

    # status --------------------------------------------------------------------------------

    def counts(self) -> QueueCounts:
        with _translated("counts"):
            pipe = self.client.pipeline(transaction=True)
            for key in self._keys[4:]:
                pipe.scard(key)
            sizes = pipe.execute()
        return QueueCounts(**dict(zip(STATES, sizes, strict=True)))

    def job(self, article_id: str) -> ArticleJob:
        with _translated("job"):
            raw = self.client.hget(self._keys[1], article_id)
        if raw is None:
            raise ArticleNotFound(article_id)
        return ArticleJob.model_validate_json(raw)

    def failed(self, limit: int = 100) -> list[ArticleJob]:
        with _translated("failed"):
            ids = sorted(self.client.smembers(self._keys[7]))[:limit]
            raws = self.client.hmget(self._keys[1], ids) if ids else []
        return [ArticleJob.model_validate_json(r) for r in raws if r]

    def retry_failed(self, article_ids: Sequence[str] | None = None) -> list[str]:
        queued: list[str] = []
        with _translated("retry"):
            ids = (
                list(article_ids) if article_ids is not None else sorted(self.client.smembers(self._keys[7]))
            )
            for article_id in ids:
                raw = self.client.hget(self._keys[2], article_id)
                if raw is None:
                    continue
                article = Article.model_validate_json(raw)
                patch = {"attempts": 0, "updated": time.time()}
                if self._call_settle(
                    article,
                    article.content_hash,
                    "",
                    JobState.QUEUED,
                    patch,
                    requeue_attempt=1,
                    require=JobState.FAILED,
                ):
                    queued.append(article_id)
        return queued

    def clear(self) -> None:
        with _translated("clear"):
            self.client.delete(*self._keys)
            self._ensure_group()
