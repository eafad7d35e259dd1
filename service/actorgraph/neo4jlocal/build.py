"""Build the Java launcher with Maven on first use (the jars come from Maven Central)."""

from __future__ import annotations

import fcntl
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from actorgraph.config import BUNDLED_DIR, data_dir, load_settings
from actorgraph.errors import ActorGraphError

MAIN_CLASS = "dev.actorgraph.launcher.Launcher"


class LauncherBuildError(ActorGraphError):
    """Maven or the JDK is missing, or the launcher did not build."""


@dataclass(frozen=True)
class LauncherBuild:
    """The files a built launcher consists of."""

    root: Path

    @property
    def target(self) -> Path:
        return self.root / "target"

    @property
    def jar(self) -> Path:
        return self.target / "neo4j-launcher.jar"

    @property
    def lib(self) -> Path:
        return self.target / "lib"

    @property
    def plugins(self) -> Path:
        return self.target / "plugins"

    @property
    def browser_jar(self) -> Path | None:
        jars = sorted((self.target / "browser").glob("neo4j-browser-*.jar"))
        return jars[-1] if jars else None

    def classpath(self) -> str:
        # APOC must also be on the JVM classpath: its extension factories are found through
        # ServiceLoader there, while Neo4j compiles its procedures from the plugin directory.
        return ":".join([str(self.jar), f"{self.lib}/*", f"{self.plugins}/*"])

    def is_current(self) -> bool:
        """Built, and not older than the pom or the Java source."""
        if not self.jar.is_file() or not self.lib.is_dir() or not any(self.lib.glob("neo4j-*.jar")):
            return False
        built = self.jar.stat().st_mtime
        sources = [self.root / "pom.xml", *self.root.joinpath("src").rglob("*.java")]
        return all(s.stat().st_mtime <= built for s in sources)


def launcher_root(home: Path) -> Path:
    """Where the launcher is built. In a checkout: in place, ``neo4j-launcher/`` (its
    ``target/`` is shared by ``scripts/setup-neo4j``, the tests and ``actorgraph neo4j``).
    From an installed package, whose files may be read-only and belong to no one server:
    ``<home>/launcher``, with the pom and Java sources copied there (again when they
    change, which makes the build stale and so rebuilt)."""
    sources = data_dir("neo4j-launcher")
    if not sources.is_relative_to(BUNDLED_DIR):
        return sources
    work = home / "launcher"
    for source in [sources / "pom.xml", *sorted((sources / "src").rglob("*"))]:
        copy = work / source.relative_to(sources)
        if source.is_file() and (not copy.is_file() or copy.read_bytes() != source.read_bytes()):
            copy.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, copy)
    return work


def build_launcher(root: Path | None = None, *, force: bool = False) -> LauncherBuild:
    """Build the launcher unless it is current; safe to call from several processes at once.
    ``root`` defaults to :func:`launcher_root` of the configured ``neo4j_home``."""
    if root is None:
        root = launcher_root(load_settings().neo4j_home.resolve())
    build = LauncherBuild(root)
    if not force and build.is_current():
        return build
    mvn = shutil.which("mvn")
    if mvn is None:
        raise LauncherBuildError("Maven (mvn) is not on PATH; install it (Debian: apt-get install maven)")
    if shutil.which("java") is None:
        raise LauncherBuildError("java is not on PATH; install a JDK 17 (Debian: openjdk-17-jdk-headless)")
    build.target.mkdir(parents=True, exist_ok=True)
    with open(build.target / ".build.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # a concurrent build finishes first, then we re-check
        if not force and build.is_current():
            return build
        proc = subprocess.run(
            [mvn, "-B", "-q", "-f", str(root / "pom.xml"), "package", "-DskipTests"],
            capture_output=True,
            text=True,
            check=False,
        )
        if proc.returncode != 0 or not build.is_current():
            tail = "\n".join((proc.stdout + proc.stderr).strip().splitlines()[-30:])
            raise LauncherBuildError(f"building the Neo4j launcher with Maven failed:\n{tail}")
    return build
