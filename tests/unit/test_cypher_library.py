"""The ``cypher/`` loader, and the relationship-type whitelists written into the files."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from actorgraph.errors import StoreError
from actorgraph.model import ActorType, RelationType
from actorgraph.store.cypher import CypherLibrary

LIB = CypherLibrary()
TYPE_LIST = re.compile(r"\[\w*:((?:[A-Z_]+\|)+[A-Z_]+)")


def test_schema_file_splits_into_statements() -> None:
    statements = LIB.statements("schema/constraints")
    assert len(statements) >= 4
    assert all(not s.endswith(";") and "//" not in s for s in statements)
    assert any("FULLTEXT INDEX actor_names" in s for s in statements)


def test_single_statement_access_and_bad_names(tmp_path: Path) -> None:
    assert LIB["store/merge_edges"].startswith("UNWIND $rows")
    with pytest.raises(StoreError, match="expected one"):
        LIB["schema/constraints"]
    for bad in ["../etc/passwd", "store/Missing", "store/no_such_statement"]:
        with pytest.raises(StoreError):
            LIB[bad]
    (tmp_path / "x").mkdir()
    (tmp_path / "x" / "empty.cypher").write_text("// only a comment\n")
    with pytest.raises(StoreError, match="no Cypher statement"):
        CypherLibrary(tmp_path)["x/empty"]


def test_merge_edges_has_one_branch_per_relation_type() -> None:
    text = LIB["store/merge_edges"]
    for rel in RelationType:
        assert f"WHEN '{rel.value}' THEN [1] ELSE [] END | MERGE (s)-[r:{rel.value}]->(t)" in text
    assert text.count("FOREACH") == len(RelationType)


def test_write_nodes_labels_every_actor_type() -> None:
    text = LIB["store/write_nodes"]
    for t in ActorType:
        assert f"WHEN '{t.value}' THEN" in text
    assert text.count("FOREACH") == len(ActorType)


@pytest.mark.parametrize(
    "name",
    ["store/edges", "store/incident_edges", "store/shortest_paths", "store/bounded_paths", "store/stats",
     "store/actor_detail"],
)  # fmt: skip
def test_traversals_walk_exactly_the_ontology_types(name: str) -> None:
    # (Claim edges such as SUBJECT|OBJECT are other lists; the actor-to-actor ones name SUPPORTS.)
    found = [g for g in TYPE_LIST.findall(LIB[name]) if "SUPPORTS" in g.split("|")]
    assert found, name
    for group in found:
        assert set(group.split("|")) == {r.value for r in RelationType}, name
