"""The project's implementation of the extraction metric follows its definition and gives
score.py's figures (where ``../shared/eval`` sits beside the repository), the calibration
error is what its definition says, and the real-news loader refuses a cached text that is
not the one recorded."""

from __future__ import annotations

import json
import random
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from actorgraph.evaluation.goldsets import (
    CachedTextMissing,
    GoldSetError,
    load_gold,
    load_realnews,
    sha256_text,
)
from actorgraph.evaluation.metric import calibration, evidence_intact, normalise, score
from actorgraph.model import RelationType

REPO = Path(__file__).resolve().parents[2]
SCORE_PY = REPO.parent / "shared" / "eval" / "score.py"
OWN = REPO / "tests" / "eval" / "gold" / "own.jsonl"


def _actor(names: list[str], rng: random.Random) -> dict[str, Any]:
    name = rng.choice(names)
    return {"id": name.lower(), "name": name, "aliases": rng.sample(names, k=min(2, len(names)))}


def _predictions(gold: list[dict[str, Any]], text: str, rng: random.Random) -> list[dict[str, Any]]:
    """Predictions drawn from the gold: right, reversed, of another type, negated,
    duplicated, or between unrelated names; their evidence the text's slice or not."""
    types = [t.value for t in RelationType]
    preds: list[dict[str, Any]] = []
    for g in gold:
        source, target = _actor(g["source"], rng), _actor(g["target"], rng)
        relation = rng.choice([g["relation"][0], g["relation"][0], rng.choice(types)])
        if rng.random() < 0.2:
            source, target = target, source
        pred = {"source": source, "relation": relation, "target": target, "negated": rng.random() < 0.1}
        preds += [pred] * (2 if rng.random() < 0.1 else 1)
        if rng.random() < 0.15:
            preds.append({"source": {"name": "Nobody"}, "relation": rng.choice(types), "target": target})
    for p in preds:
        start = rng.randrange(len(text))
        end = min(len(text), start + rng.randrange(1, 40))
        sliced = text[start:end] if rng.random() < 0.8 else text[start:end].upper() + "x"
        p["evidence"] = {"text": sliced, "start": start, "end": end}
    return preds


@pytest.mark.skipif(not SCORE_PY.is_file(), reason="../shared/eval/score.py is not beside the repository")
def test_same_figures_as_score_py(tmp_path: Path) -> None:
    rng = random.Random(7)
    items = load_gold(OWN)
    preds = {i.id: _predictions(i.gold, i.text, rng) for i in items}
    pred_file = tmp_path / "pred.jsonl"
    pred_file.write_text("".join(json.dumps({"id": k, "relations": v}) + "\n" for k, v in preds.items()))
    out = subprocess.run(
        [sys.executable, str(SCORE_PY), str(OWN), str(pred_file)], capture_output=True, text=True
    )
    figures = [float(x) for x in re.findall(r"[PRF]1?=([\d.]+)", out.stdout.splitlines()[-1])]
    gold = {i.id: i.gold for i in items}
    ours = []
    for coarse in (False, True):
        c = score(gold, preds, coarse)
        ours += [round(c.precision, 3), round(c.recall, 3), round(c.f1, 3)]
    ours.append(round(evidence_intact({i.id: i.text for i in items}, preds), 3))
    figures.append(float(re.findall(r"evidence intact ([\d.]+)", out.stdout)[-1]))
    assert ours == figures
    assert 0.2 < figures[0] < 0.95  # the draw mixes right and wrong predictions
    assert 0.5 < figures[-1] < 0.95  # and right and wrong evidence


def _said(source: str, relation: str, target: str, **more: Any) -> dict[str, Any]:
    return {"source": {"name": source}, "relation": relation, "target": {"name": target}, **more}


def test_metric_definition_on_one_item() -> None:
    """Aliases and "the" match, a symmetric type either way round, a duplicate and a negation
    are not counted, an optional triple counts neither way, coarse takes the type's class."""
    gold = [
        {"source": ["Russia", "Moscow"], "relation": ["SUPPORTS"], "target": ["Syrian government"]},
        {"source": ["HTS"], "relation": ["FIGHTS"], "target": ["Syrian government"]},
        {"source": ["Turkey"], "relation": ["SUPPORTS"], "target": ["SNA"], "optional": True},
        {"source": ["Iran"], "relation": ["ATTACKS"], "target": ["Israel"]},
    ]
    preds = [
        _said("Moscow", "SUPPORTS", "the Syrian government"),
        _said("Moscow", "SUPPORTS", "The Syrian Government"),  # the same reading again
        _said("Syrian government", "FIGHTS", "HTS"),  # symmetric
        _said("Turkey", "SUPPORTS", "SNA"),  # optional: neither way
        _said("Iran", "OPPOSES", "Israel"),  # wrong type, right class
        _said("Qatar", "SUPPORTS", "Hamas", negated=True),  # asserts nothing
    ]
    strict, coarse = score({"x": gold}, {"x": preds}, False), score({"x": gold}, {"x": preds}, True)
    assert (strict.tp, strict.fp, strict.fn) == (2, 1, 1)
    assert (coarse.tp, coarse.fp, coarse.fn) == (3, 0, 0)
    text = "Moscow backs Damascus."
    right = {"evidence": {"text": "Moscow", "start": 0, "end": 6}}
    wrong = {"evidence": {"text": "Moscow", "start": 1, "end": 7}}
    assert evidence_intact({"x": text}, {"x": [right, right, wrong, {}]}) == 0.5


def test_normalise_drops_case_accents_possessive_and_article() -> None:
    assert normalise("The Türkiye's") == "turkiye"
    assert normalise("Hay'at Tahrir al-Sham") == "hay at tahrir al sham"


def test_calibration_error_weights_each_bucket_by_its_share() -> None:
    points = [(0.95, True)] * 9 + [(0.95, False)] + [(0.35, True)] + [(0.35, False)] * 9
    error, buckets = calibration(points)
    assert [(b.low, b.count, b.share_correct) for b in buckets] == [(0.3, 10, 0.1), (0.9, 10, 0.9)]
    assert error == pytest.approx(0.5 * 0.25 + 0.5 * 0.05)


def _record(tmp_path: Path, cached: str, **changes: Any) -> Path:
    record = {
        "id": "rn-x01",
        "url": "https://example.org/a",
        "length": len(cached),
        "sha256": sha256_text(cached),
    }
    record |= changes
    record["gold"] = []
    (tmp_path / "dev.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    return tmp_path


def test_realnews_loader_checks_length_and_hash(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / "rn-x01.txt").write_text("KYIV, Nov 24 (Reuters) - text", encoding="utf-8")
    good = _record(tmp_path, "KYIV, Nov 24 (Reuters) - text")
    assert load_realnews("dev", good, [cache])[0].text.startswith("KYIV")
    (cache / "rn-x01.txt").write_text("KYIV, Nov 24 (Reuters) - texT", encoding="utf-8")
    with pytest.raises(GoldSetError, match="rn-x01"):
        load_realnews("dev", good, [cache])


def test_realnews_loader_names_what_is_missing_or_forbidden(tmp_path: Path) -> None:
    with pytest.raises(CachedTextMissing, match="rn-x01"):
        load_realnews("dev", _record(tmp_path, "abc"), [tmp_path / "nowhere"])
    with pytest.raises(GoldSetError, match="carries its text"):
        load_realnews("dev", _record(tmp_path, "abc", text="abc"), [tmp_path])
