"""The end-to-end check of the first release: the seed articles (``seeds/``) through the
real extractor into a store, then the API asked for a path from Russia to HTS as the seed
article's day saw it. Every hop must quote its sentence from the seed article, at the
offsets it gives. (Without the window, later and earlier articles may offer stronger hops,
e.g. Russia ALLIED_WITH the Syrian government from an April report.)"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from actorgraph.api.app import create_app
from actorgraph.config import REPO_ROOT
from actorgraph.ingest.pipeline import ingest_batch
from actorgraph.model import Article
from actorgraph.nlp import Extractor
from actorgraph.store.base import Store
from tests.api.conftest import api_settings, open_backend

SEED_ID = "seed-aleppo-2024-11-28"


def seed_articles() -> list[Article]:
    with (REPO_ROOT / "seeds" / "articles.jsonl").open(encoding="utf-8") as f:
        return [Article.model_validate(json.loads(line)) for line in f if line.strip()]


@pytest.fixture(scope="module")
def seeded(backend: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, Article]]:
    articles = seed_articles()
    (article,) = [a for a in articles if a.id == SEED_ID]
    store = open_backend(backend, Path(tmp_path_factory.mktemp(f"seed-{backend}")))
    results = ingest_batch(articles, Extractor.load(api_settings()), store)
    assert all(r.written for r in results)
    yield store, article
    store.close()


def test_path_from_russia_to_hts_quotes_the_seed_article_on_every_hop(
    seeded: tuple[Store, Article],
) -> None:
    store, article = seeded
    with TestClient(create_app(api_settings(), store)) as client:
        day = article.published
        r = client.get("/v1/paths", params={"source": "Russia", "target": "HTS", "since": day, "until": day})
        assert r.status_code == 200, r.text
        body = r.json()
    assert body["source"]["name"] == "Russia"
    assert "HTS" in [body["target"]["name"], *body["target"]["aliases"]]
    assert body["paths"], "no path from Russia to HTS"
    for path in body["paths"]:
        assert path["hops"]
        for hop in path["hops"]:
            ev = hop["evidence"]
            assert ev is not None, hop["text"]
            assert ev["article_id"] == SEED_ID
            assert article.text[ev["start"] : ev["end"]] == ev["sentence"]
            assert ev["negated"] is False


def test_without_a_window_russia_still_reaches_hts(seeded: tuple[Store, Article]) -> None:
    store, _ = seeded
    with TestClient(create_app(api_settings(), store)) as client:
        body = client.get("/v1/paths", params={"source": "Russia", "target": "HTS", "k": 3}).json()
    assert body["paths"]
    assert all(hop["evidence"]["sentence"] for p in body["paths"] for hop in p["hops"])
