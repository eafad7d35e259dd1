"""One root exception with specific subclasses; the API maps them to problem+json."""

from __future__ import annotations


class ActorGraphError(Exception):
    """Root of every error actorgraph raises on purpose."""


class InputError(ActorGraphError):
    """Bad input: names what was wrong (line number, field, file)."""


class ConflictError(InputError):
    """Input that contradicts itself (one id, two texts): no reading of it is ours to pick."""


class OverBudget(InputError):
    """A request that would run past the query budget (``ACTORGRAPH_QUERY_BUDGET``): the
    message says which part and what to ask instead."""


class ActorNotFound(ActorGraphError):
    """An actor id or name that the store does not know."""

    def __init__(self, query: str, suggestions: list[str] | None = None) -> None:
        self.query = query
        self.suggestions = suggestions or []
        hint = f"; nearest: {', '.join(self.suggestions)}" if self.suggestions else ""
        super().__init__(f"unknown actor {query!r}{hint}")


class ArticleNotFound(ActorGraphError):
    def __init__(self, article_id: str) -> None:
        self.article_id = article_id
        super().__init__(f"unknown article {article_id!r}")


class FeedNotFound(ActorGraphError):
    def __init__(self, url: str) -> None:
        self.url = url
        super().__init__(f"no feed {url!r} is registered")


class StoreError(ActorGraphError):
    """The store failed in a way the caller cannot fix by changing its input."""


class StoreUnavailable(StoreError):
    """The store's server cannot be reached right now; retrying later may work."""


class SubgraphTooLarge(ActorGraphError):
    def __init__(self, nodes: int, cap: int) -> None:
        self.nodes = nodes
        self.cap = cap
        super().__init__(f"subgraph has {nodes} nodes, over the cap of {cap}")


class ExtractionError(ActorGraphError):
    """The NLP pipeline could not process a document."""


class QueueError(ActorGraphError):
    """The ingestion queue failed."""


class FetchError(ActorGraphError):
    """A web page or feed could not be turned into articles. ``reason`` is a short fixed code
    (``timeout``, ``http-status``, ...) for reports and tests; the message says the rest."""

    reason = "fetch-failed"
    #: False: trying again later may work (the host was down, slow, or answered 5xx).
    permanent = False

    def __init__(self, url: str, detail: str) -> None:
        self.url = url
        self.detail = detail
        super().__init__(f"{url}: {self.reason}: {detail}")


class Unreachable(FetchError):
    reason = "unreachable"


class FetchTimeout(FetchError):
    reason = "timeout"


class HttpStatusError(FetchError):
    reason = "http-status"

    def __init__(self, url: str, status: int) -> None:
        self.status = status
        # 4xx are the page's fault (gone, forbidden); 5xx and 429 may pass.
        self.permanent = 400 <= status < 500 and status != 429
        super().__init__(url, f"the server answered {status}")


class RedirectLoop(FetchError):
    reason = "redirect-loop"
    permanent = True


class TooLarge(FetchError):
    reason = "too-large"
    permanent = True


class NotHtml(FetchError):
    """A PDF, an image, any content type that is neither a web page nor a feed."""

    reason = "not-html"
    permanent = True


class NoArticleText(FetchError):
    reason = "no-article-text"
    permanent = True


class RobotsDisallowed(FetchError):
    reason = "robots-disallowed"
    permanent = True


class MalformedFeed(FetchError):
    reason = "malformed-feed"
    permanent = True


class NotEnglish(FetchError):
    """Not an error of the page: the extractor reads English only, so the page is skipped,
    and the skip is recorded with the language detected."""

    reason = "not-english"
    permanent = True

    def __init__(self, url: str, language: str) -> None:
        self.language = language
        super().__init__(url, f"detected language {language!r}; only English is extracted")
