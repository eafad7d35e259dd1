"""Score the extractor's output with the project's metric (:mod:`actorgraph.evaluation.metric`)
on the project's gold sets, and on ``../shared/eval``'s where that folder sits beside the
repository. There ``../shared/eval/score.py`` scores the same predictions too, and the two
must give the same figures."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from actorgraph.evaluation import metric
from actorgraph.evaluation.goldsets import load_gold, read_jsonl
from actorgraph.model import Extraction
from actorgraph.nlp import Extractor

REPO_ROOT = Path(__file__).resolve().parents[2]
SHARED_EVAL = REPO_ROOT.parent / "shared" / "eval"
SCORE_PY = SHARED_EVAL / "score.py"
OWN_GOLD = REPO_ROOT / "tests" / "eval" / "gold" / "own.jsonl"
NEWS_GOLD = REPO_ROOT / "tests" / "eval" / "gold" / "news.jsonl"
SUMMARY = re.compile(
    r"strict P=(?P<sp>[\d.]+) R=(?P<sr>[\d.]+) F1=(?P<sf>[\d.]+) \| coarse P=(?P<cp>[\d.]+) "
    r"R=(?P<cr>[\d.]+) F1=(?P<cf>[\d.]+) \| evidence intact (?P<ev>[\d.]+)"
)


@dataclass(frozen=True)
class GoldSet:
    """A gold file and the floors the extractor must reach on it."""

    name: str
    path: Path
    strict_f1: float
    coarse_f1: float | None = None
    shared: bool = False  # from ../shared/eval: scored only where that folder exists


#: The project's own sets carry the targets on any clone; the shared sets add theirs (the
#: extraction issue's) where present. Measured: own strict and coarse F1 0.871 (0.868
#: before the real-news work: the floors); news strict 0.908, coarse 0.900 (floors just under);
#: the shared dev and seed sets hold the issue's 0.95 (measured 1.000 and 1.000).
GOLD_SETS = [
    GoldSet("own", OWN_GOLD, strict_f1=0.868, coarse_f1=0.868),
    GoldSet("news", NEWS_GOLD, strict_f1=0.89, coarse_f1=0.89),
    GoldSet("dev", SHARED_EVAL / "dev.jsonl", strict_f1=0.95, coarse_f1=0.95, shared=True),
    GoldSet("seed", SHARED_EVAL / "seed-gold.jsonl", strict_f1=0.95, shared=True),
]


def present(sets: Iterable[GoldSet] = GOLD_SETS) -> list[GoldSet]:
    """The sets on this machine; a missing project set is an error, not a skip."""
    found = []
    for s in sets:
        if s.path.is_file():
            found.append(s)
        elif not s.shared:
            raise FileNotFoundError(f"{s.path} is missing from the repository")
    return found


def set_params(sets: Iterable[GoldSet] = GOLD_SETS) -> list[Any]:
    """One pytest parameter per set, a shared one skipped (saying why) where it is absent."""
    absent = pytest.mark.skip(reason=f"{SHARED_EVAL} is not beside the repository")
    return [
        pytest.param(s, id=s.name, marks=[absent] if s.shared and not s.path.is_file() else [])
        for s in sets
    ]


@dataclass(frozen=True)
class Score:
    line: str
    strict_p: float
    strict_r: float
    strict_f1: float
    coarse_p: float
    coarse_r: float
    coarse_f1: float
    evidence: float


def read_gold(path: Path) -> list[dict[str, Any]]:
    return read_jsonl(path)


def extract_gold(extractor: Extractor, gold: Iterable[dict[str, Any]]) -> list[Extraction]:
    return list(extractor.extract((str(g["id"]), str(g["text"])) for g in gold))


def score(gold_path: Path, extractions: list[Extraction], workdir: Path) -> Score:
    """The figures of the project's metric; where score.py is present, also its figures on
    the same predictions, which must be the same."""
    items = load_gold(gold_path)
    gold = {i.id: i.gold for i in items}
    preds = {e.id: [r.model_dump(mode="json") for r in e.relations] for e in extractions}
    strict, coarse = metric.score(gold, preds, coarse=False), metric.score(gold, preds, coarse=True)
    evidence = metric.evidence_intact({i.id: i.text for i in items}, preds)
    line = (
        f"strict P={strict.precision:.3f} R={strict.recall:.3f} F1={strict.f1:.3f} | "
        f"coarse P={coarse.precision:.3f} R={coarse.recall:.3f} F1={coarse.f1:.3f} | "
        f"evidence intact {evidence:.3f} | items {len(preds.keys() & gold.keys())}/{len(gold)}"
    )
    if SCORE_PY.is_file():
        reference = run_score_py(gold_path, extractions, workdir)
        theirs, ours = SUMMARY.search(reference), SUMMARY.search(line)
        assert theirs and ours and theirs.group(0) == ours.group(0), f"score.py: {reference}\nproject: {line}"
    figures = [round(x, 3) for x in (strict.precision, strict.recall, strict.f1)]
    figures += [round(x, 3) for x in (coarse.precision, coarse.recall, coarse.f1)]
    return Score(line, *figures, round(evidence, 3))


def run_score_py(gold_path: Path, extractions: list[Extraction], workdir: Path) -> str:
    """The summary line of ``../shared/eval/score.py`` on these extractions."""
    pred = workdir / f"pred-{gold_path.stem}.jsonl"
    pred.write_text("".join(e.model_dump_json() + "\n" for e in extractions), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(SCORE_PY), str(gold_path), str(pred)], capture_output=True, text=True, check=True
    )
    line = done.stdout.strip().splitlines()[-1]
    if SUMMARY.search(line) is None:
        raise AssertionError(f"unexpected score.py output: {done.stdout!r}")
    return line
