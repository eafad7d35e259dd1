"""The main job as a user runs it: the ``actorgraph`` command in a subprocess, on the seeds,
into a fresh embedded store; then ``demo`` serving the API on a free loopback port."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / "seeds" / "articles.jsonl"
CLI = [sys.executable, "-m", "actorgraph.cli"]


def _env(db: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update({"ACTORGRAPH_DB_PATH": str(db), "HF_HUB_OFFLINE": "1", "ACTORGRAPH_STORE": "embedded"})
    return env


def _run(args: list[str], db: Path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*CLI, *args], input=stdin, capture_output=True, text=True, env=_env(db), timeout=600, check=False
    )


@pytest.fixture(scope="module")
def seeded_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("cli") / "graph.db"
    done = _run(["ingest", "--no-progress", str(SEEDS)], db)
    assert done.returncode == 0, done.stderr
    assert "articles read" in done.stderr
    return db


def _stats(db: Path) -> dict[str, int]:
    done = _run(["stats", "--json"], db)
    assert done.returncode == 0, done.stderr
    stats: dict[str, int] = json.loads(done.stdout)
    return stats


def test_ingest_fills_every_part_of_the_graph(seeded_db: Path) -> None:
    stats = _stats(seeded_db)
    articles = sum(1 for line in SEEDS.read_text(encoding="utf-8").splitlines() if line.strip())
    assert stats["articles"] == articles
    assert stats["actors"] > 30 and stats["claims"] > stats["articles"] and stats["edges"] > 30


def test_ingesting_the_same_articles_again_changes_nothing(seeded_db: Path) -> None:
    before = _stats(seeded_db)
    again = _run(["ingest", "--no-progress", str(SEEDS)], seeded_db)
    assert again.returncode == 0, again.stderr
    assert f"0 stored, {before['articles']} already stored" in again.stderr
    assert _stats(seeded_db) == before


def test_path_command_quotes_evidence(seeded_db: Path) -> None:
    done = _run(["path", "Russia", "HTS", "--json"], seeded_db)
    assert done.returncode == 0, done.stderr
    paths = json.loads(done.stdout)
    assert paths[0]["actors"][0]["id"] == "russia" and paths[0]["actors"][-1]["id"] == "hts"
    assert all(hop["evidence"] for hop in paths[0]["hops"])


def test_ingest_reports_bad_lines_and_stores_the_rest(tmp_path: Path) -> None:
    feed = "\n".join(
        [
            json.dumps({"id": "ok1", "text": "Iran supports Hezbollah with rockets and money."}),
            "{broken",
            json.dumps({"id": "empty", "text": ""}),
            json.dumps({"id": "ok2", "text": "The RSF seized the city of El Fasher."}),
        ]
    )
    db = tmp_path / "bad.db"
    done = _run(["ingest", "--no-progress", "-"], db, stdin=feed)
    assert done.returncode == 1  # problems were reported...
    assert "-:2: not JSON" in done.stderr and '-:3: empty "text"' in done.stderr
    assert _stats(db)["articles"] == 2  # ...and the good lines went through


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture()
def demo_server(tmp_path: Path) -> Iterator[str]:
    port = _free_port()
    proc = subprocess.Popen(
        [*CLI, "demo", "--host", "127.0.0.1", "--port", str(port)],
        env=_env(tmp_path / "demo.db"),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline:
            assert proc.poll() is None, proc.stderr.read() if proc.stderr else "demo exited"
            try:
                if httpx.get(f"{base}/health", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.5)
        else:
            pytest.fail("demo did not serve within 300 s")
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_demo_ingests_seeds_and_serves_paths_with_evidence(demo_server: str) -> None:
    stats = httpx.get(f"{demo_server}/v1/stats", timeout=10).json()
    assert stats["articles"] >= 31
    found = httpx.get(f"{demo_server}/v1/paths", params={"source": "Russia", "target": "HTS"}, timeout=10)
    assert found.status_code == 200
    hops = found.json()["paths"][0]["hops"]
    assert hops
    for hop in hops:
        evidence = hop["evidence"]
        article = httpx.get(f"{demo_server}/v1/articles/{evidence['article_id']}", timeout=10).json()
        text = article["article"]["text"]
        assert text[evidence["start"] : evidence["end"]] == evidence["sentence"]
    missing = httpx.get(f"{demo_server}/v1/actors/Rusia", timeout=10)
    assert missing.status_code == 404 and "Russia" in missing.json()["suggestions"]
