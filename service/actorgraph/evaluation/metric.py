"""The extraction metric (the definition ``shared/eval/score.py`` implements) and the
calibration of confidence.

A prediction matches a gold triple when its type is one the gold lists (strict) or of the
same class (coarse, :data:`actorgraph.model.RELATION_CLASS`), and the predicted actors'
names or aliases meet the gold aliases after normalisation (case, accents, punctuation, a
leading "the", a possessive); symmetric types match either way round. Negated predictions
assert nothing and are left out; one prediction per (source, type, target) is scored; a
prediction that meets an optional gold triple counts neither way.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from actorgraph.model import RELATION_CLASS, SYMMETRIC

_POSSESSIVE = re.compile(r"[\u2019'`]s\b")
_NON_WORD = re.compile(r"[^a-z0-9]+")
_CLASS = {t.value: c for t, c in RELATION_CLASS.items()}

Prediction = Mapping[str, Any]


def normalise(name: str) -> str:
    """The form names are compared in: no accents, lower case, no possessive, no leading 'the'."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    words = _NON_WORD.sub(" ", _POSSESSIVE.sub("", plain)).strip()
    return words[4:] if words.startswith("the ") else words


def actor_names(actor: Mapping[str, Any] | str) -> set[str]:
    if isinstance(actor, str):
        return {normalise(actor)}
    return {normalise(str(actor.get("name", "")))} | {normalise(a) for a in actor.get("aliases") or []}


def type_matches(predicted: str, gold_types: Sequence[str], coarse: bool) -> bool:
    if coarse:
        return _CLASS.get(predicted) in {_CLASS.get(t) for t in gold_types}
    return predicted in gold_types


def matches(pred: Prediction, gold: Mapping[str, Any], coarse: bool) -> bool:
    """Whether one prediction reads as one gold triple."""
    if not type_matches(str(pred["relation"]), gold["relation"], coarse):
        return False
    gold_source = {normalise(a) for a in gold["source"]}
    gold_target = {normalise(a) for a in gold["target"]}
    source, target = actor_names(pred["source"]), actor_names(pred["target"])
    if source & gold_source and target & gold_target:
        return True
    either_way = pred["relation"] in SYMMETRIC or (
        coarse and bool(set(gold["relation"]) & SYMMETRIC)
    )
    return either_way and bool(source & gold_target and target & gold_source)


def asserted(preds: Iterable[Prediction]) -> list[Prediction]:
    """The non-negated predictions, one per (source, type, target), first kept."""
    seen: set[tuple[str, str, str]] = set()
    kept: list[Prediction] = []
    for p in preds:
        if p.get("negated"):
            continue
        key = (min(actor_names(p["source"])), str(p["relation"]), min(actor_names(p["target"])))
        if key not in seen:
            seen.add(key)
            kept.append(p)
    return kept


@dataclass(frozen=True, slots=True)
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True, slots=True)
class Judged:
    """One asserted prediction and what the gold says of it."""

    prediction: Prediction
    gold: Mapping[str, Any] | None  # the gold triple it was given to, if any

    @property
    def correct(self) -> bool:
        return self.gold is not None


def judge(
    preds: Iterable[Prediction], gold: Sequence[Mapping[str, Any]], coarse: bool
) -> tuple[Counts, list[Judged]]:
    """Score one item: each gold triple, in order, takes the first unused prediction it matches."""
    kept = asserted(preds)
    given: dict[int, Mapping[str, Any]] = {}
    tp = fn = 0
    for g in gold:
        hit = next((i for i, p in enumerate(kept) if i not in given and matches(p, g, coarse)), None)
        if hit is not None:
            given[hit] = g
        tp += hit is not None and not g.get("optional")
        fn += hit is None and not g.get("optional")
    judged = [Judged(p, given.get(i)) for i, p in enumerate(kept)]
    return Counts(tp, len(kept) - len(given), fn), judged


def score(
    gold: Mapping[str, Sequence[Mapping[str, Any]]], preds: Mapping[str, Sequence[Prediction]], coarse: bool
) -> Counts:
    """Counts over a whole set: ``gold`` and ``preds`` keyed by item id."""
    total = Counts()
    for item_id, triples in gold.items():
        counts, _ = judge(preds.get(item_id, ()), triples, coarse)
        total = total + counts
    return total


def judged_readings(
    gold: Mapping[str, Sequence[Mapping[str, Any]]], preds: Mapping[str, Sequence[Prediction]]
) -> list[Judged]:
    """Every asserted reading of a set (one per source, type and target and item, as the
    metric counts them), judged strictly: right when it reads as a gold triple of its item
    with the exact type, optional ones included (they are true statements of the text).
    What calibration is measured and fitted on."""
    out: list[Judged] = []
    for item_id, triples in gold.items():
        out += judge(preds.get(item_id, ()), triples, coarse=False)[1]
    return out


@dataclass(frozen=True, slots=True)
class Bucket:
    low: float
    count: int
    mean_confidence: float
    share_correct: float


def calibration(points: Sequence[tuple[float, bool]], width: float = 0.1) -> tuple[float, list[Bucket]]:
    """Expected calibration error over (confidence, correct) points, in buckets of ``width``:
    the share of points in each bucket times the gap between its mean confidence and the
    share that is correct."""
    buckets: dict[int, list[tuple[float, bool]]] = {}
    top = round(1 / width) - 1
    for confidence, correct in points:
        buckets.setdefault(min(int(confidence / width), top), []).append((confidence, correct))
    rows: list[Bucket] = []
    error = 0.0
    for index in sorted(buckets):
        members = buckets[index]
        mean = sum(c for c, _ in members) / len(members)
        share = sum(1 for _, ok in members if ok) / len(members)
        rows.append(Bucket(round(index * width, 2), len(members), round(mean, 3), round(share, 3)))
        error += len(members) / len(points) * abs(mean - share)
    return error, rows


def evidence_intact(texts: Mapping[str, str], preds: Mapping[str, Sequence[Prediction]]) -> float:
    """The share of predictions (negated ones too) whose ``evidence.text`` is the slice of
    their item's text that ``evidence.start`` and ``evidence.end`` name; 1.0 with none."""
    checked = intact = 0
    for item_id, rows in preds.items():
        text = texts.get(item_id, "")
        for p in rows:
            ev = p.get("evidence") or {}
            checked += 1
            start = ev.get("start")
            intact += isinstance(start, int) and ev.get("text") == text[start : ev.get("end")]
    return intact / checked if checked else 1.0
