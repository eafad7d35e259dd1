"""Ingestion through the queue: enqueue articles (with the write key), follow their jobs,
retry failed ones. Workers (``actorgraph worker``) do the work; these routes never run NLP.

The queue is opened on first use from ``ACTORGRAPH_QUEUE_URL`` and kept on ``app.state``.
"""

from __future__ import annotations

import threading
from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, Query, Request

from actorgraph.api.deps import ApiKeyDep, SettingsDep
from actorgraph.errors import InputError
from actorgraph.ingest import service
from actorgraph.ingest.queue import ArticleJob, JobQueue, QueueCounts, open_queue

router = APIRouter(tags=["ingest"])

_open_lock = threading.Lock()
WRITE_RESPONSES: dict[int | str, dict[str, Any]] = {
    401: {"description": "missing or wrong X-API-Key"},
    403: {"description": "writes disabled: no ACTORGRAPH_API_KEY on the server"},
}


def get_queue(request: Request, settings: SettingsDep) -> JobQueue:
    state = request.app.state
    queue: JobQueue | None = getattr(state, "queue", None)
    if queue is None:
        with _open_lock:
            queue = getattr(state, "queue", None)
            if queue is None:
                queue = open_queue(settings)
                state.queue = queue
    return queue


QueueDep = Annotated[JobQueue, Depends(get_queue)]

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
    responses={**WRITE_RESPONSES, 422: {"description": "a bad item: the detail names each one"}},
)
def enqueue_articles(
    settings: SettingsDep,
    queue: QueueDep,
    body: Annotated[
        list[dict[str, Any]] | dict[str, Any],
        Body(
            description='one article object, a list of them, or {"articles": [...]}',
            examples=[ARTICLE_EXAMPLE],
        ),
    ],
) -> service.EnqueueSummary:
    if isinstance(body, dict):
        nested = body.get("articles")
        if nested is not None and not isinstance(nested, list):
            raise InputError('"articles" must be a list of article objects')
        records = nested if nested is not None else [body]
    else:
        records = body
    if not records:
        raise InputError("no articles in the request body")
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
def ingest_retry(
    queue: QueueDep,
    ids: Annotated[list[str] | None, Body(embed=True, description="article ids; omit for all failed")] = None,
) -> dict[str, list[str]]:
    return {"queued": service.retry(queue, ids)}
