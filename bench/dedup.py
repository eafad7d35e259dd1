"""Wire copies: the threshold's precision and recall, fingerprint and fetch throughput, and the
band index lookup at a million articles against a small store (same process).

Positives are wire copies made from real articles the way syndication changes them (another
headline, a rewritten intro, the end cut, a credit line, house-style word changes, and all
of these together). Negatives are every pair of distinct real articles, including different
outlets' own reports of the same conflict. The real-news excerpts (tests/eval/realnews) are
used when their cache is present, the seeds and the gold news always.

    python bench/dedup.py [--articles 1000000] [--baseline 10000]

Prints one JSON object last.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sqlite3
import sys
import tempfile
import time
from itertools import combinations
from pathlib import Path

import numpy as np

from actorgraph.config import REPO_ROOT, load_settings
from actorgraph.dedup.link import Candidate, best_original
from actorgraph.dedup.minhash import BANDS, band_keys, fingerprint, pack, shingles, similarity
from actorgraph.evaluation.goldsets import GoldSetError, load_realnews, read_jsonl
from actorgraph.store.sqlite.schema import DDL, connect

THRESHOLDS = [0.3, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7, 0.8]
CREDITS = [
    "This story was provided by a wire service and has not been edited by our staff.",
    "Copyright 2024 The Associated Wire. All rights reserved. This material may not be republished.",
    "Reporting by staff in the region; editing by the desk. Read more: world news in brief.",
]
STYLE = {"percent": "per cent", "said": "stated", "government": "administration", "killed": "left dead"}


def corpus() -> list[str]:
    texts = [str(r["text"]) for r in read_jsonl(REPO_ROOT / "seeds" / "articles.jsonl")]
    texts += [str(r["text"]) for r in read_jsonl(REPO_ROOT / "tests" / "eval" / "gold" / "news.jsonl")]
    for split in ("dev", "test"):
        try:
            texts += [item.text for item in load_realnews(split)]
        except GoldSetError as exc:
            print(f"real news {split}: not used ({exc})", file=sys.stderr)
    return [t for t in texts if len(t.split()) >= 60]


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s]


def copies(text: str, other: str, rng: random.Random) -> dict[str, str]:
    """Wire copies of ``text``: one per kind of change syndication makes, and all together."""
    parts = sentences(text)
    intro = sentences(other)[0]
    cut = parts[: max(3, int(len(parts) * rng.uniform(0.55, 0.8)))]

    def styled(s: str) -> str:
        return " ".join(STYLE.get(w, w) for w in s.split())

    return {
        "headline": "Officials report new developments in the region\n" + text,
        "intro": " ".join([intro, *parts[1:]]),
        "cut": " ".join(cut),
        "credit": text + "\n" + rng.choice(CREDITS),
        "style": styled(text),
        "all": "A new headline for the syndicated story\n"
        + styled(" ".join([intro, *cut[1:]]))
        + "\n"
        + rng.choice(CREDITS),
    }


def jaccard(a: str, b: str) -> float:
    x, y = shingles(a), shingles(b)
    return len(x & y) / len(x | y) if x | y else 0.0


def detected(a: str, b: str, threshold: float) -> bool:
    """Found as a copy by the store's rule: a shared band, then the estimate at the threshold."""
    fa, fb = fingerprint(a, threshold), fingerprint(b, threshold)
    if fa is None or fb is None or not set(fa.bands) & set(fb.bands):
        return False
    return best_original("new", fb, [Candidate("old", fa.signature, None, "p")]) is not None


def quality(texts: list[str]) -> dict[str, object]:
    rng = random.Random(13)
    fps = [fingerprint(t, 1.0) for t in texts]
    positives: list[tuple[str, str, str]] = []
    for i, t in enumerate(texts):
        other = texts[(i + 1) % len(texts)]
        positives += [(kind, t, c) for kind, c in copies(t, other, rng).items()]
    copy_fps = [(kind, fingerprint(t, 1.0), fingerprint(c, 1.0)) for kind, t, c in positives]
    pos_est = [(kind, similarity(a.signature, b.signature), bool(set(a.bands) & set(b.bands)))
               for kind, a, b in copy_fps if a and b]  # fmt: skip
    neg_est = [
        (similarity(a.signature, b.signature), bool(set(a.bands) & set(b.bands)))
        for a, b in combinations([f for f in fps if f], 2)
    ]
    rows = []
    for t in THRESHOLDS:
        tp = sum(1 for _, s, band in pos_est if band and s >= t)
        fp = sum(1 for s, band in neg_est if band and s >= t)
        rows.append(
            {
                "threshold": t,
                "precision": round(tp / (tp + fp), 4) if tp + fp else 1.0,
                "recall": round(tp / len(pos_est), 4),
                "false_positives": fp,
                "recall_by_kind": {
                    k: round(
                        sum(1 for kk, s, b in pos_est if kk == k and b and s >= t)
                        / max(1, sum(1 for kk, _, _ in pos_est if kk == k)),
                        3,
                    )
                    for k in ("headline", "intro", "cut", "credit", "style", "all")
                },
            }
        )
    return {
        "articles": len(texts),
        "positive_pairs": len(pos_est),
        "negative_pairs": len(neg_est),
        "max_negative_similarity": round(max(s for s, _ in neg_est), 4),
        "negatives_sharing_a_band": sum(1 for _, b in neg_est if b),
        "min_positive_similarity": {
            k: round(min(s for kk, s, _ in pos_est if kk == k), 4)
            for k in ("headline", "intro", "cut", "credit", "style", "all")
        },
        "thresholds": rows,
    }


def fingerprint_rate(texts: list[str]) -> float:
    started = time.perf_counter()
    rounds = 0
    while time.perf_counter() - started < 3.0:
        for t in texts:
            fingerprint(t, 0.5)
        rounds += 1
    return rounds * len(texts) / (time.perf_counter() - started)


def _fill(conn: sqlite3.Connection, n: int, rng: np.random.Generator) -> None:
    """``n`` unrelated articles' fingerprint rows, as the embedded store keeps them."""
    step = 20_000
    for start in range(0, n, step):
        ids = [f"x{i:08d}" for i in range(start, min(n, start + step))]
        sigs = rng.integers(0, 2**32, size=(len(ids), 128), dtype=np.uint64)
        conn.executemany(
            "INSERT INTO articles (id, text, content_hash, signature) VALUES (?, '', ?, ?)",
            [(i, i, pack(s.tolist())) for i, s in zip(ids, sigs, strict=True)],
        )
        conn.executemany(
            "INSERT INTO article_bands (band, article_id) VALUES (?, ?)",
            [(k, i) for i, s in zip(ids, sigs, strict=True) for k in band_keys(s)],
        )


def lookup_seconds(n: int, texts: list[str], folder: Path) -> tuple[float, float]:
    """Seconds per copy check (band lookup + comparison) in a store of ``n`` articles, and
    the load time. The real texts are stored too, and checked again as new articles."""
    from actorgraph.model import Article, ArticleBundle
    from actorgraph.store.sqlite.copies import find_original

    conn = connect(str(folder / f"bands-{n}.db"))
    conn.executescript(DDL)
    started = time.perf_counter()
    conn.execute("BEGIN")
    _fill(conn, n, np.random.default_rng(7))
    for i, t in enumerate(texts):
        fp = fingerprint(t, 0.5)
        assert fp is not None
        conn.execute("INSERT INTO articles (id, text, content_hash, signature) VALUES (?, ?, ?, ?)",
                     (f"real{i}", t, f"h{i}", pack(fp.signature)))  # fmt: skip
        conn.executemany("INSERT INTO article_bands VALUES (?, ?)", [(k, f"real{i}") for k in fp.bands])
    conn.execute("COMMIT")
    load = time.perf_counter() - started
    bundles = [ArticleBundle(article=Article(id=f"new{i}", text=t), actors=[], claims=[],
                             fingerprint=fingerprint(t + "\nA credit line.", 0.5))
               for i, t in enumerate(texts)]  # fmt: skip
    started = time.perf_counter()
    found = sum(1 for b in bundles if find_original(conn, b) is not None)
    per = (time.perf_counter() - started) / len(bundles)
    assert found == len(bundles), f"{found} of {len(bundles)} copies found at {n}"
    conn.close()
    return per, load


def fetch_rate() -> float:
    """Pages fetched and extracted per second from the loopback test sites (no politeness
    delay: a real crawl is bounded by one page per host per ``fetch_host_delay``)."""
    sys.path.insert(0, str(REPO_ROOT))
    from tests.fixtures.websites import WebSites

    from actorgraph.ingest.fetch.http import Fetcher
    from actorgraph.ingest.fetch.source import fetch_url

    sites = WebSites()
    sites.start()
    fetcher = Fetcher(load_settings(fetch_host_delay=0.0))
    try:
        urls = [sites.original, sites.copy, sites.third] * 30
        started = time.perf_counter()
        for url in urls:
            fetch_url(fetcher, url, "en")
        return len(urls) / (time.perf_counter() - started)
    finally:
        fetcher.close()
        sites.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=1_000_000, help="store size of the scale check")
    parser.add_argument("--baseline", type=int, default=10_000, help="store size of the baseline")
    args = parser.parse_args()
    texts = corpus()
    out: dict[str, object] = {"bands": BANDS, "quality": quality(texts)}
    out["fingerprints_per_s"] = round(fingerprint_rate(texts), 1)
    out["fetch_extract_pages_per_s"] = round(fetch_rate(), 1)
    with tempfile.TemporaryDirectory() as tmp:
        base, base_load = lookup_seconds(args.baseline, texts, Path(tmp))
        big, big_load = lookup_seconds(args.articles, texts, Path(tmp))
    out["copy_check_ms"] = {
        str(args.baseline): round(base * 1000, 3),
        str(args.articles): round(big * 1000, 3),
    }
    out["copy_check_ratio_big_over_baseline"] = round(big / base, 2)
    out["copy_checks_per_s_at_big"] = round(1 / big, 1)
    out["load_seconds"] = {str(args.baseline): round(base_load, 1), str(args.articles): round(big_load, 1)}
    print(json.dumps(out))


if __name__ == "__main__":
    main()
