"""Neo4j store: write overhead against a bare driver, and path-query latency against the
embedded store, in the same run.

1. Writes: the claims of ``--articles`` synthetic articles (``--claims`` each, over
   ``--write-actors`` actors) go through ``Neo4jStore.write`` (idempotency check, alias
   merge, belief recomputed in Python, edge upserts) and, as the baseline, through the bare
   driver as ``UNWIND $rows ... MERGE`` of the same rows (actors, articles, claims, and one
   aggregated edge row per key with figures computed before timing). Same batches of 10
   articles, one transaction each, on an emptied database. Rounds alternate and each side
   keeps its best; ``write_ratio`` = baseline time / store time (target >= 0.9), and
   ``write_cpu_ratio`` the same in CPU seconds of this process plus the local server's JVM
   (steadier on a shared machine; only when the server is the local one).
2. Paths: a synthetic graph of ``--actors`` actors and ``--edges`` aggregated edges (one
   claim each) is written into Neo4j and into the embedded store through their own
   ``write``; then ``--queries`` random shortest-path queries (max 4 hops), interleaved,
   give each store's p50 and p99; ``path_ratio`` = embedded p50 / Neo4j p50.

    .venv/bin/python bench/store.py                                  # against a running local Neo4j
    .venv/bin/python bench/store.py --actors 100000 --edges 1000000  # the issue's size

Neo4j comes from ACTORGRAPH_NEO4J_* (start it with ``actorgraph neo4j start``); its
database is emptied. Prints progress, then one JSON object on the last line.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from actorgraph.config import load_settings
from actorgraph.graph.belief import ClaimWeight, combine, to_edge
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
from actorgraph.neo4jlocal import LocalNeo4j, LocalNeo4jConfig
from actorgraph.store.base import EdgeFilter
from actorgraph.store.embedded import EmbeddedStore
from actorgraph.store.neo4j import Neo4jStore, open_neo4j_store
from actorgraph.store.neo4j_rows import actor_props, article_props, claim_props, edge_props, key_param
from actorgraph.store.neo4j_write import batches
from benchlib import pct, write_in_groups
from neo4jbulk import bulk_import, counts, create_schema

TYPES = [
    ActorType.STATE,
    ActorType.GOVERNMENT,
    ActorType.ARMED_GROUP,
    ActorType.ORGANIZATION,
    ActorType.GROUP,
]
RELATIONS = list(RelationType)


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def bundles(
    n_actors: int, n_claims: int, per_article: int, seed: int, tree: bool = True
) -> Iterator[ArticleBundle]:
    """Articles of ``per_article`` claims each over ``n_actors`` actors. With ``tree`` the
    first claims link each actor to an earlier one, so the graph is connected; all (source,
    type, target) keys are distinct then. Without it pairs are random and keys may repeat
    (several claims behind one edge, as real news gives)."""
    rng = random.Random(seed)
    actors = [Actor(id=f"a{i}", name=f"Actor {i}", type=TYPES[i % len(TYPES)]) for i in range(n_actors)]
    seen: set[tuple[str, str, str]] = set()
    claims: list[Claim] = []
    text: list[str] = []
    offset = article_no = made = 0
    while made < n_claims:
        if tree and made < n_actors - 1:
            s, t = f"a{made + 1}", f"a{rng.randrange(made + 1)}"
        else:
            u, v = rng.sample(range(n_actors), 2)
            s, t = f"a{u}", f"a{v}"
        rel = rng.choice(RELATIONS)
        if rel in SYMMETRIC and t < s:
            s, t = t, s
        if tree and (s, rel.value, t) in seen:
            continue
        seen.add((s, rel.value, t))
        made += 1
        aid = f"syn-{seed}-{article_no}"
        sentence = f"{s} {rel.value.lower()} {t}."
        published = f"2024-{1 + article_no % 12:02d}-{1 + article_no % 28:02d}"
        claims.append(
            Claim(
                id=claim_id(aid, offset, offset + len(sentence), s, rel.value, t),
                source_id=s, relation=rel, target_id=t, confidence=round(rng.uniform(0.5, 0.95), 3),
                hedged=rng.random() < 0.1, article_id=aid, sentence=sentence, start=offset,
                end=offset + len(sentence), published=published,
            )
        )  # fmt: skip
        text.append(sentence)
        offset += len(sentence) + 1
        if len(claims) == per_article or made == n_claims:
            ids = sorted({c.source_id for c in claims} | {c.target_id for c in claims})
            yield ArticleBundle(
                article=Article(
                    id=aid, text=" ".join(text), source=f"pub{article_no % 7}", published=published
                ),
                actors=[actors[int(i[1:])] for i in ids],
                claims=claims,
            )
            claims, text, offset = [], [], 0
            article_no += 1


# --- 1. write overhead ----------------------------------------------------------------


def baseline_rows(batch: Sequence[ArticleBundle]) -> dict[str, list[dict[str, Any]]]:
    """The rows a bare writer sends for one batch (edge figures computed here, untimed)."""
    weights: dict[tuple[str, str, str], list[ClaimWeight]] = defaultdict(list)
    for b in batch:
        for c in b.claims:
            weights[(c.source_id, c.relation.value, c.target_id)].append(
                ClaimWeight(c.confidence, c.hedged, c.negated, b.article.source or b.article.id, c.published)
            )
    edges = []
    for key, ws in sorted(weights.items()):
        belief = combine(ws)
        if belief is not None:
            edge = to_edge(key[0], RelationType(key[1]), key[2], belief)
            edges.append({**key_param(key), "props": edge_props(edge)})
    return {
        "actors": [actor_props(a) for a in {a.id: a for b in batch for a in b.actors}.values()],
        "articles": [article_props(b.article) for b in batch],
        "claims": [claim_props(c) for b in batch for c in b.claims],
        "edges": edges,
    }


def run_baseline(store: Neo4jStore, prepared: list[dict[str, list[dict[str, Any]]]]) -> float:
    """The bare writer: plain ``UNWIND $rows ... MERGE`` statements for actors, articles and
    claims; for the edges the store's own statement (relationship types cannot be
    parameters, so any writer needs its per-type branches)."""
    cy = store.cypher
    order = [("actors", "bench/baseline_actors"), ("articles", "bench/baseline_articles"),
             ("claims", "bench/baseline_claims"), ("edges", "store/merge_edges")]  # fmt: skip

    def write(tx: Any, rows: dict[str, list[dict[str, Any]]]) -> None:
        for part, name in order:
            for chunk in batches(rows[part]):
                tx.run(cy[name], rows=list(chunk)).consume()

    started = time.perf_counter()
    with store.driver.session(database=store.database) as session:
        for rows in prepared:
            session.execute_write(write, rows)
    return time.perf_counter() - started


def server_cpu(pid: int | None) -> float:
    """CPU seconds the local Neo4j JVM has used (0 when the server is not a local one)."""
    if pid is None:
        return 0.0
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def run_store(store: Neo4jStore, groups: list[list[ArticleBundle]]) -> float:
    started = time.perf_counter()
    for group in groups:
        store.write(group)
    return time.perf_counter() - started


def bench_writes(store: Neo4jStore, args: argparse.Namespace, pid: int | None) -> dict[str, Any]:
    data = list(bundles(args.write_actors, args.articles * args.claims, args.claims, seed=11, tree=False))
    groups = [data[i : i + 10] for i in range(0, len(data), 10)]
    prepared = [baseline_rows(g) for g in groups]
    best = {"baseline": float("inf"), "store": float("inf")}
    # CPU seconds (this process + the local server's JVM): steadier than wall time when
    # other work shares the machine.
    cpu = {"baseline": float("inf"), "store": float("inf")}
    for r in range(args.rounds):
        for side in ("baseline", "store") if r % 2 == 0 else ("store", "baseline"):
            store.delete_everything()
            store.setup()
            cpu_before = time.process_time() + server_cpu(pid)
            took = run_baseline(store, prepared) if side == "baseline" else run_store(store, groups)
            used = time.process_time() + server_cpu(pid) - cpu_before
            best[side] = min(best[side], took)
            cpu[side] = min(cpu[side], used)
            log(f"writes round {r + 1} {side}: {took:.2f}s wall, {used:.2f}s cpu")
    claims = args.articles * args.claims
    return {
        "write_articles": args.articles,
        "write_claims": claims,
        "write_baseline_s": round(best["baseline"], 3),
        "write_store_s": round(best["store"], 3),
        "write_store_claims_per_s": round(claims / best["store"], 1),
        "write_ratio": round(best["baseline"] / best["store"], 3),
        "write_cpu_ratio": round(cpu["baseline"] / cpu["store"], 3) if pid is not None else None,
    }


# --- 2. path latency ------------------------------------------------------------------


def path_graph(args: argparse.Namespace) -> Iterator[ArticleBundle]:
    """The synthetic graph of the path benchmark (bench/load.py serves the same one)."""
    return bundles(args.actors, args.edges, 500, seed=7)


def load_neo4j(neo: Neo4jStore, args: argparse.Namespace, server: LocalNeo4j | None) -> Neo4jStore:
    """The path graph into Neo4j: through ``write``, or with ``--bulk`` through the bulk
    importer (the local server only; the store is reopened after the restart). With
    ``--reuse`` a database already holding that many actors and edges is kept."""
    if args.reuse and counts(neo) == {"actors": args.actors, "edges": args.edges}:
        log("neo4j: reusing the graph in the database")
        return neo
    started = time.perf_counter()
    if args.bulk:
        if server is None:
            raise SystemExit("--bulk needs the local Neo4j (actorgraph neo4j start)")
        neo.close()
        with tempfile.TemporaryDirectory() as scratch:
            bulk_import(server, path_graph(args), Path(scratch))
        neo = open_neo4j_store(load_settings(store="neo4j"))
        create_schema(neo)
    else:
        neo.delete_everything()
        neo.setup()
        write_in_groups(neo, path_graph(args))
    log(f"neo4j: loaded {args.actors} actors / {args.edges} edges in {time.perf_counter() - started:.1f}s")
    return neo


def bench_paths(neo: Neo4jStore, embedded: EmbeddedStore, args: argparse.Namespace) -> dict[str, Any]:
    emb_load = 0.0 if args.embedded_db else write_in_groups(embedded, path_graph(args))
    log(f"embedded: loaded in {emb_load:.1f}s")
    rng = random.Random(3)
    pairs = [tuple(f"a{i}" for i in rng.sample(range(args.actors), 2)) for _ in range(args.queries)]
    flt = EdgeFilter()
    # Warm both: the embedded store builds its walk graph, Neo4j plans and caches.
    for s, t in pairs[:5]:
        neo.paths(s, t, flt)
        embedded.paths(s, t, flt)
    times: dict[str, list[float]] = {"neo4j": [], "embedded": []}
    agree = 0
    for s, t in pairs:
        started = time.perf_counter()
        a = neo.paths(s, t, flt, max_hops=4)
        times["neo4j"].append(time.perf_counter() - started)
        started = time.perf_counter()
        b = embedded.paths(s, t, flt, max_hops=4)
        times["embedded"].append(time.perf_counter() - started)
        agree += [len(p.hops) for p in a] == [len(p.hops) for p in b]
    p50 = {k: statistics.median(v) * 1000 for k, v in times.items()}
    return {
        "path_actors": args.actors,
        "path_edges": args.edges,
        "path_queries": args.queries,
        "embedded_load_s": round(emb_load, 1),
        "neo4j_path_p50_ms": round(p50["neo4j"], 2),
        "neo4j_path_p99_ms": round(pct(times["neo4j"], 0.99) * 1000, 2),
        "embedded_path_p50_ms": round(p50["embedded"], 2),
        "embedded_path_p99_ms": round(pct(times["embedded"], 0.99) * 1000, 2),
        "path_lengths_agree": f"{agree}/{len(pairs)}",
        "path_ratio": round(p50["embedded"] / p50["neo4j"], 3),
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=200, help="articles written in the write benchmark")
    parser.add_argument("--claims", type=int, default=20, help="claims per article there")
    parser.add_argument("--write-actors", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--actors", type=int, default=10_000, help="actors of the path graph")
    parser.add_argument("--edges", type=int, default=50_000, help="aggregated edges of the path graph")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--skip-paths", action="store_true")
    parser.add_argument("--skip-writes", action="store_true")
    parser.add_argument("--bulk", action="store_true", help="load the path graph with Neo4j's bulk importer")
    parser.add_argument("--reuse", action="store_true", help="keep a path graph of that size in Neo4j")
    parser.add_argument("--embedded-db", type=Path, help="an embedded store already holding the path graph")
    args = parser.parse_args()

    settings = load_settings(store="neo4j")
    neo = open_neo4j_store(settings)
    server = LocalNeo4j(LocalNeo4jConfig.from_settings(settings))
    pid = server.pid()  # None: not a local server
    figures: dict[str, Any] = {"bench": "store"}
    try:
        if not args.skip_writes:
            figures |= bench_writes(neo, args, pid)
        if not args.skip_paths:
            neo = load_neo4j(neo, args, server if pid is not None else None)
            with tempfile.TemporaryDirectory() as folder:
                embedded = EmbeddedStore.open(args.embedded_db or Path(folder) / "bench-store.db")
                embedded.setup()
                try:
                    figures |= bench_paths(neo, embedded, args)
                finally:
                    embedded.close()
    finally:
        neo.close()
    figures["ratio"] = figures.get("write_ratio", figures.get("path_ratio"))
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
