"""Paths: shortest, k shortest, all; every hop with its evidence; filters on paths."""

from __future__ import annotations

import pytest

from actorgraph.errors import InputError
from actorgraph.model import RelationType
from actorgraph.store.base import EdgeFilter, GraphPath, Store
from tests.contract import data


def route(p: GraphPath) -> list[str]:
    return [a.id for a in p.actors]


def test_russia_to_hts_shortest_path(loaded: Store) -> None:
    [path] = loaded.paths("russia", "hts", EdgeFilter())
    assert route(path) == ["russia", "syrian-government", "hts"]
    first, second = path.hops
    assert (first.edge.source_id, first.edge.relation, first.edge.target_id) == (
        "russia",
        RelationType.SUPPORTS,
        "syrian-government",
    )
    assert first.forward
    # FIGHTS is stored once as hts -> syrian-government, so this hop walks it backwards.
    assert second.edge.relation == RelationType.FIGHTS
    assert not second.forward


def test_every_hop_quotes_its_sentences_strongest_first(loaded: Store) -> None:
    texts = {b.article.id: b.article.text for b in data.BUNDLES}
    for path in loaded.paths("russia", "hts", EdgeFilter(), mode="all"):
        assert len(path.hops) == len(path.actors) - 1
        for hop, (a, b) in zip(path.hops, zip(path.actors, path.actors[1:], strict=False), strict=True):
            assert {hop.edge.source_id, hop.edge.target_id} == {a.id, b.id}
            assert hop.forward == (hop.edge.source_id == a.id)
            assert hop.evidence, hop
            assert len(hop.evidence) >= hop.edge.evidence_count
            for claim in hop.evidence:
                assert (claim.source_id, claim.relation, claim.target_id) == (
                    hop.edge.source_id,
                    hop.edge.relation,
                    hop.edge.target_id,
                )
                assert texts[claim.article_id][claim.start : claim.end] == claim.sentence
            strengths = [c.confidence for c in hop.evidence if not c.negated and not c.hedged]
            assert strengths == sorted(strengths, reverse=True)


def test_hop_evidence_orders_asserting_before_negated(loaded: Store) -> None:
    [path] = loaded.paths("turkey", "hts", EdgeFilter(types=[RelationType.SUPPORTS]))
    assert route(path) == ["turkey", "sna", "hts"]
    ev = path.hops[1].evidence
    assert [c.negated for c in ev] == [False, True]
    assert ev[1].article_id == "a5"


def test_k_shortest_paths_shortest_first(loaded: Store) -> None:
    paths = loaded.paths("russia", "hts", EdgeFilter(), mode="k_shortest", k=2)
    assert [route(p) for p in paths] == [
        ["russia", "syrian-government", "hts"],
        ["russia", "turkey", "sna", "hts"],
    ]
    assert len(loaded.paths("russia", "hts", EdgeFilter(), mode="k_shortest", k=1)) == 1


def test_all_paths_up_to_hop_limit(loaded: Store) -> None:
    paths = loaded.paths("russia", "hts", EdgeFilter(), mode="all", max_hops=4)
    assert sorted(route(p) for p in paths) == sorted(
        [["russia", "syrian-government", "hts"], ["russia", "turkey", "sna", "hts"]]
    )
    assert [len(p.hops) for p in paths] == sorted(len(p.hops) for p in paths)
    short = loaded.paths("russia", "hts", EdgeFilter(), mode="all", max_hops=2)
    assert [route(p) for p in short] == [["russia", "syrian-government", "hts"]]


def test_type_filter_reroutes_the_path(loaded: Store) -> None:
    flt = EdgeFilter(types=[RelationType.SUPPORTS, RelationType.COOPERATES_WITH])
    [path] = loaded.paths("russia", "hts", flt)
    assert route(path) == ["russia", "turkey", "sna", "hts"]
    assert all(h.edge.relation in flt.types for h in path.hops)  # type: ignore[operator]


def test_no_path_is_an_empty_list(loaded: Store) -> None:
    assert loaded.paths("russia", "hts", EdgeFilter(types=[RelationType.LEADS])) == []
    assert loaded.paths("united-states", "hts", EdgeFilter()) == []
    assert loaded.paths("erdogan", "hts", EdgeFilter(), max_hops=1) == []


def test_paths_as_of_a_date(loaded: Store) -> None:
    # On 20 November only a2 was out: Russia backed Damascus, nothing touched HTS yet.
    assert loaded.paths("russia", "hts", EdgeFilter(as_of="2024-11-20")) == []
    [path] = loaded.paths("russia", "syrian-government", EdgeFilter(as_of="2024-11-20"))
    [hop] = path.hops
    assert [c.article_id for c in hop.evidence] == ["a2"]
    assert hop.edge.confidence == pytest.approx(0.8)


def test_same_actor_both_ends_is_refused(loaded: Store) -> None:
    with pytest.raises(InputError):
        loaded.paths("hts", "hts", EdgeFilter())
