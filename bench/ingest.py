"""Ingestion throughput: articles/s through the queue into the store, against bare spaCy.

Runs, in one process and one after the other so they do not share the CPU:

1. baseline: the extractor's own spaCy pipeline, fresh, ``nlp.pipe`` over the texts, nothing
   else; then at once
2. one ``actorgraph worker`` process working off a queue of the same texts into a fresh
   embedded store (extraction + resolution + store write + queue bookkeeping);
   (1 and 2 are repeated ``--rounds`` times; the median ratio counts, since on a shared
   machine the load drifts between runs)
3. two worker processes side by side on the same amount of work.

Throughput of a worker run is measured from the first batch handed out to the last batch
settled, as the workers report it, so model loading is not counted (the baseline does not
count it either). Prints a table, then one JSON line:
``ratio`` = one worker's articles/s / baseline articles/s (target >= 0.85); ``ratio_cpu``, the
same by articles per CPU second, which holds still when other work shares the machine;
``speedup_2_workers`` = two workers' articles/s / one worker's, and each worker's peak RSS.

    .venv/bin/python bench/ingest.py [--articles 128] [--rounds 3] [--queue file|redis]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from actorgraph.cli.queue import SELF_CHECK_TEXT
from actorgraph.config import REPO_ROOT, Settings, load_settings
from actorgraph.ingest.queue import open_queue
from actorgraph.ingest.reader import InputArticle, read_inputs
from actorgraph.model import Article


def corpus(settings: Settings, n: int) -> list[Article]:
    """``n`` news articles from seeds/, cycled; each copy gets its own closing line so that
    content hashes differ (the store would skip an exact copy without doing any work)."""
    seeds = [
        i.article
        for i in read_inputs([str(settings.seeds_dir / "articles.jsonl")], settings.max_text_bytes)
        if isinstance(i, InputArticle)
    ]
    if not seeds:
        raise SystemExit(f"no seed articles in {settings.seeds_dir}")
    out = []
    for k in range(n):
        seed = seeds[k % len(seeds)]
        text = f"{seed.text}\n\nThis report was filed as item {k}."
        out.append(seed.model_copy(update={"id": f"{seed.id}-{k}", "text": text}))
    return out


def load_nlp(settings: Settings) -> Any:
    """A fresh copy of the extractor's own spaCy pipeline, warmed up as a worker warms up (its
    self-check). Fresh each time: a pipeline that has seen the texts before runs them about 10%
    faster (its vocabulary has their words), and a worker sees them for the first time."""
    from actorgraph.nlp import Extractor

    nlp = Extractor.load(settings).nlp
    list(nlp.pipe([SELF_CHECK_TEXT]))
    return nlp


def baseline(nlp: Any, texts: list[str], batch_size: int) -> tuple[float, float]:
    """Articles/s of the bare spaCy pipeline, by wall clock and by CPU time."""
    started, cpu = time.perf_counter(), time.process_time()
    for _doc in nlp.pipe(texts, batch_size=batch_size):
        pass
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu
    return len(texts) / wall, len(texts) / cpu


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_redis(folder: Path) -> tuple[subprocess.Popen[bytes], str]:
    binary = shutil.which("redis-server")
    if binary is None:
        raise SystemExit("redis-server is not installed: run scripts/setup-redis")
    port = _free_port()
    proc = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--dir", str(folder), "--save", ""],
        stdout=subprocess.DEVNULL,
    )
    time.sleep(0.5)
    return proc, f"redis://127.0.0.1:{port}/0"


@dataclass
class Run:
    workers: int
    done: int
    failed: int
    seconds: float
    cpu_seconds: float
    peak_rss_mb: list[float]

    @property
    def rate(self) -> float:
        return self.done / self.seconds

    @property
    def cpu_rate(self) -> float:
        """Articles per CPU second: what the run costs, whatever else the machine is doing."""
        return self.done / self.cpu_seconds


def run_workers(settings: Settings, articles: list[Article], workers: int) -> Run:
    queue = open_queue(settings)
    queue.clear()
    queue.enqueue(articles)
    queue.close()
    env = dict(os.environ)
    env.update(
        ACTORGRAPH_QUEUE_URL=settings.queue_url,
        ACTORGRAPH_DB_PATH=str(settings.db_path),
        HF_HUB_OFFLINE="1",
    )
    command = "import sys; from actorgraph.cli import main; sys.exit(main())"
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", command, "worker", "--drain", "--no-progress", "--name", f"bench-{i}"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        for i in range(workers)
    ]
    reports = []
    for proc in procs:
        out, _ = proc.communicate()
        if proc.returncode != 0:
            raise SystemExit(f"worker failed with exit code {proc.returncode}")
        reports.append(json.loads(out.strip().splitlines()[-1]))
    starts = [float(r["first_claim"]) for r in reports if r["first_claim"] is not None]
    ends = [float(r["last_done"]) for r in reports if r["last_done"] is not None]
    return Run(
        workers=workers,
        done=sum(int(r["done"]) for r in reports),
        failed=sum(int(r["failed"]) for r in reports),
        seconds=max(ends) - min(starts),
        cpu_seconds=sum(float(r["cpu_seconds"]) for r in reports),
        peak_rss_mb=[float(r["peak_rss_mb"]) for r in reports],
    )


def _show(label: str, r: Run) -> None:
    print(
        f"{label}: {r.rate:.1f} articles/s ({r.cpu_rate:.1f} per CPU second; {r.done} in {r.seconds:.2f}s, "
        f"{r.failed} failed), peak RSS per worker {r.peak_rss_mb} MB",
        file=sys.stderr,
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=128)
    parser.add_argument(
        "--rounds", type=int, default=3, help="baseline / one-worker pairs; the median counts"
    )
    parser.add_argument("--queue", choices=["file", "redis"], default="file")
    args = parser.parse_args()

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    base = load_settings(seeds_dir=REPO_ROOT / "seeds")
    articles = corpus(base, args.articles)
    texts = [a.text for a in articles]
    load_before = os.getloadavg()[0]
    ratios: list[float] = []
    cpu_ratios: list[float] = []
    baselines: list[float] = []
    singles: list[Run] = []
    with tempfile.TemporaryDirectory(prefix="bench-ingest-") as tmp:
        folder = Path(tmp)
        redis_proc = None
        if args.queue == "redis":
            redis_proc, url = start_redis(folder)

        def settings_for(name: str) -> Settings:
            queue_url = url if redis_proc else str(folder / f"queue-{name}.db")
            return base.model_copy(update={"queue_url": queue_url, "db_path": folder / f"store-{name}.db"})

        try:
            # Pairs of baseline and one-worker runs, back to back, so that both halves of each
            # ratio see about the same load on a shared machine; the median pair counts.
            for k in range(args.rounds):
                rate, cpu_rate = baseline(load_nlp(base), texts, base.worker_batch_size)
                one = run_workers(settings_for(f"one-{k}"), articles, 1)
                print(
                    f"round {k}: baseline nlp.pipe {rate:.1f} articles/s ({cpu_rate:.1f} per CPU second)",
                    file=sys.stderr,
                )
                _show(f"round {k}: 1 worker", one)
                baselines.append(rate)
                singles.append(one)
                ratios.append(one.rate / rate)
                cpu_ratios.append(one.cpu_rate / cpu_rate)
            two = run_workers(settings_for("two"), articles, 2)
            _show("2 workers", two)
        finally:
            if redis_proc is not None:
                redis_proc.terminate()
                redis_proc.wait()

    one_rate = statistics.median(r.rate for r in singles)
    figures = {
        "bench": "ingest",
        "queue": args.queue,
        "articles": len(articles),
        "rounds": args.rounds,
        "cpus": os.cpu_count(),
        "batch_size": base.worker_batch_size,
        "baseline_nlp_pipe_per_s": round(statistics.median(baselines), 2),
        "one_worker_per_s": round(one_rate, 2),
        "two_workers_per_s": round(two.rate, 2),
        "ratio": round(statistics.median(ratios), 3),
        "ratio_cpu": round(statistics.median(cpu_ratios), 3),
        "ratios_per_round": [round(x, 3) for x in ratios],
        "speedup_2_workers": round(two.rate / one_rate, 3),
        "peak_rss_mb_per_worker": singles[-1].peak_rss_mb + two.peak_rss_mb,
        "load_avg_1m": [round(load_before, 2), round(os.getloadavg()[0], 2)],
    }
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
