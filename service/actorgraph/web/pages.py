"""The widget's and explorer's HTML: URL parameters checked here, pages filled from the
templates in ``web/templates/``. The browser then draws with Cytoscape.js from
``web/static/vendor/`` and reads subgraphs from the REST API (``/v1``) in the Cytoscape.js
export format, so the widget and the API always agree.

Every failure becomes a page that says what is wrong (never an empty frame): malformed
parameters (422), unknown actors with the nearest names (404), a store that is down (503).
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from string import Template
from typing import Any, Literal, TypeVar
from urllib.parse import quote, urlencode

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from actorgraph.errors import InputError
from actorgraph.model import NOT_BLANK, IsoDate, RelationType

WEB_DIR = Path(__file__).resolve().parent
STATIC_DIR = WEB_DIR / "static"
TEMPLATE_DIR = WEB_DIR / "templates"

Q = TypeVar("Q", bound=BaseModel)

Direction = Literal["out", "in", "both"]
PathMode = Literal["shortest", "k_shortest", "all"]


class Filters(BaseModel):
    """The edge filter every widget query shares; names as in the REST API."""

    model_config = ConfigDict(extra="ignore")

    type: list[RelationType] = Field(default_factory=list)
    min_confidence: float = Field(0.0, ge=0.0, le=1.0)
    include_hedged: bool = True
    # Any window is taken, as the REST API takes it: since after until is an empty one.
    since: IsoDate | None = None
    until: IsoDate | None = None
    as_of: IsoDate | None = None

    def window_query(self) -> str:
        pairs = [
            (k, v.isoformat())
            for k, v in (("since", self.since), ("until", self.until), ("as_of", self.as_of))
            if v
        ]
        return urlencode(pairs)

    def query(self) -> str:
        """Only what differs from the defaults, so URLs stay short."""
        pairs: list[tuple[str, str]] = [("type", t.value) for t in self.type]
        if self.min_confidence > 0:
            pairs.append(("min_confidence", f"{self.min_confidence:g}"))
        if not self.include_hedged:
            pairs.append(("include_hedged", "false"))
        window = self.window_query()
        return "&".join(p for p in (urlencode(pairs), window) if p)


class NeighbourhoodQuery(Filters):
    actor: str = Field(min_length=1, max_length=200, pattern=NOT_BLANK)
    depth: int = Field(1, ge=1, le=3)
    direction: Direction = "both"
    limit: int | None = Field(None, ge=1)


class PathQuery(Filters):
    source: str = Field(min_length=1, max_length=200, pattern=NOT_BLANK)
    target: str = Field(min_length=1, max_length=200, pattern=NOT_BLANK)
    mode: PathMode = "shortest"
    k: int = Field(3, ge=1, le=20)
    max_hops: int = Field(4, ge=1, le=6)


def _raw_params(items: list[tuple[str, str]]) -> dict[str, Any]:
    """Query pairs as the models take them: ``type`` repeats or is comma-separated, ``from``
    and ``to`` are accepted for ``source`` and ``target``, empty values count as absent."""
    raw: dict[str, Any] = {}
    types: list[str] = []
    for key, value in items:
        # ASCII white space only: str.strip() would also eat U+001C..U+001F, which the
        # parameters' \S pattern counts as text, and a name the schema takes would vanish.
        value = value.strip(" \t\n\r\f\v")
        if not value:
            continue
        if key in ("type", "types"):
            types.extend(v.strip().upper() for v in value.split(",") if v.strip())
            continue
        key = {"from": "source", "to": "target"}.get(key, key)
        raw[key] = value
    if types:
        raw["type"] = types
    return raw


def parse_neighbourhood(items: list[tuple[str, str]]) -> NeighbourhoodQuery:
    return _parse(NeighbourhoodQuery, items)


def parse_path(items: list[tuple[str, str]]) -> PathQuery:
    return _parse(PathQuery, items)


def _parse(model: type[Q], items: list[tuple[str, str]]) -> Q:
    try:
        return model.model_validate(_raw_params(items))
    except ValidationError as exc:
        raise InputError(describe_validation(exc)) from exc


def describe_validation(exc: ValidationError) -> str:
    """One readable line per problem: ``depth: Input should be less than or equal to 3 (got '9')``."""
    parts = []
    for err in exc.errors():
        loc = ".".join(str(p) for p in err.get("loc", ()) if not isinstance(p, int))
        msg = err.get("msg", "invalid").removeprefix("Value error, ")
        got = err.get("input")
        shown = f" (got {got!r})" if loc and isinstance(got, str | int | float) else ""
        parts.append(f"{loc}: {msg}{shown}" if loc else msg)
    return "; ".join(parts)


@dataclass
class WidgetPage:
    """What one widget page shows: the query for the browser, or the error instead."""

    title: str
    status: int = 200
    config: dict[str, Any] = field(default_factory=dict)
    error: dict[str, Any] | None = None
    explore_url: str = "../explore"


def neighbourhood_config(
    q: NeighbourhoodQuery, actor_id: str, actor_name: str, api: str, limit: int
) -> dict[str, Any]:
    data_url = (
        f"{api}/actors/{quote(actor_id, safe='')}/neighbourhood?format=cytoscape"
        f"&depth={q.depth}&direction={q.direction}&limit={limit}"
    )
    filters = q.query()
    return {
        "mode": "neighbourhood",
        "api": api,
        "dataUrl": f"{data_url}&{filters}" if filters else data_url,
        "filters": filters,
        "window": q.window_query(),
        "limit": limit,
        "seed": actor_id,
        "seedName": actor_name,
        "depth": q.depth,
    }


def path_config(q: PathQuery, source: tuple[str, str], target: tuple[str, str], api: str) -> dict[str, Any]:
    data_url = (
        f"{api}/paths?format=cytoscape&source={quote(source[0], safe='')}&target={quote(target[0], safe='')}"
        f"&mode={q.mode}&k={q.k}&max_hops={q.max_hops}"
    )
    filters = q.query()
    return {
        "mode": "path",
        "api": api,
        "dataUrl": f"{data_url}&{filters}" if filters else data_url,
        "filters": filters,
        "window": q.window_query(),
        "seed": source[0],
        "from": source[0],
        "fromName": source[1],
        "to": target[0],
        "toName": target[1],
        "maxHops": q.max_hops,
    }


@cache
def _template(name: str) -> Template:
    # Read on first use, not at import: importing the package does no I/O.
    return Template((TEMPLATE_DIR / name).read_text(encoding="utf-8"))


def script_json(value: Any) -> str:
    """JSON safe inside a ``<script>`` element: no ``</script>`` or HTML comment can form."""
    text = json.dumps(value, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def render_widget(page: WidgetPage, static: str) -> str:
    config = dict(page.config)
    config["error"] = page.error
    if page.error:
        title, detail = html.escape(page.error["title"]), html.escape(page.error["detail"])
        message = f"<h2>{title}</h2><p class='detail'>{detail}</p>"
        hidden = ""
    else:
        message, hidden = "", "hidden"
    return _template("widget.html").substitute(
        title=html.escape(page.title),
        static=html.escape(static),
        explore_url=html.escape(page.explore_url),
        message_html=message,
        message_hidden=hidden,
        config_json=script_json(config),
    )


def render_explorer(config: dict[str, Any], static: str) -> str:
    return _template("explore.html").substitute(static=html.escape(static), config_json=script_json(config))


def static_file(rel: str) -> Path | None:
    """A file under ``web/static``, or None for anything outside it or missing."""
    try:
        path = (STATIC_DIR / rel).resolve()
    except (OSError, RuntimeError):
        return None
    if not path.is_relative_to(STATIC_DIR) or not path.is_file():
        return None
    return path
