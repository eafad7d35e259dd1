"""Read articles from JSON Lines, plain text files, saved web pages, URLs, folders and stdin.

Bad input never stops a batch: each problem becomes an :class:`InputProblem` naming the
file and line, and reading goes on with the next line or file. The callers (``extract``,
``ingest``, ``enqueue``) report problems on stderr and as error records.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Protocol

from actorgraph.ingest.fetch.http import is_web_url
from actorgraph.model import Article

#: File endings read from folders. ``.jsonl``/``.json``: one article per line; ``.txt``: one article.
JSONL_SUFFIXES = (".jsonl", ".json", ".ndjson")
TEXT_SUFFIXES = (".txt",)
#: Saved web pages: one article each, its main text extracted (actorgraph.ingest.fetch).
HTML_SUFFIXES = (".html", ".htm")
STDIN_NAME = "-"


@dataclass(frozen=True, slots=True)
class InputArticle:
    """An article read successfully, with where it came from."""

    origin: str  # file name, or "-" for stdin
    line: int  # 1-based line of a JSON Lines input; 0 for a whole text file
    article: Article


@dataclass(frozen=True, slots=True)
class InputProblem:
    """One input item that could not be read, and why."""

    origin: str
    line: int
    message: str
    id: str | None = None

    def describe(self) -> str:
        where = f"{self.origin}:{self.line}" if self.line else self.origin
        return f"{where}: {self.message}"

    def as_record(self) -> dict[str, object]:
        """The error record written on stdout in place of the item's result."""
        return {"id": self.id, "origin": self.origin, "line": self.line, "error": self.message}


InputItem = InputArticle | InputProblem


class WebNames(Protocol):
    """What the reader needs for web inputs (:class:`actorgraph.ingest.fetch.source.WebInput`)."""

    def html_file(self, path: Path) -> InputItem: ...

    def url(self, url: str) -> Iterator[InputItem]: ...


def parse_article(raw: str, *, origin: str, line: int, max_text_bytes: int) -> InputArticle | InputProblem:
    """Parse and validate one JSON Lines line."""
    if not raw.strip():
        return InputProblem(origin, line, "empty line")
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        return InputProblem(origin, line, f"not JSON: {exc.msg} at column {exc.colno}")
    if not isinstance(data, dict):
        return InputProblem(origin, line, f"expected a JSON object, got {type(data).__name__}")
    raw_id = data.get("id")
    if raw_id is None or (isinstance(raw_id, str) and not raw_id.strip()):
        return InputProblem(origin, line, 'missing "id"')
    if not isinstance(raw_id, str | int):
        return InputProblem(origin, line, '"id" must be a string or an integer')
    doc_id = str(raw_id)
    return _checked_article(data, doc_id, origin=origin, line=line, max_text_bytes=max_text_bytes)


def _checked_article(
    data: dict[str, object], doc_id: str, *, origin: str, line: int, max_text_bytes: int
) -> InputArticle | InputProblem:
    text = data.get("text")
    if not isinstance(text, str):
        return InputProblem(origin, line, 'missing "text" (a string)', doc_id)
    if not text.strip():
        return InputProblem(origin, line, 'empty "text"', doc_id)
    for name in ("id", "text", "title", "source", "published", "url"):
        surrogate = _lone_surrogate(doc_id if name == "id" else data.get(name))
        if surrogate is not None:  # a JSON escape such as "\ud800": no UTF-8 for it, nor a hash
            return InputProblem(origin, line, f'"{name}" is not valid Unicode ({surrogate})', doc_id)
    size = len(text.encode("utf-8"))
    if size > max_text_bytes:
        message = f'"text" is {size} bytes, over the limit of {max_text_bytes}'
        return InputProblem(origin, line, message, doc_id)
    fields: dict[str, str | None] = {}
    for name in ("title", "source", "published", "url"):
        value = data.get(name)
        if value is not None and not isinstance(value, str):
            return InputProblem(origin, line, f'"{name}" must be a string', doc_id)
        fields[name] = value
    return InputArticle(origin, line, Article(id=doc_id, text=text, **fields))


def _lone_surrogate(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        return f"lone surrogate U+{ord(value[exc.start]):04X} at {exc.start}"
    return None


def _decode(raw: bytes, origin: str) -> str | InputProblem:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return InputProblem(
            origin, 0, f"not UTF-8 text (byte 0x{raw[exc.start]:02x} at offset {exc.start}); file refused"
        )


def read_jsonl_bytes(raw: bytes, origin: str, max_text_bytes: int) -> Iterator[InputItem]:
    """Articles of one JSON Lines document given as bytes."""
    text = _decode(raw, origin)
    if isinstance(text, InputProblem):
        yield text
        return
    # An empty line is reported like any other bad item: in a feed it usually means a
    # record was lost upstream, and the line number lets the sender find it.
    for number, line in enumerate(text.splitlines(), start=1):
        yield parse_article(line, origin=origin, line=number, max_text_bytes=max_text_bytes)


def read_text_file(path: Path, max_text_bytes: int) -> InputItem:
    """One plain text file is one article; its id is the file name without the ending."""
    text = _decode(path.read_bytes(), str(path))
    if isinstance(text, InputProblem):
        return text
    data: dict[str, object] = {"text": text, "title": path.stem}
    return _checked_article(data, path.stem, origin=str(path), line=0, max_text_bytes=max_text_bytes)


def expand_paths(paths: Iterable[str]) -> Iterator[str]:
    """Files named, and the readable files inside folders named, in a stable order."""
    for name in paths:
        path = Path(name)
        if name != STDIN_NAME and path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in JSONL_SUFFIXES + TEXT_SUFFIXES + HTML_SUFFIXES:
                    yield str(child)
        else:
            yield name


def read_inputs(
    paths: Iterable[str], max_text_bytes: int, stdin: BinaryIO | None = None, web: WebNames | None = None
) -> Iterator[InputItem]:
    """Every article of the inputs in order. No paths, or ``-``, reads JSON Lines from stdin.
    URLs and ``.html`` files need ``web``; without it they are reported as problems."""
    names = list(paths) or [STDIN_NAME]
    for name in expand_paths(names):
        if name == STDIN_NAME:
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from read_jsonl_bytes(stream.read(), STDIN_NAME, max_text_bytes)
            continue
        path = Path(name)
        if is_web_url(name) or path.suffix.lower() in HTML_SUFFIXES:
            yield from _web_item(name, path, web)
        elif not path.is_file():
            yield InputProblem(name, 0, "no such file")
        elif path.suffix.lower() in TEXT_SUFFIXES:
            yield read_text_file(path, max_text_bytes)
        else:
            yield from read_jsonl_bytes(path.read_bytes(), name, max_text_bytes)


def _web_item(name: str, path: Path, web: WebNames | None) -> Iterator[InputItem]:
    if web is None:
        yield InputProblem(name, 0, "web pages and URLs are not read here")
    elif is_web_url(name):
        yield from web.url(name)
    elif not path.is_file():
        yield InputProblem(name, 0, "no such file")
    else:
        yield web.html_file(path)
