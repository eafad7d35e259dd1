"""The wheel stands on its own: built with ``pip wheel``, installed into a fresh virtual
environment in a temporary directory (no checkout on its path, no ``ACTORGRAPH_*``
setting), ``actorgraph ingest``, ``stats`` and ``demo`` work from it: the Cypher library,
the seeds, the gazetteer and the widget's assets all come from the installed package.

The fresh environment gets the wheel itself with pip; for its third-party dependencies
(spaCy and its model, FastAPI, ...: hundreds of megabytes) it reads the test run's own
site-packages through a path file, so the test costs seconds rather than a download. Path
files inside that folder are not processed from there, so the editable install of the
checkout is not visible; the test checks that ``actorgraph`` is imported from the wheel.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import sysconfig
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
#: A fresh virtual environment with the wheel installed, and the environment to run it in.
Venv = tuple[Path, dict[str, str]]


def _run(cmd: list[str | Path], cwd: Path, env: dict[str, str], timeout: float = 600) -> str:
    done = subprocess.run(
        [str(c) for c in cmd], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )
    assert done.returncode == 0, f"{cmd} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}"
    return done.stdout


@pytest.fixture(scope="module")
def venv(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Venv]:
    """A fresh virtual environment holding the wheel, and the environment to run it in."""
    root = tmp_path_factory.mktemp("wheel")
    env = {k: v for k, v in os.environ.items() if not k.startswith("ACTORGRAPH_") and k != "PYTHONPATH"}
    env["HF_HUB_OFFLINE"] = "1"
    dist = root / "dist"
    _run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", dist, REPO_ROOT], root, env)
    (wheel,) = dist.glob("actorgraph-*.whl")
    target = root / "venv"
    _run([sys.executable, "-m", "venv", "--without-pip", target], root, env)
    python = target / "bin" / "python"
    _run([sys.executable, "-m", "pip", "--python", python, "install", "-q", "--no-deps", wheel], root, env)
    where = "import sysconfig; print(sysconfig.get_path('purelib'))"
    site = Path(_run([python, "-c", where], root, env).strip())
    (site / "test-dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n", encoding="utf-8")
    yield target, env


def test_the_package_and_its_data_come_from_the_wheel(venv: Venv, tmp_path: Path) -> None:
    target, env = venv
    probe = (
        "import json, actorgraph; from actorgraph.config import load_settings; s = load_settings(); "
        "from actorgraph.store.cypher import CypherLibrary; CypherLibrary()['store/stats']; "
        "print(json.dumps([actorgraph.__file__, str(s.cypher_dir), str(s.seeds_dir)]))"
    )
    found = json.loads(_run([target / "bin" / "python", "-c", probe], tmp_path, env))
    for path in found:
        assert Path(path).is_relative_to(target), found
        assert not Path(path).is_relative_to(REPO_ROOT), found
    # The launcher is built outside the installed package: its sources are copied to the
    # Neo4j home (`actorgraph neo4j start` builds there).
    copy = "from pathlib import Path; from actorgraph.neo4jlocal.build import launcher_root; "
    copy += "print(launcher_root(Path('home').resolve()))"
    root = Path(_run([target / "bin" / "python", "-c", copy], tmp_path, env).strip())
    assert root == tmp_path / "home" / "launcher"
    launcher = REPO_ROOT / "neo4j-launcher"
    for source in [launcher / "pom.xml", *(launcher / "src").rglob("*.java")]:
        assert (root / source.relative_to(launcher)).read_bytes() == source.read_bytes()


def test_ingest_and_stats_from_the_wheel(venv: Venv, tmp_path: Path) -> None:
    target, env = venv
    text = "Russia supplied weapons to the Houthis, officials said."
    article = {"id": "w1", "text": text, "published": "2024-05-01"}
    (tmp_path / "in.jsonl").write_text(json.dumps(article) + "\n", encoding="utf-8")
    _run([target / "bin" / "actorgraph", "ingest", "--no-progress", "in.jsonl"], tmp_path, env)
    stats = json.loads(_run([target / "bin" / "actorgraph", "stats", "--json"], tmp_path, env))
    assert (stats["articles"], stats["edges"]) == (1, 1)
    assert (tmp_path / "actorgraph.db").is_file()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def test_demo_from_the_wheel(venv: Venv, tmp_path: Path) -> None:
    target, env = venv
    port = _free_port()
    log = (tmp_path / "demo.log").open("w")
    proc = subprocess.Popen(
        [str(target / "bin" / "actorgraph"), "demo", "--port", str(port)],
        cwd=tmp_path, env=env, stdout=log, stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 300
        while True:
            assert proc.poll() is None, (tmp_path / "demo.log").read_text()
            try:
                if httpx.get(f"{base}/v1/health", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline, (tmp_path / "demo.log").read_text()
            time.sleep(1)
        hits = httpx.get(f"{base}/v1/actors/search", params={"q": "Hayat Tahrir al-Sham"}).json()
        assert hits["items"][0]["actor"]["id"] == "hts"
        stats = httpx.get(f"{base}/v1/stats").json()
        assert stats["articles"] >= 40 and stats["edges"] >= 100, stats
        widget = httpx.get(f"{base}/embed/neighbourhood", params={"actor": "HTS"})
        assert widget.status_code == 200 and "cytoscape" in widget.text
        script = httpx.get(f"{base}/embed/static/vendor/cytoscape.min.js")
        assert script.status_code == 200 and len(script.content) > 100_000
    finally:
        proc.terminate()
        proc.wait(timeout=60)
        log.close()
