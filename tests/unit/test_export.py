"""Every export format carries the subgraph's actors and edges, and reads back in the tool
library it is for (networkx for GraphML, GEXF and node-link; csv for the CSV zip)."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path

import networkx as nx
import pytest

from actorgraph.errors import InputError
from actorgraph.graph.export import (
    FORMATS,
    edge_id,
    filename,
    paths_subgraph,
    pick_format,
    render,
)
from actorgraph.model import Actor, ActorType, Edge, GraphPath, PathHop, RelationType, Subgraph

HTS = Actor(id="hts", name="Hayat Tahrir al-Sham", type=ActorType.ARMED_GROUP, aliases=["HTS", "Tahrir"])
SNA = Actor(id="sna", name="Syrian National Army", type=ActorType.ARMED_GROUP)
GOV = Actor(
    id="syrian-government", name="Syrian government", type=ActorType.GOVERNMENT, aliases=["Assad regime"]
)
ERD = Actor(id="erdogan", name="Recep Tayyip Erdoğan", type=ActorType.PERSON)

SUPPORTS = Edge(
    source_id="sna",
    relation=RelationType.SUPPORTS,
    target_id="hts",
    confidence=0.81234,
    evidence_count=2,
    first_seen="2024-11-27",
    last_seen="2024-11-28",
    cameo=["05", "06"],
)
FIGHTS = Edge(
    source_id="hts",
    relation=RelationType.FIGHTS,
    target_id="syrian-government",
    confidence=0.7,
    evidence_count=1,
)
HEDGED = Edge(
    source_id="syrian-government",
    relation=RelationType.OPPOSES,
    target_id="hts",
    confidence=0.3,
    evidence_count=1,
    hedged_only=True,
)
# An edge to an actor outside the subgraph: every format must leave it out.
DANGLING = Edge(
    source_id="erdogan", relation=RelationType.LEADS, target_id="turkey", confidence=0.9, evidence_count=1
)

SUB = Subgraph(nodes=[HTS, SNA, GOV, ERD], edges=[SUPPORTS, FIGHTS, HEDGED, DANGLING])
KEPT = {edge_id(e) for e in (SUPPORTS, FIGHTS, HEDGED)}


def _text(body: bytes | str) -> str:
    return body.decode("utf-8") if isinstance(body, bytes) else body


def test_cytoscape_elements_hold_nodes_and_edges() -> None:
    body, media = render(SUB, "cytoscape")
    assert media == "application/vnd.cytoscape+json"
    doc = json.loads(_text(body))
    nodes = {n["data"]["id"]: n["data"] for n in doc["elements"]["nodes"]}
    edges = {e["data"]["id"]: e["data"] for e in doc["elements"]["edges"]}
    assert set(nodes) == {"hts", "sna", "syrian-government", "erdogan"}
    assert nodes["hts"] == {
        "id": "hts",
        "name": "Hayat Tahrir al-Sham",
        "type": "ARMED_GROUP",
        "aliases": ["HTS", "Tahrir"],
    }
    assert set(edges) == KEPT
    sup = edges[edge_id(SUPPORTS)]
    assert (sup["source"], sup["target"], sup["relation"]) == ("sna", "hts", "SUPPORTS")
    assert sup["confidence"] == pytest.approx(0.8123)
    assert sup["sign"] == 1 and sup["symmetric"] is False
    assert edges[edge_id(FIGHTS)]["sign"] == -1 and edges[edge_id(FIGHTS)]["symmetric"] is True
    assert edges[edge_id(HEDGED)]["hedged_only"] is True


def test_d3_node_link_reads_back_with_networkx() -> None:
    body, _ = render(SUB, "d3")
    doc = json.loads(_text(body))
    g = nx.node_link_graph(doc, edges="links")
    assert isinstance(g, nx.MultiDiGraph)
    assert set(g.nodes) == {"hts", "sna", "syrian-government", "erdogan"}
    assert g.nodes["erdogan"]["name"] == "Recep Tayyip Erdoğan"
    triples = {(u, d["relation"], v) for u, v, d in g.edges(data=True)}
    assert triples == {
        ("sna", "SUPPORTS", "hts"),
        ("hts", "FIGHTS", "syrian-government"),
        ("syrian-government", "OPPOSES", "hts"),
    }


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_graphml_and_gexf_read_back_with_networkx(fmt: str) -> None:
    body, media = render(SUB, fmt)
    assert media == f"application/{fmt}+xml"
    data = _text(body).encode("utf-8")
    if fmt == "graphml":
        g = nx.read_graphml(io.BytesIO(data), force_multigraph=True)
    else:
        g = nx.read_gexf(io.BytesIO(data))
    assert g.is_directed()
    assert set(g.nodes) == {"hts", "sna", "syrian-government", "erdogan"}
    assert g.nodes["hts"]["name"] == "Hayat Tahrir al-Sham"
    assert g.nodes["hts"]["type"] == "ARMED_GROUP"
    assert g.nodes["hts"]["aliases"] == "HTS; Tahrir"
    # GraphML carries the edge id as the multigraph key, GEXF as the edge's id attribute
    if fmt == "graphml":
        edges = {k: (u, v, d) for u, v, k, d in g.edges(keys=True, data=True)}
    else:
        edges = {d["id"]: (u, v, d) for u, v, d in g.edges(data=True)}
    assert set(edges) == KEPT
    u, v, d = edges[edge_id(SUPPORTS)]
    assert (u, v) == ("sna", "hts")
    assert d["relation"] == "SUPPORTS"
    assert float(d["confidence"]) == pytest.approx(0.8123)
    assert int(d["evidence_count"]) == 2
    assert d["cameo"] == "05;06"
    assert d["first_seen"] == "2024-11-27"
    assert edges[edge_id(HEDGED)][2]["hedged_only"] in (True, "true")
    # missing values are left out rather than written as the string "None"
    assert "first_seen" not in edges[edge_id(FIGHTS)][2]


def test_graphml_keeps_parallel_edges_between_the_same_pair() -> None:
    opposes = Edge(
        source_id="sna", relation=RelationType.OPPOSES, target_id="hts", confidence=0.4, evidence_count=1
    )
    sub = Subgraph(nodes=[HTS, SNA], edges=[SUPPORTS, opposes])
    body, _ = render(sub, "graphml")
    g = nx.read_graphml(io.BytesIO(_text(body).encode("utf-8")), force_multigraph=True)
    assert g.number_of_edges("sna", "hts") == 2
    assert {d["relation"] for _, _, d in g.edges(data=True)} == {"SUPPORTS", "OPPOSES"}


def test_csv_zip_holds_nodes_and_edges_tables() -> None:
    body, media = render(SUB, "csv")
    assert media == "application/zip"
    assert isinstance(body, bytes)
    with zipfile.ZipFile(io.BytesIO(body)) as zf:
        assert sorted(zf.namelist()) == ["edges.csv", "nodes.csv"]
        nodes = list(csv.DictReader(io.StringIO(zf.read("nodes.csv").decode("utf-8"))))
        edges = list(csv.DictReader(io.StringIO(zf.read("edges.csv").decode("utf-8"))))
    assert [n["id"] for n in nodes] == ["hts", "sna", "syrian-government", "erdogan"]
    assert nodes[0]["aliases"] == "HTS;Tahrir"
    assert nodes[3]["name"] == "Recep Tayyip Erdoğan"
    assert {e["id"] for e in edges} == KEPT
    sup = next(e for e in edges if e["relation"] == "SUPPORTS")
    assert (sup["source"], sup["target"], sup["cameo"], sup["hedged_only"]) == (
        "sna",
        "hts",
        "05;06",
        "false",
    )
    fights = next(e for e in edges if e["relation"] == "FIGHTS")
    assert fights["first_seen"] == ""


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_renders_an_empty_subgraph(fmt: str) -> None:
    body, _ = render(Subgraph(nodes=[], edges=[]), fmt)
    assert len(body) > 0


def test_unknown_format_is_an_input_error() -> None:
    with pytest.raises(InputError, match="unknown format 'svg'"):
        render(SUB, "svg")


@pytest.mark.parametrize(
    ("param", "accept", "expected"),
    [
        ("graphml", None, "graphml"),
        ("GEXF", "application/json", "gexf"),
        (None, "application/graphml+xml", "graphml"),
        (None, "text/csv", "csv"),
        (None, "application/json", None),
        (None, None, None),
        (None, "text/html, application/gexf+xml;q=0.9, application/vnd.cytoscape+json", "cytoscape"),
        (None, "application/json;q=0.5, application/vnd.d3+json", "d3"),
        (None, "application/vnd.d3-node-link+json;q=0, application/json", None),
        (None, "image/png", None),
    ],
)
def test_pick_format(param: str | None, accept: str | None, expected: str | None) -> None:
    assert pick_format(param, accept) == expected


def test_pick_format_rejects_unknown_format_param() -> None:
    with pytest.raises(InputError, match="choose one of cytoscape, d3, graphml, gexf, csv"):
        pick_format("png", None)


def test_paths_subgraph_unions_path_actors_and_edges_once() -> None:
    p1 = GraphPath(
        actors=[SNA, HTS, GOV],
        hops=[PathHop(edge=SUPPORTS, forward=True), PathHop(edge=FIGHTS, forward=True)],
    )
    p2 = GraphPath(actors=[SNA, HTS], hops=[PathHop(edge=SUPPORTS, forward=True)])
    sub = paths_subgraph([p1, p2])
    assert [a.id for a in sub.nodes] == ["sna", "hts", "syrian-government"]
    assert [edge_id(e) for e in sub.edges] == [edge_id(SUPPORTS), edge_id(FIGHTS)]


def test_filename_is_safe() -> None:
    assert filename("hts/../x y", "gexf") == "hts-..-x-y.gexf"
    assert filename("", "csv") == "subgraph.zip"


@pytest.fixture
def seeded_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    from tests.contract.data import bundles

    from actorgraph.store.embedded import EmbeddedStore

    db = tmp_path / "ag.db"
    store = EmbeddedStore.open(db)
    store.setup()
    store.write(bundles())
    store.close()
    monkeypatch.setenv("ACTORGRAPH_DB_PATH", str(db))
    monkeypatch.setenv("ACTORGRAPH_STORE", "embedded")
    return db


def test_cli_exports_a_neighbourhood_that_reads_back(seeded_db: Path, tmp_path: Path) -> None:
    from actorgraph.cli import main

    out = tmp_path / "hts.graphml"
    assert main(["export", "neighbourhood", "HTS", "--depth", "1", "-o", str(out)]) == 0
    g = nx.read_graphml(out, force_multigraph=True)
    assert "hts" in g and "kafer-besme" in g
    assert "united-states" not in g  # denied only: no edge, so not a neighbour
    assert ("hts", "kafer-besme") in {(u, v) for u, v in g.edges()}


def test_cli_exports_paths_and_filtered_relations(seeded_db: Path, tmp_path: Path) -> None:
    from actorgraph.cli import main

    gexf = tmp_path / "p.gexf"
    assert main(["export", "path", "Russia", "HTS", "--mode", "k_shortest", "-k", "2", "-o", str(gexf)]) == 0
    g = nx.read_gexf(gexf)
    assert {"russia", "hts"} <= set(g.nodes)
    assert nx.has_path(g.to_undirected(), "russia", "hts")

    out = tmp_path / "rel.zip"
    assert main(["export", "relations", "--type", "SUPPORTS", "-o", str(out)]) == 0
    with zipfile.ZipFile(out) as zf:
        edges = list(csv.DictReader(io.StringIO(zf.read("edges.csv").decode("utf-8"))))
    assert edges and {e["relation"] for e in edges} == {"SUPPORTS"}


def test_cli_export_reports_an_unknown_actor(seeded_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from actorgraph.cli import main

    assert main(["export", "neighbourhood", "Hezbollah"]) == 2
    assert "unknown actor 'Hezbollah'" in capsys.readouterr().err
