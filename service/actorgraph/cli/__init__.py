"""The ``actorgraph`` command. Thin: each command group lives in its own module with a
``register(subparsers)`` function; handlers receive the parsed args and the settings."""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Callable, Sequence

from actorgraph.config import Settings, load_settings
from actorgraph.errors import ActorGraphError

#: Command-group modules under ``actorgraph.cli``, each exposing ``register(subparsers)``.
COMMAND_MODULES: list[str] = ["ingest", "serve", "queue", "feeds", "neo4j", "export", "extract", "backup"]

Handler = Callable[[argparse.Namespace, Settings], int]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="actorgraph", description=__doc__)
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug messages")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMAND_MODULES:
        module = importlib.import_module(f"actorgraph.cli.{name}")
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    # httpx logs every request at INFO; a feed of a hundred items would bury the report.
    logging.getLogger("httpx").setLevel(logging.DEBUG if args.verbose else logging.WARNING)
    handler: Handler = args.handler
    try:
        settings = load_settings()
        return handler(args, settings)
    except ActorGraphError as exc:
        print(f"actorgraph: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
