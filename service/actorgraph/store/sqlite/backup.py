"""Online backup of the embedded store's file, while the service and the workers write.

SQLite's backup API (``sqlite3.Connection.backup``) copies the database page by page
through a read transaction. Done in one step (``pages=-1``), that read transaction sees one
committed state of the file: in WAL mode writers go on committing beside it (they append to
the WAL, which the reader does not see), so the copy is a consistent snapshot and nobody
waits for it. A copy in several steps would restart whenever another connection writes, and
under a steady stream of writes might never end.

The copy is written to a temporary file beside the destination, switched out of WAL mode (a
backup is one self-contained file), checked (``integrity_check``, ``foreign_key_check``) and
only then renamed into place, so a half-made or broken backup never carries the final name.
"""

from __future__ import annotations

import os
import sqlite3
import time
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from actorgraph.errors import InputError, StoreError

COUNTED = ("actors", "articles", "claims", "edges")


@dataclass(frozen=True)
class BackupReport:
    """What ``actorgraph backup`` made: where, how big, how long, and what the copy holds."""

    source: str
    path: str
    bytes: int
    seconds: float
    integrity: str
    counts: dict[str, int]

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


def destination(source: Path, dest: Path) -> Path:
    """``dest`` itself, or, when it is a folder, a file in it named after the source and
    the time (``actorgraph-20261205T061500Z.db``)."""
    if dest.is_dir():
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        return dest / f"{source.stem}-{stamp}{source.suffix or '.db'}"
    return dest


def check_copy(conn: sqlite3.Connection) -> tuple[str, dict[str, int]]:
    """The copy's integrity verdict and row counts; raises StoreError when it is not sound."""
    verdict = "; ".join(str(r[0]) for r in conn.execute("PRAGMA integrity_check").fetchall())
    if verdict != "ok":
        raise StoreError(f"the backup copy failed integrity_check: {verdict}")
    dangling = conn.execute("PRAGMA foreign_key_check").fetchall()
    if dangling:
        raise StoreError(f"the backup copy has {len(dangling)} rows pointing at nothing: {dangling[:5]}")
    counts = {t: int(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in COUNTED}
    return verdict, counts


def backup(source: Path, dest: Path, *, overwrite: bool = False) -> BackupReport:
    """Copy the store file ``source`` to ``dest`` (a file, or a folder to put it in)."""
    if not source.is_file():
        raise InputError(f"no embedded store at {source} (set ACTORGRAPH_DB_PATH)")
    target = destination(source, dest)
    if target.exists() and not overwrite:
        raise InputError(f"{target} exists; pass --force to replace it")
    if target.resolve() == source.resolve():
        raise InputError("the backup cannot replace the store it copies")
    partial = target.with_name(f".{target.name}.partial")
    partial.unlink(missing_ok=True)
    started = time.perf_counter()
    try:
        src = sqlite3.connect(source, timeout=30.0)
        dst = sqlite3.connect(partial, isolation_level=None)
        try:
            src.backup(dst, pages=-1)  # one step: one read transaction, one snapshot
            dst.execute("PRAGMA journal_mode=DELETE")
            integrity, counts = check_copy(dst)
        finally:
            dst.close()
            src.close()
        with partial.open("rb") as f:
            os.fsync(f.fileno())
        partial.replace(target)
    except sqlite3.Error as exc:
        raise StoreError(f"backup of {source} to {target} failed: {exc}") from exc
    finally:
        partial.unlink(missing_ok=True)
    return BackupReport(
        source=str(source),
        path=str(target),
        bytes=target.stat().st_size,
        seconds=round(time.perf_counter() - started, 3),
        integrity=integrity,
        counts=counts,
    )
