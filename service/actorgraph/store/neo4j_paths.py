"""Path queries of the Neo4j store, in one read transaction.

A path answer needs the edges of the candidate paths, the actors on them and the evidence of
the hops chosen. Each used to be its own transaction (four with the actor check), and on a
loaded machine a Bolt round trip costs about as much as the path search itself; here the
candidates and their actors come in one statement and the evidence in a second, in the same
transaction. The actors are checked only when nothing was found (the store does that).
"""

from __future__ import annotations

from collections.abc import Mapping
from itertools import pairwise
from typing import Any

import networkx as nx
from neo4j import ManagedTransaction

from actorgraph.graph import paths as gp
from actorgraph.model import Claim
from actorgraph.store.base import EdgeFilter, GraphPath, PathHop
from actorgraph.store.cypher import CypherLibrary
from actorgraph.store.neo4j_rows import (
    actor_of,
    beliefs,
    claim_of,
    facts_of,
    filter_params,
    key_of,
    key_param,
    window_params,
)

#: Most paths Cypher enumerates for one path query (the walk graph is built from their edges).
PATH_CAP = 20_000


def walk_graph(tx: ManagedTransaction | None, cy: CypherLibrary, rows: list[dict[str, Any]],
               flt: EdgeFilter) -> nx.Graph:  # fmt: skip
    """The walk graph of the edges Cypher found; under a time window each edge's figures are
    recomputed from the window's claims (and edges without any there drop out), which needs
    ``tx``."""
    if flt.is_timeless():
        facts = {key_of(r): facts_of(r["props"]) for r in rows}
    else:
        if tx is None:
            raise ValueError("a windowed walk graph reads claims: it needs a transaction")
        keys = sorted({key_of(r) for r in rows})
        claim_rows = tx.run(cy["store/claims_for_keys"], keys=[key_param(k) for k in keys],
                            **window_params(flt)).data()  # fmt: skip
        facts = {k: gp.edge_facts(e) for k, e in beliefs(claim_rows).items()}
    # Sorted like the embedded store's build, so ties between equal paths break alike.
    return gp.build_graph(sorted(facts.items()))


def _hop_evidence(tx: ManagedTransaction, cy: CypherLibrary, keys: list[gp.EdgeKey],
                  flt: EdgeFilter) -> dict[gp.EdgeKey, list[Claim]]:  # fmt: skip
    rows = tx.run(cy["store/key_claims"], keys=[key_param(k) for k in keys], **window_params(flt)).data()
    by_key: dict[gp.EdgeKey, list[Claim]] = {}
    for r in rows:
        c = claim_of(r["claim"])
        by_key.setdefault((c.source_id, c.relation.value, c.target_id), []).append(c)
    return {key: gp.order_evidence(cs) for key, cs in by_key.items()}


def _actors(rows: list[dict[str, Any]]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for r in rows:
        for end in ("source", "target"):
            rec: Mapping[str, Any] = r[end]
            if rec["id"] not in found:
                found[rec["id"]] = actor_of(rec)
    return found


def read_paths(tx: ManagedTransaction, cy: CypherLibrary, source_id: str, target_id: str, flt: EdgeFilter,
               mode: gp.PathMode, k: int, max_hops: int,
               deadline: float | None = None) -> list[GraphPath]:  # fmt: skip
    """The paths the store answers (see ``Store.paths``); empty also when an endpoint does
    not exist, which the caller checks."""
    # A time window changes which edges exist, so the stored shortest paths may not be the
    # window's: enumerate every bounded path then, and pick in Python.
    name = "store/shortest_paths" if mode == "shortest" and flt.is_timeless() else "store/bounded_paths"
    rows = tx.run(cy[name], source=source_id, target=target_id, max_hops=max_hops, cap=PATH_CAP,
                  **filter_params(flt)).data()  # fmt: skip
    if not rows:
        return []
    g = walk_graph(tx, cy, rows, flt)
    found = gp.node_paths(g, source_id, target_id, flt, mode, k, max_hops, deadline)
    if not found:
        return []
    hops_of = [[gp.best_hop(g, u, v, flt) for u, v in pairwise(nodes)] for nodes in found]
    evidence = _hop_evidence(tx, cy, sorted({h[0] for hops in hops_of for h in hops}), flt)
    actors = _actors(rows)
    return [
        GraphPath(
            actors=[actors[n] for n in nodes],
            hops=[
                PathHop(edge=gp.make_edge(key, facts), forward=forward, evidence=evidence.get(key, []))
                for key, facts, forward in hops
            ],
        )
        for nodes, hops in zip(found, hops_of, strict=True)
    ]
