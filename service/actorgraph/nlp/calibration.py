"""Confidence that means what it says.

The rules give each reading a raw score: the pattern's base times factors for how
indirectly its actors were read, times 0.6 when hedged (docs/extraction.md). On real news
that score orders readings but is not a probability: readings of 0.75 were right about
three times in four, those of 0.35 once in six. The calibration maps the raw score and a
few facts of the reading (relation type, actor types, hedging) to the share of such
readings that were right on the real-news development set: a logistic model whose
weights live in ``nlp/data/calibration.json``, fitted by ``python -m
actorgraph.evaluation.fit`` (see docs/extraction.md, "Confidence").

Applying it needs no third-party code: a dot product and a sigmoid.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from spacy.util import registry

from actorgraph.model import RelationType

CALIBRATION_FILE = "calibration.json"


def logit(p: float) -> float:
    p = min(max(p, 1e-4), 1 - 1e-4)
    return math.log(p / (1 - p))


def features(
    raw: float, relation: RelationType, hedged: bool, source_type: str, target_type: str
) -> dict[str, float]:
    """The facts of one reading the model weighs (names as in the weights file)."""
    return {
        "logit_raw": logit(raw),
        "hedged": 1.0 if hedged else 0.0,
        f"relation={relation}": 1.0,
        f"source={source_type}": 1.0,
        f"target={target_type}": 1.0,
    }


@dataclass(frozen=True, slots=True)
class Calibration:
    """A fitted logistic model over :func:`features`; unknown features weigh nothing."""

    bias: float
    weights: dict[str, float]
    meta: dict[str, Any] = field(default_factory=dict)

    def __call__(
        self, raw: float, relation: RelationType, hedged: bool, source_type: str, target_type: str
    ) -> float:
        score = self.bias + sum(
            self.weights.get(name, 0.0) * value
            for name, value in features(raw, relation, hedged, source_type, target_type).items()
        )
        return 1 / (1 + math.exp(-score))

    def as_json(self) -> str:
        body = {"bias": self.bias, "weights": dict(sorted(self.weights.items())), "meta": self.meta}
        return json.dumps(body, indent=1, ensure_ascii=False) + "\n"


def parse_calibration(text: str) -> Calibration:
    """A calibration from its JSON; a malformed file is named by what is wrong."""
    body = json.loads(text)
    if not isinstance(body.get("bias"), int | float) or not isinstance(body.get("weights"), dict):
        raise ValueError(f"{CALIBRATION_FILE} needs a numeric 'bias' and a 'weights' object")
    return Calibration(
        float(body["bias"]), {str(k): float(v) for k, v in body["weights"].items()}, body.get("meta", {})
    )


@lru_cache(maxsize=1)
def builtin_calibration() -> Calibration:
    text = resources.files("actorgraph.nlp").joinpath("data", CALIBRATION_FILE).read_text(encoding="utf-8")
    return parse_calibration(text)


@registry.misc("actorgraph.calibration.v1")  # type: ignore[untyped-decorator]
def calibration_from_package(enabled: bool = True) -> Calibration | None:
    """The built-in calibration, or None for raw scores (used when fitting it)."""
    return builtin_calibration() if enabled else None
