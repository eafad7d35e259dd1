"""Timelines, stance changes, counts, centrality and communities through the API."""

from __future__ import annotations

import time

import pytest
from fastapi.testclient import TestClient

from actorgraph.api.routes import stats
from actorgraph.errors import OverBudget
from actorgraph.store.base import EdgeFilter, Store


def test_actor_timeline_by_month_and_day(client: TestClient) -> None:
    r = client.get("/v1/timeline", params={"actor": "Turkey", "bucket": "month"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["actor"]["id"] == "turkey" and body["other"] is None
    assert [(b["start"], b["claims"]) for b in body["buckets"]] == [
        ("2024-11-01", 1), ("2024-12-01", 1), ("2025-01-01", 2),
    ]
    assert body["buckets"][2]["negated"] == 1
    params = {"actor": "turkey", "bucket": "day", "since": "2024-12-01"}
    days = client.get("/v1/timeline", params=params).json()
    assert [b["start"] for b in days["buckets"]] == ["2024-12-05", "2025-01-10"]


def test_pair_timeline_lists_claims_both_ways(client: TestClient) -> None:
    body = client.get(
        "/v1/timeline", params={"actor": "sna", "other": "Türkiye", "bucket": "week", "claims": True}
    ).json()
    assert body["other"]["id"] == "turkey"
    assert [(b["start"], b["by_relation"]) for b in body["buckets"]] == [
        ("2024-12-02", {"SUPPORTS": 1}), ("2025-01-06", {"ATTACKS": 1}),
    ]
    assert body["buckets"][1]["items"][0]["sentence"] == "Turkish drones struck SNA positions."


def test_stance_change_turkey_sna(client: TestClient) -> None:
    body = client.get("/v1/stance-changes", params={"since": "2025-01-01"}).json()
    assert body["total"] == 1
    (change,) = body["items"]
    assert change["actor_ids"] == ["sna", "turkey"]
    assert (change["from_sign"], change["to_sign"]) == (1, -1)
    assert [c["sentence"] for c in change["before"]] == ["Turkey arms the Syrian National Army."]
    assert [c["sentence"] for c in change["after"]] == ["Turkish drones struck SNA positions."]
    assert client.get("/v1/stance-changes", params={"until": "2024-12-31"}).json()["total"] == 0
    assert client.get("/v1/stance-changes", params={"actor": "russia"}).json()["total"] == 0


def test_counts_by_type(client: TestClient) -> None:
    body = client.get("/v1/stats").json()
    assert (body["actors"], body["articles"], body["claims"]) == (10, 3, 11)
    assert body["edges"] == 9  # 11 claims: a second Russia claim, and a denial, add no edge
    assert body["edges_by_type"]["SUPPORTS"] == 4
    assert body["actors_by_type"]["PERSON"] == 2


def test_centrality_tops_hts(client: TestClient) -> None:
    body = client.get("/v1/stats/centrality", params={"limit": 3}).json()
    assert body["degree"][0]["actor"]["id"] == "hts" and body["degree"][0]["score"] == 4
    assert body["betweenness"][0]["actor"]["id"] == "hts"
    assert len(body["pagerank"]) == 3
    before = client.get("/v1/stats/centrality", params={"as_of": "2024-11-28"}).json()
    assert before["edges"] == 7


def test_communities_split_the_turkish_politics_from_the_syrian_war(client: TestClient) -> None:
    body = client.get("/v1/stats/communities").json()
    groups = [{a["id"] for a in c["actors"]} for c in body["communities"]]
    assert body["total"] == len(groups) >= 2
    assert {"erdogan", "turkish-opposition"} <= next(g for g in groups if "erdogan" in g)
    assert "russia" not in next(g for g in groups if "erdogan" in g)


def test_whole_graph_measures_say_how_they_were_bounded(client: TestClient) -> None:
    body = client.get("/v1/stats/communities").json()
    assert body["method"] == "louvain" and body["truncated"] is False
    body = client.get("/v1/stats/centrality").json()
    assert body["betweenness_estimated"] is False and body["truncated"] is False


def test_a_graph_over_the_metrics_cap_is_a_422_that_says_why(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(stats, "METRICS_EDGE_CAP", 3)
    for route in ("/v1/stats/centrality", "/v1/stats/communities"):
        r = client.get(route)
        assert r.status_code == 422, r.text
        problem = r.json()
        assert problem["type"].endswith("/over-budget")
        assert "over the 3 that centrality and communities take" in problem["detail"]
        assert "narrow it" in problem["detail"]


def test_reading_the_graph_past_the_budget_is_over_budget(world_store: Store) -> None:
    whole = stats.whole_graph(world_store, EdgeFilter())
    assert whole.edges and whole.nodes
    with pytest.raises(OverBudget, match="reading the filtered graph"):
        stats.whole_graph(world_store, EdgeFilter(), deadline=time.monotonic() - 1.0)
