"""Run the reference metric (``../shared/eval/score.py``) on the extractor's output."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from actorgraph.model import Extraction
from actorgraph.nlp import Extractor

REPO_ROOT = Path(__file__).resolve().parents[2]
SHARED = REPO_ROOT.parent / "shared"
SCORE = SHARED / "eval" / "score.py"
OWN_GOLD = REPO_ROOT / "tests" / "eval" / "gold" / "own.jsonl"
SUMMARY = re.compile(
    r"strict P=(?P<sp>[\d.]+) R=(?P<sr>[\d.]+) F1=(?P<sf>[\d.]+) \| coarse P=(?P<cp>[\d.]+) "
    r"R=(?P<cr>[\d.]+) F1=(?P<cf>[\d.]+) \| evidence intact (?P<ev>[\d.]+)"
)


def shared_file(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.is_file():
        raise FileNotFoundError(
            f"{path} is missing: the shared eval directory must sit beside the repository as ../shared"
        )
    return path


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


def read_gold(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def extract_gold(extractor: Extractor, gold: Iterable[dict[str, object]]) -> list[Extraction]:
    return list(extractor.extract((str(g["id"]), str(g["text"])) for g in gold))


def score(gold_path: Path, extractions: list[Extraction], workdir: Path) -> Score:
    pred = workdir / f"pred-{gold_path.stem}.jsonl"
    pred.write_text("".join(e.model_dump_json() + "\n" for e in extractions), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(shared_file("eval", "score.py")), str(gold_path), str(pred)],
        capture_output=True, text=True, check=True,
    )
    line = done.stdout.strip().splitlines()[-1]
    m = SUMMARY.search(line)
    if m is None:
        raise AssertionError(f"unexpected score.py output: {done.stdout!r}")
    v = {k: float(x) for k, x in m.groupdict().items()}
    return Score(line, v["sp"], v["sr"], v["sf"], v["cp"], v["cr"], v["cf"], v["ev"])
