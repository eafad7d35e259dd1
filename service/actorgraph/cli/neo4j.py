"""``actorgraph neo4j start|stop|status``: the local Neo4j server (no Docker needed)."""

from __future__ import annotations

import argparse
import sys

from actorgraph.config import Settings
from actorgraph.neo4jlocal import LocalNeo4j, LocalNeo4jConfig
from actorgraph.neo4jlocal.exposure import check_listen_address


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "neo4j", help="run a local Neo4j 5.26 Community server (built with Maven on first use)"
    )
    actions = p.add_subparsers(dest="neo4j_action", required=True, metavar="ACTION")
    start = actions.add_parser("start", help="start it and wait until Bolt answers; prints the URI")
    start.add_argument("--timeout", type=float, default=180.0, help="seconds to wait for Bolt (default 180)")
    start.set_defaults(handler=run_start)
    stop = actions.add_parser("stop", help="stop it cleanly")
    stop.set_defaults(handler=run_stop)
    status = actions.add_parser("status", help="say whether it runs and answers; exit 0 only if it does")
    status.set_defaults(handler=run_status)


def _server(settings: Settings) -> LocalNeo4j:
    return LocalNeo4j(LocalNeo4jConfig.from_settings(settings))


def run_start(args: argparse.Namespace, settings: Settings) -> int:
    # Refused before anything is built or launched; main() turns the error into exit 2.
    check_listen_address(settings.neo4j_listen_address, settings.neo4j_password)
    server = _server(settings)
    print(f"actorgraph: starting Neo4j in {server.config.home} ...", file=sys.stderr)
    st = server.start(timeout=args.timeout)
    print(st.uri)
    if st.browser_url:
        print(f"actorgraph: Neo4j Browser at {st.browser_url}", file=sys.stderr)
    print(f"actorgraph: Neo4j pid {st.pid}, log {server.log_file}", file=sys.stderr)
    return 0


def run_stop(args: argparse.Namespace, settings: Settings) -> int:
    server = _server(settings)
    stopped = server.stop()
    print("stopped" if stopped else "not running")
    return 0


def run_status(args: argparse.Namespace, settings: Settings) -> int:
    st = _server(settings).status()
    if not st.running:
        print(f"not running ({st.uri})")
        return 3
    state = "running" if st.bolt_answers else "running, Bolt not answering"
    print(f"{state}: pid {st.pid}, {st.uri}" + (f", Browser {st.browser_url}" if st.browser_url else ""))
    return 0 if st.bolt_answers else 1
