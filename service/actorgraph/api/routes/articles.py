"""Articles: one article with the claims found in it; deletion with the write key.

An article posted to ``POST /v1/articles`` is queued before it is stored: until a worker
has stored it, reading it answers 202 with its ingest job (poll until 200), and deleting
it answers 409, since the worker would store it again afterwards.
"""

from __future__ import annotations

from fastapi import APIRouter, Request, Response
from fastapi.responses import JSONResponse

from actorgraph.api.deps import ApiKeyDep, SettingsDep, StoreDep, get_queue
from actorgraph.config import Settings
from actorgraph.errors import ArticleNotFound, ConflictError, QueueError
from actorgraph.ingest.queue import ArticleJob, JobState
from actorgraph.store.base import ArticleDetail

router = APIRouter(prefix="/v1/articles", tags=["articles"])

PENDING = (JobState.QUEUED, JobState.PROCESSING)


def pending_job(request: Request, settings: Settings, article_id: str) -> ArticleJob | None:
    """The ingest job of an article that is queued or being processed, if any. Asked only
    when the store does not have the article; a queue that is down makes it a plain 404."""
    try:
        job = get_queue(request, settings).job(article_id)
    except (ArticleNotFound, QueueError):
        return None
    return job if job.state in PENDING else None


@router.get(
    "/{article_id}",
    summary="One article with the claims found in it",
    response_model=ArticleDetail,
    responses={
        202: {"model": ArticleJob, "description": "queued, not stored yet: its ingest job (poll again)"},
        404: {"description": "unknown article"},
    },
)
def get_article(request: Request, store: StoreDep, settings: SettingsDep, article_id: str) -> Response:
    try:
        detail = store.get_article(article_id)
    except ArticleNotFound:
        job = pending_job(request, settings, article_id)
        if job is None:
            raise
        return JSONResponse(job.model_dump(mode="json"), status_code=202)
    return JSONResponse(detail.model_dump(mode="json"))


@router.delete(
    "/{article_id}",
    status_code=204,
    dependencies=[ApiKeyDep],
    summary="Remove an article and its claims; the edges they backed are recomputed",
    responses={
        401: {"description": "missing or wrong X-API-Key"},
        403: {"description": "writes disabled"},
        404: {"description": "unknown article"},
        409: {"description": "the article is queued and not stored yet: delete it once it is"},
    },
)
def delete_article(request: Request, store: StoreDep, settings: SettingsDep, article_id: str) -> Response:
    try:
        store.get_article(article_id)  # 404 for an unknown id rather than a silent no-op
    except ArticleNotFound:
        if pending_job(request, settings, article_id) is not None:
            raise ConflictError(f"article {article_id!r} is queued and not stored yet") from None
        raise
    store.delete_article(article_id)
    return Response(status_code=204)
