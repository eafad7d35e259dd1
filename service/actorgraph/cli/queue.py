"""``actorgraph worker``, ``enqueue``, ``status`` and ``retry``: ingestion through the queue.

The queue is ``ACTORGRAPH_QUEUE_URL``: ``redis://...`` to scale out over machines, or a local
file (the default ``actorgraph-queue.db``) that needs no server.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import socket
import sys
import time
from collections.abc import Callable
from types import FrameType
from typing import TypeVar

from tqdm import tqdm

from actorgraph.config import Settings
from actorgraph.errors import QueueError, StoreUnavailable
from actorgraph.ingest import service
from actorgraph.ingest.queue import DEFAULT_RECLAIM_AFTER, JobQueue, open_queue

T = TypeVar("T")
SELF_CHECK_TEXT = "Russia backs the Syrian government. Turkish forces shelled Kurdish positions near Manbij."


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("worker", help="take article jobs from the queue: extract, resolve, store")
    p.add_argument(
        "--batch-size", type=int, default=None, help="articles per batch (ACTORGRAPH_WORKER_BATCH_SIZE)"
    )
    p.add_argument("--name", default=None, help="consumer name; default host-pid")
    p.add_argument("--drain", action="store_true", help="stop once nothing is queued or in progress")
    p.add_argument("--max-batches", type=int, default=None, help="stop after this many batches")
    p.add_argument(
        "--reclaim-after",
        type=float,
        default=DEFAULT_RECLAIM_AFTER,
        help="seconds of silence after which a worker's jobs are handed to another (default %(default)s)",
    )
    p.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None, help="progress bar")
    p.add_argument(
        "--wait-at-start",
        type=float,
        default=120.0,
        metavar="SECONDS",
        help="wait this long for the queue and the store to answer at start-up (default %(default)s)",
    )
    faults = p.add_argument_group("fault injection (tests only)")
    faults.add_argument("--fault-fail-marker", default=None, help="fail extraction of texts containing this")
    faults.add_argument("--fault-pause-at", choices=["before_write", "after_write"], default=None)
    faults.add_argument("--fault-pause-seconds", type=float, default=0.0)
    p.set_defaults(handler=run_worker)

    p = sub.add_parser(
        "enqueue",
        help="queue articles for the workers (JSON Lines, .txt/.html files, folders, page or feed URLs, -)",
    )
    p.add_argument(
        "paths", nargs="+", help="inputs; '-' reads JSON Lines from stdin; URLs are fetched by the workers"
    )
    p.add_argument("--wait", action="store_true", help="show progress until the queue is worked off")
    p.add_argument("--json", action="store_true", help="print the outcome as one JSON object")
    p.set_defaults(handler=run_enqueue)

    p = sub.add_parser("status", help="queue counts, failures with reasons, or one article's job")
    p.add_argument("--article", default=None, help="one article's job: state, result or failure reason")
    p.add_argument("--failed", type=int, default=20, help="how many failures to list")
    p.add_argument("--watch", action="store_true", help="live progress bar until the queue is worked off")
    p.add_argument("--json", action="store_true", help="one JSON object")
    p.set_defaults(handler=run_status)

    p = sub.add_parser("retry", help="queue failed articles again (all of them, or the ids given)")
    p.add_argument("ids", nargs="*", help="article ids; none: every failed article")
    p.set_defaults(handler=run_retry)


def _worker_name(given: str | None) -> str:
    return given or f"{socket.gethostname()}-{os.getpid()}"


def when_up(what: str, open_: Callable[[], T], patience: float) -> T:
    """Open the queue or the store, waiting up to ``patience`` seconds for it to answer: a
    worker started beside a Redis or a Neo4j that is (re)starting waits instead of exiting."""
    deadline = time.monotonic() + patience
    delay = 0.5
    while True:
        try:
            return open_()
        except (QueueError, StoreUnavailable) as exc:
            if time.monotonic() + delay > deadline:
                raise
            print(f"actorgraph: {what} unavailable ({exc}); trying again in {delay:.1f}s", file=sys.stderr)
            time.sleep(delay)
            delay = min(delay * 2, 10.0)


def run_worker(args: argparse.Namespace, settings: Settings) -> int:
    from actorgraph.ingest.feeds.base import open_feeds
    from actorgraph.ingest.feeds.poll import FeedPoller
    from actorgraph.ingest.fetch.http import Fetcher
    from actorgraph.ingest.web_jobs import WebJobs
    from actorgraph.ingest.worker import FaultPlan, Worker
    from actorgraph.nlp import Extractor
    from actorgraph.store.factory import open_store

    faults = FaultPlan(
        fail_marker=args.fault_fail_marker,
        pause_at=args.fault_pause_at,
        pause_seconds=args.fault_pause_seconds,
    )
    reclaim = args.reclaim_after
    queue = when_up("queue", lambda: open_queue(settings, reclaim_after=reclaim), args.wait_at_start)
    store = when_up("store", lambda: open_store(settings), args.wait_at_start)
    fetcher = Fetcher(settings)
    feeds = open_feeds(settings)
    progress = sys.stderr.isatty() if args.progress is None else args.progress
    bar = tqdm(unit="article", disable=not progress, file=sys.stderr, dynamic_ncols=True, desc="worker")
    try:
        extractor = Extractor.load(settings)
        # A self-check before taking any job: a broken pipeline should stop this worker, not
        # spend the tries of the articles it would have taken. It also warms the pipeline up.
        list(extractor.extract([("self-check", SELF_CHECK_TEXT)]))
        worker = Worker(
            queue,
            extractor,
            store,
            name=_worker_name(args.name),
            batch_size=args.batch_size or settings.worker_batch_size,
            faults=faults,
            on_batch=bar.update,
            web=WebJobs(fetcher, queue, settings.article_language),
            copy_threshold=settings.dedup_threshold,
            feeds=FeedPoller(feeds, fetcher, queue),
        )

        def stop(signum: int, frame: FrameType | None) -> None:
            worker.stopping = True  # finish the batch in hand, acknowledge it, then leave

        signal.signal(signal.SIGTERM, stop)
        signal.signal(signal.SIGINT, stop)
        report = worker.run(drain=args.drain, max_batches=args.max_batches)
    finally:
        bar.close()
        fetcher.close()
        feeds.close()
        store.close()
        queue.close()
    print(json.dumps(report.as_dict()), flush=True)
    return 0


def watch(queue: JobQueue, *, total: int | None = None, poll: float = 0.5) -> None:
    """A live bar of settled (done or failed) articles, with articles/s and ETA, until the
    queue has nothing queued or in progress. ``total``: count only from now, out of this many."""
    counts = queue.counts()
    base = counts.settled if total is not None else 0
    bar = tqdm(
        total=total if total is not None else counts.total,
        unit="article",
        file=sys.stderr,
        dynamic_ncols=True,
        desc="ingest",
    )
    with bar:
        while True:
            counts = queue.counts()
            if total is None:
                bar.total = counts.total
            bar.update(counts.settled - base - bar.n)
            bar.set_postfix(queued=counts.queued, processing=counts.processing, failed=counts.failed)
            if counts.queued == 0 and counts.processing == 0:
                break
            time.sleep(poll)


def run_enqueue(args: argparse.Namespace, settings: Settings) -> int:
    from actorgraph.ingest.fetch.source import WebInput

    # All checked first. Saved pages are read here; URLs are left to the workers to fetch.
    articles = service.read_articles(args.paths, settings.max_text_bytes, web=WebInput(settings))
    queue = open_queue(settings)
    try:
        summary = service.enqueue(queue, articles)
        if args.json:
            print(summary.model_dump_json())
        else:
            print(
                f"enqueued {summary.enqueued} article(s); {summary.unchanged} unchanged (already known)",
                file=sys.stderr,
            )
        if args.wait and summary.enqueued:
            watch(queue, total=summary.enqueued)
    finally:
        queue.close()
    return 0


def run_status(args: argparse.Namespace, settings: Settings) -> int:
    queue = open_queue(settings)
    try:
        if args.article:
            record = service.job(queue, args.article)
            print(record.model_dump_json(indent=None if args.json else 2))
            return 0
        if args.watch:
            watch(queue)
        status = service.status(queue, args.failed)
    finally:
        queue.close()
    if args.json:
        print(status.model_dump_json())
        return 0
    c = status.counts
    print(
        f"queued {c.queued}  processing {c.processing}  done {c.done}  failed {c.failed}  (total {c.total})"
    )
    for record in status.failed:
        print(f"  failed {record.article_id} after {record.attempts} tries: {record.reason}")
    return 0


def run_retry(args: argparse.Namespace, settings: Settings) -> int:
    queue = open_queue(settings)
    try:
        ids = service.retry(queue, args.ids or None)
    finally:
        queue.close()
    print(f"queued again: {len(ids)} article(s)" + (f": {', '.join(ids)}" if ids else ""), file=sys.stderr)
    return 0
