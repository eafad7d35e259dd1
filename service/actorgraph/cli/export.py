"""``actorgraph export``: a neighbourhood, the paths between two actors, or filtered relations,
written in a graph tool's format (Cytoscape.js JSON, D3 node-link, GraphML, GEXF, CSV zip).

The same exporters serve ``?format=`` on the API, so a file and a response agree.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from actorgraph.config import Settings
from actorgraph.errors import InputError, SubgraphTooLarge
from actorgraph.graph.export import EXTENSIONS, FORMATS, paths_subgraph, render
from actorgraph.model import RelationType
from actorgraph.store.base import EdgeFilter, Store, Subgraph
from actorgraph.store.lookup import resolve_actor

#: File extension -> format, to pick the format from ``--output`` when ``--format`` is not given.
FORMAT_OF_EXTENSION: dict[str, str] = {
    **{ext: fmt for fmt, ext in EXTENSIONS.items()},
    "cyjs": "cytoscape",
    "csv": "csv",
    "xml": "graphml",
}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "export",
        help="write a subgraph as Cytoscape.js JSON, D3 node-link JSON, GraphML, GEXF or CSV",
        description=__doc__,
    )
    what = p.add_subparsers(dest="what", required=True, metavar="WHAT")

    n = what.add_parser("neighbourhood", help="actors and relations within --depth hops of an actor")
    n.add_argument("actor", help="actor id, name or alias")
    n.add_argument("--depth", type=int, default=1, choices=[1, 2, 3])
    n.add_argument("--direction", default="both", choices=["out", "in", "both"])
    n.add_argument("--limit", type=int, default=None, help="most nodes (default: ACTORGRAPH_NODE_CAP)")
    _common(n)
    n.set_defaults(handler=run_export)

    pa = what.add_parser("path", help="the paths between two actors")
    pa.add_argument("source", help="actor id, name or alias")
    pa.add_argument("target", help="actor id, name or alias")
    pa.add_argument("--mode", default="shortest", choices=["shortest", "k_shortest", "all"])
    pa.add_argument("-k", type=int, default=3, help="paths wanted with --mode k_shortest")
    pa.add_argument("--max-hops", type=int, default=4)
    _common(pa)
    pa.set_defaults(handler=run_export)

    r = what.add_parser("relations", help="relations matching filters, strongest first")
    r.add_argument("--source", default=None, help="only relations from this actor")
    r.add_argument("--target", default=None, help="only relations to this actor")
    r.add_argument("--limit", type=int, default=500, help="most relations")
    _common(r)
    r.set_defaults(handler=run_export)


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "-f",
        "--format",
        choices=FORMATS,
        default=None,
        help="output format (default: from the --output extension, else cytoscape)",
    )
    p.add_argument("-o", "--output", type=Path, default=None, help="file to write (default: stdout)")
    p.add_argument(
        "--type",
        action="append",
        default=None,
        metavar="TYPE",
        help="relation type, e.g. SUPPORTS (repeat or comma-separate)",
    )
    p.add_argument("--min-confidence", type=float, default=0.0)
    p.add_argument("--since", default=None, help="only claims published on or after (YYYY-MM-DD)")
    p.add_argument("--until", default=None, help="only claims published on or before")
    p.add_argument("--as-of", default=None, help="the graph as it stood on this date")
    p.add_argument("--no-hedged", action="store_true", help="drop relations only ever reported hedged")


def edge_filter(args: argparse.Namespace) -> EdgeFilter:
    types: list[RelationType] | None = None
    if args.type:
        names = [t.strip().upper() for item in args.type for t in item.split(",") if t.strip()]
        try:
            types = [RelationType(t) for t in names]
        except ValueError as exc:
            known = ", ".join(r.value for r in RelationType)
            raise InputError(f"--type: {exc}; known types: {known}") from exc
    if not 0.0 <= args.min_confidence <= 1.0:
        raise InputError(f"--min-confidence must be between 0 and 1, not {args.min_confidence}")
    return EdgeFilter(
        types=types,
        min_confidence=args.min_confidence,
        since=args.since,
        until=args.until,
        as_of=args.as_of,
        include_hedged=not args.no_hedged,
    )


def choose_format(fmt: str | None, output: Path | None) -> str:
    if fmt:
        return fmt
    if output is not None:
        ext = output.name.rsplit(".", 1)[-1].lower() if "." in output.name else ""
        if ext in FORMAT_OF_EXTENSION:
            return FORMAT_OF_EXTENSION[ext]
    return "cytoscape"


def build_subgraph(store: Store, args: argparse.Namespace, settings: Settings) -> Subgraph:
    flt = edge_filter(args)
    if args.what == "neighbourhood":
        limit = settings.node_cap if args.limit is None else args.limit
        center = resolve_actor(store, args.actor)
        sub = store.neighbourhood(center.id, args.depth, flt, direction=args.direction, node_limit=limit)
        if sub.truncated:
            raise SubgraphTooLarge(sub.total_nodes or len(sub.nodes), limit)
        return sub
    if args.what == "path":
        a, b = resolve_actor(store, args.source), resolve_actor(store, args.target)
        return paths_subgraph(store.paths(a.id, b.id, flt, mode=args.mode, k=args.k, max_hops=args.max_hops))
    if args.source:
        flt = flt.model_copy(update={"source_id": resolve_actor(store, args.source).id})
    if args.target:
        flt = flt.model_copy(update={"target_id": resolve_actor(store, args.target).id})
    edges, total = store.edges(flt, offset=0, limit=args.limit)
    ids = dict.fromkeys(i for e in edges for i in (e.source_id, e.target_id))
    nodes = [store.get_actor(i).actor for i in ids]
    return Subgraph(nodes=nodes, edges=edges, truncated=total > len(edges), total_nodes=len(nodes))


def run_export(args: argparse.Namespace, settings: Settings) -> int:
    from actorgraph.store.factory import open_store

    fmt = choose_format(args.format, args.output)
    store = open_store(settings)
    try:
        sub = build_subgraph(store, args, settings)
    finally:
        store.close()
    body, _ = render(sub, fmt)
    data = body.encode("utf-8") if isinstance(body, str) else body
    if args.output is not None:
        args.output.write_bytes(data)
        print(
            f"actorgraph: {len(sub.nodes)} actors, {len(sub.edges)} relations -> {args.output} ({fmt})",
            file=sys.stderr,
        )
    else:
        if fmt == "csv" and sys.stdout.isatty():
            raise InputError("the csv export is a zip file: give --output FILE or redirect stdout")
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    if sub.truncated:
        print(f"actorgraph: warning: cut at {len(sub.edges)} relations; raise --limit", file=sys.stderr)
    return 0
