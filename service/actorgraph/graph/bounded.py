"""Whole-graph measures that stop at a deadline (the query budget) instead of running on.

- :func:`sampled_betweenness`: Brandes' accumulation from sampled sources (the sample
  networkx draws for ``betweenness_centrality(k=..., seed=0)``, so the figures match it
  when every source is done), looking at the deadline between sources and scaling by the
  sources it did.
- :func:`label_propagation`: communities by label propagation, one sweep at a time, the
  deadline looked at between sweeps: linear per sweep where Louvain's first level on a
  large graph alone runs past a budget.
"""

from __future__ import annotations

import random
import time
from collections import Counter, deque

import networkx as nx

#: Label propagation stops after this many sweeps even if labels still move.
LP_MAX_SWEEPS = 30


def past(deadline: float | None, step: float = 0.0) -> bool:
    """Whether ``deadline`` has passed, or would have after one more ``step`` seconds."""
    return deadline is not None and time.monotonic() + step >= deadline


def _accumulate(g: nx.Graph, s: str, acc: dict[str, float]) -> None:
    """Add the dependencies of every node on shortest paths out of ``s`` (unweighted)."""
    order: list[str] = []
    pred: dict[str, list[str]] = {s: []}
    sigma: dict[str, float] = {s: 1.0}
    dist: dict[str, int] = {s: 0}
    queue = deque([s])
    while queue:
        v = queue.popleft()
        order.append(v)
        for w in g[v]:
            if w not in dist:
                dist[w] = dist[v] + 1
                sigma[w] = 0.0
                pred[w] = []
                queue.append(w)
            if dist[w] == dist[v] + 1:
                sigma[w] += sigma[v]
                pred[w].append(v)
    delta = dict.fromkeys(order, 0.0)
    for w in reversed(order):
        coeff = (1.0 + delta[w]) / sigma[w]
        for v in pred[w]:
            delta[v] += sigma[v] * coeff
        if w != s:
            acc[w] += delta[w]


def sampled_betweenness(g: nx.Graph, k: int, deadline: float | None) -> tuple[dict[str, float], int]:
    """Normalised betweenness estimated from up to ``k`` sampled sources; also how many
    sources were done before the deadline (at least one)."""
    n = g.number_of_nodes()
    acc = dict.fromkeys(g.nodes, 0.0)
    if n <= 2:
        return acc, 0
    sources = random.Random(0).sample(list(g), min(k, n))
    done = 0
    start = time.monotonic()
    for s in sources:
        # Stop when one more source, as long as the average so far, would end past it.
        if done and past(deadline, (time.monotonic() - start) / done):
            break
        _accumulate(g, s, acc)
        done += 1
    # Normalised and scaled up from the sample as networkx 3.6 does: a sampled source is
    # never between itself and another, so it is scaled over the other sources done (and
    # over all of them when it is the only one, where networkx answers NaN).
    done_sources = set(sources[:done])
    other = 1.0 / (done * (n - 2))
    own = 1.0 / ((done - 1) * (n - 2)) if done > 1 else other
    return {v: b * (own if v in done_sources else other) for v, b in acc.items()}, done


def label_propagation(g: nx.Graph, deadline: float | None) -> tuple[list[set[str]], bool]:
    """Communities by weighted label propagation (nodes in id order, ties to the smallest
    label, so the answer is stable); also whether the deadline stopped it before the labels
    settled."""
    label = {v: v for v in g.nodes}
    nodes = sorted(g.nodes)
    settled = False
    start = time.monotonic()
    for sweep in range(LP_MAX_SWEEPS):
        # Stop when one more sweep, as long as the average so far, would end past it.
        if sweep and past(deadline, (time.monotonic() - start) / sweep):
            break
        moved = 0
        for v in nodes:
            weights: Counter[str] = Counter()
            for u, data in g[v].items():
                weights[label[u]] += data.get("weight", 1.0)
            if not weights:
                continue
            best = max(weights.values())
            pick = min(lab for lab, w in weights.items() if w == best)
            if pick != label[v]:
                label[v] = pick
                moved += 1
        if not moved:
            settled = True
            break
    groups: dict[str, set[str]] = {}
    for v, lab in label.items():
        groups.setdefault(lab, set()).add(v)
    return list(groups.values()), not settled
