"""The copy check at store scale in the Neo4j store, for ``bench/dedup.py --neo4j``: the
store's own ``link_copies`` (store/neo4j_copies.py: the ``copy_candidates`` band lookup and
the comparison, what a write runs in its transaction) in a store of ``n`` articles.

The filler is the embedded run's (bench/dedupscale.py): ``n`` articles with 32 uniformly
random band keys each, here as (:Article)-[:HAS_BAND]->(:Band) loaded offline with Neo4j's
own bulk importer (``neo4j-admin database import full``, from the launcher's jars) into a
fresh home; writing 32 million band nodes through Cypher would take hours on two cores,
the importer takes about five minutes. The project's local server (``LocalNeo4j``, the
configured heap and page cache) is then started on that home, the store's schema created,
and the real texts written through ``Neo4jStore.write``. Each probe's check runs in a read
transaction of its own and only ``link_copies`` is timed, not the transaction around it.
"""

from __future__ import annotations

import os
import shutil
import socket
import statistics
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
from neo4j import ManagedTransaction

from actorgraph.config import load_settings
from actorgraph.dedup.minhash import BANDS, fingerprint
from actorgraph.model import Article, ArticleBundle
from actorgraph.neo4jlocal import LocalNeo4j, LocalNeo4jConfig
from actorgraph.neo4jlocal.build import build_launcher
from actorgraph.store.neo4j import Neo4jStore, open_neo4j_store
from actorgraph.store.neo4j_copies import link_copies
from dedupscale import Checks, Probes

PASSWORD = "dedup-bench-password"


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _band_keys(n: int, rng: np.random.Generator) -> Iterator[list[str]]:
    """Each band's keys for articles 0..n-1, in the store's key format (dedupscale's)."""
    for band in range(BANDS):
        yield [f"{band:02d}{d:016x}" for d in rng.integers(0, 2**64, size=n, dtype=np.uint64).tolist()]


def _csv_files(folder: Path, n: int) -> list[str]:
    """The importer's input files, and its arguments naming them."""
    articles, bands, links = folder / "articles.csv", folder / "bands.csv", folder / "has_band.csv"
    with articles.open("w") as f:
        f.write("id:ID(Article),content_hash\n")
        f.writelines(f"x{i:08d},x{i:08d}\n" for i in range(n))
    with bands.open("w") as fb, links.open("w") as fl:
        fb.write("key:ID(Band)\n")
        fl.write(":START_ID(Article),:END_ID(Band)\n")
        for keys in _band_keys(n, np.random.default_rng(7)):
            fb.writelines(k + "\n" for k in keys)
            fl.writelines(f"x{i:08d},{k}\n" for i, k in enumerate(keys))
    return [f"--nodes=Article={articles}", f"--nodes=Band={bands}", f"--relationships=HAS_BAND={links}"]


def _import(home: Path, n: int) -> None:
    files = _csv_files(home.parent, n)
    java = shutil.which("java", path=os.path.join(os.environ.get("JAVA_HOME", ""), "bin")) or "java"
    cmd = [java, "-Xmx1g", "-cp", build_launcher().classpath(), "org.neo4j.cli.AdminTool",
           "database", "import", "full", "neo4j", "--overwrite-destination=true", *files]  # fmt: skip
    # Run in the scratch folder: the importer writes its import.report into the working directory.
    env = {**os.environ, "NEO4J_HOME": str(home)}
    done = subprocess.run(cmd, env=env, cwd=home.parent, capture_output=True, text=True)
    for f in home.parent.glob("*.csv"):
        f.unlink()  # 2.5 GB at a million articles, not needed once imported
    if done.returncode != 0:
        raise RuntimeError(f"neo4j-admin import failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")


def _setup(store: Neo4jStore) -> None:
    """The store's schema (``Neo4jStore.setup``), waiting as long as the band index takes to
    build over the imported nodes (setup's own wait is two minutes)."""
    with store.driver.session(database=store.database) as session:
        for statement in store.cypher.statements("schema/constraints"):
            session.run(statement).consume()
        session.run(store.cypher["schema/await_indexes"], seconds=1800).consume()


def _timed(store: Neo4jStore, bundles: list[ArticleBundle]) -> tuple[list[float], int]:
    """Seconds of each check, and how many found an original."""
    times: list[float] = []
    found = 0
    with store.driver.session(database=store.database) as session:
        for bundle in bundles:

            def check(tx: ManagedTransaction, one: list[ArticleBundle] = [bundle]) -> bool:  # noqa: B006
                started = time.perf_counter()
                _, rows = link_copies(tx, store.cypher, one)
                times.append(time.perf_counter() - started)
                return rows[0]["copy_of"] is not None

            found += session.execute_read(check)
    return times, found


def _plan(store: Neo4jStore, bundle: ArticleBundle) -> list[str]:
    """The operators of the store's candidate query: an index seek per band key."""
    assert bundle.fingerprint is not None
    with store.driver.session(database=store.database) as session:
        summary = session.run("EXPLAIN " + store.cypher["store/copy_candidates"],
                              bands=bundle.fingerprint.bands).consume()  # fmt: skip
    ops: list[str] = []
    stack = [summary.plan] if summary.plan else []
    while stack:
        node = stack.pop()
        ops.append(str(node["operatorType"]).split("@")[0])
        stack.extend(node.get("children", []))
    return ops


def _real(i: int, text: str, threshold: float) -> ArticleBundle:
    fp = fingerprint(text, threshold)
    return ArticleBundle(article=Article(id=f"real{i}", text=text), actors=[], claims=[], fingerprint=fp)


def measure(folder: Path, n: int, texts: list[str], threshold: float, p: Probes) -> tuple[Checks, float]:
    """The checks' medians in a Neo4j store of ``n`` filler articles plus the texts, and the
    seconds the store took to make (import, start, schema, writes)."""
    home = folder / f"neo4j-{n}" / "home"
    home.mkdir(parents=True)
    try:
        return _measure(home, n, texts, threshold, p)
    finally:
        shutil.rmtree(home.parent)


def _measure(home: Path, n: int, texts: list[str], threshold: float, p: Probes) -> tuple[Checks, float]:
    started = time.perf_counter()
    _import(home, n)
    settings = load_settings()
    config = LocalNeo4jConfig(
        home, _free_port(), 0, "neo4j", PASSWORD, settings.neo4j_heap, settings.neo4j_pagecache
    )
    server = LocalNeo4j(config)
    try:
        server.start(timeout=600)
        store = open_neo4j_store(
            load_settings(store="neo4j", neo4j_uri=config.uri, neo4j_user="neo4j", neo4j_password=PASSWORD)
        )
        try:
            _setup(store)
            store.write([_real(i, t, threshold) for i, t in enumerate(texts)])
            load = time.perf_counter() - started
            _timed(store, p.warm)
            new, found_new = _timed(store, p.new)
            copies, found = _timed(store, p.copies)
            plan = _plan(store, p.new[0])
        finally:
            store.close()
    finally:
        server.stop()
    assert found == len(p.copies), f"neo4j: {found} of {len(p.copies)} copies found"
    assert found_new == 0, f"neo4j: {found_new} new stories taken for copies"
    return Checks(statistics.median(new) * 1000, statistics.median(copies) * 1000, plan), load
