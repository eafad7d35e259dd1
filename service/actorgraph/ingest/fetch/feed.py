"""The items of an RSS or Atom feed, with feedparser (it reads RSS 0.9x to 2.0 and Atom, and
says when a document is not well formed)."""

from __future__ import annotations

import io
import xml.sax
from dataclasses import dataclass
from typing import Any

import feedparser

from actorgraph.errors import MalformedFeed

FEED_TYPES = frozenset(
    {
        "application/rss+xml",
        "application/atom+xml",
        "application/rdf+xml",
        "application/xml",
        "text/xml",
        "application/feed+xml",
    }
)
_FEED_STARTS = (b"<rss", b"<feed", b"<rdf:rdf")


@dataclass(frozen=True, slots=True)
class FeedItem:
    key: str  # the GUID, or the link when the item has none: what "seen before" compares
    url: str
    title: str | None
    published: str | None


def looks_like_feed(content_type: str, body: bytes) -> bool:
    """A feed by its content type, or by its first element when served as text/html or
    without a type (many servers do)."""
    if content_type in FEED_TYPES:
        return True
    head = body[:2048].lstrip().lower()
    if head.startswith(b"<?xml"):
        head = head[head.find(b"?>") + 2 :].lstrip()
        while head.startswith(b"<!--"):
            head = head[head.find(b"-->") + 3 :].lstrip()
    return head.startswith(_FEED_STARTS)


def _published(entry: Any) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    return f"{parsed.tm_year:04d}-{parsed.tm_mon:02d}-{parsed.tm_mday:02d}"


def parse_feed(body: bytes, url: str) -> list[FeedItem]:
    """The items that link to a page, in feed order. Raises ``MalformedFeed`` for a document
    that is not a well-formed feed (a valid feed without items is simply empty)."""
    # A BytesIO, never the bytes themselves: feedparser treats a string as a URL or path.
    parsed = feedparser.parse(io.BytesIO(body), response_headers={"content-location": url})
    problem = parsed.get("bozo_exception")
    # feedparser reads on past small faults (a wrong declared encoding) and flags them; a
    # document that is not well-formed XML is refused, whatever it managed to read of it.
    if isinstance(problem, xml.sax.SAXException):
        raise MalformedFeed(url, f"not well-formed XML: {problem}")
    if not parsed.get("version"):
        raise MalformedFeed(url, "neither RSS nor Atom")
    items: list[FeedItem] = []
    for entry in parsed.entries:
        link = entry.get("link")
        if not link:
            continue
        key = entry.get("id") or link
        items.append(
            FeedItem(key=str(key), url=str(link), title=entry.get("title"), published=_published(entry))
        )
    return items
