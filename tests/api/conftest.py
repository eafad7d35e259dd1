"""The API under test, on each real store, loaded with the hand-built world of ``world.py``.

Every API test runs once per backend. The read-only tests share one loaded store per
backend; tests that write get a fresh one.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from actorgraph.api.app import create_app
from actorgraph.config import Settings, load_settings
from actorgraph.store.base import Store
from actorgraph.store.embedded import EmbeddedStore
from tests.api.world import BUNDLES

API_KEY = "test-key-0123"
DASHBOARD = "https://dashboard.example"
BACKENDS = ["embedded"]


def api_settings(**overrides: object) -> Settings:
    base: dict[str, object] = {"api_key": API_KEY, "cors_origins": [DASHBOARD], "node_cap": 50}
    base.update(overrides)
    return load_settings(**base)


def open_backend(backend: str, folder: Path) -> Store:
    if backend == "embedded":
        store: Store = EmbeddedStore.open(folder / "api.db")
    else:  # pragma: no cover - every backend in BACKENDS is handled above
        raise AssertionError(backend)
    store.setup()
    return store


@pytest.fixture(scope="session", params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(scope="session")
def world_store(backend: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    store = open_backend(backend, tmp_path_factory.mktemp(f"world-{backend}"))
    store.write(BUNDLES)
    yield store
    store.close()


@pytest.fixture(scope="session")
def client(world_store: Store) -> Iterator[TestClient]:
    with TestClient(create_app(api_settings(), world_store)) as c:
        yield c


@pytest.fixture
def fresh_store(backend: str, tmp_path: Path) -> Iterator[Store]:
    store = open_backend(backend, tmp_path)
    store.write(BUNDLES)
    yield store
    store.close()
