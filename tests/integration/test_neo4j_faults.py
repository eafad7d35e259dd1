"""Faults against real Neo4j: unreachable at start-up, the server going away under a reading
client (StoreUnavailable, which the API serves as 503 with Retry-After), and recovery once
it is back, without reopening anything. These tests stop their own server, never the
session's."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from actorgraph.api.app import create_app
from actorgraph.config import load_settings
from actorgraph.errors import StoreUnavailable
from actorgraph.store.factory import open_store
from actorgraph.store.neo4j import Neo4jStore, open_neo4j_store
from tests.contract import data
from tests.fixtures.neo4j import Neo4jServer, free_port, running_neo4j


@pytest.fixture(scope="module")
def own_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Neo4jServer]:
    with running_neo4j(tmp_path_factory.mktemp("neo4j-faults")) as srv:
        yield srv


def test_unreachable_at_start_up_is_a_clear_error() -> None:
    settings = load_settings(store="neo4j", neo4j_uri=f"bolt://127.0.0.1:{free_port()}")
    with pytest.raises(StoreUnavailable, match=r"cannot reach Neo4j at bolt://127\.0\.0\.1"):
        open_store(settings)


def test_unreachable_at_start_up_exits_non_zero(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "ACTORGRAPH_STORE": "neo4j",
        "ACTORGRAPH_NEO4J_URI": f"bolt://127.0.0.1:{free_port()}",
    }
    proc = subprocess.run(
        [sys.executable, "-m", "actorgraph.cli", "stats"],
        env=env, cwd=tmp_path, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert proc.returncode != 0
    assert "cannot reach Neo4j" in proc.stderr and "actorgraph neo4j start" in proc.stderr


def _reader(store: Neo4jStore, stop: threading.Event, seen: list[BaseException | str]) -> None:
    while not stop.is_set():
        try:
            store.stats()
            seen.append("ok")
        except BaseException as exc:
            seen.append(exc)
        time.sleep(0.05)


def test_server_going_away_then_back(own_server: Neo4jServer) -> None:
    store = open_neo4j_store(own_server.settings())
    try:
        store.setup()
        store.write(data.bundles())
        before = store.stats()
        app = create_app(own_server.settings(), store=store)
        with TestClient(app) as client:
            assert client.get("/health").status_code == 200

            stop = threading.Event()
            seen: list[BaseException | str] = []
            reader = threading.Thread(target=_reader, args=(store, stop, seen), daemon=True)
            reader.start()
            time.sleep(0.5)
            own_server.server.stop()
            deadline = time.monotonic() + 60
            while not any(isinstance(s, BaseException) for s in seen) and time.monotonic() < deadline:
                time.sleep(0.2)
            stop.set()
            reader.join(timeout=60)
            errors = [s for s in seen if isinstance(s, BaseException)]
            assert "ok" in seen and errors
            assert all(isinstance(e, StoreUnavailable) for e in errors), errors

            down = client.get("/health")
            assert down.status_code == 503
            assert int(down.headers["Retry-After"]) > 0

            own_server.server.start(timeout=240)
            # The same store and app, nothing reopened: the driver reconnects by itself.
            assert store.stats() == before
            assert client.get("/health").status_code == 200
    finally:
        store.close()
