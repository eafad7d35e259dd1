"""Liveness and readiness.

``/live`` answers as long as the process serves HTTP and touches nothing else: an
orchestrator restarts the process only when this fails. ``/ready`` (and ``/health``, its older
name) makes a round trip to the store: 503 with Retry-After while the store is unreachable,
so a load balancer sends traffic elsewhere until the store is back (docs/operations.md).
"""

from __future__ import annotations

from functools import cache
from importlib.metadata import PackageNotFoundError, version
from typing import Any

from fastapi import APIRouter

from actorgraph.api.deps import SettingsDep, StoreDep
from actorgraph.api.errors import RETRY_AFTER_SECONDS
from actorgraph.api.schemas import Health, Liveness

router = APIRouter(tags=["health"])


@cache  # reading package metadata parses files: once per process, not per health check
def _version() -> str:
    try:
        return version("actorgraph")
    except PackageNotFoundError:
        return "unknown"


UNREADY: dict[int | str, dict[str, Any]] = {
    503: {
        "description": "the store is unreachable; the API is alive and will be ready once it is back",
        "headers": {
            "Retry-After": {
                "description": f"seconds to wait before asking again ({RETRY_AFTER_SECONDS})",
                "schema": {"type": "integer"},
            }
        },
    }
}


@router.get(
    "/live",
    summary="Liveness: the process answers HTTP (no store round trip; never 503 for a store outage)",
)
def live() -> Liveness:
    return Liveness(status="alive", version=_version())


@router.get(
    "/ready",
    summary="Readiness: the API and its store answer (503 with Retry-After while the store is down)",
    responses=UNREADY,
)
def ready(store: StoreDep, settings: SettingsDep) -> Health:
    return health(store, settings)


@router.get(
    "/health",
    summary="The API and its store answer (503 problem when the store is down); same as /ready",
    responses=UNREADY,
)
def health(store: StoreDep, settings: SettingsDep) -> Health:
    # A real round trip, and a cheap one on any store size (an indexed lookup, not counts):
    # StoreUnavailable becomes a 503 with Retry-After.
    store.has_article("")
    return Health(status="ok", store=settings.store, version=_version())


@router.get("/v1/health", include_in_schema=False)
def health_v1(store: StoreDep, settings: SettingsDep) -> Health:
    return health(store, settings)
