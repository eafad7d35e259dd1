"""One root exception with specific subclasses; the API maps them to problem+json."""

from __future__ import annotations


class ActorGraphError(Exception):
    """Root of every error actorgraph raises on purpose."""


class InputError(ActorGraphError):
    """Bad input: names what was wrong (line number, field, file)."""


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
