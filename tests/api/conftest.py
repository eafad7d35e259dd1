"""The API under test, on each real store, loaded with a known data set.

Every API test runs once per backend in ``BACKENDS``. Data sets: ``world`` (the hand-built
articles of ``world.py``) and ``seeds`` (``seeds/`` through the real extractor).

The embedded store keeps one SQLite file per data set. Neo4j Community has one database
per server and the session has one server, so there the store is shared and
:func:`ensure` reloads it whenever a test needs another data set than the one it holds
(tests are grouped by file, so that is rare); a test that writes marks it dirty.
"""

from __future__ import annotations

import os
import socket
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import neo4j
import pytest
from fastapi.testclient import TestClient

from actorgraph.api.app import create_app
from actorgraph.config import Settings, load_settings
from actorgraph.model import ArticleBundle
from actorgraph.store.base import Store
from actorgraph.store.neo4j import Neo4jStore
from tests.api.world import BUNDLES

API_KEY = "test-key-0123"
DASHBOARD = "https://dashboard.example"
BACKENDS = ["embedded", "neo4j"]


#: A queue file out of the checkout for apps that open one (a GET of an article the store
#: does not have asks the queue whether it is pending).
QUEUE_FILE = Path(tempfile.gettempdir()) / f"actorgraph-api-tests-{os.getpid()}-queue.db"


def api_settings(**overrides: object) -> Settings:
    base: dict[str, object] = {
        "api_key": API_KEY,
        "cors_origins": [DASHBOARD],
        "node_cap": 50,
        "queue_url": str(QUEUE_FILE),
    }
    base.update(overrides)
    return load_settings(**base)


class Stores:
    """The stores of one backend for the session, keyed by data set."""

    def __init__(self, backend: str, request: pytest.FixtureRequest, folder: Path) -> None:
        self.backend = backend
        self.request = request
        self.folder = folder
        self.open: dict[str, Store] = {}
        self.loaded: str | None = None  # the data set the shared Neo4j store holds

    def _new(self, name: str) -> Store:
        store: Store
        if self.backend == "embedded":
            from actorgraph.store.embedded import EmbeddedStore

            store = EmbeddedStore.open(self.folder / f"{name}.db")
        else:
            from actorgraph.store.neo4j import open_neo4j_store

            store = open_neo4j_store(self.request.getfixturevalue("neo4j_server").settings())
        store.setup()
        return store

    def ensure(self, dataset: str, bundles: Callable[[], list[ArticleBundle]], fresh: bool = False) -> Store:
        """A store holding exactly ``dataset``; ``fresh``: one the caller may change."""
        if self.backend == "embedded":
            key = f"{dataset}-fresh-{len(self.open)}" if fresh else dataset
            if key not in self.open:
                self.open[key] = self._new(key)
                assert all(r.written for r in self.open[key].write(bundles()))
            return self.open[key]
        store = self.open.get("shared")
        if store is None:
            store = self.open["shared"] = self._new("shared")
        if self.loaded != dataset or fresh:
            store.delete_everything()  # type: ignore[attr-defined]
            assert all(r.written for r in store.write(bundles()))
            self.loaded = dataset
        if fresh:
            self.loaded = None  # the caller may write: reload before the next test
        return store

    def close(self) -> None:
        for store in self.open.values():
            store.close()


@pytest.fixture(scope="session", params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(scope="session")
def stores(
    backend: str, request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Stores]:
    s = Stores(backend, request, tmp_path_factory.mktemp(f"api-{backend}"))
    yield s
    s.close()


@pytest.fixture
def world_store(stores: Stores) -> Store:
    return stores.ensure("world", lambda: BUNDLES)


@pytest.fixture(scope="session")
def _world_clients() -> Iterator[dict[int, TestClient]]:
    clients: dict[int, TestClient] = {}
    yield clients
    for c in clients.values():
        c.__exit__(None, None, None)


@pytest.fixture
def client(world_store: Store, stores: Stores, _world_clients: dict[int, TestClient]) -> TestClient:
    """One app per store for the session (start-up is not what these tests measure)."""
    key = id(world_store)
    if key not in _world_clients:
        c = TestClient(create_app(api_settings(store=stores.backend), world_store))
        c.__enter__()
        _world_clients[key] = c
    return _world_clients[key]


@pytest.fixture
def fresh_store(stores: Stores) -> Store:
    """The world in a store the test may change."""
    return stores.ensure("world", lambda: BUNDLES, fresh=True)


@pytest.fixture
def unreachable_store_client() -> Iterator[TestClient]:
    """The API on a real Neo4j driver aimed at a loopback port nobody listens on: every read
    fails the way a Neo4j that went down does."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    driver = neo4j.GraphDatabase.driver(
        f"bolt://127.0.0.1:{port}",
        auth=("neo4j", "x"),
        connection_timeout=1.0,
        max_transaction_retry_time=0.5,
    )
    try:
        with TestClient(create_app(api_settings(store="neo4j"), Neo4jStore(driver))) as c:
            yield c
    finally:
        driver.close()
