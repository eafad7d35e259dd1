"""The embeddable widget in real headless Chromium, over the real API app and embedded store.

What a dashboard user sees: the seed subgraph drawn with the store's nodes and edges, the
encodings (shape by actor type, dashed hedged edges), clicking an actor expands it, hovering
an edge shows its evidence sentence and article, and every bad query says what is wrong.
"""

from __future__ import annotations

import io
import time
from pathlib import Path

import httpx
import networkx as nx
import pytest
from playwright.sync_api import Page

from actorgraph.graph.export import edge_id
from actorgraph.model import RelationType
from actorgraph.store.base import EdgeFilter, Store
from tests.fixtures.browser import graph_of, screen_point, wait_for, wait_ready

pytestmark = pytest.mark.browser


def test_widget_draws_the_store_neighbourhood(
    page: Page, seed_server: tuple[str, Store], artifacts_dir: Path
) -> None:
    base, store = seed_server
    page.goto(f"{base}/embed/neighbourhood?actor=HTS&depth=1")
    wait_ready(page)
    assert page.evaluate("window.actorgraphError") is None

    expected = store.neighbourhood("hts", 1, EdgeFilter())
    nodes, edges = graph_of(page)
    assert nodes == {a.id for a in expected.nodes}
    assert edges == {edge_id(e) for e in expected.edges}
    # the contract data's facts, as a reader of the seed article would check them
    assert {"hts", "syrian-government", "kafer-besme", "sna", "fsa", "pro-turkish-opposition"} <= nodes
    assert "united-states" not in nodes  # its only claim is a denial: never an edge

    # encodings: shape by actor type, hedged edge dashed, symmetric edge without arrow
    shape = "window.cy.getElementById(%r).style('shape')"
    assert page.evaluate(shape % "hts") == "triangle"  # ARMED_GROUP
    assert page.evaluate(shape % "kafer-besme") == "diamond"  # PLACE
    assert page.evaluate(shape % "syrian-government") == "rectangle"  # GOVERNMENT
    line = "window.cy.getElementById(%r).style('line-style')"
    assert page.evaluate(line % "pro-turkish-opposition|SUPPORTS|hts") == "dashed"
    assert page.evaluate(line % "fsa|SUPPORTS|hts") == "solid"
    arrow = "window.cy.getElementById(%r).style('target-arrow-shape')"
    assert page.evaluate(arrow % "hts|FIGHTS|syrian-government") == "none"
    assert page.evaluate(arrow % "hts|CONTROLS|kafer-besme") == "triangle"
    colour = "window.cy.getElementById(%r).style('line-color')"
    assert page.evaluate(colour % "hts|FIGHTS|syrian-government") != page.evaluate(
        colour % "fsa|SUPPORTS|hts"
    )
    assert page.evaluate("window.cy.getElementById('hts|CONTROLS|kafer-besme').data('label')") == "controls"
    assert page.console_errors == []  # type: ignore[attr-defined]
    page.screenshot(path=str(artifacts_dir / "widget-hts.png"))


def test_clicking_a_node_expands_it(page: Page, seed_server: tuple[str, Store], artifacts_dir: Path) -> None:
    base, store = seed_server
    page.goto(f"{base}/embed/neighbourhood?actor=HTS")
    wait_ready(page)
    before, before_edges = graph_of(page)
    sna_around = store.neighbourhood("sna", 1, EdgeFilter())
    new_nodes = {a.id for a in sna_around.nodes} - before
    assert new_nodes, "the test data must give SNA a neighbour outside HTS's neighbourhood"

    pos = page.evaluate("window.cy.getElementById('sna').renderedPosition()")
    page.mouse.click(*screen_point(page, pos))
    wait_for(page, "window.cy.getElementById('sna').hasClass('expanded')")

    after, after_edges = graph_of(page)
    assert after == before | {a.id for a in sna_around.nodes}
    assert after_edges == before_edges | {edge_id(e) for e in sna_around.edges}
    assert "turkey" in after  # Turkey SUPPORTS SNA (article a2)
    assert "expanded Syrian National Army" in page.inner_text("#status")
    page.screenshot(path=str(artifacts_dir / "widget-expanded.png"))


def test_hovering_an_edge_shows_its_evidence(
    page: Page, seed_server: tuple[str, Store], artifacts_dir: Path
) -> None:
    base, store = seed_server
    page.goto(f"{base}/embed/neighbourhood?actor=HTS&depth=2")
    wait_ready(page)
    assert page.is_hidden("#tooltip")
    claims = store.claims("hts", RelationType.FIGHTS, "syrian-government", include_negated=False)
    assert claims
    titles = {store.get_article(c.article_id).article.title for c in claims}

    mid = page.evaluate("window.cy.getElementById('hts|FIGHTS|syrian-government').renderedMidpoint()")
    page.mouse.move(*screen_point(page, mid))
    wait_for(page, "document.querySelector('#tooltip .sentence') !== null")
    text = page.inner_text("#tooltip")
    assert page.is_visible("#tooltip")
    assert "fights" in text
    assert any(c.sentence in text for c in claims), text
    assert any(t and t in text for t in titles), text
    page.click("#legend-toggle")
    assert page.is_visible("#legend")
    assert "hedged only" in page.inner_text("#legend")
    page.mouse.move(*screen_point(page, mid))  # the click moved the pointer off the edge
    wait_for(page, "!document.getElementById('tooltip').hidden")
    page.screenshot(path=str(artifacts_dir / "widget-hover.png"))

    # moving away hides it again
    page.mouse.move(2, 2)
    wait_for(page, "document.getElementById('tooltip').hidden")


def test_path_widget_draws_the_store_paths(
    page: Page, seed_server: tuple[str, Store], artifacts_dir: Path
) -> None:
    base, store = seed_server
    page.goto(f"{base}/embed/path?source=Russia&target=HTS&mode=k_shortest&k=3")
    wait_ready(page)
    found = store.paths("russia", "hts", EdgeFilter(), mode="k_shortest", k=3, max_hops=4)
    assert found
    nodes, edges = graph_of(page)
    assert nodes == {a.id for p in found for a in p.actors}
    assert edges == {edge_id(h.edge) for p in found for h in p.hops}
    assert {"russia", "syrian-government", "hts"} <= nodes
    page.screenshot(path=str(artifacts_dir / "widget-path.png"))


def test_filters_in_the_url_reach_the_query(page: Page, seed_server: tuple[str, Store]) -> None:
    base, store = seed_server
    page.goto(f"{base}/embed/neighbourhood?actor=hts&depth=2&type=SUPPORTS&include_hedged=false")
    wait_ready(page)
    flt = EdgeFilter(types=[RelationType.SUPPORTS], include_hedged=False)
    expected = store.neighbourhood("hts", 2, flt)
    nodes, edges = graph_of(page)
    assert edges == {edge_id(e) for e in expected.edges}
    assert nodes == {a.id for a in expected.nodes}
    relations = set(page.evaluate("window.cy.edges().map(e => e.data('relation'))"))
    assert relations == {"SUPPORTS"}
    assert "pro-turkish-opposition" not in nodes  # its only relation is hedged


def test_widget_works_inside_an_iframe_of_another_origin(page: Page, seed_server: tuple[str, Store]) -> None:
    """The snippet from the docs, in a page that is not the API's origin."""
    base, store = seed_server
    src = f"{base}/embed/neighbourhood?actor=HTS&depth=1"
    page.set_content(f'<h1>dashboard</h1><iframe src="{src}" width="720" height="480"></iframe>')
    frame = page.frame_locator("iframe")
    frame.locator("#cy canvas").first.wait_for(timeout=10_000)
    inner = next(f for f in page.frames if f.url.startswith(base))
    deadline = time.monotonic() + 10
    while not inner.evaluate("window.actorgraphReady === true"):
        assert time.monotonic() < deadline, "widget in the iframe never became ready"
        time.sleep(0.05)
    ids = set(inner.evaluate("window.cy.nodes().map(n => n.id())"))
    assert ids == {a.id for a in store.neighbourhood("hts", 1, EdgeFilter()).nodes}


def test_unknown_actor_says_so(page: Page, seed_server: tuple[str, Store], artifacts_dir: Path) -> None:
    base, _ = seed_server
    response = page.goto(f"{base}/embed/neighbourhood?actor=Hayat%20Tahrir")
    assert response is not None and response.status == 404
    wait_ready(page)
    message = page.inner_text("#message")
    assert page.is_visible("#message")
    assert "Unknown actor" in message
    assert "Hayat Tahrir" in message
    assert "Hayat Tahrir al-Sham" in message  # the nearest name is offered
    page.screenshot(path=str(artifacts_dir / "widget-unknown-actor.png"))


@pytest.mark.parametrize(
    ("query", "words"),
    [
        ("actor=hts&depth=9", ["Malformed parameters", "depth"]),
        ("actor=hts&type=LIKES", ["Malformed parameters", "type"]),
        ("actor=hts&since=2024-13-01", ["Malformed parameters", "since"]),
        ("actor=hts&min_confidence=2", ["Malformed parameters", "min_confidence"]),
        ("actor=hts&limit=100000", ["Malformed parameters", "node cap"]),
        ("source=russia", ["Malformed parameters", "target"]),
        ("", ["No query given", "/embed/neighbourhood?actor="]),
    ],
)
def test_malformed_parameters_say_what_is_wrong(
    page: Page, seed_server: tuple[str, Store], query: str, words: list[str]
) -> None:
    base, _ = seed_server
    response = page.goto(f"{base}/embed?{query}")
    assert response is not None and response.status == 422
    wait_ready(page)
    assert page.is_visible("#message")
    message = page.inner_text("#message")
    for w in words:
        assert w in message


def test_subgraph_over_the_cap_says_so(page: Page, seed_server: tuple[str, Store]) -> None:
    base, store = seed_server
    total = store.neighbourhood("hts", 2, EdgeFilter(), node_limit=2).total_nodes
    assert total is not None and total > 2
    page.goto(f"{base}/embed/neighbourhood?actor=hts&depth=2&limit=2")
    wait_ready(page)
    message = page.inner_text("#message")
    assert "Subgraph too large" in message
    assert f"{total} actors" in message and "cap of 2" in message
    assert page.evaluate("window.cy.nodes().length") == 0


def test_widget_pages_ship_their_own_assets(seed_server: tuple[str, Store]) -> None:
    """No CDN: every script and stylesheet the page names is served by the app itself."""
    base, _ = seed_server
    html = httpx.get(f"{base}/embed/neighbourhood?actor=hts").text
    assert "https://" not in html and "http://" not in html
    for asset in ("vendor/cytoscape.min.js", "graph.js", "widget.js", "actorgraph.css"):
        r = httpx.get(f"{base}/embed/static/{asset}")
        assert r.status_code == 200, asset
    assert httpx.get(f"{base}/embed/static/../pages.py").status_code == 404
    assert httpx.get(f"{base}/embed/static/%2e%2e/pages.py").status_code == 404


def test_a_failing_store_gives_a_page_that_says_so(page: Page, tmp_path: Path) -> None:
    """The store goes away under a running server: the frame says so instead of staying blank."""
    from tests.contract.data import bundles
    from tests.fixtures.browser import running_app

    with running_app(tmp_path / "gone.db", bundles()) as (base, store):
        store.close()
        response = page.goto(f"{base}/embed/neighbourhood?actor=hts")
        assert response is not None and response.status >= 500
        wait_ready(page)
        assert page.is_visible("#message")
        message = page.inner_text("#message")
        assert message.strip()
        assert "Could not draw this graph" in message or "Store unavailable" in message


def test_download_links_give_the_same_subgraph_in_each_format(
    page: Page, seed_server: tuple[str, Store]
) -> None:
    base, store = seed_server
    page.goto(f"{base}/embed/neighbourhood?actor=hts&depth=2&type=SUPPORTS,FIGHTS")
    wait_ready(page)
    links = page.evaluate(
        "[...document.querySelectorAll('#downloads a')].map(a => [a.dataset.format, a.href])"
    )
    assert [f for f, _ in links] == ["graphml", "gexf", "csv", "d3", "cytoscape"]
    hrefs = dict(links)
    r = httpx.get(hrefs["graphml"])
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/graphml+xml")
    g = nx.read_graphml(io.BytesIO(r.content), force_multigraph=True)
    flt = EdgeFilter(types=[RelationType.SUPPORTS, RelationType.FIGHTS])
    expected = store.neighbourhood("hts", 2, flt)
    assert set(g.nodes) == {a.id for a in expected.nodes}
    assert {k for _, _, k in g.edges(keys=True)} == {edge_id(e) for e in expected.edges}
    assert set(g.nodes) == graph_of(page)[0]
    r = httpx.get(hrefs["csv"])
    assert r.headers["content-type"] == "application/zip"
