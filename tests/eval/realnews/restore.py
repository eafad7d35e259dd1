"""Put one excerpt back into the text cache from the page text it was cut from.

    .venv/bin/python tests/eval/realnews/restore.py ID PAGE_TEXT_FILE

The repository keeps no third-party text, so a new machine (or a lost cache) has to fetch
each excerpt again from where its record says it was found (``url``, ``query``). The page
text found there is usually longer than the excerpt: this looks for the slice of it whose
length and sha256 are the record's and writes it as ``<ID>.txt`` into the first cache
folder (``$ACTORGRAPH_REALNEWS_CACHE``, else ``.cache/realnews/texts/``). It refuses, and
says how the lengths compare, when no slice matches: the text was copied with a change.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from actorgraph.evaluation.goldsets import REALNEWS_DIR, cache_dirs, read_jsonl, sha256_text


def find_slice(page: str, length: int, digest: str) -> str | None:
    """The slice of ``page`` (as given, or stripped) with this length and sha256."""
    for text in (page, page.strip()):
        for start in range(max(0, len(text) - length) + 1):
            piece = text[start : start + length]
            if sha256_text(piece) == digest:
                return piece
    return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("id")
    parser.add_argument("page", type=Path)
    args = parser.parse_args()
    records = {r["id"]: r for split in ("dev", "test") for r in read_jsonl(REALNEWS_DIR / f"{split}.jsonl")}
    record = records.get(args.id)
    if record is None:
        print(f"restore: no record {args.id!r} in {REALNEWS_DIR}", file=sys.stderr)
        return 2
    page = args.page.read_text(encoding="utf-8")
    piece = find_slice(page, record["length"], record["sha256"])
    if piece is None:
        print(
            f"restore: no slice of {args.page} ({len(page)} characters) has the record's length "
            f"{record['length']} and sha256; look for a changed character (quotes, dashes, spaces)",
            file=sys.stderr,
        )
        return 1
    folder = cache_dirs()[0]
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{args.id}.txt").write_text(piece, encoding="utf-8")
    print(f"restored {args.id} ({record['length']} characters) into {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
