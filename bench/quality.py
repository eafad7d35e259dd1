"""Extraction quality on every gold set present: strict and coarse P/R/F1 per set with the
reference metric (``../shared/eval/score.py`` when it is beside the repository, else the
project's implementation of the same definition), evidence integrity, and the calibration
of confidence on real news (expected calibration error over tenths of confidence).

Sets: ``dev`` and ``seed`` (``../shared/eval``), ``own`` and ``news``
(``tests/eval/gold``), ``realnews-dev``, ``realnews-test`` and ``realnews-unseen``
(``tests/eval/realnews``, whose texts come from the cache folder; see
``actorgraph.evaluation.goldsets``). A set whose files are absent is listed under ``absent``
with the reason. Score ``realnews-test`` only at the end of a piece of work; ``realnews-unseen``
is a newly annotated batch, scored as unseen text before it joins ``dev``.

    .venv/bin/python bench/quality.py [--sets dev,own,realnews-dev] [--errors realnews-dev]
                                      [--predictions DIR]

Prints one line per set, then one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from actorgraph.config import REPO_ROOT, load_settings
from actorgraph.evaluation.goldsets import GoldItem, GoldSetError, load_gold, load_realnews
from actorgraph.evaluation.metric import Counts, calibration, evidence_intact, judged_readings, score
from actorgraph.nlp import Extractor

SHARED_EVAL = REPO_ROOT.parent / "shared" / "eval"
GOLD = REPO_ROOT / "tests" / "eval" / "gold"
SETS: dict[str, Callable[[], list[GoldItem]]] = {
    "dev": lambda: load_gold(SHARED_EVAL / "dev.jsonl"),
    "seed": lambda: load_gold(SHARED_EVAL / "seed-gold.jsonl"),
    "own": lambda: load_gold(GOLD / "own.jsonl"),
    "news": lambda: load_gold(GOLD / "news.jsonl"),
    "realnews-dev": lambda: load_realnews("dev"),
    "realnews-test": lambda: load_realnews("test"),
    "realnews-unseen": lambda: load_realnews("unseen"),
}
SUMMARY = re.compile(
    r"strict P=([\d.]+) R=([\d.]+) F1=([\d.]+) \| coarse P=([\d.]+) R=([\d.]+) F1=([\d.]+) "
    r"\| evidence intact ([\d.]+)"
)


def reference_scores(
    items: list[GoldItem], preds: list[dict[str, Any]], workdir: Path, errors: bool
) -> dict[str, Any]:
    """Run ``score.py`` on the set (texts put back into the gold rows for the evidence check)."""
    gold_file, pred_file = workdir / "gold.jsonl", workdir / "pred.jsonl"
    gold_file.write_text("".join(json.dumps(i.as_row()) + "\n" for i in items), encoding="utf-8")
    pred_file.write_text("".join(json.dumps(p) + "\n" for p in preds), encoding="utf-8")
    args = [sys.executable, str(SHARED_EVAL / "score.py"), str(gold_file), str(pred_file)]
    out = subprocess.run(
        [*args, *(["--errors"] if errors else [])], capture_output=True, text=True, check=True
    ).stdout
    lines = out.strip().splitlines()
    if errors:
        print("\n".join(lines[:-1]))
    m = SUMMARY.search(lines[-1])
    if m is None:
        raise SystemExit(f"unexpected score.py output: {out!r}")
    sp, sr, sf, cp, cr, cf, ev = (float(x) for x in m.groups())
    return {
        "metric": "score.py",
        "strict": {"p": sp, "r": sr, "f1": sf},
        "coarse": {"p": cp, "r": cr, "f1": cf},
        "evidence_intact": ev,
    }


def own_scores(items: list[GoldItem], preds: list[dict[str, Any]]) -> dict[str, Any]:
    """The same figures from the project's implementation of the metric."""
    gold = {i.id: i.gold for i in items}
    by_id = {p["id"]: p["relations"] for p in preds}

    def figures(c: Counts) -> dict[str, float]:
        return {"p": round(c.precision, 3), "r": round(c.recall, 3), "f1": round(c.f1, 3)}

    return {
        "metric": "actorgraph.evaluation",
        "strict": figures(score(gold, by_id, coarse=False)),
        "coarse": figures(score(gold, by_id, coarse=True)),
        "evidence_intact": round(evidence_intact({i.id: i.text for i in items}, by_id), 3),
    }


def confidence_points(items: list[GoldItem], preds: list[dict[str, Any]]) -> list[tuple[float, bool]]:
    """(confidence, right) of every asserted prediction (see ``judged_readings``)."""
    judged = judged_readings({i.id: i.gold for i in items}, {p["id"]: p["relations"] for p in preds})
    return [(float(j.prediction["confidence"]), j.correct) for j in judged]


def calibration_figures(points: Sequence[tuple[float, bool]]) -> dict[str, Any]:
    if not points:
        return {"claims": 0}
    error, buckets = calibration(points)
    return {
        "claims": len(points),
        "ece": round(error, 3),
        "buckets": [[b.low, b.count, b.mean_confidence, b.share_correct] for b in buckets],
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sets", default=",".join(SETS), help="comma-separated: " + ", ".join(SETS))
    parser.add_argument(
        "--errors", default="", help="comma-separated sets whose misses and extras to print"
    )
    parser.add_argument("--predictions", type=Path, help="write each set's predictions here")
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    wanted = [s for s in args.sets.split(",") if s]
    unknown = [s for s in wanted if s not in SETS]
    if unknown:
        raise SystemExit(f"unknown sets {unknown}; known: {', '.join(SETS)}")
    extractor = Extractor.load(load_settings(gazetteer=[]))
    result: dict[str, Any] = {"bench": "quality", "sets": {}, "absent": {}}
    realnews_points: list[tuple[float, bool]] = []
    for name in wanted:
        try:
            items = SETS[name]()
        except (GoldSetError, FileNotFoundError) as exc:
            result["absent"][name] = str(exc)
            continue
        preds = [json.loads(e.model_dump_json()) for e in extractor.extract((i.id, i.text) for i in items)]
        if args.predictions:
            args.predictions.mkdir(parents=True, exist_ok=True)
            (args.predictions / f"{name}.jsonl").write_text(
                "".join(json.dumps(p) + "\n" for p in preds), encoding="utf-8"
            )
        if (SHARED_EVAL / "score.py").is_file():
            with tempfile.TemporaryDirectory() as tmp:
                figures = reference_scores(items, preds, Path(tmp), name in args.errors.split(","))
        else:
            figures = own_scores(items, preds)
        points = confidence_points(items, preds)
        figures |= {"items": len(items), "calibration": calibration_figures(points)}
        if name.startswith("realnews"):
            realnews_points += points
        result["sets"][name] = figures
        print(
            f"{name}: strict {figures['strict']} coarse {figures['coarse']} "
            f"evidence {figures['evidence_intact']} ece {figures['calibration'].get('ece')}"
        )
    result["realnews_calibration"] = calibration_figures(realnews_points)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
