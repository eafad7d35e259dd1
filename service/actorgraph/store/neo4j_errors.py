"""The Neo4j driver's errors, translated at the store's boundary into actorgraph's own:
callers see ``StoreUnavailable`` (retry later: the API answers 503) or ``StoreError``,
never a driver class."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from neo4j.exceptions import (
    AuthError,
    DriverError,
    Neo4jError,
    ServiceUnavailable,
    SessionExpired,
    TransientError,
)

from actorgraph.errors import ActorGraphError, StoreError, StoreUnavailable


def translate(exc: Exception) -> ActorGraphError:
    """The actorgraph error a driver (or socket) error stands for."""
    if isinstance(exc, ServiceUnavailable | SessionExpired):
        return StoreUnavailable(f"Neo4j is unavailable: {exc}")
    if isinstance(exc, AuthError):
        return StoreError(f"Neo4j refused the credentials: {exc.message}")
    if isinstance(exc, TransientError):
        return StoreUnavailable(f"Neo4j is busy: {exc.message}")
    return StoreError(f"Neo4j: {exc}")


@contextmanager
def translated() -> Iterator[None]:
    """Run a block whose driver errors leave it translated; actorgraph's own pass through."""
    try:
        yield
    except ActorGraphError:
        raise
    except (DriverError, Neo4jError, OSError) as exc:
        raise translate(exc) from exc
