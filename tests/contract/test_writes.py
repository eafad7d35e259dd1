"""Writes: idempotent re-ingest, evidence fields, negation, belief, deletion."""

from __future__ import annotations

import pytest

from actorgraph.errors import ArticleNotFound, InputError
from actorgraph.graph.belief import HEDGE_WEIGHT, NEGATION_WEIGHT
from actorgraph.model import RelationType
from actorgraph.store.base import EdgeFilter, Store
from tests.contract import data


def edge(store: Store, source: str, relation: str, target: str):  # type: ignore[no-untyped-def]
    edges, _ = store.edges(EdgeFilter(source_id=source, target_id=target, types=[RelationType(relation)]))
    return edges[0] if edges else None


def snapshot(store: Store) -> tuple[object, ...]:
    edges, _ = store.edges(EdgeFilter(), limit=1000)
    actors, _ = store.list_actors(limit=1000)
    return (store.stats(), edges, actors, store.claims())


def test_reingest_changes_nothing(loaded: Store) -> None:
    before = snapshot(loaded)
    results = loaded.write(data.bundles())
    assert [r.written for r in results] == [False] * len(data.BUNDLES)
    assert [r.article_id for r in results] == [b.article.id for b in data.BUNDLES]
    assert snapshot(loaded) == before


def test_same_content_twice_in_one_write_is_stored_once(store: Store) -> None:
    a1 = data.bundles()[0]
    results = store.write([a1, a1.model_copy(deep=True)])
    assert [r.written for r in results] == [True, False]
    assert results[0].claims == len(a1.claims)
    assert store.stats().articles == 1
    assert store.stats().claims == len(a1.claims)


def test_articles_written_one_call_at_a_time_give_the_same_graph(store: Store, loaded: Store) -> None:
    # ``loaded`` is ``store`` after one write of all articles; compare with a fresh build.
    del store
    edges_once, _ = loaded.edges(EdgeFilter(), limit=1000)
    for b in reversed(data.bundles()):
        loaded.delete_article(b.article.id)
    assert loaded.stats().edges == 0
    for b in data.bundles():
        loaded.write([b])
    edges_each, _ = loaded.edges(EdgeFilter(), limit=1000)
    assert edges_each == edges_once


def test_claim_evidence_fields(loaded: Store) -> None:
    [said] = loaded.claims("turkish-opposition", RelationType.OPPOSES, "erdogan")
    assert said.speaker_id == "korotchenko"
    assert said.article_id == "a1"
    assert said.published == "2024-11-28"
    assert data.A1.article.text[said.start : said.end] == said.sentence
    assert "Korotchenko explained" in said.sentence
    [hedged] = loaded.claims("pro-turkish-opposition", RelationType.SUPPORTS, "hts")
    assert hedged.hedged and not hedged.negated
    assert hedged.confidence == pytest.approx(0.7)


def test_claims_listing_filters_and_order(loaded: Store) -> None:
    rus = loaded.claims("russia", RelationType.SUPPORTS, "syrian-government")
    assert [c.article_id for c in rus] == ["a2", "a1", "a3"]  # oldest first
    assert [c.article_id for c in loaded.claims("russia", since="2024-12-01")] == ["a3", "a4"]
    assert [c.article_id for c in loaded.claims("russia", until="2024-11-20")] == ["a2"]
    # Symmetric claims are found with their ends either way round.
    assert len(loaded.claims("syrian-government", RelationType.FIGHTS, "hts")) == 2
    involving = loaded.claims(actor_id="hts")
    assert all("hts" in (c.source_id, c.target_id) for c in involving)
    assert len(involving) == 8


def test_negated_claim_is_evidence_but_never_an_edge(loaded: Store) -> None:
    [denial] = loaded.claims("united-states", RelationType.SUPPORTS, "hts")
    assert denial.negated
    assert loaded.claims("united-states", include_negated=False) == []
    assert edge(loaded, "united-states", "SUPPORTS", "hts") is None
    assert loaded.get_actor("united-states").degree == 0


def test_negation_weakens_an_asserted_edge(loaded: Store) -> None:
    sna = edge(loaded, "sna", "SUPPORTS", "hts")
    assert sna is not None
    assert sna.confidence == pytest.approx(0.7 * (1 - NEGATION_WEIGHT * 0.6), abs=1e-4)
    assert sna.evidence_count == 1  # the denial is not evidence for the edge


def test_independent_publishers_raise_confidence(loaded: Store) -> None:
    rus = edge(loaded, "russia", "SUPPORTS", "syrian-government")
    assert rus is not None
    # news.az 0.75; Levant Wire twice (0.8 and 0.6) counts once, with its strongest claim.
    assert rus.confidence == pytest.approx(1 - (1 - 0.75) * (1 - 0.8), abs=1e-4)
    assert rus.confidence > 0.8
    assert rus.evidence_count == 3
    assert (rus.first_seen, rus.last_seen) == ("2024-11-14", "2024-12-05")


def test_hedged_claims_count_less(loaded: Store) -> None:
    pto = edge(loaded, "pro-turkish-opposition", "SUPPORTS", "hts")
    assert pto is not None
    assert pto.hedged_only
    assert pto.confidence == pytest.approx(0.7 * HEDGE_WEIGHT, abs=1e-4)


def test_delete_article_recomputes_edges(loaded: Store) -> None:
    # Read first, so a store that caches its graph has to update what it cached.
    assert len(loaded.paths("russia", "hts", EdgeFilter(), mode="all")) == 2
    loaded.delete_article("a2")
    # turkey -> sna had only a2 behind it: gone, from listings and from traversal.
    assert edge(loaded, "turkey", "SUPPORTS", "sna") is None
    assert [[a.id for a in p.actors] for p in loaded.paths("russia", "hts", EdgeFilter(), mode="all")] == [
        ["russia", "syrian-government", "hts"]
    ]
    rus = edge(loaded, "russia", "SUPPORTS", "syrian-government")
    assert rus is not None
    assert rus.confidence == pytest.approx(1 - (1 - 0.75) * (1 - 0.6), abs=1e-4)
    assert rus.evidence_count == 2
    assert rus.first_seen == "2024-11-28"
    assert loaded.stats().articles == len(data.BUNDLES) - 1
    assert all(c.article_id != "a2" for c in loaded.claims())
    with pytest.raises(ArticleNotFound):
        loaded.get_article("a2")
    with pytest.raises(ArticleNotFound):
        loaded.delete_article("a2")


def test_deleting_the_negation_restores_confidence(loaded: Store) -> None:
    loaded.delete_article("a5")
    sna = edge(loaded, "sna", "SUPPORTS", "hts")
    assert sna is not None and sna.confidence == pytest.approx(0.7)


def test_deleted_then_reingested_article_is_written_again(loaded: Store) -> None:
    loaded.delete_article("a4")
    assert edge(loaded, "russia", "COOPERATES_WITH", "turkey") is None
    [result] = loaded.write([data.bundles()[3]])
    assert result.written
    assert edge(loaded, "russia", "COOPERATES_WITH", "turkey") is not None


def test_claim_naming_an_unknown_actor_is_refused_and_nothing_is_written(store: Store) -> None:
    bad = data.bundles()[1]
    bad.actors = [a for a in bad.actors if a.id != "turkey"]
    with pytest.raises(InputError):
        store.write([data.bundles()[2], bad])  # a3 alone would be fine; a2 now names turkey unknown
    assert store.stats().articles == 0
    assert store.stats().actors == 0
