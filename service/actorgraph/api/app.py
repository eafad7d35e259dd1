"""The FastAPI application: routes under /v1, OpenAPI at /docs, the store handed in.

``create_app()`` builds nothing that does I/O: the settings and the store are made in the
lifespan when not handed in (and the store is then closed at shutdown), so tests and
benchmarks pass their own, and ``uvicorn --factory actorgraph.api.app:create_app`` works.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import APIRouter, FastAPI

from actorgraph.api import errors, openapi
from actorgraph.api.caching import BodyLimit, ETagMiddleware, SettingsCORS
from actorgraph.api.deps import ReadKeyDep
from actorgraph.api.routes import actors, articles, health, neighbourhood, paths, relations, stats, time
from actorgraph.config import Settings, load_settings
from actorgraph.store.base import Store

#: Routers owned by other parts (ingest queue, embeddable widget), included when present.
#: Ingest comes before articles so its fixed paths under /v1/articles win over {article_id}.
OPTIONAL_ROUTERS_FIRST = ["actorgraph.api.routes.ingest", "actorgraph.api.routes.feeds"]
OPTIONAL_ROUTERS_LAST = ["actorgraph.api.routes.embed"]

DESCRIPTION = """\
Actors and the relations between them, read from news articles, each edge traceable to the
sentences that say it. Every read takes `as_of` or `since`/`until`; errors are RFC 9457
problem+json; writes need the `X-API-Key` header.
"""


def _optional_routers(names: list[str]) -> list[APIRouter]:
    out: list[APIRouter] = []
    for name in names:
        # find_spec rather than try/except ImportError: a bug inside a present module must
        # fail loudly, not make its routes vanish.
        if importlib.util.find_spec(name) is not None:
            out.append(importlib.import_module(name).router)
    return out


def create_app(settings: Settings | None = None, store: Store | None = None) -> FastAPI:
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        own_settings = settings if settings is not None else load_settings()
        app.state.settings = own_settings
        opened: Store | None = None
        if store is None:
            from actorgraph.store.factory import open_store

            opened = open_store(own_settings)
        app.state.store = store if store is not None else opened
        try:
            yield
        finally:
            # The ingest routes open their queue on first use and keep it on app.state.
            for opened_late in ("queue", "feeds"):  # the ingest and feed routes open these on first use
                resource = getattr(app.state, opened_late, None)
                if resource is not None:
                    resource.close()
            if opened is not None:
                opened.close()

    app = FastAPI(
        title="actorgraph",
        version="1",
        description=DESCRIPTION,
        lifespan=lifespan,
        docs_url="/docs",
        openapi_url="/openapi.json",
    )
    errors.install(app)
    openapi.install(app)
    # Order matters: CORS outermost so preflights and errors carry CORS headers too.
    app.add_middleware(ETagMiddleware)

    app.add_middleware(BodyLimit)
    app.add_middleware(SettingsCORS)

    # Every route but /health takes the read key when one is set (ACTORGRAPH_READ_API_KEY).
    guarded = [ReadKeyDep]
    for router in _optional_routers(OPTIONAL_ROUTERS_FIRST):
        app.include_router(router, dependencies=guarded)
    app.include_router(health.router)
    for module in (actors, neighbourhood, relations, paths, time, stats, articles):
        app.include_router(module.router, dependencies=guarded)
    for router in _optional_routers(OPTIONAL_ROUTERS_LAST):
        app.include_router(router, dependencies=guarded)
    return app
