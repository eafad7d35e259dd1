"""An article out of an HTML page: main text, title, date, outlet and author, with
trafilatura (docs/web.md says why this library), never the navigation, comments or footer.
The language is detected on the extracted text with py3langid."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from urllib.parse import urlsplit

import py3langid
import trafilatura

from actorgraph.errors import NoArticleText, NotEnglish
from actorgraph.model import Article

#: Fewer characters of main text than this is a teaser, an index or an error page.
MIN_TEXT_CHARS = 80


@dataclass(frozen=True, slots=True)
class PageArticle:
    article: Article
    author: str | None
    language: str


def article_id_for(url: str) -> str:
    """A stable id for the article at ``url``: the same URL always gets the same id, so
    queueing a URL twice, or a feed listing it again, changes nothing."""
    host = urlsplit(url).hostname or "page"
    return f"{host}-{hashlib.sha1(url.encode('utf-8')).hexdigest()[:16]}"


def detect_language(text: str) -> str:
    language, _score = py3langid.classify(text)
    return str(language)


def _text_of(html: str | bytes) -> str:
    return html if isinstance(html, str) else html.decode("utf-8", errors="replace")


def extract_page(
    html: str | bytes, url: str, *, article_id: str | None = None, language: str = "en"
) -> PageArticle:
    """The article of one page. Raises ``NoArticleText`` or ``NotEnglish``."""
    doc = trafilatura.bare_extraction(
        _text_of(html),
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
        deduplicate=False,
    )
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if len(text) < MIN_TEXT_CHARS:
        raise NoArticleText(url, f"{len(text)} characters of main text, fewer than {MIN_TEXT_CHARS}")
    detected = detect_language(text)
    if detected != language:
        raise NotEnglish(url, detected)
    article = Article(
        id=article_id or article_id_for(url),
        text=text,
        title=getattr(doc, "title", None),
        source=getattr(doc, "sitename", None) or getattr(doc, "hostname", None) or urlsplit(url).hostname,
        published=getattr(doc, "date", None),
        url=url,
    )
    return PageArticle(article=article, author=getattr(doc, "author", None), language=detected)
