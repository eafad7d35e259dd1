"""The Neo4j driver's errors, translated at the store's boundary into actorgraph's own:
callers see ``StoreUnavailable`` (retry later: the API answers 503), ``OverBudget`` (a read
that Neo4j stopped at its transaction timeout, the query budget: the API answers 422) or
``StoreError``, never a driver class."""

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

from actorgraph.errors import ActorGraphError, OverBudget, StoreError, StoreUnavailable

#: Neo4j's codes for a transaction stopped at its timeout (the client's or the server's
#: configuration); ``TransactionTimedOut`` is the prefix of both.
TIMED_OUT = "Neo.ClientError.Transaction.TransactionTimedOut"


def translate(exc: Exception) -> ActorGraphError:
    """The actorgraph error a driver (or socket) error stands for."""
    if isinstance(exc, ServiceUnavailable | SessionExpired):
        return StoreUnavailable(f"Neo4j is unavailable: {exc}")
    if isinstance(exc, Neo4jError) and (exc.code or "").startswith(TIMED_OUT):
        return OverBudget(
            "the query ran past the query budget (ACTORGRAPH_QUERY_BUDGET) and Neo4j stopped it: "
            "ask for less (a smaller depth or node limit, fewer hops, k_shortest instead of all, "
            "a narrower filter or time window)"
        )
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
