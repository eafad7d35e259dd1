"""Open the store the settings choose. The only place that knows both implementations."""

from __future__ import annotations

from actorgraph.config import Settings
from actorgraph.store.base import Store


def open_store(settings: Settings) -> Store:
    """Connect to the configured store and make sure its schema exists."""
    if settings.store == "neo4j":
        from actorgraph.store.neo4j import open_neo4j_store

        store: Store = open_neo4j_store(settings)
    else:
        from actorgraph.store.embedded import EmbeddedStore

        store = EmbeddedStore.open(settings.db_path)
    store.setup()
    return store
