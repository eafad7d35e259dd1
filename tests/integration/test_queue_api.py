"""The ingest routes on a real queue (redis-server and the SQLite file): enqueue with the
write key, all-or-nothing validation, counts, one article's job, retry."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from actorgraph.api.app import create_app
from actorgraph.config import load_settings
from actorgraph.ingest.queue import JobQueue, JobResult, open_queue
from actorgraph.store.embedded import EmbeddedStore

KEY = "queue-test-key"
HEADERS = {"X-API-Key": KEY}


@pytest.fixture(params=["redis", "sqlite"])
def queue_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "redis":
        return str(request.getfixturevalue("redis_url"))
    return str(tmp_path / "queue.db")


@pytest.fixture
def client(queue_url: str, tmp_path: Path) -> Iterator[TestClient]:
    settings = load_settings(api_key=KEY, queue_url=queue_url, db_path=tmp_path / "store.db")
    store = EmbeddedStore.open(tmp_path / "store.db")
    store.setup()
    with TestClient(create_app(settings, store)) as c:
        yield c
    store.close()


@pytest.fixture
def queue(queue_url: str) -> Iterator[JobQueue]:
    q = open_queue(load_settings(queue_url=queue_url, queue_max_tries=1))
    yield q
    q.close()


def _article(i: int, **extra: object) -> dict[str, object]:
    return {"id": f"n{i}", "text": f"Turkey supports the Syrian National Army ({i}).", **extra}


def test_enqueue_needs_the_key(client: TestClient) -> None:
    assert client.post("/v1/articles", json=[_article(1)]).status_code == 401
    assert client.post("/v1/articles", json=[_article(1)], headers={"X-API-Key": "nope"}).status_code == 401
    assert client.get("/v1/ingest/counts").json() == {"queued": 0, "processing": 0, "done": 0, "failed": 0}


def test_enqueue_counts_and_idempotence(client: TestClient) -> None:
    r = client.post("/v1/articles", json=[_article(1), _article(2)], headers=HEADERS)
    assert r.status_code == 202
    assert r.json()["enqueued_ids"] == ["n1", "n2"] and r.json()["unchanged"] == 0
    r = client.post("/v1/articles", json={"articles": [_article(1)]}, headers=HEADERS)
    assert r.json()["unchanged_ids"] == ["n1"] and r.json()["enqueued"] == 0
    r = client.post("/v1/articles", json=_article(3, title="single"), headers=HEADERS)
    assert r.json()["enqueued_ids"] == ["n3"]
    assert client.get("/v1/ingest/counts").json()["queued"] == 3
    job = client.get("/v1/ingest/jobs/n3").json()
    assert job["state"] == "queued" and job["attempts"] == 0


def test_one_bad_item_rejects_the_whole_request(client: TestClient) -> None:
    too_big = "x" * 1_000_001
    r = client.post(
        "/v1/articles",
        json=[_article(1), {"id": "n2"}, {"id": "n3", "text": too_big}, {"text": "no id"}],
        headers=HEADERS,
    )
    # What the body's schema refuses is named member by member (items count from 0 here).
    assert r.status_code == 422
    detail = r.json()["detail"]
    assert "body.list.1.article.text: Field required" in detail
    assert "body.list.3.article.id: Field required" in detail
    # What only the server's settings refuse (the size of a text) is checked next, with
    # the same rule files follow (items count from 1, as lines do).
    r = client.post("/v1/articles", json=[_article(1), {"id": "n3", "text": too_big}], headers=HEADERS)
    assert r.status_code == 422
    detail = r.json()["detail"]
    assert "1 bad input item(s); nothing was enqueued" in detail
    assert 'request body item:2: "text" is 1000001 bytes, over the limit of 1000000' in detail
    assert client.get("/v1/ingest/counts").json()["queued"] == 0


def test_one_id_with_two_texts_is_a_conflict(client: TestClient) -> None:
    r = client.post("/v1/articles", json=[_article(1), {"id": "n1", "text": "another"}], headers=HEADERS)
    assert r.status_code == 409 and "n1" in r.json()["detail"]
    assert client.get("/v1/ingest/counts").json()["queued"] == 0


def test_a_queued_article_answers_202_with_its_job_until_stored(client: TestClient) -> None:
    client.post("/v1/articles", json=_article(7), headers=HEADERS)
    r = client.get("/v1/articles/n7")
    assert r.status_code == 202 and r.json()["state"] == "queued"
    assert client.delete("/v1/articles/n7", headers=HEADERS).status_code == 409
    assert client.get("/v1/articles/never-posted").status_code == 404


def test_unknown_job_is_404(client: TestClient) -> None:
    r = client.get("/v1/ingest/jobs/never-seen")
    assert r.status_code == 404
    assert r.headers["content-type"].startswith("application/problem+json")


def test_failed_job_reason_and_retry(client: TestClient, queue: JobQueue) -> None:
    client.post("/v1/articles", json=[_article(1), _article(2)], headers=HEADERS)
    jobs = {j.article.id: j for j in queue.claim("w", 2, block=0)}
    queue.fail("w", jobs["n1"], "ExtractionError: cannot parse")  # max_tries=1: failed at once
    queue.complete("w", [(jobs["n2"], JobResult(written=True, claims=4, actors=3))])

    status = client.get("/v1/ingest/status").json()
    assert status["counts"] == {"queued": 0, "processing": 0, "done": 1, "failed": 1}
    assert [(f["article_id"], f["reason"]) for f in status["failed"]] == [
        ("n1", "ExtractionError: cannot parse")
    ]
    result = client.get("/v1/ingest/jobs/n2").json()["result"]
    assert (result["written"], result["claims"], result["actors"]) == (True, 4, 3)
    assert result["copy_of"] is None and result["skipped"] is None

    assert client.post("/v1/ingest/retry", json={}).status_code == 401
    r = client.post("/v1/ingest/retry", json={"ids": ["n2"]}, headers=HEADERS)
    assert r.json() == {"queued": []}  # a done article is not failed: left alone
    r = client.post("/v1/ingest/retry", json={}, headers=HEADERS)
    assert r.json() == {"queued": ["n1"]}
    assert client.get("/v1/ingest/counts").json() == {"queued": 1, "processing": 0, "done": 1, "failed": 0}
