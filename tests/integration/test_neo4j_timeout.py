"""A read that Neo4j stops at its transaction timeout (the query budget) leaves the store as
``OverBudget`` (the API's 422), on the real server of ``tests/fixtures/neo4j.py``."""

from __future__ import annotations

import pytest

from actorgraph.errors import OverBudget
from actorgraph.store.neo4j import open_neo4j_store
from tests.fixtures.neo4j import Neo4jServer


def test_a_read_past_its_timeout_is_over_budget(neo4j_server: Neo4jServer) -> None:
    store = open_neo4j_store(neo4j_server.settings())
    try:
        # Counting to 10^12 takes hours; the timeout stops it after a fraction of a second.
        with pytest.raises(OverBudget, match="query budget"):
            store._query("bench/spin", 0.3, n=10**12)
        # Without a timeout the same read finishes when it is small.
        assert store._query("bench/spin", None, n=1000) == [{"n": 1000}]
    finally:
        store.close()
