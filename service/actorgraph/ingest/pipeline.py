"""The one-way flow for a batch of articles: extract -> resolve into claims -> store.

Used by ``actorgraph ingest``, ``demo`` and the queue worker alike.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from actorgraph.model import Article, ArticleBundle
from actorgraph.resolve.claims import bundle_article
from actorgraph.store.base import Store, WriteResult

if TYPE_CHECKING:
    from actorgraph.nlp import Extractor


def bundle_articles(articles: Sequence[Article], extractor: Extractor) -> list[ArticleBundle]:
    """Extract and resolve a batch of articles (no store I/O)."""
    extractions = extractor.extract((a.id, a.text) for a in articles)
    pairs = zip(articles, extractions, strict=True)
    return [bundle_article(article, extraction) for article, extraction in pairs]


def ingest_batch(articles: Sequence[Article], extractor: Extractor, store: Store) -> list[WriteResult]:
    """Extract a batch and write it in one store transaction. Articles whose content is already
    stored are skipped before extraction, so re-ingest costs no NLP time."""
    fresh = [a for a in articles if not store.has_article(a.content_hash)]
    results = store.write(bundle_articles(fresh, extractor)) if fresh else []
    by_id = {r.article_id: r for r in results}
    return [by_id.get(a.id) or WriteResult(article_id=a.id, written=False, claims=0) for a in articles]
