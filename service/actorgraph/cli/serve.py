"""``actorgraph serve``: the REST API on uvicorn. The store opens in the app's lifespan."""

from __future__ import annotations

import argparse
import sys

from actorgraph.config import Settings


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("serve", help="serve the REST API (OpenAPI at /docs)")
    p.add_argument("--host", default=None, help="interface to bind (default: ACTORGRAPH_HOST)")
    p.add_argument("--port", type=int, default=None, help="port (default: ACTORGRAPH_PORT)")
    p.add_argument("--log-level", default="info", choices=["critical", "error", "warning", "info", "debug"])
    p.set_defaults(handler=run_serve)


def run_serve(args: argparse.Namespace, settings: Settings) -> int:
    import uvicorn

    from actorgraph.api.app import create_app

    host = args.host or settings.host
    port = args.port if args.port is not None else settings.port
    where = f"http://{host}:{port}"
    print(f"actorgraph: {settings.store} store on {where}, docs at {where}/docs", file=sys.stderr)
    uvicorn.run(create_app(settings), host=host, port=port, log_level=args.log_level)
    return 0
