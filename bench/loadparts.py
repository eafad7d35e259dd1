"""Parts of bench/load.py: the routes file for wrk, the server's memory, the article poster."""

from __future__ import annotations

import contextlib
import json
import random
import subprocess
import threading
import time
import urllib.error
import urllib.request
from collections import Counter
from pathlib import Path
from typing import Any

#: (route, weight): a dashboard reads actors and evidence more often than it walks paths.
MIX = [("search", 2), ("actor", 3), ("neighbourhood", 2), ("paths", 2), ("evidence", 3)]
URLS_PER_ROUTE = 2000


def _edge_keys(actors: int, edges: int, n: int) -> list[tuple[str, str, str]]:
    """Keys of ``n`` edges of the synthetic graph (its first claims, which are edges)."""
    from store import bundles

    keys: list[tuple[str, str, str]] = []
    for bundle in bundles(actors, edges, 500, seed=7):
        keys.extend((c.source_id, c.relation.value, c.target_id) for c in bundle.claims)
        if len(keys) >= n:
            break
    return keys[:n]


def routes_file(folder: Path, actors: int, edges: int) -> Path:
    """A Lua file returning the routes, weights and URLs load.lua picks from."""
    rng = random.Random(5)
    pick = [rng.randrange(actors) for _ in range(URLS_PER_ROUTE * 2)]
    pairs = [(i, j) for i, j in zip(pick[::2], pick[1::2], strict=True) if i != j]
    keys = _edge_keys(actors, edges, URLS_PER_ROUTE)
    urls = {
        "search": [f"/v1/actors/search?q=Actor%20{i}&limit=10" for i in pick[:URLS_PER_ROUTE]],
        "actor": [f"/v1/actors/a{i}" for i in pick[:URLS_PER_ROUTE]],
        "neighbourhood": [f"/v1/actors/a{i}/neighbourhood?depth=2" for i in pick[:URLS_PER_ROUTE]],
        "paths": [f"/v1/paths?source=a{i}&target=a{j}" for i, j in pairs],
        "evidence": [f"/v1/relations/{s}/{r}/{t}/evidence" for s, r, t in keys],
    }
    lines = ["return {"]
    for name, weight in MIX:
        quoted = ", ".join(json.dumps(u) for u in urls[name])
        lines.append(f'  {{name = "{name}", weight = {weight}, urls = {{{quoted}}}}},')
    lines.append("}")
    path = folder / "routes.lua"
    path.write_text("\n".join(lines) + "\n")
    return path


def wait_healthy(base: str, proc: subprocess.Popen[bytes], timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"the server exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(f"{base}/health", timeout=5) as r:
                if r.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(1)
    raise RuntimeError(f"the server did not answer /health within {timeout:.0f}s")


def _children(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        with contextlib.suppress(OSError):
            found.extend(int(x) for x in (task / "children").read_text().split())
    return found


def _kib(path: Path, field: str) -> int:
    try:
        for line in path.read_text().splitlines():
            if line.startswith(field):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


class Memory:
    """Peak memory of a server process and its workers, sampled twice a second."""

    def __init__(self, pid: int, database_pid: int | None = None) -> None:
        self.pid = pid
        self.database_pid = database_pid
        self.peak_database_rss = 0
        self.stop = threading.Event()
        self.peak_worker_rss = 0
        self.peak_total_pss = 0
        self.peak_total_rss = 0
        self.workers = 0

    def sample(self) -> None:
        pids = [self.pid, *_children(self.pid)]
        rss = [_kib(Path(f"/proc/{p}/status"), "VmRSS:") for p in pids]
        pss = [_kib(Path(f"/proc/{p}/smaps_rollup"), "Pss:") for p in pids]
        self.workers = max(self.workers, len(pids) - 1)
        workers_rss = rss[1:] or rss
        self.peak_worker_rss = max(self.peak_worker_rss, *workers_rss)
        self.peak_total_pss = max(self.peak_total_pss, sum(pss))
        self.peak_total_rss = max(self.peak_total_rss, sum(rss))
        if self.database_pid is not None:
            database = _kib(Path(f"/proc/{self.database_pid}/status"), "VmRSS:")
            self.peak_database_rss = max(self.peak_database_rss, database)

    def run(self) -> None:
        while not self.stop.wait(0.5):
            self.sample()

    def figures(self) -> dict[str, Any]:
        mib = 1024
        return {
            "worker_processes": self.workers,
            "peak_worker_rss_mib": round(self.peak_worker_rss / mib),
            "peak_server_pss_mib": round(self.peak_total_pss / mib),
            "peak_server_rss_sum_mib": round(self.peak_total_rss / mib),
            "peak_neo4j_rss_mib": round(self.peak_database_rss / mib) if self.database_pid else None,
        }


class Poster:
    """Posts articles (seed texts made unique) at a steady rate through POST /v1/articles."""

    def __init__(self, base: str, key: str, rate: float, seeds: Path) -> None:
        self.base, self.key, self.rate = base, key, rate
        self.texts = [json.loads(line) for line in seeds.read_text().splitlines() if line.strip()]
        self.stop = threading.Event()
        self.accepted: list[str] = []
        self.statuses: Counter[int] = Counter()

    def _post(self, n: int) -> None:
        seed = self.texts[n % len(self.texts)]
        article = {"id": f"load-{n}", "title": seed.get("title"), "published": seed.get("published"),
                   "text": f"{seed['text']}\nLoad report {n}."}  # fmt: skip
        req = urllib.request.Request(
            f"{self.base}/v1/articles", data=json.dumps(article).encode(), method="POST",
            headers={"Content-Type": "application/json", "X-API-Key": self.key},
        )  # fmt: skip
        try:
            with urllib.request.urlopen(req, timeout=30) as r:
                status = r.status
        except urllib.error.HTTPError as exc:
            status = exc.code
        except OSError:
            status = 0
        self.statuses[status] += 1
        if status == 202:
            self.accepted.append(article["id"])

    def run(self) -> None:
        n = 0
        while self.rate > 0 and not self.stop.wait(1 / self.rate):
            self._post(n)
            n += 1
