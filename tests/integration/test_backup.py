"""``actorgraph backup`` while a writer goes on writing: each copy opens, passes SQLite's own
checks, and holds one consistent state of the store (a run of whole articles, each with all
of its claims, and every aggregated edge equal to what its claims make).

The writer writes one article per transaction, in order, so a consistent snapshot holds
exactly the first k of them for some k between the counts seen before and after the copy.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

from actorgraph.model import ArticleBundle, RelationType
from actorgraph.store.embedded import EmbeddedStore
from actorgraph.store.sqlite.writes import recompute_edges
from tests.contract import data
from tests.contract.data import Said

BACKUPS = 3


def report(n: int) -> ArticleBundle:
    """Article n: two or three claims, on edges many articles share (so edges change often)."""
    said = [
        (f"Russia backed the Syrian government again ({n}).",
         [Said("russia", RelationType.SUPPORTS, "syrian-government", 0.5 + (n % 9) / 20)]),
        (f"The SNA fought HTS near Aleppo ({n}).", [Said("sna", RelationType.FIGHTS, "hts", 0.6)]),
    ]  # fmt: skip
    if n % 3 == 0:
        said.append((f"Turkey denied backing the SNA ({n}).",
                     [Said("turkey", RelationType.SUPPORTS, "sna", 0.7, negated=True)]))  # fmt: skip
    return data._bundle(f"b{n:05d}", f"Wire {n % 17}", f"2024-12-{1 + n % 28:02d}", "Report", said)


class Writer(threading.Thread):
    """The service's writes: one article per transaction until stopped."""

    def __init__(self, path: Path) -> None:
        super().__init__(daemon=True)
        self.store = EmbeddedStore.open(path)
        self.written = 0
        self.stop = threading.Event()
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            while not self.stop.is_set():
                self.store.write([report(self.written)])
                self.written += 1
        except BaseException as exc:  # reported by the test
            self.error = exc


def run_backup(db: Path, dest: Path) -> dict[str, object]:
    env = {**os.environ, "ACTORGRAPH_DB_PATH": str(db), "ACTORGRAPH_STORE": "embedded"}
    proc = subprocess.run(
        [sys.executable, "-m", "actorgraph.cli", "backup", str(dest)],
        env=env, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    out: dict[str, object] = json.loads(proc.stdout.strip().splitlines()[-1])
    return out


def assert_consistent(copy: Path, low: int, high: int) -> int:
    """The copy holds articles b00000..b{k-1} with all their claims, low <= k <= high."""
    conn = sqlite3.connect(copy, isolation_level=None)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one self-contained file
        ids = [r[0] for r in conn.execute("SELECT id FROM articles ORDER BY id")]
        k = len(ids)
        assert low <= k <= high, (low, k, high)
        assert ids == [f"b{n:05d}" for n in range(k)]
        per_article = dict(
            conn.execute("SELECT article_id, count(*) FROM claims GROUP BY article_id").fetchall()
        )
        assert per_article == {f"b{n:05d}": len(report(n).claims) for n in range(k)}
        stored = {
            (s, r, t): (n, round(c, 9))
            for s, r, t, n, c in conn.execute(
                "SELECT source_id, relation, target_id, evidence_count, confidence FROM edges"
            )
        }
        keys = {tuple(r) for r in conn.execute("SELECT DISTINCT source_id, relation, target_id FROM claims")}
        conn.execute("BEGIN")
        made = recompute_edges(conn, keys | set(stored))
        conn.execute("ROLLBACK")
        expected = {key: (f[1], round(f[0], 9)) for key, f in made.items() if f is not None}
        assert stored == expected
        return k
    finally:
        conn.close()


def test_backups_taken_while_writing_are_consistent(tmp_path: Path) -> None:
    db = tmp_path / "live.db"
    seed = EmbeddedStore.open(db)
    seed.setup()
    seed.close()
    writer = Writer(db)
    writer.start()
    try:
        copies: list[tuple[Path, int, int]] = []
        for i in range(BACKUPS):
            target = tmp_path / f"copy-{i}.db"
            low = writer.written
            out = run_backup(db, target)
            high = writer.written + 1  # the article being written may have committed already
            assert out["path"] == str(target) and out["integrity"] == "ok"
            copies.append((target, low, high))
            assert writer.error is None, writer.error
    finally:
        writer.stop.set()
        writer.join(timeout=60)
        writer.store.close()
    assert writer.error is None, writer.error
    held = [assert_consistent(path, low, high) for path, low, high in copies]
    assert held[-1] > 0, "the writer wrote nothing while the copies were taken: the test proved nothing"
    print(json.dumps({"backups": held, "articles_written": writer.written}))


def test_backup_refuses_to_overwrite_and_names_a_folder_target(tmp_path: Path) -> None:
    db = tmp_path / "live.db"
    store = EmbeddedStore.open(db)
    store.setup()
    store.write(data.bundles())
    stats = store.stats()
    store.close()
    folder = tmp_path / "backups"
    folder.mkdir()
    out = run_backup(db, folder)
    made = Path(str(out["path"]))
    assert made.parent == folder and made.name.startswith("live-") and made.suffix == ".db"
    want = {"actors": stats.actors, "articles": stats.articles, "claims": stats.claims, "edges": stats.edges}
    assert out["counts"] == want and stats.articles == len(data.bundles())
    env = {**os.environ, "ACTORGRAPH_DB_PATH": str(db)}
    again = subprocess.run(
        [sys.executable, "-m", "actorgraph.cli", "backup", str(made)],
        env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert again.returncode == 2 and "pass --force" in again.stderr
    assert not list(folder.glob(".*.partial"))
