"""Redis restarted, and a worker SIGKILLed, in the middle of a load run, with real processes
throughout: ``actorgraph serve`` (embedded store, Redis queue), ingest workers, and client
threads reading and posting articles over HTTP the whole time.

Worker A is SIGKILLed at the worst moment: its batch is written to the store but not yet
acknowledged. Redis is then stopped and started again on the same port (append-only file,
as docs/operations.md tells production to run it). Posts answer 503 with Retry-After while
Redis is down and the posters retry them, as a client should.

Nothing lost: every article the API accepted ends done in the queue and stored. Nothing
duplicated: the store holds exactly what one clean run of those articles makes (the same
articles once, the same claim ids, the same edges with the same evidence counts).
"""

from __future__ import annotations

import json
import time
from collections import Counter
from pathlib import Path

import httpx

from actorgraph.config import load_settings
from actorgraph.store.embedded import EmbeddedStore
from tests.fixtures.load import Load, ServeProcess, wait_for
from tests.fixtures.redis import RedisServer
from tests.integration.test_neo4j_outage_under_load import counts, stored_once
from tests.integration.test_queue_crash import (  # the fixture is used by name
    WorkerProcess,
    no_worker_left_behind,  # noqa: F401
)

#: Seconds of silence before a dead worker's jobs go to another (short, so the test is quick).
RECLAIM = "3"


def test_redis_restart_and_a_killed_worker_under_load(tmp_path: Path) -> None:
    redis = RedisServer(tmp_path / "redis", persistent=True)
    redis.folder.mkdir()
    redis.start()
    settings = load_settings(queue_url=f"{redis.url}/0", db_path=tmp_path / "store.db")
    setup = EmbeddedStore.open(settings.db_path)
    setup.setup()
    setup.close()
    serve = ServeProcess(
        {"ACTORGRAPH_QUEUE_URL": settings.queue_url, "ACTORGRAPH_DB_PATH": str(settings.db_path)}, tmp_path
    )
    victim = WorkerProcess(
        settings, "--name", "A", "--reclaim-after", RECLAIM,
        "--fault-pause-at", "after_write", "--fault-pause-seconds", "5",
    )  # fmt: skip
    workers = [victim, WorkerProcess(settings, "--name", "B", "--reclaim-after", RECLAIM)]
    load = Load(serve.base)
    try:
        serve.wait_ready()
        load.start()
        victim.wait_for("fault: pausing", timeout=300)  # A holds a written, unacknowledged batch
        victim.kill()
        workers.append(WorkerProcess(settings, "--name", "C", "--reclaim-after", RECLAIM))
        # A worker that starts while Redis is down exits (its supervisor restarts it); this
        # test is about running workers, so C is at work before the restart.
        workers[-1].wait_for("C: batch of", timeout=300)

        wait_for("the workers storing articles", lambda: counts(serve.base)["done"] >= 5, 300)
        redis.stop()
        down = time.monotonic()
        wait_for(
            "a post refused with 503 while Redis is down",
            lambda: any(h.status == 503 and h.route == "/v1/articles" for h in load.since(down)),
            60,
            poll=0.05,
        )
        time.sleep(max(0.0, 5.0 - (time.monotonic() - down)))  # the fault's length, not a wait on it
        redis.start()
        up = time.monotonic()
        wait_for(
            "posts accepted after the restart", lambda: sum(t > up for t in load.accepted.values()) >= 5, 120
        )
        load.stop()
        accepted = dict(load.accepted)
        wait_for("the queue worked off", lambda: counts(serve.base)["done"] >= len(accepted), 300, poll=0.5)
        drained = time.monotonic() - up
        final = counts(serve.base)
        jobs = [httpx.get(f"{serve.base}/v1/ingest/jobs/{i}", timeout=30).json() for i in accepted]
    finally:
        load.stop()
        for w in workers[1:]:
            w.proc.terminate()
        serve.stop()
        redis.stop()
    for w in workers[1:]:
        w.finish()
    assert not load.errors, load.errors
    assert final == {"queued": 0, "processing": 0, "done": len(accepted), "failed": 0}
    assert all(j["state"] == "done" for j in jobs), [j for j in jobs if j["state"] != "done"]
    assert any("queue unavailable" in line for w in workers[1:] for line in w.lines)
    refused = [h for h in load.hits if h.status == 503]
    assert all(h.retry_after and int(h.retry_after) > 0 for h in refused)
    statuses = Counter(h.status for h in load.hits)
    assert set(statuses) <= {200, 202, 404, 503}, statuses

    got = stored_once(EmbeddedStore.open(settings.db_path), accepted, load.articles, tmp_path)
    print(
        json.dumps(
            {
                "redis_down_s": round(up - down, 1),
                "drained_after_restart_s": round(drained, 1),
                "requests": len(load.hits),
                "status_counts": {str(k): v for k, v in statuses.items()},
                "posts_refused_503": sum(h.route == "/v1/articles" for h in refused),
                "articles_accepted": len(accepted),
                "articles_stored": got["articles"],
                "redelivered": sum(j["attempts"] > 1 for j in jobs),
                "claims_stored": len(got["claims"]),  # type: ignore[arg-type]
            }
        )
    )
