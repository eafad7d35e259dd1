"""The ``cypher/`` loader, and the relationship-type whitelists written into the files."""

from __future__ import annotations

import re
from pathlib import Path

import neo4j
import pytest

from actorgraph.config import data_dir
from actorgraph.errors import StoreError
from actorgraph.model import ActorType, RelationType
from actorgraph.store.cypher import CypherLibrary
from actorgraph.store.neo4j import Neo4jStore

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


def test_the_default_library_is_the_configured_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``Neo4jStore`` without a library, like ``CypherLibrary()``, reads ``cypher_dir``."""
    (tmp_path / "store").mkdir()
    (tmp_path / "store" / "stats.cypher").write_text("RETURN 1 AS configured\n")
    monkeypatch.setenv("ACTORGRAPH_CYPHER_DIR", str(tmp_path))
    driver = neo4j.GraphDatabase.driver("bolt://127.0.0.1:9")  # the store only keeps it: never used
    try:
        assert Neo4jStore(driver).cypher["store/stats"] == "RETURN 1 AS configured"
    finally:
        driver.close()
    monkeypatch.delenv("ACTORGRAPH_CYPHER_DIR")
    assert CypherLibrary().root == data_dir("cypher").resolve() != tmp_path.resolve()
