"""Every ``actorgraph.errors`` class answers as an RFC 9457 problem with its own status."""

from __future__ import annotations

import asyncio
import json

import pytest
from starlette.requests import Request

from actorgraph.api.errors import actorgraph_error
from actorgraph.errors import (
    ActorGraphError,
    ActorNotFound,
    ArticleNotFound,
    ConflictError,
    ExtractionError,
    InputError,
    OverBudget,
    QueueError,
    StoreError,
    StoreUnavailable,
    SubgraphTooLarge,
)


def request(path: str = "/v1/x") -> Request:
    return Request({"type": "http", "method": "GET", "path": path, "headers": [], "query_string": b""})


@pytest.mark.parametrize(
    ("exc", "status", "retry"),
    [
        (ActorNotFound("Rusia", ["Russia"]), 404, False),
        (ArticleNotFound("a9"), 404, False),
        (SubgraphTooLarge(900, 500), 422, False),
        (InputError("line 3: not JSON"), 422, False),
        (OverBudget("mode=all ran past the query budget"), 422, False),
        (ConflictError("id n1 twice"), 409, False),
        (ExtractionError("pipeline failed"), 422, False),
        (StoreUnavailable("down"), 503, True),
        (QueueError("redis down"), 503, True),
        (StoreError("disk full"), 500, False),
        (ActorGraphError("anything else"), 500, False),
    ],
)
def test_each_error_class_has_its_status(exc: ActorGraphError, status: int, retry: bool) -> None:
    response = asyncio.run(actorgraph_error(request("/v1/actors/Rusia"), exc))
    assert response.status_code == status
    assert response.media_type == "application/problem+json"
    body = json.loads(bytes(response.body))
    assert body["status"] == status and body["detail"] == str(exc)
    assert body["instance"] == "/v1/actors/Rusia"
    assert body["type"].startswith("https://actorgraph.dev/problems/")
    assert ("retry-after" in response.headers) is retry
    if isinstance(exc, ActorNotFound):
        assert body["suggestions"] == ["Russia"] and body["query"] == "Rusia"
    if isinstance(exc, SubgraphTooLarge):
        assert (body["nodes"], body["cap"]) == (900, 500)
