"""Who gets in: write keys (several at once, for rotation), an optional read key, the cap
on request bodies, CORS exactly as configured, and no default secrets in docker-compose."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import yaml
from fastapi.testclient import TestClient

from actorgraph.api.app import create_app
from actorgraph.api.deps import key_matches
from actorgraph.config import REPO_ROOT, load_settings
from actorgraph.store.embedded import EmbeddedStore

ALLOWED = "https://dashboard.example"
MakeClient = Callable[..., TestClient]


@pytest.fixture
def make_client(tmp_path: Path) -> Iterator[MakeClient]:
    store = EmbeddedStore.open(tmp_path / "a.db")
    store.setup()
    opened: list[TestClient] = []

    def make(**overrides: object) -> TestClient:
        base: dict[str, object] = {"queue_url": str(tmp_path / "q.db"), "cors_origins": [ALLOWED]}
        c = TestClient(create_app(load_settings(**{**base, **overrides}), store))
        c.__enter__()
        opened.append(c)
        return c

    yield make
    for c in opened:
        c.__exit__(None, None, None)
    store.close()


def test_every_configured_write_key_opens_writes(
    make_client: MakeClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ACTORGRAPH_API_KEYS", "next-key-2, old-key-0")
    c = make_client(api_key="current-key-1")
    for key in ("current-key-1", "next-key-2", "old-key-0"):
        # Past the key check, the unknown article is a 404.
        assert c.delete("/v1/articles/nope", headers={"X-API-Key": key}).status_code == 404, key
    for key in ("current-key", "next-key-2x", ""):
        assert c.delete("/v1/articles/nope", headers={"X-API-Key": key}).status_code == 401, key
    assert c.delete("/v1/articles/nope").status_code == 401


def test_key_comparison_checks_every_key() -> None:
    assert key_matches("b", ["a", "b", "c"]) and not key_matches("d", ["a", "b"])
    assert not key_matches("", ["a"]) and not key_matches("a", [])


def test_a_read_key_guards_every_read_but_health(make_client: MakeClient) -> None:
    c = make_client(api_key="write-key", read_api_key="read-key")
    r = c.get("/v1/actors")
    assert r.status_code == 401 and r.headers["content-type"].startswith("application/problem+json")
    assert c.get("/v1/actors", headers={"X-API-Key": "wrong"}).status_code == 401
    assert c.get("/v1/actors", headers={"X-API-Key": "read-key"}).status_code == 200
    assert c.get("/v1/actors", headers={"X-API-Key": "write-key"}).status_code == 200
    assert c.get("/health").status_code == 200
    # The read key opens no write.
    assert c.delete("/v1/articles/nope", headers={"X-API-Key": "read-key"}).status_code == 401
    doc = c.get("/openapi.json", headers={"X-API-Key": "read-key"}).json()
    assert "401" in doc["paths"]["/v1/actors"]["get"]["responses"]
    assert "401" not in doc["paths"]["/health"]["get"]["responses"]


def test_without_a_read_key_reads_are_public(make_client: MakeClient) -> None:
    c = make_client(api_key="write-key")
    assert c.get("/v1/actors").status_code == 200
    doc = c.get("/openapi.json").json()
    assert "401" not in doc["paths"]["/v1/actors"]["get"]["responses"]


def test_bodies_over_the_cap_are_413(make_client: MakeClient) -> None:
    c = make_client(api_key="k", max_body_bytes=1000)
    big = {"id": "a", "text": "x" * 2000}
    r = c.post("/v1/articles", json=big, headers={"X-API-Key": "k"})
    assert r.status_code == 413
    assert "limit of 1000 bytes" in r.json()["detail"] and "ACTORGRAPH_MAX_BODY_BYTES" in r.json()["detail"]

    def chunks() -> Iterator[bytes]:  # no Content-Length: counted while it streams in
        yield b'{"id": "a", "text": "'
        for _ in range(20):
            yield b"x" * 100
        yield b'"}'

    json_type = {"X-API-Key": "k", "Content-Type": "application/json"}
    r = c.post("/v1/articles", content=chunks(), headers=json_type)
    assert r.status_code == 413
    small = c.post("/v1/articles", json={"id": "a", "text": "Russia backs Syria."}, headers=json_type)
    assert small.status_code == 202
    doc = c.get("/openapi.json").json()
    assert "413" in doc["paths"]["/v1/articles"]["post"]["responses"]


def test_cors_answers_the_configured_origin_and_nothing_more(make_client: MakeClient) -> None:
    c = make_client()
    ok = c.get("/v1/actors", headers={"Origin": ALLOWED})
    assert ok.headers["access-control-allow-origin"] == ALLOWED
    other = c.get("/v1/actors", headers={"Origin": "https://evil.example"})
    assert other.status_code == 200
    assert not [h for h in other.headers if h.lower().startswith("access-control-")]
    preflight = {"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"}
    r = c.options("/v1/articles", headers=preflight)
    assert "access-control-allow-origin" not in r.headers
    r = c.options("/v1/articles", headers={**preflight, "Origin": ALLOWED})
    assert r.headers["access-control-allow-origin"] == ALLOWED


def test_docker_compose_has_no_default_secrets() -> None:
    text = (REPO_ROOT / "docker-compose.yml").read_text(encoding="utf-8")
    compose = yaml.safe_load(text)
    env = compose["x-actorgraph-env"]
    required = re.compile(r"^\$\{[A-Z0-9_]+:\?.+\}$")  # ${VAR:?message}: compose refuses to start without it
    assert required.match(env["ACTORGRAPH_API_KEY"]), env["ACTORGRAPH_API_KEY"]
    assert required.match(env["ACTORGRAPH_NEO4J_PASSWORD"])
    assert required.search(compose["services"]["neo4j"]["environment"]["NEO4J_AUTH"].split("/", 1)[1])
