"""Paths with evidence on every hop, inverse wording for presentation, signed readings."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient

from tests.api.world import ALEPPO


def get_paths(client: TestClient, **params: Any) -> dict[str, Any]:
    r = client.get("/v1/paths", params=params)
    assert r.status_code == 200, r.text
    body: dict[str, Any] = r.json()
    return body


def test_russia_to_hts_goes_through_the_syrian_government_with_evidence(client: TestClient) -> None:
    body = get_paths(client, source="Russia", target="HTS")
    assert body["source"]["id"] == "russia" and body["target"]["id"] == "hts"
    (path,) = body["paths"]
    assert [a["id"] for a in path["actors"]] == ["russia", "syrian-government", "hts"]
    first, second = path["hops"]
    assert (first["relation"], first["forward"], first["label"]) == ("SUPPORTS", True, "supports")
    assert (second["relation"], second["label"]) == ("FIGHTS", "fights")
    # The strongest evidence of the Russia hop: the Reuters claim (0.9) beats News.az (0.85).
    assert first["evidence"]["sentence"] == "Russia backs the Assad government with air power."
    assert first["evidence"]["article_id"] == "a2-december"
    assert first["evidence_count"] == 2
    assert second["evidence"]["sentence"] == "Clashes continue between the Assad regime and HTS."
    for hop in path["hops"]:
        ev = hop["evidence"]
        assert ev["hedged"] is False and ev["negated"] is False
        assert ev["article"] is None  # hops name their article; /evidence gives its details
        assert ev["published"] in ("2024-11-28", "2024-12-05")
    assert path["signed"]["sign"] == -1
    assert path["signed"]["chain"] == "conflict chain"
    assert path["text"] == "Russia supports Syrian government fights Hayat Tahrir al-Sham"


def test_a_hop_walked_backwards_reads_in_the_inverse_wording(client: TestClient) -> None:
    (path,) = get_paths(client, source="hts", target="sna")["paths"]
    (hop,) = path["hops"]
    assert hop["edge"]["source_id"] == "sna" and hop["edge"]["target_id"] == "hts"
    assert hop["forward"] is False
    assert hop["label"] == "supported-by"
    assert hop["text"] == "Hayat Tahrir al-Sham supported-by Syrian National Army"
    assert hop["edge"]["inverse_label"] == "supported-by"
    assert hop["evidence"]["sentence"] == "HTS is involved, with support from the Syrian National Army."


def test_the_time_window_removes_hops_that_did_not_exist_yet(client: TestClient) -> None:
    # Turkey -> SNA exists only from December: before it, no path from Turkey to HTS.
    assert get_paths(client, source="turkey", target="hts", until="2024-11-30")["paths"] == []
    (path,) = get_paths(client, source="turkey", target="hts", as_of="2024-12-31")["paths"]
    assert [h["relation"] for h in path["hops"]] == ["SUPPORTS", "SUPPORTS"]
    assert path["signed"]["chain"] == "support chain"


def test_k_shortest_and_all_paths(client: TestClient) -> None:
    k = get_paths(client, source="turkey", target="hts", mode="k_shortest", k=3)
    lengths = [p["length"] for p in k["paths"]]
    assert lengths == sorted(lengths) and lengths[0] == 2
    every = get_paths(client, source="russia", target="sna", mode="all", max_hops=3)
    assert every["paths"]
    assert all(p["length"] <= 3 for p in every["paths"])
    assert {tuple(a["id"] for a in p["actors"]) for p in every["paths"]} >= {
        ("russia", "syrian-government", "hts", "sna")
    }


def test_relation_type_filter_blocks_paths(client: TestClient) -> None:
    assert get_paths(client, source="russia", target="hts", type="SUPPORTS")["paths"] == []
    assert get_paths(client, source="russia", target="hts", type=["SUPPORTS", "FIGHTS"])["paths"]


def test_path_as_export_format(client: TestClient) -> None:
    r = client.get("/v1/paths", params={"source": "russia", "target": "hts", "format": "cytoscape"})
    assert r.status_code == 200
    elements = r.json()["elements"]
    assert {n["data"]["id"] for n in elements["nodes"]} == {"russia", "syrian-government", "hts"}
    graphml = {"Accept": "application/graphml+xml"}
    r = client.get("/v1/paths", params={"source": "russia", "target": "hts"}, headers=graphml)
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/graphml+xml")
    assert "<graphml" in r.text


def test_path_errors(client: TestClient) -> None:
    r = client.get("/v1/paths", params={"source": "russia", "target": "Hayat Tahrir al-Shan"})
    assert r.status_code == 404 and "Hayat Tahrir al-Sham" in r.json()["suggestions"]
    r = client.get("/v1/paths", params={"source": "russia", "target": "hts", "max_hops": 7})
    assert r.status_code == 422
    # The same actor twice has no path to itself: an empty answer, not an error (no
    # schema can say "two different values").
    r = client.get("/v1/paths", params={"source": "russia", "target": "Moscow"})
    assert r.status_code == 200 and r.json()["paths"] == []


def test_every_hop_sentence_is_in_its_article(client: TestClient) -> None:
    (path,) = get_paths(client, source="russia", target="kafer-besme", as_of="2024-11-28")["paths"]
    for hop in path["hops"]:
        ev = hop["evidence"]
        assert ev["article_id"] == ALEPPO.article.id
        assert ALEPPO.article.text[ev["start"] : ev["end"]] == ev["sentence"]
