"""Whether the local Neo4j may listen where it is asked to with the password it is given.

The development password is in the README, so a server holding it must not be reachable
from other machines: any listen address but loopback needs a password of one's own. Decided
here, before Java starts, so ``actorgraph neo4j start`` refuses without building or launching.
"""

from __future__ import annotations

import ipaddress

from actorgraph.config import DEV_NEO4J_PASSWORD
from actorgraph.errors import ActorGraphError


class ExposedDevPasswordError(ActorGraphError):
    """The local Neo4j would listen beyond loopback with the development password."""


def is_loopback(address: str) -> bool:
    """True for ``localhost``, 127.0.0.0/8 and ::1 (bracketed or IPv4-mapped too). Any other
    host name counts as not: what it resolves to is not known here, nor fixed."""
    host = address.strip()
    if host.startswith("[") and host.endswith("]"):
        host = host[1:-1]
    if host.lower() == "localhost":
        return True
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        return ip.ipv4_mapped.is_loopback
    return ip.is_loopback


def check_listen_address(listen_address: str, password: str) -> None:
    """Raise :class:`ExposedDevPasswordError` if ``listen_address`` is beyond loopback and
    ``password`` is the development default."""
    if password != DEV_NEO4J_PASSWORD or is_loopback(listen_address):
        return
    raise ExposedDevPasswordError(
        f"refusing to start Neo4j on ACTORGRAPH_NEO4J_LISTEN_ADDRESS={listen_address}, which is "
        "beyond loopback, with the development password (ACTORGRAPH_NEO4J_PASSWORD is "
        f"{DEV_NEO4J_PASSWORD!r}, which anyone can read in the README). Set "
        "ACTORGRAPH_NEO4J_PASSWORD to a secret of your own (8+ characters), or keep "
        "ACTORGRAPH_NEO4J_LISTEN_ADDRESS=127.0.0.1 to serve this machine only."
    )
