"""Actors: fuzzy search by name or alias, detail, list with type filter and totals, 404s."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.api.world import ALL_ACTORS


def test_search_finds_hts_by_part_of_its_name_and_by_its_alias(client: TestClient) -> None:
    for q in ("Hayat Tahrir", "HTS", "hayat tahrir al sham"):
        r = client.get("/v1/actors/search", params={"q": q})
        assert r.status_code == 200, r.text
        assert r.json()["items"][0]["actor"]["id"] == "hts", q


def test_search_filters_by_type(client: TestClient) -> None:
    r = client.get("/v1/actors/search", params={"q": "Syrian", "type": "GOVERNMENT"})
    assert [h["actor"]["id"] for h in r.json()["items"]] == ["syrian-government"]


def test_detail_by_id_name_or_alias(client: TestClient) -> None:
    for ref in ("russia", "Russia", "Moscow", "moscow"):
        r = client.get(f"/v1/actors/{ref}")
        assert r.status_code == 200, ref
        body = r.json()
        assert body["actor"]["id"] == "russia"
        assert body["actor"]["type"] == "STATE"
        assert "Moscow" in body["actor"]["aliases"]
        assert body["degree"] == 1  # one aggregated edge: SUPPORTS Syrian government
        assert body["claim_count"] == 2
        assert (body["first_seen"], body["last_seen"]) == ("2024-11-28", "2024-12-05")


def test_detail_as_of_sees_the_graph_as_it_stood(client: TestClient) -> None:
    body = client.get("/v1/actors/turkey", params={"as_of": "2024-11-30"}).json()
    assert body["degree"] == 1  # only Erdoğan LEADS Turkey by then
    assert body["last_seen"] == "2024-11-28"
    later = client.get("/v1/actors/turkey").json()
    assert later["degree"] == 3  # + SUPPORTS SNA, ATTACKS SNA (the denied HTS backing is no edge)
    assert later["last_seen"] == "2025-01-10"


def test_unknown_actor_is_a_404_problem_with_the_nearest_names(client: TestClient) -> None:
    r = client.get("/v1/actors/Rusia")
    assert r.status_code == 404
    assert r.headers["content-type"].startswith("application/problem+json")
    body = r.json()
    assert body["status"] == 404 and body["title"] == "Unknown actor"
    assert "Russia" in body["suggestions"]
    assert body["instance"] == "/v1/actors/Rusia"


def test_list_paginates_with_totals_and_filters_by_type(client: TestClient) -> None:
    first = client.get("/v1/actors", params={"limit": 4}).json()
    assert first["total"] == len(ALL_ACTORS) and len(first["items"]) == 4
    rest = client.get("/v1/actors", params={"offset": 4, "limit": 50}).json()
    names = [a["name"] for a in first["items"] + rest["items"]]
    assert names == sorted(names, key=str.casefold)
    assert len(set(names)) == len(ALL_ACTORS)
    people = client.get("/v1/actors", params={"type": "PERSON"}).json()
    assert people["total"] == 2
    assert {a["id"] for a in people["items"]} == {"erdogan", "korotchenko"}


def test_bad_parameters_are_422_problems(client: TestClient) -> None:
    for url, params in [
        ("/v1/actors", {"type": "DRAGON"}),
        ("/v1/actors", {"limit": 0}),
        ("/v1/actors/search", {"q": ""}),
        ("/v1/actors/russia", {"as_of": "yesterday"}),
        ("/v1/actors/russia", {"until": "0"}),  # pydantic alone reads it as a Unix time
        ("/v1/actors/russia", {"since": "2024-1-1"}),
    ]:
        r = client.get(url, params=params)
        assert r.status_code == 422, (url, params, r.text)
        assert r.headers["content-type"].startswith("application/problem+json")
        assert r.json()["status"] == 422


def test_an_empty_window_answers_empty(client: TestClient) -> None:
    """since after until (or after as_of) is a window with nothing in it, not an error."""
    empty = [{"since": "2025-01-01", "until": "2024-01-01"}, {"since": "2025-01-01", "as_of": "2024-01-01"}]
    for window in empty:
        body = client.get("/v1/actors/russia", params=window).json()
        assert (body["degree"], body["claim_count"], body["first_seen"]) == (0, 0, None)
        assert client.get("/v1/relations", params=window).json()["total"] == 0
        paths = client.get("/v1/paths", params={"source": "russia", "target": "hts", **window}).json()
        assert paths["paths"] == []
