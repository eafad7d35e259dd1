"""Every analyst query in ``cypher/examples/`` runs on real Neo4j against the seed articles
(extracted by the real NLP pipeline) and gives an answer that agrees with the store's own
reading of the same graph, plus the facts DESIGN.md's worked example names."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, timedelta
from math import prod
from typing import Any

import pytest

from actorgraph.config import REPO_ROOT, load_settings
from actorgraph.ingest.pipeline import bundle_articles
from actorgraph.model import SIGN, ActorType, Article, RelationType
from actorgraph.nlp import Extractor
from actorgraph.store.base import EdgeFilter
from actorgraph.store.cypher import CypherLibrary
from actorgraph.store.neo4j import Neo4jStore, open_neo4j_store
from tests.fixtures.neo4j import Neo4jServer

R = RelationType
EXAMPLES = sorted(p.stem for p in (REPO_ROOT / "cypher" / "examples").glob("*.cypher"))
HOSTILE = [R.ATTACKS, R.FIGHTS, R.OPPOSES]


@pytest.fixture(scope="module")
def seeded(neo4j_server: Neo4jServer) -> Iterator[Neo4jStore]:
    store = open_neo4j_store(neo4j_server.settings())
    store.delete_everything()
    store.setup()
    lines = (REPO_ROOT / "seeds" / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    articles = [Article(**json.loads(line)) for line in lines if line.strip()]
    extractor = Extractor.load(load_settings())
    assert all(r.written for r in store.write(bundle_articles(articles, extractor)))
    try:
        yield store
    finally:
        store.close()


def run(store: Neo4jStore, name: str, **params: Any) -> list[dict[str, Any]]:
    statement = CypherLibrary()[f"examples/{name}"]
    with store.driver.session(database=store.database) as session:
        return session.run(statement, params).data()


def names(store: Neo4jStore, ids: set[str]) -> set[str]:
    return {store.get_actor(i).actor.name for i in ids}


def test_there_are_at_least_twelve_examples_each_saying_what_it_answers() -> None:
    assert len(EXAMPLES) >= 12
    for name in EXAMPLES:
        text = (REPO_ROOT / "cypher" / "examples" / f"{name}.cypher").read_text()
        assert text.startswith("// ") and "?" in text.splitlines()[0], name


def test_who_supports_hts(seeded: Neo4jStore) -> None:
    rows = run(seeded, "who_supports", actor="hts")
    edges, _ = seeded.edges(EdgeFilter(target_id="hts", types=[R.SUPPORTS]))
    assert {r["supporter"] for r in rows} == names(seeded, {e.source_id for e in edges})
    # DESIGN.md: "HTS is actively involved, with support from the FSA and the SNA".
    assert {"Free Syrian Army", "Syrian National Army"} <= {r["supporter"] for r in rows}
    assert [r["confidence"] for r in rows] == sorted((r["confidence"] for r in rows), reverse=True)


def test_hostile_to_the_syrian_government(seeded: Neo4jStore) -> None:
    rows = run(seeded, "hostile_to", actor="syrian-government")
    edges, _ = seeded.edges(EdgeFilter(target_id="syrian-government", types=HOSTILE))
    assert {(r["actor"], r["relation"]) for r in rows} == {
        (seeded.get_actor(e.source_id if e.target_id == "syrian-government" else e.target_id).actor.name,
         e.relation.value)
        for e in edges
    }  # fmt: skip
    assert ("Hayat Tahrir al-Sham", "FIGHTS") in {(r["actor"], r["relation"]) for r in rows}


def test_paths_between_russia_and_hts_match_the_store(seeded: Neo4jStore) -> None:
    with seeded.driver.session(database=seeded.database) as session:
        result = session.run(CypherLibrary()["examples/paths_between"], {"from": "russia", "to": "hts"})
        paths = [record["p"] for record in result]
    assert paths
    shortest = seeded.paths("russia", "hts", EdgeFilter())[0]
    for p in paths:
        assert (p.start_node["id"], p.end_node["id"]) == ("russia", "hts")
        assert len(p) == len(shortest.hops)


def test_signed_paths_multiply_the_signs_of_their_relations(seeded: Neo4jStore) -> None:
    rows = run(seeded, "signed_paths", **{"from": "iran", "to": "israel"})
    assert rows
    for r in rows:
        assert r["chain"][0] == "Iran" and r["chain"][-1] == "Israel"
        assert r["sign"] == prod(SIGN[R(t)] for t in r["relations"])
        assert r["hops"] == len(r["relations"])


def test_contested_places_have_several_actors(seeded: Neo4jStore) -> None:
    rows = run(seeded, "contested_places")
    assert rows
    edges, _ = seeded.edges(EdgeFilter(types=[R.CONTROLS, R.ATTACKS]), limit=10_000)
    places = {a.id: a.name for a in seeded.list_actors(type=ActorType.PLACE, limit=10_000)[0]}
    by_place: dict[str, set[str]] = {}
    for e in edges:
        if e.target_id in places:
            by_place.setdefault(places[e.target_id], set()).add(e.source_id)
    assert {r["place"]: r["actors"] for r in rows} == {p: len(a) for p, a in by_place.items() if len(a) > 1}


def test_edge_sources_are_the_claims_behind_the_edge(seeded: Neo4jStore) -> None:
    edge = seeded.edges(EdgeFilter(types=[R.SUPPORTS]))[0][0]
    rows = run(seeded, "edge_sources", source=edge.source_id, relation="SUPPORTS", target=edge.target_id)
    claims = seeded.claims(edge.source_id, R.SUPPORTS, edge.target_id)
    assert sorted(r["sentence"] for r in rows) == sorted(c.sentence for c in claims)
    assert all(r["publisher"] for r in rows)


def test_changed_in_week_counts_the_weeks_claims(seeded: Neo4jStore) -> None:
    day = "2024-12-05"
    rows = run(seeded, "changed_in_week", day=day)
    first = (date.fromisoformat(day) - timedelta(days=6)).isoformat()
    claims = seeded.claims(since=first, until=day)
    assert rows and sum(r["claims"] for r in rows) == len(claims)
    assert all(first <= r["first_reported"][:10] <= day for r in rows)


def test_hedged_only_edges_are_the_stores_hedged_only_edges(seeded: Neo4jStore) -> None:
    rows = run(seeded, "hedged_only")
    edges, _ = seeded.edges(EdgeFilter(), limit=10_000)
    hedged = {(e.source_id, e.relation.value, e.target_id) for e in edges if e.hedged_only}
    assert len(rows) == len(hedged) > 0
    # DESIGN.md: "Reports suggest ... support from the pro-Turkish opposition" is hedged.
    assert ("pro-turkish-opposition", "SUPPORTS", "hts") in hedged


def test_denials_are_the_negated_claims(seeded: Neo4jStore) -> None:
    rows = run(seeded, "denials")
    negated = [c for c in seeded.claims() if c.negated]
    assert len(rows) == len(negated) > 0
    for r in rows:
        assert r["edge_stands"] in (True, False)


def test_enemy_of_enemy_shares_a_hostile_neighbour(seeded: Neo4jStore) -> None:
    rows = run(seeded, "enemy_of_enemy", actor="israel")
    assert rows
    hostile, _ = seeded.edges(EdgeFilter(types=HOSTILE), limit=10_000)
    pairs = {frozenset((e.source_id, e.target_id)) for e in hostile}
    by_name = {a.name: a.id for a in seeded.list_actors(limit=10_000)[0]}
    for r in rows:
        other = by_name[r["actor"]]
        assert frozenset(("israel", other)) not in pairs
        for enemy in r["common_enemies"]:
            assert frozenset(("israel", by_name[enemy])) in pairs
            assert frozenset((other, by_name[enemy])) in pairs


def test_leaders_are_people(seeded: Neo4jStore) -> None:
    rows = run(seeded, "leaders")
    people = {a.name for a in seeded.list_actors(type=ActorType.PERSON, limit=10_000)[0]}
    assert rows and {r["leader"] for r in rows} <= people
    assert ("Bashar al-Assad", "Syrian government") in {(r["leader"], r["leads"]) for r in rows}


def test_most_connected_degrees_match_the_store(seeded: Neo4jStore) -> None:
    rows = run(seeded, "most_connected")
    assert len(rows) == 15
    for r in rows:
        assert r["degree"] == seeded.get_actor(r["id"]).degree
        assert r["cooperative"] + r["hostile"] <= r["degree"]
    assert [r["degree"] for r in rows] == sorted((r["degree"] for r in rows), reverse=True)


def test_neighbourhood_reaches_the_stores_neighbours(seeded: Neo4jStore) -> None:
    with seeded.driver.session(database=seeded.database) as session:
        paths = [rec["p"] for rec in session.run(CypherLibrary()["examples/neighbourhood"], {"actor": "hts"})]
    reached = {n["id"] for p in paths for n in p.nodes}
    near = seeded.neighbourhood("hts", 1, EdgeFilter())
    assert {a.id for a in near.nodes} <= reached
    assert reached <= {a.id for a in seeded.neighbourhood("hts", 2, EdgeFilter()).nodes}


def test_speakers_count_attributed_claims(seeded: Neo4jStore) -> None:
    rows = run(seeded, "speakers")
    attributed = [c for c in seeded.claims() if c.speaker_id]
    assert sum(r["claims"] for r in rows) == len(attributed) > 0


def test_mixed_relations_have_both_kinds(seeded: Neo4jStore) -> None:
    rows = run(seeded, "mixed_relations")
    for r in rows:
        assert r["cooperative"] and r["hostile"]
        assert all(SIGN[R(t)] > 0 for t in r["cooperative"])
        assert all(SIGN[R(t)] < 0 for t in r["hostile"])


def test_actor_timeline_covers_the_actors_dated_claims(seeded: Neo4jStore) -> None:
    rows = run(seeded, "actor_timeline", actor="russia")
    dated = [c for c in seeded.claims(actor_id="russia") if c.published]
    assert sum(r["claims"] for r in rows) == len(dated) > 0
    months = [r["month"] for r in rows]
    assert months == sorted(months)
