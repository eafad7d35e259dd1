"""The OpenAPI document, made to say exactly what the API answers.

FastAPI's generated document is completed here: every error as problem+json with the
Problem schema, the statuses every operation can give (422 for parameters, 503 for a store
that is down), 400 and 413 on operations that take a body, and bounds that come from the
settings (the neighbourhood's node cap) rather than from the code.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from actorgraph.api.errors import PROBLEM_MEDIA_TYPE
from actorgraph.config import Settings

PROBLEM_SCHEMA: dict[str, Any] = {
    "type": "object",
    "title": "Problem",
    "description": "RFC 9457 problem details; extra members depend on the problem type.",
    "required": ["type", "title", "status"],
    "properties": {
        "type": {"type": "string"},
        "title": {"type": "string"},
        "status": {"type": "integer"},
        "detail": {"type": "string"},
        "instance": {"type": "string"},
        "suggestions": {"type": "array", "items": {"type": "string"}, "description": "nearest actor names"},
        "errors": {"type": "array", "items": {"type": "object"}, "description": "each invalid parameter"},
    },
    "additionalProperties": True,
}

#: Responses every operation can give, on top of those it documents itself.
COMMON_PROBLEMS = {
    "422": "invalid parameters (problem+json lists each one)",
    "503": "the store is unavailable; retry after the Retry-After header",
}
#: Responses of every operation that takes a request body.
BODY_PROBLEMS = {
    "400": "the body is not JSON",
    "413": "the body is over the server's limit (ACTORGRAPH_MAX_BODY_BYTES)",
}
def _node_cap(settings: Settings) -> int:
    return settings.node_cap


#: Query parameters whose largest value is a setting: (path, parameter) -> its reader.
SETTING_BOUNDS: dict[tuple[str, str], Callable[[Settings], int]] = {
    ("/v1/actors/{actor}/neighbourhood", "limit"): _node_cap,
    ("/embed/neighbourhood", "limit"): _node_cap,
}


def _complete_responses(op: dict[str, Any]) -> None:
    responses = op.setdefault("responses", {})
    extra = {**COMMON_PROBLEMS, **(BODY_PROBLEMS if "requestBody" in op else {})}
    for code, description in extra.items():
        responses.setdefault(code, {"description": description})
    # HTML pages (the widget) answer their errors as HTML pages too.
    html = "text/html" in responses.get("200", {}).get("content", {})
    problem = {PROBLEM_MEDIA_TYPE: {"schema": {"$ref": "#/components/schemas/Problem"}}}
    for code, response in responses.items():
        if code[:1] in ("4", "5"):
            if response.get("description") == "Validation Error":
                response["description"] = COMMON_PROBLEMS["422"]
            response["content"] = {"text/html": {"schema": {"type": "string"}}} if html else problem


def _apply_settings(paths: dict[str, Any], settings: Settings) -> None:
    if settings.read_api_key:  # then every operation but /health can answer 401
        for path, item in paths.items():
            for op in item.values():
                if path != "/health":
                    responses = op.setdefault("responses", {})
                    responses.setdefault("401", {"description": "missing or wrong X-API-Key"})
    for (path, name), read in SETTING_BOUNDS.items():
        for param in paths.get(path, {}).get("get", {}).get("parameters", []):
            if param.get("name") == name and param.get("in") == "query":
                schema = param["schema"]
                target = next((s for s in schema.get("anyOf", []) if s.get("type") == "integer"), schema)
                target["maximum"] = read(settings)


def build_openapi(app: FastAPI) -> dict[str, Any]:
    schema = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
    schemas = schema.setdefault("components", {}).setdefault("schemas", {})
    schemas["Problem"] = PROBLEM_SCHEMA
    for unused in ("HTTPValidationError", "ValidationError"):
        schemas.pop(unused, None)
    paths = schema.get("paths", {})
    settings: Settings | None = getattr(app.state, "settings", None)
    if settings is not None:
        _apply_settings(paths, settings)
    for item in paths.values():
        for op in item.values():
            _complete_responses(op)
    return schema


def install(app: FastAPI) -> None:
    def openapi() -> dict[str, Any]:
        # Built on first request, after the lifespan has put the settings on app.state.
        if not app.openapi_schema:
            app.openapi_schema = build_openapi(app)
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
