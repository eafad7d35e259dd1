"""The API under load: real HTTP against ``actorgraph serve`` (uvicorn, as in production),
driven by Debian's ``wrk`` with a Lua script (bench/load.lua) that mixes the read routes,
while ingest workers store articles posted through ``POST /v1/articles``.

    .venv/bin/python bench/load.py --store embedded                 # 100k actors / 1M edges
    .venv/bin/python bench/load.py --store neo4j --clients 1,8,32,128 --duration 30
    .venv/bin/python bench/load.py --actors 10000 --edges 50000      # a smaller graph

The graph is bench/store.py's synthetic one (a random tree plus random edges, one claim
each). The embedded store is written once into ``--db`` (kept and reused); Neo4j (the
configured local server, ``actorgraph neo4j start``) gets it through its bulk importer
(bench/neo4jbulk.py) unless it already holds a graph of that size. Then ``actorgraph serve
--workers N`` starts, ``--ingest-workers`` ``actorgraph worker`` processes take the posted
articles from a queue file, and for each client count wrk runs ``--duration`` seconds with
that many connections (one per wrk thread, see load.lua). The Python client is not the load:
it only posts ``--post-rate`` articles a second.

Prints a line per run, then one JSON object: per client count and route requests/s and
p50/p95/p99 ms, responses by status, socket errors, the server's peak memory (RSS of each
worker, and PSS summed over the server's processes, which counts shared pages once), and
the articles posted and stored.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from actorgraph.config import load_settings
from benchlib import pct
from loadparts import Memory, Poster, routes_file, wait_healthy

HERE = Path(__file__).resolve().parent
API_KEY = "load-bench-key"


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def prepare_embedded(args: argparse.Namespace) -> Path:
    """The embedded store's file of this size, written once and reused."""
    from actorgraph.store.embedded import EmbeddedStore
    from benchlib import write_in_groups
    from store import bundles

    db = Path(args.db or f"{tempfile.gettempdir()}/actorgraph-load-{args.actors}-{args.edges}.db")
    ready = db.with_suffix(".ready")
    if not ready.exists():
        db.unlink(missing_ok=True)
        store = EmbeddedStore.open(db)
        store.setup()
        took = write_in_groups(store, bundles(args.actors, args.edges, 500, seed=7))
        store.close()
        ready.write_text(f"{took:.1f}\n")
        log(f"embedded: wrote {args.edges} edges into {db} in {took:.0f}s")
    return db


def prepare_neo4j(args: argparse.Namespace) -> None:
    """The local Neo4j holding the graph of this size (bulk imported if it does not)."""
    from actorgraph.neo4jlocal import LocalNeo4j, LocalNeo4jConfig
    from actorgraph.store.neo4j import open_neo4j_store
    from neo4jbulk import bulk_import, counts, create_schema
    from store import bundles

    settings = load_settings(store="neo4j")
    neo = open_neo4j_store(settings)
    try:
        if counts(neo) == {"actors": args.actors, "edges": args.edges}:
            return
    finally:
        neo.close()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as scratch:
        server = LocalNeo4j(LocalNeo4jConfig.from_settings(settings))
        bulk_import(server, bundles(args.actors, args.edges, 500, seed=7), Path(scratch))
    neo = open_neo4j_store(settings)
    try:
        create_schema(neo)
    finally:
        neo.close()
    log(f"neo4j: imported {args.edges} edges in {time.perf_counter() - started:.0f}s")


def neo4j_pid() -> int | None:
    from actorgraph.neo4jlocal import LocalNeo4j, LocalNeo4jConfig

    return LocalNeo4j(LocalNeo4jConfig.from_settings(load_settings(store="neo4j"))).pid()


def server_env(args: argparse.Namespace, db: Path | None, scratch: Path) -> dict[str, str]:
    env = {**os.environ, "ACTORGRAPH_STORE": args.store, "ACTORGRAPH_API_KEY": API_KEY,
           "ACTORGRAPH_QUEUE_URL": str(scratch / "queue.db")}  # fmt: skip
    if db is not None:
        env["ACTORGRAPH_DB_PATH"] = str(db)
    return env


def run_wrk(args: argparse.Namespace, clients: int, routes: Path, base: str) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as samples:
        cmd = ["wrk", f"-t{clients}", f"-c{clients}", f"-d{args.duration}s", "--timeout", "30s",
               "-s", str(HERE / "load.lua"), base, "--", str(routes), samples]  # fmt: skip
        done = subprocess.run(cmd, capture_output=True, text=True, check=True)
        lines = [ln.split() for f in Path(samples).glob("samples-*.txt") for ln in f.read_text().splitlines()]
    line = next(x for x in done.stdout.splitlines() if x.startswith("LOADJSON "))
    raw: dict[str, Any] = json.loads(line.removeprefix("LOADJSON "))
    seconds = raw["duration_s"]
    by_route: dict[str, list[float]] = defaultdict(list)
    statuses: Counter[str] = Counter()
    for route, status, ms in lines:
        by_route[route].append(float(ms))
        statuses[f"{route} {status}"] += 1
    routes_out = {
        route: {
            "rps": round(len(ms) / seconds, 1),
            "p50_ms": round(pct(ms, 0.5), 1),
            "p95_ms": round(pct(ms, 0.95), 1),
            "p99_ms": round(pct(ms, 0.99), 1),
        }
        for route, ms in sorted(by_route.items())
    }
    return {
        "clients": clients,
        "rps": round(len(lines) / seconds, 1),
        "routes": routes_out,
        "statuses": dict(sorted(statuses.items())),
        "server_errors": sum(n for key, n in statuses.items() if key.split()[-1].startswith("5")),
        "socket_errors": raw["socket_errors"],
    }


def start_processes(args: argparse.Namespace, env: dict[str, str]) -> list[subprocess.Popen[bytes]]:
    python = sys.executable
    serve = [python, "-m", "actorgraph.cli", "serve", "--host", "127.0.0.1", "--port", str(args.port),
             "--workers", str(args.workers), "--log-level", "warning"]  # fmt: skip
    procs = [subprocess.Popen(serve, env=env)]
    for i in range(args.ingest_workers):
        worker = [python, "-m", "actorgraph.cli", "worker", "--name", f"load-{i}", "--no-progress"]
        procs.append(subprocess.Popen(worker, env=env, stdout=subprocess.DEVNULL))
    return procs


def stop_processes(procs: list[subprocess.Popen[bytes]]) -> None:
    for p in procs:
        p.terminate()
    for p in procs:
        try:
            p.wait(timeout=30)
        except subprocess.TimeoutExpired:
            p.kill()


def stored_articles(base: str, ids: list[str]) -> int:
    found = 0
    for article_id in ids:
        try:
            with urllib.request.urlopen(f"{base}/v1/articles/{article_id}", timeout=30) as r:
                found += r.status == 200
        except urllib.error.HTTPError:
            pass
    return found


def measure(args: argparse.Namespace, db: Path | None, scratch: Path) -> dict[str, Any]:
    base = f"http://127.0.0.1:{args.port}"
    routes = routes_file(scratch, args.actors, args.edges)
    procs = start_processes(args, server_env(args, db, scratch))
    try:
        started = time.perf_counter()
        wait_healthy(base, procs[0], timeout=900)
        log(f"server up in {time.perf_counter() - started:.0f}s")
        memory = Memory(procs[0].pid, neo4j_pid() if args.store == "neo4j" else None)
        poster = Poster(base, API_KEY, args.post_rate, HERE.parent / "seeds" / "articles.jsonl")
        threads = [threading.Thread(target=memory.run, daemon=True),
                   threading.Thread(target=poster.run, daemon=True)]  # fmt: skip
        for t in threads:
            t.start()
        runs = []
        for clients in args.clients:
            run = run_wrk(args, clients, routes, base)
            log(json.dumps(run))
            runs.append(run)
        poster.stop.set()
        memory.stop.set()
        time.sleep(args.settle)  # the workers finish what was posted last
        stored = stored_articles(base, poster.accepted)
    finally:
        stop_processes(procs)
    return {"runs": runs, "memory": memory.figures(), "articles_posted": len(poster.accepted),
            "post_statuses": poster.statuses, "articles_stored": stored}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--store", choices=["embedded", "neo4j"], default="embedded")
    parser.add_argument("--actors", type=int, default=100_000)
    parser.add_argument("--edges", type=int, default=1_000_000)
    parser.add_argument("--clients", default="1,8,32,128", help="comma-separated connection counts")
    parser.add_argument("--duration", type=int, default=20, help="seconds of each wrk run")
    parser.add_argument("--workers", type=int, default=0, help="server processes (0: one per core)")
    parser.add_argument("--ingest-workers", type=int, default=1)
    parser.add_argument("--post-rate", type=float, default=1.0, help="articles posted per second")
    parser.add_argument("--settle", type=float, default=20.0, help="seconds the workers get at the end")
    parser.add_argument("--port", type=int, default=8201)
    parser.add_argument("--db", default=None, help="embedded store file (default: one per size in /tmp)")
    args = parser.parse_args()
    args.clients = [int(c) for c in args.clients.split(",")]
    db = prepare_embedded(args) if args.store == "embedded" else None
    if args.store == "neo4j":
        prepare_neo4j(args)
    with tempfile.TemporaryDirectory() as scratch:
        figures = measure(args, db, Path(scratch))
    out = {"bench": "load", "store": args.store, "actors": args.actors, "edges": args.edges,
           "workers": args.workers or os.cpu_count(), "duration_s": args.duration, **figures}  # fmt: skip
    print(json.dumps(out))


if __name__ == "__main__":
    main()
