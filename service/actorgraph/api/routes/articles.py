"""Articles: one article with the claims found in it; deletion with the write key."""

from __future__ import annotations

from fastapi import APIRouter, Response

from actorgraph.api.deps import ApiKeyDep, StoreDep
from actorgraph.store.base import ArticleDetail

router = APIRouter(prefix="/v1/articles", tags=["articles"])


@router.get(
    "/{article_id}",
    summary="One article with the claims found in it",
    responses={404: {"description": "unknown article"}},
)
def get_article(store: StoreDep, article_id: str) -> ArticleDetail:
    return store.get_article(article_id)


@router.delete(
    "/{article_id}",
    status_code=204,
    dependencies=[ApiKeyDep],
    summary="Remove an article and its claims; the edges they backed are recomputed",
    responses={401: {"description": "missing or wrong X-API-Key"}, 403: {"description": "writes disabled"}},
)
def delete_article(store: StoreDep, article_id: str) -> Response:
    store.get_article(article_id)  # 404 for an unknown id rather than a silent no-op
    store.delete_article(article_id)
    return Response(status_code=204)
