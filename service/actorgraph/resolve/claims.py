"""Turn one article's extraction into what a store writes: actors and claims."""

from __future__ import annotations

from actorgraph.model import (
    SYMMETRIC,
    Actor,
    Article,
    ArticleBundle,
    Claim,
    Extraction,
    claim_id,
)


def bundle_article(article: Article, extraction: Extraction) -> ArticleBundle:
    """Actors and claims of one article. Symmetric relations are stored once, with the
    smaller actor id as source, so "A fights B" and "B fights A" are the same edge."""
    actors: dict[str, Actor] = {}
    claims: dict[str, Claim] = {}
    for rel in extraction.relations:
        source, target = rel.source, rel.target
        if source.id == target.id:
            continue
        if rel.relation in SYMMETRIC and target.id < source.id:
            source, target = target, source
        actors.setdefault(source.id, source)
        actors.setdefault(target.id, target)
        if rel.speaker is not None:
            actors.setdefault(rel.speaker.id, rel.speaker)
        ev = rel.evidence
        cid = claim_id(article.id, ev.start, ev.end, source.id, rel.relation.value, target.id)
        previous = claims.get(cid)
        if previous is not None and previous.confidence >= rel.confidence:
            continue
        claims[cid] = Claim(
            id=cid,
            source_id=source.id,
            relation=rel.relation,
            target_id=target.id,
            confidence=rel.confidence,
            negated=rel.negated,
            hedged=rel.hedged,
            speaker_id=rel.speaker.id if rel.speaker else None,
            article_id=article.id,
            sentence=rel.evidence.text,
            start=rel.evidence.start,
            end=rel.evidence.end,
            published=article.published,
        )
    return ArticleBundle(article=article, actors=list(actors.values()), claims=list(claims.values()))
