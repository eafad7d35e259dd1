"""The end-to-end check of the first release: the seed article through the real extractor
into a store, then the API asked for a path from Russia to HTS. Every hop must quote its
sentence from the seed article, at the offsets it gives."""

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


def seed_article() -> Article:
    with (REPO_ROOT / "seeds" / "articles.jsonl").open(encoding="utf-8") as f:
        for line in f:
            if line.strip() and json.loads(line)["id"] == SEED_ID:
                return Article.model_validate_json(line)
    raise AssertionError(f"{SEED_ID} is not in seeds/articles.jsonl")


@pytest.fixture(scope="module")
def seeded(backend: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, Article]]:
    article = seed_article()
    store = open_backend(backend, Path(tmp_path_factory.mktemp(f"seed-{backend}")))
    settings = api_settings()
    (result,) = ingest_batch([article], Extractor.load(settings), store)
    assert result.written and result.claims > 0
    yield store, article
    store.close()


def test_path_from_russia_to_hts_quotes_the_seed_article_on_every_hop(
    seeded: tuple[Store, Article],
) -> None:
    store, article = seeded
    with TestClient(create_app(api_settings(), store)) as client:
        r = client.get("/v1/paths", params={"source": "Russia", "target": "HTS"})
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
