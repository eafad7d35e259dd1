"""The input reader: every bad item is named with its line, and the rest goes through."""

from __future__ import annotations

import io
import json
from pathlib import Path

from actorgraph.ingest.reader import InputArticle, InputProblem, read_inputs

LIMIT = 1000


def _lines(*rows: object) -> bytes:
    return "\n".join(r if isinstance(r, str) else json.dumps(r) for r in rows).encode("utf-8")


def test_bad_lines_are_named_and_the_rest_goes_through() -> None:
    raw = _lines(
        {"id": "a1", "text": "Russia backs the Assad government."},
        "{not json",
        {"text": "no id here"},
        {"id": "a4", "text": "   "},
        {"id": "a5", "text": "x" * (LIMIT + 1)},
        [1, 2],
        {"id": 6, "text": "Hamas fighters attacked Israel.", "published": "2023-10-07"},
    )
    items = list(read_inputs(["-"], LIMIT, stdin=io.BytesIO(raw)))
    good = [i for i in items if isinstance(i, InputArticle)]
    bad = [i for i in items if isinstance(i, InputProblem)]
    assert [g.article.id for g in good] == ["a1", "6"]
    assert good[1].article.published == "2023-10-07"
    assert [(b.line, b.id) for b in bad] == [(2, None), (3, None), (4, "a4"), (5, "a5"), (6, None)]
    assert "not JSON" in bad[0].message
    assert 'missing "id"' in bad[1].message
    assert 'empty "text"' in bad[2].message
    assert "over the limit" in bad[3].message
    assert bad[0].describe().startswith("-:2: ")


def test_non_utf8_file_is_refused_by_name_and_other_files_still_read(tmp_path: Path) -> None:
    bad = tmp_path / "latin1.jsonl"
    bad.write_bytes('{"id": "x", "text": "Erdo\u011fan"}'.encode("utf-8").replace(b"\xc4\x9f", b"\xf0"))
    good = tmp_path / "good.jsonl"
    good.write_bytes(_lines({"id": "g1", "text": "Iran supports Hezbollah."}))
    items = list(read_inputs([str(bad), str(good)], LIMIT))
    assert isinstance(items[0], InputProblem)
    assert items[0].origin == str(bad)
    assert "not UTF-8" in items[0].message
    assert isinstance(items[1], InputArticle) and items[1].article.id == "g1"


def test_folder_reads_jsonl_and_text_files(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("The RSF seized El Fasher.", encoding="utf-8")
    (tmp_path / "a.jsonl").write_bytes(_lines({"id": "j1", "text": "Qatar funds Hamas."}))
    (tmp_path / "ignored.csv").write_text("id,text\n", encoding="utf-8")
    items = list(read_inputs([str(tmp_path)], LIMIT))
    assert all(isinstance(i, InputArticle) for i in items)
    assert [i.article.id for i in items if isinstance(i, InputArticle)] == ["j1", "b"]


def test_missing_file_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    items = list(read_inputs([str(tmp_path / "nope.jsonl")], LIMIT))
    assert isinstance(items[0], InputProblem) and items[0].message == "no such file"


def test_empty_line_is_reported_with_its_number() -> None:
    first, last = {"id": "a", "text": "Iran supports Hezbollah."}, {"id": "b", "text": "Qatar funds Hamas."}
    raw = _lines(first, "", last)
    items = list(read_inputs(["-"], LIMIT, stdin=io.BytesIO(raw + b"\n")))
    assert [type(i).__name__ for i in items] == ["InputArticle", "InputProblem", "InputArticle"]
    assert isinstance(items[1], InputProblem) and (items[1].line, items[1].message) == (2, "empty line")


def test_problem_record_names_the_item() -> None:
    problem = InputProblem("feed.jsonl", 7, 'empty "text"', "d7")
    assert problem.as_record() == {"id": "d7", "origin": "feed.jsonl", "line": 7, "error": 'empty "text"'}
