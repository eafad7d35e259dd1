"""A local Neo4j without Docker: Neo4j's own jars from Maven Central, embedded by the small
Java launcher in ``neo4j-launcher/``, started and stopped as a background process."""

from actorgraph.neo4jlocal.build import LauncherBuild, build_launcher
from actorgraph.neo4jlocal.server import LocalNeo4j, LocalNeo4jConfig, LocalNeo4jError, ServerStatus

__all__ = [
    "LauncherBuild",
    "LocalNeo4j",
    "LocalNeo4jConfig",
    "LocalNeo4jError",
    "ServerStatus",
    "build_launcher",
]
