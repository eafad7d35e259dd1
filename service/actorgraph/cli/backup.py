"""``actorgraph backup DEST``: a consistent copy of the embedded store, taken while the
service and the workers go on writing (SQLite's online backup API; docs/operations.md)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from actorgraph.config import Settings
from actorgraph.errors import InputError


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "backup",
        help="copy the embedded store to DEST while the service runs (a checked, consistent snapshot)",
    )
    p.add_argument("dest", type=Path, help="the backup file, or a folder to put a time-stamped one in")
    p.add_argument("--force", action="store_true", help="replace DEST if it exists")
    p.set_defaults(handler=run_backup)


def run_backup(args: argparse.Namespace, settings: Settings) -> int:
    from actorgraph.store.sqlite.backup import backup

    if settings.store != "embedded":
        raise InputError(
            "actorgraph backup copies the embedded store; back Neo4j up with its own tools "
            "(neo4j-admin database dump, with the server stopped, in Community edition)"
        )
    report = backup(settings.db_path, args.dest, overwrite=args.force)
    print(f"actorgraph: backup of {report.source} in {report.path} ({report.bytes} bytes)", file=sys.stderr)
    print(json.dumps(report.as_dict()))
    return 0
