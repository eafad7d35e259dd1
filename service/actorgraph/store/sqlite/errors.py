"""sqlite3's errors, translated at the embedded store's boundary into actorgraph's own."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from actorgraph.errors import StoreError, StoreUnavailable


@contextmanager
def translated() -> Iterator[None]:
    """sqlite3 errors leave the embedded store as actorgraph errors."""
    try:
        yield
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise StoreUnavailable(f"the embedded store is busy: {exc}") from exc
        raise StoreError(f"embedded store: {exc}") from exc
    except sqlite3.Error as exc:
        raise StoreError(f"embedded store: {exc}") from exc
