"""Repository-level pytest configuration: shared fixtures for real components live in
``tests/fixtures/`` and are registered here so every test folder can use them."""

import os

os.environ.setdefault("HF_HUB_OFFLINE", "1")

pytest_plugins: list[str] = [
    "tests.fixtures.redis",
    "tests.fixtures.browser",
    "tests.fixtures.neo4j",
    "tests.fixtures.websites",
]
