"""Redis going away under a working worker, or before a worker starts: the worker waits for
it and loses nothing.

A redis-server of the test's own (append-only file, so a restart keeps the queue) is stopped
while the worker holds a batch it has already written to the store, and started again on the
same port once the worker has noticed. The worker's acknowledgement was lost; the batch is
handed out again, found already stored, and every article ends done exactly once.
"""

from __future__ import annotations

import time
from pathlib import Path

from actorgraph.config import Settings, load_settings
from actorgraph.ingest import service
from actorgraph.ingest.queue import QueueCounts, open_queue
from actorgraph.store.embedded import EmbeddedStore
from tests.fixtures.redis import RedisServer
from tests.integration.test_queue_crash import (  # the fixture is used by name
    ARTICLES,
    MAX_TRIES,
    WorkerProcess,
    no_worker_left_behind,  # noqa: F401
)


def _redis_with_articles_queued(tmp_path: Path) -> tuple[RedisServer, Settings]:
    """A persistent Redis of the test's own, with ARTICLES queued on it."""
    server = RedisServer(tmp_path / "redis", persistent=True)
    server.folder.mkdir()
    server.start()
    settings = load_settings(
        queue_url=f"{server.url}/0", db_path=tmp_path / "store.db", queue_max_tries=MAX_TRIES
    )
    queue = open_queue(settings)
    service.enqueue(queue, ARTICLES)
    queue.close()
    return server, settings


def test_worker_rides_out_a_redis_restart(tmp_path: Path) -> None:
    server, settings = _redis_with_articles_queued(tmp_path)
    try:

        worker = WorkerProcess(
            settings,
            "--name",
            "W",
            "--drain",
            "--fault-pause-at",
            "after_write",
            "--fault-pause-seconds",
            "2",
        )
        worker.wait_for("fault: pausing")
        server.stop()  # the worker's batch is in the store; its acknowledgement will fail
        worker.wait_for("queue unavailable")
        time.sleep(1)
        server.start()
        worker.finish()
        assert sum("fault: pausing" in line for line in worker.lines) >= 2

        queue = open_queue(settings)
        try:
            assert queue.counts() == QueueCounts(done=len(ARTICLES))
        finally:
            queue.close()
        store = EmbeddedStore.open(settings.db_path)
        try:
            assert store.stats().articles == len(ARTICLES)
        finally:
            store.close()
    finally:
        server.stop()


def test_worker_started_while_redis_is_down_waits_for_it(tmp_path: Path) -> None:
    """A worker (re)started by its supervisor while Redis restarts waits for it at start-up
    (``--wait-at-start``) instead of exiting, then works the queue off."""
    server, settings = _redis_with_articles_queued(tmp_path)
    try:
        server.stop()
        worker = WorkerProcess(settings, "--name", "late", "--drain")
        worker.wait_for("queue unavailable")
        server.start()
        worker.finish()
        queue = open_queue(settings)
        try:
            assert queue.counts() == QueueCounts(done=len(ARTICLES))
        finally:
            queue.close()
    finally:
        server.stop()
