"""News from the loopback sites into both stores, directly (``actorgraph ingest``) and through
the worker with the Redis and the local queue: the right texts, the wire copy linked to its
original, the copied story's claims counted as one source, every bad item reported by URL."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from actorgraph.api.app import create_app
from actorgraph.api.lookups import Lookups
from actorgraph.cli.ingest import ingest_items
from actorgraph.config import Settings, load_settings
from actorgraph.ingest import service
from actorgraph.ingest.fetch.http import Fetcher
from actorgraph.ingest.fetch.page import article_id_for
from actorgraph.ingest.fetch.source import WebInput
from actorgraph.ingest.queue import JobState, open_queue
from actorgraph.ingest.reader import read_inputs
from actorgraph.ingest.web_jobs import WebJobs
from actorgraph.ingest.worker import Worker
from actorgraph.model import RelationType
from actorgraph.nlp import Extractor
from actorgraph.store.base import EdgeFilter, Store
from tests.contract.conftest import open_backend
from tests.fixtures.websites import WebSites

KEY = "web-test-key"


def _settings(tmp_path: Path, **more: object) -> Settings:
    return load_settings(
        fetch_timeout=1.0, fetch_host_delay=0.0, api_key=KEY, db_path=tmp_path / "store.db", **more
    )


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor.load(load_settings())


@pytest.fixture(params=["embedded", "neo4j"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    s = open_backend(request.param, request, tmp_path)
    yield s
    s.close()


def check_copied_story(store: Store, sites: WebSites) -> None:
    """What ingesting the feed must leave in the store, whichever way it came in."""
    original, copy, third = (article_id_for(u) for u in (sites.original, sites.copy, sites.third))
    first = store.get_article(original)
    assert first.article.url == sites.original and first.article.source == "The Northern Ledger"
    assert first.article.text.startswith("Turkish forces shell Kurdish positions near Manbij\n")
    assert "Related stories" not in first.article.text and "Israel attacks" not in first.article.text
    assert first.copies == [copy] and first.copy_of is None
    second = store.get_article(copy)
    assert second.copy_of == original and second.similarity is not None and second.similarity >= 0.5
    assert second.article.source == "Valley Courier" and "cookies" not in second.article.text
    assert store.get_article(third).copy_of is None
    # Evidence offsets point into the stored text.
    for claim in second.claims:
        assert second.article.text[claim.start : claim.end] == claim.sentence

    look = Lookups(store)
    backed = store.claims("russia", RelationType.SUPPORTS, "syrian-government")
    assert sorted(c.article_id for c in backed) == sorted([original, copy])
    belief = look.belief(backed)
    assert belief is not None and belief.sources == 1 and belief.claims == 2
    edge = store.edges(look_filter("russia", "syrian-government"), 0, 1)[0][0]
    assert edge.confidence == pytest.approx(max(c.confidence for c in backed))
    # The copy's own reporting (Iran and Hezbollah) counts for it, beside the third story.
    added = store.claims("iran", RelationType.SUPPORTS, "hezbollah")
    assert sorted(c.article_id for c in added) == sorted([copy, third])
    own = look.belief(added)
    assert own is not None and own.sources == 2


def look_filter(source: str, target: str) -> EdgeFilter:
    return EdgeFilter(source_id=source, target_id=target, types=[RelationType.SUPPORTS])


def test_ingest_a_feed_directly(
    websites: WebSites, store: Store, extractor: Extractor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = _settings(tmp_path)
    monkeypatch.setattr(Extractor, "load", classmethod(lambda cls, s: extractor))  # loaded once per module
    fetcher = Fetcher(settings)
    try:
        items = list(read_inputs([websites.feed], settings.max_text_bytes, web=WebInput(settings, fetcher)))
    finally:
        fetcher.close()
    report = ingest_items(items, settings, store, progress=False)
    assert report.stored == 3 and report.copies == 1
    reasons = {p.origin: p.message.split(":")[0] for p in report.problems}
    assert reasons == {**websites.bad_items(), websites.french: "not-english"}
    check_copied_story(store, websites)

    # The API shows the copy under the claim it repeats, and the article's copies.
    with TestClient(create_app(settings, store)) as client:
        original, copy = article_id_for(websites.original), article_id_for(websites.copy)
        assert client.get(f"/v1/articles/{original}").json()["copies"] == [copy]
        evidence = client.get("/v1/relations/russia/SUPPORTS/syrian-government/evidence").json()
        assert evidence["belief"]["sources"] == 1 and evidence["claims"]["total"] == 1
        (listed,) = evidence["claims"]["items"]
        assert listed["article_id"] == original
        assert [(k["article_id"], k["repeats"]) for k in listed["copies"]] == [(copy, listed["id"])]


@pytest.mark.parametrize("queue_kind", ["redis", "sqlite"])
def test_ingest_a_feed_through_the_worker(
    websites: WebSites,
    store: Store,
    extractor: Extractor,
    tmp_path: Path,
    request: pytest.FixtureRequest,
    queue_kind: str,
) -> None:
    url = str(request.getfixturevalue("redis_url")) if queue_kind == "redis" else str(tmp_path / "queue.db")
    settings = _settings(tmp_path, queue_url=url, queue_max_tries=2)
    queue = open_queue(settings, reclaim_after=30)
    fetcher = Fetcher(settings)
    try:
        # As POST /v1/articles {"url": ...} does: a job that only names the URL.
        summary = service.enqueue(queue, service.articles_from_records([{"url": websites.feed}], 10_000))
        feed_job = summary.enqueued_ids[0]
        web = WebJobs(fetcher, queue, settings.article_language)
        worker = Worker(queue, extractor, store, name="w1", block=0.1, web=web, copy_threshold=0.5)
        report = worker.run(drain=True)
        feed = queue.job(feed_job).result
        assert feed is not None and feed.feed_items == 8
        for bad, reason in websites.bad_items().items():
            job = queue.job(article_id_for(bad))
            assert job.state is JobState.FAILED and job.reason is not None
            assert job.reason.startswith(reason + ":"), (bad, job.reason)
        # A 500 or a timeout may pass later: tried again; a redirect loop or a PDF cannot.
        assert queue.job(article_id_for(websites.ledger.url + "/world/broken.html")).attempts == 2
        assert queue.job(article_id_for(websites.ledger.url + "/loop/a")).attempts == 1
        french = queue.job(article_id_for(websites.french))
        assert french.state is JobState.DONE and french.result is not None
        assert french.result.language == "fr" and french.result.skipped
        copy = queue.job(article_id_for(websites.copy))
        assert copy.result is not None and copy.result.copy_of == article_id_for(websites.original)
        assert report.failed == 4
        check_copied_story(store, websites)
    finally:
        fetcher.close()
        queue.clear()
        queue.close()


def test_a_registered_feed_is_polled_by_the_worker(
    websites: WebSites, store: Store, extractor: Extractor, tmp_path: Path
) -> None:
    from actorgraph.ingest.feeds.base import open_feeds
    from actorgraph.ingest.feeds.poll import FeedPoller

    settings = _settings(tmp_path, queue_url=str(tmp_path / "queue.db"), queue_max_tries=1)
    queue, feeds, fetcher = open_queue(settings), open_feeds(settings), Fetcher(settings)
    try:
        feeds.add(websites.feed, 900)
        web = WebJobs(fetcher, queue, settings.article_language)
        poller = FeedPoller(feeds, fetcher, queue)
        worker = Worker(
            queue, extractor, store, name="w1", block=0.1, web=web, copy_threshold=0.4, feeds=poller
        )
        worker.run(drain=True)
        (feed,) = feeds.all()
        assert feed.last_status == "ok: 8 items, 8 new, 8 queued"
        assert feed.last_polled is not None and feed.next_poll >= feed.last_polled + 899
        check_copied_story(store, websites)
    finally:
        fetcher.close()
        feeds.close()
        queue.close()
