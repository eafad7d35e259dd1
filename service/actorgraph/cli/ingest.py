"""``actorgraph ingest``, ``demo``, ``stats`` and ``path``: the embedded-first workflow."""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import Literal

from tqdm import tqdm

from actorgraph.config import Settings
from actorgraph.ingest.pipeline import ingest_batch
from actorgraph.ingest.reader import InputArticle, InputItem, InputProblem, read_inputs
from actorgraph.model import Article
from actorgraph.store.base import EdgeFilter, Store
from actorgraph.store.factory import open_store
from actorgraph.store.lookup import resolve_actor


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "ingest",
        help="extract articles and store them (JSON Lines, .txt/.html files, folders, page or feed URLs, -)",
    )
    p.add_argument("paths", nargs="*", default=["-"], help="inputs; '-' or nothing reads stdin")
    p.add_argument("--batch-size", type=int, default=None, help="articles per store transaction")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.set_defaults(handler=run_ingest)

    p = sub.add_parser("demo", help="ingest seeds/ into the store if not there yet, then serve the API")
    p.add_argument("--host", default=None)
    p.add_argument("--port", type=int, default=None)
    p.set_defaults(handler=run_demo)

    p = sub.add_parser("stats", help="counts of actors, articles, claims and edges in the store")
    p.add_argument("--json", action="store_true", help="one JSON object")
    p.set_defaults(handler=run_stats)

    p = sub.add_parser("path", help="paths between two actors, each hop with its evidence")
    p.add_argument("source", help="actor id, name or alias")
    p.add_argument("target", help="actor id, name or alias")
    p.add_argument("-k", type=int, default=1, help="how many shortest paths")
    p.add_argument("--max-hops", type=int, default=4)
    p.add_argument("--json", action="store_true", help="the paths as JSON")
    p.set_defaults(handler=run_path)


@dataclass
class IngestReport:
    read: int = 0
    stored: int = 0
    skipped: int = 0
    copies: int = 0  # stored as wire copies of a stored story
    claims: int = 0
    problems: list[InputProblem] = field(default_factory=list)
    seconds: float = 0.0

    def summary(self) -> str:
        rate = self.read / self.seconds if self.seconds else 0.0
        return (
            f"{self.read} articles read, {self.stored} stored, {self.skipped} already stored, "
            f"{self.copies} stored as wire copies, "
            f"{self.claims} claims, {len(self.problems)} problems; {rate:.1f} articles/s"
        )


def _articles_reporting_problems(items: Iterable[InputItem], report: IngestReport) -> Iterator[Article]:
    for item in items:
        if isinstance(item, InputProblem):
            report.problems.append(item)
            print(f"actorgraph: skipped {item.describe()}", file=sys.stderr)
        else:
            yield item.article


def _batches(articles: Iterator[Article], size: int) -> Iterator[list[Article]]:
    while batch := list(islice(articles, size)):
        yield batch


def ingest_items(
    items: Iterable[InputItem], settings: Settings, store: Store, *, progress: bool, total: int | None = None
) -> IngestReport:
    """Extract and store every article of ``items`` in batches, with a progress bar."""
    from actorgraph.nlp import Extractor

    report = IngestReport()
    extractor = Extractor.load(settings)
    started = time.perf_counter()
    bar = tqdm(total=total, unit="article", disable=not progress, file=sys.stderr, dynamic_ncols=True)
    with bar:
        articles = _articles_reporting_problems(items, report)
        for batch in _batches(articles, settings.extract_batch_size):
            for result in ingest_batch(batch, extractor, store, settings.dedup_threshold):
                report.read += 1
                if result.written:
                    report.stored += 1
                    report.claims += result.claims
                    report.copies += result.copy_of is not None
                else:
                    report.skipped += 1
            bar.update(len(batch))
    report.seconds = time.perf_counter() - started
    return report


def run_ingest(args: argparse.Namespace, settings: Settings) -> int:
    from actorgraph.ingest.fetch.http import Fetcher
    from actorgraph.ingest.fetch.source import WebInput

    if args.batch_size:
        settings = settings.model_copy(update={"extract_batch_size": args.batch_size})
    fetcher = Fetcher(settings)
    try:
        items = list(read_inputs(args.paths, settings.max_text_bytes, web=WebInput(settings, fetcher)))
    finally:
        fetcher.close()
    store = open_store(settings)
    try:
        report = ingest_items(items, settings, store, progress=not args.no_progress, total=len(items))
    finally:
        store.close()
    print(report.summary(), file=sys.stderr)
    return 1 if report.problems else 0


def seed_items(settings: Settings) -> list[InputItem]:
    return list(read_inputs([str(settings.seeds_dir)], settings.max_text_bytes))


def run_demo(args: argparse.Namespace, settings: Settings) -> int:
    import uvicorn

    from actorgraph.api.app import create_app

    host = args.host or settings.host
    port = args.port or settings.port
    store = open_store(settings)
    try:
        items = seed_items(settings)
        missing = [
            i for i in items if isinstance(i, InputArticle) and not store.has_article(i.article.content_hash)
        ]
        if missing:
            print(f"actorgraph: ingesting {len(missing)} seed articles", file=sys.stderr)
            report = ingest_items(missing, settings, store, progress=True, total=len(missing))
            print(report.summary(), file=sys.stderr)
        else:
            print("actorgraph: seeds already in the store", file=sys.stderr)
        print(f"actorgraph: API on http://{host}:{port} (OpenAPI at /docs)", file=sys.stderr)
        uvicorn.run(create_app(settings, store), host=host, port=port, log_level="info")
    finally:
        store.close()
    return 0


def run_stats(args: argparse.Namespace, settings: Settings) -> int:
    store = open_store(settings)
    try:
        stats = store.stats()
    finally:
        store.close()
    if args.json:
        print(stats.model_dump_json())
        return 0
    for name in ("actors", "articles", "claims", "edges"):
        print(f"{name:<9} {getattr(stats, name)}")
    for kind, counts in (("actors", stats.actors_by_type), ("edges", stats.edges_by_type)):
        if counts:
            print(f"{kind} by type: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    return 0


def run_path(args: argparse.Namespace, settings: Settings) -> int:
    store = open_store(settings)
    try:
        source, target = resolve_actor(store, args.source).id, resolve_actor(store, args.target).id
        mode: Literal["shortest", "k_shortest"] = "k_shortest" if args.k > 1 else "shortest"
        paths = store.paths(source, target, EdgeFilter(), mode=mode, k=args.k, max_hops=args.max_hops)
    finally:
        store.close()
    if args.json:
        print(json.dumps([p.model_dump(mode="json") for p in paths]))
        return 0 if paths else 1
    if not paths:
        print(f"no path from {source} to {target} within {args.max_hops} hops")
        return 1
    for number, path in enumerate(paths, start=1):
        print(f"path {number}: " + " - ".join(a.name for a in path.actors))
        for hop in path.hops:
            e = hop.edge
            print(f"  {e.source_id} -{e.relation.value}-> {e.target_id}  (confidence {e.confidence:.2f})")
            if hop.evidence:
                claim = hop.evidence[0]
                print(f'      "{claim.sentence.strip()}"  [{claim.article_id}]')
    return 0
