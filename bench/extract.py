"""Extraction throughput: articles/s of the whole ``Extractor.extract`` against bare
``nlp.pipe`` of the same spaCy model, on the same texts, in the same process.

Both runs use the same batch size and one process. Rounds alternate (bare, full, bare,
full, ...), each round pairs the two runs back to back (and alternates which goes first),
and ``ratio`` is the median of the per-round ratios, so a noisy neighbour on the CPU does
not decide it; CPU seconds of this process are reported beside wall time
(``cpu_ratio``), as a check that is less sensitive to other work on a shared machine.
Model loading is not timed. Prints one line per round, then one JSON
object: ``ratio`` = full articles/s / bare articles/s (target >= 0.85).

    .venv/bin/python bench/extract.py [--articles 200] [--rounds 5]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from pathlib import Path

import spacy

from actorgraph.config import REPO_ROOT, load_settings
from actorgraph.nlp import Extractor


def texts(n: int) -> list[str]:
    """``n`` article texts: the seeds/ articles, else the shared eval texts, cycled."""
    shared = REPO_ROOT.parent / "shared" / "eval"
    sources = [REPO_ROOT / "seeds" / "articles.jsonl", shared / "seed-gold.jsonl", shared / "dev.jsonl"]
    found: list[str] = []
    for path in sources:
        if Path(path).is_file():
            for line in Path(path).read_text(encoding="utf-8").splitlines():
                if line.strip():
                    found.append(str(json.loads(line)["text"]))
        if len(found) >= 20:
            break
    if not found:
        raise SystemExit("no texts: seeds/articles.jsonl and ../shared/eval are both missing")
    return [found[i % len(found)] for i in range(n)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    settings = load_settings(extract_processes=1)
    corpus = texts(args.articles)
    bare = spacy.load(settings.spacy_model)
    extractor = Extractor.load(settings)
    batch = settings.extract_batch_size
    list(bare.pipe(corpus[:8], batch_size=batch))
    list(extractor.extract((str(i), t) for i, t in enumerate(corpus[:8])))
    best_bare = best_full = cpu_bare = cpu_full = float("inf")
    ratios: list[float] = []
    cpu_ratios: list[float] = []
    relations = 0

    def run_bare() -> tuple[float, float]:
        t0, c0 = time.perf_counter(), time.process_time()
        for _ in bare.pipe(corpus, batch_size=batch):
            pass
        return time.perf_counter() - t0, time.process_time() - c0

    def run_full() -> tuple[float, float, int]:
        t0, c0 = time.perf_counter(), time.process_time()
        items = ((str(i), t) for i, t in enumerate(corpus))
        found = sum(len(e.relations) for e in extractor.extract(items))
        return time.perf_counter() - t0, time.process_time() - c0, found

    for r in range(args.rounds):
        # alternate which side goes first, so a slow spell does not always hit the same one
        if r % 2 == 0:
            bare_s, bare_c = run_bare()
            full_s, full_c, relations = run_full()
        else:
            full_s, full_c, relations = run_full()
            bare_s, bare_c = run_bare()
        best_bare, best_full = min(best_bare, bare_s), min(best_full, full_s)
        cpu_bare, cpu_full = min(cpu_bare, bare_c), min(cpu_full, full_c)
        ratios.append(bare_s / full_s)
        cpu_ratios.append(bare_c / full_c)
        print(
            f"round {r + 1}: bare nlp.pipe {len(corpus) / bare_s:.1f} articles/s, "
            f"Extractor.extract {len(corpus) / full_s:.1f} articles/s, ratio {bare_s / full_s:.3f}"
        )
    result = {
        "bench": "extract",
        "articles": len(corpus),
        "chars": sum(len(t) for t in corpus),
        "bare_articles_per_s": round(len(corpus) / best_bare, 2),
        "extract_articles_per_s": round(len(corpus) / best_full, 2),
        "relations": relations,
        "best_of_ratio": round(best_bare / best_full, 3),
        "cpu_ratio": round(statistics.median(cpu_ratios), 3),
        "ratio": round(statistics.median(ratios), 3),
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
