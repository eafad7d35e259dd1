"""Per-request lookups of articles and actors that claims refer to, and belief parts."""

from __future__ import annotations

from actorgraph.api.schemas import ArticleRef, ClaimOut
from actorgraph.errors import ActorGraphError, ArticleNotFound
from actorgraph.graph.belief import Belief, ClaimWeight, combine
from actorgraph.model import Actor, Claim
from actorgraph.store.base import Store


class Lookups:
    """Per-request caches: an edge's claims often share articles and speakers."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.articles: dict[str, ArticleRef | None] = {}
        self.actors: dict[str, Actor | None] = {}

    def article(self, article_id: str) -> ArticleRef | None:
        if article_id not in self.articles:
            try:
                self.articles[article_id] = ArticleRef.of(self.store.get_article(article_id).article)
            except ArticleNotFound:
                self.articles[article_id] = None
        return self.articles[article_id]

    def actor(self, actor_id: str) -> Actor | None:
        if actor_id not in self.actors:
            try:
                self.actors[actor_id] = self.store.get_actor(actor_id).actor
            except ActorGraphError:  # e.g. deleted between two reads: show the id alone
                self.actors[actor_id] = None
        return self.actors[actor_id]

    def claim(self, c: Claim, with_article: bool = True) -> ClaimOut:
        speaker = self.actor(c.speaker_id) if c.speaker_id else None
        return ClaimOut.of(c, self.article(c.article_id) if with_article else None, speaker)

    def belief(self, claims: list[Claim]) -> Belief | None:
        weights = []
        for c in claims:
            ref = self.article(c.article_id)
            publisher = (ref.source if ref and ref.source else None) or c.article_id
            weights.append(ClaimWeight(c.confidence, c.hedged, c.negated, publisher, c.published))
        return combine(weights)
