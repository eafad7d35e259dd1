"""Liveness and readiness: the API answers, and so does its store."""

from __future__ import annotations

from functools import cache
from importlib.metadata import PackageNotFoundError, version

from fastapi import APIRouter

from actorgraph.api.deps import SettingsDep, StoreDep
from actorgraph.api.schemas import Health

router = APIRouter(tags=["health"])


@cache  # reading package metadata parses files: once per process, not per health check
def _version() -> str:
    try:
        return version("actorgraph")
    except PackageNotFoundError:
        return "unknown"


@router.get("/health", summary="The API and its store answer (503 problem when the store is down)")
def health(store: StoreDep, settings: SettingsDep) -> Health:
    # A real round trip, and a cheap one on any store size (an indexed lookup, not counts):
    # StoreUnavailable becomes a 503 with Retry-After.
    store.has_article("")
    return Health(status="ok", store=settings.store, version=_version())


@router.get("/v1/health", include_in_schema=False)
def health_v1(store: StoreDep, settings: SettingsDep) -> Health:
    return health(store, settings)
