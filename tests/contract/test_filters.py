"""Edge listings and their filters: endpoints, types, confidence, hedging, time."""

from __future__ import annotations

import pytest

from actorgraph.model import CAMEO_ROOTS, RelationType
from actorgraph.store.base import EdgeFilter, Store


def keys(edges: list) -> set[tuple[str, str, str]]:  # type: ignore[type-arg]
    return {(e.source_id, e.relation.value, e.target_id) for e in edges}


def test_all_edges_strongest_first_with_total(loaded: Store) -> None:
    edges, total = loaded.edges(EdgeFilter())
    assert total == len(edges) == 12
    assert [e.confidence for e in edges] == sorted((e.confidence for e in edges), reverse=True)
    assert all(e.cameo == CAMEO_ROOTS[e.relation] for e in edges)
    page, total2 = loaded.edges(EdgeFilter(), offset=10, limit=5)
    assert total2 == 12
    assert page == edges[10:]


def test_source_and_target_filters(loaded: Store) -> None:
    edges, total = loaded.edges(EdgeFilter(target_id="hts"))
    assert total == 4
    # The symmetric FIGHTS edge is stored as hts -> syrian-government, yet HTS is a target of it.
    assert keys(edges) == {
        ("sna", "SUPPORTS", "hts"),
        ("fsa", "SUPPORTS", "hts"),
        ("pro-turkish-opposition", "SUPPORTS", "hts"),
        ("hts", "FIGHTS", "syrian-government"),
    }
    # A symmetric relation matches with its ends either way round.
    edges, _ = loaded.edges(EdgeFilter(source_id="syrian-government", target_id="hts"))
    assert keys(edges) == {("hts", "FIGHTS", "syrian-government")}
    edges, _ = loaded.edges(EdgeFilter(source_id="russia"))
    assert keys(edges) == {
        ("russia", "SUPPORTS", "syrian-government"),
        ("russia", "ATTACKS", "orem-al-sugra"),
        ("russia", "COOPERATES_WITH", "turkey"),
    }


def test_type_filter(loaded: Store) -> None:
    edges, total = loaded.edges(EdgeFilter(types=[RelationType.LEADS, RelationType.CONTROLS]))
    assert total == 3
    assert keys(edges) == {
        ("erdogan", "LEADS", "turkey"),
        ("bashar-al-assad", "LEADS", "syrian-government"),
        ("hts", "CONTROLS", "kafer-besme"),
    }


def test_min_confidence(loaded: Store) -> None:
    edges, total = loaded.edges(EdgeFilter(min_confidence=0.9))
    assert total == 4
    assert all(e.confidence >= 0.9 for e in edges)
    assert ("hts", "FIGHTS", "syrian-government") in keys(edges)


def test_hedged_only_edges_can_be_excluded(loaded: Store) -> None:
    edges, _ = loaded.edges(EdgeFilter(target_id="hts"))
    hedged = [e for e in edges if e.hedged_only]
    assert keys(hedged) == {("pro-turkish-opposition", "SUPPORTS", "hts")}
    edges, total = loaded.edges(EdgeFilter(target_id="hts", include_hedged=False))
    assert total == 3
    assert not any(e.hedged_only for e in edges)


def test_as_of_recomputes_from_earlier_claims(loaded: Store) -> None:
    edges, total = loaded.edges(EdgeFilter(as_of="2024-11-30"))
    # a2 (14 Nov) and a1 (28 Nov) only: no a3 fighting, no a4 talks, no a5 denial.
    assert ("russia", "COOPERATES_WITH", "turkey") not in keys(edges)
    by_key = {(e.source_id, e.relation.value, e.target_id): e for e in edges}
    sna = by_key[("sna", "SUPPORTS", "hts")]
    assert sna.confidence == pytest.approx(0.7)  # the denial of 12 Dec is not yet there
    rus = by_key[("russia", "SUPPORTS", "syrian-government")]
    assert rus.evidence_count == 2
    assert (rus.first_seen, rus.last_seen) == ("2024-11-14", "2024-11-28")
    assert total == 10


def test_window_since_until(loaded: Store) -> None:
    edges, total = loaded.edges(EdgeFilter(since="2024-12-01", until="2024-12-11"))
    assert keys(edges) == {
        ("hts", "FIGHTS", "syrian-government"),
        ("russia", "SUPPORTS", "syrian-government"),
        ("russia", "COOPERATES_WITH", "turkey"),
        ("bashar-al-assad", "LEADS", "syrian-government"),
    }
    assert total == 4
    rus = next(e for e in edges if e.relation == RelationType.SUPPORTS)
    assert rus.confidence == pytest.approx(0.6)
    assert rus.evidence_count == 1


def test_window_with_only_a_negation_has_no_edge(loaded: Store) -> None:
    edges, total = loaded.edges(EdgeFilter(since="2024-12-12"))
    assert total == 0
    assert edges == []


def test_window_combines_with_other_filters(loaded: Store) -> None:
    flt = EdgeFilter(
        as_of="2024-11-30", types=[RelationType.SUPPORTS], include_hedged=False, min_confidence=0.7
    )
    edges, total = loaded.edges(flt)
    assert total == len(edges)
    assert keys(edges) == {
        ("russia", "SUPPORTS", "syrian-government"),
        ("turkey", "SUPPORTS", "sna"),
        ("sna", "SUPPORTS", "hts"),
    }
