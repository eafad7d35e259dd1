"""Per-request lookups of articles and actors that claims refer to, and belief parts."""

from __future__ import annotations

from collections.abc import Iterable

from actorgraph.api.schemas import ArticleRef, ClaimOut
from actorgraph.graph.belief import Belief, ClaimWeight, combine
from actorgraph.model import Actor, Claim
from actorgraph.store.base import Store


class Lookups:
    """Per-request caches: an edge's claims often share articles and speakers. Routes call
    :meth:`preload` with everything they will show, so a page of claims costs one read of
    articles and one of actors rather than one per claim (a Bolt round trip each on Neo4j)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.articles: dict[str, ArticleRef | None] = {}
        self.actors: dict[str, Actor | None] = {}

    def preload(self, claims: Iterable[Claim] = (), actor_ids: Iterable[str] = ()) -> None:
        """Fetch the articles and speakers of these claims and these actors, those not
        cached yet, in one read each. Unknown ids (deleted between two reads) cache None."""
        claims = list(claims)
        articles = {c.article_id for c in claims} - self.articles.keys()
        actors = ({c.speaker_id for c in claims if c.speaker_id} | set(actor_ids)) - self.actors.keys()
        if articles:
            found = self.store.articles_by_id(articles)
            self.articles.update({i: ArticleRef.of(found[i]) if i in found else None for i in articles})
        if actors:
            stored = self.store.actors_by_id(actors)
            self.actors.update({i: stored.get(i) for i in actors})

    def article(self, article_id: str) -> ArticleRef | None:
        if article_id not in self.articles:
            found = self.store.articles_by_id([article_id]).get(article_id)
            self.articles[article_id] = ArticleRef.of(found) if found else None
        return self.articles[article_id]

    def actor(self, actor_id: str) -> Actor | None:
        if actor_id not in self.actors:
            self.preload(actor_ids=[actor_id])
        return self.actors[actor_id]

    def claim(self, c: Claim, with_article: bool = True) -> ClaimOut:
        speaker = self.actor(c.speaker_id) if c.speaker_id else None
        return ClaimOut.of(c, self.article(c.article_id) if with_article else None, speaker)

    def with_copies(self, c: Claim, copies: list[Claim]) -> ClaimOut:
        out = self.claim(c)
        out.copies = [self.claim(k) for k in copies]
        return out

    def belief(self, claims: list[Claim]) -> Belief | None:
        self.preload(claims)
        weights = []
        for c in claims:
            ref = self.article(c.article_id)
            # A claim repeating a wire story counts under the story's publisher (dedup/link.py).
            publisher = c.repeats_publisher or (ref.source if ref and ref.source else None) or c.article_id
            weights.append(ClaimWeight(c.confidence, c.hedged, c.negated, publisher, c.published))
        return combine(weights)


def group_copies(claims: list[Claim]) -> tuple[list[Claim], dict[str, list[Claim]]]:
    """The claims with wire copies folded under the claim they repeat: the claims to list,
    and the copies of each by its id. A copy whose original is not among ``claims`` (a time
    window that leaves it out) is listed on its own."""
    present = {c.id for c in claims}
    copies: dict[str, list[Claim]] = {}
    listed: list[Claim] = []
    for c in claims:
        if c.repeats is not None and c.repeats in present:
            copies.setdefault(c.repeats, []).append(c)
        else:
            listed.append(c)
    return listed, copies
