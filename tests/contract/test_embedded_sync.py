"""Embedded store only: two store instances on one SQLite file (the API and an ingest
worker) see each other's writes, although each keeps its walk graph and name index in
memory. Not part of the backend-parametrised contract: it is about the embedded caches."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from actorgraph.model import Actor, ActorType, Article, ArticleBundle
from actorgraph.store.base import EdgeFilter
from actorgraph.store.embedded import EmbeddedStore
from actorgraph.store.sqlite import writes
from tests.contract import data


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[EmbeddedStore, EmbeddedStore]]:
    api = EmbeddedStore.open(tmp_path / "shared.db")
    api.setup()
    worker = EmbeddedStore.open(tmp_path / "shared.db")
    worker.setup()
    yield api, worker
    api.close()
    worker.close()


def routes(store: EmbeddedStore) -> list[list[str]]:
    return [[a.id for a in p.actors] for p in store.paths("russia", "hts", EdgeFilter(), mode="all")]


def test_reader_sees_another_instances_writes_and_deletes(pair: tuple[EmbeddedStore, EmbeddedStore]) -> None:
    api, worker = pair
    a1, a2, a3, a4, a5 = data.bundles()
    worker.write([a1, a3])
    assert routes(api) == [["russia", "syrian-government", "hts"]]  # builds api's walk graph
    assert api.search_actors("Ankara")[0].actor.id == "turkey"  # builds api's name index
    worker.write([a2, a4, a5])
    assert sorted(routes(api)) == [["russia", "syrian-government", "hts"], ["russia", "turkey", "sna", "hts"]]
    worker.delete_article("a2")
    assert routes(api) == [["russia", "syrian-government", "hts"]]
    newcomer = Actor(id="wagner", name="Wagner Group", type=ActorType.ARMED_GROUP, aliases=["Africa Corps"])
    worker.write([ArticleBundle(article=Article(id="w", text="Wagner."), actors=[newcomer], claims=[])])
    assert api.search_actors("Africa Corps")[0].actor.id == "wagner"


def test_own_writes_update_the_cached_graph(pair: tuple[EmbeddedStore, EmbeddedStore]) -> None:
    api, _ = pair
    a1, a2, _, a4, _ = data.bundles()
    api.write([a1])
    assert routes(api) == [["russia", "syrian-government", "hts"]]
    api.write([a2, a4])
    assert sorted(routes(api)) == [["russia", "syrian-government", "hts"], ["russia", "turkey", "sna", "hts"]]


def test_bulk_write_elsewhere_makes_readers_rebuild(
    pair: tuple[EmbeddedStore, EmbeddedStore], monkeypatch: pytest.MonkeyPatch
) -> None:
    api, worker = pair
    a1, *rest = data.bundles()
    api.write([a1])
    assert routes(api) == [["russia", "syrian-government", "hts"]]
    # Over the log limit a write records one "rebuild" marker instead of its edge keys.
    monkeypatch.setattr(writes, "LOG_KEYS_MAX", 1)
    worker.write(rest)
    assert sorted(routes(api)) == [["russia", "syrian-government", "hts"], ["russia", "turkey", "sna", "hts"]]


def test_threads_share_one_store(tmp_path: Path) -> None:
    """FastAPI calls a store from its thread pool: reads and writes from several threads at
    once must neither fail nor see half a write."""
    import threading

    store = EmbeddedStore.open(tmp_path / "threads.db")
    store.setup()
    bundles = data.bundles()
    store.write(bundles[:1])
    # The store only ever holds a prefix a1..ak of the articles: (articles, claims) pairs.
    valid = {(k, sum(len(b.claims) for b in bundles[:k])) for k in range(1, len(bundles) + 1)}
    errors: list[BaseException] = []
    stop = threading.Event()

    def reader() -> None:
        try:
            while not stop.is_set():
                st = store.stats()
                assert (st.articles, st.claims) in valid, st
                assert len(routes(store)) in (1, 2)
                assert store.search_actors("HTS")[0].actor.id == "hts"
        except BaseException as exc:  # collected and re-raised in the test thread
            errors.append(exc)

    threads = [threading.Thread(target=reader) for _ in range(3)]
    for t in threads:
        t.start()
    try:
        for _ in range(15):
            store.write(bundles[1:])
            for b in reversed(bundles[1:]):
                store.delete_article(b.article.id)
    finally:
        stop.set()
        for t in threads:
            t.join()
        store.close()
    assert errors == []


def test_name_index_is_patched_by_writes_elsewhere(pair: tuple[EmbeddedStore, EmbeddedStore]) -> None:
    api, worker = pair
    worker.write(data.bundles()[:2])
    assert api.search_actors("Ankara")[0].actor.id == "turkey"
    index = api._names  # rebuilding it takes seconds at 100k actors: it must only be patched
    wagner = Actor(id="wagner", name="Wagner Group", type=ActorType.ARMED_GROUP)
    worker.write([ArticleBundle(article=Article(id="w1", text="Wagner."), actors=[wagner], claims=[])])
    assert [h.actor.id for h in api.search_actors("Wagner Group")][:1] == ["wagner"]
    merged = wagner.model_copy(update={"aliases": ["Africa Corps"]})
    worker.write([ArticleBundle(article=Article(id="w2", text="Africa Corps."), actors=[merged], claims=[])])
    hits = api.search_actors("Wagner Group")
    assert [h.actor.id for h in hits].count("wagner") == 1
    assert hits[0].actor.aliases == ["Africa Corps"]
    assert api.search_actors("Africa Corps")[0].actor.id == "wagner"
    assert api._names is index
