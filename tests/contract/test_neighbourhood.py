"""Neighbourhoods: depth, direction, type filters, node limit truncation."""

from __future__ import annotations

import pytest

from actorgraph.errors import InputError
from actorgraph.graph import walk
from actorgraph.model import RelationType
from actorgraph.store.base import EdgeFilter, Store, Subgraph


def ids(sg: Subgraph) -> set[str]:
    return {a.id for a in sg.nodes}


def keys(sg: Subgraph) -> set[tuple[str, str, str]]:
    return {(e.source_id, e.relation.value, e.target_id) for e in sg.edges}


def test_depth_one_both_directions(loaded: Store) -> None:
    sg = loaded.neighbourhood("hts", 1, EdgeFilter())
    assert ids(sg) == {"hts", "syrian-government", "kafer-besme", "sna", "fsa", "pro-turkish-opposition"}
    assert sg.nodes[0].id == "hts"
    assert len(sg.edges) == 5
    assert not sg.truncated
    assert sg.total_nodes == 6


def test_depth_two_reaches_further(loaded: Store) -> None:
    sg = loaded.neighbourhood("hts", 2, EdgeFilter())
    assert ids(sg) - ids(loaded.neighbourhood("hts", 1, EdgeFilter())) == {
        "russia",
        "bashar-al-assad",
        "turkey",
    }
    assert ("turkey", "SUPPORTS", "sna") in keys(sg)
    # Edges between two nodes at the outer rim are not walked at depth 2.
    assert ("russia", "COOPERATES_WITH", "turkey") not in keys(sg)
    assert ("russia", "COOPERATES_WITH", "turkey") in keys(loaded.neighbourhood("hts", 3, EdgeFilter()))


def test_direction_out_and_in(loaded: Store) -> None:
    out = loaded.neighbourhood("hts", 1, EdgeFilter(), direction="out")
    # FIGHTS is symmetric, so it walks either way.
    assert ids(out) == {"hts", "kafer-besme", "syrian-government"}
    inn = loaded.neighbourhood("hts", 1, EdgeFilter(), direction="in")
    assert ids(inn) == {"hts", "sna", "fsa", "pro-turkish-opposition", "syrian-government"}


def test_type_filter(loaded: Store) -> None:
    sg = loaded.neighbourhood("hts", 2, EdgeFilter(types=[RelationType.SUPPORTS]))
    assert ids(sg) == {"hts", "sna", "fsa", "pro-turkish-opposition", "turkey"}
    assert {e.relation for e in sg.edges} == {RelationType.SUPPORTS}


def test_hedged_and_confidence_filters(loaded: Store) -> None:
    sg = loaded.neighbourhood("hts", 1, EdgeFilter(include_hedged=False))
    assert "pro-turkish-opposition" not in ids(sg)
    sg = loaded.neighbourhood("hts", 1, EdgeFilter(min_confidence=0.7))
    # sna's support is negated by a second publisher and falls to 0.364; fsa's is 0.65.
    assert ids(sg) == {"hts", "syrian-government", "kafer-besme"}


def test_node_limit_truncates_and_says_so(loaded: Store) -> None:
    sg = loaded.neighbourhood("hts", 2, EdgeFilter(), node_limit=3)
    assert len(sg.nodes) == 3
    assert sg.truncated
    assert sg.total_nodes == 9
    assert sg.nodes[0].id == "hts"
    # Kept: the centre, then the nearest nodes reached by the strongest edges.
    assert ids(sg) == {"hts", "syrian-government", "kafer-besme"}
    for e in sg.edges:
        assert {e.source_id, e.target_id} <= ids(sg)


def test_isolated_actor_is_its_own_neighbourhood(loaded: Store) -> None:
    sg = loaded.neighbourhood("united-states", 2, EdgeFilter())
    assert ids(sg) == {"united-states"}
    assert sg.edges == []


def test_depth_out_of_range_is_refused(loaded: Store) -> None:
    with pytest.raises(InputError):
        loaded.neighbourhood("hts", 4, EdgeFilter())
    with pytest.raises(InputError):
        loaded.neighbourhood("hts", 0, EdgeFilter())


def test_time_window_neighbourhood(loaded: Store) -> None:
    sg = loaded.neighbourhood("hts", 1, EdgeFilter(as_of="2024-11-20"))
    assert ids(sg) == {"hts"}
    sg = loaded.neighbourhood("russia", 1, EdgeFilter(as_of="2024-11-20"))
    assert ids(sg) == {"russia", "syrian-government"}


def test_a_walk_stopped_at_the_node_cap_answers_what_a_whole_walk_does(
    loaded: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    whole = loaded.neighbourhood("hts", 3, EdgeFilter(), node_limit=3)
    # Depth 1 of hts reaches 6 actors, over a cap of 5: the walk stops discovering there.
    monkeypatch.setattr(walk, "WALK_NODE_CAP", 5)
    capped = loaded.neighbourhood("hts", 3, EdgeFilter(), node_limit=3)
    assert capped.truncated and capped.total_nodes == 6
    assert [a.id for a in capped.nodes] == [a.id for a in whole.nodes]
    assert keys(capped) == keys(whole)


def test_a_walk_cut_by_its_level_cap_or_budget_answers_only_what_is_true(
    loaded: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    whole = loaded.neighbourhood("hts", 3, EdgeFilter())
    monkeypatch.setattr(walk, "LEVEL_EDGE_CAP", 6)
    cut = loaded.neighbourhood("hts", 3, EdgeFilter())
    assert cut.truncated and 1 < len(cut.nodes) < len(whole.nodes)
    assert ids(cut) <= ids(whole) and keys(cut) <= keys(whole)
    for e in cut.edges:
        assert {e.source_id, e.target_id} <= ids(cut)
    spent = loaded.neighbourhood("hts", 3, EdgeFilter(), budget=0.0)
    assert spent.truncated and [a.id for a in spent.nodes] == ["hts"] and spent.edges == []
