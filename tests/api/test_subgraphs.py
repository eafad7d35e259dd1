"""Neighbourhoods (depth, filters, node limit) and relations with their evidence and belief."""

from __future__ import annotations

import io
import zipfile
from collections import Counter
from typing import Any

import pytest
from fastapi.testclient import TestClient

from actorgraph.api.app import create_app
from actorgraph.graph.belief import HEDGE_WEIGHT
from actorgraph.store.base import Store
from tests.api.conftest import Stores, api_settings


def hood(client: TestClient, actor: str, **params: Any) -> dict[str, Any]:
    r = client.get(f"/v1/actors/{actor}/neighbourhood", params=params)
    assert r.status_code == 200, r.text
    body: dict[str, Any] = r.json()
    return body


def ids(body: dict[str, Any]) -> set[str]:
    return {n["id"] for n in body["nodes"]}


def test_depth_one_and_two(client: TestClient) -> None:
    one = hood(client, "HTS")
    assert ids(one) == {"hts", "syrian-government", "sna", "pro-turkish-opposition", "kafer-besme"}
    assert one["truncated"] is False and one["total_nodes"] == 5
    two = hood(client, "HTS", depth=2)
    assert ids(two) == ids(one) | {"russia", "turkey"}
    edge = next(e for e in one["edges"] if e["source_id"] == "sna")
    assert (edge["relation"], edge["evidence_count"]) == ("SUPPORTS", 1)
    assert one["relations"]["SUPPORTS"] == {
        "label": "supports", "inverse_label": "supported-by", "symmetric": False, "sign": 1,
    }
    assert set(one["relations"]) == {"SUPPORTS", "FIGHTS", "CONTROLS"}


def test_filters_type_direction_confidence_hedged(client: TestClient) -> None:
    assert ids(hood(client, "hts", type="SUPPORTS")) == {"hts", "sna", "pro-turkish-opposition"}
    assert ids(hood(client, "hts", direction="out")) == {"hts", "kafer-besme", "syrian-government"}
    assert "pro-turkish-opposition" not in ids(hood(client, "hts", include_hedged=False))
    # the hedged claim (0.7 x HEDGE_WEIGHT) is the weakest edge around HTS
    weak = 0.7 * HEDGE_WEIGHT
    assert "pro-turkish-opposition" not in ids(hood(client, "hts", min_confidence=round(weak + 0.01, 2)))


def test_window_and_as_of(client: TestClient) -> None:
    assert ids(hood(client, "turkey", until="2024-11-30")) == {"turkey", "erdogan"}
    assert ids(hood(client, "turkey", as_of="2024-12-31")) == {"turkey", "erdogan", "sna"}
    late = hood(client, "turkey", since="2025-01-01")
    assert {(e["relation"], e["target_id"]) for e in late["edges"]} == {("ATTACKS", "sna")}


def test_node_limit_truncates_and_says_so(client: TestClient) -> None:
    body = hood(client, "hts", depth=2, limit=3)
    assert len(body["nodes"]) == 3 and "hts" in ids(body)
    assert body["truncated"] is True and body["total_nodes"] == 7 and body["node_limit"] == 3
    node_ids = ids(body)
    assert all(e["source_id"] in node_ids and e["target_id"] in node_ids for e in body["edges"])


def test_over_the_server_cap_is_a_422(client: TestClient) -> None:
    r = client.get("/v1/actors/hts/neighbourhood", params={"limit": 51})
    assert r.status_code == 422 and r.json()["cap"] == 50
    assert client.get("/v1/actors/hts/neighbourhood", params={"depth": 4}).status_code == 422


@pytest.mark.parametrize(
    ("fmt", "accept", "media"),
    [
        ("graphml", None, "application/graphml+xml"),
        ("gexf", None, "application/gexf+xml"),
        ("d3", None, "application/vnd.d3+json"),
        (None, "text/csv", "application/zip"),
        (None, "application/vnd.cytoscape+json", "application/vnd.cytoscape+json"),
    ],
)
def test_neighbourhood_exports(client: TestClient, fmt: str | None, accept: str | None, media: str) -> None:
    params = {"format": fmt} if fmt else {}
    headers = {"Accept": accept} if accept else {}
    r = client.get("/v1/actors/hts/neighbourhood", params=params, headers=headers)
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith(media)
    assert r.headers["x-truncated"] == "false"
    if media == "application/zip":
        names = zipfile.ZipFile(io.BytesIO(r.content)).namelist()
        assert sorted(names) == ["edges.csv", "nodes.csv"]
    else:
        assert "kafer-besme" in r.text


def test_relations_filtered_with_evidence_counts(client: TestClient) -> None:
    r = client.get("/v1/relations", params={"source": "Russia"})
    body = r.json()
    assert body["total"] == 1
    (edge,) = body["items"]
    got = (edge["target_id"], edge["relation"], edge["evidence_count"])
    assert got == ("syrian-government", "SUPPORTS", 2)
    assert {a["id"] for a in body["actors"]} == {"russia", "syrian-government"}
    supports = client.get("/v1/relations", params={"type": "SUPPORTS", "limit": 2}).json()
    assert supports["total"] == 4 and len(supports["items"]) == 2
    confs = [e["confidence"] for e in supports["items"]]
    assert confs == sorted(confs, reverse=True)
    old = client.get("/v1/relations", params={"until": "2024-11-30", "target": "sna"}).json()
    assert old["total"] == 0


def test_relations_belief_parts(client: TestClient) -> None:
    body = client.get("/v1/relations", params={"source": "russia", "belief": True}).json()
    belief = body["items"][0]["belief"]
    assert (belief["sources"], belief["claims"], belief["negations"]) == (2, 2, 0)
    # two independent publishers combine as a noisy-or: 1 - (1 - 0.85)(1 - 0.9)
    assert belief["support"] == pytest.approx(1 - 0.15 * 0.1, abs=1e-4)
    assert body["items"][0]["confidence"] == pytest.approx(belief["confidence"], abs=1e-4)


def test_evidence_of_one_edge(client: TestClient) -> None:
    r = client.get("/v1/relations/turkish-opposition/OPPOSES/erdogan/evidence")
    assert r.status_code == 200, r.text
    body = r.json()
    (claim,) = body["claims"]["items"]
    assert claim["speaker"]["name"] == "Korotchenko"
    assert claim["sentence"].startswith("The Turkish opposition aims to counter")
    assert claim["article"] == {
        "id": "a1-aleppo", "title": "Title of a1-aleppo", "source": "News.az", "url": None,
        "published": "2024-11-28",
    }
    assert claim["end"] - claim["start"] == len(claim["sentence"])
    assert (claim["hedged"], claim["negated"]) == (False, False)


def test_evidence_shows_negations_and_symmetric_ends_either_way(client: TestClient) -> None:
    denied = client.get("/v1/relations/Ankara/SUPPORTS/HTS/evidence").json()
    assert denied["edge"] is None and denied["belief"] is None  # only a denial: no edge
    assert [c["negated"] for c in denied["claims"]["items"]] == [True]
    hidden = client.get("/v1/relations/turkey/SUPPORTS/hts/evidence", params={"include_negated": False})
    assert hidden.json()["claims"]["total"] == 0
    a = client.get("/v1/relations/syrian-government/FIGHTS/hts/evidence").json()
    b = client.get("/v1/relations/hts/FIGHTS/syrian-government/evidence").json()
    assert a["edge"] == b["edge"] and a["edge"]["evidence_count"] == 1
    assert a["belief"]["sources"] == 1


class CountedStore:
    """The real store, with a count of the calls made to it by name."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.calls: Counter[str] = Counter()

    def __getattr__(self, name: str) -> Any:
        found = getattr(self.store, name)
        if not callable(found):
            return found

        def counted(*args: Any, **kwargs: Any) -> Any:
            self.calls[name] += 1
            return found(*args, **kwargs)

        return counted


@pytest.mark.parametrize("window", [{}, {"since": "2024-11-20", "as_of": "2024-12-06"}])
def test_relations_belief_reads_all_claims_in_one_call(
    world_store: Store, stores: Stores, window: dict[str, str]
) -> None:
    counted = CountedStore(world_store)
    with TestClient(create_app(api_settings(store=stores.backend), counted)) as c:  # type: ignore[arg-type]
        counted.calls.clear()
        body = c.get("/v1/relations", params={"belief": True, "limit": 100, **window}).json()
        calls = dict(counted.calls)
        assert len(body["items"]) > 5
        assert calls.get("edge_claims") == 1 and "claims" not in calls, calls
        assert calls.get("articles_by_id", 0) <= 1, calls
        for item in body["items"]:  # the same belief as the edge's own evidence gives
            one = c.get(f"/v1/relations/{item['source_id']}/{item['relation']}/{item['target_id']}/evidence",
                        params=window).json()
            assert item["belief"] == one["belief"]
