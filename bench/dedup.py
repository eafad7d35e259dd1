"""Wire copies: the threshold's precision and recall, fingerprint and fetch throughput, and the
copy check (the embedded store's band index lookup) at a million articles against a store of
ten thousand, in the same process (bench/dedupscale.py says how the stores are made).

Positives are wire copies made from real articles the way syndication changes them (another
headline, a rewritten intro, the end cut, a credit line, house-style word changes, and all
of these together). Negatives are every pair of distinct real articles, including different
outlets' own reports of the same conflict. The real-news excerpts (tests/eval/realnews) are
used when their cache is present, the seeds and the gold news always.

    python bench/dedup.py [--articles 1000000] [--baseline 10000] [--probes 2000] [--neo4j]

With ``--neo4j`` the same check runs in the Neo4j store too (bench/dedupneo4j.py: Neo4j's
bulk importer and the project's local server, so Java and the launcher's jars are needed).

Prints progress on stderr, one JSON object last.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
import time
from itertools import combinations
from pathlib import Path

import dedupscale as scale
from actorgraph.config import REPO_ROOT, load_settings
from actorgraph.dedup.minhash import BANDS, fingerprint, similarity
from actorgraph.evaluation.goldsets import GoldSetError, load_realnews, read_jsonl

#: One store size's copy checks and the seconds its store took to make.
Run = tuple[scale.Checks, float]
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


def quality(texts: list[str]) -> tuple[dict[str, object], list[float]]:
    """The thresholds' precision and recall, and the similarities of the unrelated pairs."""
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
    rows: list[dict[str, object]] = []
    for limit in THRESHOLDS:
        tp = sum(1 for _, s, band in pos_est if band and s >= limit)
        fp = sum(1 for s, band in neg_est if band and s >= limit)
        rows.append(
            {
                "threshold": limit,
                "precision": round(tp / (tp + fp), 4) if tp + fp else 1.0,
                "recall": round(tp / len(pos_est), 4),
                "false_positives": fp,
                "recall_by_kind": {
                    k: round(
                        sum(1 for kk, s, b in pos_est if kk == k and b and s >= limit)
                        / max(1, sum(1 for kk, _, _ in pos_est if kk == k)),
                        3,
                    )
                    for k in ("headline", "intro", "cut", "credit", "style", "all")
                },
            }
        )
    summary: dict[str, object] = {
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
    return summary, [s for s, _ in neg_est]


def fingerprint_rate(texts: list[str]) -> float:
    started = time.perf_counter()
    rounds = 0
    while time.perf_counter() - started < 3.0:
        for t in texts:
            fingerprint(t, 0.5)
        rounds += 1
    return rounds * len(texts) / (time.perf_counter() - started)


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


def embedded(folder: Path, n: int, texts: list[str], threshold: float, probes: scale.Probes) -> Run:
    path = folder / f"store-{n}.db"
    load = scale.load(path, n, texts, threshold)
    print(f"embedded: {n} articles loaded in {load:.1f}s", file=sys.stderr, flush=True)
    checks = scale.check(path, probes)
    path.unlink()
    return checks, load


def report(sizes: list[int], runs: list[Run]) -> dict[str, object]:
    """One store's figures: the median check at each size, the ratio of the largest to the
    baseline (an index grows with the log of the store, a scan with its size), the plan."""
    (base, _), (big, _) = runs[0], runs[-1]
    return {
        "copy_check_ms": {
            str(n): {"new_story": round(c.new_ms, 4), "wire_copy": round(c.copy_ms, 4)}
            for n, (c, _) in zip(sizes, runs, strict=True)
        },
        "copy_check_ratio_big_over_baseline": {
            "new_story": round(big.new_ms / base.new_ms, 2),
            "wire_copy": round(big.copy_ms / base.copy_ms, 2),
        },
        "copy_checks_per_s_at_big": round(1000 / big.new_ms, 1),
        "candidate_query_plan": big.plan,
        "load_seconds": {str(n): round(load, 1) for n, (_, load) in zip(sizes, runs, strict=True)},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=1_000_000, help="store size of the scale check")
    parser.add_argument("--baseline", type=int, default=10_000, help="store size of the baseline")
    parser.add_argument("--probes", type=int, default=2000, help="new stories checked at each size")
    parser.add_argument("--neo4j", action="store_true", help="also in the Neo4j store (bulk import, ~8 min)")
    args = parser.parse_args()
    texts = corpus()
    threshold = load_settings().dedup_threshold
    summary, unrelated = quality(texts)
    out: dict[str, object] = {"bands": BANDS, "threshold": threshold, "quality": summary}
    out["fingerprints_per_s"] = round(fingerprint_rate(texts), 1)
    out["fetch_extract_pages_per_s"] = round(fetch_rate(), 1)
    probes = scale.probes(texts, threshold, args.probes)
    sizes = [args.baseline, args.articles]
    with tempfile.TemporaryDirectory() as tmp:
        out |= report(sizes, [embedded(Path(tmp), n, texts, threshold, probes) for n in sizes])
        if args.neo4j:
            import dedupneo4j  # only here: needs Java and the launcher's jars

            runs = []
            for n in sizes:
                runs.append(dedupneo4j.measure(Path(tmp), n, texts, threshold, probes))
                print(f"neo4j: {n} articles checked", file=sys.stderr, flush=True)
            out["neo4j"] = report(sizes, runs)
    expected = scale.false_candidates(unrelated, args.articles)
    out["expected_false_candidates_per_check_at_big"] = round(expected, 2)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
