"""Subgraphs in the formats graph tools and dashboard widgets read.

``render(subgraph, fmt)`` returns ``(body, media_type)``:

- ``cytoscape``: Cytoscape.js elements JSON (``{"elements": {"nodes": [...], "edges": [...]}}``),
  accepted as is by ``cytoscape({elements: ...})`` and ``cy.json(...)``.
- ``d3``: node-link JSON (``nodes`` with ``id``, ``links`` with ``source``/``target``) as
  d3-force and ``networkx.node_link_graph`` read it.
- ``graphml`` and ``gexf``: written by networkx (yEd, Gephi, Cytoscape desktop open them).
- ``csv``: a zip holding ``nodes.csv`` and ``edges.csv`` (UTF-8, header row), the pair
  Gephi's spreadsheet import and any spreadsheet take; list fields are joined with ``;``.

Every format carries the same fields: actors (id, name, type, aliases) and aggregated edges
(id, source, target, relation, label, sign, symmetric, confidence, evidence_count,
first_seen, last_seen, cameo, hedged_only).
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from collections.abc import Iterable
from typing import Any

import networkx as nx

from actorgraph.errors import InputError
from actorgraph.model import SIGN, SYMMETRIC, Actor, Edge, GraphPath, Subgraph

#: Format name -> media type of its body.
MEDIA_TYPES: dict[str, str] = {
    "cytoscape": "application/vnd.cytoscape+json",
    "d3": "application/vnd.d3+json",
    "graphml": "application/graphml+xml",
    "gexf": "application/gexf+xml",
    "csv": "application/zip",
}

#: Extra media types a client may send in Accept for a format.
_ACCEPT_ALIASES: dict[str, str] = {
    "application/vnd.cytoscape+json": "cytoscape",
    "application/vnd.d3+json": "d3",
    "application/vnd.d3-node-link+json": "d3",
    "application/graphml+xml": "graphml",
    "application/gexf+xml": "gexf",
    "application/zip": "csv",
    "text/csv": "csv",
}

#: File name extension per format, for ``Content-Disposition`` and the CLI.
EXTENSIONS: dict[str, str] = {
    "cytoscape": "cyjs",
    "d3": "json",
    "graphml": "graphml",
    "gexf": "gexf",
    "csv": "zip",
}

FORMATS: tuple[str, ...] = tuple(MEDIA_TYPES)

NODE_FIELDS = ("id", "name", "type", "aliases")
EDGE_FIELDS = (
    "id",
    "source",
    "target",
    "relation",
    "label",
    "sign",
    "symmetric",
    "confidence",
    "evidence_count",
    "first_seen",
    "last_seen",
    "cameo",
    "hedged_only",
)


def edge_id(edge: Edge) -> str:
    """Stable id of an aggregated edge: one per (source, type, target)."""
    return f"{edge.source_id}|{edge.relation.value}|{edge.target_id}"


def node_record(actor: Actor) -> dict[str, Any]:
    return {"id": actor.id, "name": actor.name, "type": actor.type.value, "aliases": list(actor.aliases)}


def edge_record(edge: Edge) -> dict[str, Any]:
    return {
        "id": edge_id(edge),
        "source": edge.source_id,
        "target": edge.target_id,
        "relation": edge.relation.value,
        "label": edge.relation.value.lower().replace("_", " "),
        "sign": SIGN[edge.relation],
        "symmetric": edge.relation in SYMMETRIC,
        "confidence": round(edge.confidence, 4),
        "evidence_count": edge.evidence_count,
        "first_seen": edge.first_seen,
        "last_seen": edge.last_seen,
        "cameo": list(edge.cameo),
        "hedged_only": edge.hedged_only,
    }


def paths_subgraph(paths: Iterable[GraphPath]) -> Subgraph:
    """The union of the actors and edges of some paths, each once, in first-seen order."""
    nodes: dict[str, Actor] = {}
    edges: dict[str, Edge] = {}
    for path in paths:
        for actor in path.actors:
            nodes.setdefault(actor.id, actor)
        for hop in path.hops:
            edges.setdefault(edge_id(hop.edge), hop.edge)
    return Subgraph(nodes=list(nodes.values()), edges=list(edges.values()))


def to_cytoscape(subgraph: Subgraph) -> dict[str, Any]:
    """Cytoscape.js elements JSON; edges whose ends are not in the subgraph are dropped,
    because Cytoscape.js refuses an edge to a missing node."""
    ids = {a.id for a in subgraph.nodes}
    nodes = [{"data": node_record(a), "group": "nodes"} for a in subgraph.nodes]
    edges = [
        {"data": edge_record(e), "group": "edges"}
        for e in subgraph.edges
        if e.source_id in ids and e.target_id in ids
    ]
    return {
        "format_version": "1.0",
        "generated_by": "actorgraph",
        "target_cytoscapejs_version": "~3",
        "data": {"truncated": subgraph.truncated, "total_nodes": subgraph.total_nodes},
        "elements": {"nodes": nodes, "edges": edges},
    }


def to_node_link(subgraph: Subgraph) -> dict[str, Any]:
    """D3 node-link JSON, the shape of ``networkx.node_link_data(..., edges="links")``."""
    ids = {a.id for a in subgraph.nodes}
    links = []
    for e in subgraph.edges:
        if e.source_id in ids and e.target_id in ids:
            rec = edge_record(e)
            rec["key"] = e.relation.value
            links.append(rec)
    return {
        "directed": True,
        "multigraph": True,
        "graph": {"truncated": subgraph.truncated, "total_nodes": subgraph.total_nodes},
        "nodes": [node_record(a) for a in subgraph.nodes],
        "links": links,
    }


def to_networkx(subgraph: Subgraph) -> nx.MultiDiGraph:
    """A MultiDiGraph with scalar attributes only (GraphML and GEXF take no lists or None):
    lists are joined with ``;`` and missing values are left out. Edge keys are edge ids,
    which GraphML writes as the ``<edge id>`` and GEXF (through the ``id`` attribute) too."""
    g = nx.MultiDiGraph()
    for a in subgraph.nodes:
        g.add_node(a.id, label=a.name, name=a.name, type=a.type.value, aliases="; ".join(a.aliases))
    ids = {a.id for a in subgraph.nodes}
    for e in subgraph.edges:
        if e.source_id not in ids or e.target_id not in ids:
            continue
        rec = edge_record(e)
        attrs = {k: _scalar(v) for k, v in rec.items() if k not in ("source", "target") and v is not None}
        g.add_edge(e.source_id, e.target_id, key=attrs.pop("id"), **attrs)
    return g


def _scalar(value: Any) -> Any:
    if isinstance(value, list):
        return ";".join(str(v) for v in value)
    return value


def to_graphml(subgraph: Subgraph) -> str:
    buf = io.BytesIO()
    nx.write_graphml(to_networkx(subgraph), buf, encoding="utf-8", prettyprint=True)
    return buf.getvalue().decode("utf-8")


def to_gexf(subgraph: Subgraph) -> str:
    g = to_networkx(subgraph)
    for _, _, key, data in g.edges(keys=True, data=True):
        data["id"] = key  # GEXF's writer numbers edges unless told their id
    buf = io.BytesIO()
    nx.write_gexf(g, buf, encoding="utf-8", prettyprint=True)
    return buf.getvalue().decode("utf-8")


def to_csv_zip(subgraph: Subgraph) -> bytes:
    """``nodes.csv`` and ``edges.csv`` in one zip (a single response can hold both tables)."""
    nodes = io.StringIO(newline="")
    w = csv.DictWriter(nodes, fieldnames=NODE_FIELDS, lineterminator="\r\n")
    w.writeheader()
    for a in subgraph.nodes:
        w.writerow({k: _csv_cell(v) for k, v in node_record(a).items()})
    edges = io.StringIO(newline="")
    w = csv.DictWriter(edges, fieldnames=EDGE_FIELDS, lineterminator="\r\n")
    w.writeheader()
    ids = {a.id for a in subgraph.nodes}
    for e in subgraph.edges:
        if e.source_id in ids and e.target_id in ids:
            w.writerow({k: _csv_cell(v) for k, v in edge_record(e).items()})
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("nodes.csv", nodes.getvalue().encode("utf-8"))
        zf.writestr("edges.csv", edges.getvalue().encode("utf-8"))
    return buf.getvalue()


def _csv_cell(value: Any) -> Any:
    if isinstance(value, list):
        return ";".join(str(v) for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else value


def render(subgraph: Subgraph, fmt: str) -> tuple[bytes | str, str]:
    """The subgraph in format ``fmt`` and the body's media type. Unknown formats raise
    :class:`InputError` naming the known ones."""
    if fmt == "cytoscape":
        return json.dumps(to_cytoscape(subgraph), ensure_ascii=False), MEDIA_TYPES[fmt]
    if fmt == "d3":
        return json.dumps(to_node_link(subgraph), ensure_ascii=False), MEDIA_TYPES[fmt]
    if fmt == "graphml":
        return to_graphml(subgraph), MEDIA_TYPES[fmt]
    if fmt == "gexf":
        return to_gexf(subgraph), MEDIA_TYPES[fmt]
    if fmt == "csv":
        return to_csv_zip(subgraph), MEDIA_TYPES[fmt]
    raise InputError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")


def pick_format(format_param: str | None, accept: str | None) -> str | None:
    """The export format a request asks for: ``?format=`` wins, then the Accept header
    (highest q first). ``None`` means plain JSON (the API's own shape). An unknown
    ``?format=`` raises :class:`InputError`; unknown Accept types are ignored."""
    if format_param:
        fmt = format_param.strip().lower()
        if fmt not in MEDIA_TYPES:
            raise InputError(f"unknown format {format_param!r}; choose one of {', '.join(FORMATS)}")
        return fmt
    if not accept:
        return None
    for media in _accept_in_order(accept):
        if media in _ACCEPT_ALIASES:
            return _ACCEPT_ALIASES[media]
        if media in ("application/json", "*/*", "application/*"):
            return None
    return None


def _accept_in_order(accept: str) -> list[str]:
    """Media types of an Accept header, highest quality first (stable for ties)."""
    ranked: list[tuple[float, int, str]] = []
    for i, part in enumerate(accept.split(",")):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        if not media:
            continue
        q = 1.0
        for f in fields[1:]:
            if f.startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        if q > 0:
            ranked.append((-q, i, media))
    return [m for _, _, m in sorted(ranked)]


def filename(stem: str, fmt: str) -> str:
    """A download file name for a subgraph in ``fmt``."""
    safe = "".join(c if c.isalnum() or c in "-_." else "-" for c in stem).strip("-") or "subgraph"
    return f"{safe}.{EXTENSIONS[fmt]}"
