"""Start, stop and inspect the local Neo4j: one background JVM per home directory.

The JVM's pid goes to ``<home>/neo4j.pid`` and its output to ``<home>/neo4j.log``; the
launcher prints ``READY <bolt uri> [<browser url>]`` once its user and password are set.
``start`` returns only when a driver session with those credentials answers.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import neo4j
from neo4j.exceptions import AuthError, DriverError, Neo4jError

from actorgraph.config import Settings
from actorgraph.errors import ActorGraphError
from actorgraph.neo4jlocal.build import MAIN_CLASS, LauncherBuild, build_launcher, launcher_root
from actorgraph.neo4jlocal.exposure import check_listen_address

#: What Neo4j's own start script opens for its direct-memory and native file access.
JVM_OPENS = [
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--add-opens=java.base/java.lang=ALL-UNNAMED",
    "-Dio.netty.tryReflectionSetAccessible=true",
]
_READY = re.compile(r"^READY (\S+)(?: (\S+))?$", re.MULTILINE)


class LocalNeo4jError(ActorGraphError):
    """The local Neo4j could not be started or stopped."""


@dataclass(frozen=True)
class LocalNeo4jConfig:
    home: Path
    bolt_port: int
    http_port: int
    user: str
    password: str
    heap: str = "512m"
    pagecache: str = "256m"
    listen_address: str = "127.0.0.1"

    @classmethod
    def from_settings(cls, settings: Settings) -> LocalNeo4jConfig:
        return cls(
            home=settings.neo4j_home.resolve(),
            bolt_port=settings.neo4j_bolt_port,
            http_port=settings.neo4j_http_port,
            user=settings.neo4j_user,
            password=settings.neo4j_password,
            heap=settings.neo4j_heap,
            pagecache=settings.neo4j_pagecache,
            listen_address=settings.neo4j_listen_address,
        )

    @property
    def connect_host(self) -> str:
        """The host a client on this machine dials (as the launcher computes it): loopback
        for a wildcard listen address, else the address, an IPv6 literal in brackets."""
        host = self.listen_address.strip()
        if host in ("0.0.0.0", "::", "[::]"):
            return "127.0.0.1"
        return f"[{host}]" if ":" in host and not host.startswith("[") else host

    @property
    def uri(self) -> str:
        return f"bolt://{self.connect_host}:{self.bolt_port}"

    @property
    def browser_url(self) -> str:
        return f"http://{self.connect_host}:{self.http_port}/browser/"


@dataclass(frozen=True)
class ServerStatus:
    running: bool
    pid: int | None
    uri: str
    bolt_answers: bool
    browser_url: str | None


class LocalNeo4j:
    """One local server, identified by its home directory."""

    def __init__(self, config: LocalNeo4jConfig, build: LauncherBuild | None = None) -> None:
        self.config = config
        self._build = build

    @property
    def pid_file(self) -> Path:
        return self.config.home / "neo4j.pid"

    @property
    def log_file(self) -> Path:
        return self.config.home / "neo4j.log"

    def _launcher(self) -> LauncherBuild:
        if self._build is None:
            self._build = build_launcher(launcher_root(self.config.home))
        return self._build

    def _command(self, build: LauncherBuild) -> list[str]:
        java = shutil.which("java", path=os.path.join(os.environ.get("JAVA_HOME", ""), "bin")) or "java"
        c = self.config
        cmd = [
            java,
            f"-Xmx{c.heap}",
            f"-Xms{c.heap}",
            "-XX:+UseG1GC",
            "-XX:+ExitOnOutOfMemoryError",
            *JVM_OPENS,
            "-cp",
            build.classpath(),
            MAIN_CLASS,
            "--home", str(c.home),
            "--bolt-port", str(c.bolt_port),
            "--http-port", str(c.http_port),
            "--user", c.user,
            "--pagecache", c.pagecache,
            "--listen-address", c.listen_address.strip(),
            "--plugins", str(build.plugins),
        ]  # fmt: skip
        if build.browser_jar is not None:
            cmd += ["--browser-jar", str(build.browser_jar)]
        return cmd

    def pid(self) -> int | None:
        """The launcher's pid if it runs (a stale pid file, or a reused pid, counts as not)."""
        try:
            pid = int(self.pid_file.read_text().strip())
        except (OSError, ValueError):
            return None
        try:
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
            stat = Path(f"/proc/{pid}/stat").read_text()
        except OSError:
            return None
        if stat.rsplit(")", 1)[-1].split()[0] == "Z":
            return None
        return pid if MAIN_CLASS.encode() in cmdline else None

    def bolt_answers(self, timeout: float = 3.0) -> bool:
        c = self.config
        try:
            with neo4j.GraphDatabase.driver(
                c.uri, auth=(c.user, c.password), connection_timeout=timeout, max_connection_pool_size=1
            ) as driver:
                driver.verify_connectivity()
            return True
        except (DriverError, Neo4jError, OSError):
            return False

    def status(self) -> ServerStatus:
        pid = self.pid()
        answers = pid is not None and self.bolt_answers()
        browser = self.config.browser_url if pid is not None and self.config.http_port > 0 else None
        return ServerStatus(pid is not None, pid, self.config.uri, answers, browser)

    def start(self, timeout: float = 180.0) -> ServerStatus:
        """Start the server (building the launcher first if needed) and wait for Bolt."""
        if len(self.config.password) < 8:
            raise LocalNeo4jError("ACTORGRAPH_NEO4J_PASSWORD must have at least 8 characters (Neo4j's rule)")
        check_listen_address(self.config.listen_address, self.config.password)
        if self.pid() is not None:
            return self._wait_ready(self.pid(), 0, timeout)
        build = self._launcher()
        self.config.home.mkdir(parents=True, exist_ok=True)
        offset = self.log_file.stat().st_size if self.log_file.exists() else 0
        env = {**os.environ, "ACTORGRAPH_NEO4J_PASSWORD": self.config.password}
        with open(self.log_file, "ab") as log:
            proc = subprocess.Popen(
                self._command(build),
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                env=env,
                cwd=self.config.home,
                start_new_session=True,  # survives the CLI that started it; no terminal signals
            )
        self.pid_file.write_text(f"{proc.pid}\n")
        return self._wait_ready(proc.pid, offset, timeout, proc)

    def _wait_ready(
        self, pid: int | None, offset: int, timeout: float, proc: subprocess.Popen[bytes] | None = None
    ) -> ServerStatus:
        deadline = time.monotonic() + timeout
        seen_ready = proc is None
        while time.monotonic() < deadline:
            if proc is not None and proc.poll() is not None:
                self.pid_file.unlink(missing_ok=True)
                raise LocalNeo4jError(
                    f"Neo4j exited with status {proc.returncode} while starting; "
                    f"last lines of {self.log_file}:\n{self._log_tail(offset)}"
                )
            if not seen_ready:
                seen_ready = _READY.search(self._log_since(offset)) is not None
            if seen_ready:
                try:
                    self._verify()
                    return self.status()
                except AuthError as exc:
                    raise LocalNeo4jError(
                        f"Neo4j at {self.config.uri} refused user {self.config.user!r}: {exc.message}"
                    ) from exc
                except (DriverError, Neo4jError, OSError):
                    pass
            time.sleep(0.5)
        raise LocalNeo4jError(
            f"Neo4j (pid {pid}) did not answer on {self.config.uri} within {timeout:.0f}s; "
            f"see {self.log_file}:\n{self._log_tail(offset)}"
        )

    def _verify(self) -> None:
        c = self.config
        with neo4j.GraphDatabase.driver(c.uri, auth=(c.user, c.password), connection_timeout=3) as driver:
            driver.verify_connectivity()

    def stop(self, timeout: float = 90.0) -> bool:
        """Stop the server cleanly (SIGTERM, then SIGKILL after ``timeout``). False: it was not running."""
        pid = self.pid()
        if pid is None:
            self.pid_file.unlink(missing_ok=True)
            return False
        os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.pid() is None:
                break
            time.sleep(0.3)
        else:
            os.kill(pid, signal.SIGKILL)
            while self.pid() is not None:
                time.sleep(0.2)
        self.pid_file.unlink(missing_ok=True)
        return True

    def _log_since(self, offset: int) -> str:
        try:
            with open(self.log_file, "rb") as f:
                f.seek(offset)
                return f.read().decode("utf-8", "replace")
        except OSError:
            return ""

    def _log_tail(self, offset: int, lines: int = 25) -> str:
        return "\n".join(self._log_since(offset).strip().splitlines()[-lines:])
