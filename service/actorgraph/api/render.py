"""Turning store subgraphs into responses: the API's JSON, or an export format."""

from __future__ import annotations

from fastapi import Response

from actorgraph.api.deps import Format
from actorgraph.api.schemas import EdgeOut, SubgraphOut
from actorgraph.graph.export import MEDIA_TYPES, filename, render
from actorgraph.store.base import Subgraph

#: OpenAPI content of a subgraph route's 200 besides JSON: the export formats.
EXPORT_CONTENT: dict[str, dict[str, object]] = {media: {} for media in sorted(set(MEDIA_TYPES.values()))}


def subgraph_json(sub: Subgraph, node_limit: int | None = None) -> SubgraphOut:
    return SubgraphOut(
        nodes=sub.nodes,
        edges=[EdgeOut.of(e) for e in sub.edges],
        truncated=sub.truncated,
        total_nodes=sub.total_nodes,
        node_limit=node_limit,
    )


def subgraph_response(
    sub: Subgraph, fmt: Format, node_limit: int | None = None, stem: str = "subgraph"
) -> SubgraphOut | Response:
    """JSON by default; any other format goes through the shared exporters, so the API and
    the embeddable widget draw the same thing. Truncation travels in ``X-Truncated``."""
    if fmt == "json":
        return subgraph_json(sub, node_limit)
    body, media_type = render(sub, fmt)
    headers = {
        "X-Truncated": "true" if sub.truncated else "false",
        "Content-Disposition": f'inline; filename="{filename(stem, fmt)}"',
    }
    return Response(content=body, media_type=media_type, headers=headers)
