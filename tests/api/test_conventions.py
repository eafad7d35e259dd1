"""Conventions: health, articles, write key, ETag/304, Cache-Control, CORS, OpenAPI."""

from __future__ import annotations

from fastapi.testclient import TestClient

from actorgraph.api.app import create_app
from actorgraph.store.base import Store
from tests.api.conftest import API_KEY, DASHBOARD, api_settings
from tests.api.world import ALEPPO


def test_health_and_docs(client: TestClient, backend: str) -> None:
    body = client.get("/health").json()
    assert body["status"] == "ok" and body["store"] == backend
    assert client.get("/docs").status_code == 200
    paths = client.get("/openapi.json").json()["paths"]
    for p in ("/v1/actors/search", "/v1/actors/{actor}/neighbourhood", "/v1/paths", "/v1/timeline"):
        assert p in paths


def test_article_with_its_claims(client: TestClient) -> None:
    body = client.get("/v1/articles/a1-aleppo").json()
    assert body["article"]["text"] == ALEPPO.article.text
    assert body["content_hash"] == ALEPPO.article.content_hash
    assert len(body["claims"]) == 7
    r = client.get("/v1/articles/nope")
    assert r.status_code == 404 and r.json()["article_id"] == "nope"


def test_etag_and_304(client: TestClient) -> None:
    r = client.get("/v1/actors/russia")
    etag = r.headers["etag"]
    assert r.headers["cache-control"].startswith("public")
    again = client.get("/v1/actors/russia", headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.content == b"" and again.headers["etag"] == etag
    other = client.get("/v1/actors/russia", headers={"If-None-Match": '"stale"'})
    assert other.status_code == 200
    assert client.get("/v1/actors/hts").headers["etag"] != etag
    assert "etag" not in client.get("/v1/actors/nobody-at-all").headers


def test_cors_for_the_configured_dashboard_only(client: TestClient) -> None:
    ok = client.get("/v1/stats", headers={"Origin": DASHBOARD})
    assert ok.headers["access-control-allow-origin"] == DASHBOARD
    assert "etag" in ok.headers["access-control-expose-headers"].lower()
    other = client.get("/v1/stats", headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in other.headers
    pre = client.options(
        "/v1/articles/a1-aleppo",
        headers={
            "Origin": DASHBOARD,
            "Access-Control-Request-Method": "DELETE",
            "Access-Control-Request-Headers": "X-API-Key",
        },
    )
    assert pre.status_code == 200


def test_writes_need_the_key(fresh_store: Store) -> None:
    with TestClient(create_app(api_settings(), fresh_store)) as c:
        assert c.delete("/v1/articles/a2-december").status_code == 401
        wrong = c.delete("/v1/articles/a2-december", headers={"X-API-Key": "guess"})
        assert wrong.status_code == 401
        assert wrong.headers["content-type"].startswith("application/problem+json")
        before = c.get("/v1/relations", params={"source": "russia"}).json()["items"][0]
        assert before["evidence_count"] == 2
        ok = c.delete("/v1/articles/a2-december", headers={"X-API-Key": API_KEY})
        assert ok.status_code == 204
        after = c.get("/v1/relations", params={"source": "russia"}).json()["items"][0]
        assert after["evidence_count"] == 1  # the edge was recomputed from what is left
        assert c.delete("/v1/articles/a2-december", headers={"X-API-Key": API_KEY}).status_code == 404


def test_with_no_key_configured_writes_are_refused(fresh_store: Store) -> None:
    with TestClient(create_app(api_settings(api_key=None), fresh_store)) as c:
        r = c.delete("/v1/articles/a1-aleppo", headers={"X-API-Key": ""})
        assert r.status_code == 403
        assert c.delete("/v1/articles/a1-aleppo", headers={"X-API-Key": "anything"}).status_code == 403
        assert c.get("/v1/articles/a1-aleppo").status_code == 200


def test_a_store_that_cannot_be_reached_is_a_503_with_retry_after(
    unreachable_store_client: TestClient,
) -> None:
    for url in ("/health", "/v1/actors/russia", "/v1/paths?source=russia&target=hts"):
        r = unreachable_store_client.get(url)
        assert r.status_code == 503, (url, r.text)
        assert r.headers["retry-after"].isdigit()
        assert r.headers["content-type"].startswith("application/problem+json")
        assert r.json()["title"] == "Store unavailable"
