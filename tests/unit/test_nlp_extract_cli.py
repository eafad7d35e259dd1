"""``actorgraph extract``: one output line per input line, bad lines reported and skipped."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from actorgraph.cli.extract import extract_items
from actorgraph.config import load_settings
from actorgraph.ingest.reader import read_inputs
from actorgraph.nlp import Extractor


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    return Extractor.load(load_settings(gazetteer=[]))


def test_bad_lines_become_error_records_and_the_batch_goes_on(extractor: Extractor) -> None:
    lines = [
        json.dumps({"id": "ok1", "text": "Russia backs the Assad government."}),
        "this is not json",
        json.dumps({"text": "no id here"}),
        json.dumps({"id": "empty", "text": "   "}),
        json.dumps({"id": "big", "text": "x" * 2000}),
        json.dumps({"id": "ok2", "text": "Iran denied arming the Houthis.", "published": "2024-01-01"}),
    ]
    stdin = io.BytesIO(("\n".join(lines) + "\n").encode("utf-8"))
    out, err = io.StringIO(), io.StringIO()
    problems = extract_items(read_inputs(["-"], 1000, stdin=stdin), extractor, out, err)
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert problems == 4
    assert [r.get("id") for r in rows] == ["ok1", None, None, "empty", "big", "ok2"]
    assert rows[0]["relations"][0]["relation"] == "SUPPORTS"
    assert [r["line"] for r in rows[1:5]] == [2, 3, 4, 5]
    assert all("error" in r for r in rows[1:5])
    assert rows[5]["relations"][0]["negated"] is True
    reported = err.getvalue().splitlines()
    assert len(reported) == 4 and all(
        f":{n}:" in line for n, line in zip([2, 3, 4, 5], reported, strict=True)
    )


def test_non_utf8_file_is_refused_by_name(extractor: Extractor, tmp_path: Path) -> None:
    bad = tmp_path / "latin1.jsonl"
    bad.write_bytes('{"id": "x", "text": "Caf\xe9"}\n'.encode("latin-1"))
    good = tmp_path / "good.jsonl"
    good.write_text(json.dumps({"id": "g", "text": "Hamas fought Fatah."}) + "\n", encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    problems = extract_items(read_inputs([str(bad), str(good)], 10_000), extractor, out, err)
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert problems == 1
    assert "latin1.jsonl" in err.getvalue() and "UTF-8" in err.getvalue()
    assert rows[-1]["id"] == "g"


def test_command_line(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(
        json.dumps({"id": "d1", "text": "The Houthis, who are backed by Iran, seized a ship."}) + "\n"
    )
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    done = subprocess.run(
        [sys.executable, "-m", "actorgraph.cli", "extract", str(src)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    (row,) = [json.loads(line) for line in done.stdout.splitlines()]
    assert row["id"] == "d1"
    rel = row["relations"][0]
    assert (rel["source"]["id"], rel["relation"], rel["target"]["id"]) == ("iran", "SUPPORTS", "houthis")
