"""A synthetic graph into the local Neo4j with its bulk importer, for benchmarks at a million
edges (bench/store.py --bulk, bench/load.py). Writing a million claims through
``Neo4jStore.write`` takes close to an hour on two cores; ``neo4j-admin database import
full`` (from the launcher's jars, as bench/dedupneo4j.py uses it) takes a few minutes.

The files hold what ``Neo4jStore.write`` would have stored for the same bundles: actors
(with their type label), articles, claims with their SUBJECT/OBJECT/IN relationships, and one
typed relationship per aggregated edge with the figures the store computes (belief.combine).
Copy-detection bands are not written: the synthetic texts are all distinct. The database is
overwritten; the home's system database (users, password) is kept.
"""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from actorgraph.graph.belief import ClaimWeight, combine, to_edge
from actorgraph.model import ArticleBundle, RelationType
from actorgraph.neo4jlocal import LocalNeo4j
from actorgraph.neo4jlocal.build import build_launcher
from actorgraph.store.neo4j import Neo4jStore

#: The second label Neo4jStore.write gives each actor type (store/write_nodes.cypher).
TYPE_LABELS = {
    "STATE": "State", "GOVERNMENT": "Government", "ARMED_GROUP": "ArmedGroup",
    "ORGANIZATION": "Organization", "PERSON": "Person", "PLACE": "Place", "GROUP": "Group",
}  # fmt: skip

HEADERS = {
    "actors": ["id:ID(Actor)", "name", "type", "aliases:string[]", ":LABEL"],
    "articles": ["id:ID(Article)", "source", "published", "text", "content_hash"],
    "claims": ["id:ID(Claim)", "source_id", "relation", "target_id", "confidence:double", "negated:boolean",
               "hedged:boolean", "article_id", "sentence", "start:long", "end:long", "published"],
    "subject": [":START_ID(Claim)", ":END_ID(Actor)"],
    "object": [":START_ID(Claim)", ":END_ID(Actor)"],
    "in": [":START_ID(Claim)", ":END_ID(Article)"],
    "edges": [":START_ID(Actor)", ":END_ID(Actor)", ":TYPE", "confidence:double", "evidence_count:long",
              "first_seen", "last_seen", "cameo:string[]", "hedged_only:boolean"],
}  # fmt: skip


class _Files:
    """One CSV writer per file of the import."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.handles = {name: (folder / f"{name}.csv").open("w", newline="") for name in HEADERS}
        self.out = {name: csv.writer(h) for name, h in self.handles.items()}
        for name, header in HEADERS.items():
            self.out[name].writerow(header)

    def close(self) -> None:
        for h in self.handles.values():
            h.close()

    def arguments(self) -> list[str]:
        f = self.folder
        return [
            f"--nodes={f / 'actors.csv'}", f"--nodes=Article={f / 'articles.csv'}",
            f"--nodes=Claim={f / 'claims.csv'}", f"--relationships=SUBJECT={f / 'subject.csv'}",
            f"--relationships=OBJECT={f / 'object.csv'}", f"--relationships=IN={f / 'in.csv'}",
            f"--relationships={f / 'edges.csv'}",
        ]  # fmt: skip


def _b(value: bool) -> str:
    return "true" if value else "false"


def _write_bundle(files: _Files, bundle: ArticleBundle, seen: set[str],
                  weights: dict[tuple[str, str, str], list[ClaimWeight]]) -> None:  # fmt: skip
    out = files.out
    a = bundle.article
    out["articles"].writerow([a.id, a.source or "", a.published or "", a.text, a.content_hash])
    for actor in bundle.actors:
        if actor.id not in seen:
            seen.add(actor.id)
            label = f"Actor;{TYPE_LABELS[actor.type.value]}"
            out["actors"].writerow([actor.id, actor.name, actor.type.value, ";".join(actor.aliases), label])
    for c in bundle.claims:
        row = [c.id, c.source_id, c.relation.value, c.target_id, c.confidence, _b(c.negated), _b(c.hedged),
               c.article_id, c.sentence, c.start, c.end, c.published or ""]  # fmt: skip
        out["claims"].writerow(row)
        out["subject"].writerow([c.id, c.source_id])
        out["object"].writerow([c.id, c.target_id])
        out["in"].writerow([c.id, a.id])
        weights[(c.source_id, c.relation.value, c.target_id)].append(
            ClaimWeight(c.confidence, c.hedged, c.negated, a.source or a.id, c.published)
        )


def _write_edges(files: _Files, weights: dict[tuple[str, str, str], list[ClaimWeight]]) -> None:
    for (s, rel, t), ws in weights.items():
        belief = combine(ws)
        if belief is None:
            continue
        e = to_edge(s, RelationType(rel), t, belief)
        files.out["edges"].writerow([s, t, rel, e.confidence, e.evidence_count, e.first_seen or "",
                                     e.last_seen or "", ";".join(e.cameo), _b(e.hedged_only)])  # fmt: skip


def write_files(folder: Path, bundles: Iterable[ArticleBundle]) -> list[str]:
    """The import files of these bundles in ``folder``; the importer's arguments naming them."""
    files = _Files(folder)
    weights: dict[tuple[str, str, str], list[ClaimWeight]] = defaultdict(list)
    seen: set[str] = set()
    try:
        for bundle in bundles:
            _write_bundle(files, bundle, seen, weights)
        _write_edges(files, weights)
    finally:
        files.close()
    return files.arguments()


def bulk_import(server: LocalNeo4j, bundles: Iterable[ArticleBundle], scratch: Path) -> None:
    """Stop the local server, import the bundles as its database, start it again."""
    server.stop()
    scratch.mkdir(parents=True, exist_ok=True)
    files = write_files(scratch, bundles)
    java = shutil.which("java", path=os.path.join(os.environ.get("JAVA_HOME", ""), "bin")) or "java"
    cmd = [java, "-Xmx2g", "-cp", build_launcher().classpath(), "org.neo4j.cli.AdminTool", "database",
           "import", "full", "neo4j", "--overwrite-destination=true", "--skip-bad-relationships=false",
           "--ignore-empty-strings=true", *files]  # fmt: skip
    env = {**os.environ, "NEO4J_HOME": str(server.config.home)}
    # The importer writes its import.report into the working directory: the scratch folder.
    done = subprocess.run(cmd, env=env, cwd=scratch, capture_output=True, text=True)
    for f in scratch.glob("*.csv"):
        f.unlink()
    if done.returncode != 0:
        raise RuntimeError(f"neo4j-admin import failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
    server.start(timeout=600)


def create_schema(store: Neo4jStore) -> None:
    """The store's constraints and indexes over the imported nodes, waiting for them all
    (``Neo4jStore.setup`` waits two minutes, too short at a million claims)."""
    with store.driver.session(database=store.database) as session:
        for statement in store.cypher.statements("schema/constraints"):
            session.run(statement).consume()
        session.run(store.cypher["schema/await_indexes"], seconds=3600).consume()


def counts(store: Neo4jStore) -> dict[str, Any]:
    """Actors and aggregated edges in the database (to reuse an imported graph)."""
    r = store.stats()
    return {"actors": r.actors, "edges": r.edges}
