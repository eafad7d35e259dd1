"""Liveness and readiness: ``/live`` never touches the store, ``/ready`` does, and the OpenAPI
document says which one can answer 503."""

from __future__ import annotations

from fastapi.testclient import TestClient


def test_live_and_ready_with_the_store_up(client: TestClient, backend: str) -> None:
    live = client.get("/live")
    assert live.status_code == 200 and live.json()["status"] == "alive"
    ready = client.get("/ready")
    assert ready.status_code == 200 and ready.json() == client.get("/health").json()
    assert ready.json()["store"] == backend


def test_ready_is_503_while_live_stays_200_with_the_store_down(unreachable_store_client: TestClient) -> None:
    c = unreachable_store_client
    assert c.get("/live").status_code == 200
    for url in ("/ready", "/health"):
        r = c.get(url)
        assert r.status_code == 503, r.text
        assert int(r.headers["retry-after"]) > 0
        assert r.json()["title"] == "Store unavailable"


def test_openapi_documents_readiness(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    ready = paths["/ready"]["get"]["responses"]
    assert set(ready) >= {"200", "503"}
    assert "Retry-After" in ready["503"]["headers"]
    assert "application/problem+json" in ready["503"]["content"]
    assert "200" in paths["/live"]["get"]["responses"]
