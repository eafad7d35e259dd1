"""Enqueue, status and retry: what the CLI (``actorgraph enqueue/status/retry``) and the API
(``/v1/articles``, ``/v1/ingest/...``) both do, in one place.

Enqueue validates the whole input before anything is queued: one bad line anywhere and
nothing is queued, and the error names every bad item by file and line.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import BinaryIO

from pydantic import BaseModel

from actorgraph.errors import InputError
from actorgraph.ingest.queue import ArticleJob, EnqueueReport, JobQueue, QueueCounts
from actorgraph.ingest.reader import (
    InputArticle,
    InputItem,
    InputProblem,
    WebNames,
    parse_article,
    read_inputs,
)
from actorgraph.model import Article

#: How many problems an InputError lists before summarising the rest.
MAX_LISTED_PROBLEMS = 20


class EnqueueSummary(BaseModel):
    enqueued: int
    unchanged: int
    enqueued_ids: list[str]
    unchanged_ids: list[str]


class QueueStatus(BaseModel):
    """Counts for dashboards, with the most recent failures and their reasons."""

    counts: QueueCounts
    total: int
    failed: list[ArticleJob]


def checked_articles(items: Iterable[InputItem]) -> list[Article]:
    """The articles of a whole input, or one InputError naming every bad item.

    The same id twice with the same text is read once; with different texts it is an error,
    since which one should win is not ours to guess."""
    problems: list[InputProblem] = []
    seen: dict[str, InputArticle] = {}
    for item in items:
        if isinstance(item, InputProblem):
            problems.append(item)
            continue
        first = seen.get(item.article.id)
        if first is None:
            seen[item.article.id] = item
        elif first.article.text != item.article.text:
            where = f"{first.origin}:{first.line}" if first.line else first.origin
            problems.append(
                InputProblem(
                    item.origin, item.line, f"id {item.article.id!r} already used at {where}", item.article.id
                )
            )
    if problems:
        listed = "\n".join(f"  {p.describe()}" for p in problems[:MAX_LISTED_PROBLEMS])
        more = len(problems) - MAX_LISTED_PROBLEMS
        tail = f"\n  ... and {more} more" if more > 0 else ""
        raise InputError(f"{len(problems)} bad input item(s); nothing was enqueued:\n{listed}{tail}")
    return [i.article for i in seen.values()]


def read_articles(
    paths: Sequence[str], max_text_bytes: int, stdin: BinaryIO | None = None, web: WebNames | None = None
) -> list[Article]:
    """Read JSON Lines, text files, saved pages, URLs, folders or ``-`` (stdin), all checked
    before returning."""
    return checked_articles(read_inputs(paths, max_text_bytes, stdin, web))


def _url_record(record: Mapping[str, object], number: int) -> InputItem:
    """``{"url": ...}`` (optionally with an ``id``): a page or feed for a worker to fetch."""
    from actorgraph.ingest.fetch.source import pending_article

    origin = "request body item"
    url, given = record.get("url"), record.get("id")
    if not isinstance(url, str) or not url.startswith(("http://", "https://")):
        return InputProblem(origin, number, '"url" must be an http(s) URL')
    if given is not None and not (isinstance(given, str | int) and str(given).strip()):
        return InputProblem(origin, number, '"id" must be a non-empty string or an integer')
    return InputArticle(origin, number, pending_article(url, None if given is None else str(given)))


def articles_from_records(records: Sequence[Mapping[str, object]], max_text_bytes: int) -> list[Article]:
    """Articles posted to the API as JSON objects, checked by the same rules as files. An
    object with a ``url`` and no ``text`` is a page or feed for the workers to fetch."""
    items: list[InputItem] = []
    for number, record in enumerate(records, start=1):
        if isinstance(record, Mapping) and "url" in record and "text" not in record:
            items.append(_url_record(record, number))
            continue
        raw = json.dumps(record) if isinstance(record, Mapping) else "null"
        items.append(
            parse_article(raw, origin="request body item", line=number, max_text_bytes=max_text_bytes)
        )
    return checked_articles(items)


def enqueue(queue: JobQueue, articles: Sequence[Article]) -> EnqueueSummary:
    report: EnqueueReport = queue.enqueue(articles)
    return EnqueueSummary(
        enqueued=len(report.enqueued),
        unchanged=len(report.unchanged),
        enqueued_ids=report.enqueued,
        unchanged_ids=report.unchanged,
    )


def status(queue: JobQueue, failed_limit: int = 20) -> QueueStatus:
    counts = queue.counts()
    return QueueStatus(counts=counts, total=counts.total, failed=queue.failed(failed_limit))


def job(queue: JobQueue, article_id: str) -> ArticleJob:
    return queue.job(article_id)


def retry(queue: JobQueue, article_ids: Sequence[str] | None = None) -> list[str]:
    return queue.retry_failed(article_ids)
