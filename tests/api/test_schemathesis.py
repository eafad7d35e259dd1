"""The OpenAPI document says what the API does: schemathesis, as a new user would run it
(every check, every phase: examples, coverage, fuzzing, stateful links between
operations), finds no failure. Run on each store (``backend``); the figures of a run are
printed (``pytest -s``).
"""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from actorgraph.api.app import create_app
from actorgraph.store.base import Store
from tests.api.conftest import API_KEY, Stores, api_settings
from tests.api.schemathesis_run import run

#: Examples per operation and phase: enough to reach every parameter's edges (the coverage
#: phase adds its own cases), small enough for about half a minute per store.
MAX_EXAMPLES = 25


def test_schemathesis_finds_no_failure(fresh_store: Store, stores: Stores, tmp_path: Path) -> None:
    settings = api_settings(store=stores.backend, queue_url=str(tmp_path / "queue.db"))
    app = create_app(settings, fresh_store)
    with TestClient(app):  # the lifespan puts settings and store on app.state
        report = run(app, MAX_EXAMPLES, headers={"X-API-Key": API_KEY})
    print(
        f"\nschemathesis on {stores.backend}: {report.operations} operations, {report.cases} cases, "
        f"{len(report.failures)} failures, phases {report.phases}"
    )
    assert report.operations >= 20
    assert set(report.phases) >= {"examples", "coverage", "fuzzing", "stateful"}
    assert not report.failures and not report.errors, report.describe()
