"""``actorgraph serve``: the REST API on uvicorn. The store opens in the app's lifespan (with
``--workers``, see :mod:`actorgraph.cli.workers`)."""

from __future__ import annotations

import argparse
import os
import sys

from actorgraph.config import Settings


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("serve", help="serve the REST API (OpenAPI at /docs)")
    p.add_argument("--host", default=None, help="interface to bind (default: ACTORGRAPH_HOST)")
    p.add_argument("--port", type=int, default=None, help="port (default: ACTORGRAPH_PORT)")
    p.add_argument("--log-level", default="info", choices=["critical", "error", "warning", "info", "debug"])
    p.add_argument(
        "--workers", type=int, default=1,
        help="server processes (default 1; 0: one per core); see actorgraph/cli/workers.py",
    )  # fmt: skip
    p.set_defaults(handler=run_serve)


def run_serve(args: argparse.Namespace, settings: Settings) -> int:
    import uvicorn

    from actorgraph.api.app import create_app

    workers = args.workers if args.workers > 0 else (os.cpu_count() or 1)
    host = args.host or settings.host
    port = args.port if args.port is not None else settings.port
    where = f"http://{host}:{port}"
    print(f"actorgraph: {settings.store} store on {where}, docs at {where}/docs", file=sys.stderr)
    if workers > 1:
        from actorgraph.cli.workers import serve_workers

        return serve_workers(settings, host, port, workers, args.log_level)
    uvicorn.run(create_app(settings), host=host, port=port, log_level=args.log_level)
    return 0
