"""Every Cypher statement lives in ``cypher/<dir>/<name>.cypher``; this loads them by name.

Files are read once per process and cached. A file may hold several statements separated
by a ``;`` at the end of a line (schema files do); ``//`` comment lines are kept out of
the statements so a comment-only file is an error, not an empty query.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from actorgraph.config import load_settings
from actorgraph.errors import StoreError

_NAME = re.compile(r"^[a-z0-9_]+(/[a-z0-9_]+)*$")


@lru_cache(maxsize=512)
def _read(root: Path, name: str) -> tuple[str, ...]:
    if not _NAME.match(name):
        raise StoreError(f"bad Cypher statement name {name!r}")
    path = root / f"{name}.cypher"
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise StoreError(f"cannot read Cypher statement {name!r} from {path}: {exc}") from exc
    body = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("//"))
    statements = tuple(s.strip() for s in re.split(r";\s*$", body, flags=re.MULTILINE) if s.strip())
    if not statements:
        raise StoreError(f"{path} holds no Cypher statement")
    return statements


class CypherLibrary:
    """The statements under one ``cypher/`` directory."""

    def __init__(self, root: Path | None = None) -> None:
        """``root`` defaults to the setting ``cypher_dir`` (``ACTORGRAPH_CYPHER_DIR``, else
        the library the package carries or the checkout's ``cypher/``)."""
        self.root = (root if root is not None else load_settings().cypher_dir).resolve()

    def statements(self, name: str) -> tuple[str, ...]:
        """All statements of ``<root>/<name>.cypher``, in file order."""
        return _read(self.root, name)

    def __getitem__(self, name: str) -> str:
        """The one statement of ``<root>/<name>.cypher``."""
        found = _read(self.root, name)
        if len(found) != 1:
            raise StoreError(f"{name}.cypher holds {len(found)} statements, expected one")
        return found[0]
