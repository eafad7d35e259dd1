"""Writers at the same time: every claim counts once in its edge, whatever the interleaving.

Each write recomputes the edges it touches from their stored claims, so a store must keep a
second writer from reading those claims before the first one commits; otherwise the later
commit overwrites the edge without the earlier writer's claims.
"""

from __future__ import annotations

import threading

from actorgraph.graph.belief import ClaimWeight, figures
from actorgraph.model import ArticleBundle, RelationType
from actorgraph.store.base import EdgeFilter, Store
from tests.contract import data
from tests.contract.data import Said

WRITERS = 4
ARTICLES_PER_WRITER = 6


def reports(writer: int) -> list[ArticleBundle]:
    """Articles of one writer, each stating the same two relations (from its own publisher)."""
    out = []
    for n in range(ARTICLES_PER_WRITER):
        sentences = [
            (f"Russia backed the Syrian government again ({writer}/{n}).",
             [Said("russia", RelationType.SUPPORTS, "syrian-government", 0.5 + 0.05 * n)]),
            (f"Turkey and the SNA fought HTS near Aleppo ({writer}/{n}).",
             [Said("sna", RelationType.FIGHTS, "hts", 0.6)]),
        ]  # fmt: skip
        day = f"2024-12-{1 + n:02d}"
        out.append(data._bundle(f"w{writer}-{n}", f"Wire {writer}-{n}", day, "Report", sentences))
    return out


def test_concurrent_writers_lose_no_claim(store: Store) -> None:
    batches = [reports(w) for w in range(WRITERS)]
    start = threading.Barrier(WRITERS)
    failures: list[BaseException] = []

    def write(bundles: list[ArticleBundle]) -> None:
        try:
            start.wait(timeout=30)
            for b in bundles:
                store.write([b])
        except BaseException as exc:  # reported below, with the test's failure
            failures.append(exc)

    threads = [threading.Thread(target=write, args=(b,)) for b in batches]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not failures, failures
    every = [b for batch in batches for b in batch]
    assert store.stats().articles == len(every)
    for relation, source, target in [
        (RelationType.SUPPORTS, "russia", "syrian-government"),
        (RelationType.FIGHTS, "hts", "sna"),
    ]:
        [edge], _ = store.edges(EdgeFilter(source_id=source, target_id=target, types=[relation]))
        claims = [c for b in every for c in b.claims if c.relation == relation]
        expected = figures(
            ClaimWeight(c.confidence, c.hedged, c.negated, b.article.source or b.article.id, c.published)
            for b in every
            for c in b.claims
            if c.relation == relation
        )
        assert expected is not None
        assert edge.evidence_count == len(claims) == WRITERS * ARTICLES_PER_WRITER
        assert edge.confidence == expected.confidence
