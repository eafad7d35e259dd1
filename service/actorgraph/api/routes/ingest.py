"""Ingestion through the queue: enqueue articles (with the write key), follow their jobs,
retry failed ones. Workers (``actorgraph worker``) do the work; these routes never run NLP.

The queue is opened on first use from ``ACTORGRAPH_QUEUE_URL`` and kept on ``app.state``.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, Query

from actorgraph.api.bodies import ArticlesBody, RetryBody, article_records, conflicting_ids
from actorgraph.api.deps import ApiKeyDep, QueueDep, SettingsDep
from actorgraph.errors import ConflictError
from actorgraph.ingest import service
from actorgraph.ingest.queue import ArticleJob, QueueCounts

router = APIRouter(tags=["ingest"])

WRITE_RESPONSES: dict[int | str, dict[str, Any]] = {
    401: {"description": "missing or wrong X-API-Key"},
    403: {"description": "writes disabled: no ACTORGRAPH_API_KEY on the server"},
}

ARTICLE_EXAMPLE = {
    "id": "a1",
    "title": "Clashes near Aleppo",
    "published": "2024-11-28",
    "text": "Russian jets bombed the village of Orem Al-Sugra.",
}


@router.post(
    "/v1/articles",
    status_code=202,
    dependencies=[ApiKeyDep],
    summary="Queue articles for extraction; all of them or, on any bad item, none",
    responses={
        **WRITE_RESPONSES,
        409: {"description": "one id given twice with different texts; nothing was enqueued"},
        422: {"description": "a bad item (or a text over the size limit): the detail names each one"},
    },
)
def enqueue_articles(
    settings: SettingsDep,
    queue: QueueDep,
    body: Annotated[
        ArticlesBody,
        Body(
            description='one article object, a list of them, or {"articles": [...]}',
            examples=[ARTICLE_EXAMPLE],
        ),
    ],
) -> service.EnqueueSummary:
    records = article_records(body)
    clashes = conflicting_ids(records)
    if clashes:
        raise ConflictError(f"id(s) given twice with different texts: {', '.join(clashes[:10])}")
    articles = service.articles_from_records(records, settings.max_text_bytes)
    return service.enqueue(queue, articles)


@router.get("/v1/ingest/status", summary="Counts of queued, processing, done and failed jobs")
def ingest_status(
    queue: QueueDep, failed: Annotated[int, Query(ge=0, le=500, description="failures to list")] = 20
) -> service.QueueStatus:
    return service.status(queue, failed)


@router.get("/v1/ingest/counts", summary="Only the counts, cheap enough to poll from a dashboard")
def ingest_counts(queue: QueueDep) -> QueueCounts:
    return queue.counts()


@router.get(
    "/v1/ingest/jobs/{article_id}",
    summary="One article's job: its state, and its result or failure reason",
    responses={404: {"description": "no job for this article id"}},
)
def ingest_job(queue: QueueDep, article_id: str) -> ArticleJob:
    return service.job(queue, article_id)


@router.post(
    "/v1/ingest/retry",
    dependencies=[ApiKeyDep],
    summary="Queue failed articles again: those named, or every failed one",
    responses=WRITE_RESPONSES,
)
def ingest_retry(queue: QueueDep, body: Annotated[RetryBody | None, Body()] = None) -> dict[str, list[str]]:
    return {"queued": service.retry(queue, body.ids if body is not None else None)}
