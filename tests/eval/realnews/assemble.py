"""Build ``dev.jsonl`` and ``test.jsonl`` from annotators' batches, once.

    .venv/bin/python tests/eval/realnews/assemble.py BATCH.jsonl ... [--test-share 0.31]
                                                    [--dev-only LATER.jsonl ...]

Each batch line is ``{"id", "url", "query", "outlet", "region", "gold"}`` as an annotator
wrote it; the excerpt's text is read from the cache folder and its length and sha256 are
recorded, so the loader can check the cached copy later. The split is fixed by the ids:
inside each batch (one batch covers a few regions) the ids are ordered by the sha256 of the
id and the first ``test-share`` of them go to ``test``, so every batch, and so every group of
regions, has excerpts on both sides. Batches annotated later (``--dev-only``) go to ``dev``
whole: the test split is made once and never grows.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path

from actorgraph.evaluation.goldsets import REALNEWS_DIR, cache_dirs, read_jsonl, sha256_text

FIELDS = ("id", "split", "url", "query", "outlet", "region", "length", "sha256", "gold")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("batches", nargs="+", type=Path)
    parser.add_argument("--test-share", type=float, default=0.31)
    parser.add_argument("--dev-only", nargs="*", type=Path, default=[])
    args = parser.parse_args()
    splits: dict[str, list[dict[str, object]]] = {"dev": [], "test": []}
    for batch in [*args.batches, *args.dev_only]:
        rows = read_jsonl(batch)
        ordered = sorted(rows, key=lambda r: hashlib.sha256(str(r["id"]).encode()).hexdigest())
        n_test = 0 if batch in args.dev_only else round(len(rows) * args.test_share)
        for rank, row in enumerate(ordered):
            path = next(d / f"{row['id']}.txt" for d in cache_dirs() if (d / f"{row['id']}.txt").is_file())
            text = path.read_text(encoding="utf-8")
            split = "test" if rank < n_test else "dev"
            row |= {"split": split, "length": len(text), "sha256": sha256_text(text)}
            splits[str(row["split"])].append({k: row[k] for k in FIELDS})
    for name, rows in splits.items():
        rows.sort(key=lambda r: str(r["id"]))
        out = REALNEWS_DIR / f"{name}.jsonl"
        out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        print(f"{out}: {len(rows)} excerpts")


if __name__ == "__main__":
    main()
