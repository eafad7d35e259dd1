"""Crash safety of ingestion, end to end, with real worker processes, the real spaCy
extractor and the real embedded store, on both queue backends (real redis-server, and the
SQLite queue file).

Worker A is SIGKILLed in the middle of a batch before its store write; worker B is
SIGKILLed after its store write but before it acknowledged the jobs (the hardest case: the
write happened, the queue does not know). Worker C then works the queue off. Afterwards every
article is stored exactly once: the same articles, claims and edges as one clean run. The
article the extractor cannot handle (fault-injection marker, see ``FaultPlan``) ends failed
with its reason after the bounded number of tries while the others go on, and enqueueing
everything again changes nothing.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest

from actorgraph.config import Settings, load_settings
from actorgraph.ingest import service
from actorgraph.ingest.pipeline import ingest_batch
from actorgraph.ingest.queue import JobState, QueueCounts, open_queue
from actorgraph.model import Article
from actorgraph.store.base import EdgeFilter, Store
from actorgraph.store.embedded import EmbeddedStore

POISON = "[[cannot-extract]]"
MAX_TRIES = 3
BATCH = 4
TEXTS = [
    "Russia backs the Assad government with air power. Russian jets bombed the village of Orem Al-Sugra.",
    "HTS took control of the village of Kafer Besme after clashes with regime forces.",
    "Turkish President Recep Tayyip Erdogan met Russian President Vladimir Putin in Sochi on Monday.",
    "Iran supports Hezbollah with weapons and money, Israeli officials said.",
    "The Syrian National Army, backed by Turkey, attacked Kurdish positions near Manbij.",
    "Ukraine and Poland signed a defence cooperation agreement in Warsaw.",
    "Hamas fighters attacked Israeli army positions near Gaza on Tuesday.",
    "The United States condemned the Houthi attacks on shipping in the Red Sea.",
    "Wagner Group forces seized the town of Bakhmut, the Russian defence ministry said.",
]
ARTICLES = [Article(id=f"c{i}", text=t, published=f"2024-11-{i + 1:02d}") for i, t in enumerate(TEXTS)]
BAD = Article(id="c-poison", text=f"{POISON} Iran backs the Houthis in Yemen.", published="2024-11-20")


def _snapshot(store: Store) -> dict[str, object]:
    """Everything that would differ if an article were lost or counted twice."""
    stats = store.stats()
    edges, _total = store.edges(EdgeFilter(), limit=10_000)
    return {
        "articles": stats.articles,
        "claims": sorted(c.id for c in store.claims()),
        "edges": sorted(
            (e.source_id, e.relation.value, e.target_id, e.evidence_count, round(e.confidence, 9))
            for e in edges
        ),
        "edges_by_type": stats.edges_by_type,
    }


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """One clean run of the good articles, straight through the pipeline, no queue."""
    from actorgraph.nlp import Extractor

    folder = tmp_path_factory.mktemp("reference")
    settings = load_settings(db_path=folder / "ref.db")
    store = EmbeddedStore.open(settings.db_path)
    store.setup()
    try:
        ingest_batch(ARTICLES, Extractor.load(settings), store)
        snap = _snapshot(store)
    finally:
        store.close()
    assert snap["claims"], "the reference run found no claims: the test would prove nothing"
    return snap


class WorkerProcess:
    """``actorgraph worker`` in its own process, its log read line by line."""

    started: ClassVar[list[WorkerProcess]] = []

    def __init__(self, settings: Settings, *args: str) -> None:
        env = dict(os.environ)
        env.update(
            ACTORGRAPH_QUEUE_URL=settings.queue_url,
            ACTORGRAPH_DB_PATH=str(settings.db_path),
            ACTORGRAPH_QUEUE_MAX_TRIES=str(MAX_TRIES),
            ACTORGRAPH_WORKER_BATCH_SIZE=str(BATCH),
            HF_HUB_OFFLINE="1",
        )
        command = "import sys; from actorgraph.cli import main; sys.exit(main())"
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-c",
                command,
                "worker",
                "--no-progress",
                "--reclaim-after",
                "1",
                "--fault-fail-marker",
                POISON,
                *args,
            ],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        WorkerProcess.started.append(self)
        self.lines: list[str] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stderr is not None
        for line in self.proc.stderr:
            self.lines.append(line)

    def wait_for(self, text: str, timeout: float = 120) -> None:
        deadline = time.monotonic() + timeout
        while not any(text in line for line in self.lines):
            if self.proc.poll() is not None or time.monotonic() > deadline:
                self.proc.kill()
                pytest.fail(f"worker never logged {text!r}; its log:\n{''.join(self.lines)}")
            time.sleep(0.05)

    def kill(self) -> None:
        self.proc.kill()  # SIGKILL: no handler, no clean-up, no acknowledgement
        self.proc.wait()

    def finish(self, timeout: float = 300) -> str:
        # stderr belongs to the reader thread; only stdout (one summary line) is read here
        self.proc.wait(timeout=timeout)
        assert self.proc.stdout is not None
        out = self.proc.stdout.read()
        self._reader.join(timeout=5)
        assert self.proc.returncode == 0, "".join(self.lines)
        return out


@pytest.fixture(autouse=True)
def no_worker_left_behind() -> Iterator[None]:
    """A test that fails half-way must not leave its workers running (and writing)."""
    yield
    while WorkerProcess.started:
        worker = WorkerProcess.started.pop()
        if worker.proc.poll() is None:
            worker.kill()


@pytest.fixture(params=["redis", "sqlite"])
def settings(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Settings]:
    url = request.getfixturevalue("redis_url") if request.param == "redis" else str(tmp_path / "queue.db")
    yield load_settings(queue_url=url, db_path=tmp_path / "store.db", queue_max_tries=MAX_TRIES)


def test_sigkilled_workers_lose_nothing_and_duplicate_nothing(
    settings: Settings, reference: dict[str, object]
) -> None:
    queue = open_queue(settings)
    try:
        assert service.enqueue(queue, [*ARTICLES, BAD]).enqueued == 10

        a = WorkerProcess(
            settings, "--name", "A", "--fault-pause-at", "before_write", "--fault-pause-seconds", "60"
        )
        a.wait_for("fault: pausing")
        a.kill()
        assert queue.counts().processing == BATCH  # held by a dead worker: not lost, not done

        b = WorkerProcess(
            settings, "--name", "B", "--fault-pause-at", "after_write", "--fault-pause-seconds", "60"
        )
        b.wait_for("fault: pausing")
        b.kill()
        # the hard case really happened: its batch is in the store, but the queue never heard
        store = EmbeddedStore.open(settings.db_path)
        try:
            assert store.stats().articles == BATCH
        finally:
            store.close()
        assert queue.counts().done == 0

        c = WorkerProcess(settings, "--name", "C", "--drain")
        c.finish()

        counts = queue.counts()
        assert counts == QueueCounts(done=len(ARTICLES), failed=1), "".join(c.lines)
        bad = queue.job(BAD.id)
        assert bad.state is JobState.FAILED and bad.attempts == MAX_TRIES
        assert bad.reason is not None and "ExtractionError: fault injection" in bad.reason
        assert all(queue.job(x.id).state is JobState.DONE for x in ARTICLES)

        store = EmbeddedStore.open(settings.db_path)
        try:
            assert _snapshot(store) == reference
            # the same articles again: nothing queued, nothing stored twice
            again = service.enqueue(queue, ARTICLES)
            assert again.enqueued == 0 and again.unchanged == len(ARTICLES)
            assert queue.counts() == counts
            assert _snapshot(store) == reference
        finally:
            store.close()
    finally:
        queue.close()


def test_two_workers_side_by_side_never_do_the_same_job(
    settings: Settings, reference: dict[str, object]
) -> None:
    """Live workers never get the same job: the articles done by each add up to the total,
    and the store matches the clean run. (Leases are long here, so nothing is reclaimed.)"""
    queue = open_queue(settings)
    try:
        service.enqueue(queue, ARTICLES)
        slow = [
            "--drain",
            "--reclaim-after",
            "60",
            "--fault-pause-at",
            "after_write",
            "--fault-pause-seconds",
            "1",
        ]
        workers = [WorkerProcess(settings, "--name", name, *slow) for name in ("left", "right")]
        summaries = [json.loads(w.finish().strip().splitlines()[-1]) for w in workers]
        assert sum(s["done"] for s in summaries) == len(ARTICLES)
        assert queue.counts() == QueueCounts(done=len(ARTICLES))
        store = EmbeddedStore.open(settings.db_path)
        try:
            assert _snapshot(store) == reference
        finally:
            store.close()
    finally:
        queue.close()
