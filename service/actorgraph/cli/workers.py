"""``actorgraph serve --workers N``: N uvicorn servers in forked processes on one socket.

Not uvicorn's own ``workers=``: that one spawns fresh interpreters, so each would build the
embedded store's walk graph and name index again (about 2 GB and a minute at a million
edges). Here the parent builds them once, closes its SQLite connection and forks; the workers
share those pages copy-on-write (the graph is frozen out of the cyclic GC, so only the parts
a worker updates or walks get copied) and each opens its own connection. Each worker then
follows other processes' writes through the store's edge log, as any reader does. The
Neo4j store holds nothing to share: each worker opens its own driver after the fork.

The parent only waits: SIGTERM or SIGINT is passed on to the workers, and when one dies the
others are stopped too, so a supervisor (systemd, Docker) sees the service fail as a whole.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import sys
from types import FrameType
from typing import TYPE_CHECKING

from actorgraph.config import Settings

if TYPE_CHECKING:
    from actorgraph.store.embedded import EmbeddedStore


def bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(2048)
    sock.set_inheritable(True)
    return sock


def _preloaded(settings: Settings) -> EmbeddedStore | None:
    """The embedded store with its caches built and no open connection; None for Neo4j."""
    if settings.store != "embedded":
        return None
    from actorgraph.store.embedded import EmbeddedStore

    store = EmbeddedStore.open(settings.db_path)
    store.setup()
    store.preload()
    store.close()
    return store


def _worker(settings: Settings, sock: socket.socket, store: EmbeddedStore | None, log_level: str) -> int:
    import uvicorn

    from actorgraph.api.app import create_app

    if store is not None:
        store.reconnect()
    try:
        config = uvicorn.Config(create_app(settings, store), log_level=log_level)
        uvicorn.Server(config).run(sockets=[sock])
    finally:
        if store is not None:
            store.close()
    return 0


def serve_workers(settings: Settings, host: str, port: int, workers: int, log_level: str) -> int:
    sock = bind(host, port)
    store = _preloaded(settings)
    children: list[int] = []
    for _ in range(workers):
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the worker process
            code = 1
            try:
                code = _worker(settings, sock, store, log_level)
            finally:
                os._exit(code)
        children.append(pid)
    print(f"actorgraph: {workers} workers, pids {' '.join(map(str, children))}", file=sys.stderr)

    stopping: list[int] = []

    def stop(signum: int, frame: FrameType | None) -> None:
        stopping.append(signum)
        for child in children:
            with contextlib.suppress(ProcessLookupError):
                os.kill(child, signal.SIGTERM)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    failed = 0
    while children:
        pid, status = os.wait()
        if pid in children:
            children.remove(pid)
            code = os.waitstatus_to_exitcode(status)
            # uvicorn re-raises the SIGTERM it was sent once it has shut down.
            if code != 0 and not (stopping and code == -signal.SIGTERM):
                failed = 1
                stop(signal.SIGTERM, None)
    sock.close()
    return failed
