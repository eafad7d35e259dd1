"""Wire copies in the embedded store: the band index lookup, the link, and unlinking the
copies of a removed article. Every function runs inside the caller's write transaction."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence

from actorgraph.dedup.link import Candidate, CopyLink, OriginalClaim, best_original, mark_repeats
from actorgraph.dedup.minhash import pack, unpack
from actorgraph.graph.paths import EdgeKey
from actorgraph.model import ArticleBundle


def find_original(conn: sqlite3.Connection, bundle: ArticleBundle) -> CopyLink | None:
    """The stored story this article copies: candidates are the articles sharing a band."""
    fp = bundle.fingerprint
    if fp is None:
        return None
    marks = ",".join("?" * len(fp.bands))
    rows = conn.execute(
        "SELECT a.id, a.signature, a.copy_of, COALESCE(a.story, a.source, a.id) FROM articles a"
        f" WHERE a.id IN (SELECT article_id FROM article_bands WHERE band IN ({marks}))"
        " AND a.signature IS NOT NULL ORDER BY a.rowid",
        fp.bands,
    )
    candidates = (Candidate(r[0], unpack(r[1]), r[2], r[3]) for r in rows)
    return best_original(bundle.article.id, fp, candidates)


def _original_claims(conn: sqlite3.Connection, article_id: str) -> list[OriginalClaim]:
    rows = conn.execute(
        "SELECT id, source_id, relation, target_id, negated FROM claims WHERE article_id = ?"
        " ORDER BY start, id",
        (article_id,),
    )
    return [OriginalClaim(r[0], (r[1], r[2], r[3], bool(r[4]))) for r in rows]


def link_copy(
    conn: sqlite3.Connection, bundle: ArticleBundle, unwritten: Mapping[str, Sequence[OriginalClaim]]
) -> tuple[ArticleBundle, CopyLink | None]:
    """Record the article's fingerprint (already inserted) and, when it copies a stored
    story, the link; returns the bundle with its repeating claims marked. ``unwritten``: the
    claims of articles earlier in this write, whose claim rows are not inserted yet."""
    fp = bundle.fingerprint
    if fp is None:
        return bundle, None
    link = find_original(conn, bundle)
    if link is not None:
        original = unwritten.get(link.original_id)
        bundle = mark_repeats(
            bundle, link, original if original is not None else _original_claims(conn, link.original_id)
        )
    conn.execute(
        "UPDATE articles SET signature = ?, copy_of = ?, similarity = ?, story = ? WHERE id = ?",
        (
            pack(fp.signature),
            link.original_id if link else None,
            link.similarity if link else None,
            link.publisher if link else None,
            bundle.article.id,
        ),
    )
    conn.executemany(
        "INSERT OR IGNORE INTO article_bands (band, article_id) VALUES (?, ?)",
        [(band, bundle.article.id) for band in fp.bands],
    )
    return bundle, link


def unlink_copies(conn: sqlite3.Connection, article_id: str) -> set[EdgeKey]:
    """Before ``article_id`` goes: its copies stand on their own again (their claims count
    for their own publishers). Returns the edge keys whose belief changes."""
    keys = {
        (r[0], r[1], r[2])
        for r in conn.execute(
            "SELECT DISTINCT c.source_id, c.relation, c.target_id FROM articles a"
            " JOIN claims c ON c.article_id = a.id WHERE a.copy_of = ? AND c.repeats IS NOT NULL",
            (article_id,),
        )
    }
    conn.execute(
        "UPDATE claims SET repeats = NULL, repeats_publisher = NULL"
        " WHERE article_id IN (SELECT id FROM articles WHERE copy_of = ?)",
        (article_id,),
    )
    conn.execute(
        "UPDATE articles SET copy_of = NULL, similarity = NULL, story = NULL WHERE copy_of = ?", (article_id,)
    )
    conn.execute("DELETE FROM article_bands WHERE article_id = ?", (article_id,))
    return keys
