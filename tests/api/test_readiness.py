"""Liveness and readiness: ``/live`` never touches the store, ``/ready`` does, and the OpenAPI
document says which one can answer 503."""

from __future__ import annotations

import socket

import neo4j
from fastapi.testclient import TestClient

from actorgraph.api.app import create_app
from actorgraph.store.neo4j import Neo4jStore
from tests.api.conftest import api_settings


def test_live_and_ready_with_the_store_up(client: TestClient, backend: str) -> None:
    live = client.get("/live")
    assert live.status_code == 200 and live.json()["status"] == "alive"
    ready = client.get("/ready")
    assert ready.status_code == 200 and ready.json() == client.get("/health").json()
    assert ready.json()["store"] == backend


def test_ready_is_503_while_live_stays_200_with_the_store_down() -> None:
    # A real driver aimed at a loopback port nobody listens on: a Neo4j that is down.
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
            assert c.get("/live").status_code == 200
            for url in ("/ready", "/health"):
                r = c.get(url)
                assert r.status_code == 503, r.text
                assert int(r.headers["retry-after"]) > 0
                assert r.json()["title"] == "Store unavailable"
    finally:
        driver.close()


def test_openapi_documents_readiness(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    ready = paths["/ready"]["get"]["responses"]
    assert set(ready) >= {"200", "503"}
    assert "Retry-After" in ready["503"]["headers"]
    assert "application/problem+json" in ready["503"]["content"]
    assert "200" in paths["/live"]["get"]["responses"]
