"""The expensive requests under the query budget, on a synthetic hub-heavy graph.

What is timed is the graph work both stores share (``actorgraph.graph.paths`` and
``actorgraph.graph.metrics``: the embedded store keeps exactly this walk graph in memory,
the Neo4j store builds one from the edges Cypher returns), on a graph whose degrees follow
a power law with a few very large hubs, the worst case for path enumeration:

- ``mode=all`` between the two largest hubs at the largest hop limit (6): it stops at the
  path cap or raises ``OverBudget`` (the API's 422) at the budget;
- ``k_shortest`` (k=20) and ``shortest`` between the same hubs;
- the depth-3 neighbourhood of the largest hub under the default node cap, with the walk's
  caps and the budget's deadline (``actorgraph.graph.walk``);
- centrality and communities over ``--metrics-edges`` edges (the API takes up to
  ``METRICS_EDGE_CAP`` whole; a bigger graph is a 422 at once), under the budget's deadline.

Prints one JSON object: seconds per request and what each answered.

    .venv/bin/python bench/budget.py --actors 100000 --edges 1000000
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import time
from collections.abc import Callable
from typing import Any

from actorgraph.errors import OverBudget
from actorgraph.graph import paths as gp
from actorgraph.graph import walk
from actorgraph.graph.metrics import centrality, communities
from actorgraph.model import Actor, ActorType, EdgeFilter, RelationType, Subgraph

RELATIONS = [r.value for r in RelationType]


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def hub_heavy_edges(actors: int, edges: int, seed: int = 7) -> list[tuple[gp.EdgeKey, gp.EdgeFacts]]:
    """``edges`` distinct aggregated edges; one end drawn by preferential weight (actor i
    weighs 1/(i+1)), so actor 0 and 1 are hubs with tens of thousands of neighbours."""
    rng = random.Random(seed)
    weights = [1.0 / (i + 1) for i in range(actors)]
    seen: set[tuple[int, int, str]] = set()
    out: list[tuple[gp.EdgeKey, gp.EdgeFacts]] = []
    while len(out) < edges:
        heads = rng.choices(range(actors), weights=weights, k=min(100_000, edges - len(out)))
        for a in heads:
            b = rng.randrange(actors)
            rel = RELATIONS[rng.randrange(len(RELATIONS))]
            if a == b or (a, b, rel) in seen:
                continue
            seen.add((a, b, rel))
            out.append(((f"a{a}", rel, f"a{b}"), (round(rng.uniform(0.4, 0.95), 2), 1, None, None, False)))
    return out


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    try:
        result = fn()
    except OverBudget as exc:
        result = exc
    return round(time.perf_counter() - start, 3), result


def outcome(result: Any) -> str:
    if isinstance(result, OverBudget):
        return "422 over budget"
    if isinstance(result, list):
        return f"{len(result)} paths"
    return str(result)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--actors", type=int, default=100_000)
    parser.add_argument("--edges", type=int, default=1_000_000)
    parser.add_argument("--budget", type=float, default=5.0, help="ACTORGRAPH_QUERY_BUDGET, seconds")
    parser.add_argument("--metrics-edges", type=int, default=100_000, help="METRICS_EDGE_CAP")
    args = parser.parse_args()

    log(f"building {args.edges} edges over {args.actors} actors")
    rows = hub_heavy_edges(args.actors, args.edges)
    build_s, g = timed(lambda: gp.build_graph(rows))
    flt = EdgeFilter()
    hubs = sorted(g.degree, key=lambda nd: -nd[1])[:2]
    (h0, d0), (h1, d1) = hubs
    figures: dict[str, Any] = {}

    def paths(mode: gp.PathMode, k: int = 3) -> list[list[str]]:
        return gp.node_paths(g, h0, h1, flt, mode, k, 6, time.monotonic() + args.budget)

    for name, fn in [
        ("paths_all_6_hops", lambda: paths("all")),
        ("paths_k_shortest_20", lambda: paths("k_shortest", 20)),
        ("paths_shortest", lambda: paths("shortest")),
    ]:
        log(name)
        seconds, result = timed(fn)
        figures[name] = {"seconds": seconds, "answer": outcome(result)}
    log("neighbourhood")
    seconds, w = timed(lambda: walk.neighbourhood(g, h0, 3, flt, "both", 500, time.monotonic() + args.budget))
    figures["neighbourhood_depth_3_largest_hub"] = {
        "seconds": seconds, "answer": f"{len(w.nodes)} of at least {w.total} nodes, truncated: {w.cut}"
    }
    sub_rows = rows[: args.metrics_edges]
    ids = sorted({n for (s, _, t), _ in sub_rows for n in (s, t)})
    sub = Subgraph(
        nodes=[Actor(id=i, name=i, type=ActorType.GROUP) for i in ids],
        edges=[gp.make_edge(key, facts) for key, facts in sub_rows],
        total_nodes=None,
    )
    log("centrality")
    seconds, c = timed(lambda: centrality(sub, 10, time.monotonic() + args.budget))
    estimated = f"betweenness estimated: {c.betweenness_estimated}, truncated: {c.truncated}"
    figures["centrality_whole_graph_at_cap"] = {"seconds": seconds, "answer": estimated}
    log("communities")
    seconds, found = timed(lambda: communities(sub, 2, time.monotonic() + args.budget))
    figures["communities_whole_graph_at_cap"] = {
        "seconds": seconds,
        "answer": f"{len(found.communities)} communities ({found.method}), truncated: {found.truncated}",
    }
    print(
        json.dumps(
            {
                "actors": args.actors,
                "edges": args.edges,
                "metrics_edges": args.metrics_edges,
                "budget_s": args.budget,
                "build_s": build_s,
                "hub_degrees": [d0, d1],
                "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
                "requests": figures,
            }
        )
    )


if __name__ == "__main__":
    main()
