"""``actorgraph serve`` runs the API on uvicorn with the store and settings from the
environment, and shuts down cleanly (the lifespan closes the store)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_serve_answers_on_the_given_port_with_settings_from_the_environment(tmp_path: Path) -> None:
    port = free_port()
    env = {
        **os.environ,
        "ACTORGRAPH_DB_PATH": str(tmp_path / "serve.db"),
        "ACTORGRAPH_CORS_ORIGINS": '["https://dash.example"]',
        "ACTORGRAPH_QUEUE_URL": str(tmp_path / "queue.db"),
    }
    env.pop("ACTORGRAPH_API_KEY", None)
    proc = subprocess.Popen(
        [sys.executable, "-m", "actorgraph.cli", "serve", "--host", "127.0.0.1", "--port", str(port)],
        env=env, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            assert proc.poll() is None, proc.stderr.read() if proc.stderr else "serve exited"
            try:
                health = httpx.get(f"{base}/health", timeout=2)
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline, "serve did not answer within 120 s"
                time.sleep(0.3)
        assert health.json()["status"] == "ok" and health.json()["store"] == "embedded"
        stats = httpx.get(f"{base}/v1/stats", headers={"Origin": "https://dash.example"}, timeout=5)
        assert stats.json()["actors"] == 0
        assert stats.headers["access-control-allow-origin"] == "https://dash.example"
        assert httpx.delete(f"{base}/v1/articles/x", timeout=5).status_code == 403  # no key set
        assert httpx.get(f"{base}/docs", timeout=5).status_code == 200
    finally:
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=60)
    # uvicorn re-raises the signal it caught once shutdown is complete
    assert proc.returncode in (0, -signal.SIGTERM), err
    assert "Application shutdown complete" in err
    assert (tmp_path / "serve.db").exists()
