"""Neo4j Browser, served by the local launcher, in headless Chromium: it finds the local Bolt
port by itself, logs in, runs an example query from ``cypher/examples/`` and shows the
answer the store gives. The screenshot lands in ``artifacts/browser/``."""

from __future__ import annotations

from pathlib import Path

import httpx
from playwright.sync_api import Page, Route

from actorgraph.model import RelationType
from actorgraph.store.base import EdgeFilter
from actorgraph.store.cypher import CypherLibrary
from actorgraph.store.neo4j import open_neo4j_store
from tests.contract import data
from tests.fixtures.neo4j import Neo4jServer


def _loopback_only(route: Route) -> None:
    # The Browser reaches for web fonts and telemetry; tests never leave the machine.
    if route.request.url.startswith(("http://127.0.0.1", "ws://127.0.0.1", "data:", "blob:")):
        route.continue_()
    else:
        route.abort()


def _run(page: Page, command: str) -> None:
    editor = page.get_by_test_id("activeEditor")
    editor.click()
    page.keyboard.insert_text(command)
    page.keyboard.press("Control+Enter")


def test_discovery_document_points_at_the_local_bolt_port(neo4j_server: Neo4jServer) -> None:
    base = neo4j_server.browser_url.removesuffix("browser/")
    found = httpx.get(base, headers={"Accept": "application/json"}).json()
    assert found["bolt_direct"] == neo4j_server.uri
    html = httpx.get(base, headers={"Accept": "text/html"}, follow_redirects=True)
    assert html.status_code == 200 and "<html" in html.text.lower()


def test_discovery_names_the_host_the_page_came_from(neo4j_server: Neo4jServer) -> None:
    # A Browser on another machine (ACTORGRAPH_NEO4J_LISTEN_ADDRESS=0.0.0.0) loads the page
    # by this machine's name and must dial Bolt there; a malformed Host falls back to loopback.
    base = neo4j_server.browser_url.removesuffix("browser/")
    port = neo4j_server.uri.rsplit(":", 1)[1]
    for host, dialled in [("localhost:1", "localhost"), ('x"}, "y:1', "127.0.0.1")]:
        found = httpx.get(base, headers={"Accept": "application/json", "Host": host}).json()
        assert found["bolt_direct"] == f"bolt://{dialled}:{port}"


def test_browser_connects_and_runs_an_example(
    neo4j_server: Neo4jServer, page: Page, artifacts_dir: Path
) -> None:
    store = open_neo4j_store(neo4j_server.settings())
    try:
        store.delete_everything()
        store.setup()
        store.write(data.bundles())
        edges, _ = store.edges(EdgeFilter(target_id="hts", types=[RelationType.SUPPORTS]))
        supporters = sorted(store.get_actor(e.source_id).actor.name for e in edges)
    finally:
        store.close()
    assert len(supporters) >= 2

    page.set_viewport_size({"width": 1400, "height": 900})
    page.route("**/*", _loopback_only)
    page.goto(neo4j_server.browser_url)
    # The connect form is prefilled from the discovery document with the local Bolt address.
    address = page.get_by_test_id("boltaddress")
    address.wait_for(timeout=60_000)
    assert address.input_value().endswith(f":{neo4j_server.uri.rsplit(':', 1)[1]}")
    page.get_by_test_id("username").fill(neo4j_server.user)
    page.get_by_test_id("password").fill(neo4j_server.password)
    page.get_by_test_id("connect").click()
    page.get_by_text("You are connected as user").first.wait_for(timeout=60_000)

    # As docs/neo4j.md tells users: set the example's parameter, then paste the example.
    _run(page, ":param actor => 'hts'")
    page.get_by_text('"actor": "hts"').first.wait_for(timeout=30_000)
    query = " ".join(CypherLibrary()["examples/who_supports"].split())
    _run(page, query)
    table = page.get_by_test_id("frame-loaded-contents").first
    table.wait_for(timeout=60_000)
    for name in supporters:
        page.get_by_text(f'"{name}"').first.wait_for(timeout=30_000)
    page.screenshot(path=str(artifacts_dir / "neo4j-browser-who-supports.png"), full_page=False)
    shown = table.inner_text()
    assert all(name in shown for name in supporters)
