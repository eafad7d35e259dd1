"""Every error the API returns is RFC 9457 problem+json, never a traceback.

Each :mod:`actorgraph.errors` class maps to one status; the problem's ``type`` is a stable
URI naming the error class, so clients can branch on it without parsing ``detail``.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import JSONResponse
from starlette.routing import Match

from actorgraph.errors import (
    ActorGraphError,
    ActorNotFound,
    ArticleNotFound,
    ConflictError,
    ExtractionError,
    FeedNotFound,
    InputError,
    OverBudget,
    QueueError,
    StoreError,
    StoreUnavailable,
    SubgraphTooLarge,
)

log = logging.getLogger(__name__)

PROBLEM_MEDIA_TYPE = "application/problem+json"
TYPE_BASE = "https://actorgraph.dev/problems/"
#: Seconds a client should wait before retrying when the store's server is down.
RETRY_AFTER_SECONDS = 5

#: Status and title for each error class; the most specific class wins (checked in order).
STATUS: list[tuple[type[ActorGraphError], int, str]] = [
    (ActorNotFound, 404, "Unknown actor"),
    (ArticleNotFound, 404, "Unknown article"),
    (FeedNotFound, 404, "Unknown feed"),
    (SubgraphTooLarge, 422, "Subgraph too large"),
    (ConflictError, 409, "Conflicting input"),
    (OverBudget, 422, "Over the query budget"),
    (InputError, 422, "Invalid input"),
    (ExtractionError, 422, "Extraction failed"),
    (StoreUnavailable, 503, "Store unavailable"),
    (QueueError, 503, "Queue unavailable"),
    (StoreError, 500, "Store error"),
]


def problem(
    status: int,
    title: str,
    detail: str | None = None,
    *,
    type_: str = "about:blank",
    instance: str | None = None,
    headers: dict[str, str] | None = None,
    **extensions: Any,
) -> JSONResponse:
    body: dict[str, Any] = {"type": type_, "title": title, "status": status}
    if detail is not None:
        body["detail"] = detail
    if instance is not None:
        body["instance"] = instance
    body.update(extensions)
    return JSONResponse(
        jsonable_encoder(body), status_code=status, headers=headers, media_type=PROBLEM_MEDIA_TYPE
    )


def _slug(cls: type[BaseException]) -> str:
    out = []
    for i, ch in enumerate(cls.__name__):
        if ch.isupper() and i:
            out.append("-")
        out.append(ch.lower())
    return TYPE_BASE + "".join(out)


async def actorgraph_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ActorGraphError)
    status, title = 500, "Internal error"
    for cls, code, name in STATUS:
        if isinstance(exc, cls):
            status, title = code, name
            break
    extensions: dict[str, Any] = {}
    headers: dict[str, str] | None = None
    if isinstance(exc, ActorNotFound):
        extensions = {"query": exc.query, "suggestions": exc.suggestions}
    elif isinstance(exc, ArticleNotFound):
        extensions = {"article_id": exc.article_id}
    elif isinstance(exc, SubgraphTooLarge):
        extensions = {"nodes": exc.nodes, "cap": exc.cap}
    elif isinstance(exc, StoreUnavailable | QueueError):
        headers = {"Retry-After": str(RETRY_AFTER_SECONDS)}
    if status >= 500:
        log.warning("%s on %s: %s", type(exc).__name__, request.url.path, exc)
    return problem(
        status,
        title,
        str(exc),
        type_=_slug(type(exc)),
        instance=request.url.path,
        headers=headers,
        **extensions,
    )


async def validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = [
        {"loc": list(e.get("loc", ())), "msg": e.get("msg", ""), "type": e.get("type", "")}
        for e in exc.errors()
    ]
    detail = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in errors)
    return problem(
        422, "Invalid parameters", detail, type_=TYPE_BASE + "validation", instance=request.url.path,
        errors=errors,
    )


def allowed_methods(request: Request) -> str:
    """Every method some route serves at this URL. Starlette's own ``Allow`` names only the
    first route whose path matches, so a path with GET and DELETE routes said ``GET``."""
    methods: set[str] = set()
    for route in request.app.router.routes:
        route_methods = getattr(route, "methods", None)
        if route_methods and route.matches(request.scope)[0] != Match.NONE:
            methods |= set(route_methods)
    return ", ".join(sorted(methods))


async def http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    titles = {
        400: "Bad request", 401: "Unauthorized", 403: "Forbidden", 404: "Not found",
        405: "Method not allowed", 413: "Content too large",
    }
    headers = dict(exc.headers) if exc.headers else {}
    if exc.status_code == 405:
        headers["Allow"] = allowed_methods(request)
    return problem(
        exc.status_code,
        titles.get(exc.status_code, "HTTP error"),
        str(exc.detail) if exc.detail is not None else None,
        instance=request.url.path,
        headers=headers or None,
    )


async def unexpected_error(request: Request, exc: Exception) -> JSONResponse:
    # A bug, not the client's fault: log the traceback here, answer without it.
    log.exception("unhandled error on %s", request.url.path, exc_info=exc)
    return problem(500, "Internal error", "an unexpected error occurred", instance=request.url.path)


def install(app: FastAPI) -> None:
    app.add_exception_handler(ActorGraphError, actorgraph_error)
    app.add_exception_handler(RequestValidationError, validation_error)
    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(Exception, unexpected_error)
