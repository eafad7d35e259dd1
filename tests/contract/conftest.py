"""The ``store`` fixture: every contract test runs once per backend in ``BACKENDS``.

Adding a backend:
1. add its name to ``BACKENDS``;
2. add a branch to ``open_backend`` that returns a fresh, empty, set-up store for one test
   (use ``request.getfixturevalue("<session fixture>")`` for a server that lives for the
   whole session, e.g. ``neo4j_server`` from ``tests/fixtures/neo4j.py``, and empty the
   database there so every test starts from nothing);
3. nothing else: the tests only talk to the ``Store`` protocol.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from actorgraph.store.base import Store
from tests.contract import data

BACKENDS: list[str] = ["embedded", "neo4j"]


def open_backend(name: str, request: pytest.FixtureRequest, tmp_path: Path) -> Store:
    """A fresh, empty, set-up store of the named backend."""
    store: Store
    if name == "embedded":
        from actorgraph.store.embedded import EmbeddedStore

        store = EmbeddedStore.open(tmp_path / "contract.db")
    elif name == "neo4j":
        from actorgraph.store.neo4j import open_neo4j_store

        neo = open_neo4j_store(request.getfixturevalue("neo4j_server").settings())
        neo.delete_everything()
        store = neo
    else:
        raise ValueError(f"unknown store backend {name!r}")
    store.setup()
    return store


@pytest.fixture(params=BACKENDS)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    s = open_backend(request.param, request, tmp_path)
    try:
        yield s
    finally:
        s.close()


@pytest.fixture
def loaded(store: Store) -> Store:
    """The store with the contract articles written, in one call."""
    results = store.write(data.bundles())
    assert all(r.written for r in results)
    return store
