"""The feed registry in Redis, beside the queue's streams: a sorted set of feeds by next poll
time, a hash per feed, and a set of the item keys each feed has seen."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

import redis

from actorgraph.errors import QueueError
from actorgraph.ingest.feeds.base import FeedRecord

# Takes the due feeds and moves each to its next poll time in one atomic step.
_TAKE_DUE = """
local due = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, tonumber(ARGV[2]))
local out = {}
for _, url in ipairs(due) do
  local every = tonumber(redis.call('HGET', ARGV[3] .. url, 'every') or '0')
  redis.call('ZADD', KEYS[1], tonumber(ARGV[1]) + every, url)
  table.insert(out, url)
end
return out
"""


@contextmanager
def _translated(action: str) -> Iterator[None]:
    try:
        yield
    except redis.RedisError as exc:
        raise QueueError(f"feeds in redis: {action} failed: {exc}") from exc


class RedisFeeds:
    def __init__(self, client: redis.Redis[str], prefix: str = "actorgraph") -> None:
        self.client = client
        self.due = f"{prefix}:feeds:due"
        self.prefix = f"{prefix}:feed:"
        self._take = client.register_script(_TAKE_DUE)

    @classmethod
    def open(cls, url: str) -> RedisFeeds:
        with _translated(f"connecting to {url}"):
            client = redis.Redis.from_url(url, decode_responses=True)
            client.ping()
        return cls(client)

    def close(self) -> None:
        self.client.close()

    def _info(self, url: str) -> str:
        return self.prefix + url

    def _seen_key(self, url: str) -> str:
        return f"{self.prefix}seen:{hashlib.sha1(url.encode()).hexdigest()}"

    def _load(self, url: str, next_poll: float) -> FeedRecord | None:
        info = self.client.hgetall(self._info(url))
        if not info:
            return None
        data = json.loads(info.get("state", "{}"))
        return FeedRecord(
            url=url, every=float(info["every"]), next_poll=next_poll,
            items_seen=int(self.client.scard(self._seen_key(url))), **data,
        )  # fmt: skip

    def add(self, url: str, every: float) -> FeedRecord:
        import time

        with _translated("add"):
            self.client.hset(self._info(url), "every", str(every))
            self.client.zadd(self.due, {url: time.time()}, nx=True)
            score = self.client.zscore(self.due, url) or 0.0
            found = self._load(url, float(score))
        assert found is not None
        return found

    def remove(self, url: str) -> bool:
        with _translated("remove"):
            gone = int(self.client.zrem(self.due, url))
            self.client.delete(self._info(url), self._seen_key(url))
        return gone > 0

    def all(self) -> list[FeedRecord]:
        with _translated("list"):
            entries = self.client.zrange(self.due, 0, -1, withscores=True)
            found = [self._load(url, float(score)) for url, score in entries]
        return sorted((f for f in found if f is not None), key=lambda f: f.url)

    def take_due(self, now: float, limit: int = 10) -> list[FeedRecord]:
        with _translated("take due"):
            urls = self._take(keys=[self.due], args=[now, limit, self.prefix])
            found = [self._load(str(u), now) for u in urls]
        return [f for f in found if f is not None]

    def unseen(self, url: str, keys: Sequence[str]) -> list[str]:
        ordered = list(dict.fromkeys(keys))
        if not ordered:
            return []
        with _translated("unseen"):
            known = self.client.smembers(self._seen_key(url))  # a feed's items: hundreds, not millions
        return [k for k in ordered if k not in known]

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
        with _translated("record"):
            raw = self.client.hget(self._info(url), "state")
            if raw is None and not self.client.exists(self._info(url)):
                return  # removed while it was being polled
            state = json.loads(raw or "{}")
            state.update(last_status=status, last_polled=polled)
            state["items_queued"] = int(state.get("items_queued", 0)) + queued
            if etag is not None:
                state["etag"] = etag
            if last_modified is not None:
                state["last_modified"] = last_modified
            self.client.hset(self._info(url), "state", json.dumps(state))
            if seen:
                self.client.sadd(self._seen_key(url), *seen)
