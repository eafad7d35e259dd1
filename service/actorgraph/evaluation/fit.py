"""Fit the confidence calibration on real-news gold and write ``nlp/data/calibration.json``.

    .venv/bin/python -m actorgraph.evaluation.fit [--sets realnews-dev] [--l2 2.0] [--out FILE]

The extractor runs with calibration off (raw scores); every asserted reading of the sets,
one per (source, type, target) and excerpt as the metric counts them, is labelled right
when it reads as a gold triple of its excerpt with the exact type (optional triples
included: they are true statements of the text). A logistic model over
:func:`actorgraph.nlp.calibration.features` is fitted by Newton's method with an L2 penalty
on every weight but the bias (the sets are small: a few hundred readings).
"""

from __future__ import annotations

import argparse
import datetime
import os
from pathlib import Path

import numpy as np

from actorgraph.config import load_settings
from actorgraph.evaluation.goldsets import GoldItem, load_realnews
from actorgraph.evaluation.metric import judged_readings
from actorgraph.nlp import Extractor
from actorgraph.nlp.calibration import CALIBRATION_FILE, Calibration, features
from actorgraph.nlp.components.qualifier import Qualifier

DATA = Path(__file__).resolve().parents[1] / "nlp" / "data" / CALIBRATION_FILE


def readings(extractor: Extractor, items: list[GoldItem]) -> list[tuple[dict[str, float], bool]]:
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


def fit(rows: list[tuple[dict[str, float], bool]], l2: float, steps: int = 50) -> Calibration:
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


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--sets", default="realnews-dev", help="comma-separated real-news splits, e.g. realnews-dev"
    )
    parser.add_argument("--l2", type=float, default=2.0)
    parser.add_argument("--out", type=Path, default=DATA)
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    extractor = Extractor.load(load_settings(gazetteer=[]))
    qualifier = extractor.nlp.get_pipe("qualifier")
    if not isinstance(qualifier, Qualifier):
        raise SystemExit("the pipeline has no actorgraph qualifier")
    qualifier.calibration = None
    extractor.min_confidence = 0.0
    splits = [s.removeprefix("realnews-") for s in args.sets.split(",") if s]
    rows = [r for split in splits for r in readings(extractor, load_realnews(split))]
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
