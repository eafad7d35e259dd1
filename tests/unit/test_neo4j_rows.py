"""The Neo4j store's pure row conversions: the write path's edge rows agree with the edges
every other reader builds from the same claims."""

from __future__ import annotations

import random
from typing import Any

from actorgraph.graph.paths import EdgeKey
from actorgraph.model import RelationType
from actorgraph.store.neo4j_rows import beliefs, edge_props, edge_rows


def claim_rows(seed: int) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    rows = []
    for _ in range(300):
        rows.append(
            {
                "source_id": f"a{rng.randrange(6)}",
                "relation": rng.choice(list(RelationType)).value,
                "target_id": f"b{rng.randrange(6)}",
                "confidence": round(rng.uniform(0.3, 0.95), 3),
                "hedged": rng.random() < 0.3,
                "negated": rng.random() < 0.2,
                "publisher": f"pub{rng.randrange(4)}",
                "published": rng.choice([None, "2024-03-01", "2024-05-17T10:00:00", "2023-12-31"]),
            }
        )
    return rows


def test_edge_rows_match_the_edges_beliefs_builds() -> None:
    rows = claim_rows(5)
    keys: list[EdgeKey] = sorted({(r["source_id"], r["relation"], r["target_id"]) for r in rows})
    keys.append(("a0", "SUPPORTS", "nobody"))  # no claim at all: removed
    upserts, removals = edge_rows(rows, keys)
    expected = beliefs(rows)
    assert {(u["source_id"], u["relation"], u["target_id"]) for u in upserts} == set(expected)
    for u in upserts:
        key = (u["source_id"], u["relation"], u["target_id"])
        assert u["props"] == edge_props(expected[key])
    removed = {(r["source_id"], r["relation"], r["target_id"]) for r in removals}
    assert removed == set(keys) - set(expected)
    assert ("a0", "SUPPORTS", "nobody") in removed
    # Keys whose claims are all negated exist in the input and still go.
    assert any(all(r["negated"] for r in rows if (r["source_id"], r["relation"], r["target_id"]) == k)
               for k in removed - {("a0", "SUPPORTS", "nobody")})  # fmt: skip
