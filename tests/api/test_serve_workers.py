"""``actorgraph serve --workers N``: N forked uvicorn processes on one socket, sharing the
embedded store's caches built before the fork, each following writes made afterwards by
other processes; SIGTERM to the parent stops them all."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx

from actorgraph.store.embedded import EmbeddedStore
from tests.api.test_serve_cli import free_port
from tests.contract.data import bundles


def _children(pid: int) -> list[int]:
    return [
        int(x)
        for task in Path(f"/proc/{pid}/task").iterdir()
        for x in (task / "children").read_text().split()
    ]


def _wait_healthy(base: str, proc: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + 120
    while True:
        assert proc.poll() is None, proc.stderr.read() if proc.stderr else "serve exited"
        try:
            if httpx.get(f"{base}/health", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        assert time.monotonic() < deadline, "serve did not answer within 120 s"
        time.sleep(0.3)


def test_workers_share_a_socket_and_see_later_writes(tmp_path: Path) -> None:
    db = tmp_path / "workers.db"
    data = bundles()
    store = EmbeddedStore.open(db)
    store.setup()
    store.write(data[:-1])
    port = free_port()
    env = {**os.environ, "ACTORGRAPH_DB_PATH": str(db), "ACTORGRAPH_QUEUE_URL": str(tmp_path / "queue.db")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "actorgraph.cli", "serve", "--host", "127.0.0.1", "--port", str(port),
         "--workers", "2"],
        env=env, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_healthy(base, proc)
        workers = _children(proc.pid)
        assert len(workers) == 2
        before = httpx.get(f"{base}/v1/stats", timeout=5).json()["articles"]
        assert before == len(data) - 1
        # Written by another process after the fork: every worker must pick it up.
        store.write(data[-1:])
        for _ in range(20):
            with httpx.Client() as fresh:  # a new connection each time, so both workers answer some
                assert fresh.get(f"{base}/v1/stats", timeout=5).json()["articles"] == len(data)
    finally:
        store.close()
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    for pid in workers:
        assert not Path(f"/proc/{pid}").exists() or "zombie" in Path(f"/proc/{pid}/status").read_text()
