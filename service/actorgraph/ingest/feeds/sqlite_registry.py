"""The feed registry in the local queue's SQLite file (tables beside ``jobs``)."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from actorgraph.errors import QueueError
from actorgraph.ingest.feeds.base import FeedRecord
from actorgraph.ingest.queue.sqlite import immediate_transaction
from actorgraph.store.sqlite.schema import use_wal

_SCHEMA = """
CREATE TABLE IF NOT EXISTS feeds (
  url TEXT PRIMARY KEY,
  every REAL NOT NULL,
  next_poll REAL NOT NULL,
  etag TEXT,
  last_modified TEXT,
  last_polled REAL,
  last_status TEXT,
  items_queued INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS feeds_due ON feeds (next_poll);
CREATE TABLE IF NOT EXISTS feed_items (
  feed TEXT NOT NULL,
  key TEXT NOT NULL,
  PRIMARY KEY (feed, key)
) WITHOUT ROWID;
"""
_COLUMNS = "url, every, next_poll, etag, last_modified, last_polled, last_status, items_queued"


def _record(row: Any, seen: int) -> FeedRecord:
    return FeedRecord(
        url=row[0], every=row[1], next_poll=row[2], etag=row[3], last_modified=row[4],
        last_polled=row[5], last_status=row[6], items_queued=row[7], items_seen=seen,
    )  # fmt: skip


class SqliteFeeds:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._lock = threading.Lock()

    @classmethod
    def open(cls, path: str | Path) -> SqliteFeeds:
        try:
            conn = sqlite3.connect(str(path), timeout=60.0, isolation_level=None, check_same_thread=False)
            use_wal(conn, patience=60.0)
            conn.executescript(_SCHEMA)
        except sqlite3.Error as exc:
            raise QueueError(f"feeds in {path}: cannot open: {exc}") from exc
        return cls(conn)

    def close(self) -> None:
        self.conn.close()

    @contextmanager
    def _tx(self, action: str) -> Iterator[sqlite3.Connection]:
        with immediate_transaction(self.conn, self._lock, f"feeds: {action}") as conn:
            yield conn

    def _seen(self, conn: sqlite3.Connection, url: str) -> int:
        return int(conn.execute("SELECT COUNT(*) FROM feed_items WHERE feed = ?", (url,)).fetchone()[0])

    def add(self, url: str, every: float) -> FeedRecord:
        import time

        with self._tx("add") as conn:
            conn.execute(
                "INSERT INTO feeds (url, every, next_poll) VALUES (?, ?, ?)"
                " ON CONFLICT (url) DO UPDATE SET every = excluded.every",
                (url, every, time.time()),
            )
            row = conn.execute(f"SELECT {_COLUMNS} FROM feeds WHERE url = ?", (url,)).fetchone()
            return _record(row, self._seen(conn, url))

    def remove(self, url: str) -> bool:
        with self._tx("remove") as conn:
            gone = conn.execute("DELETE FROM feeds WHERE url = ?", (url,)).rowcount
            conn.execute("DELETE FROM feed_items WHERE feed = ?", (url,))
        return gone > 0

    def all(self) -> list[FeedRecord]:
        with self._tx("list") as conn:
            rows = conn.execute(f"SELECT {_COLUMNS} FROM feeds ORDER BY url").fetchall()
            return [_record(r, self._seen(conn, r[0])) for r in rows]

    def take_due(self, now: float, limit: int = 10) -> list[FeedRecord]:
        with self._tx("take due") as conn:
            rows = conn.execute(
                f"SELECT {_COLUMNS} FROM feeds WHERE next_poll <= ? ORDER BY next_poll LIMIT ?", (now, limit)
            ).fetchall()
            conn.executemany(
                "UPDATE feeds SET next_poll = ? WHERE url = ?", [(now + r[1], r[0]) for r in rows]
            )
            return [_record(r, 0) for r in rows]

    def unseen(self, url: str, keys: Sequence[str]) -> list[str]:
        known: set[str] = set()
        with self._tx("unseen") as conn:
            for start in range(0, len(keys), 500):
                part = list(keys[start : start + 500])
                marks = ",".join("?" * len(part))
                rows = conn.execute(
                    f"SELECT key FROM feed_items WHERE feed = ? AND key IN ({marks})", (url, *part)
                )
                known.update(r[0] for r in rows)
        return [k for k in dict.fromkeys(keys) if k not in known]

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
        with self._tx("record") as conn:
            conn.execute(
                "UPDATE feeds SET last_status = ?, last_polled = ?, items_queued = items_queued + ?,"
                " etag = COALESCE(?, etag), last_modified = COALESCE(?, last_modified) WHERE url = ?",
                (status, polled, queued, etag, last_modified, url),
            )
            conn.executemany(
                "INSERT OR IGNORE INTO feed_items (feed, key) VALUES (?, ?)", [(url, k) for k in seen]
            )
