"""Pieces every benchmark shares. Benchmarks run as scripts (``python bench/x.py``), so
this module is imported by name from the benchmark's own folder."""

from __future__ import annotations

import time
from collections.abc import Iterable

from actorgraph.model import ArticleBundle
from actorgraph.store.base import Store


def write_in_groups(store: Store, bundles: Iterable[ArticleBundle], group: int = 10) -> float:
    """Write bundles ``group`` at a time (one store transaction each); the wall seconds taken."""
    started = time.perf_counter()
    batch: list[ArticleBundle] = []
    for bundle in bundles:
        batch.append(bundle)
        if len(batch) == group:
            store.write(batch)
            batch = []
    if batch:
        store.write(batch)
    return time.perf_counter() - started


def pct(samples: list[float], q: float) -> float:
    """The ``q`` quantile of the samples, nearest rank."""
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]
