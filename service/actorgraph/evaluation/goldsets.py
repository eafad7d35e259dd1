"""Gold sets of the extraction metric, and the real-news set whose texts stay out of the
repository.

A gold file holds one JSON object per line: ``{"id", "text", "gold": [...]}`` in the
format of ``shared/eval/dev.jsonl``. Real-news gold files (``tests/eval/realnews/*.jsonl``)
carry no ``text``: third-party text never enters the repository. Each of their lines names
the excerpt's ``url``, the ``query`` that found it, its ``length`` in characters and its
``sha256``; the text itself lives in a cache folder outside version control, and
:func:`load_realnews` refuses a cached text whose length or hash differ from the record.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from actorgraph.config import REPO_ROOT

#: Environment variable naming the folder of cached real-news texts (``<id>.txt``).
CACHE_ENV = "ACTORGRAPH_REALNEWS_CACHE"
#: Where cached texts are looked for, in order, when the variable is unset.
DEFAULT_CACHES = (
    REPO_ROOT / ".cache" / "realnews" / "texts",
    Path.home() / ".cache" / "actorgraph" / "realnews" / "texts",
)
REALNEWS_DIR = REPO_ROOT / "tests" / "eval" / "realnews"


class GoldSetError(Exception):
    """A gold file or a cached text that cannot be used, with the reason."""


class CachedTextMissing(GoldSetError):
    """The real-news texts are not on this machine (they never are in a fresh clone)."""


@dataclass(frozen=True, slots=True)
class GoldItem:
    """One scored text: its id, its text and its gold relations (score.py's format)."""

    id: str
    text: str
    gold: list[dict[str, Any]]
    meta: dict[str, Any] = field(default_factory=dict)

    def as_row(self) -> dict[str, Any]:
        """The line score.py reads: the text is put back for the evidence check."""
        return {"id": self.id, "text": self.text, "gold": self.gold}


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """The objects of a JSON Lines file; a bad line is named with file and line number."""
    rows: list[dict[str, Any]] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as exc:
            raise GoldSetError(f"{path}:{number}: not JSON: {exc.msg}") from exc
    return rows


def load_gold(path: Path) -> list[GoldItem]:
    """A gold file whose lines carry their text (dev, seed, own, news)."""
    return [GoldItem(str(r["id"]), str(r["text"]), list(r["gold"])) for r in read_jsonl(path)]


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def cache_dirs() -> list[Path]:
    configured = os.environ.get(CACHE_ENV)
    return [Path(configured)] if configured else list(DEFAULT_CACHES)


def cached_text(record: dict[str, Any], dirs: list[Path] | None = None) -> str:
    """The cached text of one real-news record, checked against its length and sha256."""
    name = f"{record['id']}.txt"
    folders = dirs if dirs is not None else cache_dirs()
    path = next((d / name for d in folders if (d / name).is_file()), None)
    if path is None:
        raise CachedTextMissing(f"no cached text for {record['id']} in {', '.join(map(str, folders))}")
    text = path.read_text(encoding="utf-8")
    if len(text) != record["length"] or sha256_text(text) != record["sha256"]:
        raise GoldSetError(
            f"{path}: cached text differs from the record of {record['id']} "
            f"(length {len(text)} vs {record['length']}, or sha256): fetch it again from {record['url']}"
        )
    return text


def load_realnews(
    split: str, directory: Path = REALNEWS_DIR, dirs: list[Path] | None = None
) -> list[GoldItem]:
    """The real-news gold of one split (``dev`` or ``test``) with the cached texts."""
    path = directory / f"{split}.jsonl"
    if not path.is_file():
        raise GoldSetError(f"{path} is missing")
    items: list[GoldItem] = []
    for record in read_jsonl(path):
        if "text" in record:
            raise GoldSetError(
                f"{path}: {record['id']} carries its text; only url, length and sha256 belong here"
            )
        meta = {k: v for k, v in record.items() if k not in ("id", "gold")}
        items.append(GoldItem(str(record["id"]), cached_text(record, dirs), list(record["gold"]), meta))
    return items
