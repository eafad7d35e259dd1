"""Fit the confidence calibration on real-news gold and write ``nlp/data/calibration.json``.

    .venv/bin/python -m actorgraph.evaluation.fit [--sets realnews-dev] [--l2 32] [--out FILE]
    .venv/bin/python -m actorgraph.evaluation.fit --cv 0.5,2,8     # choose the penalty first

The extractor runs with calibration off (raw scores); every asserted reading of the sets,
one per (source, type, target) and excerpt as the metric counts them, is labelled right
when it reads as a gold triple of its excerpt with the exact type (optional triples
included: they are true statements of the text). A logistic model over
:func:`actorgraph.nlp.calibration.features` is fitted by Newton's method with an L2 penalty
on every weight but the bias (the sets are small: a few hundred readings).

``--cv`` writes nothing: for each penalty it fits on all annotation batches but one (an
excerpt's batch is its id up to the number, "rn-q"), scores the left-out batch's readings,
and prints the calibration error over all held-out readings: how well the fit carries to
text it was not fitted on, which is what the confidence is for.
"""

from __future__ import annotations

import argparse
import datetime
import os
from pathlib import Path

import numpy as np

from actorgraph.config import load_settings
from actorgraph.evaluation.goldsets import GoldItem, load_realnews
from actorgraph.evaluation.metric import calibration, judged_readings
from actorgraph.nlp import Extractor
from actorgraph.nlp.calibration import CALIBRATION_FILE, Calibration, features
from actorgraph.nlp.components.qualifier import Qualifier

DATA = Path(__file__).resolve().parents[1] / "nlp" / "data" / CALIBRATION_FILE
#: (features, right) of each judged reading.
Rows = list[tuple[dict[str, float], bool]]


def readings(extractor: Extractor, items: list[GoldItem]) -> Rows:
    """(features, right) of every asserted reading of ``items`` (see ``judged_readings``)."""
    extractions = extractor.extract((i.id, i.text) for i in items)
    preds = {e.id: [r.model_dump(mode="json") for r in e.relations] for e in extractions}
    judged = judged_readings({i.id: i.gold for i in items}, preds)
    return [
        (
            features(p["confidence"], p["relation"], p["hedged"], p["source"]["type"], p["target"]["type"]),
            j.correct,
        )
        for j in judged
        for p in (j.prediction,)
    ]


def fit(rows: Rows, l2: float, steps: int = 50) -> Calibration:
    """Penalised maximum likelihood by Newton's method."""
    names = sorted({n for feats, _ in rows for n in feats})
    x = np.array([[1.0] + [feats.get(n, 0.0) for n in names] for feats, _ in rows])
    y = np.array([1.0 if ok else 0.0 for _, ok in rows])
    penalty = np.diag([0.0] + [l2] * len(names))
    w = np.zeros(x.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-x @ w))
        gradient = x.T @ (p - y) + penalty @ w
        hessian = x.T @ (x * (p * (1 - p))[:, None]) + penalty + 1e-9 * np.eye(len(w))
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if float(np.abs(step).max()) < 1e-8:
            break
    weights = {n: round(float(v), 4) for n, v in zip(names, w[1:], strict=True) if abs(v) >= 1e-4}
    return Calibration(round(float(w[0]), 4), weights)


def batch_of(item_id: str) -> str:
    """The annotation batch of an excerpt id: "rn-q07" -> "rn-q"."""
    return item_id.rstrip("0123456789")


def held_out_error(batches: dict[str, Rows], l2: float) -> float:
    """The calibration error over every batch's readings scored by a fit on the others."""
    points: list[tuple[float, bool]] = []
    for name, rows in batches.items():
        rest = [r for other, held in batches.items() if other != name for r in held]
        model = fit(rest, l2)
        score = (model.bias + sum(model.weights.get(n, 0.0) * v for n, v in f.items()) for f, _ in rows)
        points += [(float(1 / (1 + np.exp(-z))), ok) for z, (_, ok) in zip(score, rows, strict=True)]
    return calibration(points)[0]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--sets", default="realnews-dev", help="comma-separated real-news splits, e.g. realnews-dev"
    )
    parser.add_argument("--l2", type=float, default=32.0)  # chosen by --cv, docs/extraction.md
    parser.add_argument("--out", type=Path, default=DATA)
    parser.add_argument("--cv", default="", help="comma-separated penalties to compare by held-out batches")
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    extractor = Extractor.load(load_settings(gazetteer=[]))
    qualifier = extractor.nlp.get_pipe("qualifier")
    if not isinstance(qualifier, Qualifier):
        raise SystemExit("the pipeline has no actorgraph qualifier")
    qualifier.calibration = None
    extractor.min_confidence = 0.0
    splits = [s.removeprefix("realnews-") for s in args.sets.split(",") if s]
    items = [i for split in splits for i in load_realnews(split)]
    if args.cv:
        batches: dict[str, list[GoldItem]] = {}
        for item in items:
            batches.setdefault(batch_of(item.id), []).append(item)
        by_batch = {name: readings(extractor, group) for name, group in batches.items()}
        for l2 in (float(v) for v in args.cv.split(",")):
            print(f"l2 {l2}: held-out calibration error {held_out_error(by_batch, l2):.3f}")
        return
    rows = readings(extractor, items)
    model = fit(rows, args.l2)
    meta = {
        "fitted_on": args.sets,
        "readings": len(rows),
        "right": sum(ok for _, ok in rows),
        "l2": args.l2,
        "date": datetime.date.today().isoformat(),
    }
    model = Calibration(model.bias, model.weights, meta)
    args.out.write_text(model.as_json(), encoding="utf-8")
    print(model.as_json())


if __name__ == "__main__":
    main()
