"""Turning store results into responses: the API's JSON, or an export format.

Hot routes serialise with pydantic's own (Rust) serializer straight into a response,
skipping FastAPI's second validation of the return value: what the route built from
store models is already valid, and re-checking a 500-node subgraph costs milliseconds.
Subgraphs, the largest answers, go faster still: orjson writes the models' attribute
dicts (the fields of Actor and Edge are all plain JSON values), a quarter of pydantic's
time on 500 nodes; ``tests/unit/test_render.py`` holds the two byte-equal.
"""

from __future__ import annotations

import orjson
from fastapi import Response
from pydantic import BaseModel

from actorgraph.api.deps import Format
from actorgraph.api.schemas import RELATION_LABELS, SubgraphOut
from actorgraph.graph.export import MEDIA_TYPES, filename, render
from actorgraph.store.base import Subgraph

#: OpenAPI content of a subgraph route's 200 besides JSON: the export formats.
EXPORT_CONTENT: dict[str, dict[str, object]] = {media: {} for media in sorted(set(MEDIA_TYPES.values()))}


def json_response(model: BaseModel, status_code: int = 200) -> Response:
    body = type(model).__pydantic_serializer__.to_json(model)
    return Response(content=body, status_code=status_code, media_type="application/json")


def subgraph_json(sub: Subgraph, node_limit: int | None = None) -> SubgraphOut:
    """The subgraph as the API's model (the documented shape; :func:`subgraph_body` writes it)."""
    present = {e.relation for e in sub.edges}
    return SubgraphOut.model_construct(
        nodes=sub.nodes,
        edges=sub.edges,
        relations={r: RELATION_LABELS[r] for r in sorted(present, key=lambda r: r.value)},
        truncated=sub.truncated,
        total_nodes=sub.total_nodes,
        node_limit=node_limit,
    )


def subgraph_body(sub: Subgraph, node_limit: int | None = None) -> bytes:
    """The JSON of :func:`subgraph_json`, written by orjson from the models' ``__dict__``."""
    present = sorted({e.relation for e in sub.edges}, key=lambda r: r.value)
    return orjson.dumps(
        {
            "nodes": [n.__dict__ for n in sub.nodes],
            "edges": [e.__dict__ for e in sub.edges],
            "relations": {r.value: RELATION_LABELS[r].__dict__ for r in present},
            "truncated": sub.truncated,
            "total_nodes": sub.total_nodes,
            "node_limit": node_limit,
        }
    )


def subgraph_response(
    sub: Subgraph, fmt: Format, node_limit: int | None = None, stem: str = "subgraph"
) -> Response:
    """JSON by default; any other format goes through the shared exporters, so the API and
    the embeddable widget draw the same thing. Truncation travels in ``X-Truncated``."""
    if fmt == "json":
        return Response(content=subgraph_body(sub, node_limit), media_type="application/json")
    body, media_type = render(sub, fmt)
    headers = {
        "X-Truncated": "true" if sub.truncated else "false",
        "Content-Disposition": f'inline; filename="{filename(stem, fmt)}"',
    }
    return Response(content=body, media_type=media_type, headers=headers)
