"""Which stored article a new one copies, and which of its claims repeat the original's.
Backend-neutral: both stores call these inside their write transaction, with the candidates
their band index found, so two workers writing a story and its copy at once cannot miss
each other (store writes are serialised).

The rules (docs/web.md, "Wire copies"):

- a new article is a copy when its estimated similarity to a stored one (or one earlier in
  the same write) reaches its fingerprint's threshold; the most similar wins, the first
  stored on a tie. A copy of a copy links to the first: every copy names the story's root.
- a claim of the copy repeats the original when the original has a claim of the same
  (source, relation, target, negated); it then counts under the original's publisher.
  Claims the copy adds (its own reporting) keep the copy's publisher and count for it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from actorgraph.dedup.minhash import similarity
from actorgraph.model import ArticleBundle, Claim, Fingerprint

ClaimKey = tuple[str, str, str, bool]


@dataclass(frozen=True, slots=True)
class Candidate:
    """A stored article that shares a band with the new one."""

    id: str
    signature: Sequence[int]
    copy_of: str | None  # its own original, when it is a copy itself
    publisher: str  # what its story counts as in belief: the root original's publisher


@dataclass(frozen=True, slots=True)
class CopyLink:
    article_id: str
    original_id: str  # the story's root
    similarity: float
    publisher: str


@dataclass(frozen=True, slots=True)
class OriginalClaim:
    id: str
    key: ClaimKey


def publisher_of(bundle: ArticleBundle) -> str:
    """An article's own publisher, as belief names it: its source, else its id."""
    return bundle.article.source if bundle.article.source is not None else bundle.article.id


def claim_key(c: Claim) -> ClaimKey:
    return (c.source_id, c.relation.value, c.target_id, c.negated)


def best_original(article_id: str, fp: Fingerprint, candidates: Iterable[Candidate]) -> CopyLink | None:
    """The story this article copies, or None. ``candidates`` come oldest first."""
    best: tuple[float, Candidate] | None = None
    for c in candidates:
        if c.id == article_id:
            continue
        score = similarity(fp.signature, c.signature)
        if score >= fp.threshold and (best is None or score > best[0]):
            best = (score, c)
    if best is None:
        return None
    score, found = best
    return CopyLink(article_id, found.copy_of or found.id, round(score, 4), found.publisher)


def mark_repeats(bundle: ArticleBundle, link: CopyLink, original: Iterable[OriginalClaim]) -> ArticleBundle:
    """The copy's bundle with each claim that repeats the original marked as such."""
    first: dict[ClaimKey, str] = {}
    for oc in original:
        first.setdefault(oc.key, oc.id)
    claims = []
    for c in bundle.claims:
        repeated = first.get(claim_key(c))
        if repeated is not None:
            c = c.model_copy(update={"repeats": repeated, "repeats_publisher": link.publisher})
        claims.append(c)
    return bundle.model_copy(update={"claims": claims})


class BatchCopies:
    """The articles of one write, as candidates for the later ones of the same write."""

    def __init__(self) -> None:
        self._seen: list[tuple[Candidate, list[str], list[OriginalClaim]]] = []

    def candidates(self, fp: Fingerprint) -> list[Candidate]:
        bands = set(fp.bands)
        return [c for c, keys, _ in self._seen if bands.intersection(keys)]

    def claims_of(self, article_id: str) -> list[OriginalClaim] | None:
        return next((claims for c, _, claims in self._seen if c.id == article_id), None)

    def add(self, bundle: ArticleBundle, link: CopyLink | None) -> None:
        fp = bundle.fingerprint
        if fp is None:
            return
        publisher = link.publisher if link else publisher_of(bundle)
        candidate = Candidate(bundle.article.id, fp.signature, link.original_id if link else None, publisher)
        claims = [OriginalClaim(c.id, claim_key(c)) for c in bundle.claims]
        self._seen.append((candidate, fp.bands, claims))
