"""The widget's URL parameters and page rendering: what is accepted, what each mistake
says, and that nothing from the URL or the store can break out of the page's markup."""

from __future__ import annotations

import json
import re

import pytest

from actorgraph.errors import InputError
from actorgraph.model import RelationType
from actorgraph.web.pages import (
    WidgetPage,
    neighbourhood_config,
    parse_neighbourhood,
    parse_path,
    render_widget,
    script_json,
    static_file,
)


def test_neighbourhood_parameters_are_normalised() -> None:
    q = parse_neighbourhood(
        [
            ("actor", " HTS "),
            ("depth", "2"),
            ("type", "supports,attacks"),
            ("type", "FIGHTS"),
            ("min_confidence", "0.25"),
            ("include_hedged", "false"),
            ("since", "2024-11-01"),
            ("until", ""),  # empty counts as absent
            ("utm_source", "x"),  # unknown parameters are ignored
        ]
    )
    assert q.actor == "HTS" and q.depth == 2
    assert q.type == [RelationType.SUPPORTS, RelationType.ATTACKS, RelationType.FIGHTS]
    assert q.query() == (
        "type=SUPPORTS&type=ATTACKS&type=FIGHTS&min_confidence=0.25&include_hedged=false&since=2024-11-01"
    )
    assert q.window_query() == "since=2024-11-01"


def test_path_accepts_from_and_to() -> None:
    q = parse_path([("from", "Russia"), ("to", "HTS"), ("mode", "k_shortest"), ("k", "2")])
    assert (q.source, q.target, q.mode, q.k, q.max_hops) == ("Russia", "HTS", "k_shortest", 2, 4)


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ([("depth", "1")], "actor: Field required"),
        ([("actor", "hts"), ("depth", "abc")], "depth: Input should be a valid integer"),
        ([("actor", "hts"), ("depth", "0")], "depth: Input should be greater than or equal to 1 (got '0')"),
        ([("actor", "hts"), ("direction", "up")], "direction: Input should be 'out', 'in' or 'both'"),
        ([("actor", "hts"), ("type", "LIKES")], "type: Input should be 'SUPPORTS'"),
        ([("actor", "hts"), ("as_of", "yesterday")], "as_of: must be an ISO date, YYYY-MM-DD"),
        ([("actor", "hts"), ("until", "0")], "until: must be an ISO date, YYYY-MM-DD (got '0')"),
    ],
)
def test_neighbourhood_mistakes_name_the_parameter(params: list[tuple[str, str]], message: str) -> None:
    with pytest.raises(InputError) as info:
        parse_neighbourhood(params)
    assert message in str(info.value)


def test_any_window_and_any_hop_limit_are_taken_as_the_api_takes_them() -> None:
    # An empty window (since after until) answers empty; mode=all is bounded by the
    # server's query budget, not refused (docs/api.md, "Query budget").
    q = parse_neighbourhood([("actor", "hts"), ("since", "2024-12-01"), ("until", "2024-11-01")])
    assert q.window_query() == "since=2024-12-01&until=2024-11-01"
    p = parse_path([("source", "a"), ("target", "b"), ("mode", "all"), ("max_hops", "6")])
    assert (p.mode, p.max_hops) == ("all", 6)


def test_script_json_cannot_close_the_script_element() -> None:
    value = {"name": "</script><script>alert(1)</script>", "x": "<!--"}
    text = script_json(value)
    assert "</" not in text and "<!--" not in text
    assert json.loads(text) == value


def test_rendered_page_escapes_what_came_from_the_url_and_the_store() -> None:
    hostile = '"><img src=x onerror=alert(1)>'
    q = parse_neighbourhood([("actor", hostile)])
    config = neighbourhood_config(q, "id/with?odd&chars", hostile, "/v1", 500)
    assert config["dataUrl"].startswith("/v1/actors/id%2Fwith%3Fodd%26chars/neighbourhood?format=cytoscape")
    page = WidgetPage(title=hostile, config=config, error=None)
    html = render_widget(page, static="/embed/static")
    assert "<img" not in html
    embedded = re.search(r'<script id="ag-config" type="application/json">(.*?)</script>', html, re.S)
    assert embedded is not None
    assert json.loads(embedded.group(1))["seedName"] == hostile

    error_page = WidgetPage(title="t", status=404, error={"title": "Unknown actor", "detail": hostile})
    html = render_widget(error_page, static="/embed/static")
    assert "<img" not in html and "Unknown actor" in html
    assert 'class="message" role="alert" >' in html  # shown without JavaScript too


def test_static_files_stay_inside_the_static_folder() -> None:
    assert static_file("graph.js") is not None
    assert static_file("../pages.py") is None
    assert static_file("/etc/passwd") is None
    assert static_file("nope.js") is None
