"""The Cytoscape.js export loads in Cytoscape.js itself, the layout reads at 300 nodes, and
the explorer finds an actor, draws its neighbourhood and lists paths with their evidence.
All in real headless Chromium over the real API app and embedded store."""

from __future__ import annotations

import json
import math
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Page

from actorgraph.graph.export import edge_id
from actorgraph.store.base import EdgeFilter, Store
from tests.fixtures.browser import graph_of, wait_for, wait_ready

pytestmark = pytest.mark.browser


def test_cytoscape_export_loads_into_cytoscape_js(page: Page, seed_server: tuple[str, Store]) -> None:
    base, store = seed_server
    r = httpx.get(f"{base}/v1/actors/hts/neighbourhood", params={"depth": 2, "format": "cytoscape"})
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("application/vnd.cytoscape+json")
    doc = r.json()
    expected = store.neighbourhood("hts", 2, EdgeFilter())

    # Any page that serves the vendored library will do; the widget's is one.
    page.goto(f"{base}/embed/neighbourhood?actor=hts")
    wait_ready(page)
    loaded = page.evaluate(
        """doc => {
            const fresh = cytoscape({ headless: true, elements: doc.elements });
            const viaJson = cytoscape({ headless: true });
            viaJson.json(doc);  // the cy.json() shape, as Cytoscape desktop's .cyjs import reads it
            return {
                nodes: fresh.nodes().map(n => n.id()),
                edges: fresh.edges().map(e => [e.id(), e.source().id(), e.target().id(), e.data('relation')]),
                jsonNodes: viaJson.nodes().length,
                jsonEdges: viaJson.edges().length,
                hts: fresh.getElementById('hts').data(),
            };
        }""",
        doc,
    )
    assert set(loaded["nodes"]) == {a.id for a in expected.nodes}
    assert {e[0] for e in loaded["edges"]} == {edge_id(e) for e in expected.edges}
    for eid, source, target, relation in loaded["edges"]:
        assert eid == f"{source}|{relation}|{target}"
    assert (loaded["jsonNodes"], loaded["jsonEdges"]) == (len(expected.nodes), len(expected.edges))
    assert loaded["hts"]["name"] == "Hayat Tahrir al-Sham"
    assert loaded["hts"]["type"] == "ARMED_GROUP"


def _min_gap(positions: list[dict[str, float]]) -> float:
    best = math.inf
    for i, p in enumerate(positions):
        for q in positions[i + 1 :]:
            best = min(best, math.hypot(p["x"] - q["x"], p["y"] - q["y"]))
    return best


@pytest.mark.parametrize(("actor", "depth"), [("hts", 1), ("hub", 2)])
def test_layout_separates_nodes_at_5_and_300_nodes(
    page: Page,
    seed_server: tuple[str, Store],
    star_server: tuple[str, Store],
    artifacts_dir: Path,
    actor: str,
    depth: int,
) -> None:
    base, store = seed_server if actor == "hts" else star_server
    expected = store.neighbourhood(actor, depth, EdgeFilter())
    page.goto(f"{base}/embed/neighbourhood?actor={actor}&depth={depth}")
    wait_ready(page, timeout=30)
    nodes, edges = graph_of(page)
    assert len(nodes) == len(expected.nodes)
    assert len(edges) == len(expected.edges)
    if actor == "hub":
        assert len(nodes) >= 300
    # model positions: no two nodes on top of each other (node width is 22, the seed's 32)
    positions = page.evaluate("window.cy.nodes().map(n => n.position())")
    assert _min_gap(positions) >= 22
    # and everything is inside the frame after the fit
    extent = page.evaluate("window.cy.extent()")
    box = page.evaluate("window.cy.nodes().boundingBox()")
    assert box["x1"] >= extent["x1"] - 1 and box["x2"] <= extent["x2"] + 1
    assert box["y1"] >= extent["y1"] - 1 and box["y2"] <= extent["y2"] + 1
    assert page.console_errors == []  # type: ignore[attr-defined]
    page.screenshot(path=str(artifacts_dir / f"widget-layout-{len(nodes)}-nodes.png"))


def test_explorer_search_neighbourhood_and_paths(
    page: Page, seed_server: tuple[str, Store], artifacts_dir: Path
) -> None:
    base, store = seed_server
    page.goto(f"{base}/explore")
    wait_ready(page)

    page.fill("#search-a", "Russia")
    page.click("#hits-a button[data-id='russia']", timeout=10_000)
    wait_for(page, "window.actorgraphReady && window.cy.nodes().length > 0")
    nodes, _ = graph_of(page)
    assert nodes == {a.id for a in store.neighbourhood("russia", 1, EdgeFilter()).nodes}
    assert "/embed/neighbourhood?actor=russia" in page.input_value("#snippet")

    page.fill("#search-b", "HTS")
    page.click("#hits-b button[data-id='hts']", timeout=10_000)
    wait_for(page, "document.querySelectorAll('#paths > li').length > 0 && window.actorgraphReady")
    found = store.paths("russia", "hts", EdgeFilter(), mode="k_shortest", k=3, max_hops=4)
    items = page.locator("#paths > li")
    assert items.count() == len(found)
    listing = page.inner_text("#paths")
    first_hop = found[0].hops[0]
    best = next(c for c in first_hop.evidence if not c.negated)
    assert best.sentence in listing
    title = store.get_article(best.article_id).article.title
    assert title and title in listing
    assert "Russia supports Syrian government" in listing
    nodes, edges = graph_of(page)
    assert nodes == {a.id for p in found for a in p.actors}
    assert edges == {edge_id(h.edge) for p in found for h in p.hops}
    page.screenshot(path=str(artifacts_dir / "explorer-paths.png"))


def test_explorer_opens_from_widget_link(page: Page, seed_server: tuple[str, Store]) -> None:
    base, _ = seed_server
    page.goto(f"{base}/explore?actor=Russia&target=hts")
    wait_for(page, "document.querySelectorAll('#paths > li').length > 0 && window.actorgraphReady")
    assert page.input_value("#search-a") == "Russia"
    assert page.input_value("#search-b") == "Hayat Tahrir al-Sham"
    config = json.loads(page.inner_text("#ag-config"))
    assert config["api"] == "/v1"
