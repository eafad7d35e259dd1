"""The request bodies of the write routes, as exact models: the OpenAPI document shows what
is accepted, and whatever it does not show is refused (unknown members, wrong types) with
a 422 that names the member, before any route code runs.

Strict models: ``true`` is not a number and ``1`` is not a string here, as in JSON Schema.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Discriminator, Field, Tag

from actorgraph.model import NOT_BLANK, PY_SPACE

#: An http(s) URL with a plain host name or address (no brackets, no user-info): what
#: Python's URL parser reads without complaint and a worker can fetch.
HTTP_URL = rf"^https?://[A-Za-z0-9._~%!$&'()*+,;=-]+(?::[0-9]*)?(?:[/?#][^\u0000-\u001f\u007f{PY_SPACE}]*)?$"
#: A feed interval with a unit (at least a minute) or a bare number of seconds (at least 60),
#: as ``actorgraph.ingest.feeds.base.parse_every`` reads it.
EVERY_PATTERN = r"^((?:[1-9][0-9]*)(?:\.[0-9]+)?[mhd]|(?:[6-9][0-9]|[1-9][0-9]{2,})(?:\.[0-9]+)?s?)$"

_STRICT = ConfigDict(extra="forbid", strict=True)

class ArticleIn(BaseModel):
    """An article with its text."""

    model_config = _STRICT

    id: Annotated[str, Field(min_length=1, pattern=NOT_BLANK)] | int = Field(
        description="your id for the article; the same id with the same text is stored once"
    )
    text: str = Field(min_length=1, pattern=NOT_BLANK, description="the article's text, plain")
    title: str | None = None
    source: str | None = Field(None, description="the publisher")
    published: str | None = Field(None, description="ISO date (YYYY-MM-DD) or date-time")
    url: str | None = None


class PageIn(BaseModel):
    """A web page or a feed for the workers to fetch (no text)."""

    model_config = _STRICT

    url: str = Field(pattern=HTTP_URL, description="an http(s) URL")
    id: Annotated[str, Field(min_length=1, pattern=NOT_BLANK)] | int | None = Field(
        None, description="your id; by default one is made from the URL"
    )


def _item_kind(value: Any) -> str:
    # Picked by shape, so a bad item is reported against the one model it was meant for
    # ("text: Field required"), not against every member of the union.
    if isinstance(value, dict) and "text" not in value and "url" in value:
        return "page"
    return "article"


ArticleOrPage = Annotated[
    Annotated[ArticleIn, Tag("article")] | Annotated[PageIn, Tag("page")], Discriminator(_item_kind)
]


class ArticleBatch(BaseModel):
    model_config = _STRICT

    articles: list[ArticleOrPage] = Field(min_length=1)


def _body_kind(value: Any) -> str:
    if isinstance(value, list):
        return "list"
    if isinstance(value, dict) and "articles" in value:
        return "batch"
    return "one"


#: What ``POST /v1/articles`` takes: one article, a list of them, or ``{"articles": [...]}``.
ArticlesBody = Annotated[
    Annotated[ArticleOrPage, Tag("one")]
    | Annotated[list[ArticleOrPage], Field(min_length=1), Tag("list")]
    | Annotated[ArticleBatch, Tag("batch")],
    Discriminator(_body_kind),
]


def article_records(body: ArticlesBody) -> list[dict[str, object]]:
    """The posted articles as the plain records the ingest service checks."""
    items: list[ArticleIn | PageIn]
    if isinstance(body, ArticleBatch):
        items = list(body.articles)
    elif isinstance(body, list):
        items = body
    else:
        items = [body]
    return [item.model_dump(exclude_none=True) for item in items]


def conflicting_ids(records: list[dict[str, object]]) -> list[str]:
    """Ids given twice in one request with different texts: which one is meant is not ours
    to guess, so the request is refused with 409 (the same id with the same text is one)."""
    texts: dict[str, object] = {}
    clashes: list[str] = []
    for record in records:
        if "id" not in record:
            continue
        key, text = str(record["id"]), record.get("text", record.get("url"))
        if key in texts and texts[key] != text and key not in clashes:
            clashes.append(key)
        texts.setdefault(key, text)
    return clashes


class RetryBody(BaseModel):
    model_config = _STRICT

    ids: list[str] | None = Field(None, description="article ids; omit (or null) for every failed one")


class NewFeed(BaseModel):
    model_config = _STRICT

    url: str = Field(pattern=HTTP_URL, examples=["https://news.example/world/rss.xml"])
    every: Annotated[float, Field(ge=60)] | Annotated[str, Field(pattern=EVERY_PATTERN)] | None = Field(
        None, description="seconds between polls (at least 60), or 90s, 15m, 2h, 1d; default: the server's"
    )
