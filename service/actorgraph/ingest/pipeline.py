"""The one-way flow for a batch of articles: extract -> resolve into claims -> store.

Used by ``actorgraph ingest``, ``demo`` and the queue worker alike.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from actorgraph.dedup.minhash import fingerprint
from actorgraph.model import Article, ArticleBundle
from actorgraph.resolve.claims import bundle_article
from actorgraph.store.base import Store, WriteResult

if TYPE_CHECKING:
    from actorgraph.nlp import Extractor


def with_fingerprint(bundle: ArticleBundle, copy_threshold: float | None) -> ArticleBundle:
    """The bundle with its article's MinHash fingerprint, so the store can tell whether it is
    a wire copy of a stored story; ``None``: no check."""
    if copy_threshold is None:
        return bundle
    return bundle.model_copy(update={"fingerprint": fingerprint(bundle.article.text, copy_threshold)})


def bundle_articles(
    articles: Sequence[Article], extractor: Extractor, copy_threshold: float | None = None
) -> list[ArticleBundle]:
    """Extract and resolve a batch of articles (no store I/O)."""
    extractions = extractor.extract((a.id, a.text) for a in articles)
    pairs = zip(articles, extractions, strict=True)
    return [with_fingerprint(bundle_article(a, e), copy_threshold) for a, e in pairs]


def ingest_batch(
    articles: Sequence[Article], extractor: Extractor, store: Store, copy_threshold: float | None = None
) -> list[WriteResult]:
    """Extract a batch and write it in one store transaction. Articles whose content is already
    stored are skipped before extraction, so re-ingest costs no NLP time."""
    fresh = [a for a in articles if not store.has_article(a.content_hash)]
    results = store.write(bundle_articles(fresh, extractor, copy_threshold)) if fresh else []
    by_id = {r.article_id: r for r in results}
    return [by_id.get(a.id) or WriteResult(article_id=a.id, written=False, claims=0) for a in articles]
