"""URLs and saved pages as input items, for the reader (``ingest``, ``enqueue``), the API
and the worker. One URL is fetched once and turns out to be a page (one article) or a feed
(its items, each a page to fetch in turn)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from actorgraph.config import Settings
from actorgraph.errors import FetchError, InputError, NotHtml
from actorgraph.ingest.fetch.feed import FeedItem, looks_like_feed, parse_feed
from actorgraph.ingest.fetch.http import Fetched, Fetcher, is_web_url
from actorgraph.ingest.fetch.page import PageArticle, article_id_for, extract_page
from actorgraph.ingest.reader import InputArticle, InputItem, InputProblem
from actorgraph.model import Article

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_HTML_STARTS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<article")


@dataclass(frozen=True, slots=True)
class FeedFound:
    """A URL that turned out to be a feed: its items, and its validators for the next poll."""

    url: str
    items: list[FeedItem]
    etag: str | None = None
    last_modified: str | None = None


def pending_article(url: str, article_id: str | None = None) -> Article:
    """The queue's job for a URL a worker is to fetch: an article with a URL and no text yet."""
    if not is_web_url(url):
        raise InputError(f"{url!r} is not an http(s) URL")
    return Article(id=article_id or article_id_for(url), text="", url=url)


def is_pending(article: Article) -> bool:
    return not article.text and article.url is not None


def _looks_like_html(content_type: str, body: bytes) -> bool:
    if content_type in HTML_TYPES:
        return True
    if content_type not in ("", "text/plain", "application/octet-stream"):
        return False
    return body[:1024].lstrip().lower().startswith(_HTML_STARTS)


def classify(url: str, fetched: Fetched, article_id: str, language: str) -> PageArticle | FeedFound:
    """What a fetched document is: an article page, or a feed. Raises ``NotHtml`` for
    anything else (a PDF, an image, a download), and the extraction's errors."""
    body = fetched.body
    if body.startswith(b"%PDF-"):
        raise NotHtml(url, f"a PDF document (served as {fetched.content_type or 'no type'})")
    if looks_like_feed(fetched.content_type, body):
        items = parse_feed(body, fetched.url)
        return FeedFound(fetched.url, items, fetched.etag, fetched.last_modified)
    if not _looks_like_html(fetched.content_type, body):
        raise NotHtml(url, f"content type {fetched.content_type or 'none'} is not a web page or a feed")
    # The stored article keeps the URL it was asked for (its id comes from it), not the final one.
    return extract_page(body, url, article_id=article_id, language=language)


def fetch_url(
    fetcher: Fetcher, url: str, language: str, article_id: str | None = None
) -> PageArticle | FeedFound:
    return classify(url, fetcher.get(url), article_id or article_id_for(url), language)


def _problem(exc: FetchError) -> InputProblem:
    return InputProblem(exc.url, 0, f"{exc.reason}: {exc.detail}")


class WebInput:
    """URLs and ``.html`` files as reader items. With a fetcher (``actorgraph ingest``) URLs
    are fetched here and feeds expanded; without one (``enqueue``) a URL becomes a pending
    article for the workers to fetch. Saved pages are always read here: a worker on
    another machine could not open them."""

    def __init__(self, settings: Settings, fetcher: Fetcher | None = None) -> None:
        self.language = settings.article_language
        self.max_text_bytes = settings.max_text_bytes
        self.fetcher = fetcher

    def html_file(self, path: Path) -> InputItem:
        try:
            found = extract_page(
                path.read_bytes(), path.resolve().as_uri(), article_id=path.stem, language=self.language
            )
        except FetchError as exc:
            return InputProblem(str(path), 0, f"{exc.reason}: {exc.detail}")
        return self._checked(str(path), found.article)

    def url(self, url: str) -> Iterator[InputItem]:
        if self.fetcher is None:
            yield InputArticle(url, 0, pending_article(url))
            return
        try:
            found = fetch_url(self.fetcher, url, self.language)
        except FetchError as exc:
            yield _problem(exc)
            return
        if isinstance(found, PageArticle):
            yield self._checked(url, found.article)
            return
        for item in found.items:
            try:
                page = fetch_url(self.fetcher, item.url, self.language)
            except FetchError as exc:
                yield _problem(exc)
                continue
            if isinstance(page, FeedFound):
                yield InputProblem(item.url, 0, "not-html: a feed item that is itself a feed")
            else:
                yield self._checked(item.url, _with_feed_facts(page.article, item))

    def _checked(self, origin: str, article: Article) -> InputItem:
        size = len(article.text.encode("utf-8"))
        if size > self.max_text_bytes:
            return InputProblem(
                origin, 0, f"text is {size} bytes, over the limit of {self.max_text_bytes}", article.id
            )
        return InputArticle(origin, 0, article)


def _with_feed_facts(article: Article, item: FeedItem) -> Article:
    """The feed's date and title stand in where the page itself gave none."""
    return article.model_copy(
        update={"published": article.published or item.published, "title": article.title or item.title}
    )
