"""Store-agnostic traversal: the undirected walk graph, neighbourhoods, paths, hop choice.

Every store answers ``neighbourhood`` and ``paths`` with the rules in this module, so the
embedded store (which keeps the walk graph in memory) and the Neo4j store (which can build
one from an exported subgraph) agree on what a neighbourhood holds, which nodes a node
limit keeps, which edge a hop uses and how evidence is ordered.

The walk graph is an undirected :class:`networkx.Graph`. Each pair of actors carries one
attribute, ``r``: a dict from ``(source_id, relation)`` to an :data:`EdgeFacts` tuple, one
entry per aggregated edge between the two (any type, either direction). Plain tuples, not
:class:`Edge` objects, because a benchmark graph has a million of them.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import Any, Literal

import networkx as nx

from actorgraph.errors import InputError, OverBudget
from actorgraph.graph.belief import HEDGE_WEIGHT
from actorgraph.model import (
    CAMEO_ROOTS,
    SYMMETRIC,
    Claim,
    Direction,
    Edge,
    EdgeFilter,
    RelationType,
)

#: (confidence, evidence_count, first_seen, last_seen, hedged_only) of one aggregated edge.
EdgeFacts = tuple[float, int, str | None, str | None, bool]
#: (source_id, relation, target_id): the identity of an aggregated edge.
EdgeKey = tuple[str, str, str]
PathMode = Literal["shortest", "k_shortest", "all"]

#: "all" paths stops after this many, so a dense graph cannot hang a request.
MAX_ALL_PATHS = 500


# --- the walk graph -------------------------------------------------------------------


def edge_facts(edge: Edge) -> EdgeFacts:
    return (edge.confidence, edge.evidence_count, edge.first_seen, edge.last_seen, edge.hedged_only)


def check_depth(depth: int) -> None:
    """Neighbourhoods go 1 to 3 hops out: beyond that a neighbourhood is most of the graph."""
    if not 1 <= depth <= 3:
        raise InputError(f"depth must be 1 to 3, not {depth}")


def check_max_hops(max_hops: int, most: int | None = None) -> None:
    if max_hops < 1:
        raise InputError(f"max_hops must be at least 1, not {max_hops}")
    if most is not None and max_hops > most:
        raise InputError(f"max_hops must be at most {most}, not {max_hops}")


def check_distinct(source_id: str, target_id: str) -> None:
    if source_id == target_id:
        raise InputError("a path needs two different actors")


def make_edge(key: EdgeKey, facts: EdgeFacts) -> Edge:
    source, relation, target = key
    rel = RelationType(relation)
    return Edge(
        source_id=source,
        relation=rel,
        target_id=target,
        confidence=facts[0],
        evidence_count=facts[1],
        first_seen=facts[2],
        last_seen=facts[3],
        cameo=list(CAMEO_ROOTS[rel]),
        hedged_only=facts[4],
    )


def put_edge(g: nx.Graph, key: EdgeKey, facts: EdgeFacts | None) -> None:
    """Add, update or (``facts is None``) remove one aggregated edge of the walk graph."""
    source, relation, target = key
    data: dict[str, Any] | None = g.get_edge_data(source, target)
    if facts is None:
        if data is None:
            return
        data["r"].pop((source, relation), None)
        if not data["r"]:
            g.remove_edge(source, target)
            for node in (source, target):
                if g.degree(node) == 0:
                    g.remove_node(node)
        return
    if data is None:
        g.add_edge(source, target, r={(source, relation): facts})
    else:
        data["r"][(source, relation)] = facts


def build_graph(edges: Iterable[tuple[EdgeKey, EdgeFacts]]) -> nx.Graph:
    # Grouped by pair first and added in one call: a million put_edge calls take ~30 s.
    pairs: dict[tuple[str, str], dict[tuple[str, str], EdgeFacts]] = {}
    for (source, relation, target), facts in edges:
        pair = (source, target) if source < target else (target, source)
        found = pairs.get(pair)
        if found is None:
            pairs[pair] = {(source, relation): facts}
        else:
            found[(source, relation)] = facts
    g = nx.Graph()
    g.add_edges_from((u, v, {"r": r}) for (u, v), r in pairs.items())
    return g


def pair_edges(g: nx.Graph, u: str, v: str) -> Iterator[tuple[EdgeKey, EdgeFacts]]:
    """Every aggregated edge between ``u`` and ``v``, as (key, facts)."""
    data = g.get_edge_data(u, v)
    if data is None:
        return
    for (source, relation), facts in data["r"].items():
        target = v if source == u else u
        yield (source, relation, target), facts


# --- filtering ------------------------------------------------------------------------


def is_unfiltered(flt: EdgeFilter) -> bool:
    """True when the filter keeps every edge of the walk graph (time is handled by the store)."""
    return not flt.types and flt.min_confidence <= 0.0 and flt.include_hedged


def passes(relation: str, facts: EdgeFacts, flt: EdgeFilter) -> bool:
    """Whether one edge passes the type, confidence and hedging parts of a filter.

    ``source_id``/``target_id`` of the filter are for edge listings; traversals ignore them.
    """
    if flt.types and relation not in flt.types:
        return False
    if facts[0] < flt.min_confidence:
        return False
    return flt.include_hedged or not facts[4]


def endpoints_match(key: EdgeKey, flt: EdgeFilter) -> bool:
    """The ``source_id``/``target_id`` part of a filter. A symmetric relation is stored once
    (smaller id first), so it matches with its ends either way round."""
    source, relation, target = key

    def fits(a: str, b: str) -> bool:
        return (flt.source_id is None or a == flt.source_id) and (flt.target_id is None or b == flt.target_id)

    return fits(source, target) or (relation in SYMMETRIC and fits(target, source))


def edge_matches(edge: Edge, flt: EdgeFilter) -> bool:
    """The whole filter (time aside) applied to one edge, as an edge listing applies it."""
    key = (edge.source_id, edge.relation.value, edge.target_id)
    return endpoints_match(key, flt) and passes(key[1], edge_facts(edge), flt)


def edge_rank(edge: Edge) -> tuple[float, int, str, str, str]:
    """Listing order of edges: strongest first, then most evidence, then by key."""
    return (-edge.confidence, -edge.evidence_count, edge.source_id, edge.relation.value, edge.target_id)


def walks(source: str, relation: str, frm: str, direction: Direction) -> bool:
    """Whether an edge with this source may be walked away from ``frm`` in ``direction``.
    Symmetric relations hold both ways, so they walk in either direction."""
    if direction == "both" or relation in SYMMETRIC:
        return True
    return (source == frm) == (direction == "out")


def filtered_view(g: nx.Graph, flt: EdgeFilter) -> nx.Graph:
    """A lazy view of the pairs joined by at least one edge that passes the filter."""
    ok = _pair_passes(g, flt)
    if ok is None:
        return g
    view: nx.Graph = nx.subgraph_view(g, filter_edge=ok)
    return view


# --- paths ----------------------------------------------------------------------------


def _pair_passes(g: nx.Graph, flt: EdgeFilter) -> Callable[[str, str], bool] | None:
    if is_unfiltered(flt):
        return None

    def ok(u: str, v: str) -> bool:
        return any(passes(rel, facts, flt) for (_, rel), facts in g[u][v]["r"].items())

    return ok


def shortest_path(g: nx.Graph, source: str, target: str, flt: EdgeFilter, max_hops: int) -> list[str] | None:
    """One shortest path of at most ``max_hops`` hops, or None.

    Bidirectional breadth-first search over the walk graph's adjacency, expanding the
    smaller frontier, that gives up after ``max_hops`` levels: a far or unreachable pair
    costs a few levels, not a walk of the whole graph (networkx's own search has no bound),
    and filtering here avoids the per-neighbour overhead of a networkx subgraph view."""
    if source not in g or target not in g:
        return None
    ok = _pair_passes(g, flt)
    adj = g.adj
    pred: dict[str, str | None] = {source: None}
    succ: dict[str, str | None] = {target: None}
    fwd, bwd = [source], [target]
    for _ in range(max_hops):
        if not fwd or not bwd:
            return None
        forward = len(fwd) <= len(bwd)
        seen, other = (pred, succ) if forward else (succ, pred)
        nxt: list[str] = []
        for u in fwd if forward else bwd:
            for v in adj[u]:
                if v in seen or (ok is not None and not ok(u, v)):
                    continue
                seen[v] = u
                if v in other:
                    return _join(pred, succ, v)
                nxt.append(v)
        if forward:
            fwd = nxt
        else:
            bwd = nxt
    return None


def _join(pred: dict[str, str | None], succ: dict[str, str | None], meet: str) -> list[str]:
    path: list[str] = []
    node: str | None = meet
    while node is not None:
        path.append(node)
        node = pred[node]
    path.reverse()
    node = succ[meet]
    while node is not None:
        path.append(node)
        node = succ[node]
    return path


def _over(deadline: float | None, what: str) -> None:
    if deadline is not None and time.monotonic() >= deadline:
        raise OverBudget(f"{what} ran past the query budget (ACTORGRAPH_QUERY_BUDGET)")


def all_paths(
    g: nx.Graph, source: str, target: str, max_hops: int, deadline: float | None, cap: int = MAX_ALL_PATHS
) -> list[list[str]]:
    """Simple paths of at most ``max_hops`` hops, depth first, stopping at ``cap`` paths.
    The deadline is looked at every few hundred steps: between two hubs of a large graph
    the walk is exponential in the hop limit, and is cut off rather than left to run."""
    found: list[list[str]] = []
    path = [source]
    on_path = {source}
    stack = [iter(g[source])]
    steps = 0
    while stack and len(found) < cap:
        steps += 1
        if steps % 256 == 1:
            _over(deadline, f"mode=all with max_hops={max_hops} (try fewer hops or mode=k_shortest)")
        nxt = next(stack[-1], None)
        if nxt is None:
            stack.pop()
            on_path.discard(path.pop())
        elif nxt == target:
            found.append([*path, target])
        elif nxt not in on_path and len(path) < max_hops:
            path.append(nxt)
            on_path.add(nxt)
            stack.append(iter(g[nxt]))
    return found


def node_paths(
    g: nx.Graph,
    source: str,
    target: str,
    flt: EdgeFilter,
    mode: PathMode,
    k: int,
    max_hops: int,
    deadline: float | None = None,
) -> list[list[str]]:
    """Node sequences from ``source`` to ``target`` over edges passing the filter, ignoring
    direction, each at most ``max_hops`` long.

    ``shortest``: one shortest path. ``k_shortest``: up to ``k`` simple paths, shortest first
    (networkx ``shortest_simple_paths``). ``all``: every simple path (up to
    :data:`MAX_ALL_PATHS`), ordered by length then ids. Past ``deadline`` (a
    ``time.monotonic()`` value) the search raises :class:`OverBudget`.
    """
    if source == target:
        return []
    first = shortest_path(g, source, target, flt, max_hops)
    if first is None:
        return []
    if mode == "shortest":
        return [first]
    view = filtered_view(g, flt)
    if mode == "k_shortest":
        found = []
        for p in islice(nx.shortest_simple_paths(view, source, target), max(k, 1)):
            if len(p) - 1 > max_hops:
                break
            found.append(p)
            _over(deadline, f"mode=k_shortest with k={k} (try a smaller k)")
        return found
    return sorted(all_paths(view, source, target, max_hops, deadline), key=lambda p: (len(p), p))


def best_hop(g: nx.Graph, u: str, v: str, flt: EdgeFilter) -> tuple[EdgeKey, EdgeFacts, bool]:
    """The edge a path uses between two consecutive nodes: the strongest passing edge
    (ties: relation name, then the forward one). Returns (key, facts, forward)."""
    candidates = [(key, facts) for key, facts in pair_edges(g, u, v) if passes(key[1], facts, flt)]
    if not candidates:
        raise KeyError(f"no edge between {u!r} and {v!r} passes the filter")
    key, facts = min(candidates, key=lambda c: (-c[1][0], c[0][1], c[0][0] != u))
    return key, facts, key[0] == u


def claim_strength(claim: Claim) -> float:
    return claim.confidence * (HEDGE_WEIGHT if claim.hedged else 1.0)


def order_evidence(claims: Iterable[Claim]) -> list[Claim]:
    """A hop's evidence, strongest first: asserting before negated, then weight (hedged
    claims weigh less), then the newest, then id."""
    ordered = sorted(claims, key=lambda c: c.id)
    ordered.sort(key=lambda c: c.published or "", reverse=True)
    ordered.sort(key=lambda c: (c.negated, -claim_strength(c)))
    return ordered
