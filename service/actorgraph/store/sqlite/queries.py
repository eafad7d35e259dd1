"""Read queries of the embedded store: edge listings, claims, time windows."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterator, Sequence
from typing import Any

from actorgraph.graph.belief import WeightRow, figures_of_rows
from actorgraph.graph.paths import EdgeFacts, EdgeKey, endpoints_match, make_edge, passes
from actorgraph.model import SYMMETRIC, Claim, Edge, RelationType
from actorgraph.store.base import EdgeFilter, StoreStats
from actorgraph.store.sqlite.schema import CLAIM_COLUMNS, EDGE_COLUMNS, row_claim

_SYM = ",".join(f"'{r.value}'" for r in sorted(SYMMETRIC))


def _endpoints_sql(source: str | None, target: str | None, alias: str = "") -> tuple[str, list[Any]]:
    """SQL for the source/target part of a filter; symmetric relations match either way."""
    p = f"{alias}." if alias else ""
    if source and target:
        return (
            f"(({p}source_id = ? AND {p}target_id = ?) OR"
            f" ({p}relation IN ({_SYM}) AND {p}source_id = ? AND {p}target_id = ?))",
            [source, target, target, source],
        )
    if source:
        return f"({p}source_id = ? OR ({p}relation IN ({_SYM}) AND {p}target_id = ?))", [source, source]
    if target:
        return f"({p}target_id = ? OR ({p}relation IN ({_SYM}) AND {p}source_id = ?))", [target, target]
    return "1", []


def _day(value: str) -> str:
    """Dates compare by their ISO day, so a datetime ``published`` falls inside its day."""
    return value[:10]


def row_facts(row: Any) -> tuple[EdgeKey, EdgeFacts]:
    return (row[0], row[1], row[2]), (row[3], row[4], row[5], row[6], bool(row[7]))


def all_edge_facts(conn: sqlite3.Connection) -> Iterator[tuple[EdgeKey, EdgeFacts]]:
    # Ordered, so the walk graph (and so tie-breaks between equal paths) is reproducible.
    # sqlite3 makes new str objects per row; pooling ids, types and dates keeps one copy
    # of each, which saves a few hundred MB on a million edges.
    pool: dict[str, str] = {}
    one = pool.setdefault

    def day(value: str | None) -> str | None:
        return None if value is None else one(value, value)

    for r in conn.execute(f"SELECT {EDGE_COLUMNS} FROM edges ORDER BY source_id, relation, target_id"):
        key = (one(r[0], r[0]), one(r[1], r[1]), one(r[2], r[2]))
        yield key, (r[3], r[4], day(r[5]), day(r[6]), bool(r[7]))


def edge_facts_of(conn: sqlite3.Connection, key: EdgeKey) -> EdgeFacts | None:
    row = conn.execute(
        f"SELECT {EDGE_COLUMNS} FROM edges WHERE source_id = ? AND relation = ? AND target_id = ?", key
    ).fetchone()
    return None if row is None else row_facts(row)[1]


def stored_edges(
    conn: sqlite3.Connection, flt: EdgeFilter, offset: int, limit: int
) -> tuple[list[Edge], int]:
    """The aggregated edges table filtered in SQL (the timeless case)."""
    where, params = _endpoints_sql(flt.source_id, flt.target_id)
    clauses = [where]
    if flt.types:
        clauses.append(f"relation IN ({','.join('?' * len(flt.types))})")
        params += [t.value for t in flt.types]
    if flt.min_confidence > 0:
        clauses.append("confidence >= ?")
        params.append(flt.min_confidence)
    if not flt.include_hedged:
        clauses.append("hedged_only = 0")
    sql_where = " AND ".join(clauses)
    total: int = conn.execute(f"SELECT COUNT(*) FROM edges WHERE {sql_where}", params).fetchone()[0]
    rows = conn.execute(
        f"SELECT {EDGE_COLUMNS} FROM edges WHERE {sql_where}"
        " ORDER BY confidence DESC, evidence_count DESC, source_id, relation, target_id LIMIT ? OFFSET ?",
        [*params, limit, offset],
    )
    return [make_edge(*row_facts(r)) for r in rows], total


def window_edges(conn: sqlite3.Connection, flt: EdgeFilter) -> dict[EdgeKey, EdgeFacts]:
    """Edges as the claims inside the filter's time window make them (belief recomputed).

    The type filter narrows the claims read; every other part of the filter is left to
    the caller, which applies it to the recomputed edges."""
    clauses = ["c.published IS NOT NULL"]
    params: list[Any] = []
    if flt.since:
        clauses.append("substr(c.published, 1, 10) >= ?")
        params.append(_day(flt.since))
    upper = flt.upper_bound()
    if upper:
        clauses.append("substr(c.published, 1, 10) <= ?")
        params.append(_day(upper))
    if flt.types:
        clauses.append(f"c.relation IN ({','.join('?' * len(flt.types))})")
        params += [t.value for t in flt.types]
    weights: dict[EdgeKey, list[WeightRow]] = defaultdict(list)
    rows = conn.execute(
        "SELECT c.source_id, c.relation, c.target_id, c.confidence, c.hedged, c.negated,"
        " COALESCE(c.repeats_publisher, a.source, a.id), c.published"
        " FROM claims c JOIN articles a ON a.id = c.article_id"
        f" WHERE {' AND '.join(clauses)}",
        params,
    )
    for r in rows:
        weights[(r[0], r[1], r[2])].append(r[3:])
    out: dict[EdgeKey, EdgeFacts] = {}
    for key, ws in weights.items():
        f = figures_of_rows(ws)
        if f is not None:
            out[key] = (f.confidence, f.claims, f.first_seen, f.last_seen, f.hedged_only)
    return out


def filter_edges(
    edges: dict[EdgeKey, EdgeFacts], flt: EdgeFilter, offset: int, limit: int
) -> tuple[list[Edge], int]:
    kept = [(k, f) for k, f in edges.items() if endpoints_match(k, flt) and passes(k[1], f, flt)]
    kept.sort(key=lambda kf: (-kf[1][0], -kf[1][1], kf[0]))
    return [make_edge(k, f) for k, f in kept[offset : offset + limit]], len(kept)


def select_claims(
    conn: sqlite3.Connection,
    source_id: str | None,
    relation: RelationType | None,
    target_id: str | None,
    actor_id: str | None,
    include_negated: bool,
    since: str | None,
    until: str | None,
) -> list[Claim]:
    where, params = _endpoints_sql(source_id, target_id)
    clauses = [where]
    if relation is not None:
        clauses.append("relation = ?")
        params.append(relation.value)
    if actor_id is not None:
        clauses.append("(source_id = ? OR target_id = ?)")
        params += [actor_id, actor_id]
    if not include_negated:
        clauses.append("negated = 0")
    if since:
        clauses.append("published IS NOT NULL AND substr(published, 1, 10) >= ?")
        params.append(_day(since))
    if until:
        clauses.append("published IS NOT NULL AND substr(published, 1, 10) <= ?")
        params.append(_day(until))
    rows = conn.execute(
        f"SELECT {CLAIM_COLUMNS} FROM claims WHERE {' AND '.join(clauses)}"
        " ORDER BY published IS NULL, published, article_id, start, id",
        params,
    )
    return [row_claim(r) for r in rows]


#: Edge keys per statement of :func:`claims_of_keys` (three parameters each).
KEYS_PER_SELECT = 300


def claims_of_keys(
    conn: sqlite3.Connection, keys: Sequence[EdgeKey], since: str | None, until: str | None
) -> dict[EdgeKey, list[Claim]]:
    """The claims behind these edge keys, oldest first per key, as :func:`select_claims`
    gives one key's (negated ones included)."""
    window: list[str] = []
    window_params: list[Any] = []
    if since:
        window.append(" AND published IS NOT NULL AND substr(published, 1, 10) >= ?")
        window_params.append(_day(since))
    if until:
        window.append(" AND published IS NOT NULL AND substr(published, 1, 10) <= ?")
        window_params.append(_day(until))
    found: dict[EdgeKey, list[Claim]] = {}
    for start in range(0, len(keys), KEYS_PER_SELECT):
        part = keys[start : start + KEYS_PER_SELECT]
        values = ", ".join(["(?, ?, ?)"] * len(part))
        rows = conn.execute(
            f"SELECT {CLAIM_COLUMNS} FROM claims WHERE (source_id, relation, target_id) IN (VALUES {values})"
            f"{''.join(window)} ORDER BY published IS NULL, published, article_id, start, id",
            [field for key in part for field in key] + window_params,
        )
        for r in rows:
            c = row_claim(r)
            found.setdefault((c.source_id, c.relation.value, c.target_id), []).append(c)
    return found


def key_claims(conn: sqlite3.Connection, key: EdgeKey, flt: EdgeFilter) -> list[Claim]:
    """The claims behind one edge key, inside the filter's time window."""
    clauses = ["source_id = ? AND relation = ? AND target_id = ?"]
    params: list[Any] = list(key)
    if not flt.is_timeless():
        clauses.append("published IS NOT NULL")
    if flt.since:
        clauses.append("substr(published, 1, 10) >= ?")
        params.append(_day(flt.since))
    upper = flt.upper_bound()
    if upper:
        clauses.append("substr(published, 1, 10) <= ?")
        params.append(_day(upper))
    rows = conn.execute(f"SELECT {CLAIM_COLUMNS} FROM claims WHERE {' AND '.join(clauses)}", params)
    return [row_claim(r) for r in rows]


def store_stats(conn: sqlite3.Connection) -> StoreStats:
    """Counts of what the store holds, overall and by actor and relation type."""

    def count(table: str) -> int:
        return int(conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])

    return StoreStats(
        actors=count("actors"),
        articles=count("articles"),
        claims=count("claims"),
        edges=count("edges"),
        actors_by_type=dict(conn.execute("SELECT type, COUNT(*) FROM actors GROUP BY type ORDER BY type")),
        edges_by_type=dict(
            conn.execute("SELECT relation, COUNT(*) FROM edges GROUP BY relation ORDER BY relation")
        ),
    )
