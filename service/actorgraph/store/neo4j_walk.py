"""The Neo4j store's neighbourhood read: breadth first, one bounded round trip per level.

Each level's query is capped (``LIMIT``, one row more than :data:`walk.LEVEL_EDGE_CAP` so
an overflow shows) and runs with what is left of the query budget as its transaction
timeout. A level cut by either leaves the walk with what the levels before it read, and
the answer says ``truncated``. The rows read are then walked with
:func:`actorgraph.graph.walk.neighbourhood`, as the embedded store walks its graph.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from actorgraph.errors import OverBudget
from actorgraph.graph import walk
from actorgraph.graph.paths import EdgeKey
from actorgraph.model import Direction
from actorgraph.store.neo4j_rows import key_of

#: One level's read: (frontier, seconds left or None) -> edge rows; OverBudget past them.
LevelRead = Callable[[list[str], float | None], list[dict[str, Any]]]


def left(deadline: float | None) -> float | None:
    """Seconds left before ``deadline``; ``OverBudget`` when none are."""
    if deadline is None:
        return None
    seconds = deadline - time.monotonic()
    if seconds <= 0:
        raise OverBudget("the neighbourhood ran past the query budget (ACTORGRAPH_QUERY_BUDGET)")
    return seconds


def reach_rows(
    read: LevelRead,
    center: str,
    depth: int,
    direction: Direction,
    node_limit: int,
    deadline: float | None,
) -> tuple[dict[EdgeKey, dict[str, Any]], bool]:
    """The edge rows within ``depth`` levels of ``center``, and whether a level was cut.

    Stops, as the walk does, after a level that reaches more than the walk's node cap
    (direction ``both``: otherwise the rows read here reach more than the walk does)."""
    rows: dict[EdgeKey, dict[str, Any]] = {}
    seen = {center}
    frontier = [center]
    for _ in range(depth):
        try:
            found = read(frontier, left(deadline))
        except OverBudget:
            return rows, True
        if len(found) > walk.LEVEL_EDGE_CAP:
            return rows, True
        nxt: set[str] = set()
        for r in found:
            rows[key_of(r)] = r
            nxt.update(n for n in (r["source_id"], r["target_id"]) if n not in seen)
        seen |= nxt
        frontier = sorted(nxt)
        if not frontier or (direction == "both" and len(seen) > max(walk.WALK_NODE_CAP, node_limit)):
            break
    return rows, False


def edges_among(
    read: LevelRead, nodes: list[str], reached: set[str], deadline: float | None
) -> tuple[dict[EdgeKey, dict[str, Any]], bool]:
    """The edges between ``nodes`` and other reached nodes (the walk's last pass once it
    stopped discovering), and whether the read was cut."""
    try:
        found = read(nodes, left(deadline))
    except OverBudget:
        return {}, True
    kept = found[: walk.LEVEL_EDGE_CAP]
    rows = {key_of(r): r for r in kept if r["source_id"] in reached and r["target_id"] in reached}
    return rows, len(found) > walk.LEVEL_EDGE_CAP
