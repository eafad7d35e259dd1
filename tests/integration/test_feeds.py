"""Feeds polled by the workers, on a real queue (redis-server and the SQLite file) against the
loopback sites: the registry, conditional requests, new items only, the CLI and the API."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from actorgraph.api.app import create_app
from actorgraph.cli import main
from actorgraph.config import Settings, load_settings
from actorgraph.errors import InputError
from actorgraph.ingest.feeds.base import FeedRegistry, open_feeds, parse_every
from actorgraph.ingest.feeds.poll import poll
from actorgraph.ingest.fetch.http import Fetcher
from actorgraph.ingest.fetch.page import article_id_for
from actorgraph.ingest.queue import JobQueue, open_queue
from actorgraph.store.embedded import EmbeddedStore
from tests.fixtures.websites import WebSites

KEY = "feeds-test-key"


@pytest.fixture(params=["redis", "sqlite"])
def settings(request: pytest.FixtureRequest, tmp_path: Path) -> Settings:
    url = str(request.getfixturevalue("redis_url")) if request.param == "redis" else str(tmp_path / "q.db")
    return load_settings(
        queue_url=url, fetch_timeout=1.0, fetch_host_delay=0.0, api_key=KEY, db_path=tmp_path / "s.db"
    )


@pytest.fixture
def registry(settings: Settings) -> Iterator[FeedRegistry]:
    r = open_feeds(settings)
    yield r
    for feed in r.all():
        r.remove(feed.url)
    r.close()


@pytest.fixture
def queue(settings: Settings) -> Iterator[JobQueue]:
    q = open_queue(settings)
    yield q
    q.clear()
    q.close()


def test_intervals() -> None:
    assert parse_every("15m") == 900 and parse_every("2h") == 7200 and parse_every(90) == 90
    with pytest.raises(InputError):
        parse_every("10s")  # too often to be polite
    with pytest.raises(InputError):
        parse_every("soon")


def test_a_due_feed_is_taken_once(registry: FeedRegistry) -> None:
    added = registry.add("http://a.example/feed.xml", 600)
    assert added.every == 600 and [f.url for f in registry.all()] == ["http://a.example/feed.xml"]
    now = time.time() + 1
    assert [f.url for f in registry.take_due(now)] == ["http://a.example/feed.xml"]
    assert registry.take_due(now) == []  # a second worker finds nothing for this turn
    assert registry.take_due(now + 601)[0].url == "http://a.example/feed.xml"
    assert registry.remove("http://a.example/feed.xml") and not registry.remove("http://a.example/feed.xml")


def test_polls_are_conditional_and_queue_new_items_only(
    websites: WebSites, settings: Settings, registry: FeedRegistry, queue: JobQueue
) -> None:
    fetcher = Fetcher(settings)
    try:
        registry.add(websites.feed, 600)
        (feed,) = registry.take_due(time.time() + 1)
        assert poll(feed, fetcher, registry, queue) == "ok: 8 items, 8 new, 8 queued"
        assert queue.counts().queued == 8 and queue.job(article_id_for(websites.copy)).state.value == "queued"
        (feed,) = registry.all()
        assert feed.etag and feed.last_modified and feed.items_seen == 8 and feed.items_queued == 8
        # The next poll sends the validators and gets 304: nothing is read or queued.
        assert poll(feed, fetcher, registry, queue) == "not modified"
        assert websites.ledger.requests("/feed.xml")[-1].headers["if-none-match"] == feed.etag
        # Without validators the feed comes whole, and its items are all known already.
        fresh = feed.model_copy(update={"etag": None, "last_modified": None})
        assert poll(fresh, fetcher, registry, queue) == "ok: 8 items, 0 new, 0 queued"
        assert queue.counts().queued == 8
        broken = registry.add(websites.ledger.url + "/broken-feed.xml", 600)
        assert poll(broken, fetcher, registry, queue).startswith("malformed-feed:")
    finally:
        fetcher.close()


def test_cli_add_list_remove(
    settings: Settings,
    registry: FeedRegistry,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("ACTORGRAPH_QUEUE_URL", settings.queue_url)
    assert main(["feeds", "add", "http://b.example/rss", "--every", "15m"]) == 0
    assert main(["feeds", "list"]) == 0
    assert (
        "http://b.example/rss  every 900s, due now, 0 items seen: not polled yet" in capsys.readouterr().out
    )
    assert main(["feeds", "add", "ftp://b.example/rss"]) == 2
    assert main(["feeds", "remove", "http://b.example/rss"]) == 0
    assert registry.all() == []


def test_api_feeds(settings: Settings, registry: FeedRegistry, tmp_path: Path) -> None:
    store = EmbeddedStore.open(tmp_path / "api.db")
    store.setup()
    headers = {"X-API-Key": KEY}
    with TestClient(create_app(settings, store)) as client:
        assert client.post("/v1/feeds", json={"url": "http://c.example/rss"}).status_code == 401
        r = client.post("/v1/feeds", json={"url": "http://c.example/rss", "every": "1h"}, headers=headers)
        assert r.status_code == 201 and r.json()["every"] == 3600
        assert client.post("/v1/feeds", json={"url": "c.example"}, headers=headers).status_code == 422
        assert [f["url"] for f in client.get("/v1/feeds").json()] == ["http://c.example/rss"]
        assert client.delete("/v1/feeds", params={"url": "http://c.example/rss"}).status_code == 401
        assert (
            client.delete("/v1/feeds", params={"url": "http://c.example/rss"}, headers=headers).status_code
            == 204
        )
        assert (
            client.delete("/v1/feeds", params={"url": "http://c.example/rss"}, headers=headers).status_code
            == 404
        )
        # A URL job through the article route, for a worker to fetch.
        r = client.post("/v1/articles", json={"url": "http://c.example/story.html"}, headers=headers)
        assert r.status_code == 202 and r.json()["enqueued_ids"] == [
            article_id_for("http://c.example/story.html")
        ]
    store.close()
