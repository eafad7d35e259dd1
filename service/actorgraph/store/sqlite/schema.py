"""The embedded store's SQLite schema and the row <-> model conversions.

The tables mirror DESIGN.md's graph model: actors, articles, claims (the evidence) and one
aggregated edge per (source, type, target). ``edge_log`` records which edge keys each write
changed, so another process's store instance can patch its in-memory walk graph instead of
rebuilding it.
"""

from __future__ import annotations

import json
import sqlite3
import time
from typing import Any

from actorgraph.model import Actor, ActorType, Article, Claim, RelationType

SCHEMA_VERSION = 2

DDL = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS actors (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  aliases TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX IF NOT EXISTS actors_name ON actors (name COLLATE NOCASE, id);
CREATE INDEX IF NOT EXISTS actors_type ON actors (type, name COLLATE NOCASE);
CREATE TABLE IF NOT EXISTS articles (
  id TEXT PRIMARY KEY,
  title TEXT,
  source TEXT,
  published TEXT,
  url TEXT,
  text TEXT NOT NULL,
  content_hash TEXT NOT NULL UNIQUE,
  copy_of TEXT,
  similarity REAL,
  story TEXT,
  signature BLOB
);
CREATE TABLE IF NOT EXISTS claims (
  id TEXT PRIMARY KEY,
  source_id TEXT NOT NULL,
  relation TEXT NOT NULL,
  target_id TEXT NOT NULL,
  confidence REAL NOT NULL,
  negated INTEGER NOT NULL,
  hedged INTEGER NOT NULL,
  speaker_id TEXT,
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  sentence TEXT NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  published TEXT,
  repeats TEXT,
  repeats_publisher TEXT
);
CREATE INDEX IF NOT EXISTS claims_key ON claims (source_id, relation, target_id);
CREATE INDEX IF NOT EXISTS claims_target ON claims (target_id);
CREATE INDEX IF NOT EXISTS claims_article ON claims (article_id);
CREATE TABLE IF NOT EXISTS edges (
  source_id TEXT NOT NULL,
  relation TEXT NOT NULL,
  target_id TEXT NOT NULL,
  confidence REAL NOT NULL,
  evidence_count INTEGER NOT NULL,
  first_seen TEXT,
  last_seen TEXT,
  cameo TEXT NOT NULL,
  hedged_only INTEGER NOT NULL,
  PRIMARY KEY (source_id, relation, target_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS edges_target ON edges (target_id, relation);
DROP INDEX IF EXISTS edges_confidence;
-- The listing order: the primary key follows as the index suffix, so no sort is needed.
CREATE INDEX IF NOT EXISTS edges_rank ON edges (confidence DESC, evidence_count DESC);
CREATE TABLE IF NOT EXISTS edge_log (
  rev INTEGER NOT NULL,
  source_id TEXT,
  relation TEXT,
  target_id TEXT
);
CREATE INDEX IF NOT EXISTS edge_log_rev ON edge_log (rev);
-- Wire copies: the LSH band keys of each article's MinHash signature (dedup/minhash.py).
-- A new article looks up its bands here: an index seek per band, at any store size.
CREATE TABLE IF NOT EXISTS article_bands (
  band TEXT NOT NULL,
  article_id TEXT NOT NULL,
  PRIMARY KEY (band, article_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS article_bands_article ON article_bands (article_id);
INSERT OR IGNORE INTO meta (key, value) VALUES ('rev', 0);
"""

CLAIM_COLUMNS = (
    "id, source_id, relation, target_id, confidence, negated, hedged, speaker_id, article_id,"
    ' sentence, start, "end", published, repeats, repeats_publisher'
)
#: Columns added after version 1, for files made before them: (table, column, type).
ADDED_COLUMNS = [
    ("articles", "copy_of", "TEXT"),
    ("articles", "similarity", "REAL"),
    ("articles", "story", "TEXT"),
    ("articles", "signature", "BLOB"),
    ("claims", "repeats", "TEXT"),
    ("claims", "repeats_publisher", "TEXT"),
]
EDGE_COLUMNS = (
    "source_id, relation, target_id, confidence, evidence_count, first_seen, last_seen, hedged_only"
)


def use_wal(conn: sqlite3.Connection, patience: float = 30.0) -> None:
    """Switch the file to WAL. SQLite answers "database is locked" at once, without its busy
    timeout, when another process opens the same new file at that moment (two workers
    starting together), so the switch is retried for as long as a write would wait."""
    deadline = time.monotonic() + patience
    while True:
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def connect(path: str) -> sqlite3.Connection:
    """A connection shared by the threads of one process (the store serialises use with a lock)."""
    conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None, timeout=30.0)
    use_wal(conn)
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA busy_timeout=30000")
    # Inserts land at random places of the text-keyed indexes; SQLite's default 2 MB page
    # cache makes a million-claim load thrash. Pages are only allocated as they are used.
    conn.execute("PRAGMA cache_size=-262144")
    conn.execute("PRAGMA temp_store=MEMORY")
    return conn


def create_schema(conn: sqlite3.Connection) -> None:
    conn.executescript(DDL)
    for table, column, kind in ADDED_COLUMNS:
        present = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
        if column not in present:
            conn.execute(f"ALTER TABLE {table} ADD COLUMN {column} {kind}")
    conn.execute("CREATE INDEX IF NOT EXISTS articles_copy_of ON articles (copy_of)")
    conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")


def actor_row(a: Actor) -> tuple[str, str, str, str]:
    return (a.id, a.name, a.type.value, json.dumps(a.aliases, ensure_ascii=False))


def row_actor(row: Any) -> Actor:
    aliases = [] if row[3] == "[]" else json.loads(row[3])  # most actors have none
    return Actor(id=row[0], name=row[1], type=ActorType(row[2]), aliases=aliases)


def article_row(a: Article) -> tuple[Any, ...]:
    return (a.id, a.title, a.source, a.published, a.url, a.text, a.content_hash)


def row_article(row: Any) -> Article:
    return Article(id=row[0], title=row[1], source=row[2], published=row[3], url=row[4], text=row[5])


def claim_row(c: Claim) -> tuple[Any, ...]:
    return (
        c.id, c.source_id, c.relation.value, c.target_id, c.confidence, int(c.negated), int(c.hedged),
        c.speaker_id, c.article_id, c.sentence, c.start, c.end, c.published, c.repeats, c.repeats_publisher,
    )  # fmt: skip


def row_claim(row: Any) -> Claim:
    return Claim(
        id=row[0],
        source_id=row[1],
        relation=RelationType(row[2]),
        target_id=row[3],
        confidence=row[4],
        negated=bool(row[5]),
        hedged=bool(row[6]),
        speaker_id=row[7],
        article_id=row[8],
        sentence=row[9],
        start=row[10],
        end=row[11],
        published=row[12],
        repeats=row[13],
        repeats_publisher=row[14],
    )
