"""The embeddable widget (``/embed``, ``/embed/neighbourhood``, ``/embed/path``), the explorer
(``/explore``) and their static files (``/embed/static/...``, Cytoscape.js included).

Pages are HTML for an ``<iframe>``; they check the URL and resolve actors here, so a bad
query answers with a page that says what is wrong. Data comes from the ``/v1`` routes.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, HTMLResponse, Response
from pydantic import BaseModel

from actorgraph.api.deps import SettingsDep, StoreDep
from actorgraph.errors import ActorGraphError, ActorNotFound, InputError, StoreUnavailable
from actorgraph.store.lookup import resolve_actor
from actorgraph.web.pages import (
    NeighbourhoodQuery,
    PathQuery,
    WidgetPage,
    neighbourhood_config,
    parse_neighbourhood,
    parse_path,
    path_config,
    render_explorer,
    render_widget,
    static_file,
)

log = logging.getLogger(__name__)

router = APIRouter(tags=["widget"], include_in_schema=True)

PAGE_ERRORS: dict[int | str, dict[str, Any]] = {
    404: {"description": "a page that names the unknown actor and the nearest names"},
    422: {"description": "a page that says which parameter is malformed"},
}

USAGE = (
    "Add a query to the URL: /embed/neighbourhood?actor=HTS&depth=1 for an actor's neighbourhood, "
    "or /embed/path?source=Russia&target=HTS for the paths between two actors."
)


def _base(request: Request) -> str:
    """The app's own prefix when served behind a proxy path (``root_path``)."""
    return str(request.scope.get("root_path", "")).rstrip("/")


def _html(page: WidgetPage, request: Request) -> HTMLResponse:
    base = _base(request)
    body = render_widget(page, static=f"{base}/embed/static")
    # Frames are the point: no X-Frame-Options; a strict CSP keeps the page to its own origin.
    headers = {
        "Content-Security-Policy": (
            "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:"
        ),
        "Cache-Control": "no-cache",
    }
    return HTMLResponse(body, status_code=page.status, headers=headers)


def _error_page(exc: ActorGraphError, title: str) -> WidgetPage:
    if isinstance(exc, ActorNotFound):
        return WidgetPage(
            title=title,
            status=404,
            error={"title": "Unknown actor", "detail": str(exc), "suggestions": exc.suggestions},
        )
    if isinstance(exc, InputError):
        return WidgetPage(
            title=title, status=422, error={"title": "Malformed parameters", "detail": str(exc)}
        )
    if isinstance(exc, StoreUnavailable):
        return WidgetPage(title=title, status=503, error={"title": "Store unavailable", "detail": str(exc)})
    return WidgetPage(
        title=title, status=500, error={"title": "Could not draw this graph", "detail": str(exc)}
    )


def _unexpected(exc: Exception, request: Request) -> WidgetPage:
    log.exception("widget page %s failed", request.url.path, exc_info=exc)
    detail = "an unexpected error occurred on the server; it has been logged"
    return WidgetPage(
        title="actorgraph", status=500, error={"title": "Could not draw this graph", "detail": detail}
    )


def _neighbourhood_page(request: Request, store: StoreDep, settings: SettingsDep) -> WidgetPage:
    base = _base(request)
    try:
        q = parse_neighbourhood(list(request.query_params.multi_items()))
        limit = q.limit if q.limit is not None else settings.node_cap
        if limit > settings.node_cap:
            raise InputError(f"limit: {limit} is over this server's node cap of {settings.node_cap}")
        actor = resolve_actor(store, q.actor)
    except ActorGraphError as exc:
        return _error_page(exc, "actorgraph")
    except Exception as exc:  # a bug: log it, and still answer with a page that says so
        return _unexpected(exc, request)
    config = neighbourhood_config(q, actor.id, actor.name, f"{base}/v1", limit)
    return WidgetPage(
        title=f"{actor.name} · {q.depth} hop{'s' if q.depth > 1 else ''}",
        config=config,
        explore_url=f"{base}/explore?actor={actor.id}",
    )


def _path_page(request: Request, store: StoreDep) -> WidgetPage:
    base = _base(request)
    try:
        q = parse_path(list(request.query_params.multi_items()))
        source = resolve_actor(store, q.source)
        target = resolve_actor(store, q.target)
    except ActorGraphError as exc:
        return _error_page(exc, "actorgraph")
    except Exception as exc:  # a bug: log it, and still answer with a page that says so
        return _unexpected(exc, request)
    config = path_config(q, (source.id, source.name), (target.id, target.name), f"{base}/v1")
    return WidgetPage(
        title=f"{source.name} → {target.name}",
        config=config,
        explore_url=f"{base}/explore?actor={source.id}&target={target.id}",
    )


def query_parameters(model: type[BaseModel]) -> list[dict[str, Any]]:
    """The fields of a widget's query model as OpenAPI query parameters, so the document
    says what the page reads (the page parses its URL itself, with the same model)."""
    schema = model.model_json_schema()
    defs = schema.get("$defs", {})
    required = set(schema.get("required", []))

    def inline(node: Any) -> Any:
        if isinstance(node, dict):
            if "$ref" in node:
                return inline(defs[node["$ref"].rsplit("/", 1)[-1]])
            return {k: inline(v) for k, v in node.items() if k != "title"}
        if isinstance(node, list):
            return [inline(v) for v in node]
        return node

    params = []
    for name, prop in schema["properties"].items():
        body = inline(prop)
        param: dict[str, Any] = {"name": name, "in": "query", "required": name in required, "schema": body}
        if "description" in body:
            param["description"] = body.pop("description")
        params.append(param)
    return params


@router.get(
    "/embed/neighbourhood",
    response_class=HTMLResponse,
    summary="Widget: an actor's neighbourhood",
    openapi_extra={"parameters": query_parameters(NeighbourhoodQuery)},
    responses=PAGE_ERRORS,
)
def embed_neighbourhood(request: Request, store: StoreDep, settings: SettingsDep) -> HTMLResponse:
    """Parameters: ``actor`` (id, name or alias), ``depth`` 1-3, ``direction``, ``type``
    (repeat or comma-separate), ``min_confidence``, ``include_hedged``, ``since``/``until``/``as_of``,
    ``limit`` (at most the server's node cap)."""
    return _html(_neighbourhood_page(request, store, settings), request)


@router.get(
    "/embed/path",
    response_class=HTMLResponse,
    summary="Widget: paths between two actors",
    openapi_extra={"parameters": query_parameters(PathQuery)},
    responses=PAGE_ERRORS,
)
def embed_path(request: Request, store: StoreDep) -> HTMLResponse:
    """Parameters: ``source`` and ``target`` (or ``from``/``to``), ``mode`` (shortest,
    k_shortest, all), ``k``, ``max_hops``, and the edge filters of the neighbourhood widget."""
    return _html(_path_page(request, store), request)


# Either widget by its parameters: an alias of the two above, left out of the document
# (with no parameter at all it can only answer "no query given").
@router.get("/embed", response_class=HTMLResponse, include_in_schema=False)
def embed(request: Request, store: StoreDep, settings: SettingsDep) -> HTMLResponse:
    params = request.query_params
    if "actor" in params:
        return _html(_neighbourhood_page(request, store, settings), request)
    if any(k in params for k in ("source", "target", "from", "to")):
        return _html(_path_page(request, store), request)
    page = WidgetPage(title="actorgraph", status=422, error={"title": "No query given", "detail": USAGE})
    return _html(page, request)


@router.get("/explore", response_class=HTMLResponse, summary="Explorer: search, neighbourhood, paths")
def explore(request: Request, settings: SettingsDep) -> HTMLResponse:
    base = _base(request)
    config = {
        "api": f"{base}/v1",
        "embed": f"{base}/embed",
        "nodeCap": settings.node_cap,
        "actor": request.query_params.get("actor"),
        "target": request.query_params.get("target"),
    }
    return HTMLResponse(render_explorer(config, static=f"{base}/embed/static"))


@router.get("/embed/static/{path:path}", include_in_schema=False)
def static(path: str) -> Response:
    found = static_file(path)
    if found is None:
        return Response(f"no static file {path!r}\n", status_code=404, media_type="text/plain")
    media = "text/javascript" if found.suffix == ".js" else None
    return FileResponse(found, media_type=media, headers={"Cache-Control": "public, max-age=300"})
