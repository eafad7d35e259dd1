"""The Neo4j driver's transaction timeout, as the driver builds it from a server failure,
translated at the store's boundary to ``OverBudget`` and answered as a 422 problem."""

from __future__ import annotations

import asyncio
import json
from concurrent.futures import ThreadPoolExecutor

import pytest
from neo4j.exceptions import ClientError, Neo4jError
from starlette.requests import Request

from actorgraph.api.errors import actorgraph_error
from actorgraph.errors import OverBudget, StoreError
from actorgraph.store.neo4j_errors import translated


def server_failure(code: str) -> Neo4jError:
    # How the driver turns a FAILURE message from the server into an exception.
    return Neo4jError._hydrate_neo4j(code=code, message="The transaction has been terminated.")


@pytest.mark.parametrize(
    "code",
    [
        "Neo.ClientError.Transaction.TransactionTimedOut",
        "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
    ],
)
def test_a_timed_out_transaction_is_over_budget_and_a_422(code: str) -> None:
    failure = server_failure(code)
    assert isinstance(failure, ClientError)
    with pytest.raises(OverBudget) as caught, translated():
        raise failure
    assert "query budget" in str(caught.value) and "ask for less" in str(caught.value)
    req = Request({"type": "http", "method": "GET", "path": "/v1/x", "headers": [], "query_string": b""})
    # in a thread of its own: another test may have left an event loop running in this one
    with ThreadPoolExecutor(1) as pool:
        response = pool.submit(asyncio.run, actorgraph_error(req, caught.value)).result()
    assert response.status_code == 422
    assert "query budget" in json.loads(bytes(response.body))["detail"]


def test_other_client_errors_stay_store_errors() -> None:
    with pytest.raises(StoreError), translated():
        raise server_failure("Neo.ClientError.Statement.SyntaxError")
