"""``actorgraph extract``: JSON Lines articles in, one JSON line of relations per input out.

Each input line gets exactly one output line, in input order: the extraction
(``{"id", "relations"}``, DESIGN.md "Contracts") or an error record
(``{"id", "origin", "line", "error"}``) that is also reported on stderr with its line number.
A bad line never stops the batch. The exit status is 1 when any input had a problem.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import TextIO

from actorgraph.config import Settings
from actorgraph.ingest.reader import InputItem, InputProblem, read_inputs
from actorgraph.nlp import Extractor


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "extract",
        help="extract relations from JSON Lines articles ({id, text, published?}); JSON Lines out",
    )
    p.add_argument("paths", nargs="*", default=["-"], help="JSON Lines files or folders; - or nothing: stdin")
    p.add_argument("--batch-size", type=int, default=None, help="texts per nlp.pipe batch")
    p.add_argument("--processes", type=int, default=None, help="worker processes for nlp.pipe")
    p.set_defaults(handler=run_extract)


def _chunks(items: Iterable[InputItem], size: int) -> Iterator[list[InputItem]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def extract_items(items: Iterable[InputItem], extractor: Extractor, out: TextIO, err: TextIO) -> int:
    """Write one line per item to ``out``; report problems on ``err``. Returns the number
    of problems."""
    problems = 0
    for chunk in _chunks(items, max(extractor.batch_size, 1) * 4):
        articles = [item.article for item in chunk if not isinstance(item, InputProblem)]
        results = extractor.extract((a.id, a.text) for a in articles)
        for item in chunk:
            if isinstance(item, InputProblem):
                problems += 1
                print(f"actorgraph extract: {item.describe()}", file=err)
                out.write(json.dumps(item.as_record(), ensure_ascii=False) + "\n")
            else:
                out.write(next(results).model_dump_json() + "\n")
        out.flush()
    return problems


def run_extract(args: argparse.Namespace, settings: Settings) -> int:
    overrides: dict[str, int] = {}
    if args.batch_size is not None:
        overrides["extract_batch_size"] = args.batch_size
    if args.processes is not None:
        overrides["extract_processes"] = args.processes
    if overrides:
        settings = settings.model_copy(update=overrides)
    extractor = Extractor.load(settings)
    items = read_inputs(args.paths, settings.max_text_bytes)
    problems = extract_items(items, extractor, sys.stdout, sys.stderr)
    return 1 if problems else 0
