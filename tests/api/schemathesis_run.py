"""Run schemathesis on an app as its CLI runs (``st run --checks all`` with every phase:
examples, coverage, fuzzing, stateful) through its engine, in process over ASGI.

The engine is schemathesis' own Python API under its CLI; its pytest loader does not run
under pytest 9. The seed is fixed so a run is reproducible; the failures come back as
readable lines (operation, check, reproducing curl, the response).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import schemathesis
from fastapi import FastAPI
from schemathesis.checks import load_all_checks
from schemathesis.config import SchemathesisConfig
from schemathesis.engine import Status, events, from_schema

PHASES = ["examples", "coverage", "fuzzing", "stateful"]
SEED = 20261205


@dataclass
class Report:
    operations: int = 0
    cases: int = 0
    failures: dict[tuple[str, str], str] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    phases: dict[str, str] = field(default_factory=dict)

    def describe(self) -> str:
        lines = [f"{op} -- {check}\n{detail}" for (op, check), detail in sorted(self.failures.items())]
        return "\n\n".join([*lines, *self.errors])


def _failure_text(recorder: Any, case_id: str, info: Any) -> str:
    text = f"{info.failure.title}: {info.failure.message}\n{info.code_sample}"
    interaction = recorder.interactions.get(case_id)
    if interaction is not None and interaction.response is not None:
        body = (interaction.response.content or b"")[:600].decode("utf-8", "replace")
        text += f"\n-> {interaction.response.status_code} {body}"
    return text


def _record(report: Report, event: events.ScenarioFinished) -> None:
    recorder = event.recorder
    report.cases += len(recorder.cases)
    for case_id, checks in recorder.checks.items():
        for check in checks:
            if check.status == Status.FAILURE and check.failure_info is not None:
                key = (recorder.label, check.name)
                report.failures.setdefault(key, _failure_text(recorder, case_id, check.failure_info))


def run(app: FastAPI, max_examples: int, headers: dict[str, str]) -> Report:
    """Every phase and every check against ``app`` (whose lifespan must be running)."""
    load_all_checks()
    config = SchemathesisConfig(seed=SEED)
    project = config.projects.override
    project.phases.update(phases=PHASES)
    project.checks.update(included_check_names=["all"])
    project.generation.update(max_examples=max_examples)
    project.update(headers=headers)
    schema = schemathesis.openapi.from_asgi("/openapi.json", app, config=config)
    report = Report(operations=sum(1 for r in schema.get_all_operations() if r.ok() is not None))
    for event in from_schema(schema).execute():
        if isinstance(event, events.ScenarioFinished):
            _record(report, event)
        elif isinstance(event, events.NonFatalError):
            report.errors.append(f"{event.label}: {event.value!r}")
        elif isinstance(event, events.FatalError):
            report.errors.append(f"fatal: {event.exception!r}")
        elif isinstance(event, events.PhaseFinished):
            report.phases[event.phase.name.value] = event.status.value
    return report
