"""The end-to-end check of the first release: the seed articles (``seeds/``) through the
real extractor into a store, then the API asked for a path from Russia to HTS as the seed
article's day saw it. Every hop must quote its sentence from the seed article, at the
offsets it gives. (Without the window, later and earlier articles may offer stronger hops,
e.g. Russia ALLIED_WITH the Syrian government from an April report.)"""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from actorgraph.api.app import create_app
from actorgraph.config import REPO_ROOT
from actorgraph.ingest.pipeline import bundle_articles
from actorgraph.model import Article, ArticleBundle
from actorgraph.nlp import Extractor
from actorgraph.store.base import Store
from tests.api.conftest import Stores, api_settings

SEED_ID = "seed-aleppo-2024-11-28"


def seed_articles() -> list[Article]:
    with (REPO_ROOT / "seeds" / "articles.jsonl").open(encoding="utf-8") as f:
        return [Article.model_validate(json.loads(line)) for line in f if line.strip()]


@pytest.fixture(scope="session")
def seed_bundles() -> list[ArticleBundle]:
    """The seeds through the real extractor, once per session (both backends share it)."""
    return bundle_articles(seed_articles(), Extractor.load(api_settings()))


@pytest.fixture
def seeded(stores: Stores, seed_bundles: list[ArticleBundle]) -> tuple[Store, Article]:
    (bundle,) = [b for b in seed_bundles if b.article.id == SEED_ID]
    return stores.ensure("seeds", lambda: seed_bundles), bundle.article


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
