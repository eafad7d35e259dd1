"""``actorgraph neo4j start`` refuses the development password beyond loopback (issue 14)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from actorgraph.config import DEV_NEO4J_PASSWORD, REPO_ROOT, load_settings
from actorgraph.neo4jlocal import LocalNeo4jConfig
from actorgraph.neo4jlocal.exposure import ExposedDevPasswordError, check_listen_address, is_loopback

LOOPBACK = ["127.0.0.1", "127.8.9.10", "::1", "[::1]", "localhost", "LOCALHOST", "::ffff:127.0.0.1"]
BEYOND = [
    "0.0.0.0",
    "::",
    "[::]",
    "192.168.1.20",
    "10.0.0.5",
    "fe80::1",
    "2001:db8::1",
    "myhost.lan",
    "8.8.8.8",
]


@pytest.mark.parametrize("address", LOOPBACK)
def test_loopback_addresses_are_loopback(address: str) -> None:
    assert is_loopback(address)


@pytest.mark.parametrize("address", BEYOND)
def test_wildcard_lan_and_host_names_are_not_loopback(address: str) -> None:
    assert not is_loopback(address)


@pytest.mark.parametrize("address", LOOPBACK)
def test_dev_password_is_allowed_on_loopback(address: str) -> None:
    check_listen_address(address, DEV_NEO4J_PASSWORD)


@pytest.mark.parametrize("address", BEYOND)
def test_dev_password_is_refused_beyond_loopback(address: str) -> None:
    with pytest.raises(ExposedDevPasswordError, match="ACTORGRAPH_NEO4J_PASSWORD"):
        check_listen_address(address, DEV_NEO4J_PASSWORD)


@pytest.mark.parametrize("address", BEYOND)
def test_own_password_is_allowed_beyond_loopback(address: str) -> None:
    check_listen_address(address, "a-secret-of-our-own")


def test_settings_default_to_loopback_and_the_dev_password() -> None:
    settings = load_settings(_env_file=None)
    assert settings.neo4j_listen_address == "127.0.0.1"
    assert settings.neo4j_password == DEV_NEO4J_PASSWORD
    check_listen_address(settings.neo4j_listen_address, settings.neo4j_password)


@pytest.mark.parametrize(
    ("listen", "uri"),
    [
        ("127.0.0.1", "bolt://127.0.0.1:7705"),
        ("0.0.0.0", "bolt://127.0.0.1:7705"),
        ("::", "bolt://127.0.0.1:7705"),
        ("::1", "bolt://[::1]:7705"),
        ("192.168.1.20", "bolt://192.168.1.20:7705"),
    ],
)
def test_the_client_dials_loopback_for_a_wildcard_else_the_address(listen: str, uri: str) -> None:
    config = LocalNeo4jConfig(
        Path("/tmp/x"), 7705, 7485, "neo4j", "a-secret-of-our-own", listen_address=listen
    )
    assert config.uri == uri


def _start(tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith("ACTORGRAPH_")}
    base["PYTHONPATH"] = str(REPO_ROOT / "service")
    # No java or mvn to be found: were the check missing, the start would fail at once
    # instead of leaving a JVM listening on every interface.
    base["PATH"] = ""
    base.pop("JAVA_HOME", None)
    home = tmp_path / "home"
    return subprocess.run(
        [sys.executable, "-m", "actorgraph.cli", "neo4j", "start", "--timeout", "5"],
        env={**base, "ACTORGRAPH_NEO4J_HOME": str(home), "ACTORGRAPH_NEO4J_BOLT_PORT": "7705", **env},
        cwd=tmp_path,  # no .env of the checkout
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_cli_refuses_the_dev_password_on_all_interfaces(tmp_path: Path) -> None:
    proc = _start(tmp_path, ACTORGRAPH_NEO4J_LISTEN_ADDRESS="0.0.0.0")
    assert proc.returncode == 2, proc.stderr
    assert "ACTORGRAPH_NEO4J_LISTEN_ADDRESS=0.0.0.0" in proc.stderr
    assert "beyond loopback" in proc.stderr
    assert "Set ACTORGRAPH_NEO4J_PASSWORD" in proc.stderr
    assert proc.stdout == ""
    # Refused before anything was built or launched: the home was never created.
    assert not (tmp_path / "home").exists()
