"""REST overhead: the API's p50/p99 against the direct store call, same queries, same run.

Loads a synthetic graph (``--actors`` actors, ``--edges`` aggregated edges, one claim per
edge, 500 claims per article) into a fresh store, then for ``--queries`` random queries
of each kind - a depth-2 neighbourhood and a shortest path between two actors - times three
ways of asking, interleaved so all see the same caches and CPU load: the direct store call;
the server alone (a GET handed straight to the ASGI app: routing, parameters, the route,
serialisation, ETag, CORS); and REST through httpx's ASGI transport (client work included).
The app's lifespan runs as in production, and so does the event loop (uvloop when
installed, as uvicorn picks it for ``actorgraph serve``; ``--loop asyncio`` for the other).

    .venv/bin/python bench/api.py [--actors 5000] [--edges 50000] [--queries 300]
    .venv/bin/python bench/api.py --actors 100000 --edges 1000000 --queries 200   # issue size
    .venv/bin/python bench/api.py --store neo4j   # against ACTORGRAPH_NEO4J_* (server running)

Prints a table, then one JSON line: per query kind p50/p99 in ms of each way, and the p50
the API adds over the direct call (target: at most 2 ms) for the server alone
(``server_added_p50_ms``) and with the client (``added_p50_ms``), each also in process CPU
time (``*_cpu_*``, steadier on a shared machine); ``ratio`` = REST p50 / direct p50 of the
path query.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import sys
import tempfile
import time
from collections.abc import Callable, Coroutine, Iterator
from pathlib import Path
from typing import Any, TypeVar

import httpx

from actorgraph.api.app import create_app
from actorgraph.config import load_settings
from actorgraph.model import (
    SYMMETRIC,
    Actor,
    ActorType,
    Article,
    ArticleBundle,
    Claim,
    RelationType,
    claim_id,
)
from actorgraph.store.base import EdgeFilter, Store
from benchlib import pct, write_in_groups

CLAIMS_PER_ARTICLE = 500
T = TypeVar("T")
TYPES = [
    ActorType.STATE,
    ActorType.GOVERNMENT,
    ActorType.ARMED_GROUP,
    ActorType.ORGANIZATION,
    ActorType.GROUP,
]
RELATIONS = list(RelationType)


def synthetic_bundles(n_actors: int, n_edges: int, seed: int = 7) -> Iterator[ArticleBundle]:
    """A connected random graph: each actor links to an earlier one (a random tree), the
    rest of the edges join random pairs. Distinct (source, type, target) per edge."""
    rng = random.Random(seed)
    actors = [Actor(id=f"a{i}", name=f"Actor {i}", type=TYPES[i % len(TYPES)]) for i in range(n_actors)]
    seen: set[tuple[str, str, str]] = set()

    def triples() -> Iterator[tuple[str, RelationType, str]]:
        for i in range(1, n_actors):
            yield f"a{i}", rng.choice(RELATIONS), f"a{rng.randrange(i)}"
        while True:
            u, v = rng.sample(range(n_actors), 2)
            yield f"a{u}", rng.choice(RELATIONS), f"a{v}"

    claims: list[Claim] = []
    sentences: list[str] = []
    offset = 0
    article_no = 0
    made = 0
    for s, rel, t in triples():
        if made >= n_edges:
            break
        if rel in SYMMETRIC and t < s:
            s, t = t, s
        if (s, rel.value, t) in seen:
            continue
        seen.add((s, rel.value, t))
        made += 1
        sentence = f"{s} {rel.value.lower()} {t}."
        aid = f"syn-{article_no}"
        published = f"2024-{1 + article_no % 12:02d}-{1 + article_no % 28:02d}"
        claims.append(
            Claim(
                id=claim_id(aid, offset, offset + len(sentence), s, rel.value, t),
                source_id=s,
                relation=rel,
                target_id=t,
                confidence=round(rng.uniform(0.5, 0.95), 3),
                article_id=aid,
                sentence=sentence,
                start=offset,
                end=offset + len(sentence),
                published=published,
            )
        )
        sentences.append(sentence)
        offset += len(sentence) + 1
        if len(claims) == CLAIMS_PER_ARTICLE or made == n_edges:
            text = " ".join(sentences)
            ids = {c.source_id for c in claims} | {c.target_id for c in claims}
            yield ArticleBundle(
                article=Article(id=aid, text=text, source=f"pub{article_no % 7}", published=published),
                actors=[actors[int(i[1:])] for i in sorted(ids)],
                claims=claims,
            )
            claims, sentences, offset = [], [], 0
            article_no += 1


def open_store(kind: str, folder: Path, db: Path | None = None) -> Store:
    if kind == "embedded":
        from actorgraph.store.embedded import EmbeddedStore

        store: Store = EmbeddedStore.open(db or folder / "bench-api.db")
    else:
        from actorgraph.store.factory import open_store as open_configured

        store = open_configured(load_settings(store="neo4j"))
        store.delete_everything()  # type: ignore[attr-defined]  # a fresh graph, as for embedded
    store.setup()
    return store


class Timer:
    """Wall and process-CPU samples of one way of asking. CPU time counts every thread of
    the process and is steadier than wall time when other processes load the machine."""

    def __init__(self) -> None:
        self.wall: list[float] = []
        self.cpu: list[float] = []

    def p50_ms(self, cpu: bool = False) -> float:
        return pct(self.cpu if cpu else self.wall, 0.5) * 1e3

    def p99_ms(self) -> float:
        return pct(self.wall, 0.99) * 1e3


def figures(direct: Timer, server: Timer, http: Timer) -> dict[str, float]:
    d = direct.p50_ms()
    return {
        "direct_p50_ms": round(d, 3),
        "direct_p99_ms": round(direct.p99_ms(), 3),
        "server_p50_ms": round(server.p50_ms(), 3),
        "server_p99_ms": round(server.p99_ms(), 3),
        "rest_p50_ms": round(http.p50_ms(), 3),
        "rest_p99_ms": round(http.p99_ms(), 3),
        "added_p50_ms": round(http.p50_ms() - d, 3),
        "added_cpu_p50_ms": round(http.p50_ms(cpu=True) - direct.p50_ms(cpu=True), 3),
        "server_added_p50_ms": round(server.p50_ms() - d, 3),
        "server_added_cpu_p50_ms": round(server.p50_ms(cpu=True) - direct.p50_ms(cpu=True), 3),
    }


async def asgi_get(app: Any, path: str, query: str) -> int:
    """One GET straight into the ASGI app, no client library: what the server itself adds."""
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": query.encode(),
        "root_path": "",
        "headers": [(b"host", b"bench")],
        "client": ("127.0.0.1", 9),
        "server": ("bench", 80),
    }
    status = 0

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        nonlocal status
        if message["type"] == "http.response.start":
            status = int(message["status"])

    await app(scope, receive, send)
    return status


async def run(store: Store, n_actors: int, n_queries: int, seed: int) -> dict[str, dict[str, float]]:
    rng = random.Random(seed)
    pairs = [(f"a{rng.randrange(n_actors)}", f"a{rng.randrange(n_actors)}") for _ in range(n_queries)]
    pairs = [(a, b) for a, b in pairs if a != b]
    flt = EdgeFilter()
    app = create_app(load_settings(node_cap=500), store)
    kinds: dict[str, tuple[Callable[[str, str], Any], Callable[[str, str], tuple[str, str]]]] = {
        "neighbourhood": (
            lambda a, b: store.neighbourhood(a, 2, flt, node_limit=500),
            lambda a, b: (f"/v1/actors/{a}/neighbourhood", "depth=2&limit=500"),
        ),
        "path": (
            lambda a, b: store.paths(a, b, flt, mode="shortest", max_hops=4),
            lambda a, b: ("/v1/paths", f"source={a}&target={b}&max_hops=4"),
        ),
    }
    out: dict[str, dict[str, float]] = {}
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://bench") as client:
            for kind, (direct_call, url) in kinds.items():
                for a, b in pairs[:10]:  # warm-up: caches, first-use imports
                    direct_call(a, b)
                    path, query = url(a, b)
                    (await client.get(f"{path}?{query}")).raise_for_status()
                timers = [Timer(), Timer(), Timer()]  # direct, server (raw ASGI), REST via httpx
                for i, (a, b) in enumerate(pairs):
                    path, query = url(a, b)
                    order = [0, 1, 2][i % 3 :] + [0, 1, 2][: i % 3]  # rotate who goes first
                    for way in order:
                        c0, t0 = time.process_time(), time.perf_counter()
                        if way == 0:
                            direct_call(a, b)
                        elif way == 1:
                            status = await asgi_get(app, path, query)
                        else:
                            status = (await client.get(f"{path}?{query}")).status_code
                        timers[way].wall.append(time.perf_counter() - t0)
                        timers[way].cpu.append(time.process_time() - c0)
                        if way and status != 200:
                            raise SystemExit(f"{path}?{query} answered {status}")
                out[kind] = figures(*timers)
    return out


def run_on_loop(loop: str, main: Coroutine[Any, Any, T]) -> T:
    """Run the timed coroutine on the event loop the service itself would use."""
    if loop != "asyncio":
        try:
            import uvloop
        except ImportError:
            if loop == "uvloop":
                raise
        else:
            return uvloop.run(main)
    return asyncio.run(main)


def main() -> None:
    # httpx's ASGI transport tries ``import trio`` on every request; without trio installed
    # that is a failed import each time (~0.3 ms of client-side work no real client does).
    # A None entry in sys.modules makes that import fail at once.
    sys.modules.setdefault("trio", None)  # type: ignore[arg-type]
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--store", choices=["embedded", "neo4j"], default="embedded")
    p.add_argument("--actors", type=int, default=5000)
    p.add_argument("--edges", type=int, default=50000)
    p.add_argument("--queries", type=int, default=300)
    p.add_argument("--seed", type=int, default=11)
    p.add_argument(
        "--loop",
        choices=["auto", "asyncio", "uvloop"],
        default="auto",
        help="event loop; auto = uvloop when installed, as `actorgraph serve` (uvicorn) runs",
    )
    p.add_argument("--db", type=Path, help="embedded: keep the graph in this file, and reuse it when loaded")
    args = p.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-api-") as tmp:
        store = open_store(args.store, Path(tmp), args.db)
        try:
            reuse = args.db is not None and store.stats().edges > 0
            load_s = 0.0 if reuse else write_in_groups(store, synthetic_bundles(args.actors, args.edges))
            stats = store.stats()
            print(f"loaded {stats.actors} actors, {stats.edges} edges in {load_s:.1f}s", file=sys.stderr)
            result = run_on_loop(args.loop, run(store, args.actors, args.queries, args.seed))
        finally:
            store.close()
    cols = ["direct", "server", "rest"]
    head = "".join(f"{c + ' p50':>12}{'p99':>9}" for c in cols)
    print(f"{'query':<14}{head}{'added p50 (server/rest, wall|cpu)':>40}")
    for kind, f in result.items():
        row = "".join(f"{f[c + '_p50_ms']:>12.3f}{f[c + '_p99_ms']:>9.3f}" for c in cols)
        added = (
            f"{f['server_added_p50_ms']:.3f}|{f['server_added_cpu_p50_ms']:.3f} / "
            f"{f['added_p50_ms']:.3f}|{f['added_cpu_p50_ms']:.3f}"
        )
        print(f"{kind:<14}{row}{added:>40}  (ms)")
    path = result["path"]
    summary = {
        "bench": "api",
        "store": args.store,
        "actors": stats.actors,
        "edges": stats.edges,
        "queries": args.queries,
        "load_seconds": round(load_s, 1),
        **{f"{kind}_{k}": v for kind, f in result.items() for k, v in f.items()},
        "target_added_p50_ms": 2.0,
        "ratio": round(path["rest_p50_ms"] / path["direct_p50_ms"], 3) if path["direct_p50_ms"] else None,
    }
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
