"""Enqueue input is checked as a whole before anything is queued: every bad item is named
by file and line, and one bad item stops the whole input."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from actorgraph.errors import InputError
from actorgraph.ingest.service import articles_from_records, read_articles

LIMIT = 1_000_000


def _jsonl(path: Path, *lines: str | dict[str, object]) -> Path:
    path.write_text("\n".join(line if isinstance(line, str) else json.dumps(line) for line in lines) + "\n")
    return path


def test_jsonl_text_files_folders_and_stdin(tmp_path: Path) -> None:
    feed = _jsonl(
        tmp_path / "feed.jsonl", {"id": "j1", "text": "Iran backs Hezbollah.", "published": "2024-01-02"}
    )
    folder = tmp_path / "texts"
    folder.mkdir()
    (folder / "t1.txt").write_text("Turkey shelled Kurdish positions.")
    (folder / "ignored.csv").write_text("not an article")
    stdin = io.BytesIO(json.dumps({"id": 7, "text": "Russia backs Assad."}).encode())
    articles = read_articles([str(feed), str(folder), "-"], LIMIT, stdin)
    assert [(a.id, a.text) for a in articles] == [
        ("j1", "Iran backs Hezbollah."),
        ("t1", "Turkey shelled Kurdish positions."),
        ("7", "Russia backs Assad."),
    ]
    assert articles[0].published == "2024-01-02"


def test_every_bad_item_is_named_and_nothing_passes(tmp_path: Path) -> None:
    feed = _jsonl(
        tmp_path / "feed.jsonl",
        {"id": "ok", "text": "fine"},
        "{not json",
        {"id": "empty", "text": "   "},
        {"id": "big", "text": "x" * (LIMIT + 1)},
        {"id": "notext"},
    )
    (tmp_path / "bad.txt").write_bytes(b"caf\xe9 au lait")
    with pytest.raises(InputError) as err:
        read_articles([str(feed), str(tmp_path / "bad.txt")], LIMIT)
    message = str(err.value)
    assert message.startswith("5 bad input item(s); nothing was enqueued")
    assert f"{feed}:2: not JSON" in message
    assert f'{feed}:3: empty "text"' in message
    assert f'{feed}:4: "text" is {LIMIT + 1} bytes, over the limit of {LIMIT}' in message
    assert f'{feed}:5: missing "text"' in message
    assert f"{tmp_path / 'bad.txt'}: not UTF-8 text (byte 0xe9 at offset 3)" in message


def test_lone_surrogate_escapes_are_refused_not_a_crash(tmp_path: Path) -> None:
    feed = _jsonl(
        tmp_path / "s.jsonl",
        '{"id": "s1", "text": "bad \\ud800 surrogate"}',
        '{"id": "s2", "text": "fine", "title": "\\udfff"}',
    )
    with pytest.raises(InputError) as err:
        read_articles([str(feed)], LIMIT)
    assert f'{feed}:1: "text" is not valid Unicode (lone surrogate U+D800 at 4)' in str(err.value)
    assert f'{feed}:2: "title" is not valid Unicode (lone surrogate U+DFFF at 0)' in str(err.value)


def test_same_id_with_other_text_is_refused_same_text_is_read_once(tmp_path: Path) -> None:
    feed = _jsonl(tmp_path / "a.jsonl", {"id": "x", "text": "one"}, {"id": "x", "text": "one"})
    assert [a.id for a in read_articles([str(feed)], LIMIT)] == ["x"]
    clash = _jsonl(tmp_path / "b.jsonl", {"id": "x", "text": "one"}, {"id": "x", "text": "two"})
    with pytest.raises(InputError, match=rf"{clash}:2: id 'x' already used at {clash}:1"):
        read_articles([str(clash)], LIMIT)


def test_api_records_follow_the_same_rules() -> None:
    assert [a.id for a in articles_from_records([{"id": "a", "text": "t"}], LIMIT)] == ["a"]
    with pytest.raises(InputError, match=r"request body item:2: \"title\" must be a string"):
        articles_from_records([{"id": "a", "text": "t"}, {"id": "b", "text": "t", "title": 3}], LIMIT)
