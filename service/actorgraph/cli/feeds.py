"""``actorgraph feeds add|list|remove``: feeds the workers poll (docs/web.md, "Feeds")."""

from __future__ import annotations

import argparse
import json
import sys
import time

from actorgraph.config import Settings
from actorgraph.ingest.feeds.base import check_url, open_feeds, parse_every


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("feeds", help="RSS/Atom feeds the workers poll: add, list, remove")
    verbs = p.add_subparsers(dest="verb", required=True, metavar="VERB")
    add = verbs.add_parser("add", help="poll a feed (due at once), or change its interval")
    add.add_argument("url")
    add.add_argument(
        "--every", default=None, help="interval: 90s, 15m, 2h, 1d (default ACTORGRAPH_FEED_EVERY)"
    )
    add.set_defaults(handler=run_add)
    ls = verbs.add_parser("list", help="registered feeds with the outcome of their last poll")
    ls.add_argument("--json", action="store_true", help="one JSON array")
    ls.set_defaults(handler=run_list)
    rm = verbs.add_parser("remove", help="stop polling a feed")
    rm.add_argument("url")
    rm.set_defaults(handler=run_remove)


def run_add(args: argparse.Namespace, settings: Settings) -> int:
    every = parse_every(args.every if args.every is not None else settings.feed_every)
    registry = open_feeds(settings)
    try:
        record = registry.add(check_url(args.url), every)
    finally:
        registry.close()
    print(f"feed {record.url}: polled every {record.every:g}s by the workers", file=sys.stderr)
    return 0


def run_list(args: argparse.Namespace, settings: Settings) -> int:
    registry = open_feeds(settings)
    try:
        feeds = registry.all()
    finally:
        registry.close()
    if args.json:
        print(json.dumps([f.model_dump() for f in feeds]))
        return 0
    now = time.time()
    for f in feeds:
        due = "due now" if f.next_poll <= now else f"next poll in {f.next_poll - now:.0f}s"
        status = f.last_status or "not polled yet"
        print(f"{f.url}  every {f.every:g}s, {due}, {f.items_seen} items seen: {status}")
    return 0


def run_remove(args: argparse.Namespace, settings: Settings) -> int:
    registry = open_feeds(settings)
    try:
        gone = registry.remove(args.url)
    finally:
        registry.close()
    print(f"feed {args.url}: " + ("removed" if gone else "was not registered"), file=sys.stderr)
    return 0 if gone else 1
