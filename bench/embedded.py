"""Embedded store at scale: load time of a synthetic graph, and path latency against bare
networkx on the same graph, in the same run.

A random graph of ``--actors`` actors and ``--edges`` aggregated edges (one claim each,
``--per-article`` claims per article, ``--per-write`` articles per ``write`` call) is written
through ``EmbeddedStore.write``. Then ``--queries`` random pairs are asked for a shortest
path (max ``--max-hops`` hops) twice, interleaved: through ``store.paths`` (actors, edges and
every hop's evidence read back) and, as the baseline, through
``networkx.bidirectional_shortest_path`` on a plain ``nx.Graph`` of the same pairs.
``ratio`` = store p50 / networkx p50: what the store adds to the bare traversal.

    .venv/bin/python bench/embedded.py                                   # 10k actors, 100k edges
    .venv/bin/python bench/embedded.py --actors 100000 --edges 1000000   # the issues' size

Prints progress on stderr, then one JSON object on the last line.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import random
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import networkx as nx

from actorgraph.model import SYMMETRIC, Actor, ActorType, Article, ArticleBundle, Claim, RelationType
from actorgraph.store.base import EdgeFilter
from actorgraph.store.embedded import EmbeddedStore
from benchlib import write_in_groups

RELATIONS = list(RelationType)


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def synthetic(n_actors: int, n_edges: int, per_article: int, seed: int) -> Iterator[ArticleBundle]:
    rng = random.Random(seed)
    actors = [Actor(id=f"a{i}", name=f"Actor {i}", type=ActorType.ARMED_GROUP) for i in range(n_actors)]
    seen: set[tuple[int, str, int]] = set()
    claims: list[Claim] = []
    article = 0
    while len(seen) < n_edges:
        u, v = rng.sample(range(n_actors), 2)
        rel = RELATIONS[rng.randrange(len(RELATIONS))]
        if rel in SYMMETRIC and f"a{v}" < f"a{u}":
            u, v = v, u
        if (u, rel.value, v) in seen:
            continue
        seen.add((u, rel.value, v))
        published = f"2024-{1 + article % 12:02d}-{1 + article % 28:02d}"
        claims.append(
            Claim(
                id=f"c{article}-{len(claims)}", source_id=f"a{u}", relation=rel, target_id=f"a{v}",
                confidence=round(rng.uniform(0.5, 0.95), 3), article_id=f"art{article}",
                sentence="synthetic", start=0, end=9, published=published,
            )
        )  # fmt: skip
        if len(claims) == per_article or len(seen) == n_edges:
            ids = sorted({c.source_id for c in claims} | {c.target_id for c in claims})
            yield ArticleBundle(
                article=Article(id=f"art{article}", text=f"synthetic {article}", source=f"pub{article % 7}",
                                published=published),
                actors=[actors[int(i[1:])] for i in ids],
                claims=claims,
            )  # fmt: skip
            claims = []
            article += 1


def cpu() -> float:
    ru = resource.getrusage(resource.RUSAGE_SELF)
    return ru.ru_utime + ru.ru_stime


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--actors", type=int, default=10_000)
    ap.add_argument("--edges", type=int, default=100_000)
    ap.add_argument("--per-article", type=int, default=1000)
    ap.add_argument("--per-write", type=int, default=20)
    ap.add_argument("--queries", type=int, default=300)
    ap.add_argument("--max-hops", type=int, default=4)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        store = EmbeddedStore.open(Path(folder) / "bench-embedded.db")
        store.setup()
        wall0, cpu0 = time.perf_counter(), cpu()
        write_in_groups(
            store, synthetic(args.actors, args.edges, args.per_article, args.seed), args.per_write
        )
        load_s, load_cpu_s = time.perf_counter() - wall0, cpu() - cpu0
        stats = store.stats()
        log(f"loaded {stats.edges} edges, {stats.claims} claims in {load_s:.1f}s ({load_cpu_s:.1f}s CPU)")

        wall0 = time.perf_counter()
        store.paths("a0", "a1", EdgeFilter(), max_hops=args.max_hops)  # builds the walk graph
        build_s = time.perf_counter() - wall0
        log(f"walk graph built in {build_s:.1f}s")
        edges, _ = store.edges(EdgeFilter(), limit=args.edges)
        bare = nx.Graph()
        bare.add_edges_from((e.source_id, e.target_id) for e in edges)
        del edges

        rng = random.Random(args.seed + 1)
        times: dict[str, list[float]] = {"store": [], "networkx": []}
        found = 0
        for _ in range(args.queries):
            s, t = (f"a{i}" for i in rng.sample(range(args.actors), 2))
            started = time.perf_counter()
            paths = store.paths(s, t, EdgeFilter(), max_hops=args.max_hops)
            times["store"].append(time.perf_counter() - started)
            found += bool(paths)
            started = time.perf_counter()
            with contextlib.suppress(nx.NetworkXNoPath, nx.NodeNotFound):
                nx.bidirectional_shortest_path(bare, s, t)
            times["networkx"].append(time.perf_counter() - started)
        p50 = {k: statistics.median(v) * 1000 for k, v in times.items()}
        p99 = {k: sorted(v)[max(0, int(len(v) * 0.99) - 1)] * 1000 for k, v in times.items()}
        store.close()
    print(
        json.dumps(
            {
                "actors": args.actors,
                "edges": stats.edges,
                "claims": stats.claims,
                "load_s": round(load_s, 1),
                "load_cpu_s": round(load_cpu_s, 1),
                "walk_graph_build_s": round(build_s, 1),
                "queries": args.queries,
                "paths_found": found,
                "store_path_p50_ms": round(p50["store"], 3),
                "store_path_p99_ms": round(p99["store"], 3),
                "networkx_path_p50_ms": round(p50["networkx"], 3),
                "ratio": round(p50["store"] / p50["networkx"], 2),
                "max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
            }
        )
    )


if __name__ == "__main__":
    main()
