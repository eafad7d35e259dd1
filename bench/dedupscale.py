"""The copy check at store scale, for bench/dedup.py: the embedded store's band index lookup
(:func:`actorgraph.store.sqlite.copies.find_original`, what ``link_copy`` runs at ingest)
in a store of ``n`` articles, timed per check.

The store holds ``n`` unrelated filler articles plus the real texts. The filler's band rows
are generated directly as uniformly random 64-bit band digests in the store's key format
(``band_keys`` makes each with blake2b, whose output is uniform), not by fingerprinting a
million texts, which would take ~9 minutes of one core: the index seeks only see the keys,
and a filler article never becomes a candidate (so its random signature is never read).
What that leaves out, unrelated stories that share a band by chance, is estimated apart
(:func:`false_candidates`). Filler rows carry no text. They are bulk
loaded the way one would load a store, not through ``store.write``: on a connection of the
benchmark's own temporary file with the journal off, band rows in key order (appends to the
primary key), and the ``article_id`` index built afterwards by one sort. The lookups then
run on a connection opened by the store's own ``connect`` (its WAL, page cache and pragmas).

Two kinds of probe, fingerprinted before timing: a wire copy of each real text (a credit
line added: the check must find its original) and new stories (a real text's words
shuffled: no stored article shares their bands, the common case at ingest). Each new probe
is distinct, so its 32 band seeks meet pages not yet in SQLite's cache, as at ingest. A
first batch of other new stories is checked untimed, so that one-off costs (preparing the
statement, a server's query plan and JIT) are not counted as the store's size. The figure
per size is the median check.
"""

from __future__ import annotations

import random
import sqlite3
import statistics
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from actorgraph.dedup.minhash import BANDS, NUM_PERM, fingerprint, pack
from actorgraph.model import Article, ArticleBundle
from actorgraph.store.sqlite.copies import find_original
from actorgraph.store.sqlite.schema import connect, create_schema

CHUNK = 50_000
CREDIT = "\nThis story was provided by a wire service and has not been edited by our staff."


@dataclass(frozen=True)
class Probes:
    copies: list[ArticleBundle]  # each must find its original
    new: list[ArticleBundle]  # none may find one
    warm: list[ArticleBundle]  # new stories checked untimed first: prepared statements, a JIT


def probes(texts: list[str], threshold: float, new: int = 2000, warm: int = 200) -> Probes:
    rng = random.Random(13)

    def bundle(i: int, text: str) -> ArticleBundle:
        return ArticleBundle(article=Article(id=f"probe{i}", text=text), actors=[], claims=[],
                             fingerprint=fingerprint(text, threshold))  # fmt: skip

    copies = [bundle(i, t + CREDIT) for i, t in enumerate(texts)]
    fresh = []
    for i in range(new + warm):
        words = texts[i % len(texts)].split()
        rng.shuffle(words)
        fresh.append(bundle(len(texts) + i, " ".join(words)))
    return Probes(copies, fresh[:new], fresh[new:])


def _filler_articles(n: int, rng: np.random.Generator) -> Iterator[list[tuple[str, str, bytes]]]:
    for start in range(0, n, CHUNK):
        ids = range(start, min(n, start + CHUNK))
        sigs = rng.integers(0, 2**32, size=(len(ids), NUM_PERM), dtype=np.uint64).astype("<u4")
        yield [(f"x{i:08d}", f"x{i:08d}", s.tobytes()) for i, s in zip(ids, sigs, strict=True)]


def _filler_bands(n: int, rng: np.random.Generator) -> Iterator[list[tuple[str, str]]]:
    """(band key, article id) rows in key order: the key is the band's two digits, then 16 hex
    digits, so sorting the digests of one band sorts its keys."""
    for band in range(BANDS):
        digests = rng.integers(0, 2**64, size=n, dtype=np.uint64)
        order = np.argsort(digests)
        for start in range(0, n, CHUNK):
            ids = order[start : start + CHUNK]
            yield [
                (f"{band:02d}{d:016x}", f"x{i:08d}")
                for d, i in zip(digests[ids].tolist(), ids.tolist(), strict=True)
            ]


def load(path: Path, n: int, texts: list[str], threshold: float) -> float:
    """Make the store file: ``n`` filler articles, then the real texts. Returns seconds."""
    started = time.perf_counter()
    conn = sqlite3.connect(path, isolation_level=None)
    # A throwaway file: no journal, no fsync, and room for the sort that builds the index.
    for pragma in ("journal_mode=OFF", "synchronous=OFF", "locking_mode=EXCLUSIVE", "cache_size=-524288"):
        conn.execute(f"PRAGMA {pragma}")
    create_schema(conn)
    conn.execute("DROP INDEX article_bands_article")  # built after the load, by one sort
    rng = np.random.default_rng(7)
    conn.execute("BEGIN")
    for rows in _filler_articles(n, rng):
        conn.executemany(
            "INSERT INTO articles (id, text, content_hash, signature) VALUES (?, '', ?, ?)", rows
        )
    for band_rows in _filler_bands(n, rng):
        conn.executemany("INSERT INTO article_bands (band, article_id) VALUES (?, ?)", band_rows)
    for i, t in enumerate(texts):
        fp = fingerprint(t, threshold)
        assert fp is not None
        conn.execute("INSERT INTO articles (id, text, content_hash, signature) VALUES (?, ?, ?, ?)",
                     (f"real{i}", t, f"h{i}", pack(fp.signature)))  # fmt: skip
        conn.executemany("INSERT INTO article_bands VALUES (?, ?)", [(k, f"real{i}") for k in fp.bands])
    conn.execute("COMMIT")
    create_schema(conn)  # the store's schema again: rebuilds article_bands_article
    conn.close()
    return time.perf_counter() - started


def _timed(conn: sqlite3.Connection, bundles: list[ArticleBundle]) -> tuple[list[float], int]:
    """Seconds of each check, and how many found an original."""
    times = []
    found = 0
    for b in bundles:
        started = time.perf_counter()
        link = find_original(conn, b)
        times.append(time.perf_counter() - started)
        found += link is not None
    return times, found


@dataclass(frozen=True)
class Checks:
    new_ms: float  # median of the new stories' checks
    copy_ms: float  # median of the copies' checks
    plan: list[str]


def _plan(conn: sqlite3.Connection, bundle: ArticleBundle) -> list[str]:
    """How SQLite runs the store's own candidate query (caught as it runs): index seeks."""
    caught: list[str] = []
    conn.set_trace_callback(caught.append)
    try:
        find_original(conn, bundle)
    finally:
        conn.set_trace_callback(None)
    query = next(q for q in caught if "article_bands" in q)
    return [str(r[3]) for r in conn.execute("EXPLAIN QUERY PLAN " + query)]


def check(path: Path, p: Probes) -> Checks:
    """Time the copy check of every probe on the store's own connection."""
    conn = connect(str(path))
    try:
        _timed(conn, p.warm)
        new, found_new = _timed(conn, p.new)
        copies, found = _timed(conn, p.copies)
        assert found == len(p.copies), f"{found} of {len(p.copies)} copies found"
        assert found_new == 0, f"{found_new} new stories taken for copies"
        plan = _plan(conn, p.new[0])
    finally:
        conn.close()
    return Checks(statistics.median(new) * 1000, statistics.median(copies) * 1000, plan)


def false_candidates(similarities: list[float], n: int) -> float:
    """Unrelated stored articles one check would meet in a store of ``n``, expected from the
    measured similarities of unrelated real pairs: the filler shares no band by design."""
    rows = NUM_PERM // BANDS
    return n * statistics.fmean(1 - (1 - s**rows) ** BANDS for s in similarities)
